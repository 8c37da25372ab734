## Start
start-greeting =
    <b>coopwatch</b> follows ministry and news sites for { $homeEn }'s cultural and humanitarian cooperation.
    It finds memoranda, commissions, talks and joint events, and sorts them by partner country.
    { $audience ->
        [member] Ask <code>/country russia</code>. This group's alerts are set up by its admins; your own you get with /subscribe in a private chat with me.
       *[other] Ask <code>/country russia</code>, or /subscribe to get an alert when something new appears.
    }
start-button-country = 🌍 Countries
start-button-subscribe = 🔔 Subscribe
help-text =
    <b>What I can do</b>
    /country <i>name</i> — items with a partner country, in any language (russia, Ресей, Франция, 🇫🇷); narrow it: <code>/country russia 2024 agreements</code>. A country's name alone works too.
    /latest — the newest items (<code>/latest 2024</code>, <code>/latest museums</code>)
    /search <i>words</i> — full-text search (<code>/search theatre 2024</code>)
    /export <i>country, sector, words, year</i> — the matching items as a CSV file (add <i>json</i> for JSON)
    /subscribe <i>country, organisation (UNESCO), sector, "keyword" or all</i> — alerts for new items; narrow with +: <code>russia + museums + agreements</code>, <code>UNESCO + museums</code> (without words: a menu)
    /unsubscribe <i>…</i> — stop alerts
    /subscriptions — what you follow, alert mode and digest hour
    /settings — leads, link previews, sound, quiet hours, time zone (<code>/settings tz Almaty</code>: the digest hour and quiet hours are counted in it)
    /suggest <i>address</i> — suggest a site to watch
    /lang — interface language · /id — your Telegram id
    In a group only its admins change subscriptions and settings; in a forum topic they belong to that topic. A channel is managed from a private chat with me: <code>/subscribe @channel russia</code>.
command-country = Items with a partner country
command-latest = The newest items
command-search = Full-text search
command-export = Matching items as a CSV file
command-subscribe = Alerts for a country, organisation, sector or keyword
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
command-settings = Leads, previews, sound, quiet hours
start-your-id = Your Telegram id: <code>{ $id }</code>
id-private = Your Telegram id: <code>{ $id }</code>. To make someone an admin of this bot, its operator adds their id to <code>ADMIN_IDS</code>.
id-chat = This chat's id: <code>{ $chat }</code>
id-yours = Your id: <code>{ $id }</code>
command-id = Your Telegram id
help-admin =
    <b>For admins</b>
    /review — flagged items one by one; <code>/review history</code> — recent actions, with undo
    /sources — sources and their health; /addsource <i>address</i> — add one
    /exportsources — the source list as JSON and OPML; /importsources — add sources from such a file or a text list of addresses
    /stats — figures for 30 days · /notices — your notices on or off · /cancel — stop an edit or a source being added
