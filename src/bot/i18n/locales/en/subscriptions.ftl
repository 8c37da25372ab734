## Subscriptions
subscriptions-header = <b>Subscriptions of this chat</b> ({ $count })
subscriptions-header-topic = <b>Subscriptions of this topic</b> ({ $count })
subscriptions-mode-instant = Alerts: each item as it appears.
subscriptions-mode-digest = Alerts: a daily digest at { $hour }, { $zone }.
subscriptions-paused = ⚠ Alerts are paused: the bot could not write here. Subscribing again resumes them.
subscriptions-empty = You follow nothing here yet. Send <code>/subscribe russia</code> or pick below.
subscriptions-unknown-argument = Nothing changed: /subscriptions takes no «{ $text }». Follow with <code>/subscribe …</code>, stop with <code>/unsubscribe …</code>, set the digest's zone with <code>/subscriptions tz Europe/Vienna</code>.
subscriptions-change = ⚙ Change
unsubscribe-done = Unsubscribed: { $topics }.
unsubscribe-not-found = No subscription here matches «{ $query }». Send /subscriptions to see them.
unsubscribe-unknown = I did not understand: { $words }. Nothing of it was removed.
unsubscribe-removed = Removed.
subscriptions-tz-usage = Send the time zone for the daily digest as an IANA name, for example <code>/subscriptions tz Europe/Vienna</code> or <code>/subscriptions tz Asia/Almaty</code>. The common ones are also in /subscribe.
subscriptions-tz-invalid = «{ $zone }» is not a time zone I know; nothing was changed. Use an IANA name such as <code>Europe/Vienna</code>, <code>Asia/Almaty</code>, <code>America/New_York</code> or <code>UTC</code>.
subscriptions-tz-done = 🌐 Time zone: { $zone }. The daily digest comes at { $hour } there.
subscriptions-tz-instant = Alerts here come one by one now; choose a daily digest in /subscribe.
