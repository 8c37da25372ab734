import { decodeBody } from '../decode.js'
import type { FetchOk } from '../fetch.js'
import { parseFeed } from '../feed.js'
import { type Candidate, listFromPage, type Lister } from './listing.js'

/** A feed item with less text than this is a teaser: the article page is fetched. */
const TEASER_MAX_CHARS = 1500

/** One fetched feed's items with a link as candidates, and its <ttl>. */
export async function readFeedPage(page: FetchOk): Promise<{ ok: true; candidates: Candidate[]; ttlMinutes: number | null } | { ok: false; reason: string }> {
  const parsed = await parseFeed(decodeBody(page.body, page.contentType, 'xml').text, page.url)
  if (!parsed.ok) return parsed
  const candidates = parsed.feed.items.flatMap((item) =>
    item.link
      ? [{
          url: item.link, guid: item.guid, title: item.title || null, text: item.text, isFullText: item.text.length >= TEASER_MAX_CHARS,
          date: item.publishedAt, dateOrigin: 'feed' as const, modifiedAt: null, isPageTitlePreferred: false,
        }]
      : [],
  )
  return { ok: true, candidates, ttlMinutes: parsed.feed.ttlMinutes }
}

/** RSS 2.0, RSS 1.0/RDF and Atom: items with a link; the feed's <ttl> is kept for scheduling. */
export const listRss: Lister = (ctx, source) => listFromPage(ctx, source, readFeedPage)
