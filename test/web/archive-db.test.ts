import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Classification } from '../../src/classify/types.js'
import {
  archiveYear, type ArchiveFilter, countArchiveItems, findArchiveItems, findRelatedItems, getArchiveItem, getArchiveVersion, leadOf, listMonthCounts, streamArchiveRows,
} from '../../src/db/archive.js'
import { updateArticle } from '../../src/db/articles.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { approveItem, rejectItem, setItemKind, setItemPartners } from '../../src/db/review.js'
import type { Db } from '../../src/db/database.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { createFileDb, type FileDb } from './web-fixtures.js'

/** The month counts as a GROUP BY over the base tables computes them: what the triggers must keep. */
async function recounted(db: Db): Promise<string[]> {
  const { rows } = await sql<{ country: string; month: string; kind: string; n: number }>`
    select '' as country, strftime('%Y-%m', a.published_at, '+5 hours') as month, c.kind, count(*) as n
      from classification c join article a on a.id = c.article_id where c.status = 'published' and c.kind is not null group by 2, 3
    union all
    select p.country, strftime('%Y-%m', p.published_at, '+5 hours'), c.kind, count(*)
      from article_partner p join classification c on c.article_id = p.article_id where c.status = 'published' and c.kind is not null group by 1, 2, 3`.execute(db)
  return rows.map((r) => `${r.country}|${r.month}|${r.kind}|${r.n}`).sort()
}

async function kept(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('archive_month_count').selectAll().where('item_count', '>', 0).where('kind', '!=', '').execute()
  return rows.map((r) => `${r.country}|${r.month}|${r.kind}|${r.item_count}`).sort()
}

const classification = (over: Partial<Classification>): Classification => ({
  relevant: true, kind: 'meeting', partners: ['FR'], orgs: [], sectors: ['music'], confidence: 0.9, lang: 'ru', evidence: [], ...over,
})

