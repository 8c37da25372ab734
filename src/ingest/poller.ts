import { setMaxListeners } from 'node:events'
import { statSync } from 'node:fs'
import PQueue from 'p-queue'
import type { Classifier } from '../classify/classify.js'
import type { CountryAlias } from '../classify/types.js'
import { listCountryAliases } from '../db/country-aliases.js'
import { createGroupCommit } from '../db/group-commit.js'
import { capNextPolls, findDueSources, getSourceById, type Source } from '../db/sources.js'
import type { ClassifierModel } from '../classify/model/model.js'
import type { AppDeps } from '../deps.js'
import { readModelFile } from '../model-file.js'
import { createLoop, type Loop } from '../loop.js'
import type { FetcherOptions } from './fetch.js'
import type { IngestTools, SourceSummary } from './ingest-source.js'
import { recordFailedPoll } from './schedule.js'

/**
 * How often the poller looks for due sources; each source keeps its own next_poll_at. An alert is
 * due within one poll interval plus 30 s of publication (spec): 10 s here, ≤ 5 s in the sender's.
 */
const TICK_MS_MAX = 10_000
/**
 * Sources polled at once; the fetcher separately keeps ≤ 2 requests per host, 250 ms apart. Each
 * host is slow by politeness and by its round trip (100–300 ms from here): a source with 5 new
 * pages takes ~1.4 s (and up to 0.1 s more waiting to share a commit: group-commit.ts), so 64 at
 * once capped the bot near 230 pages/s whatever the CPU. The readers' backpressure bounds the
 * pages held (pipeline-work.ts), but memory still grows with this number: each source in flight
 * holds its listing, its waiting requests and the articles it has read until its one write
 * (~0.1 MB of RSS), and 256 at once took the running bot from ~230 MB to 242–263 (target 250).
 */
export const SOURCE_CONCURRENCY = 96

export interface CycleReport {
  /** Articles flagged for review in this cycle. */
  flaggedArticleIds: number[]
  /** Sources that just crossed SOURCE_FAILURES_BEFORE_NOTICE (reported once). */
  failingSources: Source[]
  /** Sources that had been reported failing and now succeeded. */
  recoveredSources: Source[]
}

export interface PollerHooks {
  onCycleEnd?(report: CycleReport): Promise<void>
}

/** MODEL_FILE's model when one is set and sound; a broken file is logged and the shipped model classifies meanwhile. */
function operatorModel(deps: AppDeps): { model?: ClassifierModel } {
  if (deps.config.modelFile === '') return {}
  const read = readModelFile(deps.config.modelFile)
  if (read.ok) return { model: read.model }
  deps.logger.error({ problem: read.error }, 'model file unusable; classifying with the shipped model')
  return {}
}

/** The classifier for a pass: the home country's, with the admins' aliases and the operator's model when MODEL_FILE is set and sound. */
export type ClassifierFor = (deps: AppDeps) => Promise<Classifier>

async function buildClassifier(deps: AppDeps, extraAliases: CountryAlias[]): Promise<Classifier> {
  // Loaded on first use, not with the app: the classifier's tables take ~0.5 s, which the bot
  // need not spend before it starts taking updates.
  const { createClassifier } = await import('../classify/classify.js')
  return createClassifier({ homeCountry: deps.config.homeCountry, extraAliases, ...operatorModel(deps) })
}

const newClassifier: ClassifierFor = async (deps) => buildClassifier(deps, await listCountryAliases(deps.db))

/** What MODEL_FILE is now, as far as a change to it goes: its size and time, or that it cannot be read. */
function modelFileStamp(path: string): string {
  if (path === '') return ''
  try {
    const { size, mtimeMs } = statSync(path)
    return `${size} ${mtimeMs}`
  } catch {
    return 'unreadable'
  }
}

/**
 * The classifier of the last pass for as long as nothing it is built from changes (the home
 * country, the admins' aliases, the model file), else a new one: kept, its lexicons keep the
 * words they have learnt (classify.ts), and every pass of the running bot classifies faster.
 */
export function keepClassifier(): ClassifierFor {
  let kept: { key: string; classifier: Classifier } | undefined
  return async (deps) => {
    const extraAliases = await listCountryAliases(deps.db)
    const key = JSON.stringify([deps.config.homeCountry, extraAliases, modelFileStamp(deps.config.modelFile)])
    if (kept?.key !== key) kept = { key, classifier: await buildClassifier(deps, extraAliases) }
    return kept.classifier
  }
}

export interface PassOptions {
  /** Aborts the pass: sources in flight report 'aborted', those not started are left out. */
  signal?: AbortSignal
  /** A new classifier for this pass unless given (the poller keeps one: keepClassifier). */
  classifierFor?: ClassifierFor
}

/**
 * Polls the given sources, several at once; one source's failure (expected or thrown) is
 * recorded in its summary and never stops the others.
 */
