import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { homeActingSentences, isCommunityArticle, readMentions, type MentionSignals } from '../../src/classify/features/mentions.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** The signals of `code` in the article's title. */
function signalsOf(title: string, code: string): MentionSignals {
  const reading = read({ title, body: '' })
  const sentence = reading.sentences[0]
  if (!sentence) throw new Error('no sentence')
  const found = readMentions(sentence, 'KZ', reading.lang).signals.find((s) => s.mention.code === code)
  if (!found) throw new Error(`${code} not found in "${title}"`)
  return found
}

/** The foreign countries named in the article's title, in order. */
function countriesIn(title: string): string[] {
  const reading = read({ title, body: '' })
  return readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.filter((s) => !s.mention.isOrg).map((s) => s.mention.code)
}

/** Whether the home country acts in the article's title. */
function homeActsIn(title: string): boolean {
  const reading = read({ title, body: '' })
  return readMentions(reading.sentences[0]!, 'KZ', reading.lang).isHomeActing
}

type Signal = keyof Omit<MentionSignals, 'mention' | 'sentence' | 'chainLength' | 'enumeration'>

describe('how a sentence links a country to what it reports', () => {
  it.each<[string, string, Signal]>([
    ['Kazakhstan and Hungary sign a library memorandum', 'HU', 'isPairedWithHome'],
    ['Казахстанско-китайская подкомиссия провела заседание', 'CN', 'isPairedWithHome'],
    ['Қазақстан мен Түркия мәдени ынтымақтастықты талқылады', 'TR', 'isPairedWithHome'],
    ['The ministry signed a programme with China', 'CN', 'isWith'],
    ['Министерство подписало меморандум с Францией', 'FR', 'isWith'],
    ['Министрлік Ресеймен меморандумға қол қойды', 'RU', 'isWith'],
    ['The Chinese side proposed a joint film', 'CN', 'isSide'],
    ['Со стороны России в заседании участвовал вице-министр', 'RU', 'isSide'],
    ['The minister received the Ambassador of Japan', 'JP', 'hasOfficial'],
    ['Министр встретилась с послом Кореи', 'KR', 'hasOfficial'],
    ["Concerts held with the support of Turkey's Ministry of Culture", 'TR', 'hasOfficial'],
    // A dash for the verb a list of delegations leaves out: «Россию представлял министр …, Таджикистан — заместитель …».
    ['Россию представлял министр спорта, Таджикистан — заместитель председателя Комитета по делам молодежи', 'TJ', 'hasOfficial'],
    ['Russia was represented by its sports minister, Tajikistan – its deputy minister of youth', 'TJ', 'hasOfficial'],
    // The verb that says whom an official stands for, after the country: the official is the country's.
    ['Азербайджан на встрече представит заместитель министра молодёжи и спорта', 'AZ', 'hasOfficial'],
    ['At the session Azerbaijan was represented by Deputy Minister of Youth and Sport Ismail Ismayilov', 'AZ', 'hasOfficial'],
    ['Кеңесте Әзербайжан атынан жастар және спорт министрінің орынбасары сөз сөйледі', 'AZ', 'hasOfficial'],
    ['Ministers held talks in Paris on the sidelines of a forum', 'FR', 'isLocation'],
    ['Переговоры прошли в Турции', 'TR', 'isLocation'],
    ['Кездесу Ресейде өтті', 'RU', 'isLocation'],
    ['Театр отправится на гастроли во Францию', 'FR', 'isDestination'],
    ['The delegation travelled on to eastern Turkey', 'TR', 'isDestination'],
    ['Выставка прошла в Восточной Турции', 'TR', 'isLocation'],
    ['Театр Францияға гастрольге барады', 'FR', 'isDestination'],
    ['Ministers held talks in Minsk on the sidelines of a forum', 'BY', 'isMeetingVenue'],
    ['Министры встретились в Минске', 'BY', 'isMeetingVenue'],
    ['Қазақстан мен Өзбекстанның мәдениет министрлері форум аясында Минскіде кездесті', 'BY', 'isMeetingVenue'],
    ['В рамках форума в Минске министры провели встречу', 'BY', 'isMeetingVenue'],
    ['Министрлердің Бакудегі отырысында туризм талқыланды', 'AZ', 'isMeetingVenue'],
    ['Artists from Turkey performed in Almaty', 'TR', 'isOrigin'],
    // A list's preposition before its first name, a Kazakh list's case after its last, governs every name of the chain.
    ['The museum signed agreements with Russia, Belarus and Ukraine', 'BY', 'isWith'],
    ['Музей подписал соглашения с Россией, Беларусью и Украиной', 'UA', 'isWith'],
    ['Мұражай Ресей, Беларусь және Украинамен келісім жасады', 'RU', 'isWith'],
    ['Restorers from Russia, Kazakhstan and Ukraine joined the expedition', 'UA', 'isOrigin'],
    ['В экспедицию вошли реставраторы из России, Казахстана и Украины', 'UA', 'isOrigin'],
    ['Экспедицияға Ресей, Беларусь және Украинадан реставраторлар келді', 'BY', 'isOrigin'],
    ['Uzbekistan and Georgia sign a culture programme', 'UZ', 'isInForeignPair'],
    ['A memorandum between Kazakhstan and Egypt was signed', 'EG', 'isBetween'],
  ])('%s → %s %s', (title, code, signal) => {
    expect(signalsOf(title, code)[signal]).toBe(true)
  })

  it.each<[string, string, Signal]>([
    ['Ministers held talks in Paris', 'FR', 'isPairedWithHome'],
    // A country that presents something, no official after the verb, has none.
    ['Азербайджан на выставке представит ковры и керамику', 'AZ', 'hasOfficial'],
    ['Kazakhstan and Hungary sign a memorandum', 'HU', 'isLocation'],
    ['Uzbekistan and Georgia sign a culture programme', 'UZ', 'isPairedWithHome'],
    ['Театр отправится на гастроли во Францию', 'FR', 'isLocation'],
    // The host of a tour or festival abroad receives the home country's artists: no mere venue.
    ['The theatre went on a tour to Ankara', 'TR', 'isMeetingVenue'],
    ['A festival of Kazakh films opened in Muscat', 'OM', 'isMeetingVenue'],
    ['Дни культуры Казахстана прошли в Турции', 'TR', 'isMeetingVenue'],
    // «Қытайдағы орталық», the centre in China: the place of what was discussed, not of the meeting.
    ['Кездесуде Қытайдағы қазақ мәдениеті орталығын ашу талқыланды', 'CN', 'isMeetingVenue'],
    // «В рамках», within the framework of, is the days of culture's here, no forum's sidelines.
    ['В рамках Дней культуры Казахстана в Турции министры провели встречу', 'TR', 'isMeetingVenue'],
    // Kazakhstan's ambassador in France, ministers meeting in Baku: the official is another country's, there.
    ['Қазақстанның Франциядағы елшісі кездесу өткізді', 'FR', 'hasOfficial'],
    ['Bakýde týrızm mınıstrleriniń otyrysy ótti', 'AZ', 'hasOfficial'],
    ['Мемлекеттік хатшы Парижге барды', 'FR', 'hasOfficial'],
    // A dash between two states pairs them: the official after it is no more the first one's than without it.
    ['Казахстан — Китай: министры культуры провели встречу', 'CN', 'hasOfficial'],
    // A dateline's dash opens the text: the official after it is no more the city's than after a full stop.
    ['АНКАРА — Министр культуры Казахстана встретился с министром культуры Узбекистана', 'TR', 'hasOfficial'],
    ['ANKARA — The Minister of Culture of Kazakhstan met the Minister of Culture of Uzbekistan', 'TR', 'hasOfficial'],
  ])('%s → %s not %s', (title, code, signal) => {
    expect(signalsOf(title, code)[signal]).toBe(false)
  })

  it('counts a list of member states as one long chain', () => {
    expect(signalsOf('Ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Russia met', 'TJ').chainLength).toBe(5)
  })

  it('reads countries listed with words of their own as one enumeration, and a country apart as none', () => {
    const title = "Taking part were Kazakhstan's vice minister A. Buribayev, China's Minister of Culture Cai Wu, Kyrgyzstan's minister (Sultan Rayev) and Uzbekistan's first deputy minister, in Kazan, Russia"
    const listed = ['KZ', 'CN', 'KG', 'UZ'].map((code) => code === 'KZ' ? null : signalsOf(title, code).enumeration)
    for (const enumeration of listed.slice(1)) expect(enumeration).toEqual({ countries: 4, start: expect.any(Number) as number, end: expect.any(Number) as number })
    expect(new Set(listed.slice(1).map((e) => e?.start)).size).toBe(1)
    expect(new Set(listed.slice(1).map((e) => e?.end)).size).toBe(1)
    expect(signalsOf('The festival in Russia gathered troupes from twelve of its cities and from five countries abroad, China the largest of them', 'CN').enumeration.countries).toBe(1)
  })

  it.each<[string, string, number]>([
    ["Among the guests are Piccolo Teatro di Milano from Italy, Lithuania's Meno Fortas, TR Warszawa from Poland and Japan's Nakamura Gekijo", 'PL', 4],
    ['Приехали также секретарь министерства спорта Индии Шри Кунал, замглавы управления по спорту КНР Гао Жидань и министр Кыргызстана', 'CN', 3],
  ])('reads an item whose own words stand between the comma and its name as the list\'s next item (%s)', (title, code, countries) => {
    expect(signalsOf(title, code).enumeration.countries).toBe(countries)
  })

  it('reads a minister with no country beside him as the home side, and a foreign pair as not', () => {
    const reading = read({ title: 'Minister of Culture meets the director of the Louvre', body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', 'en').isHomeActing).toBe(true)
    const foreign = read({ title: 'Uzbekistan and Georgia sign a culture programme', body: '' })
    expect(readMentions(foreign.sentences[0]!, 'KZ', 'en').isHomeActing).toBe(false)
  })

  it.each<[string, boolean]>([
    ['Мәскеуде қазақ диаспорасы Алматыға арналған мереке өткізеді', false],
    ['The Kazakh diaspora of Moscow holds an apple festival', false],
    ['Казахская диаспора Омска провела праздник', false],
    ['The Kazakh ministry supports the diaspora in Moscow', true],
  ])('reads the home country\'s adjective before its diaspora as the community, not the state acting (%s)', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // A home city where an office or a venue is stays a place beside the names joined to it, two cities joined act; an
  // embassy only attending is no party (corpus/README.md), the home country's as another's, and envoys who sign act.
  it.each<[string, boolean]>([
    ['Бюро ЮНЕСКО в Алматы и узбекский институт подписали соглашение', false],
    ['The UNESCO office in Almaty and an Uzbek institute sign an agreement', false],
    ['Алматыдағы ЮНЕСКО бюросы мен өзбек институты келісімге қол қойды', false],
    ['Переговоры прошли в Астане и Ташкенте', false],
    ['Алматы и Ташкент стали городами-побратимами', true],
    ['На открытие пришли руководители дипмиссий Казахстана, Омана, Сомали, Чили и Бангладеш', false],
    ['The ambassadors of Kazakhstan, Turkey, Azerbaijan and Hungary attended the opening', false],
    ['Қазақстан, Түркия, Әзербайжан және Венгрия елшілері көрменің ашылуына қатысты', false],
    ['Послы Казахстана, Турции, Азербайджана и Венгрии подписали меморандум', true],
  ])('reads the home country named only as a place or among envoys attending as no home acting (%s)', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // labels.md § relevant: the home country is a party as its institutions, a region's delegation or a city's institute among them.
  it.each<[string, boolean]>([
    ['Қызылорда облысының делегациясы Орынборда концерт берді', true],
    ['Pavlodar Pedagogical Institute receives scholars from Lithuania and Turkey', true],
    ['Pavlodar pedagogikalyq instituty Litva men Türkiia ğalymdaryn qabyldady', true],
    ['Karaganda Buketov University receives scholars from Lithuania', true],
    ['Oral Utemisov University receives scholars from Lithuania', true],
    // A capitalised word after another home city's name is its body's, a common noun or a home person's name.
    ['Almaty Chamber Orchestra tours Turkey', true],
    ['Turkistan Yassawi University receives scholars from Lithuania', true],
    // The capital's bodies are the home side's as another city's are.
    ['Astana Ballet Theatre sets off on a summer tour of Belarus and Turkey', true],
    ['Астана балет театры Түркияда гастрольмен өнер көрсетеді', true],
    ['Астана қаласының әкімі Түркия елшісін қабылдады', true],
    // A body named where something happens is still the home side's: the place word before the city is the body's.
    ['Vilnius University presents study opportunities at Karaganda State University', true],
    ['A Turkish troupe performs at the Almaty Drama Theatre', true],
    ['Lithuanian universities present study opportunities in Karaganda', false],
    // A region's akim, named before it or after, as a minister is.
    ['Түркістан облысының әкімі Түркия елшісін қабылдады', true],
    ['Аким Туркестанской области встретился с послом Турции', true],
    ['The akim of Turkistan region met the ambassador of Turkey', true],
    ['Послы Турции и Венгрии посетили Туркестан', false],
    // A home city where something happens, or a host, names no body; nor does a foreign name that opens with a city's.
    ['Almaty hosts the director of the Louvre', false],
    ['Astana hosts the director of the Louvre', false],
    ['В Астане прошла встреча директоров музеев Турции', false],
    ['Oral Roberts University receives scholars from Lithuania', false],
    ['Алматыда Өзбекстан мәдениеті күндері өтеді', false],
    ['В Алматы прошла встреча директоров музеев Турции', false],
  ])('reads a home city named right before a delegation or institution as the home side acting (%s)', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // A university, museum or theatre in the headline with no country beside it is a home-country institution, as a minister is.
  it.each<[string, boolean]>([
    ['Zhetysu University concludes cooperation agreements with three Turkish universities', true],
    ['Уәлиханов университеті Небраска университетімен бірлескен жобасын қорытындылады', true],
    ['Оркестр имени Турмаганбета дал первый концерт в Турции', true],
    // Where it goes is not whose it is: a city or country in the dative or after "to".
    ['«Бастеньки» ансамблі Барнаулға барып, концертке қатысты', true],
    ['Museum takes exhibition to Turkey', true],
    ['Ресей ансамблі Барнаулға барды', false],
    ['Turkish theatre tours Uzbekistan', false],
    ['Uzbek and Tajik museums sign a memorandum', false],
    ['Osh State University signs cooperation protocol with Kyrgyz-Turkish Manas University', false],
  ])('reads a cultural institution named with no country beside it in the headline as the home side (%s)', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // The country named as the owner of the place where something happens is that place, as «в Астане» is.
  it.each([
    'В столице Казахстана состоялся концерт ко Дню народного единства',
    'A concert for the national holiday was held in the capital of Kazakhstan',
    'Концерты прошли в городах Казахстана',
  ])('reads the home country named with its capital or cities as the place, not as acting (%s)', (title) => {
    expect(homeActsIn(title)).toBe(false)
  })

  it.each([
    ['Фестиваль казахской культуры прошел в столице Узбекистана', 'UZ'],
    ['Kazakh Days of Culture open in the capital of Hungary', 'HU'],
  ])('reads a foreign country named with its capital as the place of what happens (%s)', (title, code) => {
    expect(signalsOf(title, code).isLocation).toBe(true)
  })

  // labels.md § partners: a region implies its country, Russia's republics as Tatarstan does.
  it.each([
    ['Министерство культуры Карелии подписало соглашение о сотрудничестве с фондом', 'RU'],
    ['Национальный музей Калмыкии будет дружить с Историческим музеем Беларуси', 'RU'],
  ])('reads a ministry or museum of a Russian republic as Russia\'s, not the home side\'s (%s)', (title, code) => {
    expect(homeActsIn(title)).toBe(false)
    expect(countriesIn(title)).toContain(code)
  })

  // "The two universities", «стороны»: the parties the headline or lead has named already, whichever countries they are.
  it.each([
    'The two universities agreed to exchange students and lecturers',
    'Кездесуге екі оқу орнының өкілдері қатысты',
    'Тараптар музей ісін дамыту туралы пікір алмасты',
    'Директора двух музеев договорились о совместных выставках',
    'Екі тарап университет жұмысын талқылады',
  ])('reads an institution the text calls one of the parties as no home institution (%s)', (title) => {
    expect(homeActsIn(title)).toBe(false)
  })

  // One side named as whose it is («со стороны университета», «университет тарапынан»), an agreement called bilateral, or two
  // countries' artists: no word of these calls the institution one of the parties, and it stays the home country's.
  it.each([
    'Со стороны университета меморандум подписал ректор',
    'Университет тарапынан құжатқа ректор қол қойды',
    'Абай университеті екі жақты келісімге қол қойды',
    'Abai University signs bilateral memorandum with Ankara University',
    'Университет Абая подписал двустороннее соглашение с университетом Анкары',
    'Ұлттық музей екі елдің суретшілерінің көрмесін ашты',
  ])('reads an unqualified institution beside a word of one side, of a bilateral text or of two countries as the home country\'s (%s)', (title) => {
    expect(homeActsIn(title)).toBe(true)
  })

  it.each([
    'Заместитель министра культуры, информации, спорта и молодёжной политики Кыргызстана провёл встречу с коллегой',
    'The Minister of Culture, Information and Tourism of Kyrgyzstan received the rector',
  ])('reads a minister whose portfolios run to a foreign country\'s name as that country\'s, not the home side (%s)', (title) => {
    expect(homeActsIn(title)).toBe(false)
  })

  it.each<[string, boolean]>([
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев ТМД мемлекеттері басшылары кеңесінің отырысында сөз сөйледі', true],
    ['Глава государства принял делегацию Международной организации тюркской культуры', true],
    ['The Head of State received the UNESCO Director-General', true],
    ['Түркия Мемлекет басшысы Режеп Тайып Ердоған ТҮРКСОЙ делегациясын қабылдады', false],
    ['The Head of State of Turkey received the TURKSOY delegation', false],
    // The heads of state, in the plural, are a summit's, not the home country's.
    ['Мемлекет басшылары Самарқандта мәдени ынтымақтастық туралы декларация қабылдады', false],
  ])('reads the head of state with no country beside him as the home side, one with a country as that country\'s (%s)', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // «осындай», «подобный» and "also has" are as often "such" or "also": the home country cooperating in such a way acts.
  it.each([
    'Kazakhstan also has close cultural ties with Uzbekistan',
    'Казахстан заинтересован в подобном сотрудничестве с Турцией',
    'Қазақстан Түркиямен осындай ынтымақтастықты дамытуға дайын',
  ])('reads the home country cooperating in something similar as acting: %s', (title) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).isHomeActing).toBe(true)
  })

  // labels.md § judgement calls: days of culture count in either direction, and a home city's or region's days abroad are the
  // home country's days of culture there, as «Дни казахстанской культуры» are; a home city where a foreign place's days are
  // held only hosts them.
  it.each<[string, boolean]>([
    ['Days of Astana held in Tokyo', true],
    ['Дни Алматы в Стамбуле', true],
    ['Астана күндері Токиода', true],
    ['Days of Almaty in Bishkek', true],
    ['Дни Туркестанской области в Татарстане', true],
    ['Түркістан облысының күндері Қазанда өтті', true],
    ['Дни Баку прошли в Алматы', false],
    ['Days of Tatarstan open in Astana', false],
  ])('reads a home place\'s own days abroad as the home side acting: %s', (title, isHome) => {
    expect(homeActsIn(title)).toBe(isHome)
  })

  // labels.md: days of culture count in either direction, the home country hosting a foreign country's.
  it.each<[string, boolean]>([
    ['Астанада Өзбекстан мәдениеті күндері өтеді', true],
    ['Days of Uzbek culture open in Astana', true],
    ['В Астане пройдут Дни культуры Узбекистана', true],
    ['Тәжікстан астанасында Өзбекстан мәдениеті күндері өтеді', false],
    ['ТӘЖІКСТАН АСТАНАСЫНДА ӨЗБЕКСТАН МӘДЕНИЕТІ КҮНДЕРІ ӨТЕДІ', false],
    ['АСТАНАДА ӨЗБЕКСТАН МӘДЕНИЕТІ КҮНДЕРІ ӨТЕДІ', true],
    ['Uzbekistan and Georgia sign a culture programme in Astana', false],
    ['Кыргызстан и Узбекистан обсудили Дни культуры в Астане', false],
    ['Kyrgyzstan and Uzbekistan discuss days of culture on the sidelines of a council in Astana', false],
    // A foreign theatre's, museum's or delegation's tour, festival or exhibition there, too; a foreign country's event alone is not.
    ['Анкара мемлекеттік театрының қойылымы Қазақстандағы фестивальде көрсетіледі', true],
    ['Polish museum delegation joins Almaty conference', true],
    ['Turkish singer gives a concert in Almaty', false],
    // So is its arrival or visit: a tour named by its coming.
    ['The Vakhtangov Theatre arrives in Kazakhstan', true],
    ['Polish university delegation visits Almaty', true],
    ['Turkish singer arrives in Almaty', false],
  ])('reads the home country as host of a foreign country\'s days of culture in %s: %s', (title, hosting) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).isHomeHosting).toBe(hosting)
  })

  // «Моңғолия астанасы», «Түркия астанасында», «түркі әлемінің мәдени астанасы»: the capital, a common noun, is no Astana.
  it.each<[string, string[]]>([
    ['Университет Моңғолия астанасы Ұлан-Баторға қарасты аудан әкімдігімен келісімге қол қойды', ['MN']],
    ['Театр Түркия астанасында гастрольдік сапармен өнер көрсетті', ['TR']],
    ['Ежелгі қала түркі әлемінің мәдени астанасы болып жарияланды', []],
  ])('reads a capital in lower case as no mention of the home country (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    const mentions = readMentions(reading.sentences[0]!, 'KZ', reading.lang)
    expect([mentions.isHomeNamed, mentions.isHomeActing, mentions.signals.map((s) => s.mention.code)]).toEqual([false, false, codes])
  })

  it.each<[string, string[]]>([
    ['Kazakh-American Free University hosts a film week', []],
    ['Казахстанско-Британский технический университет открыл лабораторию', []],
    ['Қазақ-түрік университеті мен Ресей мұражайы кездесті', ['RU']],
    ['Kazakh-German University and the Goethe-Institut sign a memorandum', ['DE']],
    ['Казахстанско-китайская подкомиссия провела заседание', ['CN']],
    ['A Kazakh-British forum of universities opens', ['GB']],
    ['Казахстанско-китайский форум ректоров университетов открылся', ['CN']],
    ['Казахстанско-российская конференция университетов открылась', ['RU']],
    ['Ректор Казахстанско-Британского технического университета выступил с лекцией', []],
    ['Қазақстан-Ресей медицина университеті мен Ресей мұражайы кездесті', ['RU']],
    ['Kazakhstan-China universities forum opens in Almaty', ['CN']],
    ['Kazakh-Turkish universities sign a joint degree programme', ['TR']],
    ['Казахстанско-китайские вузы подписали меморандум', ['CN']],
    ['Ректоры казахстанско-российских университетов встретились в Алматы', ['RU']],
    ['Қазақстан-Қытай университеттері меморандумға қол қойды', ['CN']],
    // A centre so named is one body too; centres in the plural are the two countries'.
    ['The Kazakh-German Centre hosted a music salon', []],
    ['Kazakhstan-Japan Center opens a language course', []],
    ['Казахстанско-японский центр провёл ярмарку', []],
    ['Қазақ-неміс орталығы кеш өткізді', []],
    ['Казахстанско-китайские центры подписали меморандум', ['CN']],
  ])('reads a home school named after another country as no mention of that country (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  it.each<[string, string[]]>([
    ['В числе партнеров «Казинформа» — 42 агентства, в том числе ТАСС, АзерТАдж и БЕЛТА', []],
    ['Among its partners are agencies of Turkey, Korea and Belarus', []],
    ['Агенттіктің серіктестері арасында Ресей, Түркия және Корея агенттіктері бар', []],
    ['Uzbekistan signed the memorandum; among its partners are agencies of Korea and Japan', ['UZ']],
  ])('reads the names in a list of an institution\'s earlier partners as no mention (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  it.each<[string, string[]]>([
    ['Корейское этнокультурное объединение провело концерт в Алматы', []],
    ['The German diaspora of Almaty held a folk festival', []],
    ['Неміс этномәдени орталығы фестиваль өткізді', []],
    ['Some 100,000 ethnic Koreans live in the country', []],
    ['Ассамблея народа Казахстана и узбекский комитет по межнациональным отношениям подписали меморандум', ['UZ']],
    ['The Korean ambassador visited the Korean ethnocultural centre', ['KR']],
    ['Представители диаспоры встретились с корейской стороной', ['KR']],
  ])('reads a people\'s adjective naming a community at home as no state (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  it.each<[string, string, string, boolean[]]>([
    ['another country\'s site', 'Қырғызстан мәдениет министрі Түркия елшісін қабылдады', 'Мәдениет министрлігі елшілікпен бағдарламаға қол қойды.', [false, false]],
    ['another country\'s site, in Russian', 'Министр культуры Кыргызстана приняла посла Турции', 'Министерство подписало с посольством программу.', [false, false]],
    ['a home site naming the home country', 'Министр культуры Кыргызстана приняла посла Турции', 'Министерство культуры Казахстана подписало с посольством программу.', [false, true]],
    ['a home site whose own minister comes first', 'Министр культуры встретилась с послом Кореи', 'Позже министр пригласила артистов театров на осенний фестиваль.', [true, true]],
    ['another country\'s site naming the home country only as a place', 'Министр культуры Кыргызстана приняла посла Турции в Астане', 'Министерство подписало с посольством программу.', [false, false]],
    ['another country\'s site naming the home country only as a place, in Kazakh', 'Қырғызстан мәдениет министрі Астанада Түркия елшісін қабылдады', 'Мәдениет министрлігі елшілікпен бағдарламаға қол қойды.', [false, false]],
  ])('reads a minister named without a country as the home side unless a foreign one acts before it in an article naming the home country as no party (%s)', (_name, title, body, acting) => {
    const reading = read({ title, body })
    const mentions = reading.sentences.map((s) => readMentions(s, 'KZ', reading.lang))
    const homeActing = homeActingSentences(mentions)
    expect(reading.sentences.map((s) => homeActing.has(s))).toEqual(acting)
  })

  it.each<[string, string, boolean]>([
    ['Азербайджанский национальный музей ковра и Национальный музей Таджикистана заключили меморандум', 'TJ', true],
    ['Грузия ұлттық мұражайы мен Армения ұлттық галереясы меморандумға қол қойды', 'AM', true],
    ['Национальный музей Казахстана и музей Таджикистана заключили меморандум', 'TJ', false],
    ['Азербайджанский музей ковра, Национальный музей Таджикистана и Государственный музей Армении заключили меморандум', 'TJ', false],
    // A city's institution names its country (labels.md: a university implies its country), where the city is no place.
    ['Ош мемлекеттік университеті мен Самарқанд педагогикалық институты меморандум жасасты', 'UZ', true],
    ['Ош мемлекеттік университеті Самарқанд педагогикалық институтымен меморандум жасасты', 'UZ', true],
    ['Baku State University signs memorandums with Samarkand State University', 'UZ', true],
    ['Baku State University signs memorandum with a museum in Samarkand', 'UZ', false],
    ['Алматы университеті мен Самарқанд педагогикалық институты меморандум жасасты', 'UZ', false],
  ])('pairs two other states\' institutions joined by "and" in a headline without the home country (%s)', (title, code, paired) => {
    expect(signalsOf(title, code).isInForeignPair).toBe(paired)
  })

  // labels.md § judgement calls: an international organisation is not the home country; its talks with another state are theirs.
  it.each<[string, string, boolean]>([
    ['Генсек ТЮРКСОЙ и новый министр культуры Кыргызстана договорились о совместных проектах', 'KG', true],
    ['Генсек ТЮРКСОЙ и новый министр культуры Кыргызстана договорились о совместных проектах', 'TURKSOY', true],
    ['ТҮРКСОЙ Бас хатшысы Қырғызстан мәдениет министрімен кездесті', 'KG', true],
    ['The UNESCO Director-General and the Minister of Culture of Uzbekistan discussed heritage', 'UZ', true],
    // The home country acting is a party of its own: the organisation's talks with it and another state are the home side's too.
    ['Министр культуры Казахстана, генсек ТЮРКСОЙ и министр культуры Кыргызстана обсудили сотрудничество', 'KG', false],
    // An organisation's secretariat that organised a gathering with its host's ministry hosts its members' council: no talks.
    ["It was organised by China's ministry of education together with the SCO secretariat and opened by the minister", 'CN', false],
  ])('pairs an organisation with one other state\'s official or body joined by "and" or "with" at talks in a headline without the home country (%s → %s)', (title, code, paired) => {
    expect(signalsOf(title, code).isInForeignPair).toBe(paired)
  })

  it('leaves two other states\' institutions in the body to the names joined around them', () => {
    const reading = read({ title: 'Музеи подписали меморандум', body: 'Об этом сообщили вчера.\nПозже стало известно.\nАзербайджанский национальный музей ковра и Национальный музей Таджикистана заключили меморандум.' })
    const body = reading.sentences.at(-1)!
    expect(body.region).toBe('body')
    expect(readMentions(body, 'KZ', reading.lang).signals.some((s) => s.isInForeignPair)).toBe(false)
  })

  it.each<[string, string[]]>([
    ['On stage will be the Raduga Russian song ensemble, the Kolkheti Georgian centre and the Radima Belarusian centre', []],
    ['На сцену выйдут русский народный хор, корейский ансамбль танца и немецкое общество', []],
    ['The Korean ambassador and the Korean side thanked the performers', ['KR', 'KR']],
    ['The ensembles were joined by a troupe from Uzbekistan', ['UZ']],
  ])('reads a people\'s adjective in an article about the communities at home as a community, not a state (%s)', (sentence, codes) => {
    const reading = read({ title: 'Ethnocultural associations of the Assembly of People give a concert', body: sentence })
    const body = reading.sentences.at(-1)!
    expect(readMentions(body, 'KZ', reading.lang, isCommunityArticle(reading.sentences)).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  it.each<[string, string[]]>([
    ['Министрлік 2020 жылғы Токио Олимпиадалық ойындарына дайындық туралы меморандумға қол қойды', []],
    ['Kazakh athletes prepare for the Tokyo Olympics', []],
    ['Ministry and NOC sign memo ahead of the Beijing Olympic Games', []],
    ['The Olympic committees of Kazakhstan and Japan met in Tokyo', ['JP', 'JP']],
  ])('reads a city naming the Olympic Games as the Games, not its country (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  // labels.md § partners, a country only mentioned: a people's adjective that closes a person's name is a surname.
  it.each<[string, string[]]>([
    ['The ambassador met Vice Chancellor Professor Dr Khalid Mahmood Iraqi', []],
    ['The envoy discussed joint research with Dr Ahmad Turkmen, the dean', []],
    ['The ambassador met the Iraqi minister of culture', ['IQ']],
    ['Books were translated from Arabic into Kazakh and Iraqi', ['IQ']],
    ['Speaking Turkish, the minister thanked the hosts', ['TR']],
  ])('reads a people\'s adjective closing a person\'s name as the surname, not a country (%s)', (title, codes) => {
    expect(countriesIn(title)).toEqual(codes)
  })

  // labels.md § partners: organisations go into orgs; the city in an organisation's name names no state.
  it.each<[string, string[]]>([
    ['Kazakhstan accedes to the Shanghai Cooperation Organisation agreement on tourism', []],
    ['Казахстан примет Молодежный форум Шанхайской организации сотрудничества', []],
    ['Қазақстан Шанхай ынтымақтастық ұйымының жастар форумын қабылдайды', []],
    ['The SCO youth forum opens in Shanghai', ['CN']],
  ])('reads a city inside an organisation\'s name as the organisation\'s name, not its country (%s)', (title, codes) => {
    expect(countriesIn(title)).toEqual(codes)
  })

  // labels.md § partners: organisations go into orgs, by any of the names the press gives them.
  it.each([
    ['ПАТС и Международный казахско-турецкий университет заключили меморандум'],
    ['Университет подписал меморандум с Парламентской ассамблеей тюркоязычных стран'],
    ['TurkPA and a Kazakh university sign a memorandum of understanding'],
    ['A Kazakh university signs a memorandum with the Parliamentary Assembly of Turkic States'],
    ['Қазақ университеті Түркітілдес елдердің парламенттік ассамблеясымен меморандум жасады'],
  ])('reads the Parliamentary Assembly of Turkic States by its names and spellings (%s)', (title) => {
    expect(read({ title, body: '' }).sentences[0]?.orgs.map((o) => o.code)).toEqual(['TURKPA'])
  })

  // corpus/README.md: individual performers are no party, and their state honours name no party either.
  it.each<[string, string[]]>([
    ['Особыми гостями вечера станут народный артист Узбекистана Фарух Садыков и заслуженный артист Кыргызстана Айбек Саралаев', []],
    ['On stage were People\'s Artist of Uzbekistan Farukh Sadykov and Honoured Artist of Kyrgyzstan Aibek Saralayev', []],
    ['Кешке Өзбекстанның халық әртісі Фарух Садықов пен Қырғызстанның еңбек сіңірген әртісі Айбек Саралаев қатысады', []],
    ['Заслуженный деятель искусств России возглавил жюри фестиваля', []],
    ['Народный артист Казахстана провёл мастер-класс в театре Узбекистана', ['UZ']],
    // Kazakh «еңбек сіңірген» alone is "who contributed": only before an artist or a figure is it an honour.
    ['Достыққа еңбек сіңірген Түркия азаматтары Астанада марапатталды', ['TR']],
    // The honour names the first country after it: one further on is another mention.
    ['Заслуженный артист Казахстана выступил в Узбекистане', ['UZ']],
    ['People\'s Artist of Kazakhstan performs in Uzbekistan', ['UZ']],
  ])('reads a country in a person\'s state honour as no mention (%s)', (title, codes) => {
    const reading = read({ title, body: '' })
    expect(readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => s.mention.code)).toEqual(codes)
  })

  it.each<[string, string, Signal]>([
    ['Seoul Olympic Museum and the National Museum of Kazakhstan signed a memorandum', 'KR', 'hasInstitution'],
    ['Kazakh students visited the Beijing Olympic Museum', 'CN', 'hasInstitution'],
  ])('reads a city before an Olympic institution as its country, the institution\'s (%s)', (title, code, signal) => {
    expect(signalsOf(title, code)[signal]).toBe(true)
  })

  // labels.md § partners: a sports club is its city's institution, as a theatre is.
  it.each<[string, string]>([
    ['Алматының «Қайрат» клубы мен Санкт-Петербургтің «Зенит» клубы ынтымақтастық келісіміне қол қойды', 'RU'],
    ['Клуб «Зенит» из Санкт-Петербурга подписал соглашение с «Кайратом»', 'RU'],
    ['Kairat signed a cooperation agreement with the St Petersburg club Zenit', 'RU'],
  ])('reads a club beside a city as the city\'s institution (%s)', (title, code) => {
    expect(signalsOf(title, code).hasInstitution).toBe(true)
  })

  // labels.md § partners: an institution names its country, and a place right after its proper name is its seat.
  it.each<[string, string]>([
    ['The European partners were the Polytechnic Institute of Porto and the University of Vigo in Spain', 'ES'],
    ['The exhibition was on view at the Museum of Anatolian Civilizations in Ankara', 'TR'],
    ['Делегация посетила Университет Виго в Испании', 'ES'],
  ])('reads a place after an institution\'s name as its seat, the institution\'s country (%s)', (title, code) => {
    expect(signalsOf(title, code).isInstitutionSeat).toBe(true)
  })

  it.each<[string, string]>([
    ['A Kazakh university opened a study centre in Spain', 'ES'],
    ['The Kazakh Cultural Centre in Rome held an exhibition', 'IT'],
    ['Посольство Казахстана в Венгрии провело вечер', 'HU'],
  ])('reads no seat after no foreign institution\'s proper name (%s)', (title, code) => {
    expect(signalsOf(title, code).isInstitutionSeat).toBe(false)
  })

  it('finds names in Kazakh written in Latin letters', () => {
    expect(signalsOf('Qazaqstan men Fransııa mýzeıleri memorandýmǵa qol qoıdy', 'FR').isPairedWithHome).toBe(true)
  })
})

describe('a news agency cited as the source', () => {
  const countriesRead = (title: string): string[] => read({ title, body: '' }).sentences.flatMap((s) => s.countries.map((m) => m.code))

  it.each([
    'Заседание Совета СНГ пройдет 18 апреля, сообщает БЕЛТА',
    'Заседание Совета СНГ пройдет 18 апреля, сообщает агентство «БЕЛТА»',
    'Совет рассмотрит работу фонда, сообщает Исполком со ссылкой на БЕЛТА',
    'The council will meet in April, BelTA reports',
    'The council will meet in April, according to Xinhua',
    'Кеңес сәуірде өтеді, деп хабарлайды Trend',
  ])('names no country: %s', (title) => {
    expect(countriesRead(title)).toEqual([])
  })

  it.each<[string, string]>([
    ['«Казинформ» и БЕЛТА подписали меморандум', 'BY'],
    ['Kazinform and Xinhua sign a memorandum', 'CN'],
    ['На встрече на БЕЛТА обсудили обмен новостями', 'BY'],
  ])('still names its country where it acts: %s', (title, code) => {
    expect(countriesRead(title)).toEqual([code])
  })
})

describe('an organisation inside a foreign body\'s name', () => {
  const namedIn = (title: string): string[] => {
    const reading = read({ title, body: '' })
    return readMentions(reading.sentences[0]!, 'KZ', reading.lang).signals.map((s) => (s.mention.isOrg ? `org:${s.mention.code}` : s.mention.code))
  }

  // labels.md § partners, an institution names its country: the body is that country's, the organisation in its name no party.
  it.each<[string, string[]]>([
    ['Satbayev University and the Chinese SCO technology transfer centre sign a memorandum', ['CN']],
    ['The university received a delegation of the Chinese Center for Technology Transfer of SCO member states', ['CN']],
    ['Китайский центр трансфера технологий ШОС и университет подписали меморандум', ['CN']],
  ])('reads the body\'s country, not the organisation: %s', (title, named) => {
    expect(namedIn(title)).toEqual(named)
  })

  it.each<[string, string[]]>([
    ['The Chinese delegation and SCO experts visited the university', ['CN', 'org:SCO']],
    ['The Chinese university hosted an SCO forum', ['CN', 'org:SCO']],
    ['The Chinese ambassador met the UNESCO Director-General', ['CN', 'org:UNESCO']],
  ])('keeps an organisation beside a country\'s body, not inside its name: %s', (title, named) => {
    expect(namedIn(title)).toEqual(named)
  })
})

describe('an organisation inside another body\'s own name', () => {
  const orgsRead = (title: string): string[] => read({ title, body: '' }).sentences.flatMap((s) => s.orgs.map((o) => o.code))

  // labels.md § partners: the UN's agencies with a name of their own are no UN («ООН по туризму» is UN Tourism).
  it.each<[string, string[]]>([
    ['Генсек ООН по туризму подписал в Астане меморандум с Министерством туризма', []],
    ['Генеральный секретарь Всемирной туристской организации ООН (UN Tourism) побывал в Казахстане', []],
    ['Представитель Программы развития ООН и ЮНЕСКО подписали план', ['UNESCO']],
    ['БҰҰ-ның Даму бағдарламасы мен министрлік меморандумға қол қойды', []],
    ['UN Women and UN-Habitat open an office in Almaty', []],
    ['Детский фонд ООН и министерство подписали меморандум', ['UNICEF']],
  ])('reads the body\'s own name, not the organisation inside it: %s', (title, orgs) => {
    expect(orgsRead(title)).toEqual(orgs)
  })

  it.each<[string, string[]]>([
    ['Генсек ООН посетил Астану', ['UN']],
    ['The UN and UNESCO signed a plan on tourism', ['UN', 'UNESCO']],
    ['БҰҰ өкілдері туризм министрлігіне барды', ['UN']],
  ])('keeps the organisation named alone: %s', (title, orgs) => {
    expect(orgsRead(title)).toEqual(orgs)
  })
})
