## Admin
admin-refused = Кешіріңіз, бұл пәрмен тек бот әкімшілеріне арналған.
admin-refused-button = Кешіріңіз, бұл түймелер тек бот әкімшілеріне арналған.
admin-refused-answer = Кешіріңіз, бұл тек бот әкімшілеріне қолжетімді: диалог аяқталды.
admin-private-only = Әкімші пәрмендері менімен жеке чатта ғана істейді: тексеру кезегі топта көрінбеуі керек.
admin-use-buttons = Жоғарыдағы түймелердің бірін басыңыз немесе /cancel жіберіңіз.
admin-item-gone = Бұл материал енді жоқ немесе қабылданбаған.

admin-conversation-cancelled = Тоқтатылды. Ештеңе өзгертілген жоқ.
admin-conversation-left = Аяқталмай қалды: ештеңе қосылған не өзгертілген жоқ.
admin-conversation-expects-answer = Мәтінмен не түймемен жауап беріңіз, болмаса /cancel жіберіңіз.

admin-status-published = жарияланған
admin-status-flagged = тексеруді күтіп тұр
admin-status-rejected = қабылданбаған
admin-relevant-yes = тақырыпқа сай
admin-relevant-no = тақырыпқа сай емес
admin-partners-none = шетелдік серіктес жоқ

admin-review-header = 🔎 <b>Тексеру</b> · { $position }/{ $total }
admin-review-header-done = 🔎 <b>Тексеру</b> · материал { $status }
admin-review-guess = <b>Жіктеуіштің болжамы:</b> { $relevant } · { $kind } · сенімділігі { $confidence }
admin-review-why = <b>Неліктен:</b> { $evidence }
admin-review-empty = ✅ Тексеретін ештеңе жоқ: кезек бос.
admin-review-only-one = Кезекте тек осы материал қалды.
admin-review-not-flagged = Бұл материал қазір { $status }.
admin-review-refused-not-found = Бұл материал енді жоқ.
admin-review-refused-not-flagged = Бұл материал енді тексеруді күтіп тұрған жоқ.
admin-review-refused-no-kind = Алдымен түрін таңдаңыз (🏷 Түрі): жарияланатын материалдың түрі көрсетілуі керек.
admin-review-refused-rejected = Материал қабылданбаған; алдымен /review history бөлімінде сол шешімді кері қайтарыңыз.
admin-review-refused-changed = Бұл карточка жіберілгеннен кейін материал өзгерді; ол қазіргі күйінде көрсетілді. Қайта шешіңіз.

admin-button-approve = ✅ Мақұлдау
admin-button-reject = ❌ Қабылдамау
admin-button-partners = 🌍 Серіктестерін өзгерту
admin-button-kind = 🏷 Түрін өзгерту
admin-button-skip = ⏭ Өткізіп жіберу
admin-button-next = ⏭ Келесі материал
admin-button-undo = ↩️ Кері қайтару
admin-button-undo-id = ↩️ #{ NUMBER($id, useGrouping: 0) } кері қайтару
admin-button-cancel = ✖️ Тоқтату
admin-button-save = ✅ Сақтау
admin-button-retype = ✏️ Қайта жазу
admin-button-skip-name = ⏭ Бұл атауды елемеу
admin-button-add = ✅ Дереккөзді қосу
admin-button-use-suggested = 💡 Ұсынылған селекторларды қолдану
admin-button-lang-en = Материалдары ағылшынша
admin-button-lang-ru = Материалдары орысша
admin-button-lang-kk = Материалдары қазақша
admin-button-pause = ⏸ { $n }
admin-button-resume = ▶️ { $n }
admin-button-remove = 🗑 { $n }
admin-button-confirm-remove = 🗑 Иә, жою
admin-button-back = ◀ Артқа
admin-button-review-now = 🔎 Қазір тексеру
admin-button-mute-flagged = 🔕 Жаңа материал туралы хабарламаны өшіру
admin-button-unmute-flagged = 🔔 Жаңа материал туралы хабарламаны қосу
admin-button-mute-sources = 🔕 Дереккөз туралы хабарламаны өшіру
admin-button-unmute-sources = 🔔 Дереккөз туралы хабарламаны қосу

