## Inline mode and sharing
share-button = ↗️ Share
inline-nothing-title = Nothing found
inline-nothing-description = No published items match «{ $query }». Try a country: russia, Франция, Ресей.
inline-nothing-message = Nothing found for «{ $query }». Try <code>@{ $bot } russia</code> or <code>@{ $bot } франция музей</code>.
inline-left-out-title = Only words to leave out
inline-left-out-description = «{ $query }» only says what to leave out (words after a minus or NOT). Add a word the items must have: exhibition { $query }
inline-left-out-message = «{ $query }» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: <code>@{ $bot } exhibition { $query }</code>.
inline-empty-title = No published items yet
inline-empty-description = No published items yet: the newest will be listed here.
inline-empty-message = No published items yet. Try again later: <code>@{ $bot }</code> lists the newest ones.
inline-more-title = Nothing among the newest items yet
inline-more-description = Scroll on to search older ones for «{ $query }».
inline-more-message = No recent item matches «{ $query }»; older ones may. Scroll the results on, or narrow the query with a country or a year: <code>@{ $bot } франция музей 2024</code>.
