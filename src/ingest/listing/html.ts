import type { ListSelectors } from '../../db/sources.js'
import { decodeBody } from '../decode.js'
import type { FetchOk } from '../fetch.js'
import { parseListPage } from '../list-page.js'
import { type Candidate, listFromPage, type Lister } from './listing.js'

/** One news-list page's entries as candidates, and its link to the next (older) page when `list.next` is set. */
export function readListPage(page: FetchOk, selectors: ListSelectors): { ok: true; candidates: Candidate[]; next: string | null } | { ok: false; reason: string } {
  const parsed = parseListPage(decodeBody(page.body, page.contentType, 'html').text, page.url, selectors)
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
  return await listFromPage(ctx, source, (page) => readListPage(page, selectors))
}
