import { type ArchivePlace, type BackfillCounts, beginBackfill, failBackfill, finishBackfill, type ProgressMessage, saveBackfillPage } from '../db/backfill.js'
import { listCountryAliases } from '../db/country-aliases.js'
import type { SourceType } from '../db/schema.js'
import type { Source } from '../db/sources.js'
import type { AppDeps } from '../deps.js'
import type { CreateArchiveReader } from './archive/archive.js'
import { createGovkzArchive } from './archive/govkz.js'
import { createHtmlArchive } from './archive/html.js'
import { createRssArchive } from './archive/rss.js'
import { createSitemapArchive } from './archive/sitemap.js'
import { createFetcher, type Fetcher } from './fetch.js'
import { type IngestContext, isAddressGuarded, storeCandidates } from './ingest-source.js'
import type { Candidate } from './listing/listing.js'
import { createPacedFetcher, type PaceOptions } from './paced-fetcher.js'
import { createPipelineWork } from './pipeline-work.js'

const ARCHIVES: Record<SourceType, CreateArchiveReader> = { rss: createRssArchive, html: createHtmlArchive, sitemap: createSitemapArchive, govkz: createGovkzArchive }

/**
 * Why a walk stopped: it reached its date or the archive's end, or had nothing to read (done:
 * finished before, back to this date or further), or it will resume later.
 */
type StopReason = 'since' | 'end' | 'done' | 'max-pages' | 'aborted' | 'error'

export interface BackfillProgress {
  source: Source
  /** The walk's date: the one asked for, or the earlier one a finished walk already reached. */
  since: Date
  /** The whole walk's, across the runs that resumed it. */
  counts: BackfillCounts
  /** The oldest publication date stored so far. */
  reachedAt: Date | null
  /** Pages and items of this run only (for its rate). */
  run: { pages: number; items: number }
  isResumed: boolean
}

export interface BackfillSummary extends BackfillProgress {
  reason: StopReason
  error: string | null
}

/** The walk has nothing left back to its date: a later run reads nothing unless given an earlier one. */
export const isWalkFinished = (summary: BackfillSummary): boolean => summary.reason === 'since' || summary.reason === 'end' || summary.reason === 'done'

interface WalkOptions {
  since: Date
  /** Pages read in this run at most; the walk resumes there next time. */
  maxPages?: number
  signal?: AbortSignal
  /** The admin's message the running bot edits with the progress. */
  progressMessage?: ProgressMessage
  onProgress?: (progress: BackfillProgress) => void
}

export interface Backfiller {
  /** Walks one source's archive back to `since`, going on with its earlier walk (see beginBackfill); a failure is in the summary, never thrown. */
  walk(source: Source, options: WalkOptions): Promise<BackfillSummary>
  /** Stops its HTTP client (unless the caller's) and its worker threads. */
  close(): Promise<void>
}

export interface BackfillerOptions {
  /** The HTTP client under the pacing, owned by the caller; else one of its own with the polling limits. */
  http?: Fetcher
  /** The gap between requests to one host, and the sleep it is kept by (the clock is deps.clock). */
  pace?: Omit<PaceOptions, 'clock'>
}

/** An entry whose date (or, in a sitemap, last change) is before `since`: older history than asked for. */
function isOlder(candidate: Candidate, since: Date): boolean {
  const date = candidate.date ?? candidate.modifiedAt
  return date !== null && date < since
}

/**
 * Builds what backfills share: one paced fetcher (so walks of sources on one host keep its
 * gap together) and the classifier with the admin-taught aliases. Every page goes through
 * the polling pipeline (storeCandidates), stored as backlog so that history alerts nobody,
 * with the walk's checkpoint in the same transaction.
 */
