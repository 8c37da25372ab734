import PQueue from 'p-queue'
import { enqueueAlerts, enqueueEditAlerts } from '../alerts/enqueue.js'
import type { Classifier } from '../classify/classify.js'
import type { Classification } from '../classify/types.js'
import { findKnownArticles, readStoredBody, saveNewArticles, updateArticle, type ArticleInput, type KnownArticle, type SavedArticle } from '../db/articles.js'
import type { Transaction } from 'kysely'
import type { GroupCommit, Write } from '../db/group-commit.js'
import type { ArticleStatus, Database, SourceType } from '../db/schema.js'
import { clearPageFailures, readPageFailures, recordPageFailures } from '../db/page-retries.js'
import { recordPollSuccess, type Source } from '../db/sources.js'
import { hasAlertRecipients } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import type { DateOrigin } from './dates.js'
import type { Fetcher } from './fetch.js'
import { listGovkz } from './listing/govkz.js'
import { listHtml } from './listing/html.js'
import type { Candidate, Lister } from './listing/listing.js'
import { listRss } from './listing/rss.js'
import { listSitemap } from './listing/sitemap.js'
import { cleanBody, cleanTitle, fingerprint, MAX_STORED_BODY_CHARS, MAX_STORED_TITLE_CHARS } from './article-text.js'
import type { PipelineWork } from './pipeline-work.js'
import { nextPollAfterSuccess, recordFailedPoll } from './schedule.js'
import { normalizeUrl } from '../url.js'

/** Article pages of one source fetched at once (the fetcher still allows ≤ 2 per host). */
const PAGE_CONCURRENCY = 4
/**
 * New or changed items read per poll; the rest wait for the next polls, so one poll of a feed
 * listing 100,000 items ends in bounded time (its validators are not kept, so the next poll
 * reads the feed again).
 */
export const MAX_ITEMS_PER_POLL = 500
/** Polls in a row an item's page may fail at in a way that may pass before the item is stored from the listing's text. */
export const PAGE_POLLS_TRIED = 3
const DAY_MS = 24 * 3_600_000
/** Below this, two bodies with the same hash are too short to be called the same story. */
const MIN_HASHED_BODY_CHARS = 200
/** Without a headline, this much of the text names the article. */
const TITLE_FROM_BODY_CHARS = 120

export interface SourceSummary {
  source: Source
  fetched: number
  new: number
  relevant: number
  flagged: number
  error: string | null
  /** What went wrong with some items, or with the listing, without failing the poll. */
  warnings: string[]
  flaggedArticleIds: number[]
  /** Crossed SOURCE_FAILURES_BEFORE_NOTICE with this poll (tell admins once). */
  isNewlyFailing: boolean
  /** Admins had been told it was failing, and it works again. */
  isRecovered: boolean
}

/** One line per source, as spec.md § Commands fixes it for `npm run ingest -- --once`. */
/** A name or reason on one line: a line break in a source's name would otherwise print a second, forged summary line. */
const oneLine = (text: string): string => text.replace(/[\s\p{Cc}]+/gu, ' ')

export function formatSummaryLine(s: SourceSummary): string {
  const line = `${oneLine(s.source.name)}: fetched=${s.fetched} new=${s.new} relevant=${s.relevant} flagged=${s.flagged}`
  return s.error ? `${line} error=${oneLine(s.error)}` : line
}

/** What was wrong with some items without failing the poll, one line (stderr: the summary line's format is fixed), or null. */
export function formatWarningLine(s: SourceSummary): string | null {
  return s.warnings.length > 0 ? `${oneLine(s.source.name)}: warning: ${oneLine(s.warnings.join('; '))}` : null
}

/** A summary of a poll that stored nothing. */
export function emptySummary(source: Source, fields: Partial<SourceSummary> = {}): SourceSummary {
  return { source, fetched: 0, new: 0, relevant: 0, flagged: 0, error: null, warnings: [], flaggedArticleIds: [], isNewlyFailing: false, isRecovered: false, ...fields }
}

/** What a poll cycle shares: the HTTP client, the worker threads and the classifier's settings. */
export interface IngestTools {
  fetcher: Fetcher
  work: PipelineWork
}

export interface IngestContext extends IngestTools {
  deps: AppDeps
  /** Built once per cycle with the admin-taught aliases (createClassifier). */
  classifier: Classifier
  /** Where sources polled together commit what they store; without it, each in a transaction of its own. */
  commits?: GroupCommit
  signal?: AbortSignal
}

const LISTERS: Record<SourceType, Lister> = { rss: listRss, sitemap: listSitemap, html: listHtml, govkz: listGovkz }

