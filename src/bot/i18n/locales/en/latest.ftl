## Latest
latest-header = 🆕 <b>The newest items</b>, { $count } in all
latest-empty = No published items yet. Send /subscribe to hear about the first ones.
latest-header-filtered = 🆕 <b>The newest items</b> · { $filter }: { $count }
latest-empty-filtered = No published items for { $filter } yet. Without the date, kind or sector the list may be longer: /latest.
latest-usage = I did not understand «{ $words }». /latest can be narrowed by a year, a month with its year or a day (its year may be left out: the latest such day), kinds or a sector: <code>/latest 2024 agreements</code>, <code>/latest March 2026</code>, <code>/latest 03.03.2025</code>, <code>/latest 12 March</code>.
latest-no-such-day = There is no such day as «{ $day }». Type a day the calendar has, such as <code>/latest 03.03.2025</code> or <code>/latest 28 February</code>, or a month: <code>/latest February 2025</code>.
latest-year-out-of-range = «{ $year }»: /latest is narrowed by a year from { $first } to { $last }, such as <code>/latest { $example }</code>.
latest-country = /latest lists every country's newest items. For { $flag } { $name } alone, tap below or send <code>{ $command }</code>.
latest-country-unread = «{ $query }»: I read { $read }, but not «{ $words }», which is no year, month, kind of item or sector. /latest lists every country's newest items; that country's alone are below.
latest-several = «{ $query }» names several countries; /latest lists every country's newest items. Each one's alone:
latest-several-unread = «{ $query }» names several countries, but I did not read «{ $words }», which is no year, month, kind of item or sector. /latest lists every country's newest items; each one's alone:
latest-did-you-mean = If «{ $words }» is a country's name, did you mean one of these? Each one's items:
