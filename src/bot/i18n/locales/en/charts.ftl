## Charts
country-chart = 📈 Chart
chart-empty = Nothing to chart yet.
chart-country-title = Cooperation with { $name }: items per quarter
chart-overview-title = coopwatch: published items and the review queue
chart-overview-items = Published items per quarter
chart-overview-backlog = Items waiting for review, day by day (now { $count })
chart-backlog-description = Items waiting for review at the end of each day, from { $from } to { $to }.
chart-span = { $from }–{ $to } · { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
chart-quarter = Q{ $quarter } { $year }
chart-bar = { $period }: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
chart-timeline-description = Bars per quarter, stacked by kind, from { $from } to { $to }.
