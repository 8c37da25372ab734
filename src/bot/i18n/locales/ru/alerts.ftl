## Alerts
alerts-new-item = 🔔 <b>Новый материал</b> по вашей подписке
alerts-digest-header = 📰 <b>Дайджест за { $date }</b> — { $count ->
    [one] { $count } новый материал
    [few] { $count } новых материала
   *[other] { $count } новых материалов
}
alerts-digest-page = <i>Часть { $page } из { $pages }</i>
alerts-digest-page-recounted = <i>Часть { $page } из { $pages } (а не { $announced }: материалы сняли или изменили, пока дайджест отправлялся)</i>
alerts-new-item-for = 🔔 <b>Новый материал</b> по подписке: { $topics }