describe('archive reads', () => {
  let f: FileDb
  beforeEach(async () => {
    f = await createFileDb()
  })
  afterEach(async () => f.close())

  it('keeps the month counts equal to a recount through publishing, curation, re-classification, date changes and deletion', async () => {
    const now = new Date('2026-11-21T09:00:00Z')
    const [a, b, c, d] = await seedItems(f.db, [
      { partners: ['RU', 'CN'], kind: 'agreement', publishedAt: '2026-10-31T20:00:00.000Z' },
      { partners: ['RU'], kind: 'event', status: 'flagged', publishedAt: '2026-09-02T10:00:00.000Z' },
      { partners: ['FR'], kind: 'meeting', publishedAt: '2025-01-05T10:00:00.000Z' },
      { partners: [], kind: 'commission', status: 'rejected' },
    ])
    expect(await kept(f.db)).toEqual(await recounted(f.db))
    // 2026-10-31 20:00 UTC is already November in Kazakhstan.
    expect(await kept(f.db)).toContain('|2026-11|agreement|1')

    await approveItem(f.db, { articleId: b!, adminId: 1, now }, () => Promise.resolve(0))
    await setItemKind(f.db, { articleId: a!, adminId: 1, now, kind: 'commission' }, () => Promise.resolve(0))
    await setItemPartners(f.db, { articleId: a!, adminId: 1, now, partners: ['CN', 'DE'] }, () => Promise.resolve(0))
    await rejectItem(f.db, { articleId: d!, adminId: 1, now })
    expect(await kept(f.db)).toEqual(await recounted(f.db))

    // Status and kind changed by one statement (the ingest's upsert).
    const source = await f.db.selectFrom('source').select('id').executeTakeFirstOrThrow()
    await f.db.transaction().execute((trx) =>
      updateArticle(trx, c!, {
        sourceId: source.id, url: 'https://example.org/c', urlKey: 'x', guid: null, title: 'Changed', body: 'Body', lang: 'ru', publishedAt: new Date('2024-03-03T10:00:00Z'),
        publishedAtOrigin: 'page', fetchedAt: now, contentHash: 'h2', storyKey: 's2', isBacklog: false, classification: classification({ kind: 'event', partners: ['IT'] }), status: 'flagged',
      }, now),
    )
    expect(await kept(f.db)).toEqual(await recounted(f.db))
    await f.db.transaction().execute((trx) =>
      updateArticle(trx, c!, {
        sourceId: source.id, url: 'https://example.org/c', urlKey: 'x', guid: null, title: 'Changed', body: 'Body', lang: 'ru', publishedAt: new Date('2023-03-03T10:00:00Z'),
        publishedAtOrigin: 'page', fetchedAt: now, contentHash: 'h3', storyKey: 's3', isBacklog: false, classification: classification({ kind: 'agreement', partners: ['IT', 'ES'] }), status: 'published',
      }, now),
    )
    expect(await kept(f.db)).toEqual(await recounted(f.db))
    await f.db.updateTable('article').set({ published_at: '2022-06-01T00:00:00.000Z' }).where('id', '=', c!).execute()
    expect(await kept(f.db)).toEqual(await recounted(f.db))
    await f.db.deleteFrom('article').where('id', '=', a!).execute()
    expect(await kept(f.db)).toEqual(await recounted(f.db))
    expect(await listMonthCounts(f.db, 'IT')).toEqual([{ month: '2022-06', kind: 'agreement', count: 1 }])
  })

  it('counts a change of anything public in the version', async () => {
    const before = await getArchiveVersion(f.db)
    const [id] = await seedItems(f.db, [{ partners: ['RU'] }])
    const seeded = await getArchiveVersion(f.db)
    expect(seeded.version).toBeGreaterThan(before.version)
    await f.db.updateTable('article').set({ title: 'New title' }).where('id', '=', id!).execute()
    expect((await getArchiveVersion(f.db)).version).toBeGreaterThan(seeded.version)
  })

  it('pages and filters published items only, newest first, and streams the same rows', async () => {
    await seedItems(f.db, [
      { partners: ['RU'], kind: 'agreement', sectors: ['museums'], lang: 'ru', publishedAt: '2026-05-01T10:00:00.000Z', title: 'Музеи России' },
      { partners: ['RU'], kind: 'event', sectors: ['music'], lang: 'kk', publishedAt: '2025-05-01T10:00:00.000Z', title: 'Ресей музыкасы' },
      { partners: ['RU'], kind: 'agreement', sectors: ['museums', 'heritage'], lang: 'en', publishedAt: '2025-04-01T10:00:00.000Z', title: 'Russian museums' },
      { partners: ['RU'], kind: 'agreement', status: 'flagged', publishedAt: '2026-06-01T10:00:00.000Z' },
      { partners: ['RU'], kind: 'agreement', status: 'rejected', publishedAt: '2026-07-01T10:00:00.000Z' },
      { partners: ['FR'], kind: 'agreement', sectors: ['museums'], publishedAt: '2026-08-01T10:00:00.000Z', title: 'Музеи Франции' },
    ])
    const titles = async (filter: ArchiveFilter) => (await findArchiveItems(f.db, filter, { limit: 10 })).items.map((i) => i.title)
    expect(await titles({ country: 'RU' })).toEqual(['Музеи России', 'Ресей музыкасы', 'Russian museums'])
    expect(await titles({ country: 'RU', kind: 'agreement', sector: 'museums' })).toEqual(['Музеи России', 'Russian museums'])
    expect(await titles({ country: 'RU', year: 2025, language: 'en' })).toEqual(['Russian museums'])
    expect(await titles({ sector: 'museums' })).toEqual(['Музеи Франции', 'Музеи России', 'Russian museums'])
    expect(await titles({ match: toFtsQuery('музей')! })).toEqual(['Музеи Франции', 'Музеи России'])
    expect(await countArchiveItems(f.db, { match: toFtsQuery('музей')! }, 100)).toBe(2)

    const first = await findArchiveItems(f.db, { country: 'RU' }, { limit: 2 })
    expect(first).toMatchObject({ hasOlder: true, hasNewer: false })
    const last = first.items.at(-1)!
    const second = await findArchiveItems(f.db, { country: 'RU' }, { limit: 2, cursor: { publishedAt: last.publishedAt, id: last.id } })
    expect(second.items.map((i) => i.title)).toEqual(['Russian museums'])
    expect(second).toMatchObject({ hasOlder: false, hasNewer: true })

    for (const databasePath of [f.path, ':memory:']) {
      const streamed = []
      for await (const batch of streamArchiveRows(f.db, { country: 'RU' }, { databasePath, batchSize: 2 })) streamed.push(...batch)
      expect(streamed.map((r) => r.title)).toEqual(['Музеи России', 'Ресей музыкасы', 'Russian museums'])
      expect(streamed[2]).toMatchObject({ partners: ['RU'], sectors: ['museums', 'heritage'], kind: 'agreement', lang: 'en', sourceName: 'Ministry of Culture' })
      // A phrase's candidates are read by phrase_in_place(), which the export's own connection has too.
      const phrased = []
      for await (const batch of streamArchiveRows(f.db, { match: toFtsQuery('«музей России»')! }, { databasePath })) phrased.push(...batch)
      expect(phrased.map((r) => r.title)).toEqual(['Музеи России'])
    }
  })

  it('reads at most a window of the index for a filtered page, and continues from its end', async () => {
    await seedItems(f.db, [
      ...dailyItems(7, ['RU'], '2026-11-20T06:00:00.000Z', { kind: 'event' }),
      { partners: ['RU'], kind: 'agreement', title: 'The only agreement', publishedAt: '2026-01-01T06:00:00.000Z' },
      ...dailyItems(2, ['RU'], '2025-11-20T06:00:00.000Z', { kind: 'event' }),
    ])
    const filter: ArchiveFilter = { country: 'RU', kind: 'agreement' }
    const first = await findArchiveItems(f.db, filter, { limit: 5 }, { scanWindow: 4 })
    expect(first).toMatchObject({ items: [], hasOlder: true, hasNewer: false })
    const cursorOf = async (id: number) => (await f.db.selectFrom('article').select(['id', 'published_at as publishedAt']).where('id', '=', id).executeTakeFirstOrThrow())
    const second = await findArchiveItems(f.db, filter, { limit: 5, cursor: await cursorOf(first.olderFrom!) }, { scanWindow: 4 })
    expect(second.items.map((i) => i.title)).toEqual(['The only agreement'])
    expect(second).toMatchObject({ hasOlder: true, hasNewer: true })
    const third = await findArchiveItems(f.db, filter, { limit: 5, cursor: await cursorOf(second.olderFrom!) }, { scanWindow: 4 })
    expect(third).toMatchObject({ items: [], hasOlder: false })
    const back = await findArchiveItems(f.db, filter, { limit: 5, cursor: await cursorOf(second.olderFrom!), direction: 'newer' }, { scanWindow: 4 })
    // Back towards the newest: the window of four newer than the agreement holds none, and ends where page one's did.
    expect(back).toMatchObject({ items: [], hasNewer: true, newerFrom: first.olderFrom })
    expect((await findArchiveItems(f.db, filter, { limit: 5 })).items.map((i) => i.title)).toEqual(['The only agreement'])
  })

  it('shows a published item with its lead and related items, never a flagged one', async () => {
    const [a, b, flagged, other] = await seedItems(f.db, [
      { partners: ['RU', 'CN'], body: '\nFirst paragraph.\nSecond paragraph.' },
      { partners: ['CN'] },
      { partners: ['RU'], status: 'flagged' },
      { partners: ['FR'] },
    ])
    expect(await getArchiveItem(f.db, a!)).toMatchObject({ id: a, lead: 'First paragraph.', partners: ['CN', 'RU'] })
    expect(await getArchiveItem(f.db, flagged!)).toBeNull()
    expect(await getArchiveItem(f.db, 999_999)).toBeNull()
    expect((await findRelatedItems(f.db, a!, ['CN', 'RU'], 5)).map((i) => i.id)).toEqual([b])
    expect(other).toBeDefined()
  })

  it('cuts a long lead at a word and reads years in Kazakhstan time', () => {
    expect(leadOf(`${'word '.repeat(200)}`, 20)).toBe('word word word word…')
    expect([archiveYear('2024-12-31T18:59:59.000Z'), archiveYear('2024-12-31T19:00:00.000Z')]).toEqual([2024, 2025])
    // Before March 2024 Almaty was UTC+6, as the dates shown and the bot's year filters read it.
    expect([archiveYear('2022-12-31T17:59:59.000Z'), archiveYear('2022-12-31T18:30:00.000Z')]).toEqual([2022, 2023])
  })

  it('takes the lead from the first paragraph that tells the story, past a rubric, a menu line or a caption', () => {
    const story = 'The National Museum of Kazakhstan and the Louvre signed a memorandum on exchanging exhibitions.'
    expect(leadOf(`Новости\nКультура · 12:40\nFoto: None\n${story}\nRead also: …`)).toBe(story)
    expect(leadOf(`${story}\nRead also: …`)).toBe(story)
    expect(leadOf('Новости\nКультура')).toBe('Новости')
  })

  it('filters a year as the bot does and as its dates are shown, in Almaty time then', async () => {
    const [newYear] = await seedItems(f.db, [{ title: 'New Year concert in Moscow', partners: ['RU'], kind: 'event', publishedAt: '2022-12-31T18:30:00.000Z' }])
    expect((await findArchiveItems(f.db, { year: 2023, country: 'RU' }, { limit: 5 })).items.map((i) => i.id)).toContain(newYear)
    expect((await findArchiveItems(f.db, { year: 2022, country: 'RU' }, { limit: 5 })).items.map((i) => i.id)).not.toContain(newYear)
  })
})
