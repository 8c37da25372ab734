## Admin
admin-refused = Извините, эта команда доступна только администраторам бота.
admin-refused-button = Извините, эти кнопки только для администраторов бота.
admin-refused-answer = Извините, это доступно только администраторам бота: диалог завершён.
admin-private-only = Команды администратора работают в личном чате со мной, чтобы очередь проверки не попадала в группы.
admin-use-buttons = Пожалуйста, выберите кнопкой выше или отправьте /cancel.
admin-item-gone = Этого материала больше нет, или он отклонён.

admin-conversation-cancelled = Отменено. Ничего не изменено.
admin-conversation-left = Не закончено: ничего не добавлено и не изменено.
admin-conversation-expects-answer = Ответьте текстом или кнопками, либо отправьте /cancel.

admin-status-published = опубликован
admin-status-flagged = ждёт проверки
admin-status-rejected = отклонён
admin-relevant-yes = по теме
admin-relevant-no = не по теме
admin-partners-none = без зарубежных партнёров

admin-review-header = 🔎 <b>Проверка</b> · { $position } из { $total }
admin-review-header-done = 🔎 <b>Проверка</b> · материал { $status }
admin-review-guess = <b>Классификатор:</b> { $relevant } · { $kind } · уверенность { $confidence }
admin-review-why = <b>Почему:</b> { $evidence }
admin-review-empty = ✅ Проверять нечего: очередь пуста.
admin-review-only-one = Это единственный материал в очереди.
admin-review-not-flagged = Этот материал уже { $status }.
admin-review-refused-not-found = Этого материала больше нет.
admin-review-refused-not-flagged = Материал больше не ждёт проверки.
admin-review-refused-no-kind = Сначала выберите тип (🏷 Тип): у опубликованного материала он должен быть.
admin-review-refused-rejected = Материал отклонён; сначала отмените это в /review history.
admin-review-refused-changed = Материал изменился после того, как была отправлена эта карточка; он показан таким, какой он сейчас. Решите ещё раз.

admin-button-approve = ✅ Одобрить
admin-button-reject = ❌ Отклонить
admin-button-partners = 🌍 Партнёры
admin-button-kind = 🏷 Тип
admin-button-skip = ⏭ Пропустить
admin-button-next = ⏭ Следующая
admin-button-undo = ↩️ Отменить
admin-button-undo-id = ↩️ Отменить #{ NUMBER($id, useGrouping: 0) }
admin-button-cancel = ✖️ Отмена
admin-button-save = ✅ Сохранить
admin-button-retype = ✏️ Ввести заново
admin-button-skip-name = ⏭ Пропустить это название
admin-button-add = ✅ Добавить источник
admin-button-use-suggested = 💡 Взять предложенные селекторы
admin-button-lang-en = Материалы на английском
admin-button-lang-ru = Материалы на русском
admin-button-lang-kk = Материалы на казахском
admin-button-pause = ⏸ { $n }
admin-button-resume = ▶️ { $n }
admin-button-remove = 🗑 { $n }
admin-button-confirm-remove = 🗑 Да, удалить
admin-button-back = ◀ Назад
admin-button-review-now = 🔎 Проверить
admin-button-mute-flagged = 🔕 Без уведомлений о новых
admin-button-unmute-flagged = 🔔 Уведомлять о новых
admin-button-mute-sources = 🔕 Без уведомлений об источниках
admin-button-unmute-sources = 🔔 Уведомлять об источниках

