## Membership
welcome-group =
    👋 Hello! I follow ministry and news sites for { $homeEn }'s cultural and humanitarian cooperation.
    • <code>/country russia</code>: items with a partner country; /latest: the newest; <code>/search museum</code>: search
    • Admins of this group: <code>/subscribe russia, museums</code> (or /subscribe for a menu) brings alerts here; /settings for leads, sound and quiet hours
    • /lang: the language; /help: everything else
welcome-forum =
    👋 Hello! I follow ministry and news sites for { $homeEn }'s cultural and humanitarian cooperation.
    • <code>/country russia</code>: items with a partner country; /latest: the newest; <code>/search museum</code>: search
    • Admins: send <code>/subscribe russia, museums</code> (or /subscribe for a menu) in the topic where the alerts should come; /settings for leads, sound and quiet hours
    • /lang: the language; /help: everything else
welcome-channel = 👋 You added me to «{ $chat }». Its readers will see nothing from me until you subscribe it, from here: <code>/subscribe { $handle } russia, museums</code>. <code>/subscriptions { $handle }</code> lists what it follows, <code>/settings { $handle }</code> sets leads, previews and sound.
