import { type RawBuilder, sql } from 'kysely'
import type { Kind, Sector } from '../classify/types.js'
import type { Db } from './database.js'
import type { HeadsMatch, SearchMatch } from './fts-query.js'
import type { ArticleStatus } from './schema.js'

/** Enough of the body to find its lead (the first sentences after a dateline or a menu line). */
const OPENING_CHARS = 800

/** A stored article with its labels, as lists, alerts and the review queue show it. */
export interface ItemView {
  id: number
  url: string
  title: string
  /** The start of the body, where the lead is. */
  opening: string
  publishedAt: string
  sourceName: string | null
  lang: string
  status: ArticleStatus
  isRelevant: boolean
  kind: Kind | null
  partners: string[]
  orgs: string[]
  sectors: Sector[]
  confidence: number
}

/** Items by id, in the order asked; unknown ids are left out. */
export async function getItemsByIds(db: Db, ids: readonly number[]): Promise<ItemView[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .leftJoin('source as s', 's.id', 'a.source_id')
    .select([
      'a.id', 'a.url', 'a.title', 'a.published_at', 'a.lang', 's.name as source_name',
      (eb) => eb.fn<string>('substr', ['a.body', eb.val(1), eb.val(OPENING_CHARS)]).as('opening'),
      'c.status', 'c.is_relevant', 'c.kind', 'c.orgs', 'c.sectors', 'c.confidence',
      (eb) => eb.selectFrom('article_partner as p').whereRef('p.article_id', '=', 'a.id').select((e) => e.fn<string | null>('group_concat', ['p.country']).as('codes')).as('partners'),
    ])
    .where('a.id', 'in', ids)
    .execute()
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        url: r.url,
        title: r.title,
        opening: r.opening,
        publishedAt: r.published_at,
        sourceName: r.source_name,
        lang: r.lang,
        status: r.status,
        isRelevant: r.is_relevant === 1,
        kind: r.kind,
        partners: r.partners ? r.partners.split(',').sort() : [],
        orgs: JSON.parse(r.orgs) as string[],
        sectors: JSON.parse(r.sectors) as Sector[],
        confidence: r.confidence,
      } satisfies ItemView,
    ]),
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Where a page of a newest-first list starts: the last (or first) item of the page seen before. */
export interface ItemCursor {
  publishedAt: string
  id: number
}

export interface PageRequest {
  limit: number
  /** Absent for the first (newest) page. */
  cursor?: ItemCursor | null
  /** 'older' continues after the cursor (▶), 'newer' goes back before it (◀). */
  direction?: 'older' | 'newer'
}

/** One page of a list, newest first, and whether there is more on either side. */
export interface ItemPage {
  items: ItemView[]
  hasOlder: boolean
  hasNewer: boolean
}

/** How many published items a partner has and the date of the oldest, for list headers. */
export interface PartnerSummary {
  count: number
  oldestAt: string | null
}

export type KeyRow = { id: number; published_at: string }

/** Turns the keys of a page (limit + 1 rows, in query order) into the page's items and its neighbours. */
export async function pageFromKeys(db: Db, rows: readonly Pick<KeyRow, 'id'>[], req: PageRequest): Promise<ItemPage> {
  const isNewer = req.direction === 'newer' && req.cursor != null
  const hasMore = rows.length > req.limit
  const page = rows.slice(0, req.limit)
  if (isNewer) page.reverse()
  return {
    items: await getItemsByIds(db, page.map((r) => r.id)),
    hasOlder: isNewer ? true : hasMore,
    hasNewer: isNewer ? hasMore : req.cursor != null,
  }
}

/**
 * The keys of one page of published items with a partner, straight from the covering index
 * article_partner_country_idx: a keyset seek, so page 1000 costs what page 1 does.
 * Exported for the query-plan test.
 */
export function selectPartnerPageKeys(db: Db, country: string, req: PageRequest) {
  const isNewer = req.direction === 'newer' && req.cursor != null
  const order = isNewer ? 'asc' : 'desc'
  let query = db
    .selectFrom('article_partner')
    .select(['article_id as id', 'published_at'])
    .where('country', '=', country)
    .where('status', '=', 'published')
  if (req.cursor) {
    const { publishedAt, id } = req.cursor
    query = query.where((eb) => eb(eb.refTuple('published_at', 'article_id'), isNewer ? '>' : '<', eb.tuple(publishedAt, id)))
  }
  return query.orderBy('published_at', order).orderBy('article_id', order).limit(req.limit + 1)
}