/** A threshold of 1 sends every item to review: a confidence is rounded to three places, so 1.000 would otherwise pass. */
function statusOf(c: Classification, threshold: number): ArticleStatus {
  if (c.confidence < threshold || threshold >= 1) return 'flagged'
  return c.relevant ? 'published' : 'rejected'
}

function isChanged(candidate: Candidate, known: KnownArticle, sourceId: number): boolean {
  // The same story met in another source's listing was stored from there, and stays as stored.
  if (known.sourceId !== sourceId) return false
  if (known.bodyLength === 0) return true
  if (candidate.modifiedAt && candidate.modifiedAt.toISOString() > known.updatedAt) return true
  if (!candidate.isPageTitlePreferred && candidate.title && candidate.title !== known.title) return true
  // A listing with full text shows an edit without fetching the page (the stored text is its bounded, cleaned form).
  return candidate.isFullText && candidate.text !== '' && fingerprint(cleanBody(candidate.text).text) !== known.contentHash
}

interface Prepared {
  candidate: Candidate
  urlKey: string
  known: KnownArticle | undefined
}

/** Why an item of a poll was left out or changed, counted for the summary. */
type ItemTrouble = 'link-refused' | 'unreadable' | 'page-retry' | 'page-missing' | 'page-textless' | 'text-kept' | 'title-cut' | 'body-cut' | 'deferred'

const TROUBLE_TEXT: Record<ItemTrouble, (n: number) => string> = {
  'link-refused': (n) => `${n} item link(s) refused (private, loopback or reserved address)`,
  unreadable: (n) => `${n} article page(s) not read (a body that would not decompress, or the reader gave up or crashed on them)`,
  'page-retry': (n) => `${n} item(s) left for the next poll: their article page did not load (a timeout, a network error, HTTP 429 or 5xx; tried at up to ${PAGE_POLLS_TRIED} polls)`,
  'page-missing': (n) => `${n} item(s) stored from the listing's text alone: their article page will not load (HTTP 404 or another refusal, a page too large, or failing at ${PAGE_POLLS_TRIED} polls in a row)`,
  'page-textless': (n) => `${n} item(s) stored from the listing's text alone: their article page holds no more text than the listing (a PDF, a blank page, or one a script fills in)`,
  'text-kept': (n) => `${n} changed item(s) kept their stored text: their article page now will not load or holds no article text`,
  'title-cut': (n) => `${n} title(s) cut to ${MAX_STORED_TITLE_CHARS} characters`,
  'body-cut': (n) => `${n} text(s) cut to ${MAX_STORED_BODY_CHARS} characters`,
  deferred: (n) => `${n} item(s) left for the next polls (at most ${MAX_ITEMS_PER_POLL} a poll)`,
}

type Completed = Omit<ArticleInput, 'status' | 'isBacklog'>

