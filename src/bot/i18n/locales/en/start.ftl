## Start
start-greeting =
    <b>coopwatch</b> follows ministry and news sites for Kazakhstan's cultural and humanitarian cooperation.
    It finds memoranda, commissions, talks and joint events, and sorts them by partner country.
    Ask <code>/country russia</code>, or /subscribe to get an alert when something new appears.
start-button-country = 🌍 Countries
start-button-subscribe = 🔔 Subscribe
help-text =
    <b>What I can do</b>
    /country <i>name</i> — items with a partner country (any language: russia, Ресей, Франция)
    /latest — the newest items
    /search <i>words</i> — full-text search
    /export <i>country, sector, words, year</i> — the matching items as a CSV file (add <i>json</i> for JSON)
    /subscribe <i>country, sector, "keyword" or all</i> — alerts for new items (without a word: a menu)
    /unsubscribe <i>…</i> — stop alerts
    /subscriptions — what you follow, alert mode and digest hour
    /lang — interface language
    In a group only its admins change the subscriptions; in a forum topic they belong to that topic.
command-country = Items with a partner country
command-latest = The newest items
command-search = Full-text search
command-export = Matching items as a CSV file
command-subscribe = Alerts for a country, sector or keyword
command-unsubscribe = Stop alerts
command-subscriptions = What you follow, alert mode
command-lang = Interface language
command-help = Everything I can do
command-start = About this bot
command-review = Review flagged items
command-sources = Sources and their health
command-addsource = Add a source by its URL
command-stats = Figures for the last 30 days
command-notices = Turn admin notices on or off
