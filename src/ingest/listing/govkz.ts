import { fetchGovkzNews } from '../govkz.js'
import type { Lister } from './listing.js'

/** The gov.kz portal's JSON API: its body is the whole article (the portal's page is a JavaScript shell). */
export const listGovkz: Lister = async (ctx, source) => {
  const result = await fetchGovkzNews(ctx.fetcher, { url: source.url, project: source.project ?? '', lang: source.lang }, ctx)
  if (!result.ok) return result
  return {
    ok: true, notModified: false, etag: null, lastModified: null, freshUntil: null, ttlMinutes: null, warnings: [],
    candidates: result.items.map((item) => ({
      url: item.url, guid: `govkz:${item.id}`, title: item.title, text: item.text, isFullText: true, date: item.publishedAt,
      dateOrigin: 'feed' as const, modifiedAt: null, isPageTitlePreferred: false,
    })),
  }
}
