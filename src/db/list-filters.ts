import { type RawBuilder, sql } from 'kysely'
import type { Kind, Sector } from '../classify/types.js'
import { DEFAULT_TIME_ZONE, zonedInstant } from '../time-zone.js'
import type { Db } from './database.js'
import type { SearchMatch } from './fts-query.js'
import { countMatches, findPageKeys, type ItemCursor, type ItemPage, pageFromKeys, type PageRequest, type SearchCount, type SearchWay, searchCondition, searchSeek } from './items.js'

/** What `/country russia 2024 agreements`, `/latest museums` and `/search … 2024` narrow a list to. */
export interface ListFilter {
  /** The year of publication, in Kazakhstan (items are Kazakh announcements). */
  year?: number
  /** One day of publication in Kazakhstan, YYYY-MM-DD, within `year` (/search музей 03.03.2025), or one month, YYYY-MM (/latest март 2026). */
  day?: string
  /** Any of these kinds. */
  kinds?: readonly Kind[]
  sector?: Sector
}

export const isFiltered = (filter: ListFilter): boolean => filter.year !== undefined || (filter.kinds?.length ?? 0) > 0 || filter.sector !== undefined

/** [from, to) of a year in Kazakhstan, as stored UTC timestamps: the bot's lists and the web archive's filter alike. */
export function yearRange(year: number): [string, string] {
  return [zonedInstant(year, 1, 1, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString(), zonedInstant(year + 1, 1, 1, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString()]
}

/** A filter's date, a day (YYYY-MM-DD) or a month (YYYY-MM), as year, month and the day when it has one. */
export const dateParts = (day: string): [number, number, number | undefined] => day.split('-').map(Number) as [number, number, number | undefined]

/** [from, to) of a day (YYYY-MM-DD), or of a month (YYYY-MM), in Kazakhstan, as stored UTC timestamps. */
export function dayRange(day: string): [string, string] {
  const [y, m, d] = dateParts(day)
  if (d === undefined) return [zonedInstant(y, m, 1, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString(), zonedInstant(y, m + 1, 1, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString()]
  return [zonedInstant(y, m, d, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString(), zonedInstant(y, m, d + 1, 0, 0, 0, DEFAULT_TIME_ZONE).toISOString()]
}

/** The span a filter's date asks for: its day's, else its year's. */
export const dateRange = (year: number, day: string | undefined): [string, string] => (day !== undefined ? dayRange(day) : yearRange(year))

/** The filter as SQL conditions on `c` (classification) and the list's publication date column. */
function filterConditions(filter: ListFilter, publishedAt: RawBuilder<unknown>): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (filter.year !== undefined) {
    const [from, to] = dateRange(filter.year, filter.day)
    conditions.push(sql`${publishedAt} >= ${from} and ${publishedAt} < ${to}`)
  }
  if (filter.kinds && filter.kinds.length > 0) conditions.push(sql`c.kind in (${sql.join(filter.kinds)})`)
  if (filter.sector) conditions.push(sql`exists (select 1 from json_each(c.sectors) where value = ${filter.sector})`)
  return conditions
}

/**
 * The published items of a list (`country` given: those with that partner, from the covering
 * index of article_partner), narrowed by `filter`: the FROM clause, the conditions, and the
 * columns a keyset page orders by.
 */
function filteredList(country: string | null, filter: ListFilter) {
  const publishedAt = country ? sql.ref('p.published_at') : sql.ref('a.published_at')
  const id = country ? sql.ref('p.article_id') : sql.ref('a.id')
  const from = country
    ? sql`article_partner p join classification c on c.article_id = p.article_id`
    : sql`article a join classification c on c.article_id = a.id`
  const base = country ? [sql`p.country = ${country}`, sql`p.status = 'published'`] : [sql`c.status = 'published'`]
  return { from, publishedAt, id, conditions: [...base, ...filterConditions(filter, publishedAt)] }
}

/** One page of a filtered list, newest first, keyset-paged like the unfiltered lists. */
export async function findFilteredItems(db: Db, country: string | null, filter: ListFilter, req: PageRequest): Promise<ItemPage> {
  const isNewer = req.direction === 'newer' && req.cursor != null
  const order = sql.raw(isNewer ? 'asc' : 'desc')
  const { from, publishedAt, id, conditions } = filteredList(country, filter)
  if (req.cursor) conditions.push(sql`(${publishedAt}, ${id}) ${sql.raw(isNewer ? '>' : '<')} (${req.cursor.publishedAt}, ${req.cursor.id})`)
  const { rows } = await sql<{ id: number; published_at: string }>`select ${id} as id, ${publishedAt} as published_at from ${from} where ${sql.join(conditions, sql` and `)}
    order by ${publishedAt} ${order}, ${id} ${order} limit ${req.limit + 1}`.execute(db)
  return pageFromKeys(db, rows, req)
}

/** How many published items a (filtered) list holds; with `newerThan`, how many come before that item (a page's place in the list). */
export async function countFilteredItems(db: Db, country: string | null, filter: ListFilter, newerThan?: ItemCursor): Promise<number> {
  const { from, publishedAt, id, conditions } = filteredList(country, filter)
  if (newerThan) conditions.push(sql`(${publishedAt}, ${id}) > (${newerThan.publishedAt}, ${newerThan.id})`)
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${from} where ${sql.join(conditions, sql` and `)}`.execute(db)
  return rows[0]?.n ?? 0
}

function filteredSearch(match: SearchMatch, filter: ListFilter) {
  const conditions = [searchCondition(match, sql`f.rowid`), sql`c.status = 'published'`, ...filterConditions(filter, sql.ref('a.published_at'))]
  // item_search's rowid is the publication minute × 2^32 + the id: its own order is newest first (migration 2026_12_02_1500).
  return { from: sql`item_search f join article a on a.id = (f.rowid & 4294967295) join classification c on c.article_id = a.id`, where: sql.join(conditions, sql` and `) }
}

/** A walk `w` of a search's candidates by its long starts' first letters (items.ts), narrowed by `filter`. */
function filteredWalk(walk: RawBuilder<unknown>, clauses: string, filter: ListFilter) {
  const conditions = [sql`search_clauses_hold(a.title || char(10) || a.body, ${clauses})`, sql`c.status = 'published'`, ...filterConditions(filter, sql.ref('a.published_at'))]
  // CROSS JOIN keeps the walk outermost: joined plainly, SQLite reads every published item of the filter's year against
  // the walk's candidates (8 s for a count of «культур*» in 2020 at 200,000 items, where FTS5 alone took 30 ms).
  return { from: sql`${walk} cross join article a on a.id = w.id cross join classification c on c.article_id = a.id`, where: sql.join(conditions, sql` and `) }
}

/** One page of the published items matching an FTS5 expression (see fts-query.ts) and `filter`, newest first, keyset-paged like searchItems. */
export async function searchFilteredItems(db: Db, match: SearchMatch, filter: ListFilter, req: PageRequest, walk?: number): Promise<ItemPage> {
  const { order } = searchSeek(sql`f.rowid`, req)
  const { rows } = await findPageKeys(db, match, req, {
    byHeads: (walked, heads) => {
      const { from, where } = filteredWalk(walked, heads.clauses, filter)
      return sql<{ id: number }>`select a.id from ${from} where ${where} order by w.r ${order} limit ${req.limit + 1}`
    },
    exact: () => {
      const { from, where } = filteredSearch(match, filter)
      const { after } = searchSeek(sql`f.rowid`, req)
      return sql<{ id: number }>`select a.id from ${from} where ${where}${after} order by f.rowid ${order} limit ${req.limit + 1}`
    },
  }, walk)
  return pageFromKeys(db, rows, req)
}

/** How many published items match the expression and `filter`, counting no further than `cap`; with `newerThan`, how many come before that item. */
export async function countFilteredSearch(db: Db, match: SearchMatch, filter: ListFilter, cap: number, newerThan?: ItemCursor, walk?: number): Promise<SearchCount & { way: SearchWay }> {
  return countMatches(db, match, cap, newerThan, {
    byHeads: (walked, heads) => {
      const { from, where } = filteredWalk(walked, heads.clauses, filter)
      return sql<{ n: number }>`select count(*) as n from (select 1 from ${from} where ${where} limit ${cap})`
    },
    exact: () => {
      const { from, where } = filteredSearch(match, filter)
      const { after } = searchSeek(sql`f.rowid`, { cursor: newerThan, direction: 'newer' })
      return sql<{ n: number }>`select count(*) as n from (select 1 from ${from} where ${where}${after} limit ${cap})`
    },
  }, walk)
}
