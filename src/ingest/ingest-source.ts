import { createHash } from 'node:crypto'
import PQueue from 'p-queue'
import { enqueueAlerts } from '../alerts/enqueue.js'
import type { Classifier } from '../classify/classify.js'
import { LANGS, type Classification, type Lang } from '../classify/types.js'
import { findKnownArticles, saveNewArticles, updateArticle, type ArticleInput, type KnownArticle, type SavedArticle } from '../db/articles.js'
import type { ArticleStatus, SourceRow } from '../db/schema.js'
import { recordPollFailure, recordPollSuccess } from '../db/sources.js'
import { hasAlertRecipients } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import { extractArticle } from './article.js'
import type { DateOrigin } from './dates.js'
import { decodeBody } from './decode.js'
import { parseFeed } from './feed.js'
import type { Fetcher } from './fetch.js'
import { fetchGovkzNews } from './govkz.js'
import { parseListPage, type ListSelectors } from './list-page.js'
import { parseSitemap, type SitemapEntry } from './sitemap.js'
import { normalizeUrl } from './url.js'

/** A feed item with less text than this is a teaser: the article page is fetched. */
const TEASER_MAX_CHARS = 1500
/** Newest sitemap URLs looked at per poll (a sitemap can list 50 000). */
const MAX_SITEMAP_ENTRIES = 50
/** Child sitemaps of an index read per poll, the most recently modified first. */
const MAX_CHILD_SITEMAPS = 2
/** Article pages of one source fetched at once (the fetcher still allows ≤ 2 per host). */
const PAGE_CONCURRENCY = 4
const DAY_MS = 24 * 3_600_000
/** Below this, two bodies with the same hash are too short to be called the same story. */
const MIN_HASHED_BODY_CHARS = 200

export interface SourceSummary {
  source: SourceRow
  fetched: number
  new: number
  relevant: number
  flagged: number
  error: string | null
  flaggedArticleIds: number[]
  /** Crossed SOURCE_FAILURES_BEFORE_NOTICE with this poll (tell admins once). */
  isNewlyFailing: boolean
  /** Admins had been told it was failing, and it works again. */
  isRecovered: boolean
}

/** One line per source, as spec.md § Commands fixes it for `npm run ingest -- --once`. */
export function formatSummaryLine(s: SourceSummary): string {
  const line = `${s.source.name}: fetched=${s.fetched} new=${s.new} relevant=${s.relevant} flagged=${s.flagged}`
  return s.error ? `${line} error=${s.error.replace(/\s+/g, ' ')}` : line
}

export interface IngestContext {
  deps: AppDeps
  fetcher: Fetcher
  /** Built once per cycle with the admin-taught aliases (createClassifier). */
  classifier: Classifier
  signal?: AbortSignal
}

interface Candidate {
  url: string
  guid: string | null
  title: string | null
  /** Text the listing itself carries (a feed's description, the portal's body). */
  text: string
  /** The listing carries the whole article: its page is not fetched. */
  isFullText: boolean
  date: Date | null
  dateOrigin: DateOrigin
  /** Sitemap lastmod: a newer one means the article changed. */
  modifiedAt: Date | null
  /** html sources: the page's headline wins over the list's link text. */
  isPageTitlePreferred: boolean
}

type Listing =
  | { ok: true; notModified: boolean; candidates: Candidate[]; etag: string | null; lastModified: string | null; freshUntil: Date | null; ttlMinutes: number | null }
  | { ok: false; reason: string; retryAt?: Date | null }

/** Lower-case letters and digits only, whitespace folded: the text a fingerprint is taken of. */
function normalizeForHash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, '').replace(/\s+/g, ' ').trim()
}

function fingerprint(text: string): string {
  return createHash('sha1').update(normalizeForHash(text)).digest('hex').slice(0, 20)
}

function statusOf(c: Classification, threshold: number): ArticleStatus {
  if (c.confidence < threshold) return 'flagged'
  return c.relevant ? 'published' : 'rejected'
}

function withJitter(ms: number): number {
  // Up to 10 % later, so sources added together drift apart instead of polling in lockstep.
  return ms * (1 + Math.random() * 0.1)
}

