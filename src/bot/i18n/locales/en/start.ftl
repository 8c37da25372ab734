## Start
start-greeting =
    <b>coopwatch</b> follows ministry and news sites for Kazakhstan's cultural and humanitarian cooperation.
    It finds memoranda, commissions, talks and joint events, and sorts them by partner country.
    Ask <code>/country russia</code>, or /subscribe to get an alert when something new appears.
help-text =
    <b>What I can do</b>
    /country <i>name</i> — items with a partner country (any language: russia, Ресей, Франция)
    /latest — the newest items
    /search <i>words</i> — full-text search
    /subscribe <i>country, sector, "keyword" or all</i> — alerts for new items
    /unsubscribe — stop alerts
    /subscriptions — what you follow, alert mode and digest hour
    /lang — interface language
