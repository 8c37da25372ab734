import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTopicMatcher } from '../../src/alerts/match.js'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { countSearchResults, searchItems } from '../../src/db/items.js'
import { latinToCyrillic } from '../../src/language/kazakh-latin.js'
import { kazakhCyrillicReading } from '../../src/language/stem.js'
import { seedItems } from '../helpers/seed-items.js'
import { createTestDb } from '../helpers/test-app.js'

type Item = { title: string; body: string; lang: 'kk' | 'ru' | 'en' }

/** `texts` in a real search index, a day apart: what /search finds for a query and what a keyword alerts on, by their place in `texts`. */
function indexed(texts: readonly Item[]) {
  let db: Db
  let ids: number[]
  beforeAll(async () => {
    db = await createTestDb()
    ids = await seedItems(db, texts.map((item, i) => ({ ...item, publishedAt: new Date(Date.UTC(2026, 10, 1 + i)).toISOString() })))
  })
  afterAll(async () => db.destroy())
  return {
    db: () => db,
    search: async (query: string) => {
      const match = toFtsQuery(query)
      return match === null ? [] : (await searchItems(db, match, { limit: 100 })).items.map((i) => ids.indexOf(i.id)).sort((a, b) => a - b)
    },
    alerted: (query: string) => texts.flatMap((item, i) => (createTopicMatcher({ ...item, partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: query }) ? [i] : [])),
  }
}

// One Kazakh text in Cyrillic, in the 2018 Latin alphabet (Kazinform's Latin edition) and in the 2021 one, with
// Russian and English texts whose words a Kazakh reading of Latin letters would meet («банк», "bank", «культура»).
const items = [
  { title: 'Қазақстан мен Түркия мәдениет күндері басталды', body: 'Мәдениет министрлігі көрмені ашты. Мұражайлардың ынтымақтастығы.', lang: 'kk' as const },
  { title: 'Qazaqstan men Túrkıa mádenıet kúnderi bastaldy', body: 'Mádenıet mınıstrligi kórmeni ashty. Murajaılardyń yntymaqtastyǵy.', lang: 'kk' as const },
  { title: 'Qazaqstan men Türkia mädeniet künderı bastaldy', body: 'Mädeniet ministrlıgı körmenı aşty. Mūrajailardyñ yntymaqtastyğy.', lang: 'kk' as const },
  { title: 'Дни культуры Казахстана в Турции', body: 'Министерство культуры открыло выставку. Банк поддержал музей.', lang: 'ru' as const },
  { title: 'Kazakhstan culture days in Turkey', body: 'The ministry opened an exhibition; the bank supported the museum in Qatar.', lang: 'en' as const },
  { title: 'Абай театрының гастрольдері Парижде', body: 'Қазақстан театры Францияға барады.', lang: 'kk' as const },
  { title: 'Abaı teatrynyń gastrolderi Parıjde', body: 'Qazaqstan teatry Fransııaǵa barady.', lang: 'kk' as const },
]

