## Export
export-usage = Укажите, что выгрузить, как в списках: страну, сферу, слова, год. <code>/export россия</code>, <code>/export франция музеи 2025</code>. Добавьте <code>json</code>, чтобы получить JSON вместо CSV.
export-left-out-only = В «{ $query }» только то, что исключить (слова после минуса или NOT), а искать нечего. Добавьте слово, которое должно быть в материале: <code>/export выставка { $query }</code>
export-nothing = По запросу «{ $query }» опубликованных записей нет.
export-caption = «{ $query }»: { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[many] { $count } записей
    }, сначала новые.
export-caption-capped = «{ $query }»: { $count ->
        [one] { $count } самая новая запись
        [few] { $count } самые новые записи
       *[many] { $count } самых новых записей
    }. Чтобы получить более старые, сузьте запрос: добавьте год или сферу.
export-caption-capped-archive = «{ $query }»: { $count ->
        [one] { $count } самая новая запись
        [few] { $count } самые новые записи
       *[many] { $count } самых новых записей
    }. <a href="{ $url }">Полная выгрузка есть в веб-архиве</a>.
