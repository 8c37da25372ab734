import SQLite from 'better-sqlite3'
import { type RawBuilder, sql } from 'kysely'
import type { Kind, Lang, Sector } from '../classify/types.js'
import { DEFAULT_TIME_ZONE, offsetMinutes } from '../time-zone.js'
import { type Db, registerSearchFunctions } from './database.js'
import type { SearchMatch } from './fts-query.js'
import { getItemsByIds, HEAD_WALK_CANDIDATES, type ItemPage, type ItemView, type KeyRow, type PageRequest, pageFromKeys, searchCondition, searchKey, walkPageKeys } from './items.js'
import { dateRange } from './list-filters.js'

/** The web archive's reads (issue 16): published items only, never admin data. */

/** What a list of the archive is narrowed to; every field is optional and they combine. */
export interface ArchiveFilter {
  country?: string
  /**
   * A region or a former state (regions.ts: «Африка», `Latin America`, «СССР») asked for as a partner, or several countries
   * («Россия и Китай», no `id`): items with any of its countries (the home country aside), checked per item as a sector is.
   */
  region?: { id?: string; countries: readonly string[] }
  /** An international organisation's code (UNESCO, TURKSOY): items whose `orgs` name it, whatever their texts call it. */
  org?: string
  kind?: Kind
  sector?: Sector
  year?: number
  /** One day of publication in Kazakhstan, YYYY-MM-DD, within `year` (inline mode's «музей 03.03.2025»). */
  day?: string
  /** The language the item is written in. */
  language?: Lang
  /** A search (fts-query.ts), as the bot's /search builds it. */
  match?: SearchMatch
}

/** One item as the exports carry it: everything public about it, in one row. */
export interface ArchiveRow {
  id: number
  url: string
  title: string
  publishedAt: string
  lang: string
  sourceName: string | null
  kind: Kind | null
  partners: string[]
  orgs: string[]
  sectors: Sector[]
  lead: string
}

/** A published item with what its page shows beyond a list card. */
export interface ArchiveItem extends ItemView {
  lead: string
}

export interface ArchiveVersion {
  version: number
  changedAt: string
}

export interface MonthCount {
  /** YYYY-MM */
  month: string
  kind: Kind
  count: number
}

/** A line shorter than this is a rubric, a menu line or a caption («Новости», "Foto: None"), not the story, as the cards read it (telegram/lead.ts). */
const MIN_LEAD_CHARS = 60

