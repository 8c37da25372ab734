import { type Lang, langOfTag } from '../../language/langs.js'
import type { FetchOk } from '../fetch.js'
import { type Candidate, listFromPage, type Lister, type ListingContext } from './listing.js'

/** A feed item with less text than this is a teaser: the article page is fetched. */
const TEASER_MAX_CHARS = 1500

function languageHintOf(tag: string | null): { languageHint?: Lang } {
  const lang = langOfTag(tag)
  return lang ? { languageHint: lang } : {}
}

/** One fetched feed's items with a link as candidates (read on the worker), and what had to be repaired. */
export async function readFeedPage(
  ctx: ListingContext,
  page: FetchOk,
): Promise<{ ok: true; candidates: Candidate[]; warnings: string[] } | { ok: false; reason: string }> {
  const parsed = await ctx.work.readFeed(page, ctx.signal)
  if (!parsed.ok) return parsed
  const candidates = parsed.feed.items.flatMap((item) =>
    item.link
      ? [{
          url: item.link, guid: item.guid, title: item.title || null, text: item.text, isFullText: item.text.length >= TEASER_MAX_CHARS,
          date: item.publishedAt, dateOrigin: 'feed' as const, modifiedAt: null, isPageTitlePreferred: false,
          ...languageHintOf(item.language),
        }]
      : [],
  )
  return { ok: true, candidates, warnings: parsed.feed.warning ? [parsed.feed.warning] : [] }
}

/** RSS 2.0, RSS 1.0/RDF and Atom: items with a link. */
export const listRss: Lister = (ctx, source) => listFromPage(ctx, source, (page) => readFeedPage(ctx, page))
