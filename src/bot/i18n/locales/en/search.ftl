## Search
search-usage = Send the words to look for: <code>/search museum exhibition</code>. Word forms are found too; words in "double quotes" are found side by side, in that order, in any of their forms; <code>OR</code> lets either of two words or phrases do (<code>Louvre OR Hermitage</code>, <code>"days of culture" OR festival</code>), a word or phrase after a minus is left out (<code>museum -Louvre</code>, <code>museum -"Louvre Abu Dhabi"</code>), and a star finds words by their beginning (<code>muse*</code>).
search-no-words = «{ $query }» holds no words to search for: type letters or figures.
search-common-words-only = «{ $query }» holds only words too common to find items by (such as the, of, and): add a word for what you are looking for, such as <code>/search museum exhibition</code>.
search-left-out-only = «{ $query }» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: <code>/search exhibition { $query }</code>
search-date-only = { $span ->
    [month] «{ $query }» is a month, with no words to look for in it: /search narrows words to a month (<code>/search museum { $query }</code>), and <code>/latest { $query }</code> lists all that month's items.
   *[day] «{ $query }» is a date, with no words to look for on it: /search narrows words to a day (<code>/search museum { $query }</code>), and <code>/latest { $query }</code> lists all that day's items.
}
search-nothing = Nothing found for «{ $query }»{ $filter }. Try fewer or shorter words.
search-year-out-of-range = «{ $year }» was searched as a word: results are narrowed by a year from { $first } to { $last }, such as <code>/search { $example }</code>.
search-nothing-words = No item holds «{ $words }» in any form; without it: <code>{ $command }</code>.
search-alternatives-cut = Only the first { $count } alternatives joined by OR were searched: the rest would ask too much of the index.
search-clauses-cut = Only { $count } words and phrases were searched (the phrases first, then the words as typed): the rest would ask too much of the index.
search-header = 🔎 «{ $query }»{ $filter }: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
search-header-many = 🔎 «{ $query }»{ $filter }: more than { $count } items, the newest first
search-header-at-least = 🔎 «{ $query }»{ $filter }: at least { $count } items, the newest first
search-offer = I did not recognise a country in that. Shall I look for it in the archive? Send /help to see everything I can do.
search-button = 🔎 Search «{ $query }»
