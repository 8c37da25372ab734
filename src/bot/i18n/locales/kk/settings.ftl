## Settings
settings-header = ⚙️ <b>Осы чаттың баптаулары</b>
settings-header-remote = ⚙️ <b>«{ $chat }» баптаулары</b>
settings-lead = 📝 Әр тақырып астындағы аңдатпа: { $state }
settings-preview = 🖼 Әр хабарлама астында беттің алдын ала көрінісі: { $state }
settings-sound-on = 🔔 Хабарламалар дыбыспен келеді
settings-sound-off = 🔕 Хабарламалар дыбыссыз келеді
settings-quiet = 🌙 Тыныш сағаттар: { $hours }, { $zone }; бұл уақытта хабарламалар дыбыссыз келеді
settings-quiet-none = 🌙 Тыныш сағаттар белгіленбеген
settings-hint = Өзгерту үшін түймені басыңыз немесе <code>/settings quiet 22-8</code>, <code>/settings digest 9</code>, <code>/settings tz Алматы</code>, <code>/settings lead off</code>, <code>/settings preview on</code>, <code>/settings silent on</code> деп жазыңыз.
settings-on = қосулы
settings-off = өшірулі
settings-button-lead-on = 📝 Аңдатпаны көрсету
settings-button-lead-off = 📝 Аңдатпаны жасыру
settings-button-preview-on = 🖼 Алдын ала көріністі көрсету
settings-button-preview-off = 🖼 Алдын ала көріністі жасыру
settings-button-sound-on = 🔔 Дыбыспен
settings-button-sound-off = 🔕 Дыбыссыз
settings-button-quiet-off = Тыныш сағаттарсыз
settings-saved = Сақталды.
settings-not-understood = «{ $text }» дегенді түсінбедім. Былай жазып көріңіз: <code>/settings quiet 22-8</code>, <code>/settings quiet off</code>, <code>/settings digest 9</code>, <code>/settings tz Алматы</code>, <code>/settings lead off</code>, <code>/settings preview on</code> немесе <code>/settings silent on</code>.
settings-quiet-not-taken = { $reason ->
    [range] «{ $text }»: тыныш сағаттар 0-ден 23-ке дейінгі сағатта басталып, аяқталады. Олардың басталатын және аяқталатын сағатын жазыңыз, мысалы <code>/settings quiet 22-8</code> (22:00-ден 08:00-ге дейін), немесе <code>/settings quiet off</code>.
    [same] «{ $text }»: тыныш сағаттар басталатын және аяқталатын сағат әртүрлі болуы керек. Олардың басталатын және аяқталатын сағатын жазыңыз (0-ден 23-ке дейін), мысалы <code>/settings quiet 22-8</code> (22:00-ден 08:00-ге дейін), немесе <code>/settings quiet off</code>.
   *[form] «{ $text }»: тыныш сағаттардың басталатын және аяқталатын сағатын 0-ден 23-ке дейін жазыңыз, мысалы <code>/settings quiet 22-8</code> (22:00-ден 08:00-ге дейін), немесе <code>/settings quiet off</code>.
}
settings-digest-not-taken = «{ $text }»: күнделікті дайджест 0-ден 23-ке дейінгі толық сағатта келеді, мысалы <code>/settings digest 9</code> (<code>/subscriptions tz</code> арқылы қойылған белдеу бойынша 09:00), ал <code>/settings digest off</code> әр материалды бірден жібереді.
settings-digest-missing = Күнделікті дайджест алу үшін оның келетін сағатын 0-ден 23-ке дейінгі толық сағатпен жазыңыз: <code>/settings digest 9</code> (<code>/subscriptions tz</code> арқылы қойылған белдеу бойынша 09:00); <code>/settings digest off</code> әр материалды бірден жібереді.
settings-quiet-missing = Тыныш сағаттарды қою үшін олардың басталатын және аяқталатын сағатын 0-ден 23-ке дейін жазыңыз: <code>/settings quiet 22-8</code> (22:00-ден 08:00-ге дейін); <code>/settings quiet off</code> оларды алып тастайды.
settings-time-zone = 🌐 Уақыт белдеуі: { $zone }