admin-approved = ✅ <b>Мақұлданды</b> және жарияланды. { $alerts ->
    [0] Жіберілетін хабарлама жоқ.
   *[other] { $alerts } хабарлама кезекке қойылды.
}
admin-ruled-copies = 📎 Бұл белгілер енді бүкіл жаңалыққа қолданылады: оның басқа дереккөздердегі { $count } нұсқасы жіктеуіш онда не оқыса да, тек осы белгілерге (немесе нұсқа мәтініндегі кілт сөзге) сәйкес чаттарға ғана хабарлама жібереді.
admin-rejected = ❌ <b>Қабылданбады</b>: материал барлық тізімнен алынды.
admin-undone-toast = Кері қайтарылды.
admin-undone = ↩️ #{ NUMBER($id, useGrouping: 0) } ({ $action }) <b>кері қайтарылды</b>:
admin-undone-alerts = Кері алынған хабарламалар: { $withdrawn }; жіберіліп қойғаны: { $sent }.
admin-undone-requeued = Қайта кезекке қойылған хабарламалар: { $count }.
admin-undone-story-copies = Орнына сол жаңалықтың басқа дереккөздегі нұсқасы бойынша кезекке қойылған хабарламалар: { $count }.
admin-undo-refused-not-found = Мұндай әрекет жоқ.
admin-undo-refused-not-undoable = Бұл әрекетті кері қайтаруға болмайды.
admin-undo-refused-already-undone = Бұл әрекет бұрын кері қайтарылған.
admin-undo-refused-superseded = Материал кейін тағы өзгертілген; алдымен сол әрекетті кері қайтарыңыз.
admin-undo-refused-changed = Материал содан бері өзгерді; ештеңе кері қайтарылған жоқ.

admin-history-header = 🗂 <b>Тексеру тарихы</b> (ең жаңасы басында)
admin-history-empty = Әкімшілер әзірге ештеңе өзгертпеген.
admin-history-undone = ↩️ #{ NUMBER($id, useGrouping: 0) } арқылы кері қайтарылған
admin-history-undoes = #{ NUMBER($id, useGrouping: 0) } әрекетін кері қайтарады
admin-action-approve = мақұлданды
admin-action-reject = қабылданбады
admin-action-edit-partners = серіктестері өзгертілді
admin-action-edit-kind = түрі өзгертілді
admin-action-undo = кері қайтарылды
admin-action-teach-alias = жаңа атау есте сақталды
admin-action-add-source = дереккөз қосылды
admin-action-pause-source = дереккөз тоқтатылды
admin-action-resume-source = дереккөз қайта қосылды
admin-action-remove-source = дереккөз жойылды

admin-kind-prompt =
    🏷 «{ $title }» материалының <b>түрі</b>
    Қазір: { $current }. Дұрысын таңдаңыз:
admin-kind-saved = 🏷 Түрі: <b>{ $kind }</b>.

admin-partners-prompt =
    🌍 «{ $title }» материалының <b>серіктестері</b>
    Қазір: { $current }.
    Серіктес елдерді кез келген тілде жазыңыз, мысалы <i>Франция, Германия</i> немесе <i>fr de</i>. Серіктес жоқ болса (ел ішіндегі келісім), <code>-</code> жіберіңіз.
