## Lang
lang-choose = Выберите язык интерфейса:
lang-admins-only = Язык ответов в этом чате выбирают только его администраторы.
lang-chosen = Готово: { $language }. Названия стран и видов материалов теперь тоже на этом языке.
lang-unknown = «{ $text }» — не мой язык: я говорю по-английски, по-русски и по-казахски (<code>/lang en</code>, <code>/lang ru</code>, <code>/lang kk</code>).