describe('Kazakh typed in either script', () => {
  const { db, search, alerted } = indexed(items)

  it('reads a Kazakh Latin text in Cyrillic, and no English, German or Russian one', () => {
    expect(kazakhCyrillicReading(`${items[1]!.title}\n${items[1]!.body}`)).toBe(`${items[0]!.title}\n${items[0]!.body}`)
    expect(kazakhCyrillicReading(`${items[2]!.title}\n${items[2]!.body}`)).toMatch(/^Қазақстан мен Түркия мәдениет күндері басталды\nМәдениет министрлігі көрмені ашты/)
    for (const i of [0, 3, 4]) expect(kazakhCyrillicReading(`${items[i]!.title}\n${items[i]!.body}`)).toBeNull()
    // Word by word, as latinToCyrillic reads the whole text.
    for (const text of [...[1, 2, 6].map((i) => `${items[i]!.title}\n${items[i]!.body}`), 'İTALİİA men Túrkıa: Qazaqstan-Koreıa «Abaı» kúnderi, 2026.']) {
      expect(kazakhCyrillicReading(text), text).toBe(latinToCyrillic(text))
    }
  })

  it.each([
    // A loose word in any of its forms, typed in Cyrillic, in 2018's Latin letters or in 2021's.
    ['мәдениет', [0, 1, 2]],
    ['mádenıet', [0, 1, 2]],
    ['mädeniet', [0, 1, 2]],
    ['мұражай', [0, 1, 2]],
    ['ынтымақтастық', [0, 1, 2]],
    // A word with no letter of Kazakh Latin's own, in a query typed with them, read as Kazakh too.
    ['yntymaqtastyq mádenıet', [0, 1, 2]],
    ['Túrkıamen', [0, 1, 2]],
    ['театрлар', [5, 6]],
    ['teatrynyń', [5, 6]],
    // OR, a word left out, a starred start.
    ['гастроль OR mädeniet', [0, 1, 2, 5, 6]],
    ['Қазақстан -kórme', [5, 6]],
    ['Qazaqstan -көрме', [6]],
    ['мәдени*', [0, 1, 2]],
    ['mádenı*', [0, 1, 2]],
    ['гастрол* Parıj', [5, 6]],
    // A quoted phrase, its words in any of their forms, side by side.
    ['"мәдениет күндері"', [0, 1, 2]],
    ['"mádenıet kúnderi"', [0, 1, 2]],
    ['"mädeniet künderı"', [0, 1, 2]],
    ['«Абай театры»', [5, 6]],
    ['"Abaı teatry"', [5, 6]],
    ['"күндері мәдениет"', []],
    // A word typed without a letter of Kazakh Latin's own may be English or a plain keyboard's: it is read as typed.
    ['madeniet', [1, 2]],
    ['Qazaqstan', [1, 2, 6]],
    // Russian and English as before: a Russian word finds no English one, nor an English word a Russian one.
    ['банк', [3]],
    ['bank', [4]],
    ['культура', [3]],
    ['culture', [4]],
    ['Qatar', [4]],
    ['музей', [3]],
  ] as const)('«%s» finds %j, and alerts on them', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
    expect(alerted(query)).toEqual(expected)
  })

  it('counts the items of a start typed in either script alike', async () => {
    for (const query of ['мәдени*', 'mádenı*', 'mädeni*']) expect((await countSearchResults(db(), toFtsQuery(query)!, 100)).count, query).toBe(3)
  })
})

// A Kazakh word's accusative after «its» («күндерін»: күн + дер + і + н), in either script, and a Kazakh word Russian's dropping vowel would misread.
const accusatives = [
  { title: 'Мәдениет күндерін ұйымдастырды', body: 'Министрлік жобаларын таныстырды.', lang: 'kk' as const },
  { title: 'Mádenıet kúnderin uıymdastyrdy', body: 'Mınıstrlik jobalaryn tanystyrdy.', lang: 'kk' as const },
  { title: 'Mädeniet künderın ūiymdastyrdy', body: 'Ministrlık jobalaryn tanystyrdy.', lang: 'kk' as const },
  { title: 'Киім-кешек жіберілді', body: 'Жүк ұшақпен жетті.', lang: 'kk' as const },
  { title: 'Концерт кешке басталды', body: 'Театр жаңа маусымды ашты.', lang: 'kk' as const },
]

describe('a Kazakh word with «its» and the accusative «-н» after it, in either script', () => {
  const { search, alerted } = indexed(accusatives)

  it.each([
    ['күндері', [0, 1, 2]],
    ['күндерінде', [0, 1, 2]],
    ['kúnderi', [0, 1, 2]],
    ['"мәдениет күндері"', [0, 1, 2]],
    ['"mádenıet kúnderi"', [0, 1, 2]],
    ['"mädeniet künderı"', [0, 1, 2]],
    ['жобалары', [0, 1, 2]],
    ['жобасы', [0, 1, 2]],
    ['"министрлік жобалары"', [0, 1, 2]],
    // «Киім-кешек» (clothes) is no Russian noun whose «е» drops: «кешек» does not find «кешке» (in the evening).
    ['кешек', [3]],
    ['кешке', [4]],
  ] as const)('«%s» finds %j, and alerts on them', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
    expect(alerted(query)).toEqual(expected)
  })
})

// Kazakh Latin's capital I is not the capital of i: 2018's I is ı's (и), 2021's is ı's too, where ı is і.
const capitals = [
  { title: 'Иранның ұлттық кітапханасы көрме ашты', body: 'Көрмеге Исфахан шеберлері қатысты.', lang: 'kk' as const },
  { title: 'Ірі кітапхана жөндеуден өтті', body: 'Оқырмандар залы жаңартылды.', lang: 'kk' as const },
]

describe('a capital I typed in Kazakh Latin', () => {
  const { search, alerted } = indexed(capitals)

  it.each([
    ['Irannyń', [0]],
    ['"Irannyń ulttyq"', [0]],
    ['Iran* kórme', [0]],
    ['İrannyñ', [0]],
    ['Irı jöndeuden', [1]],
    ['"Irı kıtaphana"', [1]],
  ] as const)('«%s» finds %j, and alerts on them', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
    expect(alerted(query)).toEqual(expected)
  })
})
