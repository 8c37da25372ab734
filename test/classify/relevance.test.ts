import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createAnalyser } from '../../src/classify/classify.js'
import { type ArticleView, relevanceBase, relevanceFeatures } from '../../src/classify/features/article.js'
import { sentenceFacts, type SentenceFacts } from '../../src/classify/features/candidates.js'
import { CUE_ENTRIES, type Cue, isSector } from '../../src/classify/lexicon/cues.js'
import { createLexicon } from '../../src/classify/lexicon/lexicon.js'
import { createArticleReader, type Sentence } from '../../src/classify/reading/read-article.js'
import type { Lang } from '../../src/classify/types.js'
import { tokenize } from '../../src/language/normalize.js'

/** The relevance features as labels.md words them, one question over a region's sentences each, in the order the models sum them. */
function plainRelevanceFeatures(view: ArticleView): Record<string, number> {
  const f: Record<string, number> = {}
  const any = (name: string, value: boolean) => {
    if (value) f[name] = 1
  }
  const facts = (s: Sentence) => view.facts.get(s) as SentenceFacts
  const core = view.sentences.filter((s) => s.region !== 'body')
  const body = view.sentences.filter((s) => s.region === 'body')
  // A token's cues count once: as out if they say out, or name a sport where the headline or lead reports a result, else as
  // culture if they say culture or a sector.
  const isOutToken = (s: Sentence, cues: readonly Cue[]) => cues.includes('out') || (s.region !== 'body' && s.cueSet.has('result') && cues.includes('sport'))
  const cueCount = (sentences: Sentence[], isOut: boolean) =>
    sentences.flatMap((s) => s.cues.map((cues) => ({ s, cues }))).filter(({ s, cues }) => (isOut ? isOutToken(s, cues) : !isOutToken(s, cues) && (cues.includes('culture') || cues.some(isSector)))).length
  const regions = { title: view.sentences.filter((s) => s.region === 'title'), lead: view.sentences.filter((s) => s.region === 'lead'), body }
  for (const [region, sentences] of Object.entries(regions)) {
    f[`r.culture_${region}`] = Math.log1p(cueCount(sentences, false))
    f[`r.out_${region}`] = Math.log1p(cueCount(sentences, true))
    any(`r.coop_${region}`, sentences.some((s) => facts(s).isCooperation))
    any(`r.home_${region}`, sentences.some((s) => view.homeActing.has(s)))
  }
  const [cultureCore, outCore] = [cueCount(core, false), cueCount(core, true)]
  const [cultureAll, outAll] = [cultureCore + cueCount(body, false), outCore + cueCount(body, true)]
  f['r.margin_core'] = (cultureCore - outCore) / (cultureCore + outCore + 1)
  f['r.margin_all'] = (cultureAll - outAll) / (cultureAll + outAll + 1)
  // A headline of cultural cooperation and no other field is not outweighed by its body's background.
  const isTitleCultural = cueCount(regions.title, false) > 0 && cueCount(regions.title, true) === 0 && regions.title.some((s) => facts(s).isCooperation)
  any('r.out_dominant', outAll > cultureAll && !isTitleCultural)
  const has = (sentences: Sentence[], cue: Cue) => sentences.some((s) => s.cueSet.has(cue))
  const holds = (sentences: Sentence[], fact: (s: SentenceFacts) => boolean) => sentences.some((s) => fact(facts(s)))
  any('r.health_core', has(core, 'health'))
  any('r.health_body', has(body, 'health'))
  any('r.aid_core', has(core, 'aid'))
  any('r.result_core', has(core, 'result'))
  any('r.award_core', has(core, 'award'))
  // A post filled (appointed, elected), where no council or commission in the headline or lead fills it.
  any('r.appointment_core', (has(core, 'appointed') && !holds(core, (x) => x.isCommission)) || has(core, 'governing'))
  // An anniversary with a verb that marks it within four words before or three after, or an institution within two, in a
  // sentence naming no foreign country.
  const marksOwnAnniversary = (s: Sentence) => !view.foreignNamed.has(s) && s.cues.some((cues, i) => cues.includes('anniversary') &&
    (s.cues.slice(Math.max(0, i - 4), i + 4).some((near) => near.includes('celebrate')) || s.cues.slice(Math.max(0, i - 2), i + 3).some((near) => near.includes('actor'))))
  any('r.own_anniversary_core', core.some(marksOwnAnniversary))
  // A holiday with a verb that marks it within three words either side, wherever it is held; or a reception (the party's noun)
  // with a holiday, an anniversary or a verb that marks one within four words either side.
  const isFestiveReception = (s: Sentence) => s.tokens.some((t, i) => /^(?:receptions?|при[её]м|при[её]ма|при[её]мом|при[её]ме|қабылдау|қабылдауы|қабылдауын|қабылдауға|қабылдауда)$/u.test(t.norm) &&
    s.cues.slice(Math.max(0, i - 4), i + 5).some((near) => near.includes('holiday') || near.includes('anniversary') || near.includes('celebrate')))
  any('r.holiday_core', core.some((s) => isFestiveReception(s) || s.cues.some((cues, i) => cues.includes('holiday') &&
    s.cues.slice(Math.max(0, i - 3), i + 4).some((near) => near.includes('celebrate')))))
  any('r.ethnic_core', has(core, 'ethnic'))
  any('r.ethnic_body', has(body, 'ethnic'))
  any('r.signed_core', holds(core, (x) => x.isDocumentSigned))
  any('r.signed_body', holds(body, (x) => x.isDocumentSigned))
  any('r.meet_core', holds(core, (x) => x.meets))
  any('r.commission_core', holds(core, (x) => x.isCommission))
  any('r.event_core', holds(core, (x) => x.isEvent))
  any('r.event_body', holds(body, (x) => x.isEvent))
  any('r.joint_core', holds(core, (x) => x.isJoint || x.isExchange))
  any('r.opening_core', has(core, 'opening'))
  any('r.visit_core', has(core, 'visit'))
  any('r.home_named', view.sentences.some((s) => view.homeNamed.has(s)) || namesCulturalCouncil(view))
  any('r.foreign_core', core.some((s) => view.foreignNamed.has(s)))
  any('r.foreign_pair_core', core.some((s) => view.foreignPairs.has(s) && !view.homeActing.has(s)))
  any('r.culture_coop_core', cultureCore > 0 && cultureCore >= outCore && holds(core, (x) => x.isCooperation))
  f['r.words'] = Math.log1p(view.wordCount) / 5
  any('r.lang_kk', view.lang === 'kk')
  any('r.lang_ru', view.lang === 'ru')
  return f
}

