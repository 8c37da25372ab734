import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { listEnabledSources, insertSource } from '../../src/db/sources.js'
import type { AppDeps } from '../../src/deps.js'
import { createBackfiller } from '../../src/ingest/backfill.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { ARCHIVE_TYPES, archiveSources } from '../helpers/fixture-archive.js'
import { peakRssMb } from '../helpers/peak-rss.js'
import type { ScenarioResult } from './figure.js'
import { systemResolver } from '../../src/dns.js'

const PAGES = 50
const PER_PAGE = 10

async function startArchiveServer(): Promise<{ bases: string[]; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/backfill-archive-server.ts', String(PAGES), String(PER_PAGE)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const bases = await new Promise<string[]>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(JSON.parse(d.toString()) as string[]))
    child.once('exit', (code) => reject(new Error(`archive server exited ${code}`)))
  })
  return { bases, stop: () => child.kill('SIGTERM') }
}

/**
 * `npm run backfill` without its politeness gap: the four archive types walked at once to
 * their end, every page through the whole pipeline (article pages fetched, extracted,
 * classified, stored with a checkpoint per page). Each walk reads its pages one after the
 * other, as a polite walk must.
 */
export async function benchBackfill(): Promise<ScenarioResult> {
  const server = await startArchiveServer()
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-bench-backfill-'))
  const loaded = loadConfig({ DATABASE_PATH: join(dir, 'bench.db'), LOG_LEVEL: 'silent' }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const db = openDb(loaded.config.databasePath)
  try {
    await migrateToLatestOrThrow(db)
    for (const [i, type] of ARCHIVE_TYPES.entries()) await insertSource(db, archiveSources(server.bases[i]!).find((s) => s.type === type)!, 'file', systemClock.now())
    const deps: AppDeps = { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics(), resolver: systemResolver }
    const backfiller = await createBackfiller(deps, { pace: { minHostGapMs: 0 } })
    const since = new Date('2000-01-01T00:00:00Z')
    const loadBefore = loadavg()[0]!
    const started = performance.now()
    const summaries = await Promise.all((await listEnabledSources(db)).map((source) => backfiller.walk(source, { since })))
    const seconds = (performance.now() - started) / 1000
    await backfiller.close()
    const failed = summaries.filter((s) => s.error)
    if (failed.length > 0) throw new Error(`${failed.length} walks failed, e.g. ${failed[0]!.error}`)
    const stored = summaries.reduce((n, s) => n + s.counts.new, 0)
    const pages = summaries.reduce((n, s) => n + s.counts.pages, 0)
    return {
      notes: [
        `${summaries.length} archives (html, WordPress feed, sitemap index, gov.kz API) of ${PAGES} pages, each on a loopback host of its own: ${pages} pages read, ${stored} items stored in ${seconds.toFixed(1)} s; a local server process, no gap between requests`,
        `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
        ...summaries.map((s) => `${s.source.name}: ${s.counts.pages} pages, ${s.counts.new} items, ${(s.counts.new / seconds).toFixed(0)} items/s`),
      ],
      figures: [
        { name: 'backfill throughput', value: stored / seconds, unit: 'items/s', target: { op: '>=', value: 200 } },
        { name: 'backfill peak memory (RSS)', value: peakRssMb(), unit: 'MB', target: { op: '<=', value: 300 } },
      ],
    }
  } finally {
    server.stop()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  }
}
