## Inline mode and sharing
share-button = ↗️ Поделиться
inline-nothing-title = Ничего не найдено
inline-nothing-description = По запросу «{ $query }» опубликованных записей нет. Попробуйте страну: россия, Франция, Ресей.
inline-nothing-message = По запросу «{ $query }» ничего не найдено. Попробуйте <code>@{ $bot } россия</code> или <code>@{ $bot } франция музей</code>.
inline-empty-title = Опубликованных материалов пока нет
inline-empty-description = Опубликованных материалов пока нет: здесь появятся самые новые.
inline-empty-message = Опубликованных материалов пока нет. Загляните позже: <code>@{ $bot }</code> покажет самые новые.
inline-more-title = Среди новых записей пока ничего
inline-more-description = Прокрутите дальше, чтобы искать «{ $query }» среди более старых.
inline-more-message = Среди недавних записей по запросу «{ $query }» ничего нет, среди более старых может найтись. Прокрутите результаты дальше или уточните запрос страной или годом: <code>@{ $bot } франция музей 2024</code>.