/** A regional organisation's council, session or ministers in a cultural headline: the home country sits in it as a member. */
function namesCulturalCouncil(view: ArticleView): boolean {
  const core = view.sentences.filter((s) => s.region !== 'body')
  const cueCount = (isOut: boolean) => core.flatMap((s) => s.cues)
    .filter((cues) => (isOut ? cues.includes('out') : !cues.includes('out') && (cues.includes('culture') || cues.some(isSector)))).length
  if (cueCount(false) === 0 || cueCount(false) < cueCount(true)) return false
  const outsideOrg = (s: Sentence, i: number) => !s.orgs.some((o) => i >= o.start && i < o.end)
  return view.sentences.some((s) => s.region === 'title' && s.orgs.some((o) => ['CIS', 'SCO', 'TURKSOY', 'OTS', 'CICA', 'OIC', 'ICESCO', 'EAEU', 'TURKPA'].includes(o.code)) &&
    s.cues.some((cues, i) => cues.includes('session') || cues.includes('ministers') || (cues.includes('council') && outsideOrg(s, i))))
}

/** A fixed sequence of numbers in [0, 1) (mulberry32), so every run draws the same sets. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** relevanceBase's yes-or-no features. */
const FLAGS = [
  'r.coop_title', 'r.home_title', 'r.coop_lead', 'r.home_lead', 'r.coop_body', 'r.home_body', 'r.out_dominant', 'r.health_core', 'r.health_body',
  'r.aid_core', 'r.result_core', 'r.award_core', 'r.appointment_core', 'r.own_anniversary_core', 'r.ethnic_core', 'r.ethnic_body', 'r.signed_core', 'r.signed_body', 'r.meet_core',
  'r.commission_core', 'r.event_core', 'r.event_body', 'r.joint_core', 'r.opening_core', 'r.visit_core', 'r.home_named', 'r.foreign_core',
  'r.foreign_pair_core', 'r.culture_coop_core', 'r.lang_kk', 'r.lang_ru',
]

describe('relevanceBase', () => {
  it('gives every feature, in order, as one question over each region\'s sentences would, on the corpus\'s texts with home, foreign and pair sentences drawn at random', () => {
    const read = createArticleReader(createCountryIndex())
    const random = seeded(14)
    const texts = ['events.jsonl', 'self-written.jsonl'].flatMap((file) =>
      readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { title: string; body: string; lang: Lang }),
    )
    const fired = new Set<string>()
    for (const text of texts) {
      const reading = read(text)
      const some = () => new Set(reading.sentences.filter(() => random() < 0.3))
      const view: ArticleView = {
        sentences: reading.sentences,
        facts: new Map(reading.sentences.map((s) => [s, sentenceFacts(s)])),
        homeActing: some(), homeNamed: some(), homeHosting: some(), foreignPairs: some(), foreignNamed: some(),
        wordCount: reading.wordCount, lang: reading.lang,
      }
      const base = relevanceBase(view)
      const plain = plainRelevanceFeatures(view)
      expect(Object.entries(base.features)).toEqual(Object.entries(plain))
      const core = view.sentences.filter((s) => s.region !== 'body')
      expect(base.isHomeInCore).toBe(core.some((s) => view.homeActing.has(s) || view.homeHosting.has(s)))
      expect(base.isHomeCooperating).toBe(view.sentences.some((s) => view.homeActing.has(s) && (view.facts.get(s) as SentenceFacts).isCooperation))
      expect(base.isHomeNamed).toBe(view.sentences.some((s) => view.homeNamed.has(s)) || namesCulturalCouncil(view))
      // A community's word, no bare assembly: the CIS Inter-Parliamentary Assembly is none.
      const isCommunity = (cues: readonly Cue[]) => cues.includes('ethnic') && !cues.includes('assembly')
      expect(base.isEthnicInCore).toBe(core.some((s) => s.cues.some(isCommunity)))
      for (const name of FLAGS) if (plain[name] === 1) fired.add(name)
    }
    // Every yes-or-no feature was asked and answered yes somewhere, so a crossed bit cannot hide.
    expect(FLAGS.filter((name) => !fired.has(name))).toEqual([])
  })
})

