## Settings
settings-header = ⚙️ <b>Settings of this chat</b>
settings-header-remote = ⚙️ <b>Settings of { $chat }</b>
settings-lead = 📝 The lead under each title: { $state }
settings-preview = 🖼 The page preview under each alert: { $state }
settings-sound-on = 🔔 Alerts come with sound
settings-sound-off = 🔕 Alerts come without sound
settings-quiet = 🌙 Quiet hours: { $hours }, { $zone }; alerts then come without sound
settings-quiet-none = 🌙 No quiet hours
settings-hint = Tap to change, or type <code>/settings quiet 22-8</code>, <code>/settings digest 9</code>, <code>/settings tz Almaty</code>, <code>/settings lead off</code>, <code>/settings preview on</code>, <code>/settings silent on</code>.
settings-on = on
settings-off = off
settings-button-lead-on = 📝 Show leads
settings-button-lead-off = 📝 Hide leads
settings-button-preview-on = 🖼 Show page previews
settings-button-preview-off = 🖼 Hide page previews
settings-button-sound-on = 🔔 Alerts with sound
settings-button-sound-off = 🔕 Alerts without sound
settings-button-quiet-off = No quiet hours
settings-saved = Saved.
settings-not-understood = I did not understand «{ $text }». Try <code>/settings quiet 22-8</code>, <code>/settings quiet off</code>, <code>/settings digest 9</code>, <code>/settings tz Almaty</code>, <code>/settings lead off</code>, <code>/settings preview on</code> or <code>/settings silent on</code>.
settings-quiet-not-taken = { $reason ->
    [range] «{ $text }»: quiet hours start and end on an hour from 0 to 23. Type the hour they start and the hour they end, such as <code>/settings quiet 22-8</code> (22:00 to 08:00), or <code>/settings quiet off</code>.
    [same] «{ $text }»: quiet hours start and end on different hours. Type the hour they start and the hour they end (0 to 23), such as <code>/settings quiet 22-8</code> (22:00 to 08:00), or <code>/settings quiet off</code>.
   *[form] «{ $text }»: type the hour quiet hours start and the hour they end, each from 0 to 23, such as <code>/settings quiet 22-8</code> (22:00 to 08:00), or <code>/settings quiet off</code>.
}
settings-digest-not-taken = «{ $text }»: the daily digest comes on a whole hour from 0 to 23, such as <code>/settings digest 9</code> (09:00 in the time zone set with <code>/subscriptions tz</code>), or type <code>/settings digest off</code> to get each item as it appears.
settings-digest-missing = To get a daily digest, type the hour it should come, a whole hour from 0 to 23: <code>/settings digest 9</code> (09:00 in the time zone set with <code>/subscriptions tz</code>); <code>/settings digest off</code> gets each item as it appears.
settings-quiet-missing = To set quiet hours, type the hour they start and the hour they end, each from 0 to 23: <code>/settings quiet 22-8</code> (22:00 to 08:00); <code>/settings quiet off</code> ends them.
settings-time-zone = 🌐 Time zone: { $zone }