/** Published items with `country` among their partners, newest first, one page. */
export async function findItemsByPartner(db: Db, country: string, req: PageRequest): Promise<ItemPage> {
  return pageFromKeys(db, await selectPartnerPageKeys(db, country, req).execute(), req)
}

/** How many published items each of `countries` is a partner of; a country with none is left out. */
export async function countPublishedByPartner(db: Db, countries: readonly string[]): Promise<Map<string, number>> {
  if (countries.length === 0) return new Map()
  const rows = await db
    .selectFrom('partner_country_count')
    .select(['country', 'item_count'])
    .where('country', 'in', countries)
    .where('status', '=', 'published')
    .where('item_count', '>', 0)
    .execute()
  return new Map(rows.map((row) => [row.country, Number(row.item_count)]))
}

/** Count (from the trigger-kept counter) and oldest date (one index seek) of a partner's published items. */
export async function getPartnerSummary(db: Db, country: string): Promise<PartnerSummary> {
  const counted = await db
    .selectFrom('partner_country_count')
    .select('item_count')
    .where('country', '=', country)
    .where('status', '=', 'published')
    .executeTakeFirst()
  const oldest = await db
    .selectFrom('article_partner')
    .select('published_at')
    .where('country', '=', country)
    .where('status', '=', 'published')
    .orderBy('published_at', 'asc')
    .orderBy('article_id', 'asc')
    .limit(1)
    .executeTakeFirst()
  return { count: counted?.item_count ?? 0, oldestAt: oldest?.published_at ?? null }
}

/** Countries that have published items, the most frequent partner first. */
export async function listPartnerCountries(db: Db): Promise<{ country: string; count: number }[]> {
  const rows = await db
    .selectFrom('partner_country_count')
    .select(['country', 'item_count'])
    .where('status', '=', 'published')
    .where('item_count', '>', 0)
    .orderBy('item_count', 'desc')
    .orderBy('country')
    .execute()
  return rows.map((r) => ({ country: r.country, count: r.item_count }))
}

export async function findLatestItems(db: Db, req: PageRequest): Promise<ItemPage> {
  const isNewer = req.direction === 'newer' && req.cursor != null
  const order = isNewer ? 'asc' : 'desc'
  // CROSS JOIN makes SQLite walk article_published_at_idx and stop after the page; left to
  // itself (after ANALYZE) it may start from classification and sort every published item.
  let query = db
    .selectFrom('article as a')
    .crossJoin('classification as c')
    .select(['a.id', 'a.published_at'])
    .whereRef('c.article_id', '=', 'a.id')
    .where('c.status', '=', 'published')
  if (req.cursor) {
    const { publishedAt, id } = req.cursor
    query = query.where((eb) => eb(eb.refTuple('a.published_at', 'a.id'), isNewer ? '>' : '<', eb.tuple(publishedAt, id)))
  }
  const rows = await query.orderBy('a.published_at', order).orderBy('a.id', order).limit(req.limit + 1).execute()
  return pageFromKeys(db, rows, req)
}

/**
 * item_search's rowid for an item: its publication minute × 2^32 + its id (migration 2026_12_02_1500). better-sqlite3
 * binds a JavaScript number as a REAL, and a REAL sum near 2^57 drops the id's low bits: cast, it stays whole.
 */
export const searchKey = (cursor: ItemCursor) => sql`((coalesce(unixepoch(${cursor.publishedAt}), 0) / 60) * 4294967296 + cast(${cursor.id} as integer))`

/** The condition (" and …", or nothing) that seeks past the cursor on item_search's `rowid` (named as the query names it), and the order a page walks in. */
export function searchSeek(rowid: RawBuilder<unknown>, { cursor, direction = 'older' }: Pick<PageRequest, 'cursor' | 'direction'>): { after: RawBuilder<unknown>; order: RawBuilder<unknown> } {
  const isNewer = direction === 'newer' && cursor != null
  return {
    after: cursor ? sql` and ${rowid} ${sql.raw(isNewer ? '>' : '<')} ${searchKey(cursor)}` : sql``,
    order: sql.raw(isNewer ? 'asc' : 'desc'),
  }
}

/**
 * The condition an item_search row meets for a search: the MATCH expression and, for quoted
 * phrases, phrase_in_place() on the text of the item (`rowid`: item_search's rowid, qualified, since
 * unqualified it would name the article's in the subquery), read for the candidates the expression finds and no others.
 */