admin-partners-type-them = Елдерді мәтінмен жазыңыз немесе /cancel жіберіңіз.
admin-partners-unknown = «{ $name }» маған таныс емес. Ол бір елді білдірсе (мекеме, атаудың басқа жазылуы), сол елді жазыңыз, мен есте сақтаймын; { $home ->
    [KZ] қазақстандық
   *[other] өз еліңіздің
} мекеме болса, «{ $homeKk }» деп жазыңыз. Әйтпесе бұл атауды елемеңіз.
admin-partners-not-a-country = «{ $name }» деген елді де білмеймін. Қайта жазып көріңіз (мысалы, <i>Франция</i>, <i>FR</i>) немесе атауды елемеңіз.
admin-partners-understood = Түсінгенім: { $partners }.
admin-partners-home-dropped = ({ $country } — өз еліміз, ол серіктес бола алмайды.)
admin-partners-will-remember = «{ $alias }» атауын { $country } ретінде есте сақтаймын.
admin-partners-ignored = Еленбегендер: { $names }.
admin-partners-too-short = Еленбеді және атау ретінде есте сақталмайды: { $names }. Атауда кемінде { $min } әріп болуы керек, әйтпесе ол кәдімгі сөздерден табылады.
admin-partners-common-words = Еленбеді және атау ретінде есте сақталмайды: { $names }. Бұлар кез келген мәтінде кездесетін жалпы сөздер.
admin-partners-name-taken = «{ $name }» қазірдің өзінде { $taken } дегенді білдіреді, сондықтан оны { $country } ретінде есте сақтамаймын: жіктеуіш оны екі түрлі оқыр еді. Басқа елді жазыңыз немесе атауды елемеңіз.
admin-partners-alias-refused-taken = «{ $alias }» есте сақталмады: осы аралықта ол { $taken } дегенді білдіретін болды.
admin-partners-alias-refused-common-word = «{ $alias }» есте сақталмады: бұл кез келген мәтінде кездесетін жалпы сөз.
admin-partners-confirm = Осы серіктестерді сақтайын ба?
admin-partners-saved = 🌍 Серіктестер сақталды.
admin-edit-still-flagged = Материал әлі де мақұлдауды не қабылдамауды күтіп тұр.

admin-notice-flagged = 🔎 Тексеруге <b>{ $count } жаңа материал</b> түсті:
admin-notice-flagged-more = …және тағы { $count } материал.
admin-notice-failing = ⚠️ <b>{ $name }</b> жауап бермей тұр (қатарынан { $count } рет): { $error }.
admin-notice-recovered = ✅ <b>{ $name }</b> қайта жұмыс істеп тұр.
admin-notices-settings =
    <b>Әкімші хабарламалары</b>
    Тексерілетін жаңа материалдар: { $flagged }
    Дереккөздердің жай-күйі: { $sources }
admin-notices-on = қосулы
admin-notices-off = өшірулі
admin-notices-muted = Өшірілді.
admin-notices-unmuted = Қосылды.

admin-sources-header = 📡 <b>Дереккөздер</b> ({ $total })
admin-sources-empty = Дереккөздер әлі жоқ. Қосу үшін: /addsource <i>мекенжай</i>.
admin-source-ok = ✅
admin-source-failing = ⚠️
admin-source-not-polled = ⏳ әлі тексерілген жоқ
admin-source-paused = ⏸ тоқтатылған
admin-source-health = Соңғы сәтті сұрау: { $success } · соңғы { $days } күнде: { $items } материал
admin-source-type-rss = 📰 жаңалықтар арнасы
admin-source-type-html = 📄 жаңалықтар тізімі беті
admin-source-type-sitemap = 🗺 сайт картасы
admin-source-type-govkz = 🏛 gov.kz жаңалықтар бөлімі
admin-source-error = Соңғы қате ({ $at }, қатарынан { $count } рет): <i>{ $error }</i>
admin-source-problem-http = { $meaning ->
    [missing] мұндай бет жоқ (қате { $status })
    [denied] сайт ботты кіргізбейді (қате { $status })
    [busy] сайт өзіне сирегірек жүгінуді сұрайды (қате { $status })
    [server] сайттың серверінде ақау бар (қате { $status })
   *[other] сайт { $status } қатесімен жауап береді
}
admin-source-problem-timeout = сайт уақытында жауап бермейді
admin-source-problem-blocked = мекенжай жергілікті, жеке не link-local желіге апарады, ал чатта қосылған дереккөздерге оған кіруге болмайды
admin-source-problem-redirects = бет тым көп рет не қате мекенжайға бағыттайды
admin-source-problem-network = сайтпен байланысу мүмкін емес: ол қосылымды қабылдамайды не үзіп тастайды
admin-source-problem-unreadable = сайт жауап береді, бірақ жібергені бұл дереккөздің арнасы, сайт картасы не жаңалықтар тізімі ретінде оқылмайды
admin-source-problem-other = дереккөзді оқу мүмкін емес
admin-source-problem-detail = — техникалық мәлімет: { $detail }
admin-never = әлі болған жоқ
admin-failures = қатарынан { $count } рет сәтсіз
admin-source-gone = Бұл дереккөз енді жоқ.
admin-source-already-paused = { $name } қазірдің өзінде кідіртілген.
admin-source-already-resumed = { $name } қазірдің өзінде сұралып жатыр.
admin-source-already-removed = { $name } қазірдің өзінде жойылған.
admin-source-already-removed-unnamed = Бұл дереккөз қазірдің өзінде жойылған.
admin-source-paused-toast = Тоқтатылды: { $name }
admin-source-resumed-toast = Қайта қосылды: { $name }
admin-source-resume-blocked = { $name } кідіртулі қалады: дереккөздер файлында ол енді жоқ, сондықтан чатта қосылған дереккөздей тексеріледі, ал оның мекенжайы жергілікті, жеке не link-local желіде.
admin-source-removed = Жойылды: { $name }
admin-source-remove-confirm = <b>{ $name }</b> жойылсын ба? Оның материалдары сақталады, бірақ дереккөз енді сұралмайды.
admin-source-remove-file-warning = ⚠️ Бұл дереккөз дереккөздер файлынан алынған: файлдағы жазбасы өзгермейінше, ол жойылған күйінде қалады (материалдары сақталады).

