import { createI18n } from '../../src/bot/i18n/i18n.js'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_EXPORT_BYTES, MAX_EXPORT_ROWS } from '../../src/bot/features/export.js'
import { isUploadedFile } from '../helpers/fake-bot-api.js'
import { dailyItems, itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'

function lastDocument(t: TestApp): { filename: string; text: string; payload: Record<string, any> } {
  const payload = t.api.sent('sendDocument').at(-1)?.payload
  if (!payload || !isUploadedFile(payload.document)) throw new Error('no document uploaded')
  return { filename: payload.document.filename, text: payload.document.bytes.toString('utf8'), payload }
}

/** `n` published copies of item `template`, a minute apart going back, inserted in SQL (seedItems takes a minute for 40,000). */
async function seedCopies(t: TestApp, template: number, n: number): Promise<void> {
  await sql`insert into article (source_id, url, url_key, guid, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n})
    select a.source_id, a.url || '/' || i, a.url_key || '-' || i, null, a.title, a.body, a.lang, strftime('%Y-%m-%dT%H:%M:%fZ', a.published_at, '-' || i || ' minutes'),
      a.published_at_origin, a.fetched_at, a.updated_at, a.content_hash || i, a.story_key || i
    from n, article a where a.id = ${template}`.execute(t.db)
  await sql`insert into classification (article_id, is_relevant, kind, confidence, sectors, orgs, status, status_changed_at, classified_at)
    select a.id, 1, 'meeting', 0.9, '[]', '[]', 'published', a.fetched_at, a.fetched_at from article a where a.id <> ${template}`.execute(t.db)
  await sql`insert into article_partner (article_id, country, status, published_at) select a.id, 'RU', 'published', a.published_at from article a where a.id <> ${template}`.execute(t.db)
}

/** A semicolon-separated line's fields, quoted ones unquoted (no field here holds a line break). */
function splitSemicolons(line: string): string[] {
  return [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map(([, field]) => (field!.startsWith('"') ? field!.slice(1, -1).replace(/""/g, '"') : field!))
}

describe('/export', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://archive.example' })
  })
  afterEach(async () => t.close())

  it('sends the matching published items as a CSV document with a BOM, newest first', async () => {
    const [ru] = await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Меморандум о сотрудничестве, «музеи»', publishedAt: '2025-05-01T06:00:00.000Z', sectors: ['museums'] }),
      itemWithPartner('RU', { title: '=HYPERLINK("x")', publishedAt: '2025-06-01T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Flagged', status: 'flagged' }),
      itemWithPartner('FR', { title: 'France' }),
    ])
    await t.bot.handleUpdate(command(user(40, 'ru'), '/export россия'))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-RU.csv')
    expect(doc.payload).toMatchObject({ chat_id: '40', parse_mode: 'HTML' })
    expect(doc.payload.caption).toMatch(/2 записи/)
    expect(doc.text.startsWith('\uFEFFid;published_at;')).toBe(true)
    const lines = doc.text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatch(/^\d+;2025-06-01T06:00:00.000Z;.*"'=HYPERLINK\(""x""\)"/)
    expect(lines[2]).toContain(';Меморандум о сотрудничестве, «музеи»;')
    expect(lines[2]).toContain(`https://archive.example/item/${ru}?lang=ru`)
  })

  it.each([
    ['ru', ';', '"Франция; Италия"', '"Выставка; гастроли, концерты"'],
    ['kk', ';', '"Франция; Италия"', '"Выставка; гастроли, концерты"'],
    ['en', ',', 'France; Italy', '"Выставка; гастроли, концерты"'],
  ] as const)('separates a %s reader\'s CSV fields with «%s», as Excel with their regional settings splits them, quoting a field that holds one', async (lang, delimiter, names, title) => {
    await seedItems(t.db, [itemWithPartner(['FR', 'IT'], { title: 'Выставка; гастроли, концерты' })])
    await t.bot.handleUpdate(command(user(45, lang), '/export франция'))
    const [header, row] = lastDocument(t).text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(header!.split(delimiter).slice(0, 3)).toEqual(['id', 'published_at', 'kind'])
    expect(row).toContain(`${delimiter}FR IT${delimiter}${names}${delimiter}`)
    expect(row).toContain(`${delimiter}${title}${delimiter}`)
  })

  it('narrows by sector, year and words, and sends JSON on request', async () => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Louvre', body: 'Выставка музея Лувр', publishedAt: '2025-03-01T06:00:00.000Z', sectors: ['museums'] }),
      itemWithPartner('FR', { title: 'Older Louvre', body: 'Выставка музея Лувр', publishedAt: '2024-03-01T06:00:00.000Z', sectors: ['museums'] }),
      itemWithPartner('FR', { title: 'Theatre', body: 'Гастроли театра', publishedAt: '2025-04-01T06:00:00.000Z', sectors: ['theatre'] }),
    ])
    await t.bot.handleUpdate(command(user(41, 'en'), '/export france museums 2025 json'))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-FR-museums-2025.json')
    const parsed = JSON.parse(doc.text) as { filter: Record<string, unknown>; items: { title: string }[] }
    expect(parsed.filter).toEqual({ country: 'FR', sector: 'museums', year: 2025 })
    expect(parsed.items.map((i) => i.title)).toEqual(['Louvre'])
    await t.bot.handleUpdate(command(user(41, 'en'), '/export france выставка'))
    expect(lastDocument(t).text.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[8]).sort()).toEqual(['Louvre', 'Older Louvre'])
  })

  it.each([
    ['ru', '/export россия соглашения', 'coopwatch-RU-agreement.csv'],
    ['kk', '/export Ресей келісімдер 2026', 'coopwatch-RU-agreement-2026.csv'],
    ['en', '/export agreements russia json', 'coopwatch-RU-agreement.json'],
  ] as const)('narrows to a kind as the lists do, naming the file after it (%s: %s)', async (lang, text, filename) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { kind: 'agreement', title: 'Меморандум о музеях подписан', body: 'Министры подписали меморандум о сотрудничестве музеев.', publishedAt: '2026-03-01T06:00:00.000Z' }),
      itemWithPartner('RU', { kind: 'meeting', title: 'Переговоры о будущих соглашениях (agreements, келісімдер)', body: 'Стороны обсудили будущие соглашения.', publishedAt: '2026-03-02T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(46, lang), text))
    const doc = lastDocument(t)
    expect(doc.filename).toBe(filename)
    expect(doc.text).toContain('Меморандум о музеях подписан')
    expect(doc.text).not.toContain('Переговоры о будущих')
  })

  it('names a file narrowed to a day after the day, not its whole year (/export france 03.03.2025)', async () => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'That day', publishedAt: '2025-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Another day', publishedAt: '2025-03-04T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(41, 'en'), '/export france 03.03.2025 json'))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-FR-2025-03-03.json')
    expect((JSON.parse(doc.text) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['That day'])
  })

  it('names each row\'s kind and sectors in the reader\'s language, as it names the partners, beside their keys', async () => {
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Меморандум музеев', kind: 'agreement', sectors: ['museums', 'theatre'] })])
    for (const [lang, kind, sectors] of [['ru', 'Соглашение', 'музеи; театр'], ['kk', 'Келісім', 'мұражайлар; театр'], ['en', 'Agreement', 'museums; theatre']] as const) {
      await t.bot.handleUpdate(command(user(43, lang), '/export россия'))
      const [header, row] = lastDocument(t).text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map(lang === 'en' ? (line) => line.split(',') : splitSemicolons)
      expect(row![header!.indexOf('kind')]).toBe('agreement')
      expect([row![header!.indexOf('kind_name')], row![header!.indexOf('sector_names')]]).toEqual([kind, sectors])
      await t.bot.handleUpdate(command(user(43, lang), '/export россия json'))
      expect((JSON.parse(lastDocument(t).text) as { items: unknown[] }).items).toEqual([expect.objectContaining({ kind: 'agreement', kind_name: kind, sector_names: sectors.split('; ') })])
    }
  })

  it.each([
    ['ru', 'Организация тюркских государств; Международная тюркская академия'],
    ['kk', 'Түркі мемлекеттері ұйымы; Халықаралық түркі академиясы'],
    ['en', 'Organization of Turkic States; International Turkic Academy'],
  ] as const)('names each row\'s organisations in full in the reader\'s language beside their codes, which tell a reader nothing (%s: OTS, ITA)', async (lang, names) => {
    await seedItems(t.db, [itemWithPartner('TR', { title: 'Türkiye and OTS', orgs: ['OTS', 'ITA'] })])
    await t.bot.handleUpdate(command(user(44, lang), '/export türkiye'))
    const [header, row] = lastDocument(t).text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map(lang === 'en' ? (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, f]) => f!.replace(/^"|"$/g, '')) : splitSemicolons)
    expect(header!.at(-1)).toBe('org_names')
    expect([row![header!.indexOf('orgs')], row![header!.indexOf('org_names')]]).toEqual(['OTS; ITA', names])
    await t.bot.handleUpdate(command(user(44, lang), '/export türkiye json'))
    expect((JSON.parse(lastDocument(t).text) as { items: unknown[] }).items).toEqual([expect.objectContaining({ orgs: ['OTS', 'ITA'], org_names: names.split('; ') })])
  })

  it.each([
    ['ru', 'АСТАНА. KAZINFORM — Стороны подписали меморандум о сотрудничестве музеев.', 'Стороны подписали меморандум о сотрудничестве музеев.'],
    ['kk', 'АСТАНА. ҚазАқпарат — Тараптар мұражайлар ынтымақтастығы туралы меморандумға қол қойды.', 'Тараптар мұражайлар ынтымақтастығы туралы меморандумға қол қойды.'],
    ['en', 'KAZAN. April 29. KAZINFORM – The parties signed a memorandum on museums.', 'The parties signed a memorandum on museums.'],
  ] as const)('starts each row\'s lead with what was signed, not the agency\'s dateline, as the card\'s lead does (%s)', async (lang, body, lead) => {
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Меморандум', body })])
    await t.bot.handleUpdate(command(user(46, lang), '/export россия json'))
    expect((JSON.parse(lastDocument(t).text) as { items: { lead: string }[] }).items.map((i) => i.lead)).toEqual([lead])
    await t.bot.handleUpdate(command(user(46, lang), '/export россия'))
    expect(lastDocument(t).text).toContain(`${lang === 'en' ? ',' : ';'}${lead}${lang === 'en' ? ',' : ';'}`)
  })

  it('exports every item for the home country, a party to each, as /latest lists them (/export Казахстан музеи)', async () => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'Museum week', sectors: ['museums'] }),
      itemWithPartner('RU', { title: 'Theatre tour', sectors: ['theatre'] }),
    ])
    await t.bot.handleUpdate(command(user(44, 'ru'), '/export Казахстан музеи json'))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-museums.json')
    expect((JSON.parse(doc.text) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['Museum week'])
    await t.bot.handleUpdate(command(user(44, 'ru'), '/export Kazakhstan'))
    expect(lastDocument(t).payload.caption).toMatch(/2 записи/)
  })

  it('dates each row by its day in Kazakhstan, as its card and the file name do, beside the UTC moment (published 00:30 on 4 March in Astana)', async () => {
    await seedItems(t.db, [itemWithPartner('FR', { title: 'Just after midnight', publishedAt: '2025-03-03T19:30:00.000Z' })])
    await t.bot.handleUpdate(command(user(42, 'ru'), '/export france 04.03.2025'))
    const csv = lastDocument(t)
    expect(csv.filename).toBe('coopwatch-FR-2025-03-04.csv')
    const [header, row] = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    const date = header!.split(';').indexOf('date')
    expect(date).toBeGreaterThan(-1)
    expect(row!.split(';')[date]).toBe('2025-03-04')
    expect(row!.split(';')[1]).toBe('2025-03-03T19:30:00.000Z')
    await t.bot.handleUpdate(command(user(42, 'ru'), '/export france 04.03.2025 json'))
    expect((JSON.parse(lastDocument(t).text) as { items: unknown[] }).items).toEqual([expect.objectContaining({ published_at: '2025-03-03T19:30:00.000Z', date: '2025-03-04' })])
  })

  it.each([
    ['/export france 3 March json', 'coopwatch-FR-2026-03-03.json', ['That day']],
    ['/export франция 3 марта json', 'coopwatch-FR-2026-03-03.json', ['That day']],
    ['/export france March 2026 json', 'coopwatch-FR-2026-03.json', ['Another day', 'That day']],
  ])('reads a day without its year as its latest, and a month with its year, as the lists do (%s), where it searched them as words', async (text, filename, titles) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'A year before', publishedAt: '2025-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'That day', publishedAt: '2026-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Another day', publishedAt: '2026-03-04T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(44, 'en'), text))
    const doc = lastDocument(t)
    expect(doc.filename).toBe(filename)
    expect((JSON.parse(doc.text) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(titles)
  })

  it('exports a "quoted phrase" as words, not as the country named inside it', async () => {
    await seedItems(t.db, [
      itemWithPartner('AE', { title: 'Выставка «Лувр Абу-Даби» в Астане' }),
      itemWithPartner('AE', { title: 'Дни культуры ОАЭ' }),
    ])
    await t.bot.handleUpdate(command(user(43, 'ru'), '/export "Лувр Абу-Даби" json'))
    const parsed = JSON.parse(lastDocument(t).text) as { filter: Record<string, unknown>; items: { title: string }[] }
    expect(parsed.filter).toEqual({ words: '"Лувр Абу-Даби"' })
    expect(parsed.items.map((i) => i.title)).toEqual(['Выставка «Лувр Абу-Даби» в Астане'])
  })

  it.each(['«Лувр Абу-Даби»', '“Лувр Абу-Даби”', '„Лувр Абу-Даби“'])('exports %s in typographic quotes as the phrase, as in "double quotes"', async (phrase) => {
    await seedItems(t.db, [
      itemWithPartner('AE', { title: 'Выставка «Лувр Абу-Даби» в Астане' }),
      itemWithPartner('AE', { title: 'Дни культуры ОАЭ' }),
    ])
    await t.bot.handleUpdate(command(user(44, 'ru'), `/export ${phrase} json`))
    const parsed = JSON.parse(lastDocument(t).text) as { filter: Record<string, unknown>; items: { title: string }[] }
    expect(parsed.filter).toEqual({ words: '"Лувр Абу-Даби"' })
    expect(parsed.items.map((i) => i.title)).toEqual(['Выставка «Лувр Абу-Даби» в Астане'])
  })

  it('exports a phrase in any of its word forms, its words side by side', async () => {
    await seedItems(t.db, [
      itemWithPartner('AE', { title: 'Выставка «Лувр Абу-Даби» в Астане' }),
      itemWithPartner('AE', { title: 'Абу-Даби и Лувр: дни культуры ОАЭ' }),
    ])
    await t.bot.handleUpdate(command(user(45, 'ru'), '/export «Лувра Абу-Даби» json'))
    const parsed = JSON.parse(lastDocument(t).text) as { items: { title: string }[] }
    expect(parsed.items.map((i) => i.title)).toEqual(['Выставка «Лувр Абу-Даби» в Астане'])
  })

  it('streams a long export in full, batch after batch', async () => {
    await seedItems(t.db, dailyItems(1_203, ['KR']))
    await t.bot.handleUpdate(command(user(42, 'en'), '/export south korea'))
    expect(lastDocument(t).text.trimEnd().split('\r\n')).toHaveLength(1_204)
  })

  it.each([
    [12_341, '12 341 самая новая запись'],
    [12_342, '12 342 самые новые записи'],
    [12_345, '12 345 самых новых записей'],
    [40_000, '40 000 самых новых записей'],
  ])('counts the rows of a document stopped by its size in Russian with the plural they take (%i)', (count, said) => {
    const caption = createI18n().t('ru', 'export-caption-capped', { query: 'россия', count })
    expect(caption.replace(/\u00a0/g, ' ')).toBe(`«россия»: ${said}. Чтобы получить более старые, сузьте запрос: добавьте год или сферу.`)
  })

  it('stops a document of long Russian rows before Telegram\'s 50 MB upload limit, and says how many rows it holds, linking the archive\'s whole export', async () => {
    const title = 'Министр культуры и информации провела переговоры о гуманитарном сотрудничестве '.repeat(40)
    const [template] = await seedItems(t.db, [itemWithPartner('RU', { title, body: 'Стороны обсудили гастроли театров и обмен выставками. '.repeat(40), publishedAt: '2026-11-20T06:00:00.000Z' })])
    await seedCopies(t, template!, 15_000)
    await t.bot.handleUpdate(command(user(63, 'ru'), '/export россия'))
    const doc = lastDocument(t)
    const rows = doc.text.trimEnd().split('\r\n').length - 1
    expect(Buffer.byteLength(doc.text)).toBeLessThan(50_000_000)
    expect(Buffer.byteLength(doc.text)).toBeGreaterThan(MAX_EXPORT_BYTES)
    expect(rows).toBeLessThan(15_000)
    expect(Number(/: ([\d\s]+) сам(?:ая|ые|ых) нов/.exec(doc.payload.caption)?.[1]?.replace(/\D/g, ''))).toBe(rows)
    expect(doc.payload.caption).toContain('<a href="https://archive.example/country/RU.csv?lang=ru">Полная выгрузка есть в веб-архиве</a>')
  }, 120_000)

  it.each([
    ['ru', '/export франция музеи 2025'],
    ['kk', '/export франция мұражайлар 2025'],
  ])('gives a %s reader an example in their own words, which exports what it says', async (lang, example) => {
    await seedItems(t.db, [itemWithPartner('FR', { title: 'Louvre', publishedAt: '2025-03-01T06:00:00.000Z', sectors: ['museums'] })])
    await t.bot.handleUpdate(command(user(44, lang), '/export'))
    expect(t.api.sent().at(-1)!.payload.text).toContain(`<code>${example}</code>`)
    await t.bot.handleUpdate(command(user(44, lang), `${example} json`))
    expect((JSON.parse(lastDocument(t).text) as { filter: unknown }).filter).toEqual({ country: 'FR', sector: 'museums', year: 2025 })
  })

  it.each([
    ['kk', '/export Латын Америкасы', 'coopwatch-latin-america.csv', ['Бразилия меморандум']],
    ['en', '/export Africa 2025', 'coopwatch-africa-2025.csv', ['Egypt exhibition']],
    ['ru', '/export СССР', 'coopwatch-ussr.csv', ['Гастроли в России']],
  ])("exports a region or a former state as its countries' items, as /country reads it (%s: %s), where it was searched as a word and found nothing", async (lang, text, filename, titles) => {
    await seedItems(t.db, [
      itemWithPartner('BR', { title: 'Бразилия меморандум', publishedAt: '2025-05-01T06:00:00.000Z' }),
      itemWithPartner('EG', { title: 'Egypt exhibition', publishedAt: '2025-05-02T06:00:00.000Z' }),
      itemWithPartner('EG', { title: 'Old Egypt exhibition', publishedAt: '2024-05-02T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Гастроли в России', publishedAt: '2025-05-03T06:00:00.000Z' }),
      itemWithPartner('US', { title: 'США встреча', publishedAt: '2025-05-04T06:00:00.000Z' }),
      itemWithPartner('CF', { title: 'CAR meeting', status: 'flagged', publishedAt: '2025-05-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(45, lang), text))
    const doc = lastDocument(t)
    expect(doc.filename).toBe(filename)
    const titleAt = (lang === 'en' ? doc.text.split(',') : doc.text.split(';')).indexOf('title')
    expect(titleAt).toBeGreaterThan(0)
    const lines = doc.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1)
    expect(lines.map((line) => (lang === 'en' ? line.split(',') : splitSemicolons(line))[titleAt])).toEqual(titles)
    // No address of the web archive narrows to a region: the caption links none.
    expect(doc.payload.caption).not.toContain('href')
    await t.bot.handleUpdate(command(user(45, lang), `${text} json`))
    const json = JSON.parse(lastDocument(t).text) as { filter: { region: string; countries: string[] }; items: { title: string }[] }
    expect(json.items.map((i) => i.title)).toEqual(titles)
    expect(json.filter.region).toBe(filename.replace(/^coopwatch-|(-2025)?\.csv$/g, ''))
    expect(json.filter.countries).not.toContain('KZ')
  })

  it.each([
    ['ru', '/export Россия в 2025 году'],
    ['kk', '/export Ресей 2025 жыл'],
    ['en', '/export Russia in 2025'],
  ])('exports a year typed with its word and preposition as that year (%s: %s), where «в», «году», «жыл» or "in" were searched and nothing was found', async (lang, text) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Russia 2025', publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Russia 2024', publishedAt: '2024-03-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(46, lang), `${text} json`))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-RU-2025.json')
    expect(JSON.parse(doc.text)).toMatchObject({ filter: { country: 'RU', year: 2025 }, items: [{ title: 'Russia 2025' }] })
  })

  it.each([
    ['ru', '/export ЮНЕСКО', 'coopwatch-UNESCO.json', ['UNESCO session']],
    ['kk', '/export ТҮРКСОЙ 2024', 'coopwatch-TURKSOY-2024.json', ['Түркі әлемі мәдениет астанасы']],
  ])('exports an international organisation as the items it is a party to (%s: %s), where its name was searched in the texts and found nothing', async (lang, text, filename, titles) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'UNESCO session', body: 'Делегация приняла участие в сессии.', orgs: ['UNESCO'], publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner([], { title: 'Түркі әлемі мәдениет астанасы', body: 'Шара өтті.', orgs: ['TURKSOY'], publishedAt: '2024-04-05T06:00:00.000Z' }),
      itemWithPartner('TR', { title: 'Türkiye', publishedAt: '2024-05-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(47, lang), `${text} json`))
    const doc = lastDocument(t)
    expect(doc.filename).toBe(filename)
    const json = JSON.parse(doc.text) as { filter: { org: string }; items: { title: string }[] }
    expect(json.items.map((i) => i.title)).toEqual(titles)
    expect(json.filter.org).toBe(filename.split(/[-.]/)[1])
    expect(doc.payload.caption).not.toContain('href')
  })

  it('exports countries listed together as the items of any of them (/export Россия и Китай 2025), where the second was searched as a word and nothing was found', async () => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Russia 2025', publishedAt: '2025-03-05T06:00:00.000Z' }),
      itemWithPartner('CN', { title: 'China 2025', publishedAt: '2025-06-05T06:00:00.000Z' }),
      itemWithPartner('CN', { title: 'China 2024', publishedAt: '2024-06-05T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'France 2025', publishedAt: '2025-07-05T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(48, 'ru'), '/export Россия и Китай 2025 json'))
    const doc = lastDocument(t)
    expect(doc.filename).toBe('coopwatch-RU-CN-2025.json')
    expect(JSON.parse(doc.text)).toEqual(expect.objectContaining({ filter: { countries: ['RU', 'CN'], year: 2025 }, items: [expect.objectContaining({ title: 'China 2025' }), expect.objectContaining({ title: 'Russia 2025' })] }))
  })

  it('explains itself for no filter, and says so when nothing matches', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    await t.bot.handleUpdate(command(user(43, 'en'), '/export'))
    expect(t.api.sent().at(-1)!.payload.text).toMatch(/Say what to export/)
    await t.bot.handleUpdate(command(user(43, 'en'), '/export !!!'))
    expect(t.api.sent().at(-1)!.payload.text).toMatch(/Say what to export/)
    await t.bot.handleUpdate(command(user(43, 'en'), '/export qwzxvbn <b>'))
    expect(t.api.sent().at(-1)!.payload.text).toMatch(/No published items match «qwzxvbn &lt;b&gt;»/)
    expect(t.api.sent('sendDocument')).toHaveLength(0)
  })
})