admin-approved = ✅ <b>Одобрено</b> и опубликовано. { $alerts ->
    [0] Оповещений не требуется.
    [one] В очереди { $alerts } оповещение.
    [few] В очереди { $alerts } оповещения.
   *[other] В очереди { $alerts } оповещений.
}
admin-ruled-copies = 📎 Эти метки теперь действуют для всей новости: { $count ->
    [one] её { $count } копия из другого источника оповещает
    [few] её { $count } копии из других источников оповещают
   *[other] её { $count } копий из других источников оповещают
} только те чаты, которым подходят эти метки (или ключевое слово в тексте копии), что бы ни прочёл там классификатор.
admin-rejected = ❌ <b>Отклонено</b>: скрыто из всех списков.
admin-undone-toast = Отменено.
admin-undone = ↩️ <b>Отменено</b> #{ NUMBER($id, useGrouping: 0) } ({ $action }):
admin-undone-alerts = Оповещений отозвано: { $withdrawn }; уже доставлено: { $sent }.
admin-undone-requeued = Оповещений снова в очереди: { $count }.
admin-undone-story-copies = Вместо них в очереди оповещения о той же новости из другого источника: { $count }.
admin-undo-refused-not-found = Такого действия нет.
admin-undo-refused-not-undoable = Это действие нельзя отменить.
admin-undo-refused-already-undone = Это действие уже отменено.
admin-undo-refused-superseded = Материал изменили позже; сначала отмените то действие.
admin-undo-refused-changed = Материал с тех пор изменился; ничего не отменено.

admin-history-header = 🗂 <b>История проверки</b> (сначала новые)
admin-history-empty = Действий администраторов пока нет.
admin-history-undone = ↩️ отменено действием #{ NUMBER($id, useGrouping: 0) }
admin-history-undoes = отменяет #{ NUMBER($id, useGrouping: 0) }
admin-action-approve = одобрено
admin-action-reject = отклонено
admin-action-edit-partners = партнёры изменены
admin-action-edit-kind = тип изменён
admin-action-undo = отмена
admin-action-teach-alias = добавлен синоним
admin-action-add-source = источник добавлен
admin-action-pause-source = источник приостановлен
admin-action-resume-source = источник возобновлён
admin-action-remove-source = источник удалён

admin-kind-prompt =
    🏷 <b>Тип</b> материала «{ $title }»
    Сейчас: { $current }. Выберите верный:
admin-kind-saved = 🏷 Тип: <b>{ $kind }</b>.

admin-partners-prompt =
    🌍 <b>Партнёры</b> материала «{ $title }»
    Сейчас: { $current }.
    Напишите страны-партнёры на любом языке, например <i>Франция, Германия</i> или <i>fr de</i>. Отправьте <code>-</code>, если партнёров нет (внутреннее соглашение).
admin-partners-type-them = Напишите страны текстом или отправьте /cancel.
admin-partners-unknown = Я не знаю «{ $name }». Если это обозначает страну (учреждение, другое написание), напишите эту страну, и я запомню; для { $home ->
    [KZ] казахстанского учреждения
   *[other] учреждения своей страны
} напишите «{ $homeRu }». Иначе пропустите.
admin-partners-not-a-country = «{ $name }» — тоже не известная мне страна. Попробуйте ещё раз (например, <i>Франция</i>, <i>FR</i>) или пропустите название.
admin-partners-understood = Я понял: { $partners }.
admin-partners-home-dropped = ({ $country } — своя страна, партнёром она не бывает.)
admin-partners-will-remember = Запомню «{ $alias }» как { $country }.
admin-partners-ignored = Пропущено: { $names }.
admin-partners-too-short = Пропущено и не запомнено как названия: { $names }. В названии должно быть не меньше { $min ->
    [one] { $min } буквы
   *[other] { $min } букв
}, иначе оно найдётся в обычных словах.
admin-partners-common-words = Пропущено и не запомнено как названия: { $names }. Это обычные слова, они есть почти в любом тексте.
admin-partners-name-taken = «{ $name }» уже обозначает { $taken }, поэтому я не запомню это как { $country }: классификатор читал бы его двояко. Напишите другую страну или пропустите название.
admin-partners-alias-refused-taken = «{ $alias }» не запомнено: тем временем это название стало обозначать { $taken }.
admin-partners-alias-refused-common-word = «{ $alias }» не запомнено: это обычное слово, оно есть почти в любом тексте.
admin-partners-confirm = Сохранить этих партнёров?
admin-partners-saved = 🌍 Партнёры сохранены.
admin-edit-still-flagged = Материал по-прежнему ждёт решения «Одобрить» или «Отклонить».