export function searchCondition(match: SearchMatch, rowid: RawBuilder<unknown>): RawBuilder<unknown> {
  if (match.phrases === null && match.absentPhrases === null) return sql`item_search match ${match.fts}`
  const text = sql`(select t.title || char(10) || t.body from article t where t.id = (${rowid} & 4294967295))`
  return sql`item_search match ${match.fts} and phrase_in_place(${text}, ${match.phrases ?? '[]'}, ${match.absentPhrases ?? '[]'})`
}

/**
 * How many candidates a page or a count of a search with long starts (SearchMatch.byHeads) reads by their first letters,
 * whatever the archive's size: PROBE_CANDIDATES first, then HEAD_WALK_CANDIDATES. A walk that fills the page, reaches
 * the count's cap or reads every candidate settles it. Otherwise, when the start is rare among its letters' items (fewer
 * than RARE_SHARE of a walk's candidates matched: 2 of the probe's 200, or a page not filled by 2,000), FTS5 looks the
 * start up whole, at a cost that grows with the items having a term beginning with it: as long as a start's share of its
 * letters' items holds over the archive's years, under 1 % of them, 6,000 items for letters in 60 % of a million. A count
 * whose walk found more, but not the cap, is told as at least what it found (SearchCount.isAtLeast), where FTS5 would
 * have merged the lists of up to half its letters' items.
 */
export const HEAD_WALK_CANDIDATES = 2_000
/** The probe spares a rare start the whole walk: its 2,000 texts read twice (count and page) took 13 ms at the median. */
const PROBE_CANDIDATES = 200
const RARE_SHARE = 1 / 100

/** The walks findPageKeys and countMatches make: the probe, then the whole walk (one, when `walk` is no longer than the probe). */
const walksUpTo = (walk: number): number[] => [...new Set([Math.min(PROBE_CANDIDATES, walk), walk])]

/** How many items a search found, counting stopped at a cap; `isAtLeast` when a walk of HEAD_WALK_CANDIDATES stopped first. */
export interface SearchCount {
  count: number
  isAtLeast: boolean
}

/** The first `walk` candidates of a search by its long starts' first letters from the cursor on, in the page's order: `w(r, id)`. */
export function walkByHeads(heads: HeadsMatch, seek: Pick<PageRequest, 'cursor' | 'direction'>, walk: number): RawBuilder<unknown> {
  const { after, order } = searchSeek(sql`rowid`, seek)
  return sql`(select rowid as r, rowid & 4294967295 as id from item_search where item_search match ${heads.fts}${after} order by rowid ${order} limit ${walk}) w`
}

