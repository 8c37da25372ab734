import { systemClock } from '../clock.js'
import { openDb } from '../db/database.js'
import { migrateToLatestOrThrow } from '../db/migrate.js'
import { listEnabledSources } from '../db/sources.js'
import { createFetcher } from '../ingest/fetch.js'
import { formatSummaryLine } from '../ingest/ingest-source.js'
import { ingestSources } from '../ingest/poller.js'
import { syncSourcesFile } from '../ingest/sources-file.js'
import pino from 'pino'
import { createMetrics } from '../metrics.js'
import { loadConfigOrExit } from './load-config.js'

if (!process.argv.includes('--once')) {
  console.error('usage: npm run ingest -- --once   (polls every enabled source once and exits)')
  process.exit(2)
}
const config = loadConfigOrExit({ requireBotToken: false })
// Logs go to stderr so stdout carries only the summary lines.
const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, base: undefined }, pino.destination(2))
const db = openDb(config.databasePath)
const fetcher = createFetcher()
try {
  await migrateToLatestOrThrow(db)
  const deps = { db, config, logger, clock: systemClock, metrics: createMetrics() }
  const synced = await syncSourcesFile(deps)
  if (!synced.ok) {
    console.error(synced.error)
    process.exitCode = 1
  } else {
    const sources = await listEnabledSources(db)
    if (sources.length === 0) console.error(`no enabled sources (SOURCES_FILE=${config.sourcesFile})`)
    const summaries = await ingestSources(deps, fetcher, sources)
    for (const summary of summaries) console.log(formatSummaryLine(summary))
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  fetcher.close()
  await db.destroy()
}
