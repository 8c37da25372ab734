## Inline mode and sharing
share-button = ↗️ Поделиться
inline-nothing-title = Ничего не найдено
inline-nothing-description = По запросу «{ $query }» опубликованных записей нет. Попробуйте страну: россия, Франция, Ресей.
inline-nothing-message = По запросу «{ $query }» ничего не найдено. Попробуйте <code>@{ $bot } россия</code> или <code>@{ $bot } франция музей</code>.
