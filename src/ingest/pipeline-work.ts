import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import PQueue from 'p-queue'
import { Piscina } from 'piscina'
import type { ListSelectors } from '../db/sources.js'
import type { ExtractedArticle } from './article.js'
import { durationText, withDeadline } from './deadline.js'
import type { ParseFeedResult } from './feed.js'
import type { ParseListPageResult } from './list-page.js'
import type { PageBytes } from './pipeline-tasks.js'
import type { ParseSitemapResult } from './sitemap.js'

/** One page or listing may be read this long before its worker is stopped and that item given up. */
const TASK_TIMEOUT_MS = 60_000
/** A worker idle this long exits, and the parsers' memory with it. */
const IDLE_TIMEOUT_MS = 60_000
/** A worker whose heap passes this dies alone (that item fails); the bot's thread lives on. */
const WORKER_HEAP_MB = 256
/**
 * Reads waiting for a worker beyond which no more pages are fetched. A fetched page waits with
 * its whole body: unchecked, a poll of 64 sources had 250 pages (~30 MB) waiting for the one worker.
 * Fetches already sent still land, so at most this plus the fetcher's global limit wait. Enough
 * to keep the worker busy through a 100 ms round trip at ~250 pages/s.
 */
const MAX_WAITING_READS = 32

/**
 * Compiled (dist/), the tasks module is the worker's entry as it is; run from the TypeScript
 * sources, pipeline-worker.mjs registers tsx first (Node 20 does not carry loader hooks into workers).
 */
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? './pipeline-tasks.js' : './pipeline-worker.mjs'

export type Failure = { ok: false; reason: string }

/**
 * Reading untrusted bytes (pipeline-tasks.ts) on worker threads: the thread that answers
 * users only fetches, classifies the bounded text, stores and waits. Every call settles; a
 * read that crashes, runs out of memory or takes longer than TASK_TIMEOUT_MS (counted from
 * its start, not its wait in the queue) comes back as a failure with a reason.
 */
export interface PipelineWork {
  /** Each read takes over `page.body`: the caller must not use it afterwards. */
  readFeed(page: PageBytes, signal?: AbortSignal): Promise<ParseFeedResult>
  readSitemap(page: PageBytes, signal?: AbortSignal): Promise<ParseSitemapResult>
  readListPage(page: PageBytes, selectors: ListSelectors, signal?: AbortSignal): Promise<ParseListPageResult>
  readArticlePage(page: PageBytes, signal?: AbortSignal): Promise<{ ok: true; article: ExtractedArticle } | Failure>
  /**
   * Resolves once fewer than MAX_WAITING_READS reads wait for a worker. A page fetch awaits it
   * holding its fetch slots (FetchRequest.whenReady), so fetching cannot outrun reading: awaited
   * before queueing, it let every waiting page through at once (a poll of 96 sources had 330 waiting).
   */
  whenReadersKeepUp(): Promise<void>
  /** Stops the workers (reads in flight fail). */
  close(): Promise<void>
}

export interface PipelineWorkOptions {
  /** Worker threads at most; by default one per core beyond the first, up to 2. */
  maxThreads?: number
  taskTimeoutMs?: number
  maxWaitingReads?: number
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const { code, name, message } = error as NodeJS.ErrnoException
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'ran out of memory reading it'
  if (name === 'AbortError' || name === 'TimeoutError') return `gave up reading it after ${durationText(timeoutMs)}`
  return `could not read it: ${String(message ?? error)}`.slice(0, 200)
}

export function createPipelineWork(options: PipelineWorkOptions = {}): PipelineWork {
  const timeoutMs = options.taskTimeoutMs ?? TASK_TIMEOUT_MS
  const threads = options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1))
  const pool = new Piscina({
    filename: fileURLToPath(new URL(WORKER_ENTRY, import.meta.url)),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: IDLE_TIMEOUT_MS,
    // The worker registers its own TypeScript loader; the parent's flags (--expose-gc …) are not all allowed in workers.
    execArgv: [],
    // Where the process runs with --max-semi-space-size (npm start, npm run ingest, the image), that flag
    // sizes the worker's young generation instead (4 MB semi-spaces, as on the main thread; README).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 4 },
  })
  // Tasks wait here, not in the pool, so a task's timeout starts when a worker takes it.
  const queue = new PQueue({ concurrency: threads })
  const maxWaitingReads = options.maxWaitingReads ?? MAX_WAITING_READS
  async function run<T>(name: string, arg: unknown, page: PageBytes, signal?: AbortSignal): Promise<T | Failure> {
    // A body that owns its memory moves to the worker instead of being copied: callers are done with it.
    const { buffer, byteOffset, byteLength } = page.body
    const transferList = byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer ? [buffer] : []
    try {
      return await queue.add(
        () => withDeadline(timeoutMs, signal, async (deadline) => (await pool.run(arg, { name, transferList, signal: deadline })) as T),
        { signal },
      )
    } catch (error) {
      return { ok: false, reason: signal?.aborted ? 'aborted' : reasonOf(error, timeoutMs) }
    }
  }
  return {
    readFeed: (page, signal) => run('readFeed', page, page, signal),
    readSitemap: (page, signal) => run('readSitemap', page, page, signal),
    readListPage: (page, selectors, signal) => run('readListPage', { page, selectors }, page, signal),
    async readArticlePage(page, signal) {
      // A failure is the read's own (a body that will not decompress) or the worker's.
      const result = await run<ExtractedArticle | Failure>('readArticlePage', page, page, signal)
      return 'ok' in result ? result : { ok: true, article: result }
    },
    whenReadersKeepUp: () => queue.onSizeLessThan(maxWaitingReads),
    async close() {
      queue.clear()
      await pool.destroy()
    },
  }
}
