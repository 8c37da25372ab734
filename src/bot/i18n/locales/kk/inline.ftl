## Inline mode and sharing
share-button = ↗️ Бөлісу
inline-nothing-title = Ештеңе табылмады
inline-nothing-description = «{ $query }» сұрауына сай жарияланған жазба жоқ. Ел атауын жазып көріңіз: Ресей, Франция, russia.
inline-nothing-message = «{ $query }» бойынша ештеңе табылмады. <code>@{ $bot } ресей</code> немесе <code>@{ $bot } франция музей</code> деп жазып көріңіз.
