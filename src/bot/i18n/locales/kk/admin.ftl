## Admin
admin-refused = Кешіріңіз, бұл пәрмен тек бот әкімшілеріне арналған.
admin-private-only = Әкімші пәрмендері менімен жеке чатта ғана жұмыс істейді: тексеру кезегі топтарға шықпауы керек.
admin-use-buttons = Жоғарыдағы түймелердің бірін таңдаңыз немесе /cancel жіберіңіз.
admin-item-gone = Бұл жазба енді жоқ немесе қабылданбаған.

admin-conversation-cancelled = Бас тартылды. Ештеңе өзгерген жоқ.
admin-conversation-left = Түзету аяқталмады. Ештеңе өзгерген жоқ.
admin-conversation-expects-answer = Мәтінмен немесе түймелермен жауап беріңіз, не /cancel жіберіңіз.

admin-status-published = жарияланған
admin-status-flagged = тексеруді күтуде
admin-status-rejected = қабылданбаған
admin-relevant-yes = тақырыпқа сай
admin-relevant-no = тақырыпқа сай емес
admin-partners-none = шетелдік серіктес жоқ

admin-review-header = 🔎 <b>Тексеру</b> · { $total } ішінен { $position }
admin-review-header-done = 🔎 <b>Тексеру</b> · жазба { $status }
admin-review-guess = <b>Жіктеуіш:</b> { $relevant } · { $kind } · сенімділік { $confidence }
admin-review-why = <b>Неге:</b> { $evidence }
admin-review-empty = ✅ Тексеретін ештеңе жоқ: кезек бос.
admin-review-only-one = Кезекте тек осы жазба қалды.
admin-review-not-flagged = Бұл жазба қазір { $status }.
admin-review-refused-not-found = Бұл жазба енді жоқ.
admin-review-refused-not-flagged = Бұл жазба енді тексеруді күтпейді.
admin-review-refused-no-kind = Алдымен түрін таңдаңыз (🏷 Түрі): жарияланған жазбаның түрі болуы керек.
admin-review-refused-rejected = Жазба қабылданбаған; алдымен /review history ішінде оны болдырмаңыз.

admin-button-approve = ✅ Мақұлдау
admin-button-reject = ❌ Қабылдамау
admin-button-partners = 🌍 Серіктестер
admin-button-kind = 🏷 Түрі
admin-button-skip = ⏭ Өткізіп жіберу
admin-button-next = ⏭ Келесі
admin-button-undo = ↩️ Болдырмау
admin-button-undo-id = ↩️ #{ $id } болдырмау
admin-button-cancel = ✖️ Бас тарту
admin-button-save = ✅ Сақтау
admin-button-retype = ✏️ Қайта жазу
admin-button-skip-name = ⏭ Бұл атауды елемеу
admin-button-add = ✅ Дереккөзді қосу
admin-button-use-suggested = 💡 Ұсынылған селекторларды алу
admin-button-lang-en = Жазбалар ағылшынша
admin-button-lang-ru = Жазбалар орысша
admin-button-lang-kk = Жазбалар қазақша
admin-button-pause = ⏸ { $n }
admin-button-resume = ▶️ { $n }
admin-button-remove = 🗑 { $n }
admin-button-confirm-remove = 🗑 Иә, жою
admin-button-back = ◀ Артқа
admin-button-review-now = 🔎 Тексеру
admin-button-mute-flagged = 🔕 Жаңа жазбалар туралы хабарламасыз
admin-button-unmute-flagged = 🔔 Жаңа жазбалар туралы хабарлау
admin-button-mute-sources = 🔕 Дереккөздер туралы хабарламасыз
admin-button-unmute-sources = 🔔 Дереккөздер туралы хабарлау

