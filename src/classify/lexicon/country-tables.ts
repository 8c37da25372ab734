/*
 * What i18n-iso-countries lacks and no rule can derive (labels.md § partners). Inflected forms
 * are never listed here: morphology.ts generates them from each entry.
 */

/** Short forms, abbreviations and old names in current use. */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  RU: ['РФ', 'Российская Федерация', 'Ресей Федерациясы'],
  BY: ['Белоруссия', 'Belarussia', 'Byelorussia', 'Республика Беларусь', 'Беларусь Республикасы'],
  KG: ['Кыргызстан', 'Киргизстан', 'Kyrgyz Republic', 'Kirghizia'],
  KZ: ['РК', 'ҚР', 'Kazakstan'],
  UZ: ['РУз'],
  MD: ['Молдова', 'Moldova'],
  TM: ['Туркменистан', 'Түркіменстан'],
  US: ['Америка', 'America', 'Соединенные Штаты', 'АҚШ'],
  GB: ['Britain', 'England', 'Британия', 'Англия'],
  TR: ['Turkiye'],
  CN: ['Китай', 'PRC', 'ҚХР', 'Қытай Халық Республикасы'],
  DE: ['ФРГ'],
  KR: ['Korea', 'Корея', 'Южная Корея', 'Корея Республикасы'],
  // Its full names hold the Republic of Korea's and Korea's: listed whole, they are read before them.
  KP: ['КНДР', 'DPRK', 'Северная Корея', "Democratic People's Republic of Korea", 'DPR Korea', 'КХДР', 'Корея Халық Демократиялық Республикасы',
    'Корей Халық Демократиялық Республикасы', 'Корея Халықтық Демократиялық Республикасы', 'Народно-Демократическая Республика Корея'],
  AE: ['Emirates', 'Эмираты', 'Объединенные Арабские Эмираты', 'БАӘ'],
  CZ: ['Чешская Республика'],
  NL: ['Holland', 'Нидерланд', 'Голландия'],
  AZ: ['Әзербайжан'],
  HU: ['Мажарстан'],
  IL: ['Израиль', 'Израйль'],
  // Common names the tables give only in their official form.
  LA: ['Laos'],
  VA: ['Vatican', 'Vatican City'],
  SY: ['Syria'],
  CD: ['DR Congo', 'DRC'],
  TL: ['East Timor', 'Шығыс Тимор'],
  // North Macedonia's name until 2019, still the common one.
  MK: ['Macedonia', 'Македония'],
}

/** Demonyms no rule reaches: English whole words, Russian adjective stems, Kazakh stems. */
export const IRREGULAR_DEMONYMS: Readonly<Record<string, { en?: readonly string[]; ru?: readonly string[]; kk?: readonly string[] }>> = {
  FR: { en: ['French'], ru: ['французск'], kk: ['француз'] },
  GB: { en: ['British', 'English'], ru: ['британск', 'английск'], kk: ['британ', 'ағылшын'] },
  CN: { en: ['Chinese'] },
  TR: { en: ['Turkish'], ru: ['турецк'], kk: ['түрік'] },
  DE: { ru: ['немецк'], kk: ['неміс'] },
  IT: { ru: ['итальянск'], kk: ['итальян'] },
  US: { en: ['American'], ru: ['американск'], kk: ['американ'] },
  RU: { ru: ['русск'], kk: ['орыс'] },
  AM: { ru: ['армянск'], kk: ['армян'] },
  GE: { ru: ['грузинск'], kk: ['грузин'] },
  HU: { ru: ['венгерск'], kk: ['венгр', 'мажар'] },
  PL: { en: ['Polish'], ru: ['польск'], kk: ['поляк'] },
  CZ: { en: ['Czech'], ru: ['чешск'] },
  SK: { en: ['Slovak'], ru: ['словацк'] },
  JP: { kk: ['жапон'] },
  // One word in Russian, «южнокорейского университета», where the rule reads only «корейск»; so the North's.
  KR: { ru: ['южнокорейск'], kk: ['корей'] },
  KP: { ru: ['северокорейск'] },
  MN: { kk: ['моңғол'] },
  ES: { en: ['Spanish'], kk: ['испан'] },
  NL: { en: ['Dutch'], ru: ['голландск', 'нидерландск'] },
  CH: { en: ['Swiss'] },
  GR: { en: ['Greek'], ru: ['греческ'], kk: ['грек'] },
  SE: { en: ['Swedish'], ru: ['шведск'] },
  FI: { en: ['Finnish'], ru: ['финск'] },
  NO: { ru: ['норвежск'] },
  DK: { en: ['Danish'], ru: ['датск'] },
  IE: { en: ['Irish'] },
  LT: { ru: ['литовск'] },
  PT: { en: ['Portuguese'] },
  TH: { en: ['Thai'], ru: ['тайск'] },
  AE: { en: ['Emirati'], ru: ['эмиратск'] },
  SA: { en: ['Saudi'], ru: ['саудовск'] },
  CU: { ru: ['кубинск'] },
  MX: { en: ['Mexican'], ru: ['мексиканск'] },
  LB: { en: ['Lebanese'] },
  PH: { en: ['Filipino'] },
  MA: { en: ['Moroccan'] },
  BY: { en: ['Belarussian'] },
  // «кыргызский», the spelling Kyrgyzstan's and Kazakhstan's Russian press use, beside the rule's «киргизский» of Киргизия.
  KG: { ru: ['кыргызск'] },
  // The rule makes «Nigerian» of Niger as well as of Nigeria, and the tie left it to neither.
  NG: { en: ['Nigerian'] },
  NE: { en: ['Nigerien'] },
  // «Dominican» is made of Dominica by the rule and of «Dominican Republic» without «Republic»: the tie left it to
  // neither; alone it nearly always means the Dominican Republic.
  DO: { en: ['Dominican'] },
}

