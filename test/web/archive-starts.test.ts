import { JSDOM } from 'jsdom'
import { type KyselyPlugin, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ArchiveFilter, countArchiveItems, findArchiveItems, newestArchiveRows } from '../../src/db/archive.js'
import type { Db } from '../../src/db/database.js'
import { type SearchMatch, toFtsQuery } from '../../src/db/fts-query.js'
import { getItemCursor, HEAD_WALK_CANDIDATES, type ItemCursor } from '../../src/db/items.js'
import { corpusItems, seedItems, spelledItems, starredQueries } from '../helpers/seed-items.js'
import { type ArchiveServer, startArchiveServer } from './web-fixtures.js'

/** The search as FTS5 alone answered it before issue 14: every start looked up whole. */
const exactly = (match: SearchMatch): SearchMatch => ({ ...match, byHeads: null })

const documentOf = (html: string) => new JSDOM(html).window.document
const idsOn = (doc: Document) => [...doc.querySelectorAll('.items h3 a')].map((a) => Number(/\/item\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]))
/** The items of an Atom feed, in its order. */
const feedIds = (xml: string) =>
  [...new JSDOM(xml, { contentType: 'application/xml' }).window.document.querySelectorAll('entry > id')].map((e) => Number(/\/item\/(\d+)/.exec(e.textContent ?? '')?.[1]))

/** Every page of an archive list, newest first, as its "Older" links walk it. */
async function allArchivePages(db: Db, filter: ArchiveFilter, scanWindow?: number): Promise<number[]> {
  const ids: number[] = []
  let cursor: ItemCursor | null = null
  for (;;) {
    const page = await findArchiveItems(db, filter, { limit: 5, cursor, direction: 'older' }, scanWindow === undefined ? {} : { scanWindow })
    ids.push(...page.items.map((i) => i.id))
    const from = page.olderFrom ?? page.items.at(-1)?.id
    if (!page.hasOlder || from === undefined) return ids
    cursor = await getItemCursor(db, from)
  }
}

describe('the web archive\'s search with a starred word longer than the index\'s prefixes', () => {
  let s: ArchiveServer
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    await seedItems(s.db, [...corpusItems(), ...spelledItems])
  })
  afterAll(async () => s.close())

  it.each(starredQueries)('«%s»: the pages and the count FTS5 found for it alone', async (query) => {
    const match = toFtsQuery(query)!
    const expected = (await findArchiveItems(s.db, { match: exactly(match) }, { limit: 100_000 })).items.map((i) => i.id)
    const count = await countArchiveItems(s.db, { match: exactly(match) }, 1_001)
    const seen: number[] = []
    let path: string | null | undefined = `/search?q=${encodeURIComponent(query)}`
    const first = documentOf(await (await s.get(path)).text())
    expect(first.querySelector('h2')?.textContent).toBe(count === 0 ? `Nothing found for «${query}».` : count === 1 ? `1 item found for «${query}»` : `${count} items found for «${query}»`)
    while (path) {
      const doc = documentOf(await (await s.get(path)).text())
      seen.push(...idsOn(doc))
      path = doc.querySelector('.pager a[rel="next"]')?.getAttribute('href')
    }
    expect(seen).toEqual(expected)
  })

  it.each(starredQueries)('«%s»: the Atom feed of the newest items FTS5 found for it alone', async (query) => {
    const match = toFtsQuery(query)!
    const expected = (await findArchiveItems(s.db, { match: exactly(match) }, { limit: 50 })).items.map((i) => i.id)
    expect(feedIds(await (await s.get(`/search.atom?q=${encodeURIComponent(query)}`)).text())).toEqual(expected)
    expect(feedIds(await (await s.get(`/search.atom?q=${encodeURIComponent(query)}&year=2026`)).text())).toEqual(
      (await findArchiveItems(s.db, { match: exactly(match), year: 2026 }, { limit: 50 })).items.map((i) => i.id),
    )
  })

  it.each([{}, { year: 2026 }, { language: 'ru' as const }, { kind: 'event' as const, year: 2026 }])('finds what FTS5 found, narrowed by %o, whichever walk settles it', async (narrowing) => {
    for (const query of ['культур*', 'сотрудничеств*', 'museum* OR театр', '"посол Казахстана" культур*', 'культуролог*']) {
      const match = toFtsQuery(query)!
      const expected = await allArchivePages(s.db, { ...narrowing, match: exactly(match) })
      // The walk the archive makes, one that falls back at once, and one in between (a scan window bounds it).
      for (const scanWindow of [undefined, 1, 25]) expect(await allArchivePages(s.db, { ...narrowing, match }, scanWindow), `${query} ${scanWindow}`).toEqual(expected)
    }
  })
})

