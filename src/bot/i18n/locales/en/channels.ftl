## Channels
remote-chat-unknown = I cannot find { $chat }. Add me to the channel (or group) as an administrator, then send the command again.
remote-chat-not-admin = Only administrators of «{ $chat }» can change its subscriptions.
remote-chat-bot-missing = I am not an administrator of «{ $chat }» yet, so I could not post there. Make me an administrator allowed to post messages, then try again.
remote-chat-header = 📣 <b>{ $chat }</b>
remote-subscribe-usage = Write what «{ $chat }» should follow after its name, for example <code>/subscribe @yourchannel russia, museums</code>. Alerts are posted there, in the language you use here.
remote-subscribe-done = ✅ Subscribed: { $topics }. New items will be posted there.
remote-subscribe-done-digest = ✅ Subscribed: { $topics }. New items will be posted there in the daily digest, at { $hour }, { $zone }.
remote-subscriptions-header = <b>Subscriptions of { $chat }</b> ({ $count })
remote-subscriptions-empty = «{ $chat }» follows nothing yet. Send <code>/subscribe @channel russia</code> with its name.
