import type { Eta } from 'eta'
import type { ArchiveRow } from '../db/archive.js'
import type { ExportContext } from '../exports/item-rows.js'
import { isLang } from './views.js'

export type ExportFormat = 'csv' | 'json' | 'atom'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'atom']

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

/** A feed reader wants the news, not the archive: the Atom feed carries the newest entries. */
export const ATOM_ENTRIES = 50

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
      // The item's own language for its title and summary; the feed's (the reader's) for the rest, its category labels.
      lang: isLang(row.lang) ? row.lang : null,
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