admin-addsource-usage = <code>/addsource https://…</code> пәрменін RSS арнасының, жаңалықтар бетінің не сайт картасының мекенжайымен бірге жіберіңіз.
admin-addsource-not-web-address = «{ $typed }» — веб-мекенжай емес. RSS арнасының, жаңалықтар бетінің не сайт картасының мекенжайын жіберіңіз: <code>/addsource https://example.kz/news</code>.
admin-addsource-credentials = Ішінде пайдаланушы аты не құпиясөз бар мекенжай (user:password@) қабылданбайды: дереккөздің мекенжайын /sources ішінде барлық әкімші көреді, ал бот тек ашық беттерді бақылайды. Оны оларсыз жіберіңіз: <code>/addsource { $url }</code>
admin-addsource-left-out = <code>{ $url }</code> мекенжайын аламын, «{ $words }» ескерілмейді: /addsource бір мекенжай қабылдайды, ал дереккөз өз арнасы не беті бойынша аталады.
admin-addsource-checking = 🔍 { $url } мекенжайын тексеріп жатырмын…
admin-addsource-invalid-url = Бұл мекенжай емес: { $detail }
admin-addsource-scheme = Тек http:// және https:// мекенжайларын бақылауға болады (келгені: { $detail }).
admin-addsource-unresolvable = Мұндай хост табылмады: { $detail }
admin-addsource-blocked = Қабылданбады: мекенжай жергілікті, жеке не link-local желіге апарады, ал чатта қосылған дереккөздерге оған кіруге болмайды.
admin-addsource-fetch-blocked = Қабылданбады: бет жергілікті, жеке не link-local желіге бағыттайды, ал чатта қосылған дереккөздерге оған кіруге болмайды.
admin-addsource-fetch-timeout = Сайт уақытында жауап бермеді, сондықтан бетті жүктеп ала алмадым. Кейінірек қайталап көріңіз.
admin-addsource-fetch-http = { $meaning ->
    [missing] Сайт мұндай бет жоқ деп жауап берді (қате { $status }). Мекенжайды тексеріңіз.
    [denied] Сайт ботты бұл бетке кіргізбейді (қате { $status }).
    [busy] Сайт өзіне сирегірек жүгінуді сұрайды (қате { $status }). Кейінірек қайталап көріңіз.
    [server] Сайттың серверінде ақау бар (қате { $status }). Кейінірек қайталап көріңіз.
   *[other] Сайт { $status } қатесімен жауап берді, сондықтан бетті жүктеп ала алмадым.
}
admin-addsource-fetch-network = Сайтпен байланыса алмадым: ол қосылымды қабылдамады не үзіп тастады.
admin-addsource-fetch-redirects = Бет тым көп рет не қате мекенжайға бағыттайды, сондықтан оған жете алмадым.
admin-addsource-fetch-other = Бетті жүктеп ала алмадым.
admin-addsource-detail = Техникалық мәлімет: { $detail }
admin-addsource-empty = Жауап бос келді: { $detail }
admin-addsource-unrecognised = Бұл RSS арнасы да, сайт картасы да, мен оқи алатын HTML беті де емес.
admin-addsource-malformed = Бұл арна, бірақ оның белгілеуінде қате бар, оны оқи алмаймын. Техникалық мәлімет (талдағыштың сөзі): { $detail }
admin-addsource-found-feed = 📰 Жаңалықтар арнасы (RSS, Atom не JSON Feed): <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-alternate = 📰 Бетте өз арнасына сілтеме бар: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-sitemap = 🗺 Сайт картасы: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-list = 📄 HTML жаңалықтар тізімі: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-found-govkz = 🏛 gov.kz сайтының жаңалықтар бөлімі: <b>{ $name }</b>
    { $url } · тілі: { $lang }
