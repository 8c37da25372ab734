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
