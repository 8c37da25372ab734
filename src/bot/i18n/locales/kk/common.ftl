## Common
error-generic = Кешіріңіз, бір қателік орын алды. Бір минуттан кейін қайталап көріңіз.
button-expired = Бұл түйменің мерзімі өтіп кетті. Пәрменді қайта жіберіңіз.
unknown-command = Мұны түсінбедім. Не істей алатынымды көру үшін /help жіберіңіз.
list-page-of = Бет: { $page }/{ $pages }
list-changed = Тізім өзгеріп кетіпті, міне қазіргі түрі.
menu-outdated = Мәзір ескіріпті, міне жаңасы.
cancel-nothing = Тоқтататын ештеңе жоқ: қазір ешқандай түзету жүріп жатқан жоқ.
list-left-out-show = Түймеге тағы { $count } ел сыймады: { $countries }. Олар үшін: <code>{ $command }</code>
list-left-out-follow = Түймеге тағы { $count } ел сыймады: { $countries }. Оларға жазылу үшін: <code>{ $command }</code>
list-one-year = «{ $query }»: тізім { $first } және { $second } жылдарымен бірге емес, бір жылмен тарылады: <code>{ $firstCommand }</code> немесе <code>{ $secondCommand }</code>.