admin-notice-flagged = 🔎 { $count ->
    [one] <b>{ $count } новый материал</b> ждёт проверки:
    [few] <b>{ $count } новых материала</b> ждут проверки:
   *[other] <b>{ $count } новых материалов</b> ждут проверки:
}
admin-notice-flagged-more = …и ещё { $count }.
admin-notice-failing = ⚠️ <b>{ $name }</b> не работает (ошибок подряд: { $count }): { $error }.
admin-notice-recovered = ✅ <b>{ $name }</b> снова работает.
admin-notices-settings =
    <b>Уведомления</b>
    Новые материалы на проверку: { $flagged }
    Состояние источников: { $sources }
admin-notices-on = включены
admin-notices-off = выключены
admin-notices-muted = Выключено.
admin-notices-unmuted = Включено.

admin-sources-header = 📡 <b>Источники</b> ({ $total })
admin-sources-empty = Источников пока нет. Добавьте: /addsource <i>адрес</i>.
admin-source-ok = ✅
admin-source-failing = ⚠️
admin-source-not-polled = ⏳ ещё не опрашивался
admin-source-paused = ⏸ приостановлен
admin-source-health = Последний успех: { $success } · материалов за { $days } дн.: { $items }
admin-source-type-rss = 📰 новостная лента
admin-source-type-html = 📄 страница со списком новостей
admin-source-type-sitemap = 🗺 карта сайта
admin-source-type-govkz = 🏛 раздел новостей gov.kz
admin-source-error = Последняя ошибка ({ $at }, подряд: { $count }): <i>{ $error }</i>
admin-source-problem-http = { $meaning ->
    [missing] такой страницы нет (ошибка { $status })
    [denied] сайт не пускает бота (ошибка { $status })
    [busy] сайт просит обращаться к нему реже (ошибка { $status })
    [server] на сайте сбой сервера (ошибка { $status })
   *[other] сайт отвечает ошибкой { $status }
}
admin-source-problem-timeout = сайт не отвечает вовремя
admin-source-problem-blocked = адрес ведёт в локальную, частную или link-local сеть, а источникам, добавленным в чате, туда нельзя
admin-source-problem-redirects = страница перенаправляет слишком много раз или на неверный адрес
admin-source-problem-network = с сайтом не удаётся связаться: он не принимает соединение или обрывает его
admin-source-problem-unreadable = сайт отвечает, но присланное не читается как лента, карта сайта или список новостей этого источника
admin-source-problem-other = источник не удаётся прочитать
admin-source-problem-detail = — техническая подробность: { $detail }
admin-never = никогда
admin-failures = { $count ->
    [one] { $count } неудачный опрос
    [few] { $count } неудачных опроса
   *[other] { $count } неудачных опросов
}
admin-source-gone = Этого источника больше нет.
admin-source-already-paused = { $name } уже на паузе.
admin-source-already-resumed = { $name } уже опрашивается.
admin-source-already-removed = { $name } уже удалён.
admin-source-already-removed-unnamed = Этот источник уже удалён.
admin-source-paused-toast = Приостановлен: { $name }
admin-source-resumed-toast = Возобновлён: { $name }
admin-source-resume-blocked = { $name } остаётся на паузе: файл источников его больше не содержит, так что он проверяется как добавленный в чате, а его адрес — в локальной, частной или link-local сети.
admin-source-removed = Удалён: { $name }
admin-source-remove-confirm = Удалить <b>{ $name }</b>? Его материалы останутся; опрашиваться он больше не будет.
admin-source-remove-file-warning = ⚠️ Он из файла источников: останется удалённым (его материалы сохранятся), пока в файле не изменят этот источник.

