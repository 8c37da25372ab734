## Subscriptions
subscriptions-header = <b>Subscriptions of this chat</b> ({ $count })
subscriptions-header-topic = <b>Subscriptions of this topic</b> ({ $count })
subscriptions-mode-instant = Alerts: each item as it appears.
subscriptions-mode-digest = Alerts: a daily digest at { $hour } ({ $zone }).
subscriptions-paused = ⚠ Alerts are paused: the bot could not write here. Subscribing again resumes them.
subscriptions-empty = You follow nothing here yet. Send <code>/subscribe russia</code> or pick below.
subscriptions-change = ⚙ Change
unsubscribe-done = Unsubscribed: { $topics }.
unsubscribe-not-found = No subscription here matches «{ $query }». Send /subscriptions to see them.
unsubscribe-removed = Removed.
