import type { Eta } from 'eta'
import type { Lang } from '../classify/types.js'
import type { ArchiveRow } from '../db/archive.js'

export type ExportFormat = 'csv' | 'json' | 'atom'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'atom']

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

/** A feed reader wants the news, not the archive: the Atom feed carries the newest entries. */
export const ATOM_ENTRIES = 50

export interface ExportContext {
  lang: Lang
  /** A partner's name in `lang` (asked for on every row: worth remembering). */
  partnerName: (code: string) => string
  /** The item's page as an absolute URL. */
  itemUrl: (id: number) => string
  kindLabel: (kind: string) => string
  sectorLabel: (sector: string) => string
}

const CSV_COLUMNS = ['id', 'published_at', 'kind', 'partners', 'partner_names', 'orgs', 'sectors', 'language', 'title', 'lead', 'source', 'url', 'archive_url'] as const

/**
 * One CSV field (RFC 4180). Scraped text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR first) gets a leading apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function csvLine(row: ArchiveRow, ctx: ExportContext): string {
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
    row.lead,
    row.sourceName ?? '',
    row.url,
    ctx.itemUrl(row.id),
  ]
  return `${fields.map(csvField).join(',')}\r\n`
}

/** The CSV as chunks of one batch each; a BOM first so spreadsheets read the Cyrillic as UTF-8. */
export async function* csvChunks(batches: AsyncIterable<ArchiveRow[]>, ctx: ExportContext): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`
  for await (const batch of batches) {
    let chunk = ''
    for (const row of batch) chunk += csvLine(row, ctx)
    yield chunk
  }
}

function jsonItem(row: ArchiveRow, ctx: ExportContext) {
  return {
    id: row.id,
    published_at: row.publishedAt,
    kind: row.kind,
    partners: row.partners.map((code) => ({ code, name: ctx.partnerName(code) })),
    orgs: row.orgs,
    sectors: row.sectors,
    language: row.lang,
    title: row.title,
    lead: row.lead,
    source: row.sourceName,
    url: row.url,
    archive_url: ctx.itemUrl(row.id),
  }
}

/** `{"filter": …, "items": [ … ]}` written item by item. */
export async function* jsonChunks(batches: AsyncIterable<ArchiveRow[]>, ctx: ExportContext, filter: Record<string, string | number>): AsyncGenerator<string> {
  yield `{"filter":${JSON.stringify(filter)},"items":[`
  let isFirst = true
  for await (const batch of batches) {
    let chunk = ''
    for (const row of batch) {
      chunk += `${isFirst ? '\n' : ',\n'}${JSON.stringify(jsonItem(row, ctx))}`
      isFirst = false
    }
    yield chunk
  }
  yield '\n]}\n'
}

// XML 1.0 has no escape for these: a scraped control character would make the feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const xmlText = (s: string) => s.replace(NOT_XML, '')

export interface FeedMeta {
  title: string
  selfUrl: string
  htmlUrl: string
  /** When the archive last changed, for an empty feed. */
  changedAt: string
}

/** An Atom 1.0 feed of the newest rows, rendered by the escaping templates. */
export function renderAtom(templates: Eta, rows: readonly ArchiveRow[], ctx: ExportContext, meta: FeedMeta): string {
  return templates.render('./atom', {
    lang: ctx.lang,
    title: xmlText(meta.title),
    selfUrl: meta.selfUrl,
    htmlUrl: meta.htmlUrl,
    updated: rows[0]?.publishedAt ?? meta.changedAt,
    entries: rows.map((row) => ({
      id: ctx.itemUrl(row.id),
      href: ctx.itemUrl(row.id),
      title: xmlText(row.title),
      published: row.publishedAt,
      sourceUrl: /^https?:\/\//i.test(row.url) ? xmlText(row.url) : null,
      summary: xmlText(row.lead),
      categories: [
        ...(row.kind ? [{ term: row.kind, label: ctx.kindLabel(row.kind) }] : []),
        ...row.partners.map((code) => ({ term: code, label: ctx.partnerName(code) })),
        ...row.sectors.map((s) => ({ term: s, label: ctx.sectorLabel(s) })),
      ],
    })),
  })
}