admin-addsource-usage = Отправьте <code>/addsource https://…</code> с адресом ленты, страницы новостей или карты сайта.
admin-addsource-not-web-address = «{ $typed }» — не веб-адрес. Пришлите адрес ленты, страницы новостей или карты сайта: <code>/addsource https://example.kz/news</code>.
admin-addsource-credentials = Адрес с именем пользователя или паролем (user:password@) не принимается: адрес источника видят все администраторы в /sources, а бот следит только за открытыми страницами. Пришлите его без них: <code>/addsource { $url }</code>
admin-addsource-left-out = Беру адрес <code>{ $url }</code>, без «{ $words }»: /addsource принимает один адрес, а источник называется по его ленте или странице.
admin-addsource-checking = 🔍 Смотрю { $url } …
admin-addsource-invalid-url = Это не адрес: { $detail }
admin-addsource-scheme = Отслеживать можно только адреса http:// и https:// (получено { $detail }).
admin-addsource-unresolvable = Не удаётся найти хост: { $detail }
admin-addsource-blocked = Отказано: адрес ведёт в локальную, частную или link-local сеть, а источникам, добавленным в чате, туда нельзя.
admin-addsource-fetch-blocked = Отказано: страница перенаправляет в локальную, частную или link-local сеть, а источникам, добавленным в чате, туда нельзя.
admin-addsource-fetch-timeout = Сайт не ответил вовремя, и страницу загрузить не удалось. Попробуйте позже.
admin-addsource-fetch-http = { $meaning ->
    [missing] Сайт ответил, что такой страницы нет (ошибка { $status }). Проверьте адрес.
    [denied] Сайт не пускает бота на эту страницу (ошибка { $status }).
    [busy] Сайт просит обращаться к нему реже (ошибка { $status }). Попробуйте позже.
    [server] На сайте сбой сервера (ошибка { $status }). Попробуйте позже.
   *[other] Сайт ответил ошибкой { $status }, и страницу загрузить не удалось.
}
admin-addsource-fetch-network = Не удалось связаться с сайтом: он не принял соединение или оборвал его.
admin-addsource-fetch-redirects = Страница перенаправляет слишком много раз или на неверный адрес, и до неё не добраться.
admin-addsource-fetch-other = Не удалось загрузить страницу.
admin-addsource-detail = Техническая подробность: { $detail }
admin-addsource-empty = Пустой ответ: { $detail }
admin-addsource-unrecognised = Это не лента, не карта сайта и не HTML-страница, которую я могу прочитать.
admin-addsource-malformed = Это лента, но в её разметке ошибка, и прочитать её не получается. Техническая подробность (слова парсера): { $detail }
admin-addsource-found-feed = 📰 Новостная лента (RSS, Atom или JSON Feed): <b>{ $name }</b>
    { $url } · язык: { $lang }
admin-addsource-found-alternate = 📰 Страница ссылается на свою ленту: <b>{ $name }</b>
    { $url } · язык: { $lang }
admin-addsource-found-sitemap = 🗺 Карта сайта: <b>{ $name }</b>
    { $url } · язык: { $lang }
admin-addsource-found-list = 📄 HTML-список новостей: <b>{ $name }</b>
    { $url } · язык: { $lang }
admin-addsource-found-govkz = 🏛 Раздел новостей gov.kz: <b>{ $name }</b>
    { $url } · язык: { $lang }
admin-addsource-no-items = (сейчас материалов не найдено)
admin-addsource-no-date = без даты (будет взято время загрузки)
admin-addsource-confirm = Выше — самые новые материалы в том виде, в каком они будут сохранены. Добавить источник?
admin-addsource-needs-selectors =
    📄 <b>{ $name }</b> — HTML-страница без ленты. Укажите, где на ней список новостей, CSS-селекторами:
    <code>item | link | title | date</code> (title и date можно опустить), например <code>.news-item | a | .title | time</code>
admin-addsource-selectors-suggested = Предлагаю: <code>{ $suggested }</code>
admin-addsource-selectors-format = Отправьте селекторы в виде <code>item | link | title | date</code> или /cancel.
admin-addsource-selectors-empty = Эти селекторы не находят ссылок на странице. Попробуйте другие или /cancel.
admin-addsource-duplicate = Этот адрес уже отслеживается как <b>{ $name }</b>.
admin-addsource-duplicate-paused = Этот адрес уже есть в /sources как <b>{ $name }</b>, но источник на паузе и не опрашивается. Чтобы снова следить за ним, возобновите его там (▶️).
admin-addsource-added = ✅ <b>{ $name }</b> добавлен. Первый опрос — в течение минуты; см. /sources.
admin-addsource-restored = ✅ <b>{ $name }</b> возвращён: он из файла источников и был удалён в /sources. Он снова отслеживается так, как записан в файле (первый опрос — в течение минуты), а не добавлен второй раз; его настройки файл снова задаст, когда изменит этот источник.
admin-addsource-restored-unlisted = ✅ <b>{ $name }</b> возвращён (первый опрос — в течение минуты): он был в файле источников (теперь файл его не содержит) и был удалён в /sources. Теперь это источник, добавленный в чате: файл им больше не распоряжается.
admin-lang-en = английский
admin-lang-ru = русский
admin-lang-kk = казахский

