import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../src/classify/types.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'

// Checks a native editor would make on every message, run over the .ftl files: each catches a whole class of slips.
const LOCALES_DIR = fileURLToPath(new URL('../../src/bot/i18n/locales', import.meta.url))

/** Each message's source text (its variants and attributes included) by key, for one language. */
function messagesOf(lang: string): Map<string, string> {
  const messages = new Map<string, string>()
  for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.ftl'))) {
    let key: string | undefined
    for (const line of readFileSync(join(LOCALES_DIR, lang, file), 'utf8').split('\n')) {
      const started = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line)
      if (started) key = started[1]
      else if (line === '' || line.startsWith('#')) key = undefined
      if (key) messages.set(key, `${messages.get(key) ?? ''}${started ? started[2] : line}\n`)
    }
  }
  return messages
}

/** The messages of `lang` in which `pattern` occurs, with what it matched: [] when none. */
function offending(lang: string, pattern: RegExp): string[] {
  return [...messagesOf(lang)].flatMap(([key, text]) => [...text.matchAll(pattern)].map((m) => `${key}: …${m[0]}…`))
}

describe('Kazakh messages', () => {
  // «дейін», «шейін» want the dative, «бері», «кейін», «соң», «бастап» the ablative: glued to a date or a number the
  // code formats («2025 ж. 5 нау.»), no suffix is there, and «2025 ж. 5 нау. дейін» reads as broken Kazakh.
  it('put no case-governing postposition right after a placeable', () => {
    expect(offending('kk', /\{ *\$[a-zA-Z]+ *\} +(?:дейін|шейін|бері|кейін|соң|бастап)(?![а-яәғқңөұүһі])/gu)).toEqual([])
  })

  // A noun after a numeral stays singular in Kazakh: «5 материал», «21 жаңа жазба», never «5 материалдар».
  it('keep a noun singular after a number', () => {
    // The numbers: what an English message picks [one] or [other] by.
    const pluralMessages = [...messagesOf('en').values()].filter((text) => text.includes('[one]'))
    const selectors = pluralMessages.flatMap((text) => [...text.matchAll(/\{ *\$([a-zA-Z]+) *->/gu)].map((m) => m[1]))
    expect(selectors).toContain('count')
    const counted = new Set([...selectors, 'days', 'years', 'min', 'max', 'limit', 'pages', 'items', 'flagged', 'enabled', 'failing'])
    const number = `\\{ *\\$(?:${[...counted].join('|')}) *\\}`
    // An adjective may stand between («21 жаңа материал»), a noun in the genitive may not («30 күннің көрсеткіштері»).
    const between = '(?:[а-яәғқңөұүһі]+(?<!ның|нің|дың|дің|тың|тің) +)?'
    const plural = '[а-яәғқңөұүһі]+(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ың|ің|ыңыз|іңіз|ға|ге|да|де|дан|ден|мен|ды|ді|дың|дің)?'
    expect(offending('kk', new RegExp(`${number} +${between}${plural}(?![а-яәғқңөұүһі])`, 'giu'))).toEqual([])
  })

  // A particle glued to a Latin word agrees with how it is read: «/search та» (read «сёрч»: «те»), «title пен» (read
  // «тайтл»: «мен»). A command is named «/search пәрмені», whose own ending is sure; the one Latin pair left is pinned.
  it('glue no particle to a command, and join «title мен date»', () => {
    expect(offending('kk', /\/[a-z]+ (?:та|те|да|де|ға|ге|қа|ке|мен|пен|бен)(?![а-яәғқңөұүһі])/gu)).toEqual([])
    expect(createI18n().t('kk', 'admin-addsource-needs-selectors', { name: 'X' })).toContain('(title мен date міндетті емес)')
  })

  it('say how far a source\'s history has loaded without a case ending on the date', () => {
    const i18n = createI18n()
    expect(i18n.t('kk', 'admin-history-running', { reached: '2025 ж. 5 нау.', since: '2024 ж. 7 жел.', pages: 3, items: 40, relevant: 5 }))
      .toBe('⏳ Жеткені: 2025 ж. 5 нау. (мақсат: 2024 ж. 7 жел.) · бет: 3 · жаңа жазба: 40 · тақырыпқа сай: 5')
    expect(i18n.t('kk', 'admin-source-history-done', { reached: '2024 ж. 7 жел.' })).toBe('📜 Тарих жүктелді, ең ерте күні: 2024 ж. 7 жел.')
  })
})

// One thing, one name: a reader who meets a second word for it looks for a second thing.
const KAZAKH_TERMS: [RegExp, string][] = [
  [/(?<![а-яәғқңөұүһі])музей/giu, 'мұражай (a Russian word in a Kazakh example)'],
  [/классификатор/giu, 'жіктеуіш, as the review card calls the classifier'],
  [/(?<![а-яәғқңөұүһі])команд[аылқ]/giu, 'пәрмен, as every other Kazakh message calls a command'],
]

const RUSSIAN_TERMS: [RegExp, string][] = [
  [/публикаци/giu, '«материал», as the readers\' side calls an item (and one waiting for review is no «публикация» yet)'],
]

// What a reader types stands in <code> as it is typed; running text quotes «так», as Russian and Kazakh print.
it.each(['ru', 'kk'])('%s quotes with «ёлочки» outside <code>', (lang) => {
  const prose = new Map([...messagesOf(lang)].map(([key, text]) => [key, text.replace(/<code>.*?<\/code>|<[^>]*>/gsu, '')]))
  expect([...prose].filter(([, text]) => /["“”„]/u.test(text)).map(([key]) => key)).toEqual([])
})

// «№ 5»: the sign stands apart from its number, held to it by a no-break space.
it.each(['ru', 'kk'])('%s keeps a no-break space after №', (lang) => {
  expect(offending(lang, /№(?!\u00a0)/gu)).toEqual([])
  expect(createI18n().t(lang, 'admin-import-source-number', { number: 2 })).toContain('№\u00a02')
})

// A noun after a number takes its number's form in Russian: 1 день, 2 дня, 5 дней, 21 день; after «больше» or «не меньше» the
// genitive, «больше 21 материала». A message whose number is a constant today reads right with any other.
describe('Russian messages with a number', () => {
  const i18n = createI18n()
  type Variables = Record<string, string | number>
  const cases: [string, Variables, string, Variables, string][] = [
    ['admin-stats-header', { days: 21, published: 3 }, 'За 21 день', { days: 2, published: 3 }, 'За 2 дня'],
    ['admin-partners-too-short', { names: '«X»', min: 21 }, 'не меньше 21 буквы', { names: '«X»', min: 5 }, 'не меньше 5 букв'],
    ['search-clauses-cut', { count: 21 }, '21 слово или словосочетание', { count: 3 }, '3 слова и словосочетания'],
    ['subscribe-keyword-clauses-cut', { word: 'x', count: 21 }, '21 слово или словосочетание', { word: 'x', count: 8 }, '8 слов и словосочетаний'],
    ['search-header-many', { query: 'x', filter: '', count: 21 }, 'больше 21 материала', { query: 'x', filter: '', count: 1000 }, 'больше 1\u00a0000 материалов'],
    ['subscribe-limit', { count: 21, topics: 'x' }, 'уже 21 подписка', { count: 22, topics: 'x' }, 'уже 22 подписки'],
    ['subscribe-limit-short', { count: 21 }, 'уже 21 подписка', { count: 300 }, 'уже 300 подписок'],
    ['suggest-too-many', { count: 21 }, 'рассмотрения: 21', { count: 5 }, 'рассмотрения: 5'],
    ['web-search-many', { query: 'x', count: 21 }, 'больше 21 записи', { query: 'x', count: 1000 }, 'больше 1\u00a0000 записей'],
  ]
  it.each(cases)('%s', (key, one, oneText, other, otherText) => {
    expect(i18n.t('ru', key, one)).toContain(oneText)
    expect(i18n.t('ru', key, other)).toContain(otherText)
  })
})

describe('Russian terms', () => {
  it.each(RUSSIAN_TERMS)('%s is written %s', (pattern) => {
    expect(offending('ru', pattern)).toEqual([])
  })
})

describe('Kazakh terms', () => {
  it.each(KAZAKH_TERMS)('%s is written %s', (pattern) => {
    expect(offending('kk', pattern)).toEqual([])
  })
})

describe('every language', () => {
  it.each(LANGS)('%s has messages to check', (lang) => {
    expect(messagesOf(lang).size).toBeGreaterThan(500)
  })

  // Telegram refuses a message whose tags do not close, and shows a tag another language left out as nothing at all.
  it.each(LANGS)('%s closes every tag it opens, and uses the tags the English message uses', (lang) => {
    const tagsOf = (text: string) => [...text.matchAll(/<(\/?)([a-z]+)[^>]*>/gu)].map((m) => `${m[1]}${m[2]}`)
    const en = messagesOf('en')
    for (const [key, text] of messagesOf(lang)) {
      const tags = tagsOf(text)
      for (const name of new Set(tags.filter((tag) => !tag.startsWith('/')))) {
        expect(tags.filter((tag) => tag === `/${name}`).length, `${lang}: ${key} <${name}>`).toBe(tags.filter((tag) => tag === name).length)
      }
      expect(new Set(tags), `${lang}: ${key}`).toEqual(new Set(tagsOf(en.get(key) ?? '')))
    }
  })

  // Fluent formats a number as a quantity, grouped by the language's rule: an action's number past 999 read
  // «↩️ Отменить #1 234», "Undo #1,234", and a file's line «1 234-жол». A number that names or places a thing is written whole.
  it.each(LANGS)('%s writes numbers that name or place a thing (#, №, a line, a column) without grouping', (lang) => {
    expect(offending(lang, /(?:[#№] ?|line |строка |столбец |column )\{ *\$[a-zA-Z]+ *\}|\{ *\$(?:line|column) *\}/gu)).toEqual([])
    const i18n = createI18n()
    expect(i18n.t(lang, 'admin-button-undo-id', { id: 12345 })).toContain('#12345')
    expect(i18n.t(lang, 'admin-history-undoes', { id: 1234 })).toContain('#1234')
    expect(i18n.t(lang, 'admin-import-problem-not-json', { line: 1234, column: 5678 })).toMatch(/1234\D.*5678/)
  })
})