admin-approved = ✅ <b>Мақұлданды</b> және жарияланды. { $alerts ->
    [0] Хабарлама қажет емес.
   *[other] Кезекте { $alerts } хабарлама.
}
admin-rejected = ❌ <b>Қабылданбады</b>: барлық тізімнен жасырылды.
admin-undone-toast = Болдырмалды.
admin-undone = ↩️ <b>Болдырмалды</b> #{ $id } ({ $action }):
admin-undone-alerts = Кері қайтарылған хабарламалар: { $withdrawn }; жеткізіліп қойғаны: { $sent }.
admin-undo-refused-not-found = Мұндай әрекет жоқ.
admin-undo-refused-not-undoable = Бұл әрекетті болдырмау мүмкін емес.
admin-undo-refused-already-undone = Бұл әрекет бұрын болдырмалған.
admin-undo-refused-superseded = Жазба кейін өзгертілген; алдымен сол әрекетті болдырмаңыз.
admin-undo-refused-changed = Жазба содан бері өзгерді; ештеңе болдырмалған жоқ.

admin-history-header = 🗂 <b>Тексеру тарихы</b> (жаңалары алдымен)
admin-history-empty = Әкімші әрекеттері әлі жоқ.
admin-history-undone = ↩️ #{ $id } арқылы болдырмалған
admin-history-undoes = #{ $id } болдырмайды
admin-action-approve = мақұлданды
admin-action-reject = қабылданбады
admin-action-edit-partners = серіктестер өзгертілді
admin-action-edit-kind = түрі өзгертілді
admin-action-undo = болдырмау
admin-action-teach-alias = синоним үйретілді
admin-action-add-source = дереккөз қосылды
admin-action-pause-source = дереккөз тоқтатылды
admin-action-resume-source = дереккөз жалғасты
admin-action-remove-source = дереккөз жойылды

admin-kind-prompt =
    🏷 «{ $title }» жазбасының <b>түрі</b>
    Қазір: { $current }. Дұрысын таңдаңыз:
admin-kind-saved = 🏷 Түрі: <b>{ $kind }</b>. Жазба әлі де «Мақұлдау» не «Қабылдамау» шешімін күтеді.

admin-partners-prompt =
    🌍 «{ $title }» жазбасының <b>серіктестері</b>
    Қазір: { $current }.
    Серіктес елдерді кез келген тілде жазыңыз, мысалы <i>Франция, Германия</i> немесе <i>fr de</i>. Серіктес болмаса (ішкі келісім), <code>-</code> жіберіңіз.
admin-partners-type-them = Елдерді мәтінмен жазыңыз немесе /cancel жіберіңіз.
admin-partners-unknown = «{ $name }» маған таныс емес. Ол бір елді білдірсе (мекеме, атаудың басқа жазылуы), сол елді жазыңыз, мен есте сақтаймын; қазақстандық мекеме болса, «Қазақстан» деп жазыңыз. Әйтпесе бұл атауды елемеңіз.
admin-partners-not-a-country = «{ $name }» да маған таныс ел емес. Қайта көріңіз (мысалы, <i>Франция</i>, <i>FR</i>) немесе атауды елемеңіз.
admin-partners-understood = Түсінгенім: { $partners }.
admin-partners-home-dropped = ({ $country } — өз еліміз, ол серіктес бола алмайды.)
admin-partners-will-remember = «{ $alias }» атауын { $country } деп есте сақтаймын.
admin-partners-ignored = Еленбеді: { $names }.
admin-partners-confirm = Осы серіктестерді сақтаймын ба?
admin-partners-saved = 🌍 Серіктестер сақталды. Жазба әлі де «Мақұлдау» не «Қабылдамау» шешімін күтеді.

admin-notice-flagged = 🔎 Тексеруге <b>{ $count } жаңа жазба</b>:
admin-notice-flagged-more = …тағы { $count }.
admin-notice-failing = ⚠️ <b>{ $name }</b> істемей тұр: { $error } (қатарынан { $count } рет).
admin-notice-recovered = ✅ <b>{ $name }</b> қайта жұмыс істейді.
admin-notices-settings =
    <b>Хабарламалар</b>
    Тексеруге жаңа жазбалар: { $flagged }
    Дереккөздердің күйі: { $sources }
