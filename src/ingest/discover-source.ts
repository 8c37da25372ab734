import type { Lang } from '../classify/types.js'
import type { Resolver } from '../dns.js'
import { langOfTag } from '../language/langs.js'
import type { SourceType } from '../db/schema.js'
import { checkUrlAddress } from './address-guard.js'
import { decodeBody } from './decode.js'
import { parseFeed } from './feed.js'
import { createFetcher, type FetchFailure, type FetchOk, type Fetcher } from './fetch.js'
import { fetchGovkzNews } from './govkz.js'
import { isJsonBody } from './json-feed.js'
import { loadHtml } from './cheerio-page.js'
import type { ListSelectors } from '../db/sources.js'
import { parseListPage } from './list-page.js'
import { extractArticlePage } from './pipeline-tasks.js'
import { parseSitemap, type SitemapEntry } from './sitemap.js'
import { hostOf, resolveUrl } from '../url.js'

/** Items shown before an admin confirms a new source. */
export const PREVIEW_ITEMS = 3
/** Code points in a found source's name, … included: kept short for item cards, so well within MAX_SOURCE_NAME_LENGTH. */
const MAX_FOUND_NAME_LENGTH = 60
/** A list needs at least this many links sharing a parent pattern to be suggested as the news list. */
const MIN_LIST_ENTRIES = 3
const MIN_LINK_TEXT_CHARS = 20

/** An item as it would be stored: the title (the page's headline for html lists), date and link. */
export interface PreviewItem {
  title: string
  url: string
  /** ISO-8601, or null when neither the listing nor the page gives a date (the fetch time is used then). */
  publishedAt: string | null
}

/** A source ready to be added, in plain JSON (it crosses a conversation step). */
export interface DiscoveredSource {
  url: string
  type: SourceType
  name: string
  lang: Lang
  list: ListSelectors | null
  project: string | null
}

export type Discovery =
  | { ok: true; source: DiscoveredSource; preview: PreviewItem[]; via: 'feed' | 'alternate' | 'sitemap' | 'list' | 'govkz' }
  /** An HTML page with no feed: the admin must say where the list is (`suggested` when a guess worked). */
  | { ok: false; reason: 'needs-selectors'; url: string; name: string; lang: Lang; suggested: ListSelectors | null }
  /** A fetch that failed: `problem` says what went wrong for the admin's sentence, `detail` (the fetcher's words) follows it. */
  | { ok: false; reason: 'fetch'; problem: FetchProblem; status: number | null; detail: string }
  | { ok: false; reason: 'invalid-url' | 'scheme' | 'credentials' | 'unresolvable' | 'blocked' | 'empty' | 'unrecognised' | 'malformed'; detail: string }

/** What went wrong with a fetch, as the admin is told it: a redirect into a guarded network, no answer in time, an HTTP error, a connection refused or broken, a redirect loop. */
export type FetchProblem = 'blocked' | 'timeout' | 'http' | 'network' | 'redirects' | 'other'

function fetchFailed(failure: Omit<FetchFailure, 'ok'>, detail = failure.reason): Extract<Discovery, { reason: 'fetch' }> {
  const status = failure.status ?? null
  const problem: FetchProblem = failure.isBlocked ? 'blocked'
    : failure.isTimeout ? 'timeout'
    : status !== null && status >= 400 ? 'http'
    : status !== null && status >= 300 ? 'redirects'
    : failure.mayPass ? 'network'
    : 'other'
  return { ok: false, reason: 'fetch', problem, status, detail }
}

export interface DiscoverOptions {
  fetcher: Fetcher
  allowPrivate: boolean
  resolver: Resolver
}

/**
 * A fetcher for admin-supplied URLs: the same HTTP layer as ingestion, with connections refused
 * to loopback, private and link-local addresses (on every redirect hop) unless `allowPrivate`.
 */
export function createDiscoveryFetcher(allowPrivate: boolean, resolver: Resolver): Fetcher {
  // A handful of requests while an admin waits in chat: the per-host gap is for polls.
  const fetcher = createFetcher({ minHostGapMs: 0, resolver })
  return { fetch: (request) => fetcher.fetch({ ...request, isAddressGuarded: !allowPrivate }), close: () => fetcher.close() }
}

