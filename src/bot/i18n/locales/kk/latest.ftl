## Latest
latest-header = 🆕 <b>Ең жаңа материалдар</b>, барлығы { $count }
latest-empty = Әзірге жарияланған материал жоқ. Алғашқылары шыққанда білу үшін /subscribe жіберіңіз.
latest-header-filtered = 🆕 <b>Ең жаңа материалдар</b> · { $filter }: { $count }
latest-empty-filtered = { $filter } бойынша жарияланған материал әзірге жоқ. Мерзімін, түрін не саласын алып тастасаңыз, тізім ұзаруы мүмкін: /latest.
latest-usage = «{ $words }» дегенді түсінбедім. /latest тізімін жылмен, жылы көрсетілген аймен не күнмен (жылын жазбасаңыз — сол күннің ең соңғысы), материал түрімен не саламен тарылтуға болады: <code>/latest 2024 келісімдер</code>, <code>/latest 2026 жылғы наурыз</code>, <code>/latest 03.03.2025</code>, <code>/latest 12 наурыз</code>.
latest-year-out-of-range = «{ $year }»: /latest тізімін { $first } жылдан { $last } жылға дейінгі жылмен тарылтуға болады, мысалы <code>/latest { $example }</code>.
latest-country = /latest барлық елдің ең жаңа материалдарын көрсетеді. Тек { $flag } { $name } бойынша: төмендегі түймені басыңыз немесе <code>{ $command }</code> жіберіңіз.