admin-notices-on = қосулы
admin-notices-off = өшірулі
admin-notices-muted = Өшірілді.
admin-notices-unmuted = Қосылды.

admin-sources-header = 📡 <b>Дереккөздер</b> ({ $total })
admin-sources-empty = Дереккөздер әлі жоқ. Қосу: /addsource <i>мекенжай</i>.
admin-source-ok = ✅
admin-source-failing = ⚠️
admin-source-paused = ⏸ тоқтатылған
admin-source-health = Соңғы сәтті сұрау: { $success } · { $days } күнде жазбалар: { $items }
admin-source-error = Соңғы қате ({ $at }, қатарынан { $count }): <i>{ $error }</i>
admin-never = ешқашан
admin-failures = { $count } сәтсіз сұрау
admin-source-gone = Бұл дереккөз енді жоқ.
admin-source-unchanged = Өзгертетін ештеңе жоқ.
admin-source-paused-toast = Тоқтатылды: { $name }
admin-source-resumed-toast = Жалғасты: { $name }
admin-source-removed = Жойылды: { $name }
admin-source-remove-confirm = <b>{ $name }</b> жойылсын ба? Оның жазбалары қалады; ол енді сұралмайды.
admin-source-remove-file-warning = ⚠️ Ол дереккөздер файлынан алынған, сол жерден де жойылмаса, келесі іске қосуда қайта қосылады.

admin-addsource-usage = <code>/addsource https://…</code> пәрменін арнаның, жаңалықтар бетінің немесе сайт картасының мекенжайымен жіберіңіз.
admin-addsource-checking = 🔍 { $url } қарап жатырмын…
admin-addsource-invalid-url = Бұл мекенжай емес: { $detail }
admin-addsource-scheme = Тек http:// және https:// мекенжайларын бақылауға болады ({ $detail } келді).
admin-addsource-unresolvable = Хост атауы табылмады: { $detail }
admin-addsource-blocked = Қабылданбады: мекенжай жергілікті, жеке немесе link-local желіге апарады ({ $detail }).
admin-addsource-fetch = Бетті жүктеу мүмкін болмады: { $detail }
admin-addsource-empty = Жауап бос: { $detail }
admin-addsource-unrecognised = Бұл арна да, сайт картасы да, мен оқи алатын HTML беті де емес: { $detail }
admin-addsource-found-feed = 📰 RSS/Atom арнасы: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-alternate = 📰 Бет өз арнасына сілтейді: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-sitemap = 🗺 Сайт картасы: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-list = 📄 HTML жаңалықтар тізімі: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-govkz = 🏛 gov.kz жаңалықтар бөлімі: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-no-items = (қазір жазба табылмады)
admin-addsource-no-date = күні жоқ (жүктеу уақыты алынады)
admin-addsource-confirm = Жоғарыда ең жаңа жазбалар сақталатын түрінде көрсетілген. Дереккөзді қосайын ба?
admin-addsource-needs-selectors =
    📄 <b>{ $name }</b> — арнасы жоқ HTML беті. Жаңалықтар тізімі қай жерде екенін CSS селекторларымен көрсетіңіз:
    <code>item | link | title | date</code> (title мен date міндетті емес), мысалы <code>.news-item | a | .title | time</code>
    Ұсынысым: <code>{ $suggested }</code>
admin-addsource-selectors-format = Селекторларды <code>item | link | title | date</code> түрінде жіберіңіз немесе /cancel.
admin-addsource-selectors-empty = Бұл селекторлар беттен сілтеме таппайды. Басқасын көріңіз немесе /cancel.
admin-addsource-duplicate = Бұл мекенжай <b>{ $name }</b> ретінде бақылануда.
admin-addsource-added = ✅ <b>{ $name }</b> қосылды. Бір минут ішінде сұралады; /sources қараңыз.
admin-lang-en = ағылшын
admin-lang-ru = орыс
admin-lang-kk = қазақ

