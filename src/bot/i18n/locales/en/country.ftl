## Country
country-header = { $flag } <b>{ $name }</b>: { $count ->
        [one] { $count } item
       *[other] { $count } items
    } since { $year }
country-empty = { $flag } No published items with <b>{ $name }</b> yet. Follow it to hear about the first one.
country-home = { $flag } { $name } is the home country: every item is about its cooperation. Try /latest, or a partner: <code>/country russia</code>.
country-follow = 🔔 Follow { $flag } { $name }
country-unknown = I don't know a country called «{ $query }». Try its name in English, Russian or Kazakh, or send /country for the list.
country-filter-only = «{ $query }» names no country: /country lists one partner's items, narrowed so (<code>/country russia { $query }</code>); every country's are at <code>/latest { $query }</code>.
country-suggest = I don't know «{ $query }». Did you mean:
country-suggest-empty = I don't know «{ $query }»: did you mean { $flag } <b>{ $name }</b>? No published items with it yet; follow it to hear about the first one.
country-words-unread = «{ $query }»: I read the country { $flag } { $name }, but not «{ $words }», which is no year, kind of item ({ $kinds }) or sector. Show the country's items, or search for the words?
country-organisation = «{ $query }» is { $mark } { $name }, an international organisation, not a country: /country lists one partner country's items. Search for it below, or follow it with <code>{ $command }</code>.
country-year-out-of-range = «{ $query }»: I read the country { $flag } { $name }, but a list is narrowed by a year from { $first } to { $last }, not { $year }, such as <code>{ $example }</code>.
country-place-in = «{ $query }» is in { $flag } { $name }. Show that country's items, or look for these words in the archive?
country-read-as = ℹ️ «{ $query }» is in { $flag } { $name }: here are that country's items.
country-read-as-empty = ℹ️ «{ $query }» is in { $flag } { $name }. Articles may still mention «{ $query }»: 🔎 below searches for it.
country-several = «{ $query }» names several countries, and /country lists one at a time. Pick one:
country-several-unread = «{ $query }» names several countries, and /country lists one at a time; I did not read «{ $words }», which is no country, year, kind of item or sector. Pick one:
country-shared-name = «{ $query }» is the name of more than one country. Which one do you mean?
country-pick = Countries with items ({ $count }). Pick one:
country-region = «{ $query }» is a region, not a country, and /country lists one country at a time. Its countries with items ({ $count }):
country-region-empty = «{ $query }» is a region, not a country, and none of its countries has items yet. Send /country for the countries that have.
country-former-state = «{ $query }» is a state that no longer exists, and /country lists today's countries one at a time. The states that succeeded it with items ({ $count }):
country-former-state-empty = «{ $query }» is a state that no longer exists, and none of the states that succeeded it has items yet. Send /country for the countries that have.
country-region-narrowed = Counted: { $filter }.
country-region-empty-filtered = None of the countries of «{ $query }» has items · { $filter }. Without the narrowing: <code>/country { $query }</code>.
country-region-year-out-of-range = «{ $year }»: a list is narrowed by a year from { $first } to { $last }, such as <code>{ $example }</code>; the countries below are counted without it.
country-none-yet = No published items yet. Send /subscribe to hear about the first ones.
country-header-filtered =
    { $flag } <b>{ $name }</b> · { $filter }: { $count ->
            [one] { $count } item
           *[other] { $count } items
        }
country-empty-filtered = { $flag } <b>{ $name }</b> · { $filter }: nothing published. Without the date or kind the list may be longer.
country-unread-misspelt = If «{ $word }» is { $flag } { $name } misspelt, its items are on its button below.