admin-addsource-no-items = (әзірге материал табылмады)
admin-addsource-no-date = күні жоқ (жүктелген уақыты алынады)
admin-addsource-confirm = Жоғарыда ең жаңа материалдар сақталатын түрінде көрсетілді. Дереккөзді қосайын ба?
admin-addsource-needs-selectors =
    📄 <b>{ $name }</b> — RSS арнасы жоқ HTML беті. Жаңалықтар тізімі беттің қай жерінде екенін CSS селекторларымен көрсетіңіз:
    <code>item | link | title | date</code> (title мен date міндетті емес), мысалы <code>.news-item | a | .title | time</code>
admin-addsource-selectors-suggested = Менің ұсынысым: <code>{ $suggested }</code>
admin-addsource-selectors-format = Селекторларды <code>item | link | title | date</code> түрінде жіберіңіз немесе /cancel.
admin-addsource-selectors-empty = Бұл селекторлар беттен бірде-бір сілтеме таппады. Басқасын жазып көріңіз немесе /cancel.
admin-addsource-duplicate = Бұл мекенжай <b>{ $name }</b> деген атпен бақыланып жүр.
admin-addsource-duplicate-paused = Бұл мекенжай /sources тізімінде <b>{ $name }</b> деген атпен бар, бірақ тоқтатылған: ол сұралмайды. Қайта бақылау үшін оны сол жерде қосыңыз (▶️).
admin-addsource-added = ✅ <b>{ $name }</b> қосылды. Бір минуттың ішінде сұралады; /sources қараңыз.
admin-addsource-restored = ✅ <b>{ $name }</b> қайтарылды: ол дереккөздер файлынан және /sources ішінде жойылған еді. Ол файлда жазылғандай қайта бақыланады (бір минуттың ішінде сұралады), екінші рет қосылмайды; файл бұл дереккөзді өзгерткенде оның баптауларын қайтадан анықтайды.
admin-addsource-restored-unlisted = ✅ <b>{ $name }</b> қайтарылды (бір минуттың ішінде сұралады): ол дереккөздер файлында болған, файлда енді жоқ, және /sources ішінде жойылған еді. Енді ол чатта қосылған дереккөз: оны файл енді анықтамайды.
admin-lang-en = ағылшын
admin-lang-ru = орыс
admin-lang-kk = қазақ