/** `retryPage`: leaves the item for the next poll when its page fails in a way that may pass; null when it may not wait any longer. */
async function completeArticle(ctx: IngestContext, source: Source, item: Prepared, now: Date, trouble: (t: ItemTrouble) => void, retryPage: (() => void) | null): Promise<Completed | null> {
  const { candidate } = item
  const isGuarded = isAddressGuarded(ctx, source)
  let title = candidate.title ?? ''
  let body = candidate.text
  let date = candidate.date
  let dateOrigin: DateOrigin = candidate.dateOrigin
  if (!candidate.isFullText) {
    const page = await ctx.fetcher.fetch({
      url: candidate.url, isAddressGuarded: isGuarded, signal: ctx.signal, whenReady: () => ctx.work.whenReadersKeepUp(), isBodyLeftEncoded: true,
    })
    if (!page.ok && page.isBlocked) {
      trouble('link-refused')
      return null
    }
    // A poll tries an item again whose page may load next time, rather than store its teaser.
    if (!page.ok && !ctx.signal?.aborted && retryPage && page.mayPass) {
      retryPage()
      ctx.deps.logger.warn({ source: source.name, url: candidate.url, reason: page.reason }, 'article page not fetched; tried again next poll')
      return null
    }
    const read = page.ok && !page.notModified && page.body.length > 0 ? await ctx.work.readArticlePage(page, ctx.signal) : null
    // A page whose text is no longer than the listing's (a PDF, a blank page, a script's challenge) holds no article.
    const article = read?.ok && read.article.text.length > body.length ? read.article : null
    if (article) {
      body = article.text
      if (candidate.isPageTitlePreferred ? article.title : !title) title = article.title || title
      if (article.publishedAt && (!date || candidate.isPageTitlePreferred)) {
        date = article.publishedAt
        dateOrigin = 'page'
      }
    } else {
      const reason = !page.ok ? page.reason : read && !read.ok ? read.reason : 'no article text on the page'
      const isUnreadable = read !== null && !read.ok
      if (isUnreadable && !ctx.signal?.aborted) {
        ctx.deps.logger.warn({ source: source.name, url: candidate.url, reason }, 'article page not read')
        trouble('unreadable')
      } else ctx.deps.logger.debug({ source: source.name, url: candidate.url, reason }, 'article page without article text')
      if (read?.ok && !title) title = read.article.title
      const isNotModified = page.ok && page.notModified
      // A stored article keeps its text, never a teaser; its changed title and date still apply.
      if (item.known) {
        const stored = await readStoredBody(ctx.deps.db, item.known.id)
        if (stored.length > body.length) {
          body = stored
          if (!isNotModified && !isUnreadable && !ctx.signal?.aborted) trouble('text-kept')
        }
      }
      // Nothing but a link: try again next poll rather than store an empty article.
      if (!title && !body) return null
      if (!item.known && !isUnreadable && !ctx.signal?.aborted) trouble(page.ok ? 'page-textless' : 'page-missing')
    }
  }
  const cleanedTitle = cleanTitle(title)
  const cleanedBody = cleanBody(body)
  if (!cleanedTitle.text && !cleanedBody.text) return null
  if (cleanedTitle.isCut) trouble('title-cut')
  if (cleanedBody.isCut) trouble('body-cut')
  title = cleanedTitle.text || cleanedBody.text.slice(0, TITLE_FROM_BODY_CHARS)
  body = cleanedBody.text
  // A date in the future is a time-zone or typing error, not news from tomorrow.
  if (date && date.getTime() > now.getTime() + DAY_MS) date = null
  if (!date) {
    date = now
    dateOrigin = 'fetch'
  }
  const stop = ctx.deps.metrics.classifyDuration.startTimer()
  // An item that says its language (a JSON Feed item's own) is read with that hint, not the source's.
  const langHint = candidate.languageHint ?? source.lang
  const classification = ctx.classifier({ title, body, lang: langHint })
  stop()
  return {
    sourceId: source.id, url: candidate.url, urlKey: item.urlKey, guid: candidate.guid, title, body,
    lang: classification.lang === 'other' ? langHint : classification.lang,
    publishedAt: date, publishedAtOrigin: dateOrigin, fetchedAt: now, contentHash: fingerprint(body || title), storyKey: fingerprint(title), classification,
  }
}

/** One item's page, extraction and all: whatever goes wrong with it is logged and leaves the other items alone (tried again next poll). */
async function completeItem(ctx: IngestContext, source: Source, item: Prepared, now: Date, trouble: (t: ItemTrouble) => void, retryPage: (() => void) | null): Promise<Completed | null> {
  try {
    return await completeArticle(ctx, source, item, now, trouble, retryPage)
  } catch (error) {
    ctx.deps.logger.warn({ err: error, source: source.name, url: item.candidate.url }, 'item skipped')
    return null
  }
}

/**
 * Sources an admin added in chat are guarded on every request made for them; only the operator's file opts out (spec §
 * Sources file), for the sources it lists: one it no longer lists that an admin resumed is the admin's doing.
 */
export function isAddressGuarded(ctx: IngestContext, source: Source): boolean {
  return !source.isListedInFile && !ctx.deps.config.allowPrivateAddresses
}

interface StoreOptions {
  now: Date
  /** Stored as backlog, which alerts nobody; an edit found now queues no alerts either. */
  isBacklog: boolean
  /** A backfill's date: articles published before it, or without a date of their own, are left out. */
  since?: Date
  /** New or changed items read at most; the rest are counted as deferred. */
  maxItems?: number
  /**
   * An item whose page did not load for a reason that may pass (FetchFailure.mayPass) is left for
   * the next poll, counted as retried, at up to PAGE_POLLS_TRIED polls in a row (page_retry).
   */
  isPageRetried?: boolean
  /** Runs in the transaction that stores the articles, given what they were: a poll's success, a backfill's checkpoint. */
  inTransaction(trx: Transaction<Database>, stored: StoreResult): Promise<void>
}

interface StoreResult {
  new: number
  relevant: number
  flagged: number
  flaggedArticleIds: number[]
  /** Candidates read and left out by `since`: dated before it, or undated. */
  leftOut: number
  /** The oldest publication date among the articles kept. */
  oldest: Date | null
  /** New or changed items beyond `maxItems`, left for later. */
  deferred: number
  /** Items whose page did not load, left for the next poll (StoreOptions.isPageRetried). */
  retried: number
  /** What went wrong with some items without failing the others. */
  warnings: string[]
}

