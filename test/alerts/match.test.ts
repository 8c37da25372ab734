import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkItemEligibility, createTopicMatcher, isSubscribedBefore } from '../../src/alerts/match.js'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { searchItems } from '../../src/db/items.js'
import { seedItems } from '../helpers/seed-items.js'
import { createTestDb } from '../helpers/test-app.js'

const item = {
  title: 'Казахстан и Франция подписали меморандум о сотрудничестве музеев',
  body: 'Стороны договорились об обмене выставками. Лувр и Национальный музей РК… Гастроли театра в Париже.',
  partners: ['FR'],
  orgs: ['UNESCO'],
  sectors: ['museums', 'heritage'],
}

describe('matching a subscription', () => {
  it.each([
    [{ topicType: 'all', topicValue: '' }, true],
    [{ topicType: 'country', topicValue: 'FR' }, true],
    [{ topicType: 'country', topicValue: 'fr' }, true],
    [{ topicType: 'country', topicValue: 'RU' }, false],
    [{ topicType: 'org', topicValue: 'UNESCO' }, true],
    [{ topicType: 'org', topicValue: 'TURKSOY' }, false],
    [{ topicType: 'sector', topicValue: 'museums' }, true],
    [{ topicType: 'sector', topicValue: 'cinema' }, false],
    [{ topicType: 'keyword', topicValue: 'меморандум' }, true],
    [{ topicType: 'keyword', topicValue: 'Музей' }, true],
    [{ topicType: 'keyword', topicValue: 'лувр' }, true],
    [{ topicType: 'keyword', topicValue: 'театры' }, true],
    [{ topicType: 'keyword', topicValue: 'гастроль' }, true],
    [{ topicType: 'keyword', topicValue: 'гастроли в Париже' }, true],
    [{ topicType: 'keyword', topicValue: 'узей' }, false],
    [{ topicType: 'keyword', topicValue: 'кино' }, false],
    [{ topicType: 'keyword', topicValue: 'театры Берлина' }, false],
  ] as const)('%o → %s', (topic, expected) => {
    expect(createTopicMatcher(item)(topic)).toBe(expected)
  })
})

