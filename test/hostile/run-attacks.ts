import { readFileSync } from 'node:fs'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { listEnabledSources, insertSource } from '../../src/db/sources.js'
import { limitHeapGrowth } from '../../src/heap.js'
import { createFetcher } from '../../src/ingest/fetch.js'
import { formatSummaryLine, formatWarningLine } from '../../src/ingest/ingest-source.js'
import { createPipelineWork } from '../../src/ingest/pipeline-work.js'
import { ingestSources } from '../../src/ingest/poller.js'
import { syncSourcesFile } from '../../src/ingest/sources-file.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { peakRssMb } from '../helpers/peak-rss.js'
import { type AttackSource, PUBLIC_STAND_IN } from './attacks.js'
import { systemResolver } from '../../src/dns.js'

/**
 * One poll of every source, as `npm run ingest -- --once` does it, in a process of its own so
 * its peak memory can be read: argv DATABASE_PATH SOURCES_FILE ADMIN_SOURCES_JSON. Prints the
 * summary lines, then `PEAK_RSS_MB <n>` and `SECONDS <n>`. Timeouts are shortened (a
 * never-ending body costs 3 s, not 30) and 127.0.0.2 stands for a public address.
 */
const [databasePath, sourcesFile, adminFile] = process.argv.slice(2)
limitHeapGrowth()
const loaded = loadConfig({ DATABASE_PATH: databasePath, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'silent' }, { requireBotToken: false })
if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
const db = openDb(loaded.config.databasePath)
await migrateToLatestOrThrow(db)
const deps = { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics(), resolver: systemResolver }
const synced = await syncSourcesFile(deps)
if (!synced.ok) throw new Error(synced.error)
for (const s of JSON.parse(readFileSync(adminFile!, 'utf8')) as AttackSource[]) {
  await insertSource(db, { name: s.name, url: s.url, type: s.type, lang: s.lang, isEnabled: true, list: null, project: null }, 'admin', systemClock.now())
}
const tools = {
  fetcher: createFetcher({ totalTimeoutMs: 3_000, connectTimeoutMs: 3_000, minHostGapMs: 0, guardExemptions: [PUBLIC_STAND_IN] }),
  // The deep page of nested-page is read, or given up on, in 10 s rather than 60.
  work: createPipelineWork({ taskTimeoutMs: 10_000 }),
}
const started = performance.now()
const summaries = await ingestSources(deps, tools, await listEnabledSources(db))
const seconds = (performance.now() - started) / 1000
// Warnings on stdout too, unlike the CLI's stderr: the suite checks that stderr stays empty.
for (const summary of summaries) process.stdout.write(`${[formatSummaryLine(summary), formatWarningLine(summary)].filter(Boolean).join('\n')}\n`)
tools.fetcher.close()
await tools.work.close()
await db.destroy()
process.stdout.write(`PEAK_RSS_MB ${peakRssMb().toFixed(0)}\nSECONDS ${seconds.toFixed(2)}\n`)
