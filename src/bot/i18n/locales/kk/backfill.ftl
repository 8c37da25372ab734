## Backfill
admin-button-history = 📜 { $n }
admin-sources-history-hint = 📜 дереккөздің тарихын жүктейді: оның соңғы { $years } жылдағы мұрағатын, жазылушыларға хабарлама жібермей.
admin-source-history-running = 📜 Тарих жүктеліп жатыр, әзірге жеткені: { $reached }
admin-source-history-done = 📜 Тарих жүктелді, ең ерте күні: { $reached }
admin-source-history-failed = 📜 Тарихты жүктеу { $reached } тұсында тоқтады; 📜 сол жерден жалғастырады
admin-history-title = 📜 <b>Тарих: { $name }</b>
admin-history-starting = Бастадым: мұрағатты жүктеймін, ең ерте күні: { $since }. Жүктеу барысы осы хабарламада көрінеді.
admin-history-running = ⏳ Жеткені: { $reached } (мақсат: { $since }) · бет: { $pages } · жаңа жазба: { $items } · тақырыпқа сай: { $relevant }
admin-history-done = ✅ Дайын, жеткені: { $reached } · бет: { $pages } · жаңа жазба: { $items } · тақырыпқа сай: { $relevant } · тексеруге: { $flagged }. Олар туралы ешкімге хабарлама жіберілмеді.
admin-history-failed = ⚠️ Тоқтады: <i>{ $error }</i> · бет: { $pages } · жаңа жазба: { $items }. Сол жерден жалғастыру үшін /sources ішінде 📜 басыңыз.
admin-history-busy = «{ $name }» дереккөзінің тарихы қазір жүктеліп жатыр: барысы жоғарыдағы хабарламада.
admin-history-busy-cli = «{ $name }» дереккөзінің тарихы дәл қазір пәрмен жолынан жүктеліп жатыр (npm run backfill).
admin-history-started-toast = Тарихын жүктеп жатырмын: { $name }…
admin-action-backfill-source = дереккөздің тарихы жүктелді
