## Lang
lang-choose = Интерфейс тілін таңдаңыз:
lang-chosen = Интерфейс тілі: { $language }. Елдер мен материал түрлерінің атаулары да енді осы тілде көрсетіледі.
lang-unknown = «{ $text }» — мен сөйлейтін тіл емес: ағылшынша, орысша және қазақша сөйлеймін (<code>/lang en</code>, <code>/lang ru</code>, <code>/lang kk</code>).