const GOVKZ_PATH = /^\/memleket\/entities\/([\w-]+)/

/** Kazakh letters absent from Russian decide kk; other Cyrillic ru; else en. */
function guessLang(samples: readonly string[], declared?: string | null): Lang {
  const code = langOfTag(declared)
  if (code) return code
  const text = samples.join(' ')
  if (/[әғқңөұүһі]/i.test(text)) return 'kk'
  if (/[а-яё]/i.test(text)) return 'ru'
  return 'en'
}

/** The language most of a feed's items declare (JSON Feed's per-item `language`), for a feed that declares none itself. */
function mostDeclaredLanguage(items: readonly { language: string | null }[]): Lang | null {
  const counts = new Map<Lang, number>()
  for (const item of items) {
    const lang = langOfTag(item.language)
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** `text` in at most `max` code points (the unit the sources file's cap counts), cut with … between graphemes, so no emoji or accent is split. */
function cutToCodePoints(text: string, max: number): string {
  if ([...text].length <= max) return text
  let cut = ''
  let codePoints = 0
  for (const { segment } of graphemes.segment(text)) {
    codePoints += [...segment].length
    if (codePoints > max - 1) break
    cut += segment
  }
  return `${cut.trimEnd()}…`
}

function nameFrom(title: string | null | undefined, url: string): string {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim()
  return cutToCodePoints(clean.length > 0 ? clean : hostOf(url).replace(/^www\./, ''), MAX_FOUND_NAME_LENGTH)
}

function newestFirst(items: readonly PreviewItem[]): PreviewItem[] {
  return [...items].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}

/** What ingestion would store for a link with no title or date of its own: the page's headline and date. */
async function completeFromPage(fetcher: Fetcher, item: PreviewItem, preferPageTitle: boolean): Promise<PreviewItem> {
  if (!preferPageTitle && item.title && item.publishedAt) return item
  const page = await fetcher.fetch({ url: item.url })
  if (!page.ok || page.notModified) return item
  const article = extractArticlePage(page)
  return {
    url: item.url,
    title: (preferPageTitle ? article.title || item.title : item.title || article.title) || item.url,
    publishedAt: item.publishedAt && !preferPageTitle ? item.publishedAt : (article.publishedAt?.toISOString() ?? item.publishedAt),
  }
}

async function previewFeed(response: FetchOk, fetcher: Fetcher): Promise<{ ok: true; name: string; lang: Lang; preview: PreviewItem[] } | { ok: false; reason: string }> {
  const { url: feedUrl, contentType } = response
  const xml = decodeBody(response.body, contentType, 'xml').text
  const parsed = await parseFeed(xml, feedUrl, response)
  if (!parsed.ok) return parsed
  const items = newestFirst(
    parsed.feed.items.flatMap((i) => (i.link ? [{ title: i.title, url: i.link, publishedAt: i.publishedAt?.toISOString() ?? null }] : [])),
  ).slice(0, PREVIEW_ITEMS)
  const preview = await Promise.all(items.map((i) => completeFromPage(fetcher, i, false)))
  const languageTag = parsed.feed.language ?? mostDeclaredLanguage(parsed.feed.items) ?? /<(?:language|dc:language)>\s*([\w-]+)/i.exec(xml.slice(0, 5000))?.[1] ?? /<feed[^>]*xml:lang="([\w-]+)"/i.exec(xml.slice(0, 2000))?.[1]
  return { ok: true, name: nameFrom(parsed.feed.title, feedUrl), lang: guessLang(preview.map((p) => p.title), languageTag), preview }
}

async function previewSitemap(xml: string, url: string, fetcher: Fetcher): Promise<{ ok: true; preview: PreviewItem[] } | { ok: false; reason: string }> {
  const parsed = parseSitemap(xml, url)
  if (!parsed.ok) return parsed
  let entries: SitemapEntry[]
  if (parsed.kind === 'index') {
    const newest = [...parsed.sitemaps].sort((a, b) => (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0))[0]
    if (!newest) return { ok: false, reason: 'empty sitemap index' }
    const child = await fetcher.fetch({ url: newest.url })
    if (!child.ok || child.notModified) return { ok: false, reason: `child sitemap ${newest.url}: ${child.ok ? 'not modified' : child.reason}` }
    const childParsed = parseSitemap(decodeBody(child.body, child.contentType, 'xml').text, child.url)
    if (!childParsed.ok || childParsed.kind !== 'urlset') return { ok: false, reason: 'child sitemap unreadable' }
    entries = childParsed.entries
  } else {
    entries = parsed.entries
  }
  const items = newestFirst(entries.map((e) => ({ title: e.title ?? '', url: e.url, publishedAt: (e.publishedAt ?? e.lastModified)?.toISOString() ?? null }))).slice(0, PREVIEW_ITEMS)
  return { ok: true, preview: await Promise.all(items.map((i) => completeFromPage(fetcher, i, false))) }
}

/** Previews an HTML news list with the given selectors; `null` when they find no links. */
async function previewList(html: string, page: FetchOk, selectors: ListSelectors, fetcher: Fetcher): Promise<PreviewItem[] | null> {
  const parsed = parseListPage(html, page.url, selectors, page.fetchedAt)
  if (!parsed.ok || parsed.entries.length === 0) return null
  const items = parsed.entries.slice(0, PREVIEW_ITEMS).map((e) => ({ title: e.title ?? '', url: e.url, publishedAt: e.publishedAt?.toISOString() ?? null }))
  return Promise.all(items.map((i) => completeFromPage(fetcher, i, true)))
}

/**
 * A guess at a news list's selectors: the most repeated parent pattern (tag and classes) of
 * links with headline-length text. Only offered when it yields at least MIN_LIST_ENTRIES links.
 */
export function suggestListSelectors(html: string): ListSelectors | null {
  const $ = loadHtml(html)
  const counts = new Map<string, number>()
  $('a[href]').each((_, a) => {
    if ($(a).text().replace(/\s+/g, ' ').trim().length < MIN_LINK_TEXT_CHARS) return
    const parent = $(a).parent()
    const tag = parent.prop('tagName')?.toLowerCase()
    if (!tag || tag === 'body' || tag === 'nav') return
    const classes = (parent.attr('class') ?? '').split(/\s+/).filter((c) => /^[a-z][\w-]*$/i.test(c)).slice(0, 2)
    const selector = [tag, ...classes].join('.')
    counts.set(selector, (counts.get(selector) ?? 0) + 1)
  })
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] >= MIN_LIST_ENTRIES ? { item: best[0], link: 'a' } : null
}

/** A feed of comments, not of news (WordPress lists one on every page, right after the site's). */
const COMMENTS_FEED = /comment/i

/**
 * The page's own feed among those it links: not a comments feed; in the page's language when the
 * links say theirs (hreflang); and the one under the page's own path when there is one (a
 * category page's feed rather than the whole site's). Ties keep the page's order.
 */
function alternateFeedUrl(html: string, pageUrl: string): string | null {
  const $ = loadHtml(html)
  const lang = htmlLang(html)?.toLowerCase().split('-')[0]
  const pagePath = new URL(pageUrl).pathname.replace(/\/+$/, '')
  const feeds = $('link[rel~="alternate"]')
    .toArray()
    // JSON Feed's own type only: WordPress links every page's REST API record as application/json.
    .filter((el) => /application\/((rss|atom|rdf)\+xml|feed\+json)/i.test($(el).attr('type') ?? ''))
    .map((el, order) => ({ url: resolveUrl($(el).attr('href'), pageUrl), title: $(el).attr('title') ?? '', hreflang: ($(el).attr('hreflang') ?? '').toLowerCase().split('-')[0], order }))
    .filter((f): f is typeof f & { url: string } => f.url !== null)
  const score = (f: (typeof feeds)[number]): number => {
    const isComments = COMMENTS_FEED.test(f.title) || COMMENTS_FEED.test(new URL(f.url).pathname)
    const isOwnPath = pagePath !== '' && new URL(f.url).pathname.startsWith(`${pagePath}/`)
    const isOtherLanguage = lang !== undefined && f.hreflang !== '' && f.hreflang !== lang
    return (isComments ? -4 : 0) + (isOtherLanguage ? -2 : 0) + (isOwnPath ? 1 : 0)
  }
  const best = feeds.sort((a, b) => score(b) - score(a) || a.order - b.order)[0]
  return best?.url ?? null
}

function pageTitle(html: string): string {
  const $ = loadHtml(html)
  return $('meta[property="og:site_name"]').attr('content') ?? $('title').first().text()
}

function htmlLang(html: string): string | null {
  return /<html[^>]*\slang="([\w-]+)"/i.exec(html.slice(0, 3000))?.[1] ?? null
}

/** The feed parser's prefix to a feed that does not parse ("malformed feed: Unexpected close tag", "malformed JSON feed: …"). */
const MALFORMED = /^malformed (JSON )?feed: /

/**
 * Finds out what an admin-supplied URL is (RSS/Atom/RDF or JSON Feed, an HTML page linking its feed with
 * `<link rel="alternate">`, a sitemap, a gov.kz entity, or an HTML list that needs selectors),
 * fetches it once and returns the newest items as ingestion would store them. Refuses
 * non-http(s) URLs and, unless allowed, addresses in loopback, private or link-local ranges.
 */
export async function discoverSource(rawUrl: string, { fetcher, allowPrivate, resolver }: DiscoverOptions): Promise<Discovery> {
  const checked = await checkUrlAddress(rawUrl, { allowPrivate, resolver })
  if (!checked.ok) return checked
  const url = checked.url.href

  const govkz = /(^|\.)gov\.kz$/i.test(checked.url.hostname) ? GOVKZ_PATH.exec(checked.url.pathname) : null
  if (govkz) {
    const project = govkz[1]!
    const lang = guessLang([], checked.url.searchParams.get('lang') ?? 'ru')
    const result = await fetchGovkzNews(fetcher, { url, project, lang })
    if (!result.ok) return fetchFailed(result)
    const preview = newestFirst(result.items.map((i) => ({ title: i.title, url: i.url, publishedAt: i.publishedAt?.toISOString() ?? null }))).slice(0, PREVIEW_ITEMS)
    return { ok: true, via: 'govkz', preview, source: { url, type: 'govkz', name: nameFrom(`gov.kz ${project}`, url), lang, list: null, project } }
  }

  const response = await fetcher.fetch({ url })
  if (!response.ok) return fetchFailed(response)
  if (response.notModified || response.body.length === 0) return { ok: false, reason: 'empty', detail: url }
  const head = response.body.subarray(0, 4096).toString('latin1')
  const finalUrl = response.url

  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head) || isJsonBody(head, response.contentType)) {
    const feed = await previewFeed(response, fetcher)
    if (!feed.ok) {
      // A feed whose XML or JSON does not parse is a feed: the admin is told so in their language, the parser's words following as the detail.
      const malformed = MALFORMED.exec(feed.reason)
      return malformed ? { ok: false, reason: 'malformed', detail: feed.reason.slice(malformed[0].length) } : { ok: false, reason: 'unrecognised', detail: feed.reason }
    }
    return { ok: true, via: 'feed', preview: feed.preview, source: { url: finalUrl, type: 'rss', name: feed.name, lang: feed.lang, list: null, project: null } }
  }
  if (/<(\w+:)?(urlset|sitemapindex)[\s>]/i.test(head)) {
    const sitemap = await previewSitemap(decodeBody(response.body, response.contentType, 'xml').text, finalUrl, fetcher)
    if (!sitemap.ok) return { ok: false, reason: 'unrecognised', detail: sitemap.reason }
    const lang = guessLang(sitemap.preview.map((p) => p.title))
    return { ok: true, via: 'sitemap', preview: sitemap.preview, source: { url: finalUrl, type: 'sitemap', name: nameFrom(null, finalUrl), lang, list: null, project: null } }
  }

  const html = decodeBody(response.body, response.contentType, 'html').text
  if (!/<(html|body|a)[\s>]/i.test(html.slice(0, 20_000))) return { ok: false, reason: 'unrecognised', detail: response.contentType ?? 'unknown content' }
  const feedUrl = alternateFeedUrl(html, finalUrl)
  if (feedUrl) {
    const feedCheck = await checkUrlAddress(feedUrl, { allowPrivate, resolver })
    if (!feedCheck.ok) return feedCheck
    const feedResponse = await fetcher.fetch({ url: feedUrl })
    if (!feedResponse.ok) return fetchFailed(feedResponse, `${feedUrl}: ${feedResponse.reason}`)
    const feed = await previewFeed(feedResponse, fetcher)
    if (feed.ok) {
      return { ok: true, via: 'alternate', preview: feed.preview, source: { url: feedResponse.url, type: 'rss', name: feed.name, lang: feed.lang, list: null, project: null } }
    }
  }
  const name = nameFrom(pageTitle(html), finalUrl)
  const suggested = suggestListSelectors(html)
  const works = suggested ? (parseListPage(html, finalUrl, suggested).ok ? suggested : null) : null
  return { ok: false, reason: 'needs-selectors', url: finalUrl, name, lang: guessLang([name], htmlLang(html)), suggested: works }
}

