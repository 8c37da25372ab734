## Web
# The public web archive (issue 16). Plain text: the pages escape every message.
web-site-name = coopwatch archive
web-tagline = { $homeEn }'s cultural and humanitarian cooperation, as ministries and the press announce it
web-skip-to-content = Skip to content
web-nav-home = Home
web-nav-search = Search
web-language-switch = Language
web-search-label = Words to search for
web-search-button = Search
web-search-hint = Russian, Kazakh or English; other forms of a word are found too.
web-home-title = Cooperation archive
web-home-total = { $count ->
    [one] 1 published item
   *[other] { $count } published items
}
web-home-kinds = Items by kind
web-home-kinds-filtered = Items by kind matching the filters
web-home-kinds-whole = Items by kind in the whole archive (the filters do not apply here)
web-home-newest = Newest items
web-map-title = Partner countries
web-map-title-filtered = Partner countries matching the filters
web-map-title-whole = Partner countries in the whole archive (the filters do not apply here)
web-map-description = A world map: each partner country is shaded by its number of items. { $count ->
    [one] 1 country has items.
   *[other] { $count } countries have items.
}
web-map-country = { $name }: { $count ->
    [one] 1 item
   *[other] { $count } items
}
web-map-home = { $name } (home country)
web-countries-all = All partner countries
web-timeline-title = Items per month
web-timeline-country-title = Items with { $name } per month
web-timeline-title-filtered = Items per month matching the filters
web-timeline-title-whole = Items per month in the whole archive (the filters do not apply here)
web-timeline-country-title-filtered = Items with { $name } per month matching the filters
web-timeline-country-title-whole = All items with { $name } per month (the filters do not apply here)
web-timeline-description = Bars per month, stacked by kind, from { $from } to { $to }.
web-timeline-empty = No items to chart yet.
web-timeline-bar = { $month }: { $count ->
    [one] 1 item
   *[other] { $count } items
}
web-country-title = { $name }
web-country-count = { $count ->
    [one] 1 published item
   *[other] { $count } published items
} since { $year }
web-country-empty = No published items with { $name } yet.
web-country-home = { $name } is the home country: the archive is about its partners.
web-filters = Filter the list
web-filter-kind = Kind
web-filter-sector = Sector
web-filter-year = Year
web-filter-day = Day
web-filter-language = Language of the item
web-filter-any = Any
web-filter-apply = Apply
web-filter-clear = Clear the filters
web-filtered-count = { $count } of { $total ->
    [one] 1 published item
   *[other] { $total } published items
} { $count ->
    [one] matches
   *[other] match
} the chosen filters
web-filtered-uncounted = Of { $total ->
    [one] 1 published item
   *[other] { $total } published items
}, the list shows those that match the chosen filters.
web-list-empty = No items match.
web-list-empty-older = No older items match.
web-list-continue = None of the items looked at for this page match; the list goes on with older ones.
web-pager = Pages
web-pager-newer = Newer
web-pager-older = Older
web-export = This list as
web-export-csv = CSV (spreadsheet)
web-export-json = JSON
web-export-atom = Atom feed
web-item-date = Date
web-item-kind = Kind
web-item-partners = Partners
web-item-orgs = Organisations
web-item-sectors = Sectors
web-item-language = Language
web-item-source = Source
web-item-link = Read it at the source
web-item-related = Other items with the same partners
web-item-none = none
web-search-title = Search
web-search-results = { $count ->
    [one] 1 item found
   *[other] { $count } items found
} for «{ $query }»
web-search-many = More than { $count } items found for «{ $query }»
web-search-at-least = At least { $count } items found for «{ $query }»
web-search-filtered = Items found for «{ $query }» with the chosen filters
web-search-nothing = Nothing found for «{ $query }».
web-search-no-words = «{ $query }» holds no words to search for: type letters or figures.
web-search-left-out-only = «{ $query }» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: exhibition { $query }
web-search-date-only = «{ $query }» is a date, with no words to look for on it: add a word the items must have (museum { $query }).
web-item-lang-en = English
web-item-lang-ru = Russian
web-item-lang-kk = Kazakh
web-not-found-title = Not found
web-not-found-item = There is no published item number { $id }.
web-not-found-country = «{ $query }» is not a country this archive knows.
web-not-found-page = There is no such page in the archive.
web-suggestions = Did you mean:
web-bad-request-title = This address cannot be read
web-bad-request-intro = Please correct the address:
web-bad-value = «{ $value }» is not a valid { $name }; expected one of: { $allowed }.
web-bad-year = «{ $value }» is not a year (expected four digits, such as 2025).
web-bad-day = «{ $value }» is not a day (expected YYYY-MM-DD, such as 2025-03-03).
web-bad-position = «{ $value }» is not an item number, so the page position cannot be read.
web-bad-repeated = «{ $name }» is given more than once.
web-bad-both-directions = A page is either before or after an item, not both.
web-bad-query = The export of a search needs words to search for (q=…).
web-bad-address = The address is not validly encoded.
web-start-again = Start again from the archive's home page
web-too-busy = Too many exports are running; please try again in a minute.
web-feed-title = coopwatch: { $title }
web-footer = Published items only, as coopwatch's Telegram bot shows them. Every list can be downloaded as CSV or JSON and followed as an Atom feed.
web-bot-archive-link = 🌐 Open in the web archive
