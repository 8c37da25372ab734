import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { type Db, openDb } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { countFilteredArchiveItems, listMonthCounts } from '../../src/db/archive.js'
import { searchItems } from '../../src/db/items.js'
import { createMigrator, migrateDownAllOrThrow, migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { isValidTimeZone } from '../../src/time-zone.js'

const TABLES = [
  'source', 'article', 'classification', 'article_partner', 'item_search', 'subscriber', 'subscription',
  'alert_outbox', 'audit_log', 'country_alias', 'admin_preference', 'bot_storage', 'partner_country_count', 'search_query',
  'archive_month_count', 'archive_change',
  'backfill',
  'chat_preference', 'source_suggestion',
  'review_backlog_day', 'chart_file', 'page_retry',
  'admin_command_menu', 'word_choice', 'alert_repeat', 'review_card',
]

async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type in ('table') and name not like 'sqlite_%' and name not like 'kysely_%' and name not like 'item_search_%'`.execute(db)
  return rows.map((r) => r.name).sort()
}

describe('migrations', () => {
  let db: Db
  afterEach(async () => db.destroy())

  it('apply to an empty database, re-apply as a no-op, and revert completely', async () => {
    db = openDb(':memory:')
    const applied = await migrateToLatestOrThrow(db)
    expect(applied.length).toBeGreaterThanOrEqual(7)
    expect(await tableNames(db)).toEqual([...TABLES].sort())
    expect(await migrateToLatestOrThrow(db)).toEqual([])

    const reverted = await migrateDownAllOrThrow(db)
    expect(reverted).toEqual([...applied].reverse())
    expect(await tableNames(db)).toEqual([])
  })

  it('turns on WAL, foreign keys, a busy timeout and a 4 MB page cache for a file database in a new folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopwatch-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    db = openDb(join(dir, 'nested', 'test.db'))
    await migrateToLatestOrThrow(db)
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db)
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db)
    // better-sqlite3's own default is 16 MB, which a growing archive fills.
    const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(db)
    expect(mode.rows[0]?.journal_mode).toBe('wal')
    expect(cache.rows[0]?.cache_size).toBe(-4000)
    expect(fk.rows[0]?.foreign_keys).toBe(1)
    expect(busy.rows[0]?.timeout).toBeGreaterThan(0)
  })
})

function throwIfFailed({ error }: { error?: unknown }): void {
  if (error) throw new Error('migration failed', { cause: error })
}

describe('schema', () => {
  let db: Db
  afterEach(async () => db.destroy())

  async function insertArticle(url: string, publishedAt: string, status: 'published' | 'flagged', partners: string[]) {
    const now = '2026-11-21T00:00:00.000Z'
    const { id } = await db
      .insertInto('article')
      .values({ url, url_key: url, title: `Title ${url}`, body: 'Министр культуры провела переговоры о сотрудничестве', lang: 'ru', published_at: publishedAt, published_at_origin: 'feed', fetched_at: now, updated_at: now, content_hash: url, story_key: url })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('classification').values({ article_id: id, is_relevant: 1, kind: 'meeting', confidence: 0.9, status, status_changed_at: now, classified_at: now }).execute()
    if (partners.length > 0) {
      await db.insertInto('article_partner').values(partners.map((country) => ({ article_id: id, country, status, published_at: publishedAt }))).execute()
    }
    return id
  }

  it('answers "newest published items with country X" from the partner index, without sorting', async () => {
    db = openDb(':memory:')
    await migrateToLatestOrThrow(db)
    const plan = await sql<{ detail: string }>`explain query plan
      select article_id from article_partner
      where country = 'RU' and status = 'published'
      order by published_at desc, article_id desc limit 5`.execute(db)
    const details = plan.rows.map((r) => r.detail).join('\n')
    expect(details).toMatch(/USING COVERING INDEX article_partner_country_idx \(country=\? AND status=\?\)/)
    expect(details).not.toMatch(/TEMP B-TREE/)
  })

  it('keeps the partner copy of status and date in step through triggers', async () => {
    db = openDb(':memory:')
    await migrateToLatestOrThrow(db)
    const id = await insertArticle('https://a.kz/1', '2026-01-01T00:00:00.000Z', 'flagged', ['RU', 'BY'])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', id).execute()
    await db.updateTable('article').set({ published_at: '2026-02-01T00:00:00.000Z' }).where('id', '=', id).execute()
    const rows = await db.selectFrom('article_partner').select(['country', 'status', 'published_at']).orderBy('country').execute()
    expect(rows).toEqual([
      { country: 'BY', status: 'published', published_at: '2026-02-01T00:00:00.000Z' },
      { country: 'RU', status: 'published', published_at: '2026-02-01T00:00:00.000Z' },
    ])
  })

  it('indexes published items only, by their stems, and follows edits, status changes and deletes', async () => {
    db = openDb(':memory:')
    await migrateToLatestOrThrow(db)
    const id = await insertArticle('https://a.kz/2', '2026-01-01T00:00:00.000Z', 'published', [])
    const hidden = await insertArticle('https://a.kz/3', '2026-01-02T00:00:00.000Z', 'flagged', [])
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)
    expect(await match('сотрудничество')).toEqual([id])
    expect(await match('МИНИСТРА')).toEqual([id])
    await db.updateTable('article').set({ body: 'Ресеймен ынтымақтастық туралы' }).where('id', '=', id).execute()
    expect(await match('сотрудничество')).toEqual([])
    expect(await match('Ресей')).toEqual([id])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', hidden).execute()
    expect(await match('сотрудничестве')).toEqual([hidden])
    await db.updateTable('article').set({ published_at: '2025-01-01T00:00:00.000Z' }).where('id', '=', hidden).execute()
    await db.updateTable('article').set({ published_at: '2027-01-01T00:00:00.000Z' }).where('id', '=', id).execute()
    expect(await match('title')).toEqual([id, hidden])
    await db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', hidden).execute()
    expect(await match('title')).toEqual([id])
    await db.deleteFrom('article').where('id', '=', id).execute()
    expect(await match('ресей')).toEqual([])
    expect(await sql<{ n: number }>`select count(*) as n from item_search`.execute(db)).toMatchObject({ rows: [{ n: 0 }] })
  })

  it('indexes the published items already stored when the search index is created', async () => {
    db = openDb(':memory:')
    const migrator = createMigrator(db)
    throwIfFailed(await migrator.migrateTo('2026_11_21_1400_add_admin_curation_columns'))
    const id = await insertArticle('https://a.kz/4', '2026-01-01T00:00:00.000Z', 'published', [])
    await insertArticle('https://a.kz/5', '2026-01-01T00:00:00.000Z', 'flagged', [])
    await migrateToLatestOrThrow(db)
    expect((await searchItems(db, toFtsQuery('переговоры')!, { limit: 10 })).items.map((i) => i.id)).toEqual([id])
  })

  it('indexes again the published items whose text has a capital İ, which search_terms() split into «i» and the rest', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_0700_record_audited_admin_menu_chats'))
    const id = await insertArticle('https://a.kz/6', '2026-01-01T00:00:00.000Z', 'published', [])
    const other = await insertArticle('https://a.kz/7', '2026-01-02T00:00:00.000Z', 'published', [])
    await db.updateTable('article').set({ title: 'TURKSOY ministers meet in İstanbul' }).where('id', '=', id).execute()
    // The terms as search_terms() wrote them before: «İstanbul» as «stanbul».
    const rowid = sql`(select (coalesce(unixepoch(published_at), 0) / 60) * 4294967296 + id from article where id = ${id})`
    await sql`delete from item_search where rowid = ${rowid}`.execute(db)
    await sql`insert into item_search (rowid, words, terms) select ${rowid}, title || char(10) || body, replace(search_terms(title || char(10) || body), 'istanbul', 'stanbul') from article where id = ${id}`.execute(db)
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)
    expect(await match('Istanbul')).toEqual([])

    // This migration alone: 2026_12_05_1200 indexes every item again after it.
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_0800_reindex_dotted_capital_i'))
    expect(await match('Istanbul')).toEqual([id])
    expect(await match('İstanbul')).toEqual([id])
    expect(await match('переговоры')).toEqual([other, id])
    expect(await sql<{ n: number }>`select count(*) as n from item_search`.execute(db)).toMatchObject({ rows: [{ n: 2 }] })

    await migrateToLatestOrThrow(db)
    expect(await match('Istanbul')).toEqual([id])
    expect(await match('İstanbul')).toEqual([id])
    expect(await match('переговоры')).toEqual([other, id])
    expect(await sql<{ n: number }>`select count(*) as n from item_search`.execute(db)).toMatchObject({ rows: [{ n: 2 }] })
  })

  it('indexes again, by the stems queries now ask for, the items indexed by the stemmer of before', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_0700_record_audited_admin_menu_chats'))
    const id = await insertArticle('https://a.kz/6', '2026-01-01T00:00:00.000Z', 'published', [])
    await db.updateTable('article').set({ title: 'Өзбекстан делегациясы', body: 'Звёзды эстрады.' }).where('id', '=', id).execute()
    // The terms the stemmer of before kept for it: «Өзбекстан» as «өзбекс» alone, which «Өзбекстанмен» (→ «өзбекстан») never met; «Звёзды» as «звезды», «звез», which «звёздами» (→ «звезд») never met.
    await sql`insert into item_search (item_search) values ('delete-all')`.execute(db)
    await sql`insert into item_search (rowid, words, terms) values (${sql.raw(`((unixepoch('2026-01-01T00:00:00.000Z') / 60) * 4294967296 + ${id})`)}, 'Өзбекстан делегациясы', 'өзбекс делегац звезды звез эстрад')`.execute(db)
    expect((await searchItems(db, toFtsQuery('Өзбекстанмен')!, { limit: 10 })).items).toEqual([])
    expect((await searchItems(db, toFtsQuery('звёздами')!, { limit: 10 })).items).toEqual([])
    await migrateToLatestOrThrow(db)
    for (const words of ['Өзбекстанмен', 'звёздами', 'делегация']) expect((await searchItems(db, toFtsQuery(words)!, { limit: 10 })).items.map((i) => i.id)).toEqual([id])
  })

  it('names the offsets Node 24 stored as time zones: whole hours as their Etc/ zone, the rest as the default', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_04_1500_create_page_retry'))
    const typed = ['+05:00', '-03:00', '+00:00', '+0700', '\u221204', '+05:30', '-13:00', 'Europe/Vienna']
    await db
      .insertInto('subscriber')
      .values(typed.map((zone, i) => ({ chat_id: i + 1, chat_type: 'private', language: null, time_zone: zone, last_digest_at: null, deactivated_reason: null, created_at: '2026-12-01T00:00:00.000Z', updated_at: '2026-12-01T00:00:00.000Z' })))
      .execute()
    await migrateToLatestOrThrow(db)
    const zones = await db.selectFrom('subscriber').select('time_zone').orderBy('chat_id').execute()
    expect(zones.map((z) => z.time_zone)).toEqual(['Etc/GMT-5', 'Etc/GMT+3', 'UTC', 'Etc/GMT-7', 'Etc/GMT+4', 'Asia/Almaty', 'Asia/Almaty', 'Europe/Vienna'])
    for (const { time_zone } of zones) expect(isValidTimeZone(time_zone)).toBe(true)
  })

  // Each moment, and the month Asia/Almaty's calendar (the archive's dates and year filter) puts it in.
  const ALMATY_MONTHS = [
    ['2023-12-31T18:30:00.000Z', '2024-01'], // 00:30 on 1 January 2024 at UTC+6, 23:30 on 31 December at UTC+5
    ['2024-01-31T18:59:59.999Z', '2024-02'],
    ['2024-02-29T17:30:00.000Z', '2024-02'], // the last half hour at UTC+6
    ['2024-02-29T18:30:00.000Z', '2024-02'], // 23:30 again, now at UTC+5
    ['2024-03-31T19:30:00.000Z', '2024-04'],
    ['1999-06-30T17:30:00.000Z', '1999-07'], // summer time, UTC+7
    ['2004-10-31T18:30:00.000Z', '2004-11'], // UTC+6 for good from that October
    ['2025-05-31T19:30:00.000Z', '2025-06'],
  ] as const
  const almatyMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit' })
  const monthsOf = async (country: string | null) => (await listMonthCounts(db, country)).map((c) => `${c.month}=${c.count}`)

  it('counts the timeline\'s months in Asia/Almaty\'s time as it was (UTC+6 before March 2024), the counts stored before included', async () => {
    const expected = [...new Set(ALMATY_MONTHS.map(([, month]) => month))].sort().map((month) => `${month}=${ALMATY_MONTHS.filter(([, m]) => m === month).length}`)
    for (const [at, month] of ALMATY_MONTHS) expect(almatyMonth.format(new Date(at)).slice(0, 7), at).toBe(month)
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1200_reindex_item_search'))
    for (const [i, [at]] of ALMATY_MONTHS.entries()) await insertArticle(`https://example.kz/${i}`, at, 'published', ['RU'])
    await insertArticle('https://example.kz/flagged', '2023-12-31T18:30:00.000Z', 'flagged', ['RU'])
    // UTC+5 throughout put two of them a month early.
    expect(await monthsOf('RU')).toContain('2023-12=1')

    await migrateToLatestOrThrow(db)
    expect(await monthsOf(null)).toEqual(expected)
    expect(await monthsOf('RU')).toEqual(expected)
    // A year from the counts is the year the list filters by.
    expect(await countFilteredArchiveItems(db, { country: 'RU', year: 2024 })).toBe(5)
    expect(await countFilteredArchiveItems(db, { country: 'RU', year: 2024, language: 'ru' })).toBe(5)

    // The triggers count new, moved and removed items in the same months.
    const late = await insertArticle('https://example.kz/new', '2023-11-30T18:15:00.000Z', 'published', ['CN'])
    expect(await monthsOf('CN')).toEqual(['2023-12=1'])
    await db.updateTable('article').set({ published_at: '2024-02-29T18:15:00.000Z' }).where('id', '=', late).execute()
    await db.updateTable('article_partner').set({ published_at: '2024-02-29T18:15:00.000Z' }).where('article_id', '=', late).execute()
    expect(await monthsOf('CN')).toEqual(['2024-02=1'])
    expect(await monthsOf(null)).toContain('2024-02=4')
    await db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', late).execute()
    expect(await monthsOf(null)).toEqual(expected)
    expect(await monthsOf('CN')).toEqual([])

    // Reverted, the counts are UTC+5's again.
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1200_reindex_item_search'))
    expect(await monthsOf('RU')).toEqual(['1999-06=1', '2023-12=1', '2024-01=1', '2024-02=2', '2024-04=1', '2004-10=1', '2025-06=1'].sort())
  })

  it('indexes the items published before it again with the word prefixes a phrase looks up, and still follows changes', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1500_create_word_choice'))
    const published = await insertArticle('https://a.kz/phrase-1', '2026-01-01T00:00:00.000Z', 'published', [])
    const flagged = await insertArticle('https://a.kz/phrase-2', '2026-01-02T00:00:00.000Z', 'flagged', [])
    const tableSql = async () => (await sql<{ sql: string }>`select sql from sqlite_master where name = 'item_search'`.execute(db)).rows[0]?.sql
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1700_add_item_search_word_prefixes'))
    expect(await tableSql()).toMatch(/prefix = '4'/)
    expect(await sql<{ n: number }>`select count(*) as n from item_search`.execute(db)).toMatchObject({ rows: [{ n: 1 }] })
    expect(await match('«министра культуры»')).toEqual([published])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', flagged).execute()
    expect(await match('"Министр культуры"')).toEqual([flagged, published])

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1500_create_word_choice'))
    expect(await tableSql()).not.toMatch(/prefix/)
    expect(await match('министр культуры')).toEqual([flagged, published])
  })

  it('indexes the items published before it again with ё and ı read as е and i and two-letter prefixes, and still follows changes', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1700_add_item_search_word_prefixes'))
    const published = await insertArticle('https://a.kz/fold-1', '2026-01-01T00:00:00.000Z', 'published', [])
    const flagged = await insertArticle('https://a.kz/fold-2', '2026-01-02T00:00:00.000Z', 'flagged', [])
    await db.updateTable('article').set({ body: 'Ёлка в Днях культуры. Mádenıet ıdeıasy.' }).where('id', 'in', [published, flagged]).execute()
    const tableSql = async () => (await sql<{ sql: string }>`select sql from sqlite_master where name = 'item_search'`.execute(db)).rows[0]?.sql
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)
    expect(await match('"елка"')).toEqual([])

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1900_fold_item_search_words'))
    expect(await tableSql()).toMatch(/prefix = '2 4'/)
    expect(await match('"елка"')).toEqual([published])
    expect(await match('«Дни культуры»')).toEqual([published])
    expect(await match('"madeniet ideiasy"')).toEqual([published])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', flagged).execute()
    expect(await match('"ёлка"')).toEqual([flagged, published])
    await db.updateTable('article').set({ body: 'Ёлочные игрушки.' }).where('id', '=', flagged).execute()
    expect(await match('"елка"')).toEqual([published])

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1700_add_item_search_word_prefixes'))
    expect(await tableSql()).toMatch(/prefix = '4'/)
    expect(await match('ёлка')).toEqual([published])
  })

  it('indexes the items published before it again with three-letter prefixes too, and still follows changes', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1900_fold_item_search_words'))
    const published = await insertArticle('https://a.kz/years-1', '2026-01-01T00:00:00.000Z', 'published', [])
    const flagged = await insertArticle('https://a.kz/years-2', '2026-01-02T00:00:00.000Z', 'flagged', [])
    await db.updateTable('article').set({ body: 'Итоги года культуры и Art Days.' }).where('id', 'in', [published, flagged]).execute()
    const tableSql = async () => (await sql<{ sql: string }>`select sql from sqlite_master where name = 'item_search'`.execute(db)).rows[0]?.sql
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)

    await migrateToLatestOrThrow(db)
    expect(await tableSql()).toMatch(/prefix = '2 3 4'/)
    expect(await match('«годы культуры»')).toEqual([published])
    expect(await match('"Arts Days"')).toEqual([published])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', flagged).execute()
    expect(await match('«году культуры»')).toEqual([flagged, published])

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1900_fold_item_search_words'))
    expect(await tableSql()).toMatch(/prefix = '2 4'/)
    expect(await match('«годы культуры»')).toEqual([flagged, published])
  })

  it('indexes the items published before it again with a Kazakh Latin text\'s Cyrillic reading, and still follows changes', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_2300_add_three_letter_word_prefixes'))
    const published = await insertArticle('https://a.kz/latin-1', '2026-01-01T00:00:00.000Z', 'published', [])
    const flagged = await insertArticle('https://a.kz/latin-2', '2026-01-02T00:00:00.000Z', 'flagged', [])
    await db.updateTable('article').set({ body: 'Qazaqstan men Túrkıa mádenıet kúnderi bastaldy. Mınıstrlik kórmeni ashty.' }).where('id', 'in', [published, flagged]).execute()
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)
    expect(await match('"мәдениет күндері"')).toEqual([])

    await migrateToLatestOrThrow(db)
    expect(await match('"мәдениет күндері"')).toEqual([published])
    expect(await match('"Түркия мәдениет"')).toEqual([published])
    expect(await match('мәдени*')).toEqual([published])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', flagged).execute()
    expect(await match('"mädeniet künderı"')).toEqual([flagged, published])
    await db.updateTable('article').set({ body: 'Qazaqstan men Túrkıa teatr kúnderi bastaldy.' }).where('id', '=', flagged).execute()
    expect(await match('"мәдениет күндері"')).toEqual([published])
    expect(await match('"театр күндері"')).toEqual([flagged])

    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_2300_add_three_letter_word_prefixes'))
    expect(await match('"мәдениет күндері"')).toEqual([])
    expect(await match('"mádenıet kúnderi"')).toEqual([published])
  })

  // The process dies (a deploy's restart, a full disk) while a migration makes a table's triggers again.
  it.each([
    ['2026_12_05_1300_recount_archive_months_in_almaty_time', 'create trigger classification_archive_delete'],
    ['2026_12_05_1900_fold_item_search_words', 'create trigger item_search_republish'],
    ['2026_12_05_2300_add_three_letter_word_prefixes', 'create trigger item_search_republish'],
    ['2026_12_06_0500_index_kazakh_latin_in_cyrillic', 'create trigger item_search_republish'],
  ])('leaves the database as it was when %s stops midway, and runs it again', async (migration, dyingAt) => {
    db = openDb(':memory:')
    const migrator = createMigrator(db)
    const before = (await migrator.getMigrations()).map((m) => m.name).filter((name) => name < migration).at(-1)!
    throwIfFailed(await migrator.migrateTo(before))
    const published = await insertArticle('https://a.kz/latin-3', '2026-01-01T00:00:00.000Z', 'published', ['TR'])
    await db.updateTable('article').set({ body: 'Qazaqstan men Túrkıa mádenıet kúnderi bastaldy. Mınıstrlik kórmeni ashty.' }).where('id', '=', published).execute()
    const schema = async () => (await sql<{ sql: string | null }>`select sql from sqlite_master where name not like 'kysely_%' order by name`.execute(db)).rows
    const applied = async () => (await db.selectFrom('kysely_migration' as never).select('name' as never).execute()).length
    const match = async (q: string) => (await searchItems(db, toFtsQuery(q)!, { limit: 10 })).items.map((i) => i.id)
    const [schemaBefore, appliedBefore, monthsBefore] = [await schema(), await applied(), await listMonthCounts(db, null)]
    const dying = db.withPlugin({
      transformQuery: ({ node }) => {
        if (JSON.stringify(node).includes(dyingAt)) throw new Error('killed')
        return node
      },
      transformResult: ({ result }) => Promise.resolve(result),
    })

    const { error } = await createMigrator(dying).migrateTo(migration)
    expect(String(error)).toMatch(/killed/)
    expect(await schema()).toEqual(schemaBefore)
    expect(await applied()).toBe(appliedBefore)
    expect(await listMonthCounts(db, null)).toEqual(monthsBefore)

    await migrateToLatestOrThrow(db)
    expect(await match('"мәдениет күндері"')).toEqual([published])
    await db.updateTable('article').set({ body: 'Ministrlik kórmeni ashty.' }).where('id', '=', published).execute()
    expect(await match('"mádenıet kúnderi"')).toEqual([])
  })

  it('keeps every subscription, its id and its narrowing when organisations become followable', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_0200_recreate_search_query_per_chat'))
    const at = '2026-12-01T00:00:00.000Z'
    await db.insertInto('subscriber').values({ chat_id: 7, chat_type: 'private', language: 'ru', created_at: at, updated_at: at }).execute()
    const before = [
      { id: 3, chat_id: 7, message_thread_id: 0, topic_type: 'country', topic_value: 'RU', sector_filter: 'museums', kind_filter: 'agreement', created_at: at },
      { id: 5, chat_id: 7, message_thread_id: 4, topic_type: 'sector', topic_value: 'cinema', sector_filter: '', kind_filter: '', created_at: at },
      { id: 8, chat_id: 7, message_thread_id: 0, topic_type: 'keyword', topic_value: 'unesco', sector_filter: '', kind_filter: '', created_at: at },
      { id: 9, chat_id: 7, message_thread_id: 0, topic_type: 'all', topic_value: '', sector_filter: '', kind_filter: 'meeting', created_at: at },
    ] as const
    await db.insertInto('subscription').values([...before]).execute()
    await migrateToLatestOrThrow(db)
    expect(await db.selectFrom('subscription').selectAll().orderBy('id').execute()).toEqual(before)
    await db.insertInto('subscription').values({ chat_id: 7, topic_type: 'org', topic_value: 'UNESCO', created_at: at }).execute()
    const indexes = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'subscription' and sql is not null`.execute(db)
    expect(indexes.rows.map((r) => r.name)).toEqual(['subscription_topic_idx'])
    await db.deleteFrom('subscriber').where('chat_id', '=', 7).execute()
    expect(await db.selectFrom('subscription').selectAll().execute()).toEqual([])
  })

  it('keeps every saved search and kept word, with its id, when their columns are named alike', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_1500_create_word_choice'))
    await sql`insert into search_query (id, chat_id, query, last_used_at) values (4, 7, 'театр', '2026-12-01T00:00:00.000Z')`.execute(db)
    await sql`insert into word_choice (id, chat_id, keyword, offered_at) values (9, -100, 'государственный эрмитаж', '2026-12-02T00:00:00.000Z')`.execute(db)
    await migrateToLatestOrThrow(db)
    expect(await db.selectFrom('search_query').selectAll().execute()).toEqual([{ id: 4, chat_id: 7, text: 'театр', last_used_at: '2026-12-01T00:00:00.000Z' }])
    expect(await db.selectFrom('word_choice').selectAll().execute()).toEqual([{ id: 9, chat_id: -100, text: 'государственный эрмитаж', last_used_at: '2026-12-02T00:00:00.000Z' }])
  })

  it('records, once, the private chats of every user the audit log saw act as an admin, keeping the menus already recorded', async () => {
    db = openDb(':memory:')
    throwIfFailed(await createMigrator(db).migrateTo('2026_12_05_0600_add_alert_outbox_first_attempt_at'))
    const log = (adminId: number, createdAt: string) => ({ admin_id: adminId, action: 'approve', created_at: createdAt })
    await db.insertInto('audit_log').values([log(11, '2026-11-01T00:00:00.000Z'), log(11, '2026-11-03T00:00:00.000Z'), log(12, '2026-11-02T00:00:00.000Z'), log(13, '2026-11-04T00:00:00.000Z'), log(0, '2026-11-05T00:00:00.000Z')]).execute()
    await db.insertInto('admin_command_menu').values({ chat_id: 13, set_at: '2026-12-05T05:00:00.000Z' }).execute()
    await migrateToLatestOrThrow(db)
    expect(await db.selectFrom('admin_command_menu').selectAll().orderBy('chat_id').execute()).toEqual([
      { chat_id: 11, set_at: '2026-11-03T00:00:00.000Z' },
      { chat_id: 12, set_at: '2026-11-02T00:00:00.000Z' },
      { chat_id: 13, set_at: '2026-12-05T05:00:00.000Z' },
    ])
  })

  it('removes an article with its classification and partners (foreign keys cascade)', async () => {
    db = openDb(':memory:')
    await migrateToLatestOrThrow(db)
    const id = await insertArticle('https://a.kz/3', '2026-01-01T00:00:00.000Z', 'published', ['FR'])
    await db.deleteFrom('article').where('id', '=', id).execute()
    expect(await db.selectFrom('classification').selectAll().execute()).toEqual([])
    expect(await db.selectFrom('article_partner').selectAll().execute()).toEqual([])
  })
})
