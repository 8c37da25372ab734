import { fetchGovkzNews, type GovkzItem } from '../govkz.js'
import type { Candidate, Lister } from './listing.js'

/** A portal news item as a candidate: the API's body is the whole article. */
export function govkzCandidate(item: GovkzItem): Candidate {
  return {
    url: item.url, guid: `govkz:${item.id}`, title: item.title, text: item.text, isFullText: true, date: item.publishedAt,
    dateOrigin: 'feed', modifiedAt: null, isPageTitlePreferred: false,
  }
}

/** The gov.kz portal's JSON API: its body is the whole article (the portal's page is a JavaScript shell). */
export const listGovkz: Lister = async (ctx, source) => {
  const result = await fetchGovkzNews(ctx.fetcher, { url: source.url, project: source.project ?? '', lang: source.lang }, ctx)
  if (!result.ok) return result
  return { ok: true, notModified: false, etag: null, lastModified: null, warnings: [], candidates: result.items.map(govkzCandidate) }
}
