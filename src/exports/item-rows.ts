import type { Lang } from '../classify/types.js'
import type { ArchiveFilter, ArchiveRow } from '../db/archive.js'
import { stripDateline } from '../dateline.js'
import { organisationFullName } from '../organisation-name.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'

/** Published items as CSV and JSON files, streamed batch by batch: the web archive's downloads and the bot's /export. */

export interface ExportContext {
  lang: Lang
  /** A partner's name in `lang` (asked for on every row: worth remembering). */
  partnerName: (code: string) => string
  /** The item's page as an absolute URL; '' when there is no archive to link to (the bot's /export without PUBLIC_URL). */
  itemUrl: (id: number) => string
  kindLabel: (kind: string) => string
  sectorLabel: (sector: string) => string
}

// Columns added later go last: files read by column position before they were added read the same.
const CSV_COLUMNS = ['id', 'published_at', 'kind', 'partners', 'partner_names', 'orgs', 'sectors', 'language', 'title', 'lead', 'source', 'url', 'archive_url', 'date', 'kind_name', 'sector_names', 'org_names'] as const

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE })

/**
 * The day an item was published in Kazakhstan, YYYY-MM-DD: the date its card shows, which a day filter
 * and a file name use, and one a spreadsheet reads as a date (`published_at`, the moment in UTC, may be the day before).
 */
function itemDay(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date)
}

/**
 * The context with its labels and days remembered for one file: a row of 1M asks them again, and a fluent label or an
 * Intl date costs microseconds (it had taken the CSV export from 64,000 to 44,000 rows/s). A day is read once an hour
 * of UTC, as Kazakhstan's offsets are whole hours, and rows come newest first.
 */
function remembering(ctx: ExportContext): ExportContext & { day: (iso: string) => string; orgName: (org: string) => string } {
  const kinds = new Map<string, string>()
  const sectors = new Map<string, string>()
  const orgs = new Map<string, string>()
  let hour = ''
  let day = ''
  return {
    ...ctx,
    kindLabel: (kind) => kinds.get(kind) ?? kinds.set(kind, ctx.kindLabel(kind)).get(kind)!,
    sectorLabel: (sector) => sectors.get(sector) ?? sectors.set(sector, ctx.sectorLabel(sector)).get(sector)!,
    // A code (OTS, ITA) tells a reader nothing: the file names each organisation in full, in its language.
    orgName: (org) => orgs.get(org) ?? orgs.set(org, organisationFullName(org, ctx.lang)).get(org)!,
    day: (iso) => {
      if (iso.slice(0, 13) !== hour) [hour, day] = [iso.slice(0, 13), itemDay(iso)]
      return day
    },
  }
}

type RememberingContext = ReturnType<typeof remembering>

/**
 * What separates a CSV file's fields: a comma (RFC 4180), or a semicolon, which Excel expects where the decimal mark is a
 * comma (Russian, Kazakh and most European regional settings) and otherwise opens each row in one column.
 */
export type CsvDelimiter = ',' | ';'

/**
 * One CSV field (RFC 4180). Scraped text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR first) gets a leading apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string | number, delimiter: CsvDelimiter = ','): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text
}

function csvLine(row: ArchiveRow, ctx: RememberingContext, delimiter: CsvDelimiter): string {
  const fields = [
    row.id,
    row.publishedAt,
    row.kind ?? '',
    row.partners.join(' '),
    row.partners.map(ctx.partnerName).join('; '),
    row.orgs.join('; '),
    row.sectors.join(' '),
    row.lang,
    row.title,
    stripDateline(row.lead),
    row.sourceName ?? '',
    row.url,
    ctx.itemUrl(row.id),
    ctx.day(row.publishedAt),
    row.kind ? ctx.kindLabel(row.kind) : '',
    row.sectors.map(ctx.sectorLabel).join('; '),
    row.orgs.map(ctx.orgName).join('; '),
  ]
  return `${fields.map((field) => csvField(field, delimiter)).join(delimiter)}\r\n`
}

/**
 * The CSV as chunks of one batch each; a BOM first so spreadsheets read the Cyrillic as UTF-8 (no `sep=` line: Excel
 * reads the file as ANSI once it has one, BOM or not).
 */
export async function* csvChunks(batches: AsyncIterable<ArchiveRow[]>, ctx: ExportContext, { delimiter = ',' }: { delimiter?: CsvDelimiter } = {}): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(delimiter)}\r\n`
  const remembered = remembering(ctx)
  for await (const batch of batches) {
    let chunk = ''
    for (const row of batch) chunk += csvLine(row, remembered, delimiter)
    yield chunk
  }
}

function jsonItem(row: ArchiveRow, ctx: RememberingContext) {
  return {
    id: row.id,
    published_at: row.publishedAt,
    date: ctx.day(row.publishedAt),
    kind: row.kind,
    kind_name: row.kind ? ctx.kindLabel(row.kind) : null,
    partners: row.partners.map((code) => ({ code, name: ctx.partnerName(code) })),
    orgs: row.orgs,
    org_names: row.orgs.map(ctx.orgName),
    sectors: row.sectors,
    sector_names: row.sectors.map(ctx.sectorLabel),
    language: row.lang,
    title: row.title,
    // «АСТАНА. KAZINFORM —» is where the agency filed it, not what happened: the lead starts as the card's does.
    lead: stripDateline(row.lead),
    source: row.sourceName,
    url: row.url,
    // JSON says "no address" as null, not as a string a reader's code would take for one.
    archive_url: ctx.itemUrl(row.id) || null,
  }
}

/** The filter as the JSON file states it: what was asked, in the words it was asked (never the full-text index's expression). */
export function describeFilter(filter: ArchiveFilter, words: string): Record<string, string | number | readonly string[]> {
  const { match: _match, region, ...rest } = filter
  // A region («Африка») as its name and the countries it stood for: `"region": "africa", "countries": ["DZ", …]`; several countries as those.
  const regionFields = region ? { ...(region.id === undefined ? {} : { region: region.id }), countries: region.countries } : {}
  return Object.fromEntries(Object.entries({ ...rest, ...regionFields, ...(words ? { words } : {}) }).filter(([, v]) => v !== undefined))
}

/** `{"filter": …, "items": [ … ]}` written item by item. */
export async function* jsonChunks(batches: AsyncIterable<ArchiveRow[]>, ctx: ExportContext, filter: Record<string, string | number | readonly string[]>): AsyncGenerator<string> {
  yield `{"filter":${JSON.stringify(filter)},"items":[`
  let isFirst = true
  const remembered = remembering(ctx)
  for await (const batch of batches) {
    let chunk = ''
    for (const row of batch) {
      chunk += `${isFirst ? '\n' : ',\n'}${JSON.stringify(jsonItem(row, remembered))}`
      isFirst = false
    }
    yield chunk
  }
  yield '\n]}\n'
}
