import { createHash } from 'node:crypto'
import { foldText, searchWords } from '../language/normalize.js'
import PQueue from 'p-queue'
import { enqueueAlerts } from '../alerts/enqueue.js'
import type { Classifier } from '../classify/classify.js'
import { LANGS, type Classification, type Lang } from '../classify/types.js'
import { findKnownArticles, saveNewArticles, updateArticle, type ArticleInput, type KnownArticle, type SavedArticle } from '../db/articles.js'
import type { ArticleStatus, SourceType } from '../db/schema.js'
import { recordPollSuccess, type Source } from '../db/sources.js'
import { hasAlertRecipients } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import { extractArticle } from './article.js'
import type { DateOrigin } from './dates.js'
import { decodeBody } from './decode.js'
import type { Fetcher } from './fetch.js'
import { listGovkz } from './listing/govkz.js'
import { listHtml } from './listing/html.js'
import type { Candidate, Lister } from './listing/listing.js'
import { listRss } from './listing/rss.js'
import { listSitemap } from './listing/sitemap.js'
import { nextPollAfterSuccess, recordFailedPoll } from './schedule.js'
import { normalizeUrl } from './url.js'

/** Article pages of one source fetched at once (the fetcher still allows ≤ 2 per host). */
const PAGE_CONCURRENCY = 4
const DAY_MS = 24 * 3_600_000
/** Below this, two bodies with the same hash are too short to be called the same story. */
const MIN_HASHED_BODY_CHARS = 200

export interface SourceSummary {
  source: Source
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

const LISTERS: Record<SourceType, Lister> = { rss: listRss, sitemap: listSitemap, html: listHtml, govkz: listGovkz }

/** Of the letters and digits only, folded as texts are compared: the same story under other punctuation hashes alike. */
function fingerprint(text: string): string {
  return createHash('sha1').update(searchWords(foldText(text)).join(' ')).digest('hex').slice(0, 20)
}

function statusOf(c: Classification, threshold: number): ArticleStatus {
  if (c.confidence < threshold) return 'flagged'
  return c.relevant ? 'published' : 'rejected'
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

async function completeArticle(ctx: IngestContext, source: Source, item: Prepared, now: Date): Promise<Omit<ArticleInput, 'classification' | 'status' | 'isBacklog' | 'contentHash' | 'storyKey'> | null> {
  const { candidate } = item
  let title = candidate.title ?? ''
  let body = candidate.text
  let date = candidate.date
  let dateOrigin: DateOrigin = candidate.dateOrigin
  if (!candidate.isFullText) {
    const page = await ctx.fetcher.fetch({ url: candidate.url, isAddressGuarded: isAddressGuarded(ctx, source), signal: ctx.signal })
    if (page.ok && !page.notModified && page.body.length > 0) {
      const article = extractArticle(decodeBody(page.body, page.contentType, 'html').text)
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
  return {
    sourceId: source.id, url: candidate.url, urlKey: item.urlKey, guid: candidate.guid, title: title || body.slice(0, 120),
    body, lang: source.lang, publishedAt: date, publishedAtOrigin: dateOrigin, fetchedAt: now,
  }
}

/** One item's page, extraction and all: whatever goes wrong with it is logged and leaves the other items alone (tried again next poll). */
async function completeItem(ctx: IngestContext, source: Source, item: Prepared, now: Date): ReturnType<typeof completeArticle> {
  try {
    return await completeArticle(ctx, source, item, now)
  } catch (error) {
    ctx.deps.logger.warn({ err: error, source: source.name, url: item.candidate.url }, 'item skipped')
    return null
  }
}

/** Sources an admin added in chat are guarded on every request made for them (spec § Sources file). */
function isAddressGuarded(ctx: IngestContext, source: Source): boolean {
  return source.origin === 'admin' && !ctx.deps.config.allowPrivateAddresses
}

/**
 * Polls one source end to end: fetch the listing (conditional GET), pick new or changed
 * items, fetch their pages when the listing has only teasers, extract, classify, and store
 * them with their alerts in one transaction. Expected failures are recorded on the source
 * (backoff, health) and returned in the summary; nothing is thrown for them.
 */
export async function ingestSource(ctx: IngestContext, source: Source): Promise<SourceSummary> {
  const { deps } = ctx
  const started = performance.now()
  const now = deps.clock.now()
  const summary: SourceSummary = {
    source, fetched: 0, new: 0, relevant: 0, flagged: 0, error: null, flaggedArticleIds: [], isNewlyFailing: false, isRecovered: false,
  }
  try {
    const listing = await LISTERS[source.type]({ fetcher: ctx.fetcher, isAddressGuarded: isAddressGuarded(ctx, source), signal: ctx.signal }, source)
    if (!listing.ok && ctx.signal?.aborted) return { ...summary, error: 'aborted' }
    if (!listing.ok) {
      summary.error = listing.reason
      summary.isNewlyFailing = (await recordFailedPoll(deps, source, now, listing.reason, listing.retryAt)).isNewlyFailing
      return summary
    }

    const nextPollAt = nextPollAfterSuccess(now, deps.config.pollIntervalSeconds * 1000, listing)
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
    const completed = (await Promise.all(todo.map((item) => pages.add(async () => ({ item, article: await completeItem(ctx, source, item, now) })))))
      .filter((x): x is { item: Prepared; article: NonNullable<typeof x.article> } => x.article !== null)
    if (ctx.signal?.aborted) return summary

    const threshold = deps.config.confidenceThreshold
    const isBacklog = source.firstPolledAt === null
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
