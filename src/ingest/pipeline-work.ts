import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { ListSelectors } from '../db/sources.js'
import type { ParseFeedResult } from './feed.js'
import type { ParseListPageResult } from './list-page.js'
import type { ArticleInput, ArticleReading, PageBytes } from './pipeline-tasks.js'
import type { ParseSitemapResult } from './sitemap.js'

/** One page read or one listing parsed may take this long before its worker is stopped and the item given up. */
const TASK_TIMEOUT_MS = 60_000
/** A worker idle this long exits, and the memory of the parsers and the classifier's tables with it. */
const IDLE_TIMEOUT_MS = 60_000
/** A worker whose heap passes this dies alone (that item fails); the bot's thread lives on. */
const WORKER_HEAP_MB = 512

export type Failure = { ok: false; reason: string }
export type ArticleResult = { ok: true; reading: ArticleReading | null } | Failure

/**
 * The CPU-heavy half of ingestion on worker threads (pipeline-tasks.ts): the thread that
 * answers users only fetches, stores and waits. Every call settles; a task that crashes, runs
 * out of memory or takes longer than TASK_TIMEOUT_MS comes back as a failure with a reason.
 */
export interface PipelineWork {
  readFeed(page: PageBytes, signal?: AbortSignal): Promise<ParseFeedResult>
  readSitemap(page: PageBytes, signal?: AbortSignal): Promise<ParseSitemapResult>
  readListPage(page: PageBytes, selectors: ListSelectors, signal?: AbortSignal): Promise<ParseListPageResult>
  readArticle(input: ArticleInput, signal?: AbortSignal): Promise<ArticleResult>
  /** Stops the workers (tasks in flight fail). */
  close(): Promise<void>
}

export interface PipelineWorkOptions {
  /** Worker threads at most; by default one per core beyond the first, up to 2. */
  maxThreads?: number
  taskTimeoutMs?: number
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const { code, name, message } = error as NodeJS.ErrnoException
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'ran out of memory reading it'
  if (name === 'AbortError' || name === 'TimeoutError') return `gave up reading it after ${Math.round(timeoutMs / 1000)} s`
  return `could not read it: ${String(message ?? error)}`.slice(0, 200)
}

export function createPipelineWork(options: PipelineWorkOptions = {}): PipelineWork {
  const timeoutMs = options.taskTimeoutMs ?? TASK_TIMEOUT_MS
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./pipeline-worker.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: IDLE_TIMEOUT_MS,
    // The worker registers its own TypeScript loader; the parent's flags (--expose-gc …) are not all allowed in workers.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  })
  async function run<T>(name: string, arg: unknown, signal?: AbortSignal): Promise<T | Failure> {
    const timeout = AbortSignal.timeout(timeoutMs)
    try {
      return (await pool.run(arg, { name, signal: signal ? AbortSignal.any([signal, timeout]) : timeout })) as T
    } catch (error) {
      return { ok: false, reason: signal?.aborted ? 'aborted' : reasonOf(error, timeoutMs) }
    }
  }
  return {
    readFeed: (page, signal) => run('readFeed', page, signal),
    readSitemap: (page, signal) => run('readSitemap', page, signal),
    readListPage: (page, selectors, signal) => run('readListPage', { page, selectors }, signal),
    async readArticle(input, signal) {
      const result = await run<ArticleReading | null>('readArticle', input, signal)
      return result !== null && 'ok' in result ? result : { ok: true, reading: result }
    },
    close: () => pool.destroy(),
  }
}
