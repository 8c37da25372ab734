## Export
export-usage = Say what to export, as in the lists: a country, a sector, words, a year. <code>/export russia</code>, <code>/export франция museums 2025</code>. Add <code>json</code> for JSON instead of CSV.
export-left-out-only = «{ $query }» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: <code>/export exhibition { $query }</code>
export-nothing = No published items match «{ $query }».
export-caption = «{ $query }»: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }, newest first.
export-caption-capped = «{ $query }»: the newest { $count } items. For the older ones, narrow it: add a year or a sector.
export-caption-capped-archive = «{ $query }»: the newest { $count } items. <a href="{ $url }">The web archive's export has them all</a>.
