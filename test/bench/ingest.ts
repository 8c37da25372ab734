import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { listEnabledSources, insertSource } from '../../src/db/sources.js'
import type { AppDeps } from '../../src/deps.js'
import { createFetcher } from '../../src/ingest/fetch.js'
import { createPipelineWork } from '../../src/ingest/pipeline-work.js'
import { ingestSources } from '../../src/ingest/poller.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { siteAddress } from './generate.js'
import { peakRssMb, type ScenarioResult } from './figure.js'

const SOURCES = 500
const ITEMS_PER_SOURCE = 20

async function startFeedServer(): Promise<{ port: number; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/feed-server.ts', String(SOURCES), String(ITEMS_PER_SOURCE)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())))
    child.once('exit', (code) => reject(new Error(`feed server exited ${code}`)))
  })
  return { port, stop: () => child.kill('SIGTERM') }
}

/** A whole poll cycle of 500 RSS sources × 20 teaser items: fetch, parse, fetch pages, extract, classify, store. */
export async function benchIngest(): Promise<ScenarioResult> {
  const server = await startFeedServer()
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-bench-ingest-'))
  const loaded = loadConfig({ DATABASE_PATH: join(dir, 'bench.db'), LOG_LEVEL: 'silent' }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const db = openDb(loaded.config.databasePath)
  try {
    await migrateToLatestOrThrow(db)
    const now = systemClock.now()
    for (let i = 0; i < SOURCES; i++) {
      const url = `http://${siteAddress(i)}:${server.port}/feed.xml`
      await insertSource(db, { name: `site-${i}`, url, type: 'rss', lang: 'en', isEnabled: true, list: null, project: null }, 'file', now)
    }
    const deps: AppDeps = { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics() }
    const sources = await listEnabledSources(db)
    // The pipeline's throughput: the politeness gap would cap each generated site at 4 requests a second.
    const tools = { fetcher: createFetcher({ minHostGapMs: 0 }), work: createPipelineWork() }
    global.gc?.()
    const baselineMb = process.memoryUsage().rss / 2 ** 20
    const started = performance.now()
    const summaries = await ingestSources(deps, tools, sources)
    const seconds = (performance.now() - started) / 1000
    tools.fetcher.close()
    await tools.work.close()
    const stored = summaries.reduce((n, s) => n + s.new, 0)
    const failed = summaries.filter((s) => s.error)
    if (failed.length > 0) throw new Error(`${failed.length} sources failed, e.g. ${failed[0]!.error}`)
    const relevant = summaries.reduce((n, s) => n + s.relevant, 0)
    return {
      notes: [`${sources.length} sources, ${stored} items stored (${relevant} relevant) in ${seconds.toFixed(1)} s; ${SOURCES * (ITEMS_PER_SOURCE + 1)} HTTP requests to a local server process; RSS before the cycle ${baselineMb.toFixed(0)} MB`],
      figures: [
        { name: 'ingest throughput', value: stored / seconds, unit: 'items/s', target: { op: '>=', value: 500 } },
        { name: 'ingest peak memory (RSS)', value: peakRssMb(), unit: 'MB', target: { op: '<=', value: 300 } },
      ],
    }
  } finally {
    server.stop()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}
