import * as v from 'valibot'
import { readListPage } from '../listing/html.js'
import { archiveEnd, type CreateArchiveReader } from './archive.js'

/** Without a `list.next` selector, the link most CMSs mark as the next page. */
const DEFAULT_NEXT_SELECTOR = 'link[rel~="next"], a[rel~="next"]'

const POSITION = v.object({ url: v.string() })

/** An html source's news list, page after page by its `list.next` link. */
export const createHtmlArchive: CreateArchiveReader = (ctx, source) => ({
  async read(position) {
    const selectors = source.list
    if (!selectors) return { ok: false, reason: 'html source without list selectors' }
    const at = v.is(POSITION, position) ? position.url : source.url
    const page = await ctx.fetcher.fetch({ url: at, isAddressGuarded: ctx.isAddressGuarded, signal: ctx.signal, isBodyLeftEncoded: true })
    if (!page.ok) return page
    if (page.body.length === 0) return { ok: false, reason: `empty body at ${at}` }
    const read = await readListPage(ctx, page, { ...selectors, next: selectors.next ?? DEFAULT_NEXT_SELECTOR })
    // A "next" link past the last page often leads to a page with no entries: the end, not an error.
    if (!read.ok) return at === source.url ? read : archiveEnd()
    const next = read.next && ![at, page.url, source.url].includes(read.next) ? { url: read.next } : null
    return { ok: true, page: { candidates: read.candidates, next, nextWhenOlder: null } }
  },
})