admin-stats-header = 📊 <b>Соңғы { $days } күн</b>: { $published } материал жарияланды
admin-stats-by-kind = Түрлері бойынша: { $list }
admin-stats-by-partner = Серіктестер бойынша: { $list }
admin-stats-backlog = 🔎 Тексеруді күтіп тұр: <b>{ $count }</b> (ең ескісі: { $since })
admin-stats-backlog-empty = 🔎 Тексеруді күтіп тұр: <b>{ $count }</b>
admin-stats-audience = 👥 Жазылушылар: <b>{ $subscribers }</b>, жазылымдар: <b>{ $subscriptions }</b> ({ $breakdown })
admin-stats-alerts = 📨 Бүгінгі хабарламалар: жіберілгені <b>{ $sent }</b>, кезектегісі <b>{ $pending }</b>, жеткізілмегені <b>{ $failed }</b>, кері алынғаны <b>{ $withdrawn }</b>
admin-stats-sources = 📡 Дереккөздер: { $enabled } қосулы, оның <b>{ $failing }</b> қатемен істеп тұр
admin-stats-sources-more = …және тағы { $count } дереккөз: бәрі /sources тізімінде.
admin-topic-country = елдер
admin-topic-org = ұйымдар
admin-topic-sector = салалар
admin-topic-keyword = сөздер
admin-topic-all = барлығы
admin-review-label = <b>Белгілерді { $admin } қойды:</b> { $relevant } · { $kind }
admin-partners-will-remember-home = «{ $alias }» атауын { $country } ретінде есте сақтаймын: бұл өз еліміз, сондықтан серіктес болмайды.
admin-suggestion =
    💡 { $user } дереккөз ұсынады:
    { $url }
    Оны /addsource сияқты тексеріңіз (сіз растамайынша ештеңе қосылмайды) немесе одан бас тартыңыз.
