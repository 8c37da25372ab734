import { setMaxListeners } from 'node:events'
import PQueue from 'p-queue'
import pino from 'pino'
import { systemClock } from '../clock.js'
import { listEnabledSources } from '../db/sources.js'
import { type BackfillSummary, createBackfiller, isWalkFinished } from '../ingest/backfill.js'
import { DEFAULT_BACKFILL_YEARS, defaultSinceDay, parseSinceDay, type SinceDay } from '../ingest/backfill-since.js'
import { BACKFILL_MIN_HOST_GAP_MS } from '../ingest/paced-fetcher.js'
import { createBarReporter, createLineReporter, formatBackfillLine } from './backfill-progress.js'
import { type Command, linePrinters, readCommandConfig, runAsMain } from './command.js'
import { withSyncedSources } from './with-sources.js'

/** Sources walked at once; sources on one host still share its gap. */
const SOURCE_CONCURRENCY = 4
/** What a walk finished in an earlier run does with this run's --since (said in the usage and after a summary with stopped=done). */
const FINISHED_RULE = 'a finished walk reads nothing for the same or a later date, and goes on from where it stopped for an earlier one'
/** The exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT), as shells report it. */
const EXIT_INTERRUPTED = 130

const USAGE = `usage: npm run backfill -- [--since YYYY-MM-DD] [--source NAME] [--max-pages N] [--gap SECONDS]
  --since      how far back to go, a day in Kazakhstan time (default: ${DEFAULT_BACKFILL_YEARS} years ago);
               ${FINISHED_RULE}
  --source     only this source (by its name in /sources)
  --max-pages  read at most N archive pages per source in this run; the next run goes on from there
  --gap        seconds between the starts of two requests to one host (default ${BACKFILL_MIN_HOST_GAP_MS / 1000})`

interface Args {
  since: SinceDay | null
  sourceName: string | null
  maxPages: number | undefined
  gapMs: number
}

function parseArgs(argv: string[], now: Date): Args | { error: string } {
  const args: Args = { since: null, sourceName: null, maxPages: undefined, gapMs: BACKFILL_MIN_HOST_GAP_MS }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const value = argv[i + 1]
    if (!['--since', '--source', '--max-pages', '--gap'].includes(flag)) return { error: `unknown argument ${flag}` }
    if (value === undefined || value.startsWith('--')) return { error: `${flag}: expected a value` }
    i++
    if (flag === '--since') {
      const since = parseSinceDay(value)
      if (!since) return { error: `--since: expected a date YYYY-MM-DD, got "${value}"` }
      if (since.start > now) return { error: `--since: ${value} is in the future` }
      args.since = since
    } else if (flag === '--source') {
      args.sourceName = value
    } else if (flag === '--max-pages') {
      if (!/^[1-9]\d{0,6}$/.test(value)) return { error: `--max-pages: expected a whole number ≥ 1, got "${value}"` }
      args.maxPages = Number(value)
    } else {
      const seconds = Number(value)
      if (!/^\d+(\.\d+)?$/.test(value) || seconds > 3_600) return { error: `--gap: expected seconds from 0 to 3600, got "${value}"` }
      args.gapMs = seconds * 1000
    }
  }
  return args
}

/**
 * `npm run backfill`: walks each enabled source's archive back to --since through the polling
 * pipeline, as backlog (no alerts), resuming unfinished walks; a progress bar per source on a
 * terminal, plain lines otherwise (stderr), and a summary line per source on stdout.
 */
export const run: Command = async (argv, io) => {
  const { print, printError } = linePrinters(io)
  const parsed = parseArgs(argv, systemClock.now())
  if ('error' in parsed) {
    printError(parsed.error)
    printError(USAGE)
    return 2
  }
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, base: undefined }, io.stderr)
  const controller = new AbortController()
  // Every page, fetch and read of the walks in flight listens to this one signal: not a leak, and no
  // "MaxListenersExceededWarning: Possible EventTarget memory leak" in the operator's terminal.
  setMaxListeners(0, controller.signal)
  // The first Ctrl-C stops after the pages in hand (each stored with its checkpoint); a second one kills.
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    return await withSyncedSources(io, config, logger, async (deps) => {
      const enabled = await listEnabledSources(deps.db)
      const sources = parsed.sourceName === null ? enabled : enabled.filter((s) => s.name === parsed.sourceName)
      if (sources.length === 0) {
        printError(parsed.sourceName === null ? `no enabled sources (SOURCES_FILE=${config.sourcesFile})` : `no enabled source named "${parsed.sourceName}"; enabled: ${enabled.map((s) => s.name).join(', ') || 'none'}`)
        return 1
      }
      const since = parsed.since ?? defaultSinceDay(deps.clock.now())
      const isTerminal = (io.stderr as { isTTY?: boolean }).isTTY === true
      const reporter = isTerminal ? createBarReporter(io.stderr, deps.clock) : createLineReporter(io.stderr, deps.clock)
      const backfiller = await createBackfiller(deps, { pace: { minHostGapMs: parsed.gapMs } })
      const started = performance.now()
      let summaries: BackfillSummary[]
      try {
        const queue = new PQueue({ concurrency: SOURCE_CONCURRENCY })
        summaries = await Promise.all(
          sources.map((source) =>
            queue.add(async () => {
              const summary = await backfiller.walk(source, { since: since.start, maxPages: parsed.maxPages, signal: controller.signal, onProgress: (p) => reporter.update(p) })
              reporter.finish(summary)
              return summary
            }),
          ),
        )
      } finally {
        reporter.close()
        await backfiller.close()
      }
      const seconds = (performance.now() - started) / 1000
      for (const summary of summaries) print(formatBackfillLine(summary))
      const items = summaries.reduce((n, s) => n + s.run.items, 0)
      const total = (key: 'new' | 'relevant' | 'flagged') => summaries.reduce((n, s) => n + s.counts[key], 0)
      print(`total: sources=${summaries.length} new=${total('new')} relevant=${total('relevant')} flagged=${total('flagged')} since=${since.day} in ${seconds.toFixed(1)} s (${(items / Math.max(seconds, 0.001)).toFixed(1)} items/s)`)
      if (summaries.some((s) => s.reason === 'done')) print(`stopped=done: finished before, back to this date or further; ${FINISHED_RULE}`)
      if (!summaries.every(isWalkFinished)) print('unfinished walks go on from where they stopped at the next run')
      return controller.signal.aborted ? EXIT_INTERRUPTED : 0
    })
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

await runAsMain(import.meta.url, run)
