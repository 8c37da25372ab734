## Alerts
alerts-new-item = 🔔 <b>New item</b> for your subscription
alerts-digest-header = 📰 <b>Daily digest, { $date }</b> — { $count ->
    [one] { $count } new item
   *[other] { $count } new items
}
alerts-digest-page = <i>Part { $page } of { $pages }</i>
alerts-digest-page-recounted = <i>Part { $page } of { $pages } (not { $announced }: items were withdrawn or changed while the digest was being sent)</i>
alerts-new-item-for = 🔔 <b>New item</b> for { $topics }