describe('relevanceFeatures', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const roundTable = {
    title: 'Regional archive and universities discuss cooperation in history research',
    body: 'A round table at the State Archive of Karaganda region discussed the archive\'s cooperation with universities and schools.',
  }
  const domesticMemorandum = {
    title: 'National Library and Kazakh National University of Arts sign memorandum',
    body: 'The National Library of Kazakhstan and the Kazakh National University of Arts signed a memorandum of cooperation on rare books.',
  }
  const noParty = { bestCountry: 0.2, countryCount: 0, bestOrg: 0.1, bestRelevantCountry: 0.1 }

  // labels.md § judgement calls: an ethnic community's festival at home is domestic news, and so is a minister's meeting with
  // compatriots abroad; a memorandum signed for them is cooperation.
  const compatriots = {
    title: 'Министр культуры встретилась с соотечественниками в Санкт-Петербурге',
    body: 'Министр культуры Казахстана встретилась с соотечественниками и деятелями культуры России в Санкт-Петербурге.',
  }
  const diasporaMemorandum = {
    title: 'Фонд соотечественников и Министерство культуры России подписали меморандум',
    body: 'Фонд поддержки соотечественников Казахстана и Министерство культуры России подписали меморандум о сотрудничестве.',
  }
  // The memorandum may stand further down than the headline and lead that speak of the diaspora (ru-057's Turkic Council).
  const diasporaMemorandumInBody = {
    title: 'Казахстан принял участие в совещании по делам диаспор в Стамбуле',
    body: 'Министр общественного развития Казахстана принял участие в совещании по делам диаспор.\nОн встретился с соотечественниками.\nУчастники обсудили сохранение родного языка.\nФонд «Отандастар» подписал меморандум о сотрудничестве с турецким фондом Юнуса Эмре.',
  }
  const party = { ...noParty, bestCountry: 0.9, countryCount: 1 }
  // The Assembly of People is the communities' own; the CIS Inter-Parliamentary Assembly and the Turkic States' are states'.
  const peoplesAssembly = {
    title: 'Қазақстан халқы Ассамблеясы Мәскеуде мерекелік концерт өткізді',
    body: 'Қазақстан халқы Ассамблеясының этномәдени бірлестіктері Мәскеуде концерт қойды.',
  }
  const ipa = {
    title: 'Межпарламентская ассамблея СНГ обсудила гуманитарное сотрудничество в Санкт-Петербурге',
    body: 'Делегация Казахстана приняла участие в заседании Межпарламентской ассамблеи СНГ в Санкт-Петербурге.',
  }
  const turkicAssembly = {
    title: 'Түркі мемлекеттерінің парламенттік ассамблеясы Бакуде жиналды',
    body: 'Ассамблея отырысында мәдени ынтымақтастық талқыланды.',
  }

  // A holiday celebrated is the celebrating side's own party, whoever attends; a memorandum signed at it is cooperation.
  const embassyNauryz = {
    title: 'Мысырда қазақстандық дипломаттар мен студенттер Наурызды тойлады',
    body: 'Қазақстанның Египеттегі елшілігі Египеттің қоғам қайраткерлерінің қатысуымен Наурыз мерекесіне арналған шара өткізді.',
  }
  const holidayMemorandum = {
    title: 'Университет отметил Наурыз и подписал меморандум с египетским университетом',
    body: 'Университет и Каирский университет подписали меморандум о сотрудничестве.',
  }

  // labels.md § relevant: the home country is a party as its institutions, but a university or conservatory named with no
  // country beside it is the home side only on the home country's site; in an article that names the home country nowhere
  // (no country, place or adjective) it is as likely another state's, so its cooperation is no party for the home side alone.
  const unnamedUniversity = {
    title: 'State university and a Georgian conservatory sign memorandum on music education',
    body: 'The university signed a memorandum of cooperation with the Tbilisi conservatory on joint concerts and student exchange.',
  }
  const homeCityUniversity = { ...unnamedUniversity, body: unnamedUniversity.body.replace('The university', 'The university in Almaty') }
  const unnamedUniversityRu = {
    title: 'Университет подписал меморандум с грузинской консерваторией',
    body: 'Университет и Тбилисская консерватория подписали меморандум о совместных концертах и обмене студентами.',
  }
  const kazakhUniversityRu = { ...unnamedUniversityRu, body: `Казахстанский ${unnamedUniversityRu.body.replace('Университет', 'университет')}` }

  // A post filled is personnel news, whatever country it names; a council filling its posts is that session's work.
  const representative = {
    title: 'Өзбекстан 32 жылда алғаш рет ТҮРКСОЙ-дағы өз өкілін тағайындады',
    body: 'Бұл қызметке республиканың мәдениет министрінің кеңесшісі келді, ол Анкарада жұмыс істейді.',
  }
  const councilElects = {
    title: 'В Туркестане на заседании Постоянного совета ТЮРКСОЙ вновь избран генеральный секретарь',
    body: 'Министры культуры тюркоязычных стран провели заседание совета.',
  }
  const appointedAndSigned = {
    title: 'Новым ректором университета назначен Иванов',
    body: 'В тот же день университет подписал меморандум о сотрудничестве с Анкарским университетом.',
  }

  // An organisation's governing body in session is its own business: the organisation is that body's, no party.
  const icescoCouncil = {
    title: "Kazakh ambassador in Cairo represents Kazakhstan at ICESCO's 40th Executive Council session",
    body: 'The ambassador represented his country at the 40th session of the Islamic Educational, Scientific and Cultural Organization.',
  }
  const governingSigned = {
    title: 'Исполнительный совет ИСЕСКО провёл сессию в Баку',
    body: 'На полях сессии Казахстан и ИСЕСКО подписали меморандум о сотрудничестве.',
  }

  it.each([
    ['a post filled, a party found', representative, party, 'r.appointment_party', 0.9],
    ['a post filled by a council in session', councilElects, party, 'r.appointment_party', 0],
    ['a post filled, a memorandum signed beside it', appointedAndSigned, party, 'r.appointment_party', 0],
    ['no post filled', compatriots, party, 'r.appointment_party', 0],
    ['a post filled, an organisation found a party', representative, { ...noParty, bestOrg: 0.95 }, 'r.appointment_party', 0.95],
    ['an organisation\'s governing body, the organisation found a party', icescoCouncil, { ...noParty, bestOrg: 0.95 }, 'r.appointment_party', 0.95],
    ['an organisation\'s governing body, a memorandum signed there', governingSigned, { ...noParty, bestOrg: 0.95 }, 'r.appointment_party', 0],
    // labels.md § relevant: with no foreign party, only a domestic agreement signed can be relevant.
    ['no party found and nothing signed', roundTable, noParty, 'r.domestic_unsigned', 1],
    ['a domestic agreement signed', domesticMemorandum, noParty, 'r.domestic_unsigned', 0],
    ['a foreign country found a party', roundTable, party, 'r.domestic_unsigned', 0],
    ['an organisation found a party', roundTable, { ...noParty, bestOrg: 0.8 }, 'r.domestic_unsigned', 0],
    ['a meeting with compatriots, a party found', compatriots, party, 'r.ethnic_party', 0.9],
    ['a meeting with compatriots, no party found', compatriots, noParty, 'r.ethnic_party', 0.2],
    ['a memorandum signed for compatriots', diasporaMemorandum, party, 'r.ethnic_party', 0],
    ['a memorandum signed for compatriots in the body', diasporaMemorandumInBody, party, 'r.ethnic_party', 0],
    ['no community named', roundTable, party, 'r.ethnic_party', 0],
    ['the Assembly of People of Kazakhstan', peoplesAssembly, party, 'r.ethnic_party', 0.9],
    ['the CIS Inter-Parliamentary Assembly', ipa, party, 'r.ethnic_party', 0],
    ['the Parliamentary Assembly of Turkic States', turkicAssembly, party, 'r.ethnic_party', 0],
    ['an embassy\'s Nauryz abroad, a party found', embassyNauryz, party, 'r.holiday_party', 0.9],
    ['a holiday marked, a memorandum signed', holidayMemorandum, party, 'r.holiday_party', 0],
    ['no holiday celebrated', compatriots, party, 'r.holiday_party', 0],
    ['an unqualified university, the home country named nowhere', unnamedUniversity, party, 'r.culture_party_home', 0],
    ['an unqualified university, the home country named nowhere', unnamedUniversity, party, 'r.culture_party_unnamed', 0.9],
    ['a university in a home city', homeCityUniversity, party, 'r.culture_party_home', 0.9],
    ['a university in a home city', homeCityUniversity, party, 'r.culture_party_unnamed', 0],
    ['«университет», the home country named nowhere', unnamedUniversityRu, party, 'r.culture_party_unnamed', 0.9],
    ['«казахстанский университет»', kazakhUniversityRu, party, 'r.culture_party_home', 0.9],
    ['«казахстанский университет»', kazakhUniversityRu, party, 'r.culture_party_unnamed', 0],
  ])('tells an institution\'s or a community\'s own business, and a side the article never names as the home country\'s, from cooperation: %s', (_name, article, parties, feature, expected) => {
    expect(relevanceFeatures(analyse(article).relevance, parties)[feature]).toBe(expected)
  })
})