/**
 * Kazakh words for peoples that are no stem of their country's Kazakh name, as «неміс» and «поляк» are not (IRREGULAR_DEMONYMS
 * holds those): «белорус делегациясы», «украин ғалымдары», «серб әншілері», «швед суретшілері», read with Kazakh endings only.
 */
export const KAZAKH_PEOPLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  BY: ['белорус'], UA: ['украин'], RS: ['серб'], BG: ['болгар'], RO: ['румын'], HR: ['хорват'], SK: ['словак'], SI: ['словен'],
  LV: ['латыш'], EE: ['эстон'], SE: ['швед'], NO: ['норвег'], NL: ['голланд'],
}

/** Capitals stand for the state only when the text pairs them as parties (labels.md § partners). */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  KZ: ['Astana', 'Nur-Sultan', 'Астана', 'Нур-Султан', 'Нұр-Сұлтан'],
  RU: ['Moscow', 'Москва', 'Мәскеу'],
  BY: ['Minsk', 'Минск'],
  FR: ['Paris', 'Париж'],
  CN: ['Beijing', 'Пекин', 'Бейжің'],
  // Kazakh writes some capitals as its own tongue says them: «Тәшкент», «Қаһира», «Теһран»; Russian, Turkmenistan's «Ашгабат».
  UZ: ['Tashkent', 'Ташкент', 'Тәшкент'],
  KG: ['Bishkek', 'Бишкек', 'Бішкек'],
  TJ: ['Dushanbe', 'Душанбе'],
  TM: ['Ashgabat', 'Ашхабад', 'Ашғабат', 'Ашгабат'],
  AZ: ['Baku', 'Баку'],
  AM: ['Yerevan', 'Ереван'],
  GE: ['Tbilisi', 'Тбилиси'],
  TR: ['Ankara', 'Анкара'],
  DE: ['Berlin', 'Берлин'],
  GB: ['London', 'Лондон'],
  US: ['Washington', 'Вашингтон'],
  KR: ['Seoul', 'Сеул'],
  JP: ['Tokyo', 'Токио'],
  IT: ['Rome', 'Рим'],
  IN: ['New Delhi', 'Нью-Дели'],
  HU: ['Budapest', 'Будапешт'],
  PL: ['Warsaw', 'Варшава'],
  CZ: ['Prague', 'Прага'],
  AT: ['Vienna', 'Вена'],
  EG: ['Cairo', 'Каир', 'Қаһира'],
  IR: ['Tehran', 'Тегеран', 'Теһран'],
  MN: ['Ulaanbaatar', 'Улан-Батор', 'Ұланбатыр'],
  ES: ['Madrid', 'Мадрид'],
  AE: ['Abu Dhabi', 'Абу-Даби'],
  QA: ['Doha', 'Доха'],
  SA: ['Riyadh', 'Эр-Рияд'],
  PK: ['Islamabad', 'Исламабад'],
  EE: ['Tallinn', 'Таллин', 'Таллинн'],
  MK: ['Skopje', 'Скопье'],
  ME: ['Podgorica', 'Подгорица'],
  BA: ['Sarajevo', 'Сараево'],
  AL: ['Tirana', 'Тирана'],
  CY: ['Nicosia', 'Никосия'],
  PS: ['Ramallah', 'Рамалла'],
  NP: ['Kathmandu', 'Катманду'],
  LK: ['Colombo', 'Коломбо'],
  LA: ['Vientiane', 'Вьентьян'],
  KH: ['Phnom Penh', 'Пномпень'],
  MM: ['Naypyidaw', 'Yangon'],
  KP: ['Pyongyang', 'Пхеньян'],
  CL: ['Santiago'],
  PE: ['Lima'],
  CO: ['Bogota', 'Богота'],
  VE: ['Caracas', 'Каракас'],
  NG: ['Abuja', 'Lagos'],
  SN: ['Dakar', 'Дакар'],
  TZ: ['Dodoma', 'Dar es Salaam'],
  LY: ['Tripoli'],
  SD: ['Khartoum', 'Хартум'],
  LV: ['Riga', 'Рига'],
  LT: ['Vilnius', 'Вильнюс'],
  UA: ['Kyiv', 'Kiev', 'Киев', 'Киів'],
  MD: ['Chisinau', 'Кишинев', 'Кишинёв'],
  SK: ['Bratislava', 'Братислава'],
  SI: ['Ljubljana', 'Любляна'],
  HR: ['Zagreb', 'Загреб'],
  RS: ['Belgrade', 'Белград'],
  BG: ['Sofia', 'София'],
  RO: ['Bucharest', 'Бухарест'],
  GR: ['Athens', 'Афины'],
  PT: ['Lisbon', 'Лиссабон'],
  BE: ['Brussels', 'Брюссель'],
  DK: ['Copenhagen', 'Копенгаген'],
  SE: ['Stockholm', 'Стокгольм'],
  NO: ['Oslo', 'Осло'],
  FI: ['Helsinki', 'Хельсинки'],
  IE: ['Dublin', 'Дублин'],
  CH: ['Bern', 'Берн'],
  CA: ['Ottawa', 'Оттава'],
  BR: ['Brasilia', 'Бразилиа'],
  AR: ['Buenos Aires', 'Буэнос-Айрес'],
  MX: ['Mexico City', 'Мехико'],
  MY: ['Kuala Lumpur', 'Куала-Лумпур'],
  SG: ['Singapore', 'Сингапур'],
  TH: ['Bangkok', 'Бангкок'],
  VN: ['Hanoi', 'Ханой'],
  ID: ['Jakarta', 'Джакарта'],
  PH: ['Manila', 'Манила'],
  BD: ['Dhaka', 'Дакка'],
  AF: ['Kabul', 'Кабул'],
  IQ: ['Baghdad', 'Багдад'],
  SY: ['Damascus', 'Дамаск'],
  JO: ['Amman', 'Амман'],
  LB: ['Beirut', 'Бейрут'],
  KW: ['Kuwait City'],
  BH: ['Manama', 'Манама'],
  OM: ['Muscat', 'Маскат'],
  MA: ['Rabat', 'Рабат'],
  DZ: ['Algiers', 'Алжир'],
  TN: ['Tunis'],
  ET: ['Addis Ababa', 'Аддис-Абеба'],
  KE: ['Nairobi', 'Найроби'],
  ZA: ['Pretoria', 'Претория'],
  CU: ['Havana', 'Гавана'],
  AU: ['Canberra', 'Канберра'],
  NZ: ['Wellington'],
}

