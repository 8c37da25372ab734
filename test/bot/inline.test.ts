import { type KyselyPlugin, sql } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { INLINE_PAGE_SIZE, INLINE_SCAN_WINDOWS } from '../../src/bot/features/inline.js'
import { langCodec } from '../../src/bot/keyboards/lang.js'
import { findArchiveItems, SCAN_WINDOW } from '../../src/db/archive.js'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { corpusItems, dailyItems, itemWithPartner, seedItems, spelledItems, starredQueries } from '../helpers/seed-items.js'
import { parseTelegramHtml } from '../helpers/telegram-html.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, inlineQuery, user } from '../helpers/updates.js'

interface Result {
  id: string
  title: string
  description?: string
  input_message_content: { message_text: string; parse_mode: string }
  reply_markup?: { inline_keyboard: { text: string; switch_inline_query?: string }[][] }
}

/** The last answerInlineQuery, checked as Telegram would: ≤ 50 results, ids ≤ 64 bytes, valid HTML. */
function lastAnswer(t: TestApp): { results: Result[]; nextOffset: string } {
  const payload = t.api.sent('answerInlineQuery').at(-1)?.payload
  if (!payload) throw new Error('no answerInlineQuery recorded')
  const results = payload.results as Result[]
  expect(results.length).toBeLessThanOrEqual(50)
  for (const r of results) {
    expect(Buffer.byteLength(r.id, 'utf8')).toBeLessThanOrEqual(64)
    expect(parseTelegramHtml(r.input_message_content.message_text).ok).toBe(true)
    expect(r.input_message_content.parse_mode).toBe('HTML')
  }
  return { results, nextOffset: String(payload.next_offset ?? '') }
}