/** The first paragraph of a body that tells the story (the first line when none does), at most `maxLength` characters (cut at a word). */
export function leadOf(body: string, maxLength = 600): string {
  // Exports call this a million times: the first line is nearly always the paragraph.
  const firstBreak = body.indexOf('\n')
  const firstLine = (firstBreak === -1 ? body : body.slice(0, firstBreak)).trim()
  const paragraph = firstLine.length >= MIN_LEAD_CHARS ? firstLine : storyParagraph(body)
  if (paragraph.length <= maxLength) return paragraph
  const cut = paragraph.slice(0, maxLength)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).trimEnd()}…`
}

function storyParagraph(body: string): string {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
  return paragraphs.find((p) => p.length >= MIN_LEAD_CHARS) ?? paragraphs[0] ?? ''
}

/**
 * The year of a stored timestamp in Kazakhstan (UTC+6 before March 2024), as dates are shown and
 * years filtered (yearRange); the timeline's month counts are kept in the same time by their
 * triggers (migration 2026_12_05_1300), so a year summed from them is the filtered year's.
 */
export function archiveYear(iso: string): number {
  const at = new Date(iso)
  return new Date(at.getTime() + offsetMinutes(at, DEFAULT_TIME_ZONE) * 60_000).getUTCFullYear()
}

/** How many characters of the body are read for a lead (a lead is its first paragraph). */
const LEAD_SOURCE_LENGTH = 2_000

interface Plan {
  from: RawBuilder<unknown>
  where: RawBuilder<unknown>[]
  date: RawBuilder<unknown>
  id: RawBuilder<unknown>
  /** Ordered by item_search's rowid, which is the publication minute and the id (migration 2026_12_02_1500). */
  isByRowid: boolean
  /** The index walk alone (no joins, no filters on the joined rows), for the scan window's bound. */
  walkFrom: RawBuilder<unknown>
  walkWhere: RawBuilder<unknown>[]
  /** Whether conditions are checked on joined rows rather than sought in the walked index. */
  hasPostFilters: boolean
}

/** The article id in item_search's rowid (its low 32 bits). */
const SEARCH_ID = sql`(f.rowid & 4294967295)`

/** The columns a list is ordered by, newest first. */
const orderKeys = (plan: Plan) => (plan.isByRowid ? [sql`f.rowid`] : [plan.date, plan.id])

/**
 * The FROM, WHERE and ordering columns of a filtered list, so that SQLite walks the right
 * index newest first and stops after the page: a partner's covering index for a country,
 * article_published_at_idx for everything (CROSS JOIN keeps that order), the full-text
 * index for a search. A search is ordered by rowid, the order FTS5 reads its index in, which
 * is the publication order: sorting the matches by date would read all of them, half the
 * archive for a common word.
 */
function planOf(filter: ArchiveFilter): Plan {
  let plan: Plan
  if (filter.country !== undefined && filter.match === undefined) {
    plan = {
      from: sql`article_partner p join classification c on c.article_id = p.article_id join article a on a.id = p.article_id`,
      where: [sql`p.country = ${filter.country}`, sql`p.status = 'published'`],
      date: sql.ref('p.published_at'),
      id: sql.ref('p.article_id'),
      isByRowid: false,
      walkFrom: sql`article_partner p`,
      walkWhere: [sql`p.country = ${filter.country}`, sql`p.status = 'published'`],
      hasPostFilters: false,
    }
  } else if (filter.match !== undefined) {
    plan = {
      from: sql`item_search f join article a on a.id = ${SEARCH_ID} join classification c on c.article_id = a.id`,
      where: [searchCondition(filter.match, sql`f.rowid`), sql`c.status = 'published'`],
      date: sql.ref('a.published_at'),
      id: SEARCH_ID,
      isByRowid: true,
      walkFrom: sql`item_search f`,
      // The window bounds the index entries walked: the phrases' candidates, read or not.
      walkWhere: [sql`item_search match ${filter.match.fts}`],
      hasPostFilters: false,
    }
  } else {
    plan = {
      from: sql`article a cross join classification c`,
      where: [sql`c.article_id = a.id`, sql`c.status = 'published'`],
      date: sql.ref('a.published_at'),
      id: sql.ref('a.id'),
      isByRowid: false,
      walkFrom: sql`article a`,
      walkWhere: [],
      hasPostFilters: false,
    }
  }
  // Words and a partner (the bot's inline mode and /export): the words' index is walked, the partner checked per match.
  const isPartnerChecked = filter.country !== undefined && filter.match !== undefined
  plan.where.push(...postConditions(filter))
  plan.hasPostFilters = isPartnerChecked || filter.region !== undefined || filter.org !== undefined || filter.kind !== undefined || filter.sector !== undefined || filter.language !== undefined
  if (filter.year !== undefined) {
    const range = yearConditions(filter.year, filter.day, plan.date)
    plan.where.push(...range)
    // A year is a range of the date-ordered indexes; the full-text index has to check each match.
    if (plan.isByRowid) plan.hasPostFilters = true
    else plan.walkWhere.push(...range)
  }
  return plan
}

/** The conditions on the joined rows `a` and `c` besides the walked index's and the year's: a partner when words are walked, a kind, a sector, a language. */
function postConditions(filter: ArchiveFilter): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (filter.country !== undefined && filter.match !== undefined) conditions.push(sql`exists (select 1 from article_partner pp where pp.article_id = a.id and pp.country = ${filter.country})`)
  if (filter.region !== undefined) conditions.push(sql`exists (select 1 from article_partner pp where pp.article_id = a.id and pp.country in (${sql.join(filter.region.countries.length > 0 ? filter.region.countries : [''])}))`)
  // Organisations are a JSON array of codes from a fixed list, as sectors are.
  if (filter.org !== undefined) conditions.push(sql`c.orgs like ${`%"${filter.org}"%`}`)
  if (filter.kind !== undefined) conditions.push(sql`c.kind = ${filter.kind}`)
  // Sectors are a JSON array of names from a fixed list (validated before they get here).
  if (filter.sector !== undefined) conditions.push(sql`c.sectors like ${`%"${filter.sector}"%`}`)
  if (filter.language !== undefined) conditions.push(sql`a.lang = ${filter.language}`)
  return conditions
}

/** The year's span, or its day's when the filter has one. */
function yearConditions(year: number, day: string | undefined, date: RawBuilder<unknown>): RawBuilder<unknown>[] {
  const [from, to] = dateRange(year, day)
  return [sql`${date} >= ${from}`, sql`${date} < ${to}`]
}

/**
 * The page of a search with a long start (SearchMatch.byHeads) among the candidates of its first letters, when
 * walking them settles it (items.ts walkPageKeys): the page the plan finds, FTS5's merge of every term beginning
 * with the start spared. A walk that fills the page read no more than the scan window would have. Joined cross, so
 * SQLite starts from the walk's candidates, not from every published item of a year checked against them.
 */
async function walkArchivePage(db: Db, filter: ArchiveFilter, req: PageRequest, scanWindow: number): Promise<ItemPage | null> {
  const rows = await walkArchiveKeys(db, filter, req, scanWindow)
  return rows ? pageFromKeys(db, rows, req) : null
}

/** The keys of walkArchivePage's page (one more than it shows, when there are more), or null when the walk settles nothing. */
async function walkArchiveKeys(db: Db, filter: ArchiveFilter, req: PageRequest, scanWindow: number): Promise<Pick<KeyRow, 'id'>[] | null> {
  const match = filter.match
  if (!match?.byHeads) return null
  const order = sql.raw(req.direction === 'newer' && req.cursor != null ? 'asc' : 'desc')
  return walkPageKeys(db, match, req, (walk, heads) => {
    const conditions = [sql`search_clauses_hold(a.title || char(10) || a.body, ${heads.clauses})`, sql`c.status = 'published'`, ...postConditions(filter)]
    if (filter.year !== undefined) conditions.push(...yearConditions(filter.year, filter.day, sql.ref('a.published_at')))
    return sql<{ id: number }>`
      select w.id from ${walk} cross join article a on a.id = w.id cross join classification c on c.article_id = a.id
      where ${sql.join(conditions, sql` and `)} order by w.r ${order} limit ${req.limit + 1}`
  }, Math.min(scanWindow, HEAD_WALK_CANDIDATES))
}

/**
 * A filtered page reads at most this many entries of the walked index, so a filter that
 * matches little (or nothing) costs what a page costs: when the window ends before the page is
 * full, the page is shorter and its "older" link continues from the window's end.
 */
export const SCAN_WINDOW = 2_000

/** A page of the archive; when the scan window ended first, the next page starts after its end, not after the last item. */
export interface ArchivePage extends ItemPage {
  olderFrom?: number
  newerFrom?: number
}

function cursorCondition(plan: Plan, cursor: { publishedAt: string; id: number }, op: '<' | '>' | '<=' | '>='): RawBuilder<unknown> {
  if (plan.isByRowid) return sql`f.rowid ${sql.raw(op)} ${searchKey(cursor)}`
  return sql`(${plan.date}, ${plan.id}) ${sql.raw(op)} (${cursor.publishedAt}, ${cursor.id})`
}

/** The key of the last entry of the scan window from the cursor on, or null when the walk ends within it. */
async function windowEnd(db: Db, plan: Plan, req: PageRequest, isNewer: boolean, scanWindow: number): Promise<KeyRow | null> {
  const where = [...plan.walkWhere]
  if (req.cursor) where.push(cursorCondition(plan, req.cursor, isNewer ? '>' : '<'))
  const order = sql.raw(isNewer ? 'asc' : 'desc')
  const { rows } = await sql<KeyRow>`
    select ${plan.id} as id, ${plan.isByRowid ? sql`datetime((f.rowid >> 32) * 60, 'unixepoch')` : plan.date} as published_at from ${plan.walkFrom}
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${sql.join(orderKeys(plan).map((key) => sql`${key} ${order}`))}
    limit 1 offset ${scanWindow - 1}`.execute(db)
  return rows[0] ?? null
}

/**
 * One page of published items matching `filter`, newest first, by keyset (like the bot's
 * lists); with filters checked on joined rows, within the scan window.
 */
export async function findArchiveItems(db: Db, filter: ArchiveFilter, req: PageRequest, { scanWindow = SCAN_WINDOW } = {}): Promise<ArchivePage> {
  const walked = await walkArchivePage(db, filter, req, scanWindow)
  if (walked) return walked
  const plan = planOf(filter)
  const isNewer = req.direction === 'newer' && req.cursor != null
  const where = [...plan.where]
  if (req.cursor) where.push(cursorCondition(plan, req.cursor, isNewer ? '>' : '<'))
  const end = plan.hasPostFilters ? await windowEnd(db, plan, req, isNewer, scanWindow) : null
  if (end) where.push(cursorCondition(plan, { publishedAt: end.published_at, id: end.id }, isNewer ? '<=' : '>='))
  const order = sql.raw(isNewer ? 'asc' : 'desc')
  const { rows } = await sql<KeyRow>`
    select ${plan.id} as id, ${plan.date} as published_at from ${plan.from}
    where ${sql.join(where, sql` and `)}
    order by ${sql.join(orderKeys(plan).map((key) => sql`${key} ${order}`))}
    limit ${req.limit + 1}`.execute(db)
  const page = await pageFromKeys(db, rows, req)
  if (!end || rows.length > req.limit) return page
  // The window ended first: more may match beyond it.
  return isNewer ? { ...page, hasNewer: true, newerFrom: end.id } : { ...page, hasOlder: true, olderFrom: end.id }
}

/** How many published items match a search, counting no further than `cap`. */
export async function countArchiveItems(db: Db, filter: ArchiveFilter, cap: number): Promise<number> {
  const plan = planOf(filter)
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (select 1 from ${plan.from} where ${sql.join(plan.where, sql` and `)} limit ${cap})`.execute(db)
  return rows[0]?.n ?? 0
}

