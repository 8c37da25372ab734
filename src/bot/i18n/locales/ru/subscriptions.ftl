## Subscriptions
subscriptions-header = <b>Подписки этого чата</b> ({ $count })
subscriptions-header-topic = <b>Подписки этой темы</b> ({ $count })
subscriptions-mode-instant = Уведомления: каждый материал сразу.
subscriptions-mode-digest = Уведомления: дайджест раз в день в { $hour }, { $zone }.
subscriptions-paused = ⚠ Уведомления приостановлены: бот не смог сюда написать. Новая подписка их возобновит.
subscriptions-empty = Здесь пока нет подписок. Отправьте <code>/subscribe россия</code> или выберите ниже.
subscriptions-unknown-argument = Ничего не изменено: /subscriptions не понимает «{ $text }». Подписаться — <code>/subscribe …</code>, отписаться — <code>/unsubscribe …</code>, пояс дайджеста — <code>/subscriptions tz Europe/Vienna</code>.
subscriptions-change = ⚙ Изменить
unsubscribe-done = Подписка отменена: { $topics }.
unsubscribe-not-found = Здесь нет подписки «{ $query }». Отправьте /subscriptions, чтобы их увидеть.
unsubscribe-unknown = Не понял: { $words }. Из этого ничего не удалено.
unsubscribe-removed = Удалено.
subscriptions-tz-usage = Укажите часовой пояс дайджеста названием IANA, например <code>/subscriptions tz Europe/Vienna</code> или <code>/subscriptions tz Asia/Almaty</code>. Частые пояса есть и в /subscribe.
subscriptions-tz-invalid = «{ $zone }» — неизвестный часовой пояс; ничего не изменено. Укажите название IANA, например <code>Europe/Vienna</code>, <code>Asia/Almaty</code>, <code>America/New_York</code> или <code>UTC</code>.
subscriptions-tz-done = 🌐 Часовой пояс: { $zone }. Дайджест будет приходить в { $hour } по этому времени.
subscriptions-tz-instant = Сейчас уведомления приходят по одному; дайджест раз в день можно выбрать в /subscribe.