admin-stats-header = 📊 <b>За { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}</b>: опубликовано { $published }
admin-stats-by-kind = По типам: { $list }
admin-stats-by-partner = По партнёрам: { $list }
admin-stats-backlog = 🔎 Ждут проверки: <b>{ $count }</b> (самая давняя с { $since })
admin-stats-backlog-empty = 🔎 Ждут проверки: <b>{ $count }</b>
admin-stats-audience = 👥 Подписчиков: <b>{ $subscribers }</b>, подписок: <b>{ $subscriptions }</b> ({ $breakdown })
admin-stats-alerts = 📨 Оповещения сегодня: отправлено <b>{ $sent }</b>, в очереди <b>{ $pending }</b>, с ошибкой <b>{ $failed }</b>, отозвано <b>{ $withdrawn }</b>
admin-stats-sources = 📡 Источники: включено { $enabled }, с ошибками <b>{ $failing }</b>
admin-stats-sources-more = …и ещё { $count }: все они в /sources.
admin-topic-country = страны
admin-topic-org = организации
admin-topic-sector = сферы
admin-topic-keyword = слова
admin-topic-all = всё
admin-review-label = <b>Метки поставил(а) { $admin }:</b> { $relevant } · { $kind }
admin-partners-will-remember-home = Запомню «{ $alias }» как { $country }: это наша страна, поэтому партнёром она не станет.
admin-suggestion =
    💡 { $user } предлагает источник:
    { $url }
    Проверьте его, как это делает /addsource (до вашего подтверждения ничего не добавится), или отклоните.