admin-stats-header = 📊 <b>Соңғы { $days } күн</b>: { $published } жазба жарияланды
admin-stats-by-kind = Түрлері бойынша: { $list }
admin-stats-by-partner = Серіктестер бойынша: { $list }
admin-stats-backlog = 🔎 Тексеруді күтуде: <b>{ $count }</b> (ең ескісі { $since } бастап)
admin-stats-audience = 👥 Жазылушылар: <b>{ $subscribers }</b>, жазылымдар: <b>{ $subscriptions }</b> ({ $breakdown })
admin-stats-alerts = 📨 Бүгінгі хабарламалар: жіберілді <b>{ $sent }</b>, кезекте <b>{ $pending }</b>, қатемен <b>{ $failed }</b>
admin-stats-sources = 📡 Дереккөздер: { $enabled } қосулы, <b>{ $failing }</b> қатемен
admin-topic-country = елдер
admin-topic-sector = салалар
admin-topic-keyword = сөздер
admin-topic-all = барлығы
admin-review-label = <b>Белгілерді { $admin } қойды:</b> { $relevant } · { $kind }
admin-partners-will-remember-home = «{ $alias }» атауын { $country } деп есте сақтаймын: бұл өз еліміз, сондықтан серіктес болмайды.
admin-suggestion =
    💡 { $user } дереккөз ұсынады:
    { $url }
    Оны /addsource сияқты тексеріңіз (сіз растамайынша ештеңе қосылмайды) немесе қабылдамаңыз.
admin-button-check-suggestion = 🔍 Тексеріп, қосу
admin-button-decline = ✖️ Қабылдамау
admin-suggestion-declined = ✖️ Қабылданбады: { $url }
admin-suggestion-declined-toast = Қабылданбады, ұсынған адамға хабарланды.
admin-suggestion-already-added = Бұл ұсыныс қосылып қойған.
admin-suggestion-already-declined = Бұл ұсыныс бұрын қабылданбаған.
admin-export-json = 📦 { $count } дереккөз, SOURCES_FILE пішімінде. Жетіспейтіндерін қосу үшін файлды /importsources деген жазумен кері жіберіңіз.
admin-export-opml = 📦 Сол тізім OPML пішімінде, RSS оқу бағдарламаларына арналған.
admin-import-usage = JSON файлын (SOURCES_FILE пішімі, /exportsources жасайтындай) немесе OPML файлын <code>/importsources</code> деген жазумен жіберіңіз, не сондай файлға <code>/importsources</code> деп жауап беріңіз. Бақыланып жүрген мекенжайлар өзгермейді.
admin-import-too-big = Файл дереккөздер тізімі үшін тым үлкен ({ $limit } асады).
admin-import-unreadable = Файлды Telegram-нан жүктеп ала алмадым; қайта жіберіңіз.
admin-import-invalid = Ештеңе импортталмады: { $error }
admin-import-too-many = Ештеңе импортталмады: файлда { $count } дереккөз бар, бір рет ең көбі { $limit } қосуға болады.
admin-import-done = 📥 Қосылды: <b>{ $added }</b>; бұрыннан бақыланып жүр: { $known }.
admin-import-added = Жаңалары: { $names }. Бір минут ішінде сұралады; /sources қараңыз.
admin-import-known = Өзгеріссіз қалды: { $names }.
admin-import-lang-guessed = Файлда { $names } үшін тіл көрсетілмеген: { $lang } тілі қойылды. Өзгерту үшін тізімді экспорттап, "lang" өрісін түзетіңіз, дереккөзді жойып, қайта импорттаңыз.
command-exportsources = Дереккөздер тізімін жүктеу (JSON, OPML)
command-importsources = JSON не OPML файлынан дереккөз қосу
