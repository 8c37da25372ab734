import * as v from 'valibot'
import { readFeedPage } from '../listing/rss.js'
import { archiveEnd, type CreateArchiveReader, isGone } from './archive.js'

const POSITION = v.object({ page: v.pipe(v.number(), v.integer(), v.minValue(2)), previousFirst: v.string() })

/** The feed's page `n` as WordPress serves it (`?paged=n`). */
function pageUrl(feedUrl: string, n: number): string {
  const url = new URL(feedUrl)
  url.searchParams.set('paged', String(n))
  return url.href
}

/**
 * A feed's older items where the site pages its feed (WordPress: `?paged=2`, `3` …). A site
 * that does not answers 404 past the first page, or repeats the first page: the walk ends.
 */
export const createRssArchive: CreateArchiveReader = (ctx, source) => ({
  async read(position) {
    const at = v.is(POSITION, position) ? position : null
    const url = at ? pageUrl(source.url, at.page) : source.url
    const page = await ctx.fetcher.fetch({ url, isAddressGuarded: ctx.isAddressGuarded, signal: ctx.signal, isBodyLeftEncoded: true })
    if (!page.ok) return at && isGone(page) ? archiveEnd() : page
    const read = await readFeedPage(ctx, page)
    if (!read.ok) return at ? archiveEnd() : read
    const first = read.candidates[0]?.url
    if (!first || first === at?.previousFirst) return archiveEnd()
    return { ok: true, page: { candidates: read.candidates, next: { page: (at?.page ?? 1) + 1, previousFirst: first }, nextWhenOlder: null } }
  },
})