admin-button-check-suggestion = 🔍 Проверить и добавить
admin-suggestion-paused = ⏸ Он есть в /sources как <b>{ $name }</b>, но приостановлен: чтобы отслеживать его, возобновите его там (▶️), и отправитель об этом узнает; или отклоните.
admin-button-decline = ✖️ Отклонить
admin-suggestion-declined = ✖️ Отклонено: { $url }
admin-suggestion-declined-toast = Отклонено, автору сообщено.
admin-suggestion-already-added = Это предложение уже добавлено.
admin-suggestion-already-declined = Это предложение уже отклонено.
admin-export-json = 📦 Источников: { $count }, в формате SOURCES_FILE. Отправьте файл обратно с подписью /importsources, чтобы добавить недостающие.
admin-export-opml = 📦 Тот же список в OPML, для RSS-читалок.
admin-export-credentials-dropped = 🔑 Из адреса источников { $names } убраны имя пользователя и пароль, которые дал файл источников (там они остаются).
admin-import-usage = Отправьте JSON-файл (формат SOURCES_FILE, как его делает /exportsources), OPML-файл (его выгружает любая RSS-читалка) или текстовый файл с адресами, по одному в строке, с подписью <code>/importsources</code> либо ответьте на такой файл командой <code>/importsources</code>. Уже отслеживаемые адреса не меняются.
admin-import-not-a-file = Это пришло как фото или другое медиа, а не как файл. Отправьте список источников (JSON, OPML или адреса по одному в строке) файлом (📎 → Файл) с подписью <code>/importsources</code>.
admin-import-too-big = Файл слишком велик для списка источников (больше { $limit }).
admin-import-unreadable = Не удалось скачать файл из Telegram; отправьте его ещё раз.
admin-import-invalid = Ничего не импортировано: { $error }
admin-import-source-named = источник «{ $name }»
admin-import-source-number = источник № { NUMBER($number, useGrouping: 0) }
admin-import-problem-not-json = файл не является корректным JSON (строка { NUMBER($line, useGrouping: 0) }, столбец { NUMBER($column, useGrouping: 0) })
admin-import-problem-not-array = в файле не JSON-массив источников
admin-import-problem-not-object = { $source }: ожидался объект
admin-import-problem-unknown-field = { $source }: неизвестное поле «{ $field }»
admin-import-problem-missing-field = { $source }: нет поля «{ $field }»
admin-import-problem-bad-value = { $source }: в поле «{ $field }» нужно { $expected ->
    [name] название
    [url] адрес http(s)
    [type] одно из: rss, html, sitemap, govkz
    [lang] одно из: en, ru, kk
    [boolean] true или false
    [selector] CSS-селектор
    [selectors] объект с CSS-селекторами (item, link …)
    [slug] короткое имя ведомства на портале, например mam
   *[object] объект
}
admin-import-problem-name-too-long = { $source }: название длиннее { $max } символов, сократите его
admin-import-problem-name-twice = { $source }: это название встречается дважды
admin-import-problem-html-needs-list = { $source }: источнику типа html нужны селекторы «list» (item, link)
admin-import-problem-list-only-html = { $source }: «list» бывает только у источников типа html
admin-import-problem-govkz-needs-project = { $source }: источнику типа govkz нужен «project» (имя ведомства на портале, например mam)
admin-import-problem-project-only-govkz = { $source }: «project» бывает только у источников типа govkz
admin-import-problem-opml-list-not-json = { $source }: coopwatchList — не JSON
admin-import-problem-not-opml = файл не в формате OPML: в нём нет элемента &lt;opml&gt;
admin-import-problem-opml-no-feed = ни у одного элемента outline нет адреса ленты (xmlUrl)
admin-import-problem-no-address = в файле нет ни одного адреса
admin-import-problem-not-address = строка { NUMBER($line, useGrouping: 0) } — не веб-адрес: «{ $text }». В текстовом списке по одному адресу в строке (рядом можно написать название), например <code>https://www.inform.kz/rss/rus.xml</code>
admin-import-too-many = Ничего не импортировано: в файле { $count ->
        [one] { $count } источник
        [few] { $count } источника
       *[many] { $count } источников
    }, за раз можно не больше { $limit }.
admin-import-done = 📥 Добавлено: <b>{ $added }</b>; уже отслеживались: { $known }.
admin-import-added = Новые: { $names }. Их опросят в течение минуты; см. /sources.
admin-import-restored = ↩️ Возвращены, а не добавлены второй раз (источники из файла источников, удалённые в /sources): { $names }.
admin-import-known = Оставлены как были: { $names }.
admin-import-paused = ⏸ Уже есть в /sources, но на паузе и не опрашиваются: { $names }. Чтобы следить за ними, возобновите их там (▶️).
admin-import-blocked = 🚫 Не добавлены: их адреса ведут в локальную, частную или link-local сеть, а источникам, добавленным в чате, туда нельзя: { $names }.
admin-import-credentials-dropped = 🔑 Из адреса источников { $names } убраны имя пользователя и пароль: адрес источника видят все администраторы, поэтому они в нём не хранятся.
admin-import-checking = 🔍 Проверяю адреса из списка ({ $count }): какие из них ленты, а какие страницы ссылаются на ленту…
admin-import-via-page-feed = Отслеживаются через ленту, на которую ссылается их страница: { $names }.
admin-import-pages = Веб-страницы без ленты, не добавлены: { $names }. Отправьте каждую в /addsource — он спросит, как читать список.
admin-import-plain-as-feeds = Сейчас недоступны, поэтому взяты как ленты по указанному адресу: { $names }. Если это веб-страница, первый же опрос завершится ошибкой, и /sources об этом скажет; тогда отправьте её в /addsource.
admin-import-lang-guessed = Для { $names } в файле не указан язык: поставлен { $lang }. Чтобы изменить, экспортируйте список, исправьте «lang», удалите источник и импортируйте снова.
command-exportsources = Скачать список источников (JSON, OPML)
command-importsources = Добавить источники из файла JSON, OPML или текстового списка