describe('gold, a victory and a goal that are no sport result', () => {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const cuesIn = (text: string) => new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value))

  // labels.md: sport results are not relevant, and the result cue says so; the steppe's gold, the Golden Horde and a museum
  // of the Victory are history and a museum, and «гол-» begins Hollywood, blue and surnames.
  it.each<[string, string]>([
    ['British Museum lends Scythian gold to the National Museum', 'heritage'],
    ['В Париже готовят выставку «Золото Великой степи»', 'heritage'],
    ['Археологи отправились на раскопки памятников Золотой Орды', 'heritage'],
    ['Алтын Орда тарихына арналған конференция өтті', 'heritage'],
    ['Жеңіс музейі Әскери-тарихи музейімен әріптестік туралы келісім жасады', 'museums'],
    ['В Шымкенте открылся новый голливудский кинотеатр', 'cinema'],
  ])('reads no result in «%s», and reads %s', (text, cue) => {
    const cues = cuesIn(text)
    expect(cues.has('result')).toBe(false)
    expect(cues.has(cue as Cue)).toBe(true)
  })

  it.each([
    'Kazakhstan wins gold in wrestling at the Asian Games',
    'Сборная забила два гола в финале',
    'Құрама Әзірбайжанды жеңді, жеңіс тойланды',
  ])('still reads a result in a medal, a goal or a win (%s)', (text) => {
    expect(cuesIn(text).has('result')).toBe(true)
  })
})

describe('a sport result', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const features = (title: string, body = 'Об этом сообщила пресс-служба.') => analyse({ title, body }).relevance.features

  // labels.md § judgement calls: sport agreements are relevant, sport results are not; a sport beside a result is the result's.
  it.each([
    'Сборная Казахстана по футболу обыграла Кюрасао в контрольном матче',
    'Kazakh wrestlers win gold in the sport\'s world championship',
    'Қазақстанның футбол құрамасы Әзірбайжанды жеңді',
  ])('reads the sport of a headline that reports a result as out of scope, no cultural field (%s)', (title) => {
    const f = features(title)
    expect(f['r.out_title']).toBeGreaterThan(0)
    expect(f['r.culture_title']).toBe(0)
  })

  it.each([
    'Федерации футбола Казахстана и Кыргызстана подписали меморандум о сотрудничестве',
    'Kazakhstan and Korea sign a sport cooperation agreement',
  ])('still reads a sport agreement\'s sport as its field (%s)', (title) => {
    expect(features(title)['r.culture_title']).toBeGreaterThan(0)
  })

  it('keeps the sport of a body that recalls a championship', () => {
    const body = 'Документ подписали президенты федераций.\nОни договорились о совместных сборах.\nСтороны вспомнили финал чемпионата по футболу.'
    const f = features('Федерации футбола Казахстана и Кыргызстана подписали меморандум', body)
    expect(f['r.culture_body']).toBeGreaterThan(0)
  })
})

