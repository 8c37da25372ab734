import * as v from 'valibot'
import { sitemapCandidate } from '../listing/sitemap.js'
import type { SitemapEntry } from '../sitemap.js'
import { archiveEnd, type CreateArchiveReader, isGone } from './archive.js'

/** Sitemap entries per archive page: one page's article fetches are stored in one transaction. */
const ENTRIES_PER_PAGE = 25
/** Sitemaps opened in one read (nested indexes, dead children) before a page is returned anyway. */
const MAX_SITEMAPS_PER_READ = 20

/**
 * `pending[0]` is the sitemap being read, from its `offset`-th newest entry; the rest wait, newest
 * first. `indexes`: the sitemap indexes opened so far, so one that lists itself (or two that list
 * each other) is not opened again and again.
 */
const POSITION = v.object({ pending: v.array(v.string()), offset: v.pipe(v.number(), v.integer(), v.minValue(0)), indexes: v.optional(v.array(v.string()), []) })
type Position = v.InferOutput<typeof POSITION>

/** A year and month (and day) in a dated sitemap's name: sitemap-2024-05.xml, 2024/05/sitemap.xml. */
const URL_DATE = /(?<!\d)((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])(?:[-_/.]?(0[1-9]|[12]\d|3[01]))?(?!\d)/

function timeOf(lastModified: Date | null, url: string): number | null {
  if (lastModified) return lastModified.getTime()
  const m = URL_DATE.exec(url)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) : null
}

/** Newest first; undated ones last, in the order the sitemap gives them. */
function byNewest<T>(items: T[], time: (item: T) => number | null): T[] {
  return items.map((item, i) => ({ item, i, t: time(item) })).sort((a, b) => (b.t ?? -Infinity) - (a.t ?? -Infinity) || a.i - b.i).map((x) => x.item)
}

/**
 * A sitemap or sitemap index: dated child sitemaps newest first (those last modified before
 * the walk's date skipped), each read newest entry first, ENTRIES_PER_PAGE at a time. When a
 * page is all older than the date, the walk moves on to the next child sitemap.
 */
export const createSitemapArchive: CreateArchiveReader = (ctx, source, since) => {
  let cached: { url: string; entries: SitemapEntry[] } | null = null

  return {
    // Child sitemaps changed before the walk's date are not in the position's pending list.
    hasDatedPositions: true,
    async read(position) {
      const parsedPosition = v.safeParse(POSITION, position)
      let { pending, offset, indexes }: Position = parsedPosition.success ? parsedPosition.output : { pending: [source.url], offset: 0, indexes: [] }
      for (let opened = 0; pending.length > 0; opened++) {
        const url = pending[0]!
        if (opened === MAX_SITEMAPS_PER_READ) return { ok: true, page: { candidates: [], next: { pending, offset, indexes }, nextWhenOlder: { pending, offset, indexes } } }
        if (cached?.url !== url) {
          const response = await ctx.fetcher.fetch({ url, isAddressGuarded: ctx.isAddressGuarded, signal: ctx.signal, isBodyLeftEncoded: true })
          const parsed = response.ok ? await ctx.work.readSitemap(response, ctx.signal) : response
          if (!parsed.ok) {
            // A dead or broken child sitemap is skipped; a busy server or the index itself failing stops the walk.
            if (url === source.url || (!response.ok && !isGone(response))) return response.ok ? { ok: false, reason: `${url}: ${parsed.reason}` } : response
            pending = pending.slice(1)
            offset = 0
            continue
          }
          if (parsed.kind === 'index') {
            indexes = [...indexes, url]
            const known = new Set([...indexes, ...pending])
            const children = parsed.sitemaps.filter((s) => (!s.lastModified || s.lastModified >= since) && !known.has(s.url))
            pending = [...byNewest(children, (s) => timeOf(s.lastModified, s.url)).map((s) => s.url), ...pending.slice(1)]
            offset = 0
            continue
          }
          cached = { url, entries: byNewest(parsed.entries, (e) => (e.publishedAt ?? e.lastModified)?.getTime() ?? null) }
        }
        const rest = pending.slice(1)
        const nextWhenOlder = rest.length > 0 ? { pending: rest, offset: 0, indexes } : null
        const end = offset + ENTRIES_PER_PAGE
        const next = end < cached.entries.length ? { pending, offset: end, indexes } : nextWhenOlder
        return { ok: true, page: { candidates: cached.entries.slice(offset, end).map(sitemapCandidate), next, nextWhenOlder } }
      }
      return archiveEnd()
    },
  }
}
