## Inline mode and sharing
share-button = ↗️ Share
inline-nothing-title = Nothing found
inline-nothing-description = No published items match «{ $query }». Try a country: russia, Франция, Ресей.
inline-nothing-message = Nothing found for «{ $query }». Try <code>@{ $bot } russia</code> or <code>@{ $bot } франция музей</code>.