describe('a post filled', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const feature = (title: string, body = 'Об этом сообщила пресс-служба.') => analyse({ title, body }).relevance.features['r.appointment_core']

  // labels.md § relevant: everything else is no cooperation; a post filled is personnel news, whoever is named beside it.
  it.each([
    'ТҮРКСОЙ Бас хатшысының орынбасары болып Саит Юсуф тағайындалды',
    'Өзбекстан 32 жылда алғаш рет ТҮРКСОЙ-дағы өз өкілін тағайындады',
    'Kazakhstan elected to UNESCO World Heritage Committee for 2023-2027',
    'Former Tashkent envoy appointed TURKPA secretary general',
    'Новым председателем Союза писателей избран Мереке Кулкенов',
    'Рүстембеков Сәулетшілер одағының төрағасы болып қайта сайланды',
  ])('reads a post filled in the headline (%s)', (title) => {
    expect(feature(title)).toBe(1)
  })

  it.each([
    // A council in session fills its own posts: the session is what is reported (labels.md § judgement calls).
    'В Туркестане на заседании Постоянного совета ТЮРКСОЙ вновь избран генеральный секретарь',
    // The noun alone is a decision's or a document's matter.
    'Foreign ministers signed decisions on the appointment of the secretary general',
    // An adviser holds a post and sits in no council.
    'Иранның мәдени кеңесшілігі Ғылым академиясымен ынтымақтастық құжатына қол қойды',
  ])('reads no post filled where a council fills it, where only the noun is named, or in another word (%s)', (title) => {
    expect(feature(title)).toBeUndefined()
  })

  // labels.md § judgement calls: an international organisation is not the home country. Its governing body in session runs its own
  // business, as a post filled is.
  it.each([
    "Kazakh ambassador represents Kazakhstan at ICESCO's Executive Council session",
    'UNESCO General Conference opens its session in Paris',
    'Түркі академиясының Ғылыми кеңесі қорытындыланды',
    'Университеттер қауымдастығының Бас ассамблеясы өтті',
    'Исполнительный совет ИСЕСКО утвердил план на 2025 год',
    'Учёный совет университета подвёл итоги года',
  ])('reads an organisation\'s governing body in the headline as its own business (%s)', (title) => {
    expect(feature(title)).toBe(1)
  })

  it.each([
    'CIS Council for Cultural Cooperation meets in Minsk',
    'Совет министров культуры СНГ провёл заседание',
  ])('reads no governing body in a council of ministers (%s)', (title) => {
    expect(feature(title)).toBeUndefined()
  })

  // labels.md § relevant: politics is out of scope. A diplomatic mission opened is the state's own diplomatic service.
  it.each([
    'В Екатеринбурге открылось Генеральное консульство Казахстана',
    'Молдова официально открыла посольство в Казахстане',
    'Грузияның Гори қаласында Қазақстанның құрметті консулдығы ашылды',
    'Kazakhstan opened an honorary consulate in Maribor',
  ])('reads a diplomatic mission opened as the state\'s own business (%s)', (title) => {
    expect(feature(title)).toBe(1)
  })

  it.each([
    'Kazakh embassy in Berlin opens first artists\' festival',
    'Посольство Казахстана открыло выставку в Софии',
    'В университете открыли кабинет казахского языка при поддержке посольства',
  ])('reads no mission opened where an embassy opens an event or stands apart from the opening (%s)', (title) => {
    expect(feature(title)).toBeUndefined()
  })

  it('reads an adviser as no council', () => {
    expect(analyse({ title: 'Бұл қызметке министрдің кеңесшісі келді', body: 'Ол Анкарада жұмыс істейді.' }).relevance.features['r.commission_core']).toBeUndefined()
  })
})

describe('an anniversary marked', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const feature = (title: string, body = 'Поздравления прозвучали на торжественном собрании.') => analyse({ title, body }).relevance.features['r.own_anniversary_core']

  // labels.md: foreign guests only attending are no party; an institution's own jubilee is its own business, whoever attends.
  it.each([
    'Академия наук Казахстана отметила 70-летие торжественной сессией',
    'Тюркская академия отметила в Астане 15-летие',
    'Partner university in Almaty celebrates its 20th anniversary',
    'The philharmonic marks its 90th anniversary with a gala concert',
    'Мұражай 30 жылдығын атап өтті',
    'Жазушылар одағы мерейтойын тойлады',
    'В столице открылась конференция к 15-летию Национального архива',
    'Консерваторияның мерейтойына арналған халықаралық конференция өтті',
  ])('reads an institution marking its own anniversary, or an event for it, in the headline (%s)', (title) => {
    expect(feature(title)).toBe(1)
  })

  it('reads it in Kazakh in the Latin alphabet, as the page is read back into Cyrillic', () => {
    expect(feature('Muzei 30 jyldyğyn atap öttı', 'Muzeide saltanatty jinalys öttı.')).toBe(1)
  })

  it.each([
    // An anniversary of relations or of another country's independence names the country it is shared with.
    'В Токио отметили 30-летие дипломатических отношений Казахстана и Японии',
    'Ankara photo exhibition marks 30 years of Kyrgyz independence and the anniversary of its constitution',
    'Kazakhstan ready to help Ukraine mark the anniversary of Shevchenko',
    // Either word alone: a speaker noting something, a jubilee no one is said to mark.
    'Министр отметил важность культурного сотрудничества',
    'Оркестр выступил на юбилейном вечере композитора',
    'Шымкент проводит фестиваль песни к 90-летию Шамши Калдаякова',
  ])('reads no own anniversary where a foreign country is named or one of the words stands alone (%s)', (title) => {
    expect(feature(title, 'Концерт прошел в Астане.')).toBeUndefined()
  })
})

describe('a holiday celebrated', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const feature = (title: string, body = 'Концерт прошел в праздничной атмосфере.') => analyse({ title, body }).relevance.features['r.holiday_core']

  // labels.md: foreign guests only attending are no party; a community's, an embassy's or a town's holiday is its own party,
  // at home or abroad.
  it.each([
    'Мысырда қазақстандық дипломаттар мен студенттер Наурызды тойлады',
    'Kazakh students mark Nauryz in London',
    'Сабантуй под пальмами: татарский праздник отметили в Анталье',
    'Karaganda university departments compete in Nauryz celebration',
    'Ташкентская область отметила День независимости',
    'Елшілік Наурыз мерекесін атап өтті',
    // The home country's national days.
    'Университет отметил День единства народа Казахстана',
    'Жеңіс күні Алматыда атап өтілді',
    "Conference in the capital marks First President's Day",
  ])('reads a holiday celebrated in the headline (%s)', (title) => {
    expect(feature(title)).toBe(1)
  })

  it('reads it in Kazakh in the Latin alphabet', () => {
    expect(feature('Elşılık Nauryzdy toilady', 'Elşılıkte saltanatty keş öttı.')).toBe(1)
  })

  // A reception given for a holiday, a national day or an anniversary is the host's own party, as a holiday marked is: an
  // embassy's, a ministry's or a community's, whoever attends.
  it.each([
    'Алматыда Ресей күніне арналған мерекелік қабылдау өтті',
    'Софияда Қазақстанның Тәуелсіздік күніне орай салтанатты қабылдау өтті',
    'Киевтегі Түркия елшілігі Республиканың 94 жылдығына орай қабылдау берді',
    'Посол дал приём по случаю Дня независимости',
    'Embassy reception marks the national day',
  ])('reads a reception for a holiday or an anniversary as one celebrated (%s)', (title) => {
    expect(feature(title, 'Концерт прошел в Астане.')).toBe(1)
  })

  it.each([
    // A host who received guests, and admission to a university, are no party.
    'Министр принял посла Турции',
    'Министр Түркия елшісін қабылдады',
    'В университете начался приём документов',
  ])('reads no reception for an occasion where none is marked (%s)', (title) => {
    expect(feature(title, 'Концерт прошел в Астане.')).toBeUndefined()
  })

  it.each([
    // The Kazakh month is a date, not the holiday.
    'Меморандумға 23 наурызда қол қойылды, деп атап өтті министр',
    // Either word alone: a holiday concert no one is said to mark, a speaker noting something.
    'Кызылординская филармония привезет в Оренбург концерт к Наурызу',
    'Министр отметил важность культурного сотрудничества',
  ])('reads no holiday celebrated where it is a date or one of the words stands alone (%s)', (title) => {
    expect(feature(title, 'Концерт прошел в Астане.')).toBeUndefined()
  })
})

