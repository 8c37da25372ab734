## Search
search-usage = Напишите, что искать: <code>/search музей выставка</code>. Другие формы слов тоже найдутся; слова в "кавычках" ищутся рядом и по порядку, в любой форме; <code>ИЛИ</code> (или <code>OR</code>) ищет любое из двух слов или словосочетаний (<code>Лувр ИЛИ Эрмитаж</code>, <code>"дни культуры" ИЛИ фестиваль</code>), слово после минуса исключается (<code>музей -Лувр</code>), а звёздочка ищет слова по началу (<code>выстав*</code>).
search-nothing = По запросу «{ $query }»{ $filter } ничего не нашлось. Попробуйте меньше слов или короче.
search-header = 🔎 «{ $query }»{ $filter }: { $count ->
        [one] { $count } материал
        [few] { $count } материала
       *[many] { $count } материалов
    }
search-header-many = 🔎 «{ $query }»{ $filter }: больше { $count } материалов, сначала новые
search-header-at-least = 🔎 «{ $query }»{ $filter }: не меньше { $count ->
        [one] { $count } материала
       *[other] { $count } материалов
    }, сначала новые
search-offer = Не узнал здесь названия страны. Поискать это в архиве? Всё, что я умею, — в /help.
search-button = 🔎 Искать «{ $query }»
