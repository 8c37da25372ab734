## Alerts
alerts-new-item = 🔔 Жазылымыңыз бойынша <b>жаңа материал</b>
alerts-digest-header = 📰 <b>{ $date } күнгі дайджест</b> — { $count } жаңа материал
alerts-digest-page = <i>{ $page }/{ $pages } бөлім</i>
alerts-digest-page-recounted = <i>{ $page }/{ $pages } бөлім ({ $announced } емес: дайджест жіберіліп жатқанда материалдар алынды не өзгерді)</i>
alerts-new-item-for = 🔔 Жазылымыңыз бойынша <b>жаңа материал</b>: { $topics }
