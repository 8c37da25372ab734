## Channels
remote-chat-unknown = Не нахожу { $chat }. Добавьте меня в канал (или группу) администратором и повторите команду.
remote-chat-not-admin = Подписки «{ $chat }» могут менять только его администраторы.
remote-chat-bot-missing = Я пока не администратор «{ $chat }» и не смогу там публиковать. Назначьте меня администратором с правом публиковать сообщения и повторите.
remote-chat-header = 📣 <b>{ $chat }</b>
remote-subscribe-usage = Напишите после имени канала, за чем «{ $chat }» следить, например <code>/subscribe @yourchannel россия, музеи</code>. Уведомления будут публиковаться там на том языке, которым вы пользуетесь здесь.
remote-subscribe-done = ✅ Подписка оформлена: { $topics }. Новые материалы будут публиковаться там.
remote-subscribe-done-digest = ✅ Подписка оформлена: { $topics }. Новые материалы будут публиковаться там в дайджесте раз в день, в { $hour }, { $zone }.
remote-subscriptions-header = <b>Подписки «{ $chat }»</b> ({ $count })
remote-subscriptions-empty = «{ $chat }» пока ни на что не подписан. Отправьте <code>/subscribe @channel россия</code> с его именем.