/** Institutions that name their country (labels.md § partners: the Louvre → FR). */
export const INSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  FR: ['Guimet', 'Гиме', 'Quai Branly', 'Louvre', 'Лувр', 'Alliance Francaise', 'Альянс Франсез', 'Institut francais', 'Sorbonne', 'Сорбонна', 'Pompidou', 'Помпиду'],
  RU: [
    'Russkiy Mir', 'Русский мир', 'Vakhtangov', 'Вахтангов', 'Maly Theatre', 'Малый театр', 'Gnessin', 'Гнесин',
    'Bakhrushin', 'Бахрушин', 'Roscongress', 'Росконгресс', 'Rosarkhiv', 'Росархив', 'Kremlin', 'Кремл',
    'Hermitage', 'Эрмитаж', 'Russian Museum', 'Русский музей', 'Орыс мұражайы', 'Орыс музейі', 'Tretyakov', 'Третьяковск', 'Третьяков', 'Bolshoi', 'Большой театр', 'Үлкен театр',
    'Mariinsky', 'Мариинск', 'Pushkin Museum', 'Rossotrudnichestvo', 'Россотрудничество', 'Россотрудничеств', 'Gosfilmofond',
    'Госфильмофонд', 'Rosconcert', 'Росконцерт', 'Mosfilm', 'Мосфильм', 'Lenfilm', 'Ленфильм', 'TASS', 'ТАСС', 'RIA Novosti',
    'РИА Новости', 'GITIS', 'ГИТИС', 'МГУ', 'Soyuzmultfilm', 'Союзмультфильм',
  ],
  GB: ['British Museum', 'British Council', 'Cambridge', 'Кембридж', 'Oxford', 'Оксфорд', 'Victoria and Albert Museum'],
  US: ['Smithsonian', 'Смитсон', 'Metropolitan Museum', 'Harvard', 'Гарвард', 'Fulbright', 'Фулбрайт', 'Library of Congress'],
  DE: ['Goethe', 'Гете', 'DAAD', 'Viadrina', 'Виадрина', 'Fraunhofer', 'Фраунгофер'],
  CN: ['Confucius', 'Конфуци', 'Palace Museum', 'Peking University', 'Пекинский университет', 'Tsinghua', 'Цинхуа', 'Fudan', 'Xinhua', 'Синьхуа'],
  TR: ['TIKA', 'ТИКА', 'Yunus Emre', 'Юнус Эмре', 'Anadolu', 'Анадолу', 'TRT', 'Maarif', 'Маариф'],
  IT: ['Uffizi', 'Santa Cecilia', 'La Scala', 'Ла Скала'],
  ES: ['Prado', 'Прадо', 'Cervantes', 'Сервантес'],
  JP: ['JICA', 'Japan Foundation'],
  // Woosong University (Daejeon), whose name is no city the tables hold; Namseoul stands with the places.
  KR: ['KOICA', 'KOFICE', 'Hallyu', 'Woosong', 'Вусон'],
  HU: ['Széchényi', 'Сечени'],
  BY: ['Belarusfilm', 'Беларусьфильм', 'Belteleradio', 'Белтелерадио', 'BelTA', 'БЕЛТА'],
  UZ: ['Uzbekfilm', 'Узбекфильм', 'Өзбекфильм', 'UzA', 'УзА', 'Dunyo', 'Дунё'],
  KG: ['Kyrgyzfilm', 'Кыргызфильм', 'Қырғызфильм', 'Kabar', 'Кабар'],
  TJ: ['Tajikfilm', 'Таджикфильм', 'Khovar', 'Ховар'],
  AZ: ['Azerbaijanfilm', 'Азербайджанфильм', 'AZERTAC', 'АзерТАдж', 'Trend'],
  AM: ['Armenfilm', 'Арменфильм', 'Armenpress', 'Арменпресс'],
  AE: ['Louvre Abu Dhabi', 'Лувр Абу-Даби'],
  AT: ['Mozarteum', 'Моцартеум'],
  KZ: [
    'Nazarbayev University', 'Назарбаев Университет', 'Astana Opera', 'Астана Опера', 'Kazakhfilm', 'Казахфильм',
    'Қазақфильм', 'KazNU', 'КазНУ', 'ҚазҰУ', 'Eurasian National University', 'Евразийский национальный университет',
    'Еуразия ұлттық университеті', 'Kazakhconcert', 'Казахконцерт', 'Қазақконцерт',
  ],
}

