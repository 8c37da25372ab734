## Latest
latest-header = 🆕 <b>Самые новые материалы</b>, всего { $count }
latest-empty = Опубликованных материалов пока нет. Отправьте /subscribe, чтобы узнать о первых.
latest-header-filtered = 🆕 <b>Самые новые материалы</b> · { $filter }: { $count }
latest-empty-filtered = { $filter }: опубликованных материалов пока нет. Без даты, вида материалов или сферы список может оказаться длиннее: /latest.
latest-usage = Не понял «{ $words }». /latest можно сузить годом, месяцем с годом или днём (год можно опустить: тогда это последний такой день), видом материалов или сферой: <code>/latest 2024 соглашения</code>, <code>/latest март 2026</code>, <code>/latest 03.03.2025</code>, <code>/latest 12 марта</code>.
latest-year-out-of-range = «{ $year }»: /latest сужается годом от { $first } до { $last }, например <code>/latest { $example }</code>.
latest-country = /latest показывает самые новые материалы всех стран. Только { $flag } { $name }: нажмите кнопку ниже или отправьте <code>{ $command }</code>.
latest-country-unread = «{ $query }»: я понял { $read }, а «{ $words }» — нет: это не год, не месяц, не вид материалов и не сфера. /latest показывает самые новые материалы всех стран; материалы только этой страны — по кнопке ниже.