describe('/export of more than a document holds, with no PUBLIC_URL', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('gives each JSON item no archive address, null, where there is no archive to link to, not an empty string', async () => {
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Meeting', body: 'Talks.', publishedAt: '2026-11-20T06:00:00.000Z' })])
    await t.bot.handleUpdate(command(user(65, 'ru'), '/export russia json'))
    const { items } = JSON.parse(lastDocument(t).text) as { items: { title: string; archive_url: unknown }[] }
    expect(items).toEqual([expect.objectContaining({ title: 'Meeting', archive_url: null })])
  })

  it.each([
    ['en', 'the newest 40,000 items. For the older ones, narrow it: add a year or a sector.'],
    ['ru', '40 000 самых новых записей. Чтобы получить более старые, сузьте запрос: добавьте год или сферу.'],
  ] as const)('says in %s how to get the older items, not to go to an archive it cannot link to', async (lang, said) => {
    const [template] = await seedItems(t.db, [itemWithPartner('RU', { title: 'Meeting', body: 'Talks.', publishedAt: '2026-11-20T06:00:00.000Z' })])
    await seedCopies(t, template!, MAX_EXPORT_ROWS)
    await t.bot.handleUpdate(command(user(64, lang), '/export russia'))
    const doc = lastDocument(t)
    expect(doc.text.trimEnd().split('\r\n')).toHaveLength(MAX_EXPORT_ROWS + 1)
    expect(doc.payload.caption.replace(/[\u00a0\s]+/g, ' ').replace(/(\d) (\d)/g, '$1$2')).toContain(said.replace(/(\d) (\d)/g, '$1$2'))
    expect(doc.payload.caption).not.toMatch(/archive|архив|<a /)
  }, 120_000)
})
