import countries from 'i18n-iso-countries/index.js'
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import kkNames from 'i18n-iso-countries/langs/kk.json' with { type: 'json' }
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { createTopicMatcher } from '../../src/alerts/match.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { splitListFilter } from '../../src/bot/list-filter.js'
import { parseTopics, topicNames } from '../../src/bot/topics.js'
import { createCountryIndex } from '../../src/classify/countries.js'

const index = createCountryIndex()
const i18n = createI18n()
const names = topicNames((lang, key) => i18n.fluent.translate(lang, key))
const HOME = 'KZ'
const NOW = new Date('2026-12-04T12:00:00Z')

for (const locale of [enNames, ruNames, kkNames]) countries.registerLocale(locale)
/** Every name the country tables give, in the three languages, with the code the index reads it as. */
const countryNames = ['en', 'ru', 'kk'].flatMap((lang) =>
  Object.values(countries.getNames(lang, { select: 'all' }))
    .flat()
    .map((name) => ({ lang, name, code: index.resolve(name) }))
    .filter((n): n is { lang: string; name: string; code: string } => n.code !== null && n.code !== HOME),
)

describe('parseTopics', () => {
  it('reads every country name as its country, never as a sector or kind that starts the same way', () => {
    expect(countryNames.length).toBeGreaterThan(600)
    const misread = countryNames.flatMap(({ lang, name, code }) => {
      const { topics } = parseTopics(name, index, names, HOME)
      return topics.length === 1 && topics[0]!.type === 'country' && topics[0]!.value === code ? [] : [`${lang} ${name}: ${JSON.stringify(topics)}`]
    })
    expect(misread).toEqual([])
  })

  it.each([
    ['Турция', 'TR'],
    ['Туркменистан', 'TM'],
    ['Литва', 'LT'],
    ['Перу', 'PE'],
    ['Коморы', 'KM'],
    ['Libya', 'LY'],
  ])('narrows %s with a sector instead of reading two sectors', (name, code) => {
    expect(parseTopics(`${name} + музеи`, index, names, HOME).topics).toEqual([{ type: 'country', value: code, sector: 'museums' }])
  })

  it('still reads sectors and kinds by their inflected forms', () => {
    expect(parseTopics('туризма', index, names, HOME).topics).toEqual([{ type: 'sector', value: 'tourism' }])
    expect(parseTopics('музеев', index, names, HOME).topics).toEqual([{ type: 'sector', value: 'museums' }])
    expect(parseTopics('Франция + переговоров', index, names, HOME).topics).toEqual([{ type: 'country', value: 'FR', kinds: ['meeting'] }])
  })

  it.each([
    ['ШОС + соглашения', { type: 'org', value: 'SCO', kinds: ['agreement'] }],
    ['ТЮРКСОЙ + театры', { type: 'org', value: 'TURKSOY', sector: 'theatre' }],
    ['ИСЕСКО', { type: 'org', value: 'ICESCO' }],
    ['Shanghai Cooperation Organisation', { type: 'org', value: 'SCO' }],
  ])('reads %s as an organisation, narrowed like a country', (text, topic) => {
    expect(parseTopics(text, index, names, HOME).topics).toEqual([topic])
  })
})

describe('a quoted keyword', () => {
  // Kazakh Latin's capital I is ı's in both alphabets: stored as «ı», the keyword alerts on what /search finds for it as typed.
  it.each([
    ['"Irannyń kitaphanasy"', 'ırannyń kitaphanasy', 'Иранның ұлттық кітапханасы көрме ашты', true],
    ['"Irı jöndeu"', 'ırı jöndeu', 'Ірі кітапхана жөндеуден өтті', true],
    ['"Irı jöndeu"', 'ırı jöndeu', 'Ири жөндеу', false],
    ['"Iran museum"', 'iran museum', 'Iran museum opens', true],
    ['"museum NOT Louvre"', 'museum NOT louvre', 'Museum of Astana', true],
  ])('%s is stored as «%s»', (typed, stored, title, alerts) => {
    const { topics } = parseTopics(typed, index, names, HOME)
    expect(topics).toEqual([{ type: 'keyword', value: stored }])
    expect(createTopicMatcher({ title, body: '', partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: stored })).toBe(alerts)
  })
})

describe('splitListFilter', () => {
  it('leaves a country name in the query, though it starts like a sector or kind', () => {
    const misread = countryNames
      .filter(({ name }) => !/[\s,]/.test(name))
      .flatMap(({ lang, name }) => {
        const { query, filter } = splitListFilter(`музеи ${name}`, names, index, NOW, { withSectors: true, keepWords: 0 })
        return query === name && filter.sector === 'museums' ? [] : [`${lang} ${name}: ${query} ${JSON.stringify(filter)}`]
      })
    expect(misread).toEqual([])
  })

  it('takes the filter words it knows off both ends', () => {
    expect(splitListFilter('турция 2024 туризм', names, index, NOW, { withSectors: true })).toEqual({ query: 'турция', filter: { year: 2024, sector: 'tourism' } })
    expect(splitListFilter('театр перу', names, index, NOW)).toEqual({ query: 'театр перу', filter: {} })
  })
})