/**
 * How many published items match `filter` (no words), when that is cheap to tell: a kind and a
 * year alone are summed from the month counts (a day is counted as a sector is); a sector or a language is counted only when the
 * walked index holds at most `scanWindow` entries, since counting a large partner's items one by
 * one would cost many pages' worth. Null when it is not counted.
 */
export async function countFilteredArchiveItems(db: Db, filter: Omit<ArchiveFilter, 'match'>, { scanWindow = SCAN_WINDOW } = {}): Promise<number | null> {
  if (filter.sector === undefined && filter.language === undefined && filter.day === undefined && filter.region === undefined && filter.org === undefined) {
    let query = db
      .selectFrom('archive_month_count')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('item_count'), sql<number>`0`).as('n'))
      .where('country', '=', filter.country ?? '')
      .where('kind', '!=', '')
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind)
    if (filter.year !== undefined) query = query.where('month', '>=', `${filter.year}-01`).where('month', '<=', `${filter.year}-12`)
    const row = await query.executeTakeFirst()
    return Number(row?.n ?? 0)
  }
  const plan = planOf(filter)
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (select 1 from ${plan.walkFrom}
    ${plan.walkWhere.length > 0 ? sql`where ${sql.join(plan.walkWhere, sql` and `)}` : sql``} limit ${scanWindow + 1})`.execute(db)
  if ((rows[0]?.n ?? 0) > scanWindow) return null
  return countArchiveItems(db, filter, scanWindow + 1)
}

/** An export row as the query selects it, column by column (better-sqlite3's raw mode: no object per row). */
type ExportRecord = [
  id: number,
  url: string,
  title: string,
  publishedAt: string,
  lang: string,
  sourceName: string | null,
  kind: Kind | null,
  orgs: string,
  sectors: string,
  bodyStart: string,
  partners: string | null,
]

/** An export row's columns (ExportRecord), of the article `a` and its classification `c`. */
const EXPORT_COLUMNS = sql`a.id, a.url, a.title, a.published_at, a.lang, (select s.name from source s where s.id = a.source_id) as source_name,
      c.kind, c.orgs, c.sectors, substr(a.body, 1, ${LEAD_SOURCE_LENGTH}) as body_start,
      (select group_concat(pp.country, ' ') from article_partner pp where pp.article_id = a.id) as partners`

function exportQuery(filter: ArchiveFilter) {
  const plan = planOf(filter)
  return sql<ExportRecord>`
    select ${EXPORT_COLUMNS}
    from ${plan.from}
    where ${sql.join(plan.where, sql` and `)}
    order by ${sql.join(orderKeys(plan).map((key) => sql`${key} desc`))}`
}

const parseList = <T extends string>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]))

function toArchiveRow([id, url, title, publishedAt, lang, sourceName, kind, orgs, sectors, bodyStart, partners]: ExportRecord): ArchiveRow {
  return {
    id,
    url,
    title,
    publishedAt,
    lang,
    sourceName,
    kind,
    partners: partners ? partners.split(' ').sort() : [],
    orgs: parseList(orgs),
    sectors: parseList<Sector>(sectors),
    lead: leadOf(bodyStart),
  }
}

export interface StreamOptions {
  /** The database file: exports read it on a connection of their own. */
  databasePath: string
  /** Rows handed over at a time; between batches the event loop is free. */
  batchSize?: number
  /** Stop after this many rows (the Atom feed shows the newest only). */
  limit?: number
}

/**
 * Every published item matching `filter`, newest first, in batches, never more than one
 * batch in memory. A file database is read on its own read-only connection (WAL lets it read
 * beside the bot's writes, and a long export never holds the app's connection); an in-memory
 * one, which no second connection can see, through kysely's stream on the app's connection.
 */
export async function* streamArchiveRows(db: Db, filter: ArchiveFilter, { databasePath, batchSize = 500, limit }: StreamOptions): AsyncGenerator<ArchiveRow[]> {
  const query = limit === undefined ? exportQuery(filter) : sql<ExportRecord>`${exportQuery(filter)} limit ${limit}`
  if (databasePath === ':memory:') {
    const batch: ArchiveRow[] = []
    for await (const row of db.selectFrom(sql`(${query})`.as('x')).selectAll().stream(batchSize)) {
      batch.push(toArchiveRow(Object.values(row) as ExportRecord))
      if (batch.length === batchSize) yield batch.splice(0)
    }
    if (batch.length > 0) yield batch
    return
  }
  const compiled = query.compile(db)
  const reader = new SQLite(databasePath, { readonly: true, fileMustExist: true })
  registerSearchFunctions(reader)
  try {
    const batch: ArchiveRow[] = []
    for (const row of reader.prepare(compiled.sql).raw(true).iterate(...compiled.parameters) as IterableIterator<ExportRecord>) {
      batch.push(toArchiveRow(row))
      if (batch.length === batchSize) {
        yield batch.splice(0)
        // Reading is synchronous: between batches, let the bot's updates and other requests in.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    if (batch.length > 0) yield batch
  } finally {
    reader.close()
  }
}

/**
 * The newest `limit` rows matching `filter`, as the Atom feed shows them: a search with a long start (SearchMatch.byHeads)
 * by the walk the archive's page makes (walkArchiveKeys: «культур*» by the candidates of «куль», newest first), which spares
 * FTS5's merge of every term the start begins (~1.2 s at a million articles); any other, or one the walk does not settle, as the export streams them.
 */
export async function newestArchiveRows(db: Db, filter: ArchiveFilter, { limit, ...options }: StreamOptions & { limit: number }): Promise<ArchiveRow[]> {
  const keys = await walkArchiveKeys(db, filter, { limit, cursor: null, direction: 'older' }, SCAN_WINDOW)
  if (keys === null) {
    const rows: ArchiveRow[] = []
    for await (const batch of streamArchiveRows(db, filter, { ...options, limit })) rows.push(...batch)
    return rows
  }
  const ids = keys.slice(0, limit).map((k) => k.id)
  if (ids.length === 0) return []
  const { rows } = await sql<Record<string, unknown>>`
    select ${EXPORT_COLUMNS} from article a join classification c on c.article_id = a.id where a.id in (${sql.join(ids)})`.execute(db)
  const byId = new Map(rows.map((row) => [row.id as number, toArchiveRow(Object.values(row) as ExportRecord)]))
  // In the walk's order, newest first.
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** A published item with its lead, or null (unknown, flagged or rejected). */
export async function getArchiveItem(db: Db, id: number): Promise<ArchiveItem | null> {
  const [item] = await getItemsByIds(db, [id])
  if (!item || item.status !== 'published') return null
  const row = await db.selectFrom('article').select(sql<string>`substr(body, 1, ${LEAD_SOURCE_LENGTH})`.as('body_start')).where('id', '=', id).executeTakeFirstOrThrow()
  return { ...item, lead: leadOf(row.body_start) }
}

/** The newest other published items sharing a partner with the item (one index seek per partner). */
export async function findRelatedItems(db: Db, id: number, partners: readonly string[], limit: number): Promise<ItemView[]> {
  if (partners.length === 0) return []
  const keys = await Promise.all(
    partners.map((country) =>
      db
        .selectFrom('article_partner')
        .select(['article_id as id', 'published_at'])
        .where('country', '=', country)
        .where('status', '=', 'published')
        .where('article_id', '!=', id)
        .orderBy('published_at', 'desc')
        .orderBy('article_id', 'desc')
        .limit(limit)
        .execute(),
    ),
  )
  const newest = [...new Map(keys.flat().map((k) => [k.id, k])).values()]
    .sort((a, b) => b.published_at.localeCompare(a.published_at) || b.id - a.id)
    .slice(0, limit)
  return getItemsByIds(db, newest.map((k) => k.id))
}

/** The archive's change counter (ETag) and time of its last change (Last-Modified). */
export async function getArchiveVersion(db: Db): Promise<ArchiveVersion> {
  const row = await db.selectFrom('archive_change').select(['version', 'changed_at']).where('id', '=', 1).executeTakeFirst()
  return { version: row?.version ?? 0, changedAt: row?.changed_at ?? new Date(0).toISOString() }
}

/** Published items per month and kind, overall or with one partner, oldest month first. */
export async function listMonthCounts(db: Db, country: string | null): Promise<MonthCount[]> {
  const rows = await db
    .selectFrom('archive_month_count')
    .select(['month', 'kind', 'item_count'])
    .where('country', '=', country ?? '')
    .where('item_count', '>', 0)
    .where('kind', '!=', '')
    .orderBy('month')
    .execute()
  return rows.map((r) => ({ month: r.month, kind: r.kind as Kind, count: r.item_count }))
}

/**
 * Published items per partner country of one kind and/or year, summed from the month counts
 * (a row per country, month and kind, however many items), most items first. The partners are
 * sought one by one in the counts' key, so a year reads twelve months of each, not every month.
 */
export async function listPartnerCountsByKindAndYear(db: Db, filter: Pick<ArchiveFilter, 'kind' | 'year'>): Promise<{ country: string; count: number }[]> {
  const partners = db.selectFrom('partner_country_count').select('country').where('status', '=', 'published').where('item_count', '>', 0)
  let query = db
    .selectFrom('archive_month_count')
    .select((eb) => ['country', eb.fn.sum<number>('item_count').as('n')])
    .where('country', 'in', partners)
    .where('kind', '!=', '')
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind)
  if (filter.year !== undefined) query = query.where('month', '>=', `${filter.year}-01`).where('month', '<=', `${filter.year}-12`)
  const rows = await query.groupBy('country').having((eb) => eb.fn.sum('item_count'), '>', 0).orderBy('n', 'desc').orderBy('country').execute()
  return rows.map((r) => ({ country: r.country, count: Number(r.n) }))
}