/**
 * Stores what a listing offered: picks new or changed candidates (dedup by normalised URL,
 * GUID and content), at most `maxItems` of them, fetches their pages when the listing has
 * only teasers, extracts and classifies them (reading on the worker threads), and saves them
 * with their alerts and `inTransaction` in one transaction. One bad item never fails the
 * others. Null when aborted before saving (nothing stored).
 */
export async function storeCandidates(ctx: IngestContext, source: Source, candidates: readonly Candidate[], options: StoreOptions): Promise<StoreResult | null> {
  const { deps } = ctx
  const { now, isBacklog, since } = options
  const result: StoreResult = { new: 0, relevant: 0, flagged: 0, flaggedArticleIds: [], leftOut: 0, oldest: null, deferred: 0, retried: 0, warnings: [] }
  const troubles = new Map<ItemTrouble, number>()
  const trouble = (t: ItemTrouble, n = 1) => troubles.set(t, (troubles.get(t) ?? 0) + n)
  const byKey = new Map<string, Candidate>()
  // One item listed twice: under one URL, or under one GUID with two URLs (the same story moved).
  const guidsSeen = new Set<string>()
  for (const candidate of candidates) {
    const key = normalizeUrl(candidate.url)
    if (byKey.has(key) || (candidate.guid && guidsSeen.has(candidate.guid))) continue
    byKey.set(key, candidate)
    if (candidate.guid) guidsSeen.add(candidate.guid)
  }
  const guids = [...byKey.values()].flatMap((c) => (c.guid ? [c.guid] : []))
  const known = await findKnownArticles(deps.db, { sourceId: source.id, urlKeys: [...byKey.keys()], guids })
  const knownByKey = new Map(known.map((k) => [k.urlKey, k]))
  const knownByGuid = new Map(known.filter((k) => k.sourceId === source.id && k.guid).map((k) => [k.guid!, k]))
  const due: Prepared[] = []
  for (const [urlKey, candidate] of byKey) {
    const match = knownByKey.get(urlKey) ?? (candidate.guid ? knownByGuid.get(candidate.guid) : undefined)
    if (match && !isChanged(candidate, match, source.id)) continue
    due.push({ candidate, urlKey: match?.urlKey ?? urlKey, known: match })
  }
  const todo = due.slice(0, options.maxItems ?? due.length)
  result.deferred = due.length - todo.length
  if (result.deferred > 0) trouble('deferred', result.deferred)

  const failures = options.isPageRetried ? await readPageFailures(deps.db, source.id, todo.map((item) => item.urlKey)) : new Map<string, number>()
  const retriedKeys: string[] = []
  const retryOf = (item: Prepared) =>
    options.isPageRetried && (failures.get(item.urlKey) ?? 0) + 1 < PAGE_POLLS_TRIED
      ? () => {
          trouble('page-retry')
          retriedKeys.push(item.urlKey)
        }
      : null

  const pages = new PQueue({ concurrency: PAGE_CONCURRENCY })
  const completed = (await Promise.all(todo.map((item) => pages.add(async () => ({ item, article: await completeItem(ctx, source, item, now, trouble, retryOf(item)) })))))
    .filter((x): x is { item: Prepared; article: Completed } => x.article !== null)
    .filter(({ article }) => {
      // History needs its own date: an undated one would show as today's news.
      const isKept = !since || (article.publishedAtOrigin !== 'fetch' && article.publishedAt >= since)
      if (!isKept) result.leftOut++
      else if (!result.oldest || article.publishedAt < result.oldest) result.oldest = article.publishedAt
      return isKept
    })
  if (ctx.signal?.aborted) return null
  result.retried = retriedKeys.length
  for (const [t, n] of troubles) result.warnings.push(TROUBLE_TEXT[t](n))

  const threshold = deps.config.confidenceThreshold
  const inputs = completed.map(({ item, article }) => {
    const input: ArticleInput = { ...article, isBacklog, status: statusOf(article.classification, threshold) }
    return { item, input }
  })
  const hashes = inputs.filter((x) => !x.item.known && x.input.body.length >= MIN_HASHED_BODY_CHARS).map((x) => x.input.contentHash)
  const write: Write<SavedArticle[]> = async (trx) => {
    // The same text under another URL (a mirror domain, a second feed of the site) is one story.
    // Looked up in the transaction that stores, so a source committing beside this one is seen.
    const sameText = new Set((await findKnownArticles(trx, { sourceId: source.id, urlKeys: [], guids: [], contentHashes: hashes })).map((k) => k.contentHash))
    const toSave = inputs.filter(({ item, input }) => {
      if (item.known || input.body.length < MIN_HASHED_BODY_CHARS) return true
      if (sameText.has(input.contentHash)) return false
      sameText.add(input.contentHash)
      return true
    })
    const fresh = await saveNewArticles(trx, toSave.filter((x) => !x.item.known).map((x) => x.input), now)
    const results: SavedArticle[] = []
    let nextFresh = 0
    let isAlerting: boolean | undefined
    for (const { item, input } of toSave) {
      const stored = item.known ? await updateArticle(trx, item.known.id, input, now) : fresh[nextFresh++]
      if (!stored) continue
      if ((stored.isNewlyPublished || stored.replaced) && !isBacklog) {
        // Most polls publish with nobody subscribed to anything yet: one query, not four per item.
        isAlerting ??= await hasAlertRecipients(trx)
        const policy = { now, maxAgeHours: deps.config.alertMaxAgeHours }
        // An edit of a published item (a new partner, sector or word) alerts the chats only its new version matches.
        if (isAlerting) await (stored.replaced ? enqueueEditAlerts(trx, stored.id, stored.replaced, policy) : enqueueAlerts(trx, stored.id, policy))
      }
      results.push(stored)
    }
    for (const article of results) {
      if (article.isNew) result.new++
      if (article.isRelevant) result.relevant++
      if (article.status === 'flagged') {
        result.flagged++
        result.flaggedArticleIds.push(article.id)
      }
    }
    await recordPageFailures(trx, source.id, retriedKeys, now)
    // Stored, or left out for another reason this time: either way no longer failing in a row.
    const retriedNow = new Set(retriedKeys)
    await clearPageFailures(trx, source.id, todo.filter((item) => failures.has(item.urlKey) && !retriedNow.has(item.urlKey)).map((item) => item.urlKey))
    await options.inTransaction(trx, result)
    return results
  }
  const saved = await (ctx.commits ? ctx.commits.run(write) : deps.db.transaction().execute(write))

  deps.metrics.itemsPublished.inc(saved.filter((article) => article.isNewlyPublished).length)
  deps.metrics.itemsStored.inc({ source: source.name }, saved.length)
  deps.metrics.itemsFlagged.inc(result.flagged)
  return result
}

