## Subscriptions
subscriptions-header = <b>Осы чаттың жазылымдары</b> ({ $count })
subscriptions-header-topic = <b>Осы тақырыптың жазылымдары</b> ({ $count })
subscriptions-mode-instant = Хабарламалар: әр материал бірден.
subscriptions-mode-digest = Хабарламалар: күнделікті дайджест, сағат { $hour } ({ $zone }).
subscriptions-paused = ⚠ Хабарламалар тоқтатылды: бот мұнда жаза алмады. Қайта жазылу оларды жалғастырады.
subscriptions-empty = Мұнда әзірге жазылым жоқ. <code>/subscribe ресей</code> жіберіңіз немесе төменнен таңдаңыз.
subscriptions-change = ⚙ Өзгерту
unsubscribe-done = Жазылым тоқтатылды: { $topics }.
unsubscribe-not-found = Мұнда «{ $query }» жазылымы жоқ. Оларды көру үшін /subscriptions жіберіңіз.
unsubscribe-removed = Жойылды.
subscriptions-tz-usage = Дайджесттің уақыт белдеуін IANA атауымен жазыңыз, мысалы <code>/subscriptions tz Europe/Vienna</code> немесе <code>/subscriptions tz Asia/Almaty</code>. Жиі қолданылатындары /subscribe ішінде де бар.
subscriptions-tz-invalid = «{ $zone }» — белгісіз уақыт белдеуі; ештеңе өзгертілмеді. IANA атауын жазыңыз, мысалы <code>Europe/Vienna</code>, <code>Asia/Almaty</code>, <code>America/New_York</code> немесе <code>UTC</code>.
subscriptions-tz-done = 🌐 Уақыт белдеуі: { $zone }. Күнделікті дайджест сол уақыт бойынша сағат { $hour }-де келеді.
subscriptions-tz-instant = Қазір хабарламалар бір-бірден келеді; күнделікті дайджестті /subscribe ішінде таңдаңыз.
