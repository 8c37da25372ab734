## Inline mode and sharing
share-button = ↗️ Share
inline-nothing-title = Nothing found
inline-nothing-description = No published items match «{ $query }». Try a country: russia, Франция, Ресей.
inline-nothing-message = Nothing found for «{ $query }». Try <code>@{ $bot } russia</code> or <code>@{ $bot } франция музей</code>.
inline-empty-title = No published items yet
inline-empty-description = No published items yet: the newest will be listed here.
inline-empty-message = No published items yet. Try again later: <code>@{ $bot }</code> lists the newest ones.
inline-more-title = Nothing among the newest items yet
inline-more-description = Scroll on to search older ones for «{ $query }».
inline-more-message = No recent item matches «{ $query }»; older ones may. Scroll the results on, or narrow the query with a country or a year: <code>@{ $bot } франция музей 2024</code>.
