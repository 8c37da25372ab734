## Inline mode and sharing
share-button = ↗️ Бөлісу
inline-nothing-title = Ештеңе табылмады
inline-nothing-description = «{ $query }» сұрауына сай жарияланған жазба жоқ. Ел атауын жазып көріңіз: Ресей, Франция, russia.
inline-nothing-message = «{ $query }» бойынша ештеңе табылмады. <code>@{ $bot } ресей</code> немесе <code>@{ $bot } франция музей</code> деп жазып көріңіз.
inline-more-title = Жаңа жазбалар арасында әзірге ештеңе жоқ
inline-more-description = «{ $query }» сұрауын ескірек жазбалардан іздеу үшін әрі қарай айналдырыңыз.
inline-more-message = Соңғы жазбалар арасында «{ $query }» сұрауына сай ештеңе жоқ, ескіректерінен табылуы мүмкін. Нәтижелерді әрі қарай айналдырыңыз немесе сұрауды ел не жыл арқылы нақтылаңыз: <code>@{ $bot } франция музей 2024</code>.
