import { listFromPage, type Lister } from './listing.js'

/** A feed item with less text than this is a teaser: the article page is fetched. */
const TEASER_MAX_CHARS = 1500

/** RSS 2.0, RSS 1.0/RDF and Atom: items with a link; the feed's <ttl> is kept for scheduling. */
export const listRss: Lister = (ctx, source) =>
  listFromPage(ctx, source, async (page) => {
    const parsed = await ctx.work.readFeed(page, ctx.signal)
    if (!parsed.ok) return parsed
    const candidates = parsed.feed.items.flatMap((item) =>
      item.link
        ? [{
            url: item.link, guid: item.guid, title: item.title || null, text: item.text, isFullText: item.text.length >= TEASER_MAX_CHARS,
            date: item.publishedAt, dateOrigin: 'feed' as const, modifiedAt: null, isPageTitlePreferred: false,
          }]
        : [],
    )
    return { ok: true, candidates, ttlMinutes: parsed.feed.ttlMinutes, ...(parsed.feed.warning ? { warnings: [parsed.feed.warning] } : {}) }
  })