describe('a memorandum worked under', () => {
  const read = createArticleReader(createCountryIndex())
  const isSigned = (text: string) => read({ title: text, body: '' }).sentences.some((s) => sentenceFacts(s).isDocumentSigned)

  // labels.md § judgement calls: an agreement signed before and recalled does not make today's work an agreement.
  it.each([
    'Занятия прошли в рамках меморандума о сотрудничестве, заключенного между университетом и музеем',
    'The classes were held within the framework of the memorandum of cooperation signed between the university and the museum',
    'Сабақтар университет пен мұражай арасында қол қойылған меморандум аясында өтті',
  ])('reads work done under an earlier memorandum as no signing (%s)', (text) => {
    expect(isSigned(text)).toBe(false)
  })

  it.each([
    'Университет и музей заключили меморандум о сотрудничестве',
    'The university and the museum signed a memorandum of cooperation',
    'Университет пен мұражай ынтымақтастық туралы меморандумға қол қойды',
  ])('still reads a memorandum signed now as signed (%s)', (text) => {
    expect(isSigned(text)).toBe(true)
  })
})

describe('"humanitarian"', () => {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const cuesIn = (text: string) => new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value))

  // labels.md § judgement calls: humanitarian aid is not humanitarian cooperation.
  it('reads aid, relief and demining as aid and no culture, in the three languages', () => {
    for (const text of [
      'Kazakhstan and Russia sign humanitarian demining agreement',
      'The sides agreed on humanitarian assistance and a humanitarian corridor.',
      'Казахстан направил гуманитарную помощь Афганистану',
      'Гуманитарная миссия прибыла в Кабул',
      'Қазақстан Ауғанстанға гуманитарлық көмек жіберді',
    ]) {
      const cues = cuesIn(text)
      expect([cues.has('aid'), cues.has('culture')], text).toEqual([true, false])
    }
  })

  it('still reads humanitarian cooperation and ties as culture', () => {
    for (const text of ['Kazakhstan and Azerbaijan expand humanitarian cooperation', 'Культурно-гуманитарное сотрудничество', 'Мәдени-гуманитарлық байланыстар']) {
      expect(cuesIn(text).has('culture'), text).toBe(true)
    }
  })
})

describe('ethnic communities at home', () => {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const cuesIn = (text: string) => new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value))
  const analyse = createAnalyser({ homeCountry: 'KZ' })

  // labels.md § judgement calls: festivals of ethnic communities inside the home country are domestic news.
  it.each([
    'Days of Bashkir culture were held at the House of Friendship in Kostanay',
    'В Доме дружбы Петропавловска прошли Дни татарской культуры',
    'Достық үйінде чуваш мәдениетінің күндері өтті',
    'The festival of the German minority gathered ensembles from every region',
    'Концерт подготовили национально-культурные центры области',
    'Корей ұлттық-мәдени орталығы мереке өткізді',
  ])('reads a community\'s house, centre or minority as ethnic (%s)', (text) => {
    expect(cuesIn(text).has('ethnic')).toBe(true)
  })

  it.each([
    'The German centre celebrated 30 years of the revival movement of Germans',
    'Татары и башкиры столицы открыли летние праздники',
    'Қазақстан кәрістері қауымдастығы мерейтойын тойлады',
    'Уйгуры Алматы провели фестиваль',
  ])('reads a community named as its people as ethnic (%s)', (text) => {
    expect(cuesIn(text).has('ethnic')).toBe(true)
  })

  // The Soviet Koreans' own name is their people's, and the Assembly of People's initials name it as its full name does.
  it.each([
    'The Aktobe Association of Koryoin marked its 35th anniversary',
    'Корё сарам Алматы провели праздник',
    'В области Улытау перед сессией АНК заседал Совет',
    'Театр ҚХА төрағасының орынбасарын концертпен қарсы алды',
    'The Department of Foreign Languages and APK held a round table',
  ])('reads the Koryoin and the Assembly of People\'s initials as ethnic (%s)', (text) => {
    expect(cuesIn(text).has('ethnic')).toBe(true)
  })

  // A kin state's adjective names its country, not the community: a German orchestra on tour is Germany's.
  it.each([
    'A German orchestra gave a concert in Almaty',
    'Корейский университет подписал меморандум',
  ])('reads no community in a people\'s adjective (%s)', (text) => {
    expect(cuesIn(text).has('ethnic')).toBe(false)
  })

  // «Национально-культурный» is a nation's culture too: its heritage or identity is no community's.
  it.each([
    'Казахстан и Турция обсудили сохранение национально-культурного наследия',
    'Форум посвящен национально-культурной идентичности тюркских народов',
  ])('reads no ethnic community in a nation\'s cultural heritage (%s)', (text) => {
    expect(cuesIn(text).has('ethnic')).toBe(false)
  })

  it('marks a headline about a community house\'s days of a people\'s culture as an ethnic community\'s', () => {
    const days = { title: 'В Доме дружбы Актобе прошли Дни башкирской культуры', body: 'Солисты из Уфы провели мастер-классы для участников.' }
    expect(analyse(days).relevance.features['r.ethnic_core']).toBe(1)
  })
})