/** Whether fewer than `walk` candidates follow the cursor: a walk of them read all there are. */
async function isWalkWhole(db: Db, heads: HeadsMatch, seek: Pick<PageRequest, 'cursor' | 'direction'>, walk: number): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${walkByHeads(heads, seek, walk)}`.execute(db)
  return (rows[0]?.n ?? 0) < walk
}

/** How a search's keys were found: by its long starts' first letters, or by FTS5 looking its words up. */
export type SearchWay = 'heads' | 'exact'

/**
 * The keys of a page found by walking the candidates of `match.byHeads` (`byHeads` selects the page from the walk `w`,
 * newest first), or by `exact` when the walk settles nothing (HEAD_WALK_CANDIDATES).
 */
export async function findPageKeys(
  db: Db,
  match: SearchMatch,
  req: PageRequest,
  query: { byHeads: (walk: RawBuilder<unknown>, heads: HeadsMatch) => RawBuilder<KeyRow | Pick<KeyRow, 'id'>>; exact: () => RawBuilder<KeyRow | Pick<KeyRow, 'id'>> },
  walk = HEAD_WALK_CANDIDATES,
): Promise<{ rows: Pick<KeyRow, 'id'>[]; way: SearchWay }> {
  const walked = await walkPageKeys(db, match, req, query.byHeads, walk)
  return walked ? { rows: walked, way: 'heads' } : { rows: (await query.exact().execute(db)).rows, way: 'exact' }
}

/** The keys of a page found by walking the candidates of `match.byHeads` (findPageKeys), or null when the walk settles nothing. */
export async function walkPageKeys(
  db: Db,
  match: SearchMatch,
  req: PageRequest,
  byHeads: (walk: RawBuilder<unknown>, heads: HeadsMatch) => RawBuilder<KeyRow | Pick<KeyRow, 'id'>>,
  walk = HEAD_WALK_CANDIDATES,
): Promise<Pick<KeyRow, 'id'>[] | null> {
  const heads = match.byHeads
  if (!heads) return null
  let found: Pick<KeyRow, 'id'>[] | null = null
  for (const size of walksUpTo(walk)) {
    const { rows } = await byHeads(walkByHeads(heads, req, size), heads).execute(db)
    if (rows.length > req.limit || (await isWalkWhole(db, heads, req, size))) return rows
    found = rows
    if (rows.length < size * RARE_SHARE && !heads.isWalkOnly) break
  }
  // A search that leaves a phrase out shows what its walk found (HeadsMatch.isWalkOnly).
  return heads.isWalkOnly ? found : null
}

/** The count counterpart of findPageKeys: `byHeads` counts the walk's matches up to the cap, `exact` FTS5's. */
export async function countMatches(
  db: Db,
  match: SearchMatch,
  cap: number,
  newerThan: ItemCursor | undefined,
  query: { byHeads: (walk: RawBuilder<unknown>, heads: HeadsMatch) => RawBuilder<{ n: number }>; exact: () => RawBuilder<{ n: number }> },
  walk = HEAD_WALK_CANDIDATES,
): Promise<SearchCount & { way: SearchWay }> {
  const heads = match.byHeads
  const seek = { cursor: newerThan, direction: 'newer' } as const
  if (heads) {
    for (const size of walksUpTo(walk)) {
      const { rows } = await query.byHeads(walkByHeads(heads, seek, size), heads).execute(db)
      const count = rows[0]?.n ?? 0
      if (count >= cap || (await isWalkWhole(db, heads, seek, size))) return { count, isAtLeast: false, way: 'heads' }
      if (count < size * RARE_SHARE && !heads.isWalkOnly) break
      if (size === walk) return { count, isAtLeast: true, way: 'heads' }
    }
  }
  const { rows } = await query.exact().execute(db)
  return { count: rows[0]?.n ?? 0, isAtLeast: false, way: 'exact' }
}

/** The text of the item a walk `w` is at, for search_clauses_hold(). */
const walkedText = sql`(select t.title || char(10) || t.body from article t where t.id = w.id)`

/**
 * One page of published items matching a search (see fts-query.ts), newest first, by
 * keyset on item_search's rowid, which is ordered by publication: FTS5 walks the matches from the
 * cursor and stops after the page, however many items match.
 */
export async function searchItems(db: Db, match: SearchMatch, req: PageRequest, walk?: number): Promise<ItemPage> {
  return pageFromKeys(db, (await findSearchKeys(db, match, req, walk)).rows, req)
}

/** The keys of searchItems' page and how they were found; exported for the test of the walk's bound. */
export function findSearchKeys(db: Db, match: SearchMatch, req: PageRequest, walk?: number) {
  const order = sql.raw(req.direction === 'newer' && req.cursor != null ? 'asc' : 'desc')
  return findPageKeys(db, match, req, {
    byHeads: (walked, heads) => sql<{ id: number }>`select w.id from ${walked} where search_clauses_hold(${walkedText}, ${heads.clauses}) order by w.r ${order} limit ${req.limit + 1}`,
    exact: () => selectSearchPage(match, req),
  }, walk)
}

/** The query behind searchItems when FTS5 finds the page alone; exported for the query-plan test. */
export function selectSearchPage(match: SearchMatch, req: PageRequest) {
  const { after, order } = searchSeek(sql`rowid`, req)
  return sql<{ id: number }>`
    select rowid & 4294967295 as id from item_search
    where ${searchCondition(match, sql`item_search.rowid`)}${after}
    order by rowid ${order}
    limit ${req.limit + 1}`
}

/**
 * How many published items match, counting no further than `cap` (a common word matches half the
 * archive); with `newerThan`, how many come before that item (a page's place in the results).
 */
export async function countSearchResults(db: Db, match: SearchMatch, cap: number, newerThan?: ItemCursor, walk?: number): Promise<SearchCount & { way: SearchWay }> {
  const { after } = searchSeek(sql`rowid`, { cursor: newerThan, direction: 'newer' })
  return countMatches(db, match, cap, newerThan, {
    byHeads: (walked, heads) => sql<{ n: number }>`select count(*) as n from (select 1 from ${walked} where search_clauses_hold(${walkedText}, ${heads.clauses}) limit ${cap})`,
    exact: () => sql<{ n: number }>`select count(*) as n from (select 1 from item_search where ${searchCondition(match, sql`item_search.rowid`)}${after} limit ${cap})`,
  }, walk)
}

/** The cursor a page button points at, or null when that item is gone (a stale button). */
export async function getItemCursor(db: Db, id: number): Promise<ItemCursor | null> {
  const row = await db.selectFrom('article').select(['id', 'published_at']).where('id', '=', id).executeTakeFirst()
  return row ? { publishedAt: row.published_at, id: row.id } : null
}