// Issue 15.5: a keyword subscription alerts on exactly the items /search finds for it.
describe('keyword alerts and /search agree', () => {
  const items = [
    { title: 'Гастроли театра в Берлине', body: 'Труппа покажет три спектакля.' },
    { title: 'Театрға жаңа маусым', body: 'Францияға гастрольдік сапар жоспарланды.' },
    { title: 'Museum exchange with France', body: 'The Louvre lends paintings to the national museums.' },
    { title: 'Ресеймен мәдени ынтымақтастық', body: 'Мұражайлардың көрмесі ашылды.' },
    { title: 'Выставка «Лувр Абу-Даби» в Астане', body: 'Йогурт и ёлка: музейные праздники.' },
    { title: 'TURKSOY culture ministers meet in İstanbul', body: 'İzmir State Opera joins the İs-shara in Türkistan.' },
    { title: 'Théâtre du Soleil: la Société des amis', body: 'Die Bühne der Städte. Ulttyq kórme.' },
    { title: 'Theatre des Nations, Societe des artistes', body: 'Buhne der Stadte; ulttyq korme.' },
    { title: 'Qazaqstan Respýblıkasy mádenıet kúnderi', body: 'Almatyda ashyldy.' },
    { title: 'Qazaqstan Respublikasy madeniet aptalygy', body: 'Astanada ótti.' },
    { title: 'Больница театральная открылась', body: 'Директор большого завода и труппа театра пришли. В Днях культуры ёлка и ıdeıa.' },
    { title: 'Итоги года культуры', body: 'Встреча людей культуры. Art Days in Almaty.' },
    { title: 'На дно культуры', body: 'Елдің тарихы туралы.' },
    { title: 'Ortalyq mýzeı ashyldy', body: 'Şymkent qalasy.' },
    { title: 'Ortalyq muzei ashyldy', body: 'Shymkent qalasy.' },
    { title: 'Встреча с послами', body: 'В Дворце молодёжи на высоком уровне. После встречи — концерт.' },
    { title: 'Встреча посла Казахстана', body: 'После Казахстана — дня культуры нет.' },
    { title: 'Кино күндерін ұйымдастырды', body: 'Урок истории: угол зала, ступень лестницы. Киім-кешек жіберілді.' },
    { title: 'Урки и угли', body: 'Ступни в песке. Жүк кешке жетті.' },
  ]
  const keywords = [
    'театры', 'гастроль', 'гастроли театра', 'Франции', 'Франция', 'museum', 'louvre', 'Louvre paintings', 'Ресей', 'России', 'ынтымақтастық',
    'мұражай', 'выставки', 'лувр абу-даби', 'ёлки', 'йогурта', 'музей', 'спектакли', 'Берлин', 'театр Берлин', 'paintings France', 'кино',
    'istanbul', 'İstanbul', 'IZMIR', '"İzmir State"', 'is-shara',
    '"Гастроли театра в Берлине"',
    // Phrases in any word forms, side by side: «гастролей театров», «Театрға жаңа», «music museums» is not «museums» alone.
    '«гастролей театров в Берлине»', '«театра Гастроли»', '"театр жаңа"', '«Лувра Абу-Даби»', '"lends painting"', '"museum exchanges"', '"national museum"', '"музейный праздник"',
    // Latin accents typed or left out, whether the text has them or not.
    'theatre', 'Théâtre', 'société', 'societe', 'Bühne', 'buhne', 'Städte', 'kórme', 'korme', 'theatre du soleil', '"Théâtre des Nations"', '"Société des"',
    // Kazakh Latin's ı typed i, its ý typed u, and the other way round.
    'madeniet', 'mádenıet', 'madenıet', 'respublikasy', 'Respýblıkasy', '"Qazaqstan Respublikasy madeniet"', '"Respýblıkasy mádenıet"',
    // A phrase's word in its place: «Больница театральная» is no «Большой театр»; «Дни» finds «Днях», «елка» «ёлка», "ideia" «ıdeıa».
    '«Большой театр»', '«Дни культуры»', '"в днях"', '"елка"', '"ideia"',
    // A word whose stem is shorter than four letters, in any form: «годы» finds «года», "Arts" "Art", «елі» «елдің»; «дни» is no «дно».
    '«годы культуры»', '"Arts Days"', '«люди культуры»', '«елі тарихы»', '«дно культуры»',
    // Kazakh Latin's ý typed u and ş sh in a phrase's words' first letters, and the other way round.
    '"muzei ashyldy"', '"mýzeı"', '"shymkent qalasy"', '"Şymkent"', '"Ortalyq muzei"',
    // Operators: either of two words, a word left out.
    'Берлин OR Париж', 'театры или мұражай', 'museum -Louvre', 'театр NOT Берлин', 'museum and Louvre', 'театр*', 'museu*', 'gast* OR Лувр',
    // A noun whose last vowel drops in its other forms: «посол» finds «послами», not «После».
    'посол', 'дворец', 'уровень', 'посол OR театр', 'театры -посол', '"Дворец молодёжи"', '«посол Казахстана»', '"день культуры"',
    // Kazakh typed in either script finds it written in the other: Cyrillic, 2018's and 2021's Latin letters.
    // A Kazakh word's accusative after «its» («күндерін»), and Russian nouns whose forms without their vowel are another word («угли», «ступни»).
    'күндері', '"кино күндері"', 'kúnderi', 'угол', 'урок', 'ступень', 'кешек', 'кешке',
    'мәдениет', 'мәдени*', '"мәдениет күндері"', 'Reseımen', 'ынтымақтастық', 'mädeniet OR театр', 'mádenıet -Алматы', '"Respýblıkasy mádenıet"', 'Қазақстан -Ресей',
    // OR between phrases, and between a phrase and plain words: any of them will do.
    '"Гастроли театра" OR "museum exchange"', '«Дворец молодёжи» или посол', 'кино OR театр OR "national museum"', '"mádenıet kúnderi" OR "кино күндері"', 'театр* OR "Лувр Абу-Даби"',
    // A word OR joined to a phrase is found as it is alone: «дни» only as written, not as a phrase's «Днях»; a starred word by its start.
    '"Лувр Абу-Даби" OR дни', '«Лувр Абу-Даби» OR годы', '"Лувр Абу-Даби" OR театр*', '"national museum" OR посол OR музе*', 'mádenıet* OR "Дворец молодёжи"',
    // A word of several OR joined is one alternative, its words side by side: not its first word required, nor either word alone.
    'Абу-Даби OR Берлин', 'посол OR Абу-Даби', '"Дворец молодёжи" OR Абу-Даби', 'Абу-Даби OR "Дворец молодёжи"', 'Абу-Даби OR посол театр',
    // A phrase after a minus or NOT must be absent.
    'театр -"Гастроли театра"', 'museum NOT "national museum"', 'посол -«посол Казахстана»', 'mádenıet -"mädeniet aptalygy"',
  ]
  let db: Db
  let ids: number[]
  beforeAll(async () => {
    db = await createTestDb()
    ids = await seedItems(db, items)
  })
  afterAll(async () => db.destroy())

  it.each(keywords)('«%s»', async (keyword) => {
    const found = (await searchItems(db, toFtsQuery(keyword)!, { limit: 100 })).items.map((i) => ids.indexOf(i.id)).sort((a, b) => a - b)
    const alerted = items.flatMap((it, i) => (createTopicMatcher({ ...it, partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: keyword }) ? [i] : []))
    expect(alerted).toEqual(found)
  })

  it('finds word forms across the languages', () => {
    const alerted = (keyword: string) => items.flatMap((it, i) => (createTopicMatcher({ ...it, partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: keyword }) ? [i] : []))
    expect(alerted('театры')).toEqual([0, 1, 10])
    expect(alerted('гастроль')).toEqual([0])
    expect(alerted('Франции')).toEqual([1])
    expect(alerted('Ресей')).toEqual([3])
    expect(alerted('посол')).toEqual([15, 16])
    expect(alerted('«посол Казахстана»')).toEqual([16])
    for (const word of ['күндері', 'kúnderi']) expect(alerted(word), word).toEqual([8, 17])
    for (const word of ['"кино күндері"', 'угол', 'урок', 'ступень', 'кешек']) expect(alerted(word), word).toEqual([17])
    expect(alerted('кешке')).toEqual([18])
    // A capital İ (Turkish names, Kazakh Latin's capital of i) is an i with its dot, which search and alerts may leave out.
    for (const word of ['istanbul', 'İstanbul', 'Istanbul', 'izmir', 'is-shara']) expect(alerted(word), word).toEqual([5])
    expect(alerted('"Гастроли театра в Берлине"')).toEqual([0])
    expect(alerted('«гастролей театров в Берлине»')).toEqual([0])
    expect(alerted('«театра Гастроли»')).toEqual([])
    expect(alerted('"Гастроли театра" OR "museum exchange"')).toEqual([0, 2])
    expect(alerted('«Дворец молодёжи» или посол')).toEqual([15, 16])
    expect(alerted('"mádenıet kúnderi" OR "кино күндері"')).toEqual([8, 17])
    // A word OR joined to a phrase finds what it finds alone, a starred one too: the items of either, never more nor fewer.
    const union = (...found: number[][]) => [...new Set(found.flat())].sort((a, b) => a - b)
    expect(alerted('театр* OR "Лувр Абу-Даби"')).toEqual([0, 1, 4, 10])
    for (const [phrase, word] of [['"Лувр Абу-Даби"', 'дни'], ['«Лувр Абу-Даби»', 'годы'], ['"Лувр Абу-Даби"', 'театр*'], ['"national museum"', 'музе*'], ['«Дворец молодёжи»', 'mádenıet*'], ['"кино күндері"', 'күн']] as const) {
      expect(alerted(`${phrase} OR ${word}`), `${phrase} OR ${word}`).toEqual(union(alerted(phrase), alerted(word)))
      expect(alerted(`${word} OR ${phrase}`), `${word} OR ${phrase}`).toEqual(union(alerted(phrase), alerted(word)))
    }
    expect(alerted('"Лувр Абу-Даби" OR дни')).toEqual([4])
    for (const [several, other] of [['Абу-Даби', 'Берлин'], ['Абу-Даби', 'посол'], ['Абу-Даби', '"Дворец молодёжи"']] as const) {
      expect(alerted(`${several} OR ${other}`), `${several} OR ${other}`).toEqual(union(alerted(several), alerted(other)))
      expect(alerted(`${other} OR ${several}`), `${other} OR ${several}`).toEqual(union(alerted(several), alerted(other)))
    }
    expect(alerted('посол -«посол Казахстана»')).toEqual([15])
    expect(alerted('"театр жаңа"')).toEqual([1])
    expect(alerted('"lends painting"')).toEqual([2])
    for (const word of ['theatre', 'Théâtre', 'societe', 'Société', 'buhne', 'Bühne', 'stadte', 'Städte', 'korme']) expect(alerted(word), word).toEqual([6, 7])
    // Typed with a Kazakh Latin letter, «kórme» is also «көрме» in Cyrillic («көрмесі»).
    expect(alerted('kórme')).toEqual([3, 6, 7])
    expect(alerted('theatre du soleil')).toEqual([6])
    for (const word of ['madeniet', 'mádenıet', 'respublikasy', 'Respýblıkasy']) expect(alerted(word), word).toEqual([8, 9])
    expect(alerted('«Большой театр»')).toEqual([])
    // Either word of an OR, a starred one too: «gast* OR Лувр» is a tour or the Louvre, not both.
    expect(alerted('gast* OR Лувр')).toEqual(alerted('Лувр'))
    expect(alerted('Лувр OR gast*')).toEqual(alerted('Лувр'))
    expect(alerted('«Дни культуры»')).toEqual([10, 16])
    expect(alerted('«годы культуры»')).toEqual([11])
    expect(alerted('"Arts Days"')).toEqual([11])
    expect(alerted('«дно культуры»')).toEqual([12])
    for (const phrase of ['"muzei ashyldy"', '"mýzeı ashyldy"', '"shymkent"', '"Şymkent"']) expect(alerted(phrase), phrase).toEqual([13, 14])
    expect(alerted('"елка и ideia"')).toEqual([10])
  })

  it('finds a phrase where its first word begins a word, not inside one', () => {
    const matches = (body: string) => createTopicMatcher({ title: '', body, partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: '"опера Астана"' })
    expect(matches('Суперопера Астана, потом опера Астана.')).toBe(true)
    expect(matches('Суперопера Астана.')).toBe(false)
    expect(matches('ОПЕРА «АСТАНА»')).toBe(true)
  })
})

describe('no-flood rules', () => {
  const now = new Date('2026-11-21T09:00:00.000Z')
  it.each([
    [{ isBacklog: true, publishedAt: '2026-11-21T08:00:00.000Z' }, { ok: false, reason: 'backlog' }],
    [{ isBacklog: false, publishedAt: '2026-11-18T08:59:00.000Z' }, { ok: false, reason: 'too-old' }],
    [{ isBacklog: false, publishedAt: 'not a date' }, { ok: false, reason: 'undated' }],
    [{ isBacklog: false, publishedAt: '2026-11-18T09:00:00.000Z' }, { ok: true }],
    [{ isBacklog: false, publishedAt: '2026-11-21T08:00:00.000Z' }, { ok: true }],
  ])('%o → %o', (article, expected) => {
    expect(checkItemEligibility(article, { now, maxAgeHours: 72 })).toEqual(expected)
  })

  it('alerts only subscriptions made before the item was published', () => {
    expect(isSubscribedBefore('2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe(true)
    expect(isSubscribedBefore('2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe(true)
    expect(isSubscribedBefore('2026-11-21T00:00:01.000Z', '2026-11-21T00:00:00.000Z')).toBe(false)
  })
})
