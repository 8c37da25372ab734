## Web
# The public web archive (issue 16). Plain text: the pages escape every message.
web-site-name = Архив coopwatch
web-tagline = Культурное и гуманитарное сотрудничество { $home ->
    [KZ] Казахстана
   *[other] ({ $homeRu })
} по сообщениям министерств и прессы
web-skip-to-content = Перейти к содержанию
web-nav-home = Главная
web-nav-search = Поиск
web-language-switch = Язык
web-search-label = Слова для поиска
web-search-button = Найти
web-search-hint = По-русски, по-казахски или по-английски; другие формы слова тоже находятся.
web-home-title = Архив сотрудничества
web-home-total = { $count ->
    [one] { $count } опубликованная запись
    [few] { $count } опубликованные записи
   *[other] { $count } опубликованных записей
}
web-home-kinds = Записи по видам
web-home-kinds-filtered = Записи по видам с выбранным отбором
web-home-kinds-whole = Записи по видам во всём архиве (отбор здесь не действует)
web-home-newest = Новые записи
web-map-title = Страны-партнёры
web-map-title-filtered = Страны-партнёры с выбранным отбором
web-map-title-whole = Страны-партнёры во всём архиве (отбор здесь не действует)
web-map-description = Карта мира: каждая страна-партнёр закрашена по числу записей. { $count ->
    [one] Записи есть у { $count } страны.
   *[other] Записи есть у { $count } стран.
}
web-map-country = { $name }: { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[other] { $count } записей
}
web-map-home = { $name } (своя страна)
web-countries-all = Все страны-партнёры
web-timeline-title = Записи по месяцам
web-timeline-country-title = Записи со страной { $name } по месяцам
web-timeline-title-filtered = Записи по месяцам с выбранным отбором
web-timeline-title-whole = Записи по месяцам во всём архиве (отбор здесь не действует)
web-timeline-country-title-filtered = Записи со страной { $name } по месяцам с выбранным отбором
web-timeline-country-title-whole = Все записи со страной { $name } по месяцам (отбор здесь не действует)
web-timeline-description = Столбцы по месяцам, по видам записей: { $from } — { $to }
web-timeline-empty = Пока нечего показать.
web-timeline-bar = { $month }: { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[other] { $count } записей
}
web-country-title = { $name }
web-country-count = { $count ->
    [one] { $count } опубликованная запись
    [few] { $count } опубликованные записи
   *[other] { $count } опубликованных записей
} с { $year } года
web-country-empty = Опубликованных записей со страной { $name } пока нет.
web-country-home = { $name } — своя страна: архив рассказывает о её партнёрах.
web-filters = Отбор записей
web-filter-kind = Вид
web-filter-sector = Сфера
web-filter-year = Год
web-filter-day = День
web-filter-language = Язык записи
web-filter-any = Все
web-filter-apply = Показать
web-filter-clear = Сбросить отбор
web-filtered-count = { $count } из { $total ->
    [one] { $total } опубликованной записи
   *[other] { $total } опубликованных записей
} { $count ->
    [one] подходит
   *[other] подходят
} под выбранный отбор
web-filtered-uncounted = Из { $total ->
    [one] { $total } опубликованной записи
   *[other] { $total } опубликованных записей
} ниже — подходящие под выбранный отбор.
web-list-empty = Подходящих записей нет.
web-list-empty-older = Более старых подходящих записей нет.
web-list-continue = Среди просмотренных для этой страницы записей подходящих нет; список продолжается более старыми.
web-pager = Страницы
web-pager-newer = Новее
web-pager-older = Старше
web-export = Этот список в формате
web-export-csv = CSV (таблица)
web-export-json = JSON
web-export-atom = Лента Atom
web-item-date = Дата
web-item-kind = Вид
web-item-partners = Партнёры
web-item-orgs = Организации
web-item-sectors = Сферы
web-item-language = Язык
web-item-source = Источник
web-item-link = Читать в источнике
web-item-related = Другие записи с теми же партнёрами
web-item-none = нет
web-search-title = Поиск
web-search-results = По запросу «{ $query }» { $count ->
    [one] найдена { $count } запись
    [few] найдены { $count } записи
   *[other] найдено { $count } записей
}
web-search-many = По запросу «{ $query }» найдено больше { $count ->
    [one] { $count } записи
   *[other] { $count } записей
}
web-search-at-least = По запросу «{ $query }» найдено не меньше { $count ->
    [one] { $count } записи
   *[other] { $count } записей
}
web-search-filtered = Записи по запросу «{ $query }» с выбранным отбором
web-search-nothing = По запросу «{ $query }» ничего не найдено.
web-search-no-words = В «{ $query }» нет слов для поиска: наберите буквы или цифры.
web-search-left-out-only = В «{ $query }» только то, что исключить (слова после минуса или NOT), а искать нечего. Добавьте слово, которое должно быть в материале: выставка { $query }
web-search-date-only = «{ $query }» — это дата, а слов для поиска в этот день нет: добавьте слово, которое должно быть в материале (музей { $query }).
web-item-lang-en = английский
web-item-lang-ru = русский
web-item-lang-kk = казахский
web-not-found-title = Не найдено
web-not-found-item = Опубликованной записи номер { $id } нет.
web-not-found-country = «{ $query }» — не знакомая архиву страна.
web-not-found-page = Такой страницы в архиве нет.
web-suggestions = Возможно, вы имели в виду:
web-bad-request-title = Адрес не удалось прочитать
web-bad-request-intro = Пожалуйста, исправьте адрес:
web-bad-value = «{ $value }» — недопустимое значение { $name }; допустимы: { $allowed }.
web-bad-year = «{ $value }» — не год (нужны четыре цифры, например 2025).
web-bad-day = «{ $value }» — не день (нужно ГГГГ-ММ-ДД, например 2025-03-03).
web-bad-position = «{ $value }» — не номер записи, поэтому место страницы непонятно.
web-bad-repeated = «{ $name }» указан больше одного раза.
web-bad-both-directions = Страница может быть до записи или после неё, но не то и другое сразу.
web-bad-query = Для выгрузки поиска нужны слова запроса (q=…).
web-bad-address = Адрес закодирован неправильно.
web-start-again = Начать заново с главной страницы архива
web-too-busy = Сейчас идёт слишком много выгрузок; попробуйте через минуту.
web-feed-title = coopwatch: { $title }
web-footer = Только опубликованные записи, как их показывает Telegram-бот coopwatch. Любой список можно скачать в CSV или JSON и читать как ленту Atom.
web-bot-archive-link = 🌐 Открыть в веб-архиве