admin-button-check-suggestion = 🔍 Тексеріп, қосу
admin-suggestion-paused = ⏸ Ол /sources тізімінде <b>{ $name }</b> атымен бар, бірақ тоқтатылған: бақылау үшін оны сол жерде жалғастырыңыз (▶️), жіберушіге хабар барады, не бас тартыңыз.
admin-button-decline = ✖️ Бас тарту
admin-suggestion-declined = ✖️ Бас тартылды: { $url }
admin-suggestion-declined-toast = Бас тартылды, ұсынған адамға хабарланды.
admin-suggestion-already-added = Бұл ұсыныс қосылып қойған.
admin-suggestion-already-declined = Бұл ұсыныстан бұрын бас тартылған.
admin-export-json = 📦 { $count } дереккөз, SOURCES_FILE пішімінде. Жетіспейтіндерін қосу үшін файлды /importsources деген жазумен кері жіберіңіз.
admin-export-opml = 📦 Сол тізім OPML пішімінде, RSS оқу бағдарламаларына арналған.
admin-export-credentials-dropped = 🔑 { $names } дереккөздерінің мекенжайынан дереккөздер файлы берген пайдаланушы аты мен құпиясөз алынып тасталды (файлда олар қалады).
admin-import-usage = JSON файлын (SOURCES_FILE пішімі, /exportsources жасайтындай), OPML файлын (оны кез келген RSS оқу бағдарламасы шығарады) немесе әр жолда бір мекенжай жазылған мәтін файлын <code>/importsources</code> деген жазумен жіберіңіз, не сондай файлға <code>/importsources</code> деп жауап беріңіз. Бақыланып жүрген мекенжайлар өзгермейді.
admin-import-not-a-file = Бұл файл емес, фото не басқа медиа болып келді. Дереккөздер тізімін (JSON, OPML не әр жолда бір мекенжай) файл ретінде (📎 → Файл) <code>/importsources</code> деген жазумен жіберіңіз.
admin-import-too-big = Файл дереккөздер тізімі үшін тым үлкен (шегі — { $limit }).
admin-import-unreadable = Файлды Telegram-нан жүктеп ала алмадым; қайта жіберіңіз.
admin-import-invalid = Ештеңе импортталмады: { $error }
admin-import-source-named = «{ $name }» дереккөзі
admin-import-source-number = № { NUMBER($number, useGrouping: 0) } дереккөз
admin-import-problem-not-json = файл дұрыс JSON емес ({ NUMBER($line, useGrouping: 0) }-жол, { NUMBER($column, useGrouping: 0) }-баған)
admin-import-problem-not-array = файлда дереккөздердің JSON массиві жоқ
admin-import-problem-not-object = { $source }: объект болуы керек
admin-import-problem-unknown-field = { $source }: белгісіз өріс «{ $field }»
admin-import-problem-missing-field = { $source }: «{ $field }» өрісі жоқ
admin-import-problem-bad-value = { $source }: «{ $field }» өрісінде { $expected ->
    [name] атау
    [url] http(s) мекенжайы
    [type] rss, html, sitemap, govkz мәндерінің бірі
    [lang] en, ru, kk мәндерінің бірі
    [boolean] true не false
    [selector] CSS селекторы
    [selectors] CSS селекторлары бар объект (item, link …)
    [slug] порталдағы мекеменің қысқа аты, мысалы mam
   *[object] объект
} болуы керек
admin-import-problem-name-too-long = { $source }: атау { $max } таңбадан ұзын, оны қысқартыңыз
admin-import-problem-name-twice = { $source }: бұл атау екі рет кездеседі
admin-import-problem-html-needs-list = { $source }: html түріндегі дереккөзге «list» селекторлары (item, link) керек
admin-import-problem-list-only-html = { $source }: «list» тек html түріндегі дереккөздерде болады
admin-import-problem-govkz-needs-project = { $source }: govkz түріндегі дереккөзге «project» керек (порталдағы мекеменің қысқа аты, мысалы mam)
admin-import-problem-project-only-govkz = { $source }: «project» тек govkz түріндегі дереккөздерде болады
admin-import-problem-opml-list-not-json = { $source }: coopwatchList JSON емес
admin-import-problem-not-opml = файл OPML емес: онда &lt;opml&gt; элементі жоқ
admin-import-problem-opml-no-feed = бірде-бір outline элементінде арна мекенжайы (xmlUrl) жоқ
admin-import-problem-no-address = файлда бірде-бір мекенжай жоқ
admin-import-problem-not-address = { NUMBER($line, useGrouping: 0) }-жол веб-мекенжай емес: «{ $text }». Мәтін тізімінде әр жолда бір мекенжай болады (қасында атауы жазылуы мүмкін), мысалы <code>https://www.inform.kz/rss/rus.xml</code>
admin-import-too-many = Ештеңе импортталмады: файлда { $count } дереккөз бар, бір рет ең көбі { $limit } қосуға болады.
admin-import-done = 📥 Қосылды: <b>{ $added }</b>; бұрыннан бақыланып жүр: { $known }.
admin-import-added = Жаңалары: { $names }. Бір минут ішінде сұралады; /sources қараңыз.
admin-import-restored = ↩️ Екінші рет қосылмай, қайтарылды (дереккөздер файлындағы, /sources ішінде жойылған дереккөздер): { $names }.
admin-import-known = Өзгеріссіз қалды: { $names }.
admin-import-paused = ⏸ /sources тізімінде бар, бірақ тоқтатылған, сондықтан сұралмайды: { $names }. Бақылау үшін оларды сол жерде жалғастырыңыз (▶️).
admin-import-blocked = 🚫 Қосылмады: мекенжайлары жергілікті, жеке не link-local желіге апарады, ал чатта қосылған дереккөздерге оған кіруге болмайды: { $names }.
admin-import-credentials-dropped = 🔑 { $names } дереккөздерінің мекенжайынан пайдаланушы аты мен құпиясөз алынып тасталды: дереккөз мекенжайын барлық әкімшілер көреді, сондықтан олар онда сақталмайды.
admin-import-checking = 🔍 Тізімдегі мекенжайларды тексеріп жатырмын ({ $count }): қайсысы арна, қайсысы арнаға сілтейтін бет…
admin-import-via-page-feed = Беті сілтейтін арна арқылы бақыланады: { $names }.
admin-import-pages = Арнасы жоқ веб-беттер, қосылмады: { $names }. Әрқайсысын /addsource пәрменіне жіберіңіз — ол тізімді қалай оқу керегін сұрайды.
admin-import-plain-as-feeds = Қазір қолжетімсіз, сондықтан жазылған мекенжай бойынша арна ретінде алынды: { $names }. Веб-бет болса, алғашқы сұрауда қате шығады, оны /sources көрсетеді; сонда оны /addsource пәрменіне жіберіңіз.
admin-import-lang-guessed = Файлда { $names } үшін тіл көрсетілмеген: { $lang } тілі қойылды. Өзгерту үшін тізімді экспорттап, «lang» өрісін түзетіңіз, дереккөзді жойып, қайта импорттаңыз.
command-exportsources = Дереккөздер тізімін жүктеу (JSON, OPML)
command-importsources = JSON, OPML не мәтін файлынан дереккөз қосу
