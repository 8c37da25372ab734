import type { FetchOk } from '../fetch.js'
import type { SitemapEntry } from '../sitemap.js'
import { type Candidate, listFromPage, type Lister, type ListingContext } from './listing.js'

/** Newest sitemap URLs looked at per poll (a sitemap can list 50 000). */
const MAX_SITEMAP_ENTRIES = 50
/** Child sitemaps of an index read per poll, the most recently modified first. */
const MAX_CHILD_SITEMAPS = 2

function newestFirst<T extends { lastModified: Date | null }>(a: T, b: T): number {
  return (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0)
}

function pickNewest(entries: SitemapEntry[]): SitemapEntry[] {
  const dated = entries.map((e) => ({ ...e, lastModified: e.publishedAt ?? e.lastModified }))
  return dated.sort(newestFirst).slice(0, MAX_SITEMAP_ENTRIES)
}

async function readSitemap(ctx: ListingContext, page: FetchOk): Promise<{ ok: true; entries: SitemapEntry[] } | { ok: false; reason: string }> {
  const parsed = await ctx.work.readSitemap(page, ctx.signal)
  if (!parsed.ok) return parsed
  if (parsed.kind === 'urlset') return { ok: true, entries: pickNewest(parsed.entries) }
  const children = [...parsed.sitemaps].sort(newestFirst).slice(0, MAX_CHILD_SITEMAPS)
  const entries: SitemapEntry[] = []
  let failure: string | null = null
  for (const child of children) {
    const response = await ctx.fetcher.fetch({ url: child.url, isAddressGuarded: ctx.isAddressGuarded, signal: ctx.signal, isBodyLeftEncoded: true })
    const childParsed = response.ok ? await ctx.work.readSitemap(response, ctx.signal) : response
    if (childParsed.ok && childParsed.kind === 'urlset') entries.push(...childParsed.entries)
    else if (!childParsed.ok) failure = `child sitemap ${child.url}: ${childParsed.reason}`
  }
  // One dead child sitemap is tolerated; none readable is a failed poll.
  if (failure && entries.length === 0) return { ok: false, reason: failure }
  return { ok: true, entries: pickNewest(entries) }
}

/** A sitemap entry as a candidate: its page is always read; a newer lastmod marks a changed article. */
export function sitemapCandidate(e: SitemapEntry): Candidate {
  return {
    url: e.url, guid: null, title: e.title, text: '', isFullText: false, date: e.publishedAt, dateOrigin: 'feed',
    modifiedAt: e.lastModified, isPageTitlePreferred: false,
  }
}

/** A sitemap, a news sitemap or an index of them: the newest URLs. */
export const listSitemap: Lister = (ctx, source) =>
  listFromPage(ctx, source, async (page) => {
    const read = await readSitemap(ctx, page)
    if (!read.ok) return read
    return { ok: true, candidates: read.entries.map(sitemapCandidate) }
  })