export async function ingestSources(deps: AppDeps, tools: IngestTools, sources: readonly Source[], { signal, classifierFor = newClassifier }: PassOptions = {}): Promise<SourceSummary[]> {
  if (sources.length === 0) return []
  // The parsers load on the worker threads.
  const [classifier, { emptySummary, ingestSource }] = await Promise.all([classifierFor(deps), import('./ingest-source.js')])
  const commits = createGroupCommit(deps.db)
  const pollOne = async (source: Source, sourceSignal?: AbortSignal): Promise<SourceSummary> => {
    try {
      return await ingestSource({ deps, ...tools, classifier, commits, signal: sourceSignal }, source)
    } catch (error) {
      deps.logger.error({ err: error, source: source.name }, 'source poll crashed')
      const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
      // Backed off like any failure, so a source that crashes is not retried at every tick.
      const { isNewlyFailing } = await recordFailedPoll(deps, source, deps.clock.now(), reason).catch((recordError: unknown) => {
        deps.logger.error({ err: recordError, source: source.name }, 'source failure not recorded')
        return { isNewlyFailing: false }
      })
      return emptySummary(source, { isNewlyFailing, error: reason })
    }
  }
  const queue = new PQueue({ concurrency: SOURCE_CONCURRENCY })
  const summaries = await Promise.all(
    sources.map((source) =>
      queue.add(async () => {
        // Once aborted, sources not yet started are dropped (and from the summaries).
        if (signal?.aborted) return null
        const following = signal && followAbort(signal)
        try {
          return await pollOne(source, following?.signal)
        } finally {
          following?.release()
        }
      }),
    ),
  )
  return summaries.filter((s) => s !== null)
}

/**
 * A signal that aborts with `parent`, for one source's poll. Node keeps an EventTarget's
 * listeners in a list that each add and remove walks: with every waiting fetch and read of a pass
 * listening to the poller's one signal (~600 at 400 sources), that walk took ~5 % of the main thread.
 */
function followAbort(parent: AbortSignal): { signal: AbortSignal; release(): void } {
  const controller = new AbortController()
  // A source's pages, fetches and reads in flight (a few dozen at most) listen here.
  setMaxListeners(0, controller.signal)
  const abort = () => controller.abort(parent.reason)
  parent.addEventListener('abort', abort, { once: true })
  return { signal: controller.signal, release: () => parent.removeEventListener('abort', abort) }
}

/** The cycle's news for admins: flagged items, sources that started failing or recovered. */
async function reportCycle(deps: AppDeps, summaries: readonly SourceSummary[], hooks: PollerHooks): Promise<void> {
  const report: CycleReport = {
    flaggedArticleIds: summaries.flatMap((s) => s.flaggedArticleIds),
    failingSources: [],
    recoveredSources: [],
  }
  for (const summary of summaries) {
    if (!summary.isNewlyFailing && !summary.isRecovered) continue
    const fresh = (await getSourceById(deps.db, summary.source.id)) ?? summary.source
    if (summary.isNewlyFailing) report.failingSources.push(fresh)
    if (summary.isRecovered) report.recoveredSources.push(fresh)
  }
  const hasNews = report.flaggedArticleIds.length + report.failingSources.length + report.recoveredSources.length > 0
  if (hasNews && hooks.onCycleEnd) await hooks.onCycleEnd(report)
}

/** The background poller: each pass ingests the sources that are due. */
export function createPoller(deps: AppDeps, hooks: PollerHooks = {}, fetcherOptions: FetcherOptions = {}): Loop {
  let tools: IngestTools | undefined
  let isFirstPass = true
  const classifierFor = keepClassifier()
  const loop = createLoop({
    name: 'poller',
    logger: deps.logger,
    intervalMs: () => Math.min(deps.config.pollIntervalSeconds * 1000, TICK_MS_MAX),
    run: async (signal) => {
      if (isFirstPass) {
        await capNextPolls(deps.db, deps.config.pollIntervalSeconds)
        isFirstPass = false
      }
      const due = await findDueSources(deps.db, deps.clock.now())
      if (signal.aborted || due.length === 0) return
      // Loaded with the first due source, like the pipeline: undici and the worker pool are not needed to start answering users.
      if (!tools) {
        const [{ createFetcher }, { createPipelineWork }] = await Promise.all([import('./fetch.js'), import('./pipeline-work.js')])
        tools = { fetcher: createFetcher({ now: () => deps.clock.now(), resolver: deps.resolver, ...fetcherOptions }), work: createPipelineWork() }
      }
      const summaries = await ingestSources(deps, tools, due, { signal, classifierFor })
      deps.logger.info(
        { sources: summaries.length, new: summaries.reduce((n, s) => n + s.new, 0), failed: summaries.filter((s) => s.error).length },
        'poll pass done',
      )
      await reportCycle(deps, summaries, hooks)
    },
  })
  return {
    ...loop,
    async stop() {
      await loop.stop()
      tools?.fetcher.close()
      await tools?.work.close()
      tools = undefined
    },
  }
}