/**
 * Regions with an ISO code of their own that labels.md's rule reads as their country's (a region
 * implies its country: Hong Kong is CN). Their names are places of that country, never a partner code.
 */
export const REGIONS_WITH_OWN_CODE: ReadonlySet<string> = new Set(['HK', 'MO'])

/**
 * Country and city names that are also common nouns, read as the place only when capitalised: «перец
 * чили» is a pepper and «бутан» a gas, «Чили» and «Бутан» the states. The noun's own forms only
 * («бутаном» is the gas too): the peoples' adjectives, «чилийская», «бутанские», «чилилік», are
 * written in lower case and still name the states.
 */
export const LOWER_CASE_NOUNS: Readonly<Record<string, RegExp>> = {
  CL: /^чили$/u,
  BT: /^бутан(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u,
  // Kazakh «қазан», October and a cauldron; «Қазан» is Kazan.
  RU: /^қазан\p{L}*$/u,
  // "development trends" is the noun; Trend is Azerbaijan's news agency.
  AZ: /^trends?$/u,
  // Russian and Kazakh «вена», a vein, in its cases; «Вена», «Вене», «Венада» is Vienna.
  AT: /^вен(?:а|ы|е|у|ой|ою|ам|ами|ах)?$/u,
  // «рим» in lower case is a Roman numeral's word («рим цифрлары», «рим цифрымен»); «Рим», «в Риме», «Римде» is Rome.
  IT: /^рим\p{L}*$/u,
}

/**
 * Country names that are also common words in running text (Togo, «того»): capitalised, they open sentences and
 * headlines all the same («Того же дня»), so running text never reads them. (Vienna's «Вена», a vein in lower case,
 * is read in capitals by LOWER_CASE_NOUNS: no sentence opens with a vein in the news.)
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['того', 'чад', 'chad', 'man', 'jersey'])

/**
 * Words and phrases that begin with a name and say something else (phrasePatterns' notation): Kazakh «бұқаралық» is
 * mass («бұқаралық ақпарат құралдары», mass media; «бұқаралық спорт», mass sport), not of Bukhara; Latin, South or North
 * America is no United States; the Dominican order's friars, nuns and houses, «доминиканский орден», are the religious
 * order's, not the Dominican Republic's. Kazakh in Latin letters is read in Cyrillic before it gets here.
 */
export const NOT_NAMES: readonly string[] = [
  'бұқаралық*',
  // The Urals, not Uralsk: «Оңтүстік Орал мемлекеттік университеті» (South Ural State University, in Chelyabinsk), «Орал таулары».
  'оңтүстік орал*', 'солтүстік орал*', 'орал тау*',
  // Ural Federal University (Yekaterinburg) in Kazakh, and Petropavlovsk-Kamchatsky, a Russian city.
  'орал федералд*', 'петропавловск камчатск*',
  // The Altai district of East Kazakhstan and the Altay prefecture of Xinjiang, whose Russian adjective is the Russian krai's too.
  'алтайск* район*', 'алтайск* округ*',
  // «Қазан айында», in October, opens a sentence capitalised; «Қазан төңкерісі» is the October Revolution. Kazan is «Қазанда», «Қазан қаласы».
  'қазан ай*', 'қазан төңкеріс*',
  // A continent or a region of many states, not the United States that "America" alone stands for.
  'latin america*', 'south america*', 'north america*', 'central america*', 'pan america*', 'americas', 'латинск* америк*', 'южн* америк*',
  'северн* америк*', 'центральн* америк*', 'латын америка*', 'оңтүстік америка*', 'солтүстік америка*', 'орталық америка*',
  'dominican order*', 'dominican friar*', 'dominican monk*', 'dominican nun*', 'dominican priest*', 'dominican father*',
  'dominican brother*', 'dominican sister*', 'dominican convent*', 'dominican monaster*', 'dominican church*', 'dominican priory',
  'доминиканск* орден*', 'доминиканск* монах*', 'доминиканск* монахин*', 'доминиканск* монастыр*', 'доминиканск* братств*',
  'доминиканск* церк*', 'доминиканск* костел*', 'доминиканск* собор*', 'доминикан орден*', 'доминикан монах*', 'доминикан монастыр*',
  // A Russian drama theatre outside Russia is the home country's own, named for its language (labels.md: a home-country
  // institution with a foreign word in its name is no partner): «Русский академический драматический театр имени
  // М. Горького» in Astana, «Лермонтов атындағы орыс драма театры» in Almaty.
  'русск* драм*', 'русск* академ* драм*', 'русск* театр*', 'орыс драма*', 'орыс академия* драма*', 'орыс театр*',
  'russian drama*', 'russian academic drama*',
  // So are the theatres of the home country's Koreans and Germans, named for their people: the State Republican Korean Theatre of
  // Musical Comedy in Almaty («Корейский театр», «корей музыкалық комедия театры», "Almaty's Korean Theatre") and the German
  // Drama Theatre («Немецкий драматический театр»). Korea's own theatres are named by their city or their nation's word
  // ("Seoul Arts Center", "the National Theater of Korea").
  'корейск* театр*', 'корейск* музыкальн* театр*', 'корейск* академ* театр*', 'корейск* республиканск* театр*',
  'корей театр*', 'корей музыкалық комедия театр*', 'корей академия* театр*', 'korean theat*', 'korean musical comedy theat*',
  // Kazakh «республикалық» is a republic-wide institution's word, no Republic of Korea («Корея Республикасы»): «Мемлекеттік
  // республикалық корей музыкалық комедия театры».
  'республикалық корей*',
  'немецк* драм*', 'немецк* театр*', 'неміс драма*', 'неміс театр*', 'german drama theat*',
  // A US state in a film's, a performer's or a mountain range's name: Indiana Jones, Hannah Montana, French Montana, Spain's Sierra Nevada.
  'indiana jones*', 'индиана джонс*', 'hannah montana', 'ханна монтана', 'french montana', 'sierra nevada', 'сьерра невада*',
  // The Pope, «Рим Папасы» («Рим Папасымен кездесті»), is the Holy See's head, no Italy's.
  'рим папа*',
  // Knowledge, «познание», in its cases, capitalised where it opens a sentence: Poznań is «Познань», «Познани», «Познанью».
  'познание', 'познания', 'познанию', 'познании', 'познанием', 'познаниями', 'познаний',
]

/**
 * Cities and regions that name their country (labels.md § judgement calls: an Omsk museum → RU,
 * Bashkortostan → RU). Whether the place is a party or a venue is the partner model's question.
 */
export const PLACES: Readonly<Record<string, readonly string[]>> = {
  RU: [
    'Saint Petersburg', 'St Petersburg', 'Санкт-Петербург', 'Петербург', 'Kazan', 'Казань', 'Tatarstan', 'Татарстан',
    'Bashkortostan', 'Башкортостан', 'Башкирия', 'Omsk', 'Омск', 'Novosibirsk', 'Новосибирск', 'Orenburg', 'Оренбург',
    'Astrakhan', 'Астрахань', 'Chelyabinsk', 'Челябинск', 'Yekaterinburg', 'Екатеринбург', 'Tyumen', 'Тюмень',
    'Barnaul', 'Барнаул', 'Samara', 'Самара', 'Saratov', 'Саратов', 'Volgograd', 'Волгоград', 'Ufa', 'Уфа',
    'Kaliningrad', 'Калининград', 'Sochi', 'Сочи', 'Yakutia', 'Якутия', 'Tomsk', 'Томск', 'Krasnoyarsk', 'Красноярск',
    'Leningrad', 'Ленинград', 'Siberia', 'Сибирь', 'Дагестан', 'Dagestan', 'Kurgan', 'Курган', 'Altai Krai', 'Алтайский край', 'Нижний Новгород',
    // Altai Krai and the Altai Republic are Russia's: their Russian adjective names their universities, ensembles and delegations
    // («Алтайский государственный университет», «Алтайскую делегацию»), and Kazakh names the krai «Алтай өлкесі». The
    // Kazakhstani Altai is «Рудный Алтай», «Кенді Алтай», a noun, and its district («Алтайский район») and Xinjiang's Altay
    // prefecture («Алтайский округ СУАР») are left out (NOT_NAMES).
    'Алтайск', 'Алтай өлкесі', 'Altai Republic', 'Республика Алтай', 'Алтай Республикасы', 'Горный Алтай',
    // The republics, whose own ministries and museums are Russia's («Министерство культуры Карелии», «Национальный музей Калмыкии»).
    'Karelia', 'Карелия', 'Kalmykia', 'Калмыкия', 'Buryatia', 'Бурятия', 'Chuvashia', 'Чувашия', 'Udmurtia', 'Удмуртия',
    'Mordovia', 'Мордовия', 'Khakassia', 'Хакасия', 'Adygea', 'Адыгея', 'Ingushetia', 'Ингушетия', 'Chechnya', 'Чечня',
    'Kabardino-Balkaria', 'Кабардино-Балкария', 'North Ossetia', 'Северная Осетия', 'Mari El', 'Марий Эл',
    // Kazakh names of Russian cities.
    'Қазан', 'Орынбор', 'Омбы', 'Астрахан', 'Башқұртстан', 'Новосібір', 'Санкт-Петербор', 'Петербор',
  ],
  CN: ['Xinjiang', 'Синьцзян', 'Шыңжаң', 'Urumqi', 'Урумчи', 'Үрімжі', 'Shanghai', 'Шанхай', "Xi'an", 'Сиань', 'Guangzhou',
    'Гуанчжоу', 'Chongqing', 'Hainan', 'Хайнань', 'Shenzhen', 'Шэньчжэнь', 'Harbin', 'Харбин', 'Gansu', 'Ганьсу', 'Hong Kong', 'Гонконг',
    'Macao', 'Macau', 'Макао', 'Shaanxi', 'Шэньси', 'Сиан', 'Lanzhou', 'Ланьчжоу',
    // Inner Mongolia is China's: its name, read whole, is read before Mongolia's.
    'Inner Mongolia', 'Внутренняя Монголия', 'Ішкі Моңғолия', 'Hohhot', 'Хух-Хото', 'Хөххот'],
  PK: ['Karachi', 'Карачи', 'Lahore', 'Лахор'],
  UZ: ['Samarkand', 'Самарканд', 'Самарқанд', 'Bukhara', 'Бухара', 'Бұхара', 'Бұқара', 'Khiva', 'Хива', 'Хиуа', 'Fergana', 'Фергана',
    'Ферғана', 'Karakalpakstan', 'Каракалпакстан', 'Қарақалпақстан',
    // The Karakalpak republic's adjective («Каракалпакский государственный университет», «Қарақалпақ мемлекеттік университеті»).
    'Karakalpak', 'Каракалпакск', 'Қарақалпақ', 'Nukus', 'Нукус', 'Нөкіс', 'Termez', 'Термез'],
  KG: ['Issyk-Kul', 'Issyk Kul', 'Иссык-Куль', 'Ыстықкөл', 'Cholpon-Ata', 'Чолпон-Ата', 'Karakol', 'Каракол', 'Osh', 'Ош',
    'Jalal-Abad', 'Джалал-Абад', 'Жалал-Абад', 'Шолпан-Ата', 'Қарақол'],
  TR: ['Istanbul', 'Стамбул', 'Ыстамбұл', 'Izmir', 'Измир', 'Antalya', 'Анталья', 'Bursa', 'Бурса', 'Konya', 'Конья',
    'Kastamonu', 'Кастамону', 'Eskisehir', 'Эскишехир', 'Kayseri', 'Кайсери',
    // University towns whose schools sign with Central Asian ones («Ығдыр университетінің ректоры»): a school named by a
    // town the tables lack is read as the home country's.
    'Iğdır', 'Igdir', 'Игдыр', 'Ығдыр', 'Erzurum', 'Эрзурум', 'Trabzon', 'Трабзон', 'Gaziantep', 'Газиантеп', 'Adana', 'Адана',
    'Mersin', 'Мерсин'],
  AZ: ['Shusha', 'Шуша', 'Ganja', 'Гянджа', 'Гәнжә', 'Nakhchivan', 'Нахчыван', 'Нахичевань', 'Sheki', 'Шеки', 'Lankaran', 'Ленкорань',
    'Sumgait', 'Сумгаит'],
  TJ: ['Khujand', 'Худжанд'],
  BY: ['Grodno', 'Гродно', 'Vitebsk', 'Витебск', 'Gomel', 'Гомель', 'Brest', 'Брест', 'Mogilev', 'Могилев'],
  UA: ['Kyiv', 'Kiev', 'Киев', 'Kharkiv', 'Харьков', 'Odesa', 'Odessa', 'Одесса'],
  MN: ['Bayan-Ölgii', 'Bayan-Olgii', 'Баян-Өлгий', 'Баян-Өлгей', 'Баян-Улгий'],
  KR: ['Busan', 'Пусан', 'Incheon', 'Инчхон', 'Gyeongju', 'Кёнджу', 'Jeju', 'Чеджу',
    // The provinces (one name for North and South, and each half's), the metropolitan cities and the big university towns.
    'Gyeonggi', 'Кёнги', 'Кёнгидо', 'Gangwon', 'Канвон', 'Канвондо', 'Chungcheong', 'Chungcheongbuk', 'Chungcheongnam', 'Чхунчхон',
    'Чхунчхон-Пукто', 'Чхунчхон-Намдо', 'Jeolla', 'Jeollabuk', 'Jeollanam', 'Чолла', 'Чолла-Пукто', 'Чолла-Намдо', 'Gyeongsang',
    'Gyeongsangbuk', 'Gyeongsangnam', 'Кёнсан', 'Кёнсан-Пукто', 'Кёнсан-Намдо', 'Daejeon', 'Тэджон', 'Daegu', 'Тэгу', 'Gwangju',
    'Кванджу', 'Ulsan', 'Ульсан', 'Suwon', 'Сувон', 'Cheonan', 'Чхонан', 'Changwon', 'Чханвон', 'Cheongju', 'Чхонджу', 'Jeonju',
    'Чонджу', 'Pohang', 'Пхохан', 'Goyang', 'Seongnam', 'Соннам', 'Yongin', 'Йонъин',
    // The provinces' short names the national universities bear ("Jeonbuk National University", "Chungnam", "Kyungpook"), and
    // Hankuk, Korea's own name in Korean ("Hankuk University of Foreign Studies", HUFS).
    'Jeonbuk', 'Чонбук', 'Jeonnam', 'Чоннам', 'Chungbuk', 'Чхунбук', 'Chungnam', 'Чхуннам', 'Gyeongbuk', 'Kyungpook', 'Кёнбук',
    'Gyeongnam', 'Кённам', 'Hankuk', 'Ханкук', 'Хангук', 'HUFS',
    // Namseoul ("South Seoul") University, Cheonan, whose name is no city the tables hold.
    'Namseoul', 'Намсоул', 'Намсеул'],
  JP: ['Osaka', 'Осака', 'Kyoto', 'Киото', 'Hiroshima', 'Хиросима', 'Kanazawa', 'Канадзава', 'Tsukuba', 'Цукуба', 'Nagoya', 'Нагоя',
    'Sendai', 'Сендай', 'Fukuoka', 'Фукуока', 'Sapporo', 'Саппоро', 'Yokohama', 'Йокогама', 'Иокогама'],
  FR: ['Lyon', 'Лион', 'Marseille', 'Марсель', 'Strasbourg', 'Страсбург', 'Cannes', 'Канны'],
  DE: ['Munich', 'Мюнхен', 'Hamburg', 'Гамбург', 'Frankfurt', 'Франкфурт', 'Cologne', 'Кельн', 'Leipzig', 'Лейпциг',
    'Dresden', 'Дрезден', 'Bavaria', 'Бавария', 'Thuringia', 'Тюрингия',
    // The states (not Hesse, Hermann Hesse's name too) and the university towns whose schools sign with Central Asian ones
    // ("Hof University of Applied Sciences", «Университет Магдебурга»): a school named by a town the tables lack is read as
    // the home country's.
    'Saxony', 'Саксония', 'Saxony-Anhalt', 'Саксония-Анхальт', 'Lower Saxony', 'Нижняя Саксония', 'Brandenburg', 'Бранденбург',
    'Baden-Württemberg', 'Baden-Wurttemberg', 'Баден-Вюртемберг', 'North Rhine-Westphalia', 'Северный Рейн-Вестфалия',
    'Rhineland-Palatinate', 'Рейнланд-Пфальц', 'Schleswig-Holstein', 'Шлезвиг-Гольштейн', 'Mecklenburg', 'Мекленбург',
    'Stuttgart', 'Штутгарт', 'Düsseldorf', 'Dusseldorf', 'Дюссельдорф', 'Bonn', 'Бонн', 'Heidelberg', 'Гейдельберг',
    'Hanover', 'Hannover', 'Ганновер', 'Nuremberg', 'Nürnberg', 'Нюрнберг', 'Bremen', 'Бремен', 'Mainz', 'Майнц',
    'Münster', 'Мюнстер', 'Göttingen', 'Goettingen', 'Гёттинген', 'Геттинген', 'Freiburg', 'Фрайбург', 'Tübingen', 'Tubingen',
    'Тюбинген', 'Aachen', 'Ахен', 'Karlsruhe', 'Карлсруэ', 'Magdeburg', 'Магдебург', 'Potsdam', 'Потсдам', 'Weimar', 'Веймар',
    'Erfurt', 'Эрфурт', 'Rostock', 'Росток', 'Chemnitz', 'Хемниц', 'Bochum', 'Бохум', 'Dortmund', 'Дортмунд', 'Würzburg',
    'Wurzburg', 'Вюрцбург', 'Regensburg', 'Регенсбург', 'Bamberg', 'Бамберг', 'Bayreuth', 'Байройт', 'Passau', 'Пассау',
    'Augsburg', 'Аугсбург', 'Kassel', 'Кассель', 'Darmstadt', 'Дармштадт', 'Wuppertal', 'Вупперталь', 'Osnabrück', 'Osnabruck',
    'Оснабрюк', 'Greifswald', 'Грайфсвальд', 'Jena', 'Hof', 'Хоф', 'Trier', 'Трир', 'Bielefeld', 'Билефельд', 'Paderborn',
    'Падерборн', 'Lübeck', 'Lubeck', 'Любек', 'Koblenz', 'Кобленц', 'Ingolstadt', 'Ингольштадт', 'Kiel'],
  // labels.md: a region or city implies its country. Italy's regions (not Campania or Marche, Russian «кампания», «марш»)
  // and its university cities.
  IT: ['Milan', 'Милан', 'Venice', 'Венеция', 'Florence', 'Флоренция', 'Naples', 'Неаполь', 'Turin', 'Турин', 'Bologna', 'Болонья',
    'Genoa', 'Генуя', 'Pisa', 'Пиза', 'Verona', 'Верона', 'Padua', 'Падуя', 'Palermo', 'Палермо',
    'Calabria', 'Калабрия', 'Sicily', 'Сицилия', 'Sardinia', 'Сардиния', 'Tuscany', 'Тоскана', 'Lombardy', 'Ломбардия',
    'Piedmont', 'Пьемонт', 'Veneto', 'Венето', 'Liguria', 'Лигурия', 'Emilia-Romagna', 'Эмилия-Романья', 'Lazio', 'Лацио',
    'Apulia', 'Puglia', 'Апулия', 'Basilicata', 'Базиликата', 'Umbria', 'Умбрия', 'Abruzzo', 'Абруццо', 'Molise', 'Молизе',
    'Friuli', 'Фриули', 'Trentino', 'Трентино'],
  // The seats of Poland's voivodeships, its university towns.
  PL: ['Krakow', 'Kraków', 'Cracow', 'Краков', 'Wroclaw', 'Wrocław', 'Вроцлав', 'Poznan', 'Poznań', 'Познань', 'Gdansk', 'Gdańsk',
    'Гданьск', 'Szczecin', 'Щецин', 'Bydgoszcz', 'Быдгощ', 'Torun', 'Toruń', 'Торунь', 'Lublin', 'Люблин', 'Katowice',
    'Катовице', 'Bialystok', 'Białystok', 'Белосток', 'Kielce', 'Кельце', 'Lodz', 'Łódź', 'Лодзь', 'Olsztyn', 'Ольштын',
    'Opole', 'Ополе', 'Rzeszow', 'Rzeszów', 'Жешув',
    // University towns that seat no voivodeship, and Olsztyn's Warmia-Masuria («Вармия-Мазур университеті»).
    'Radom', 'Радом', 'Warmia', 'Вармия'],
  ES: ['Barcelona', 'Барселона', 'Seville', 'Севилья'],
  AR: ['Rosario', 'Росарио', 'Розарио'],
  BR: ['São Paulo', 'Sao Paulo', 'Сан-Паулу', 'Rio de Janeiro', 'Рио-де-Жанейро'],
  // Northern Ireland is the United Kingdom's, not Ireland's.
  GB: ['Edinburgh', 'Эдинбург', 'Manchester', 'Манчестер', 'Scotland', 'Шотландия', 'Wales', 'Уэльс', 'Northern Ireland',
    'Северная Ирландия', 'Солтүстік Ирландия', 'Belfast', 'Белфаст'],
  // The states, but Georgia (a country), Washington and Virginia (persons' names) and Maine (Kazakh «мен» read as «мэн»).
  US: ['New York', 'Нью-Йорк', 'Los Angeles', 'Лос-Анджелес', 'Chicago', 'Чикаго', 'San Francisco', 'Сан-Франциско',
    'Boston', 'Бостон', 'California', 'Калифорния',
    'Alabama', 'Алабама', 'Alaska', 'Аляска', 'Arizona', 'Аризона', 'Arkansas', 'Арканзас', 'Colorado', 'Колорадо',
    'Connecticut', 'Коннектикут', 'Delaware', 'Делавэр', 'Florida', 'Флорида', 'Hawaii', 'Гавайи', 'Idaho', 'Айдахо',
    'Illinois', 'Иллинойс', 'Indiana', 'Индиана', 'Iowa', 'Айова', 'Kansas', 'Канзас', 'Kentucky', 'Кентукки',
    'Louisiana', 'Луизиана', 'Maryland', 'Мэриленд', 'Massachusetts', 'Массачусетс', 'Michigan', 'Мичиган',
    'Minnesota', 'Миннесота', 'Mississippi', 'Миссисипи', 'Missouri', 'Миссури', 'Montana', 'Монтана', 'Nebraska', 'Небраска',
    'Nevada', 'Невада', 'New Hampshire', 'Нью-Гэмпшир', 'New Jersey', 'Нью-Джерси', 'New Mexico', 'Нью-Мексико',
    'North Carolina', 'Северная Каролина', 'North Dakota', 'Северная Дакота', 'Ohio', 'Огайо', 'Oklahoma', 'Оклахома',
    'Oregon', 'Орегон', 'Pennsylvania', 'Пенсильвания', 'Rhode Island', 'Род-Айленд', 'South Carolina', 'Южная Каролина',
    'South Dakota', 'Южная Дакота', 'Tennessee', 'Теннесси', 'Texas', 'Техас', 'Utah', 'Юта', 'Vermont', 'Вермонт',
    'Wisconsin', 'Висконсин', 'Wyoming', 'Вайоминг'],
  IN: ['Mumbai', 'Мумбаи', 'Delhi', 'Дели'],
  IR: ['Isfahan', 'Исфахан', 'Shiraz', 'Шираз', 'Tabriz', 'Тебриз',
    // Ardabil, and the university named after its scholar by the town's adjective ("University of Mohaghegh Ardabili").
    'Ardabil', 'Ардебиль', 'Ardabili'],
  AE: ['Dubai', 'Дубай', 'Sharjah', 'Шарджа'],
  SA: ['Jeddah', 'Джидда', 'Mecca', 'Мекка'],
  AT: ['Salzburg', 'Зальцбург'],
  CZ: ['Karlovy Vary', 'Карловы Вары'],
  KZ: [
    'Almaty', 'Алматы', 'Shymkent', 'Шымкент', 'Turkistan', 'Turkestan', 'Туркестан', 'Түркістан', 'Karaganda',
    'Караганда', 'Қарағанды', 'Aktobe', 'Актобе', 'Ақтөбе', 'Atyrau', 'Атырау', 'Aktau', 'Актау', 'Ақтау', 'Pavlodar',
    'Павлодар', 'Ust-Kamenogorsk', 'Oskemen', 'Усть-Каменогорск', 'Өскемен', 'Semey', 'Семей', 'Kostanay', 'Костанай',
    'Қостанай', 'Petropavl', 'Петропавловск', 'Петропавл', 'Kokshetau', 'Кокшетау', 'Көкшетау', 'Taraz', 'Тараз',
    'Kyzylorda', 'Кызылорда', 'Қызылорда', 'Taldykorgan', 'Талдыкорган', 'Талдықорған', 'Uralsk', 'Oral', 'Уральск',
    'Орал', 'Zhezkazgan', 'Жезказган', 'Жезқазған', 'Konaev', 'Конаев', 'Қонаев', 'Baikonur', 'Байконур', 'Байқоңыр',
    // Regions not named by a city: Mangystau, Akmola, Zhetysu and Ulytau by their own names; Abai and Zhambyl, persons'
    // names too, only as regions.
    'Mangystau', 'Mangistau', 'Мангистау', 'Маңғыстау', 'Akmola', 'Акмола', 'Ақмола', 'Zhetysu', 'Жетысу', 'Жетісу',
    'Ulytau', 'Улытау', 'Ұлытау', 'Abai region', 'Abay region', 'область Абай', 'области Абай', 'Абай облыс*',
    'Zhambyl region', 'Жамбылская область', 'Жамбылской области', 'Жамбыл облыс*',
    // Russian adjectives whose stem is not the city's name («алматинского театра», «Карагандинский университет»), read with
    // adjective endings as every place in -ск is (countries.ts).
    'Алматинск', 'Астанинск', 'Карагандинск', 'Кызылординск', 'Актюбинск', 'Акмолинск', 'Мангистауск', 'Семипалатинск',
  ],
}