describe('the web archive\'s count of a common long start', () => {
  let s: ArchiveServer
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    // More candidates under «куль» than a walk reads, a third of them «культура».
    const total = HEAD_WALK_CANDIDATES + 100
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${total})
      insert into article (url, url_key, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
      select 'https://example.kz/news/' || i, 'start-' || i, 'Item ' || i, case when i % 3 = 0 then 'Дни культуры.' else 'Кульминация сезона.' end, 'ru',
        strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-20T06:00:00.000Z', '-' || i || ' minutes'), 'feed', '2026-11-20T06:00:00.000Z', '2026-11-20T06:00:00.000Z', 'start-' || i, 'start-' || i from n`.execute(s.db)
    await sql`insert into classification (article_id, is_relevant, kind, confidence, status, status_changed_at, classified_at)
      select id, 1, 'event', 0.9, 'published', '2026-11-20T06:00:00.000Z', '2026-11-20T06:00:00.000Z' from article`.execute(s.db)
  })
  afterAll(async () => s.close())

  it.each([
    ['en', 'At least 666 items found for «культур*»'],
    ['ru', 'По запросу «культур*» найдено не меньше 666 записей'],
    ['kk', '«культур*» бойынша кемінде 666 жазба табылды'],
  ])('says in %s that a walk which stopped first found at least so many, and lists the page FTS5 found', async (lang, summary) => {
    const doc = documentOf(await (await s.get(`/search?q=${encodeURIComponent('культур*')}&lang=${lang}`)).text())
    expect(doc.querySelector('h2')?.textContent).toBe(summary)
    const exact = await findArchiveItems(s.db, { match: exactly(toFtsQuery('культур*')!) }, { limit: 20 })
    expect(idsOn(doc)).toEqual(exact.items.map((i) => i.id))
    expect(doc.querySelector('.pager a[rel="next"]')).not.toBeNull()
  })

  it('makes the Atom feed of «культур*» by the walk the page makes, not by FTS5 merging every term it begins', async () => {
    const queries: string[] = []
    const watch: KyselyPlugin = {
      transformQuery: ({ node }) => {
        queries.push(JSON.stringify(node))
        return node
      },
      transformResult: ({ result }) => Promise.resolve(result),
    }
    const match = toFtsQuery('культур*')!
    const rows = await newestArchiveRows(s.db.withPlugin(watch), { match }, { databasePath: s.path, limit: 50 })
    const exact = await findArchiveItems(s.db, { match: exactly(match) }, { limit: 50 })
    expect(rows.map((r) => r.id)).toEqual(exact.items.map((i) => i.id))
    expect(rows).toHaveLength(50)
    expect(queries.some((q) => q.includes('search_clauses_hold') && q.includes('\\"куль\\"*'))).toBe(true)
    expect(queries.some((q) => q.includes('\\"культур\\"*'))).toBe(false)
    expect(feedIds(await (await s.get(`/search.atom?q=${encodeURIComponent('культур*')}`)).text())).toEqual(exact.items.map((i) => i.id))
  })
})
