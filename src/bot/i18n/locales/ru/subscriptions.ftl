## Subscriptions
subscriptions-header = <b>Подписки этого чата</b> ({ $count })
subscriptions-header-topic = <b>Подписки этой темы</b> ({ $count })
subscriptions-mode-instant = Уведомления: каждый материал сразу.
subscriptions-mode-digest = Уведомления: дайджест раз в день в { $hour } ({ $zone }).
subscriptions-paused = ⚠ Уведомления приостановлены: бот не смог сюда написать. Новая подписка их возобновит.
subscriptions-empty = Здесь пока нет подписок. Отправьте <code>/subscribe россия</code> или выберите ниже.
subscriptions-change = ⚙ Изменить
unsubscribe-done = Подписка отменена: { $topics }.
unsubscribe-not-found = Здесь нет подписки «{ $query }». Отправьте /subscriptions, чтобы их увидеть.
unsubscribe-removed = Удалено.
