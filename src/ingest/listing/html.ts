import { listFromPage, type Lister } from './listing.js'

/** A news-list page read with the source's selectors; each article page gives the headline and date. */
export const listHtml: Lister = async (ctx, source) => {
  const selectors = source.list
  if (!selectors) return { ok: false, reason: 'html source without list selectors' }
  return await listFromPage(ctx, source, async (page) => {
    const parsed = await ctx.work.readListPage(page, selectors, ctx.signal)
    if (!parsed.ok) return parsed
    const candidates = parsed.entries.map((e) => ({
      url: e.url, guid: null, title: e.title, text: '', isFullText: false, date: e.publishedAt, dateOrigin: 'page' as const,
      modifiedAt: null, isPageTitlePreferred: true,
    }))
    return { ok: true, candidates }
  })
}