/**
 * Polls one source end to end: fetch the listing (conditional GET), then store its new or
 * changed items (storeCandidates) with the poll's success in one transaction. Expected
 * failures are recorded on the source (backoff, health) and returned in the summary;
 * nothing is thrown for them.
 */
export async function ingestSource(ctx: IngestContext, source: Source): Promise<SourceSummary> {
  const { deps } = ctx
  const started = performance.now()
  const now = deps.clock.now()
  const summary = emptySummary(source)
  try {
    const listing = await LISTERS[source.type]({ fetcher: ctx.fetcher, work: ctx.work, isAddressGuarded: isAddressGuarded(ctx, source), signal: ctx.signal }, source)
    if (!listing.ok && ctx.signal?.aborted) return { ...summary, error: 'aborted' }
    if (!listing.ok) {
      summary.error = listing.reason
      summary.isNewlyFailing = (await recordFailedPoll(deps, source, now, listing.reason, listing.retryAt)).isNewlyFailing
      return summary
    }
    summary.warnings.push(...listing.warnings)

    summary.fetched = listing.candidates.length
    deps.metrics.itemsFetched.inc({ source: source.name }, listing.candidates.length)

    const stored = await storeCandidates(ctx, source, listing.candidates, {
      now,
      isBacklog: source.firstPolledAt === null,
      maxItems: MAX_ITEMS_PER_POLL,
      isPageRetried: true,
      inTransaction: async (trx, { deferred, retried }) => {
        const nextPollAt = nextPollAfterSuccess(now, deps.config.pollIntervalSeconds * 1000)
        // Items left for later: the next poll must read the listing again, not get a 304.
        const isDeferring = deferred > 0 || retried > 0
        const pollState = { now, etag: isDeferring ? null : listing.etag, lastModified: isDeferring ? null : listing.lastModified, nextPollAt, isListingLeftPartlyRead: deferred > 0 }
        summary.isRecovered = (await recordPollSuccess(trx, source, pollState)).isRecovered
      },
    })
    if (!stored) return summary
    summary.warnings.push(...stored.warnings)
    return { ...summary, new: stored.new, relevant: stored.relevant, flagged: stored.flagged, flaggedArticleIds: stored.flaggedArticleIds }
  } finally {
    deps.metrics.pollDuration.observe({ source: source.name }, (performance.now() - started) / 1000)
  }
}
