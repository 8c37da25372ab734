## Subscribe
subscribe-admins-only = Подписки и настройки этого чата могут менять только его администраторы.
subscribe-menu-intro = <b>На что подписаться здесь</b>. ✅ — ваши подписки; нажмите, чтобы включить или выключить. Любую страну можно и написать: <code>/subscribe чили</code>; сузить подписку помогает +: <code>/subscribe россия + музеи + соглашения</code>.
subscribe-menu-countries = 🌍 Страны
subscribe-menu-sectors = 🏷 Сферы
subscribe-menu-organisations = 🏛 Организации
subscribe-menu-all = 📰 Всё
subscribe-menu-instant = 🔔 Каждый материал сразу
subscribe-menu-digest = 🗞 Дайджест раз в день в { $hour }
subscribe-menu-hour = 🕘 Час дайджеста
subscribe-menu-back = « Назад
subscribe-menu-done = ✔ Готово
subscribe-menu-closed = Сохранено. Отправьте /subscriptions, чтобы посмотреть или изменить подписки.
subscribe-done = ✅ Подписка оформлена: { $topics }. Новые материалы придут сюда.
subscribe-done-digest = ✅ Подписка оформлена: { $topics }. Новые материалы придут сюда в дайджесте раз в день, в { $hour }, { $zone }.
subscribe-already = Вы уже подписаны: { $topics }.
subscribe-done-short = Подписка оформлена: { $topic }
subscribe-already-short = Вы уже подписаны: { $topic }
subscribe-limit = Не добавлено: в этом чате уже { $count ->
    [one] { $count } подписка
    [few] { $count } подписки
   *[other] { $count } подписок
} (больше нельзя): { $topics }. Удалите лишние через /unsubscribe или /subscriptions.
subscribe-limit-short = Не добавлено: в этом чате уже { $count ->
    [one] { $count } подписка
    [few] { $count } подписки
   *[other] { $count } подписок
}, больше нельзя. Удалите лишние через /unsubscribe или /subscriptions.
subscribe-unknown = Не понял: { $words }. Укажите страну, организацию (ЮНЕСКО, ТЮРКСОЙ…), сферу (музеи, кино…), вид (соглашения, переговоры…), «слово» в кавычках или all; плюс сужает подписку: <code>россия + музеи</code>.
subscribe-region = «{ $word }» — { $former ->
        [yes] государство, которого больше нет
       *[no] регион
    }, а не страна: подпишитесь на его страны по одной. { $count ->
        [0] Материалов ни по одной пока нет; назовите страну: <code>/subscribe египет</code>.
       *[other] Страны, по которым есть материалы:
    }
subscribe-keyword-is-org = «{ $word }» отслеживается как слово, только в таком написании. Чтобы следить за организацией { $org } под любым её названием: <code>/subscribe { $org }</code>
subscribe-keyword-alternatives-cut = ⚠️ «{ $word }»: отслеживаются только первые { $count } из вариантов, соединённых через ИЛИ (OR), — больше не ищет и /search: остальные слишком нагрузили бы поиск.
subscribe-keyword-clauses-cut = ⚠️ «{ $word }»: отслеживаются только { $count ->
    [one] { $count } слово или словосочетание
    [few] { $count } слова и словосочетания
   *[other] { $count } слов и словосочетаний
} (сначала словосочетания, затем слова по порядку), — больше не ищет и /search: остальные слишком нагрузили бы поиск.
topic-all = 📰 всё
subscribe-menu-zone = 🌐 Часовой пояс: { $zone }
subscribe-zone-almaty = Алматы
subscribe-zone-aqtobe = Актобе, запад Казахстана
subscribe-zone-moscow = Москва
subscribe-zone-minsk = Минск
subscribe-zone-tashkent = Ташкент
subscribe-zone-bishkek = Бишкек
subscribe-zone-istanbul = Стамбул
subscribe-zone-berlin = Берлин
subscribe-zone-paris = Париж
subscribe-zone-london = Лондон
subscribe-zone-new-york = Нью-Йорк
subscribe-zone-shanghai = Шанхай
subscribe-zone-utc = UTC
subscribe-indirect = ℹ️ «{ $name }» относится к стране { $country }, поэтому подписка оформлена на все материалы с этой страной. Чтобы следить только за словом, нажмите кнопку ниже или отправьте <code>{ $command }</code>.
subscribe-indirect-send = ℹ️ «{ $name }» относится к стране { $country }, поэтому подписка оформлена на все материалы с этой страной. Чтобы следить только за словом, отправьте <code>{ $command }</code>.
subscribe-indirect-no-word = ℹ️ «{ $name }» относится к стране { $country }, поэтому подписка оформлена на все материалы с этой страной.
subscribe-button-word = 🔤 Только слово «{ $word }»
subscribe-word-swapped = ✅ Подписка заменена: { $country } → слово { $word }.
subscribe-word-added = ✅ Добавлено слово { $word }. Подписка «{ $country }» осталась, она была и раньше; убрать её можно кнопкой ❌ в /subscriptions.
subscribe-home = { $country } — наша страна: все материалы о её сотрудничестве. Подпишитесь на всё через <code>/subscribe all</code> или укажите страну-партнёра.
subscribe-too-narrow = «{ $piece }»: одна подписка объединяет одну страну или «слово» не больше чем с одной сферой и видами материалов, например <code>россия + музеи + соглашения</code>. Разные подписки разделяйте запятыми.
subscribe-narrowing-unknown = «{ $piece }»: подписка не оформлена — я не понял «{ $words }», а без этого она следила бы за большим, чем вы просили. Понял: { $understood }; чтобы подписаться на это, отправьте <code>{ $command }</code>. Подписку сужает через + одна сфера ({ $sectors }) и виды ({ $kinds }), например <code>/subscribe россия + музеи + соглашения</code>.
subscribe-narrowing-year = «{ $piece }»: подписка не оформлена — подписка присылает новые материалы по мере выхода, и год ({ $words }) её не сужает. Понял: { $understood }; чтобы подписаться на это, отправьте <code>{ $command }</code>. Годом сужаются списки: <code>/latest { $words }</code>, <code>/country россия { $words }</code>.
subscribe-did-you-mean-tap = Возможно, вы имели в виду одну из этих стран? Нажмите, чтобы подписаться:
subscribe-shared-name = «{ $word }» — так называют не одну страну: нажмите на ту, за которой хотите следить.
topic-kinds-only = только { $kinds }
