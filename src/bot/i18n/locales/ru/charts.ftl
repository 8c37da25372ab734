## Charts
country-chart = 📈 График
chart-empty = Пока нечего показать на графике.
chart-country-title = Сотрудничество: { $name }, записи по кварталам
chart-overview-title = coopwatch: опубликованные записи и очередь проверки
chart-overview-items = Опубликованные записи по кварталам
chart-overview-backlog = Записи, ждущие проверки, по дням (сейчас { $count })
chart-backlog-description = Записи, ждущие проверки, на конец каждого дня, с { $from } по { $to }.
chart-span = { $from }–{ $to } · { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[many] { $count } записей
    }
chart-quarter = { $quarter } кв. { $year }
chart-bar = { $period }: { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[many] { $count } записей
    }
chart-timeline-description = Столбцы по кварталам, по видам записей, с { $from } по { $to }.
