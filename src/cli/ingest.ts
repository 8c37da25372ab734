import pino from 'pino'
import { systemClock } from '../clock.js'
import { migrateToLatestOrThrow } from '../db/migrate.js'
import { listEnabledSources } from '../db/sources.js'
import { createFetcher } from '../ingest/fetch.js'
import { formatSummaryLine } from '../ingest/ingest-source.js'
import { ingestSources } from '../ingest/poller.js'
import { syncSourcesFile } from '../ingest/sources-file.js'
import { limitHeapGrowth } from '../heap.js'
import { createMetrics } from '../metrics.js'
import { type Command, readCommandConfig, runAsMain, withDatabase } from './command.js'

/** `npm run ingest -- --once`: polls every enabled source once, one summary line each on stdout. */
export const run: Command = async (argv, io) => {
  if (!argv.includes('--once')) {
    io.stderr.write('usage: npm run ingest -- --once   (polls every enabled source once and exits)\n')
    return 2
  }
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  // The memory the running bot's poller would take for the same cycle (main.ts does the same).
  limitHeapGrowth()
  // Logs go to stderr so stdout carries only the summary lines.
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, base: undefined }, io.stderr)
  const fetcher = createFetcher()
  try {
    return await withDatabase(io, config.databasePath, async (db) => {
      await migrateToLatestOrThrow(db)
      const deps = { db, config, logger, clock: systemClock, metrics: createMetrics() }
      const synced = await syncSourcesFile(deps)
      if (!synced.ok) {
        io.stderr.write(`${synced.error}\n`)
        return 1
      }
      const sources = await listEnabledSources(db)
      if (sources.length === 0) io.stderr.write(`no enabled sources (SOURCES_FILE=${config.sourcesFile})\n`)
      const summaries = await ingestSources(deps, fetcher, sources)
      for (const summary of summaries) io.stdout.write(`${formatSummaryLine(summary)}\n`)
      return 0
    })
  } finally {
    fetcher.close()
  }
}

await runAsMain(import.meta.url, run)