export async function createBackfiller(deps: AppDeps, options: BackfillerOptions = {}): Promise<Backfiller> {
  const { createClassifier } = await import('../classify/classify.js')
  const classifier = createClassifier({ homeCountry: deps.config.homeCountry, extraAliases: await listCountryAliases(deps.db) })
  // Its per-host and global limits are polling's; the gap between requests is the pacing's.
  const http = options.http ?? createFetcher({ now: () => deps.clock.now(), minHostGapMs: 0, resolver: deps.resolver })
  const fetcher = createPacedFetcher(http, { clock: deps.clock, ...options.pace })
  const work = createPipelineWork()

  async function walk(source: Source, { since, maxPages, signal, progressMessage, onProgress }: WalkOptions): Promise<BackfillSummary> {
    const ctx: IngestContext = { deps, fetcher, work, classifier, signal }
    const state = await beginBackfill(deps.db, { sourceId: source.id, since, now: deps.clock.now(), progressMessage })
    const progress: BackfillProgress = { source, since: state.since, counts: { ...state.counts }, reachedAt: state.reachedAt, run: { pages: 0, items: 0 }, isResumed: state.counts.pages > 0 }
    const stop = (reason: StopReason, error: string | null = null): BackfillSummary => ({ ...progress, reason, error })
    if (state.next === null) {
      await finishBackfill(deps.db, source.id, deps.clock.now())
      return stop('done')
    }
    const reader = ARCHIVES[source.type]({ fetcher, work, isAddressGuarded: isAddressGuarded(ctx, source), signal }, source, since)
    let position = state.next.at
    let olderFrom: ArchivePlace | null = reader.hasDatedPositions ? { at: null } : state.olderFrom
    // A "next" link back to a page already read (a pager gone round in a circle) ends the walk.
    const visited = new Set<string>()
    try {
      for (;;) {
        if (signal?.aborted) return stop('aborted')
        if (maxPages !== undefined && progress.run.pages >= maxPages) return stop('max-pages')
        visited.add(JSON.stringify(position))
        const read = await reader.read(position)
        if (signal?.aborted) return stop('aborted')
        if (!read.ok) {
          await failBackfill(deps.db, source.id, { error: read.reason, now: deps.clock.now() })
          return stop('error', read.reason)
        }
        const { candidates, next, nextWhenOlder } = read.page
        const wanted = candidates.filter((c) => !isOlder(c, since))
        const outcome: { reason: StopReason | null } = { reason: null }
        const stored = await storeCandidates(ctx, source, wanted, {
          now: deps.clock.now(),
          isBacklog: true,
          since,
          inTransaction: async (trx, page) => {
            const olderCount = candidates.length - wanted.length + page.leftOut
            const isAllOlder = candidates.length > 0 && olderCount === candidates.length
            if (olderCount > 0) olderFrom ??= { at: position }
            position = isAllOlder ? nextWhenOlder : next
            if (visited.has(JSON.stringify(position))) position = null
            if (position === null) outcome.reason = isAllOlder ? 'since' : 'end'
            const added = { pages: 1, items: candidates.length, new: page.new, relevant: page.relevant, flagged: page.flagged }
            await saveBackfillPage(trx, source.id, { next: position === null ? null : { at: position }, olderFrom, added, oldest: page.oldest, now: deps.clock.now() })
            for (const key of Object.keys(added) as (keyof BackfillCounts)[]) progress.counts[key] += added[key]
            if (page.oldest && (!progress.reachedAt || page.oldest < progress.reachedAt)) progress.reachedAt = page.oldest
          },
        })
        if (!stored) return stop('aborted')
        progress.run.pages++
        progress.run.items += candidates.length
        onProgress?.(progress)
        if (outcome.reason) return stop(outcome.reason)
      }
    } catch (error) {
      deps.logger.error({ err: error, source: source.name }, 'backfill crashed')
      const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
      await failBackfill(deps.db, source.id, { error: reason, now: deps.clock.now() }).catch((recordError: unknown) => {
        deps.logger.error({ err: recordError, source: source.name }, 'backfill failure not recorded')
      })
      return stop('error', reason)
    }
  }

  return {
    walk,
    async close() {
      if (!options.http) http.close()
      await work.close()
    },
  }
}