async function listItems(ctx: IngestContext, source: SourceRow): Promise<Listing> {
  const { fetcher, signal } = ctx
  if (source.type === 'govkz') {
    const result = await fetchGovkzNews(fetcher, { url: source.url, project: source.project ?? '', lang: source.lang }, signal)
    if (!result.ok) return result
    return {
      ok: true, notModified: false, etag: null, lastModified: null, freshUntil: null, ttlMinutes: null,
      candidates: result.items.map((item) => ({
        // The API's body is the whole article; the portal's page is a JavaScript shell.
        url: item.url, guid: `govkz:${item.id}`, title: item.title, text: item.text, isFullText: true, date: item.publishedAt,
        dateOrigin: 'feed', modifiedAt: null, isPageTitlePreferred: false,
      })),
    }
  }
  const response = await fetcher.fetch({ url: source.url, etag: source.etag, lastModified: source.last_modified, signal })
  if (!response.ok) return response
  const base = { etag: response.etag, lastModified: response.lastModified, freshUntil: response.freshUntil }
  if (response.notModified) return { ok: true, notModified: true, candidates: [], ttlMinutes: null, ...base }
  if (response.body.length === 0) return { ok: false, reason: 'empty body' }

  if (source.type === 'rss') {
    const parsed = await parseFeed(decodeBody(response.body, response.contentType, 'xml').text, response.url)
    if (!parsed.ok) return parsed
    return {
      ok: true, notModified: false, ttlMinutes: parsed.feed.ttlMinutes, ...base,
      candidates: parsed.feed.items.flatMap((item) =>
        item.link
          ? [{ url: item.link, guid: item.guid, title: item.title || null, text: item.text, isFullText: item.text.length >= TEASER_MAX_CHARS, date: item.publishedAt, dateOrigin: 'feed' as const, modifiedAt: null, isPageTitlePreferred: false }]
          : [],
      ),
    }
  }
  if (source.type === 'sitemap') {
    const entries = await readSitemap(ctx, response.body, response.contentType, response.url)
    if (!entries.ok) return entries
    return {
      ok: true, notModified: false, ttlMinutes: null, ...base,
      candidates: entries.entries.map((e) => ({
        url: e.url, guid: null, title: e.title, text: '', isFullText: false, date: e.publishedAt, dateOrigin: 'feed' as const,
        modifiedAt: e.lastModified, isPageTitlePreferred: false,
      })),
    }
  }
  if (!source.list_selectors) return { ok: false, reason: 'html source without list selectors' }
  const selectors = JSON.parse(source.list_selectors) as ListSelectors
  const parsed = parseListPage(decodeBody(response.body, response.contentType, 'html').text, response.url, selectors)
  if (!parsed.ok) return parsed
  return {
    ok: true, notModified: false, ttlMinutes: null, ...base,
    candidates: parsed.entries.map((e) => ({
      url: e.url, guid: null, title: e.title, text: '', isFullText: false, date: e.publishedAt, dateOrigin: 'page' as const,
      modifiedAt: null, isPageTitlePreferred: true,
    })),
  }
}

function newestFirst<T extends { lastModified: Date | null }>(a: T, b: T): number {
  return (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0)
}

async function readSitemap(ctx: IngestContext, body: Buffer, contentType: string | null, url: string): Promise<{ ok: true; entries: SitemapEntry[] } | { ok: false; reason: string }> {
  const parsed = parseSitemap(decodeBody(body, contentType, 'xml').text, url)
  if (!parsed.ok) return parsed
  if (parsed.kind === 'urlset') return { ok: true, entries: pickNewest(parsed.entries) }
  const children = [...parsed.sitemaps].sort(newestFirst).slice(0, MAX_CHILD_SITEMAPS)
  const entries: SitemapEntry[] = []
  let failure: string | null = null
  for (const child of children) {
    const response = await ctx.fetcher.fetch({ url: child.url, signal: ctx.signal })
    const childParsed = response.ok ? parseSitemap(decodeBody(response.body, response.contentType, 'xml').text, response.url) : response
    if (childParsed.ok && childParsed.kind === 'urlset') entries.push(...childParsed.entries)
    else if (!childParsed.ok) failure = `child sitemap ${child.url}: ${childParsed.reason}`
  }
  // One dead child sitemap is tolerated; none readable is a failed poll.
  if (failure && entries.length === 0) return { ok: false, reason: failure }
  return { ok: true, entries: pickNewest(entries) }
}

function pickNewest(entries: SitemapEntry[]): SitemapEntry[] {
  const dated = entries.map((e) => ({ ...e, lastModified: e.publishedAt ?? e.lastModified }))
  return dated.sort(newestFirst).slice(0, MAX_SITEMAP_ENTRIES)
}

function isChanged(candidate: Candidate, known: KnownArticle, sourceId: number): boolean {
  // The same story met in another source's listing was stored from there, and stays as stored.
  if (known.sourceId !== sourceId) return false
  if (known.bodyLength === 0) return true
  if (candidate.modifiedAt && candidate.modifiedAt.toISOString() > known.updatedAt) return true
  if (!candidate.isPageTitlePreferred && candidate.title && candidate.title !== known.title) return true
  // A listing with full text shows an edit without fetching the page.
  return candidate.isFullText && candidate.text !== '' && fingerprint(candidate.text) !== known.contentHash
}