/** What an address of a plain list turned out to be (probeListedAddress). */
export type ListedAddress =
  | { kind: 'feed' | 'sitemap'; url: string }
  | { kind: 'govkz'; url: string; project: string }
  /** A web page that links no feed of its own: a list only /addsource can be taught to read. */
  | { kind: 'page' }
  /** Not reached now (down, refused, no answer in time) or not recognised: taken as typed. */
  | { kind: 'unknown' }

/**
 * What an address typed in a plain list is, from one fetch and no previews (a list may hold hundreds): a feed, a
 * sitemap, a gov.kz section, a page whose own feed it links (that feed, its address guarded as the page's), or a page
 * with no feed. The checks discoverSource makes for /addsource and a suggested source, without what it shows.
 */
export async function probeListedAddress(url: string, { fetcher, allowPrivate, resolver }: DiscoverOptions): Promise<ListedAddress> {
  const parsed = new URL(url)
  const govkz = /(^|\.)gov\.kz$/i.test(parsed.hostname) ? GOVKZ_PATH.exec(parsed.pathname) : null
  if (govkz) return { kind: 'govkz', url, project: govkz[1]! }
  const response = await fetcher.fetch({ url })
  if (!response.ok || response.notModified || response.body.length === 0) return { kind: 'unknown' }
  const head = response.body.subarray(0, 4096).toString('latin1')
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head) || isJsonBody(head, response.contentType)) return { kind: 'feed', url }
  if (/<(\w+:)?(urlset|sitemapindex)[\s>]/i.test(head)) return { kind: 'sitemap', url }
  const html = decodeBody(response.body, response.contentType, 'html').text
  if (!/<(html|body|a)[\s>]/i.test(html.slice(0, 20_000))) return { kind: 'unknown' }
  const feedUrl = alternateFeedUrl(html, response.url)
  if (feedUrl && (await checkUrlAddress(feedUrl, { allowPrivate, resolver })).ok) return { kind: 'feed', url: feedUrl }
  return { kind: 'page' }
}

/** Fetches an HTML news list once and previews it with the admin's selectors. */
export async function discoverListPage(pageUrl: string, selectors: ListSelectors, { fetcher, allowPrivate, resolver }: DiscoverOptions): Promise<Discovery> {
  const checked = await checkUrlAddress(pageUrl, { allowPrivate, resolver })
  if (!checked.ok) return checked
  const response = await fetcher.fetch({ url: checked.url.href })
  if (!response.ok) return fetchFailed(response)
  const html = decodeBody(response.body, response.contentType, 'html').text
  const preview = await previewList(html, response, selectors, fetcher)
  if (!preview) return { ok: false, reason: 'empty', detail: selectors.item }
  const name = nameFrom(pageTitle(html), response.url)
  return { ok: true, via: 'list', preview, source: { url: response.url, type: 'html', name, lang: guessLang([name, ...preview.map((p) => p.title)], htmlLang(html)), list: selectors, project: null } }
}

/** "item | link | title | date" as typed by an admin; title and date may be left out. */
export function parseSelectorsAnswer(text: string): ListSelectors | null {
  const [item, link, title, date] = text.split('|').map((s) => s.trim())
  if (!item || !link) return null
  return { item, link, ...(title ? { title } : {}), ...(date ? { date } : {}) }
}
