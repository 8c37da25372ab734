## Subscribe
subscribe-admins-only = Бұл чаттың жазылымдары мен баптауларын тек оның әкімшілері өзгерте алады.
subscribe-menu-intro = <b>Мұнда нені бақылайсыз?</b> ✅ белгісі — жазылымдарыңыз; қосу не алып тастау үшін басыңыз. Кез келген елді жазып та көрсетуге болады: <code>/subscribe чили</code>; жазылымды + арқылы тарылтыңыз: <code>/subscribe ресей + мұражайлар + келісімдер</code>.
subscribe-menu-countries = 🌍 Елдер
subscribe-menu-sectors = 🏷 Салалар
subscribe-menu-organisations = 🏛 Ұйымдар
subscribe-menu-all = 📰 Барлығы
subscribe-menu-instant = 🔔 Әр материал шыққан бойда
subscribe-menu-digest = 🗞 Күнделікті дайджест, сағат { $hour }
subscribe-menu-hour = 🕘 Дайджест уақыты
subscribe-menu-back = « Артқа
subscribe-menu-done = ✔ Дайын
subscribe-menu-closed = Сақталды. Жазылымдарды көру не өзгерту үшін /subscriptions жіберіңіз.
subscribe-done = ✅ Жазылдыңыз: { $topics }. Жаңа материалдар осында келеді.
subscribe-done-digest = ✅ Жазылдыңыз: { $topics }. Жаңа материалдар осында күнделікті дайджестпен келеді: { $zone } уақытымен сағат { $hour }.
subscribe-already = Бұған бұрыннан жазылғансыз: { $topics }.
subscribe-done-short = Жазылдыңыз: { $topic }
subscribe-already-short = Бұрыннан жазылғансыз: { $topic }
subscribe-limit = Қосылмады: бұл чатта { $count } жазылым бар (одан көп болмайды): { $topics }. Артығын /unsubscribe не /subscriptions арқылы өшіріңіз.
subscribe-limit-short = Қосылмады: бұл чатта { $count } жазылым бар, одан көп болмайды. Артығын /unsubscribe не /subscriptions арқылы өшіріңіз.
subscribe-unknown = Түсінбедім: { $words }. Елді, ұйымды (ЮНЕСКО, ТҮРКСОЙ…), саланы (мұражайлар, кино…), түрін (келісімдер, келіссөздер…), тырнақшадағы «сөзді» немесе all деп жазыңыз; жазылымды + арқылы тарылтуға болады: <code>ресей + мұражайлар</code>.
subscribe-region = «{ $word }» — ел емес, { $former ->
        [yes] қазір жоқ мемлекет
       *[no] аймақ
    }: оның елдеріне бір-бірден жазылыңыз. { $count ->
        [0] Әзірге бірде-бірі бойынша материал жоқ; елді атаңыз: <code>/subscribe мысыр</code>.
       *[other] Материалы бар елдері:
    }
subscribe-keyword-is-org = «{ $word }» сөз ретінде, тек осылай жазылғанда ғана бақыланады. { $org } ұйымын кез келген атауымен бақылау үшін: <code>/subscribe { $org }</code>
subscribe-keyword-alternatives-cut = ⚠️ «{ $word }»: НЕМЕСЕ (OR) арқылы жалғанған нұсқалардың тек алғашқы { $count } бақыланады, /search пәрмені де одан көп іздемейді: қалғандары іздеуге тым ауыр.
subscribe-keyword-clauses-cut = ⚠️ «{ $word }»: тек { $count } сөз бен сөз тіркесі бақыланады (алдымен сөз тіркестері, сосын сөздер жазылған ретімен), /search пәрмені де одан көп іздемейді: қалғандары іздеуге тым ауыр.
topic-all = 📰 барлығы
subscribe-menu-zone = 🌐 Уақыт белдеуі: { $zone }
subscribe-zone-almaty = Алматы
subscribe-zone-aqtobe = Ақтөбе, батыс Қазақстан
subscribe-zone-moscow = Мәскеу
subscribe-zone-minsk = Минск
subscribe-zone-tashkent = Ташкент
subscribe-zone-bishkek = Бішкек
subscribe-zone-istanbul = Ыстамбұл
subscribe-zone-berlin = Берлин
subscribe-zone-paris = Париж
subscribe-zone-london = Лондон
subscribe-zone-new-york = Нью-Йорк
subscribe-zone-shanghai = Шанхай
subscribe-zone-utc = UTC
subscribe-indirect = ℹ️ «{ $name }» — { $country } еліне қатысты, сондықтан сол елдің барлық материалына жазылдыңыз. Тек осы сөзді бақылау үшін төмендегі түймені басыңыз немесе <code>{ $command }</code> жіберіңіз.
subscribe-indirect-send = ℹ️ «{ $name }» — { $country } еліне қатысты, сондықтан сол елдің барлық материалына жазылдыңыз. Тек осы сөзді бақылау үшін <code>{ $command }</code> жіберіңіз.
subscribe-indirect-no-word = ℹ️ «{ $name }» — { $country } еліне қатысты, сондықтан сол елдің барлық материалына жазылдыңыз.
subscribe-button-word = 🔤 Тек «{ $word }» сөзі
subscribe-word-swapped = ✅ Жазылым ауыстырылды: енді { $country } емес, { $word } сөзін бақылайсыз.
subscribe-word-added = ✅ { $word } сөзі қосылды. «{ $country }» жазылымы бұрыннан бар еді, ол сақталды; оны /subscriptions ішіндегі ❌ түймесімен өшіре аласыз.
subscribe-home = { $country } — өз еліміз: барлық материал соның ынтымақтастығы туралы. Бәріне жазылу үшін <code>/subscribe all</code> жіберіңіз немесе серіктес елді атаңыз.
subscribe-too-narrow = «{ $piece }»: бір жазылымда бір ел не «сөз» ғана болады, оған ең көбі бір сала мен бірнеше материал түрін қосуға болады, мысалы <code>ресей + мұражайлар + келісімдер</code>. Әртүрлі жазылымдарды үтірмен бөліп жазыңыз.
subscribe-narrowing-unknown = «{ $piece }»: жазылым жасалмады — «{ $words }» дегенді түсінбедім, ал онсыз ол сұрағаныңыздан көбін бақылар еді. Түсінгенім: { $understood }; соған жазылу үшін <code>{ $command }</code> жіберіңіз. Жазылымды + арқылы бір сала ({ $sectors }) және түрлер ({ $kinds }) тарылтады, мысалы <code>/subscribe ресей + мұражайлар + келісімдер</code>.
subscribe-narrowing-year = «{ $piece }»: жазылым жасалмады — жазылым жаңа материалдарды шыққан сайын жібереді, ал жыл ({ $words }) оны тарылтпайды. Түсінгенім: { $understood }; соған жазылу үшін <code>{ $command }</code> жіберіңіз. Жылмен тізімдер тарылады: <code>/latest { $words }</code>, <code>/country ресей { $words }</code>.
subscribe-did-you-mean-tap = Мына елдердің бірін айтқыңыз келген шығар? Жазылу үшін басыңыз:
subscribe-shared-name = «{ $word }» деп бірнеше елді атайды: бақылағыңыз келетінін басыңыз.
topic-kinds-only = тек { $kinds }