interface Prepared {
  candidate: Candidate
  urlKey: string
  known: KnownArticle | undefined
}

async function completeArticle(ctx: IngestContext, source: SourceRow, item: Prepared, now: Date): Promise<Omit<ArticleInput, 'classification' | 'status' | 'isBacklog' | 'contentHash' | 'storyKey'> | null> {
  const { candidate } = item
  let title = candidate.title ?? ''
  let body = candidate.text
  let date = candidate.date
  let dateOrigin: DateOrigin = candidate.dateOrigin
  if (!candidate.isFullText) {
    const page = await ctx.fetcher.fetch({ url: candidate.url, signal: ctx.signal })
    if (page.ok && !page.notModified && page.body.length > 0) {
      const article = extractArticle(decodeBody(page.body, page.contentType, 'html').text, page.url)
      if (article.text.length > body.length) body = article.text
      if (candidate.isPageTitlePreferred ? article.title : !title) title = article.title || title
      if (article.publishedAt && (!date || candidate.isPageTitlePreferred)) {
        date = article.publishedAt
        dateOrigin = 'page'
      }
    } else if (!page.ok) {
      ctx.deps.logger.debug({ source: source.name, url: candidate.url, reason: page.reason }, 'article page not fetched')
      // Nothing but a link: try again next poll rather than store an empty article.
      if (!title && !body) return null
    }
  }
  if (!title && !body) return null
  // A date in the future is a time-zone or typing error, not news from tomorrow.
  if (date && date.getTime() > now.getTime() + DAY_MS) date = null
  if (!date) {
    date = now
    dateOrigin = 'fetch'
  }
  const declared = LANGS.includes(source.lang as Lang) ? source.lang : 'ru'
  return {
    sourceId: source.id, url: candidate.url, urlKey: item.urlKey, guid: candidate.guid, title: title || body.slice(0, 120),
    body, lang: declared, publishedAt: date, publishedAtOrigin: dateOrigin, fetchedAt: now,
  }
}

/**
 * Records a failed poll on the source: health, and the next try after a backoff doubling from
 * the poll interval, capped at a day, never before the server's Retry-After.
 */
export async function recordFailedPoll(deps: AppDeps, source: SourceRow, now: Date, reason: string, retryAt?: Date | null): Promise<{ isNewlyFailing: boolean }> {
  deps.metrics.sourceErrors.inc({ source: source.name })
  const failures = source.consecutive_failures + 1
  const backoff = Math.min(withJitter(deps.config.pollIntervalSeconds * 1000 * 2 ** (failures - 1)), DAY_MS)
  let next = now.getTime() + backoff
  if (retryAt) next = Math.min(Math.max(next, retryAt.getTime()), now.getTime() + DAY_MS)
  const recorded = await recordPollFailure(deps.db, source, {
    now, error: reason, nextPollAt: new Date(next), failuresBeforeNotice: deps.config.sourceFailuresBeforeNotice,
  })
  deps.logger.warn({ source: source.name, reason, failures: recorded.consecutiveFailures }, 'source poll failed')
  return { isNewlyFailing: recorded.isNewlyFailing }
}

/**
 * Polls one source end to end: fetch the listing (conditional GET), pick new or changed
 * items, fetch their pages when the listing has only teasers, extract, classify, and store
 * them with their alerts in one transaction. Expected failures are recorded on the source
 * (backoff, health) and returned in the summary; nothing is thrown for them.
 */
