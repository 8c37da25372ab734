## Export
export-usage = Не жүктеп алатыныңызды тізімдердегідей көрсетіңіз: ел, сала, сөздер, жыл. <code>/export ресей</code>, <code>/export франция мұражайлар 2025</code>. CSV орнына JSON керек болса, <code>json</code> деп қосыңыз.
export-left-out-only = «{ $query }» ішінде тек алып тастайтын сөздер бар (минустан не NOT-тан кейінгі), ал іздейтін сөз жоқ. Материалда болуға тиіс сөзді қосыңыз: <code>/export көрме { $query }</code>
export-nothing = «{ $query }» сұрауына сай жарияланған жазба жоқ.
export-caption = «{ $query }»: { $count } жазба, алдымен жаңалары.
export-caption-capped = «{ $query }»: ең жаңа { $count } жазба. Ескілерін алу үшін сұрауды тарылтыңыз: жыл не сала қосыңыз.
export-caption-capped-archive = «{ $query }»: ең жаңа { $count } жазба. <a href="{ $url }">Толық жиынды веб-мұрағаттан жүктеп алуға болады</a>.
