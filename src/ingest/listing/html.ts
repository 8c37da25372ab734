import type { ListSelectors } from '../../db/sources.js'
import type { FetchOk } from '../fetch.js'
import { type Candidate, listFromPage, type Lister, type ListingContext } from './listing.js'

/** One news-list page's entries as candidates (read on the worker), and its link to the next (older) page when `list.next` is set. */
export async function readListPage(
  ctx: ListingContext,
  page: FetchOk,
  selectors: ListSelectors,
): Promise<{ ok: true; candidates: Candidate[]; next: string | null } | { ok: false; reason: string }> {
  const parsed = await ctx.work.readListPage(page, selectors, ctx.signal)
  if (!parsed.ok) return parsed
  const candidates = parsed.entries.map((e) => ({
    url: e.url, guid: null, title: e.title, text: '', isFullText: false, date: e.publishedAt, dateOrigin: 'page' as const,
    modifiedAt: null, isPageTitlePreferred: true,
  }))
  return { ok: true, candidates, next: parsed.next }
}

/** A news-list page read with the source's selectors; each article page gives the headline and date. */
export const listHtml: Lister = async (ctx, source) => {
  const selectors = source.list
  if (!selectors) return { ok: false, reason: 'html source without list selectors' }
  return await listFromPage(ctx, source, (page) => readListPage(ctx, page, selectors))
}