/** `count` published items of no sector, one a minute back from `newest`, in two statements: the scan tests need tens of thousands. */
async function seedPlainItems(db: Db, count: number, newest = '2026-11-20T06:00:00.000Z'): Promise<void> {
  await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${count})
    insert into article (url, url_key, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
    select 'https://example.kz/news/' || i, 'plain-' || i, 'Plain item ' || i, 'Переговоры о сотрудничестве.', 'ru',
      strftime('%Y-%m-%dT%H:%M:%fZ', ${newest}, '-' || i || ' minutes'), 'feed', ${newest}, ${newest}, 'plain-' || i, 'plain-' || i from n`.execute(db)
  await sql`insert into classification (article_id, is_relevant, kind, confidence, status, status_changed_at, classified_at)
    select id, 1, 'agreement', 0.9, 'published', ${newest}, ${newest} from article where id not in (select article_id from classification)`.execute(db)
}

describe('inline mode', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('lists the newest published items for an empty query, scrolling on by next_offset', async () => {
    await seedItems(t.db, [...dailyItems(INLINE_PAGE_SIZE + 5, ['RU']), itemWithPartner('FR', { status: 'flagged', title: 'Flagged' })])
    const from = user(30, 'en')
    await t.bot.handleUpdate(inlineQuery(from, ''))
    const first = lastAnswer(t)
    expect(first.results).toHaveLength(INLINE_PAGE_SIZE)
    expect(first.results[0]!.title).toBe('Item 1 with RU')
    expect(first.nextOffset).not.toBe('')
    expect(t.api.sent('answerInlineQuery').at(-1)!.payload).toMatchObject({ is_personal: true })
    await t.bot.handleUpdate(inlineQuery(from, '', first.nextOffset))
    const second = lastAnswer(t)
    expect(second.results.map((r) => r.title)).toEqual(Array.from({ length: 5 }, (_, i) => `Item ${INLINE_PAGE_SIZE + i + 1} with RU`))
    expect(second.nextOffset).toBe('')
    expect([...first.results, ...second.results].some((r) => r.title === 'Flagged')).toBe(false)
  })

  it("answers in the user's language, each result sending the item card with a share button, an organisation after 🏛 as a country after its flag", async () => {
    const [id] = await seedItems(t.db, [itemWithPartner('RU', { title: 'Меморандум <о> сотрудничестве & музеях', kind: 'agreement', orgs: ['UNESCO'], publishedAt: '2026-11-20T06:00:00.000Z' }), itemWithPartner('FR')])
    await t.bot.handleUpdate(inlineQuery(user(31, 'ru'), 'россия'))
    const { results } = lastAnswer(t)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ id: `item:${id}`, title: 'Меморандум <о> сотрудничестве & музеях' })
    expect(results[0]!.description).toMatch(/^🇷🇺 Россия, 🏛 ЮНЕСКО · .+ · 20 нояб\. 2026/)
    const card = parseTelegramHtml(results[0]!.input_message_content.message_text)
    expect(card.ok && card.text).toMatch(/🇷🇺 Россия, 🏛 ЮНЕСКО/)
    expect(results[0]!.input_message_content.message_text).toContain('&lt;о&gt;')
    expect(results[0]!.reply_markup!.inline_keyboard[0]![0]).toEqual({ text: '↗️ Поделиться', switch_inline_query: `#${id}` })
  })

  it('names the country asked for first in a result\'s description and card, where it would fall past the partners shown, the rest counted', async () => {
    const partners = ['AT', 'BE', 'CN', 'DE', 'ES', 'FR', 'GB', 'IT', 'JP', 'RU']
    await seedItems(t.db, [itemWithPartner(partners, { title: 'Memorandum of ten states on museums', kind: 'agreement', publishedAt: '2026-11-20T06:00:00.000Z' })])
    await t.bot.handleUpdate(inlineQuery(user(33, 'ru'), 'россия'))
    const [result] = lastAnswer(t).results
    expect(result!.description).toMatch(/^🇷🇺 Россия, 🇦🇹 Австрия, 🇧🇪 Бельгия и ещё 7 · Соглашение · 20 нояб\. 2026/)
    const card = parseTelegramHtml(result!.input_message_content.message_text)
    expect(card.ok && card.text).toMatch(/^🇷🇺 Россия, 🇦🇹 Австрия, .+ и ещё 2\n/)
    await t.bot.handleUpdate(inlineQuery(user(33, 'en'), ''))
    expect(lastAnswer(t).results[0]!.description).toMatch(/^🇦🇹 Austria, 🇧🇪 Belgium, 🇨🇳 China and 7 more · Agreement/)
  })

  it.each([
    ['ru', 'Казахстан и Турция подписали меморандум о музеях', /^🇹🇷 Турция, 🇦🇹 Австрия, 🇧🇪 Бельгия и ещё 7 · Соглашение/, /^🇹🇷 Турция, 🇦🇹 Австрия, .+ и ещё 2\n/],
    ['en', 'Kazakhstan and Türkiye sign a museum memorandum', /^🇹🇷 Türkiye, 🇦🇹 Austria, 🇧🇪 Belgium and 7 more · Agreement/, /^🇹🇷 Türkiye, 🇦🇹 Austria, .+ and 2 more\n/],
    ['kk', 'Memorandum of ten states on museums', /^🇦🇹 Австрия, 🇧🇪 Бельгия, 🇨🇳 Қытай және тағы 7/, /^🇦🇹 Австрия, 🇧🇪 Бельгия, /],
  ])('describes an item asked for by no country by the partner its headline names first, as its alert card does (%s: %s), where Türkiye was hidden among «and 7 more»', async (lang, title, description, cardStart) => {
    const partners = ['AT', 'BE', 'CN', 'DE', 'ES', 'FR', 'GB', 'IT', 'JP', 'TR']
    await seedItems(t.db, [itemWithPartner(partners, { title, kind: 'agreement', publishedAt: '2026-11-20T06:00:00.000Z' })])
    await t.bot.handleUpdate(inlineQuery(user(35, lang), ''))
    const [result] = lastAnswer(t).results
    expect(result!.description).toMatch(description)
    const card = parseTelegramHtml(result!.input_message_content.message_text)
    expect(card.ok && card.text).toMatch(cardStart)
  })

  it.each([
    ['Казахстан', ['Museum week', 'Theatre tour']],
    ['Қазақстан музей', ['Museum week']],
    ['kazakhstan museums 2025', ['Museum week']],
    ['KZ France', ['Museum week']],
  ])('reads the home country as narrowing nothing, every item being its, as /latest does (%s)', async (query, titles) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Museum week', body: 'Неделя музеев', sectors: ['museums'], publishedAt: '2025-05-03T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Theatre tour', body: 'Гастроли театра', sectors: ['theatre'], publishedAt: '2025-04-03T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(34, 'ru'), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(titles)
  })

  it.each([
    ['kk', 'Латын Америкасы', ['Бразилия меморандум', 'Museum week in Paris'], /^🇧🇷 Бразилия, 🇫🇷 Франция · Келісім/],
    ['en', 'Africa', ['Egypt exhibition', 'CAR meeting'], /^🇪🇬 Egypt · Agreement/],
    ['ru', 'СССР 2025', ['Гастроли в России'], /^🇷🇺 Россия · Соглашение/],
    ['ru', 'музеи Европы', ['Museum week in Paris'], /^🇧🇷 Бразилия, 🇫🇷 Франция · Соглашение/],
  ])('reads a region or a former state as its countries, as /country does (%s: %s), where it was searched as a word and found nothing', async (lang, query, titles, description) => {
    await seedItems(t.db, [
      itemWithPartner(['FR', 'BR'], { title: 'Бразилия меморандум', publishedAt: '2025-05-01T06:00:00.000Z' }),
      itemWithPartner('EG', { title: 'Egypt exhibition', publishedAt: '2025-05-02T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Гастроли в России', publishedAt: '2025-05-03T06:00:00.000Z' }),
      itemWithPartner('US', { title: 'США встреча', publishedAt: '2025-05-04T06:00:00.000Z' }),
      itemWithPartner('CF', { title: 'CAR meeting', publishedAt: '2025-04-05T06:00:00.000Z' }),
      itemWithPartner(['BR', 'FR'], { title: 'Museum week in Paris', sectors: ['museums'], publishedAt: '2025-04-06T06:00:00.000Z' }),
      itemWithPartner('KZ', { title: 'Домашняя встреча', publishedAt: '2025-04-07T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(36, lang), query))
    const { results } = lastAnswer(t)
    expect(results.map((r) => r.title)).toEqual(titles)
    expect(results[0]!.description).toMatch(description)
  })

  it.each([
    ['ru', 'Россия в 2025 году'],
    ['ru', 'соглашения с Россией за 2025 год'],
    ['kk', 'Ресей 2025 жыл'],
    ['kk', '2025 жылы Ресей'],
    ['en', 'Russia in 2025'],
  ])('reads a year with its word and preposition as the year, as /country does (%s: %s), where «в», «году», «жыл» or "in" were searched and nothing was found', async (lang, query) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Russia 2025', publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Russia 2024', publishedAt: '2024-03-05T06:00:00.000Z' }),
      itemWithPartner('CN', { title: 'China 2025', publishedAt: '2025-06-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(37, lang), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Russia 2025'])
  })

  it.each([
    ['ru', 'ЮНЕСКО', ['Париж: сессия по наследию'], /^🏛 ЮНЕСКО, 🇫🇷 Франция, 🇦🇹 Австрия и ещё 3 · Соглашение/],
    ['en', 'UNESCO 2025', ['Париж: сессия по наследию'], /^🏛 UNESCO, 🇫🇷 France, 🇦🇹 Austria and 3 more · Agreement/],
    ['kk', 'ТҮРКСОЙ', ['Түркі әлемі мәдениет астанасы'], /^🏛 ТҮРКСОЙ · Келісім/],
  ])('reads an international organisation as the items it is a party to, named first (%s: %s), where its name was searched in the texts and found nothing', async (lang, query, titles, description) => {
    await seedItems(t.db, [
      itemWithPartner(['AT', 'BE', 'FR', 'DE'], { title: 'Париж: сессия по наследию', body: 'Делегация приняла участие в сессии.', orgs: ['ICESCO', 'UNESCO'], publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner([], { title: 'Түркі әлемі мәдениет астанасы', body: 'Шара өтті.', orgs: ['TURKSOY'], publishedAt: '2024-04-05T06:00:00.000Z' }),
      itemWithPartner('TR', { title: 'Türkiye', publishedAt: '2025-05-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(38, lang), query))
    const { results } = lastAnswer(t)
    expect(results.map((r) => r.title)).toEqual(titles)
    expect(results[0]!.description).toMatch(description)
    const card = parseTelegramHtml(results[0]!.input_message_content.message_text)
    expect(card.ok && card.text).toContain(query.split(' ')[0])
  })

  it.each([
    ['en', 'Russia, China', ['China 2025', 'Russia 2025', 'China 2024']],
    ['ru', 'Россия и Китай', ['China 2025', 'Russia 2025', 'China 2024']],
    ['kk', 'Ресей мен Қытай', ['China 2025', 'Russia 2025', 'China 2024']],
    ['en', 'Russia and China 2024', ['China 2024']],
    ['en', '🇷🇺 🇨🇳', ['China 2025', 'Russia 2025', 'China 2024']],
    // Not a list: Russia's items with «Лувр», as before.
    ['ru', 'Россия Лувр', ['Russia 2025']],
  ])('reads countries listed together as any of them, as /country offers each (%s: %s), where the second was searched as a word and nothing was found', async (lang, query, titles) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Russia 2025', body: 'Выставка из Лувра.', publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner('CN', { title: 'China 2025', publishedAt: '2025-06-05T06:00:00.000Z' }),
      itemWithPartner('CN', { title: 'China 2024', publishedAt: '2024-06-05T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'France 2025', publishedAt: '2025-07-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(39, lang), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(titles)
  })

  it('follows the language chosen with /lang over the app language', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    const from = user(32, 'en')
    await t.bot.handleUpdate(callback(from, langCodec.encode('kk')))
    await t.bot.handleUpdate(inlineQuery(from, 'russia'))
    expect(lastAnswer(t).results[0]!.description).toMatch(/Ресей/)
  })

  it.each(['музей 03.03.2025', 'музей 3 марта 2025', 'museum 3 March 2025', '2025 жылғы 3 наурыз музей', 'франция 03.03.2025'])('narrows to a day typed with the words (%s)', async (query) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Museum day before', body: 'Музей, museum.', publishedAt: '2025-03-02T12:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Museum that day', body: 'Музей, museum.', publishedAt: '2025-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Museum day after', body: 'Музей, museum.', publishedAt: '2025-03-04T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(33, 'ru'), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Museum that day'])
  })

  it.each([
    ['музей 3 марта', ['Museum that day']],
    ['museum March 3', ['Museum that day']],
    ['3 наурыз музей', ['Museum that day']],
    ['музей март 2026', ['Museum day after', 'Museum that day']],
  ])('reads a day without its year as its latest, as /search does (%s), where it searched the words «3 марта»', async (query, titles) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Museum a year before', body: 'Музей, museum.', publishedAt: '2025-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Museum that day', body: 'Музей, museum.', publishedAt: '2026-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Museum day after', body: 'Музей, museum.', publishedAt: '2026-03-04T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(33, 'ru'), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(titles)
  })

  it.each([
    ['ru', 'россия соглашения'],
    ['kk', 'Ресей келісімдер'],
    ['en', 'russia agreements'],
    ['en', 'agreements 2026 russia'],
  ] as const)('narrows to a kind as the lists do, not to items whose text holds its name (%s: %s)', async (lang, query) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { kind: 'agreement', title: 'Меморандум о музеях подписан', body: 'Министры подписали меморандум о сотрудничестве музеев.', publishedAt: '2026-03-01T06:00:00.000Z' }),
      itemWithPartner('RU', { kind: 'meeting', title: 'Переговоры о будущих соглашениях (agreements, келісімдер)', body: 'Стороны обсудили будущие соглашения.', publishedAt: '2026-03-02T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(33, lang), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Меморандум о музеях подписан'])
  })

  it('reads a partner and words together («франция музей»)', async () => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Выставка в музее Лувра', body: 'Музей Лувр и казахстанские музеи подписали соглашение.' }),
      itemWithPartner('FR', { title: 'Театральные гастроли', body: 'Театр приедет в Париж.' }),
      itemWithPartner('RU', { title: 'Музей в Москве', body: 'Музей Москвы и Астаны.' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(33, 'ru'), 'франция музей'))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Выставка в музее Лувра'])
  })

  it.each([
    ['en', 'British museums', 'GB'],
    ['ru', 'русские музеи', 'RU'],
  ])('reads an institution\'s name in the plural as its country\'s sector, not the institution (%s: %s)', async (lang, query, code) => {
    await seedItems(t.db, [
      itemWithPartner(code, { title: 'Museums lend to Astana', sectors: ['museums'] }),
      itemWithPartner(code, { title: 'Theatre tour to Astana', sectors: ['theatre'] }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(33, lang), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Museums lend to Astana'])
  })

  it.each(['мәдениет', 'mádenıet', 'mädeniet', '"мәдениет күндері"', '"mädeniet künderı"'])('finds Kazakh typed in either script written in both (%s)', async (query) => {
    await seedItems(t.db, [
      itemWithPartner('TR', { title: 'Түркияда мәдениет күндері басталды', lang: 'kk', publishedAt: '2025-06-01T06:00:00.000Z' }),
      itemWithPartner('TR', { title: 'Túrkıada mádenıet kúnderi bastaldy', body: 'Mınıstrlik kórmeni ashty.', lang: 'kk', publishedAt: '2025-06-02T06:00:00.000Z' }),
      itemWithPartner('TR', { title: 'Дни культуры в Турции', publishedAt: '2025-06-03T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(34, 'kk'), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Túrkıada mádenıet kúnderi bastaldy', 'Түркияда мәдениет күндері басталды'])
  })

  it.each([
    ['"Year of Russia in Kazakhstan"', 'Year of Russia in Kazakhstan opens in Astana'],
    ['"Лувр Абу-Даби"', 'Выставка «Лувр Абу-Даби» в Астане'],
    ['"Дни культуры России" 2025', 'Дни культуры России прошли в Алматы'],
    ['“Year of Russia in Kazakhstan”', 'Year of Russia in Kazakhstan opens in Astana'],
    ['«Лувр Абу-Даби»', 'Выставка «Лувр Абу-Даби» в Астане'],
    ['„Дни культуры России“ 2025', 'Дни культуры России прошли в Алматы'],
    ['«Дни «культуры России»»', 'Дни культуры России прошли в Алматы'],
    // Its words in any of their forms, side by side.
    ['«Лувра Абу-Даби»', 'Выставка «Лувр Абу-Даби» в Астане'],
    ['"Years of Russia in Kazakhstan"', 'Year of Russia in Kazakhstan opens in Astana'],
  ])('reads a "quoted phrase" as words, never the country or year inside it (%s)', async (query, title) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Year of Russia in Kazakhstan opens in Astana', lang: 'en', publishedAt: '2025-06-01T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Russia and Kazakhstan: the year ahead', lang: 'en', publishedAt: '2025-06-02T06:00:00.000Z' }),
      itemWithPartner('AE', { title: 'Выставка «Лувр Абу-Даби» в Астане', publishedAt: '2025-06-03T06:00:00.000Z' }),
      itemWithPartner('AE', { title: 'Дни культуры ОАЭ', publishedAt: '2025-06-04T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Дни культуры России прошли в Алматы', publishedAt: '2025-06-05T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Культура России: дни кино', publishedAt: '2025-06-06T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(inlineQuery(user(35, 'ru'), query))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual([title])
  })

  it.each([
    ['en', 'No published items yet', /^No published items yet: the newest will be listed here\.$/],
    ['ru', 'Опубликованных материалов пока нет', /^Опубликованных материалов пока нет: здесь появятся самые новые\.$/],
    ['kk', 'Әзірге жарияланған материал жоқ', /^Әзірге жарияланған материал жоқ: ең жаңалары осында көрсетіледі\.$/],
  ])('says an empty query finds no item yet on an empty archive, without echoing an empty «» (%s)', async (lang, title, description) => {
    await t.bot.handleUpdate(inlineQuery(user(35, lang), ''))
    const { results } = lastAnswer(t)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ id: 'nothing', title })
    expect(results[0]!.description).toMatch(description)
    expect(JSON.stringify(results[0])).not.toContain('«»')
  })

  it('answers nonsense with one "nothing found" result, never an error', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    for (const query of ['qwzxvbn', '!!! ###', '"', '«', '„“', '«»»', '#999999']) {
      await t.bot.handleUpdate(inlineQuery(user(34, 'en'), query))
      const { results } = lastAnswer(t)
      expect(results).toHaveLength(1)
      expect(results[0]).toMatchObject({ id: 'nothing', title: 'Nothing found' })
    }
  })

  it.each([
    ['en', '-museum', 'Only words to leave out', '«-museum» only says what to leave out (words after a minus or NOT). Add a word the items must have: exhibition -museum'],
    ['ru', 'NOT музей', 'Только то, что исключить', '«NOT музей» — только то, что исключить (слова после минуса или NOT). Добавьте слово, которое должно быть в материале: выставка NOT музей'],
  ])('answers words that only leave something out (%s: %s) with what was understood and what to type, not "nothing found"', async (lang, query, title, description) => {
    await seedItems(t.db, [itemWithPartner('RU')])
    await t.bot.handleUpdate(inlineQuery(user(34, lang), query))
    const { results } = lastAnswer(t)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ id: 'nothing', title, description })
  })

  it('finds a match behind more non-matching items than three scan windows hold, instead of "nothing found"', async () => {
    await seedItems(t.db, [{ title: 'Museum memorandum', sectors: ['museums'], publishedAt: '2020-01-01T00:00:00.000Z' }])
    await seedPlainItems(t.db, 3 * SCAN_WINDOW + 10)
    await t.bot.handleUpdate(inlineQuery(user(36, 'en'), 'museums'))
    const { results, nextOffset } = lastAnswer(t)
    expect(results.map((r) => r.title)).toEqual(['Museum memorandum'])
    expect(nextOffset).toBe('')
  })

  it('answers a scan that ran out of budget with a result that is not "nothing found", and goes on from there', async () => {
    await seedItems(t.db, [{ title: 'Museum memorandum', sectors: ['museums'], publishedAt: '2020-01-01T00:00:00.000Z' }])
    await seedPlainItems(t.db, INLINE_SCAN_WINDOWS * SCAN_WINDOW + 10)
    const from = user(37, 'en')
    await t.bot.handleUpdate(inlineQuery(from, 'museums'))
    const first = lastAnswer(t)
    // Never an empty list while more may follow: Telegram's apps hide it, and stop scrolling at an empty page.
    expect(first.results).toHaveLength(1)
    expect(first.results[0]).toMatchObject({ id: `more:${first.nextOffset}`, title: 'Nothing among the newest items yet' })
    expect(first.nextOffset).not.toBe('')
    await t.bot.handleUpdate(inlineQuery(from, 'museums', first.nextOffset))
    const second = lastAnswer(t)
    expect(second.results.map((r) => r.title)).toEqual(['Museum memorandum'])
    expect(second.nextOffset).toBe('')
  })

  it.each([
    ['a search', 'россия'],
    ['a share query', 'share'],
  ])('sends, for a result picked from %s, the card with its lead under the title, as an alert shows it', async (_, query) => {
    const body = 'АСТАНА. KAZINFORM — Стороны подписали меморандум о сотрудничестве в сфере музейного дела. Документ рассчитан на три года.\nВторой абзац.'
    const [id] = await seedItems(t.db, [itemWithPartner('RU', { title: 'Меморандум о музеях', body })])
    await t.bot.handleUpdate(inlineQuery(user(36, 'ru'), query === 'share' ? `#${id}` : query))
    const [result] = lastAnswer(t).results
    const card = parseTelegramHtml(result!.input_message_content.message_text)
    expect(card.ok && card.text.split('\n').slice(2, 4)).toEqual(['Меморандум о музеях', 'Стороны подписали меморандум о сотрудничестве в сфере музейного дела. Документ рассчитан на три года.'])
  })

  it.each([
    ['en', '🏠 Domestic cooperation · Agreement · 20 Nov 2026'],
    ['ru', '🏠 Сотрудничество внутри страны · Соглашение · 20 нояб. 2026 г.'],
    ['kk', '🏠 Ел ішіндегі ынтымақтастық · Келісім · 2026 ж. 20 қар.'],
  ] as const)('describes a result with no partner abroad as domestic cooperation, as its card says, not by its kind and date alone (%s)', async (lang, description) => {
    await seedItems(t.db, [{ title: 'Two museums of Kazakhstan sign a memorandum', partners: [], publishedAt: '2026-11-20T06:00:00.000Z' }])
    await t.bot.handleUpdate(inlineQuery(user(37, lang), ''))
    const [result] = lastAnswer(t).results
    expect(result!.description).toBe(description)
    expect(result!.input_message_content.message_text.split('\n')[0]).toBe(description.split(' · ')[0])
  })

  it('shares one published item by its share query, and never a flagged one', async () => {
    const [shown, flagged] = await seedItems(t.db, [itemWithPartner('RU', { title: 'Shared' }), itemWithPartner('RU', { status: 'flagged', title: 'Hidden' })])
    await t.bot.handleUpdate(inlineQuery(user(35, 'en'), `#${shown}`))
    expect(lastAnswer(t).results.map((r) => r.title)).toEqual(['Shared'])
    await t.bot.handleUpdate(inlineQuery(user(35, 'en'), `#${flagged}`))
    expect(lastAnswer(t).results.map((r) => r.id)).toEqual(['nothing'])
  })
})

describe('inline mode with a starred word longer than the index\'s prefixes', () => {
  let t: TestApp
  /** The queries the app sent, as kysely's nodes with their parameters. */
  const queries: string[] = []
  const watchQueries: KyselyPlugin = {
    transformQuery: ({ node }) => {
      queries.push(JSON.stringify(node, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
      return node
    },
    transformResult: ({ result }) => Promise.resolve(result),
  }
  beforeAll(async () => {
    t = await createTestApp({}, { appDb: (db) => db.withPlugin(watchQueries) })
    await seedItems(t.db, [...corpusItems(), ...spelledItems])
  })
  afterAll(async () => t.close())

  // «shymkent*» is read as the place, Kazakhstan, and no words.
  it.each(starredQueries.filter((q) => q !== 'shymkent*'))('«%s» scrolls through what FTS5 found for it alone', async (query) => {
    const match = toFtsQuery(query)!
    const expected = (await findArchiveItems(t.db, { match: { ...match, byHeads: null } }, { limit: 100_000 })).items.map((i) => `item:${i.id}`)
    const from = user(40, 'en')
    const seen: string[] = []
    let offset = ''
    do {
      await t.bot.handleUpdate(inlineQuery(from, query, offset))
      const answer = lastAnswer(t)
      seen.push(...answer.results.map((r) => r.id))
      offset = answer.nextOffset
    } while (offset !== '')
    expect(seen).toEqual(expected.length === 0 ? ['nothing'] : expected)
  })

  it('looks «культур*» up by its first four letters, checking each candidate\'s text, not by FTS5 merging every term it begins', async () => {
    queries.length = 0
    await t.bot.handleUpdate(inlineQuery(user(41, 'en'), 'культур*'))
    expect(lastAnswer(t).results).toHaveLength(INLINE_PAGE_SIZE)
    expect(queries.some((q) => q.includes('search_clauses_hold') && q.includes('\\"куль\\"*'))).toBe(true)
    expect(queries.some((q) => q.includes('\\"культур\\"*'))).toBe(false)
  })
})
