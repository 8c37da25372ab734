## Latest
latest-header = 🆕 <b>Ең жаңа материалдар</b>, барлығы { $count }
latest-empty = Әзірге жарияланған материал жоқ. Алғашқылары шыққанда білу үшін /subscribe жіберіңіз.
latest-header-filtered = 🆕 <b>Ең жаңа материалдар</b> · { $filter }: { $count }
latest-empty-filtered = { $filter } бойынша жарияланған материал әзірге жоқ.
latest-usage = «{ $words }» дегенді түсінбедім. /latest тізімін жылмен, материал түрімен не саламен тарылтуға болады: <code>/latest 2024 келісімдер</code>.
