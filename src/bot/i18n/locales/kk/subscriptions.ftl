## Subscriptions
subscriptions-header = <b>Осы чаттың жазылымдары</b> ({ $count })
subscriptions-header-topic = <b>Осы тақырыптың жазылымдары</b> ({ $count })
subscriptions-mode-instant = Хабарламалар: әр материал шыққан бойда.
subscriptions-mode-digest = Хабарламалар: күнделікті дайджест, { $zone } уақытымен сағат { $hour }.
subscriptions-paused = ⚠ Хабарламалар тоқтап тұр: бот бұл чатқа жаза алмады. Қайта жазылсаңыз, хабарламалар жалғасады.
subscriptions-empty = Мұнда әзірге жазылым жоқ. <code>/subscribe ресей</code> жіберіңіз немесе төменнен таңдаңыз.
subscriptions-unknown-argument = Ештеңе өзгермеді: /subscriptions «{ $text }» дегенді түсінбейді. Жазылу — <code>/subscribe …</code>, жазылымнан шығу — <code>/unsubscribe …</code>, дайджест белдеуі — <code>/subscriptions tz Europe/Vienna</code>.
subscriptions-change = ⚙ Өзгерту
unsubscribe-done = Жазылым тоқтатылды: { $topics }.
unsubscribe-not-found = Мұнда «{ $query }» деген жазылым жоқ. Барлық жазылымды көру үшін /subscriptions жіберіңіз.
unsubscribe-unknown = Түсінбедім: { $words }. Бұдан ештеңе өшірілген жоқ.
unsubscribe-removed = Өшірілді.
subscriptions-tz-usage = Дайджесттің уақыт белдеуін IANA атауымен жазыңыз, мысалы <code>/subscriptions tz Europe/Vienna</code> немесе <code>/subscriptions tz Asia/Almaty</code>. Жиі қолданылатындары /subscribe мәзірінде де бар.
subscriptions-tz-invalid = «{ $zone }» деген уақыт белдеуін білмеймін; ештеңе өзгертілген жоқ. IANA атауын жазыңыз, мысалы <code>Europe/Vienna</code>, <code>Asia/Almaty</code>, <code>America/New_York</code> немесе <code>UTC</code>.
subscriptions-tz-done = 🌐 Уақыт белдеуі: { $zone }. Күнделікті дайджест уақыты: сол белдеу бойынша { $hour }.
subscriptions-tz-instant = Қазір хабарламалар бірден, бір-бірлеп келеді; күнделікті дайджестті /subscribe мәзірінен таңдауға болады.
