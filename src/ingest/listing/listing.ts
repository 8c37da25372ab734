import type { Source } from '../../db/sources.js'
import type { Lang } from '../../language/langs.js'
import type { DateOrigin } from '../dates.js'
import type { FetchOk, Fetcher } from '../fetch.js'
import type { PipelineWork } from '../pipeline-work.js'

/** One item a listing (feed, sitemap, list page, portal API) offers, before its page is read. */
export interface Candidate {
  url: string
  guid: string | null
  title: string | null
  /** Text the listing itself carries (a feed's description, the portal's body). */
  text: string
  /** The listing carries the whole article: its page is not fetched. */
  isFullText: boolean
  date: Date | null
  dateOrigin: DateOrigin
  /** Sitemap lastmod: a newer one means the article changed. */
  modifiedAt: Date | null
  /** html sources: the page's headline wins over the list's link text. */
  isPageTitlePreferred: boolean
  /** The language the listing says this item is in (a JSON Feed item's own), when one of ours: the classifier's hint instead of the source's. */
  languageHint?: Lang
}

/** What a poll learned about the source's listing. */
export type Listing =
  | {
      ok: true; notModified: boolean; candidates: Candidate[]; etag: string | null; lastModified: string | null
      /** What was wrong with the listing but could be worked around (a feed cut short and repaired). */
      warnings: string[]
    }
  | { ok: false; reason: string; retryAt?: Date | null }

export interface ListingContext {
  fetcher: Fetcher
  work: PipelineWork
  /** Admin-added sources are guarded against private addresses on every request. */
  isAddressGuarded: boolean
  signal?: AbortSignal
}

/** Reads one type of source into candidates (ingest/listing/<type>.ts). */
export type Lister = (ctx: ListingContext, source: Source) => Promise<Listing>

type ReadPage = { ok: true; candidates: Candidate[]; warnings?: string[] } | { ok: false; reason: string }

/**
 * The source's own URL with a conditional GET. `read` turns a fresh body into candidates;
 * an unchanged listing (304) has none.
 */
export async function listFromPage(
  ctx: ListingContext,
  source: Source,
  read: (page: FetchOk) => ReadPage | Promise<ReadPage>,
): Promise<Listing> {
  const page = await ctx.fetcher.fetch({
    url: source.url, etag: source.etag, lastModified: source.lastModified, isAddressGuarded: ctx.isAddressGuarded, signal: ctx.signal, isBodyLeftEncoded: true,
  })
  if (!page.ok) return page
  const validators = { etag: page.etag, lastModified: page.lastModified }
  if (page.notModified) return { ok: true, notModified: true, candidates: [], warnings: [], ...validators }
  if (page.body.length === 0) return { ok: false, reason: 'empty body' }
  const items = await read(page)
  if (!items.ok) return items
  return { ok: true, notModified: false, candidates: items.candidates, warnings: items.warnings ?? [], ...validators }
}