export async function ingestSource(ctx: IngestContext, source: SourceRow): Promise<SourceSummary> {
  const { deps } = ctx
  const started = performance.now()
  const now = deps.clock.now()
  const summary: SourceSummary = {
    source, fetched: 0, new: 0, relevant: 0, flagged: 0, error: null, flaggedArticleIds: [], isNewlyFailing: false, isRecovered: false,
  }
  const intervalMs = deps.config.pollIntervalSeconds * 1000
  try {
    const listing = await listItems(ctx, source)
    if (!listing.ok && ctx.signal?.aborted) return { ...summary, error: 'aborted' }
    if (!listing.ok) {
      summary.error = listing.reason
      summary.isNewlyFailing = (await recordFailedPoll(deps, source, now, listing.reason, listing.retryAt)).isNewlyFailing
      return summary
    }

    let waitMs = intervalMs
    if (listing.freshUntil) waitMs = Math.max(waitMs, listing.freshUntil.getTime() - now.getTime())
    if (listing.ttlMinutes) waitMs = Math.max(waitMs, listing.ttlMinutes * 60_000)
    const nextPollAt = new Date(now.getTime() + withJitter(Math.min(waitMs, DAY_MS)))
    const pollState = { now, etag: listing.etag, lastModified: listing.lastModified, nextPollAt }

    summary.fetched = listing.candidates.length
    deps.metrics.itemsFetched.inc({ source: source.name }, listing.candidates.length)

    const byKey = new Map<string, Candidate>()
    for (const candidate of listing.candidates) {
      const key = normalizeUrl(candidate.url)
      if (!byKey.has(key)) byKey.set(key, candidate)
    }
    const guids = [...byKey.values()].flatMap((c) => (c.guid ? [c.guid] : []))
    const known = await findKnownArticles(deps.db, { sourceId: source.id, urlKeys: [...byKey.keys()], guids })
    const knownByKey = new Map(known.map((k) => [k.urlKey, k]))
    const knownByGuid = new Map(known.filter((k) => k.sourceId === source.id && k.guid).map((k) => [k.guid!, k]))
    const todo: Prepared[] = []
    for (const [urlKey, candidate] of byKey) {
      const match = knownByKey.get(urlKey) ?? (candidate.guid ? knownByGuid.get(candidate.guid) : undefined)
      if (match && !isChanged(candidate, match, source.id)) continue
      todo.push({ candidate, urlKey: match?.urlKey ?? urlKey, known: match })
    }

    const pages = new PQueue({ concurrency: PAGE_CONCURRENCY })
    const completed = (await Promise.all(todo.map((item) => pages.add(async () => ({ item, article: await completeArticle(ctx, source, item, now) })))))
      .filter((x): x is { item: Prepared; article: NonNullable<typeof x.article> } => x.article !== null)
    if (ctx.signal?.aborted) return summary

    const threshold = deps.config.confidenceThreshold
    const isBacklog = source.first_polled_at === null
    const inputs = completed.map(({ item, article }) => {
      const lang = LANGS.includes(article.lang as Lang) ? (article.lang as Lang) : null
      const stop = deps.metrics.classifyDuration.startTimer()
      const classification = ctx.classifier({ title: article.title, body: article.body, lang })
      stop()
      const input: ArticleInput = {
        ...article,
        lang: classification.lang === 'other' ? article.lang : classification.lang,
        contentHash: fingerprint(article.body || article.title),
        storyKey: fingerprint(article.title),
        isBacklog,
        classification,
        status: statusOf(classification, threshold),
      }
      return { item, input }
    })

    // The same text under another URL (a mirror domain, a second feed of the site) is one story.
    const hashes = inputs.filter((x) => !x.item.known && x.input.body.length >= MIN_HASHED_BODY_CHARS).map((x) => x.input.contentHash)
    const sameText = new Set((await findKnownArticles(deps.db, { sourceId: source.id, urlKeys: [], guids: [], contentHashes: hashes })).map((k) => k.contentHash))

    const toSave = inputs.filter(({ item, input }) => {
      if (item.known || input.body.length < MIN_HASHED_BODY_CHARS) return true
      if (sameText.has(input.contentHash)) return false
      sameText.add(input.contentHash)
      return true
    })
    const saved = await deps.db.transaction().execute(async (trx) => {
      const fresh = await saveNewArticles(trx, toSave.filter((x) => !x.item.known).map((x) => x.input), now)
      const results: SavedArticle[] = []
      let nextFresh = 0
      let isAlerting: boolean | undefined
      for (const { item, input } of toSave) {
        const result = item.known ? await updateArticle(trx, item.known.id, input, now) : fresh[nextFresh++]
        if (!result) continue
        if (result.isNewlyPublished) {
          // Most polls publish with nobody subscribed to anything yet: one query, not four per item.
          isAlerting ??= await hasAlertRecipients(trx)
          if (isAlerting) await enqueueAlerts(trx, result.id, { now, maxAgeHours: deps.config.alertMaxAgeHours })
        }
        results.push(result)
      }
      const { isRecovered } = await recordPollSuccess(trx, source, pollState)
      summary.isRecovered = isRecovered
      return results
    })

    for (const result of saved) {
      if (result.isNew) summary.new++
      if (result.isRelevant) summary.relevant++
      if (result.status === 'flagged') {
        summary.flagged++
        summary.flaggedArticleIds.push(result.id)
      }
      if (result.isNewlyPublished) deps.metrics.itemsPublished.inc()
    }
    deps.metrics.itemsStored.inc({ source: source.name }, saved.length)
    deps.metrics.itemsFlagged.inc(summary.flagged)
    return summary
  } finally {
    deps.metrics.pollDuration.observe({ source: source.name }, (performance.now() - started) / 1000)
  }
}