describe('a regional organisation\'s council', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const homeNamed = (title: string, body: string) => analyse({ title, body }).relevance.features['r.home_named'] ?? 0

  // labels.md § judgement calls: a council of an organisation's culture ministers is relevant as a commission, its partners
  // the member states named; an article that names no home participant still reports a council the home country sits in.
  it.each([
    ['Extraordinary meeting of TURKSOY Permanent Council held in Bursa', 'The culture ministers discussed the cultural capital of the Turkic world and joint heritage projects.'],
    ['Ninth meeting of SCO member states\' education ministers concludes', 'The ministers discussed student exchanges and university cooperation.'],
    ['Совет по культурному сотрудничеству СНГ собрался в Душанбе', 'Министры культуры обсудили план совместных выставок и фестивалей.'],
  ])('reads a cultural council the headline reports as the home country\'s though no home place is named (%s)', (title, body) => {
    expect(homeNamed(title, body)).toBe(1)
  })

  // A UN body's session is that body's own business (corpus: the World Heritage Committee), and a council on defence is out of scope.
  it.each([
    ['UNESCO World Heritage Committee session opens in Riyadh', 'The committee will consider heritage nominations from several countries.'],
    ['CIS defence ministers\' council meets in Minsk', 'The ministers discussed joint military exercises and air defence.'],
  ])('reads no home country in a UN body\'s session or a council outside the fields (%s)', (title, body) => {
    expect(homeNamed(title, body)).toBe(0)
  })
})

describe('a cultural headline over a body of trade', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const outDominant = (title: string, body: string) => analyse({ title, body }).relevance.features['r.out_dominant'] ?? 0
  const tradeBody = 'The governor took part in a business forum on trade and investment. The region signed a memorandum with a trade ' +
    'association on investment, export and industrial projects, and the sides discussed trade, investment and the economy.'

  // labels.md § judgement calls: what the article reports decides; the trade the body recalls is background.
  it('reads no field outweighing a headline of cultural cooperation that names no other', () => {
    expect(outDominant('Turkestan region signs memorandum on a branch of a Korean university', tradeBody)).toBe(0)
  })

  it('still reads the trade outweighing a headline that names it, or a cultural headline that reports no cooperation', () => {
    expect(outDominant('Turkestan region signs memoranda on trade and a branch of a Korean university', tradeBody)).toBe(1)
    expect(outDominant('A Korean university opens in Turkestan', tradeBody)).toBe(1)
  })
})

describe('other fields named in Kazakh', () => {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const cuesIn = (text: string) => new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value))

  // labels.md § relevant: cooperation in industry or defence is out of scope, however cooperative its words. (Agrarian
  // universities' and institutes' agreements, read so too, cost the corpus's published precision 0.976 → 0.964: the corpus
  // labels their exchanges of students education.)
  it.each([
    'Түркия мен Қазақстан қорғаныс өнеркәсібі саласындағы жобаларды талқылады',
    'Екі ел әскери және қорғаныс саласында ынтымақтастықты дамытады',
  ])('reads industry and defence as out and not as art (%s)', (text) => {
    const cues = cuesIn(text)
    expect([cues.has('out'), cues.has('arts')], text).toEqual([true, false])
  })

  it('still reads art as art («өнер көрмесі», «қолөнер»)', () => {
    expect(cuesIn('Қазақ өнері мен қолөнер көрмесі ашылды').has('arts')).toBe(true)
  })
})

describe('a place\'s days, and a house of friendship abroad', () => {
  // The home country tells a house abroad from one at home; a place's days need none.
  const read = createArticleReader(createCountryIndex(), 'KZ')
  const cuesOf = (title: string) => (read({ title, body: '' }).sentences[0] as Sentence).cueSet

  // labels.md § judgement calls: days of culture, in either direction, are a joint event, and a region's or a city's days are
  // days of its culture where the headline never says "culture".
  it.each([
    'Days of Altai Krai open in Pavlodar',
    'Дни Омской области открылись в Павлодаре',
    'Дни Татарстана проходят в Астане',
    'Омбы облысының күндері Павлодарда ашылды',
    'Павлодарда Омбы күндері басталды',
    // A region named by its people's adjective: «Туркестанской области» is a region, no field.
    'Дни Туркестанской области в Татарстане',
  ])('reads a place\'s days as an event of the cultural domain (%s)', (title) => {
    const cues = cuesOf(title)
    expect([cues.has('event'), cues.has('culture')]).toEqual([true, true])
  })

  it.each([
    'Days of Kazakh Medicine held in Dushanbe',
    'Дни казахстанской медицины прошли в Душанбе',
  ])('reads no culture in a people\'s field\'s days (%s)', (title) => {
    expect(cuesOf(title).has('culture')).toBe(false)
  })


  // A place named after «дни», "days of" or before «күндері» as the subject of the next words, or as the owner of what the days
  // are of, names no days of its: «В эти дни Казахстан принимает …», "the first days of Kazakhstan's independence".
  it.each([
    'In the first days of Kazakhstan\'s independence Turkey recognised the new state',
    'В эти дни Казахстан принимает делегацию Китая',
    'В последние дни Турция и Казахстан обсуждали транзит',
    'After three days of Kazakhstan-China talks on transit the sides signed a protocol',
    'After three days of Kazakhstan–China talks on transit the sides signed a protocol',
    // Kazakh days in a place («Түркияда», «облысында») are a time there, not the place's.
    'Түркияда күндері ыстық болады',
    'Ресейдегі күндері есінде қалды',
    'Омбы облысында күндері суық болды',
  ])('reads no culture in a date or a subject after "days" (%s)', (title) => {
    expect(cuesOf(title).has('culture')).toBe(false)
  })

  it.each([
    'Days of Astana open in Ankara',
    'Дни Казахстана в Турции открылись в Анкаре',
    'Дни Баку прошли в Алматы',
  ])('still reads a place\'s own days as days of its culture (%s)', (title) => {
    expect(cuesOf(title).has('culture')).toBe(true)
  })


  // labels.md § judgement calls: days of the home country's culture abroad are a joint event, held in a foreign city's House of
  // Friendship or not; only a house at home is an ethnic community's.
  it.each([
    'В Доме дружбы в Ташкенте прошли Дни культуры Казахстана',
    'Days of Kazakh culture held at the House of Friendship in Tashkent',
    'A concert at the Tashkent House of Friendship opened the Days of Kazakh culture',
    'В Доме дружбы народов Москвы прошли Дни культуры Казахстана',
    'Мәскеудегі Достық үйінде Қазақстан мәдениеті күндері өтті',
  ])('reads no ethnic community in a foreign city\'s house (%s)', (title) => {
    expect(cuesOf(title).has('ethnic')).toBe(false)
  })

  it.each([
    'В Доме дружбы Петропавловска прошли Дни татарской культуры',
    'Дни Татарстана прошли в Доме дружбы',
    'Days of Bashkir culture were held at the House of Friendship in Kostanay',
  ])('still reads a house at home as an ethnic community\'s (%s)', (title) => {
    expect(cuesOf(title).has('ethnic')).toBe(true)
  })
})

describe('schools, faculties and scholars the lexicon had no word for', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const cuesIn = (text: string) => new Set(cueLexicon.findAll(tokenize(text)).flatMap((m) => m.value))

  // labels.md § relevant: the home country is a party as its institutions, and a college named with no country beside it is
  // one on a home-country site, as a university is (mentions.ts § hasUnqualifiedInstitution).
  it.each([
    ['Колледж Пекиндегі Жастар саясаты институтымен меморандум жасасты', 'Колледж директоры мен институт ректоры ынтымақтастық туралы меморандумға қол қойды.'],
    ['Колледж подписал меморандум с пекинским институтом молодежной политики', 'Директор колледжа и ректор института подписали меморандум о сотрудничестве.'],
    ['College signs memorandum with Beijing youth policy institute', 'The college director and the institute rector signed a memorandum of cooperation.'],
    ['Лицей и гимназия провели обмен учениками с турецкой школой', 'Лицей подписал меморандум с турецкой школой.'],
  ])('reads a college, a lyceum or a gymnasium with no country beside it as the home side cooperating: %s', (title, body) => {
    expect(analyse({ title, body }).relevance.isHomeCooperating).toBe(true)
  })

  // labels.md § relevant: education, science and tourism are in scope, and a department, a faculty, a one-word state
  // university, a Turkologist or a tour operator says so as a university, a scientist or a tourist does.
  it.each([
    ['Корея делегациясы шығыс филологиясы кафедрасында болды', 'Қонақтар кафедра меңгерушісімен кездесті.'],
    ['Мажилис одобрил соглашение о филиале Челябинского госуниверситета', 'Депутаты ратифицировали соглашение.'],
    ['Hungarian Turkologist\'s anniversary marked in Budapest', 'The embassy and a Hungarian foundation held an evening.'],
    ['Мажар түркологының 80 жылдығы Будапештте аталып өтті', 'Кешті елшілік пен мажар қоры бірге өткізді.'],
    ['Polish faculty of philology receives Kazakh delegation', 'The guests met the dean.'],
    // Tourism's trade and travellers: tour operators, cruises, pilgrimages.
    ['Мангистауские и российские туроператоры договорились развивать круизы по Каспию', 'Стороны подписали меморандум.'],
    ['Түркістан облысының әкімі «Табаррук-Зиярат» жобасын талқылады', 'Жоба шекара маңындағы өңірлерге арналған.'],
    ['Kazakh and Uzbek regions plan a pilgrimage route', 'The governors met in Turkistan.'],
    // A concert or a photo exhibition is culture however few other words say so.
    ['Қызылорда облысының делегациясы Орынборда концерт берді', 'Делегацияны облыс әкімінің орынбасары бастады.'],
    ['Ханойда «Беймәлім Қазақстан» фотокөрмесі өтті', 'Көрмені елшілік ұйымдастырды.'],
    ['Казахстанская делегация дала концерт в Оренбурге', 'Делегацию возглавил заместитель акима области.'],
    ['В Ханое открылась фотовыставка «Неизвестный Казахстан»', 'Выставку организовало посольство.'],
    ['Kazakh delegation gives a concert in Orenburg', 'The deputy akim of the region led the delegation.'],
  ])('reads the headline as cultural: %s', (title, body) => {
    expect(analyse({ title, body }).relevance.isCultural).toBe(true)
  })

  it('reads no education in a cathedral («кафедральный собор»)', () => {
    expect(cuesIn('Концерт прошел в кафедральном соборе').has('education')).toBe(false)
  })
})

describe('the environment', () => {
  const analyse = createAnalyser({ homeCountry: 'KZ' })

  // labels.md § relevant: cooperation in another field is out of scope, however cooperative its words: an interregional forum
  // on ecology, a working group's concepts for the environment, climate talks.
  it.each([
    ['Russia–Kazakhstan Interregional Cooperation Forum to focus on ecology', 'The forum is devoted to cooperation on ecology and the environment.'],
    ['Рабочая группа одобрила концепции в сфере охраны окружающей среды', 'Стороны обсудили сотрудничество по экологии и климату.'],
    ['Қазақстан мен Ресей экология саласындағы ынтымақтастықты талқылады', 'Тараптар қоршаған ортаны қорғау және климат мәселелерін қарады.'],
  ])('reads the headline and lead as out of scope: %s', (title, body) => {
    const f = analyse({ title, body }).relevance.features
    expect([f['r.out_title'] ?? 0, f['r.out_lead'] ?? 0].every((x) => x > 0)).toBe(true)
  })
})
