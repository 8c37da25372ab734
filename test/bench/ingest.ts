import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../../src/clock.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { insertSource } from '../../src/db/sources.js'
import { buildOnce, ROOT, startCommand } from '../helpers/start-command.js'
import { DEFAULT_CORPUS } from './extraction.js'
import type { ScenarioResult } from './figure.js'
import { siteAddress } from './generate.js'

const SITES = 400
const ITEMS_PER_SITE = 5
const LATENCY_MS = 100
const SAMPLE_MS = 50

async function startPageServer(corpus: string): Promise<{ port: number; pages: number; firstRequestAt: Promise<number>; stop(): void }> {
  const args = ['--import', 'tsx', 'test/bench/page-server.ts', corpus, String(SITES), String(ITEMS_PER_SITE), String(LATENCY_MS)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let resolveFirst!: (at: number) => void
  const firstRequestAt = new Promise<number>((resolve) => (resolveFirst = resolve))
  const [port, pages] = await new Promise<number[]>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().trim().split('\n')) {
        if (line.startsWith('first ')) resolveFirst(Number(line.slice(6)))
        else resolve(line.split(' ').map(Number))
      }
    })
    child.once('exit', (code) => reject(new Error(`page server exited ${code}`)))
  })
  return { port: port!, pages: pages!, firstRequestAt, stop: () => child.kill('SIGTERM') }
}

/** Peak resident memory (VmHWM) and CPU seconds of a running process, from /proc (Linux). */
function sampleProcess(pid: number): { peakMb: number; cpuSeconds: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // An exited process not yet reaped (a zombie) has no memory figures left.
    const peakKb = /VmHWM:\s+(\d+)/.exec(status)?.[1]
    return peakKb ? { peakMb: Number(peakKb) / 1024, cpuSeconds: (Number(stat[11]) + Number(stat[12])) / 100 } : null
  } catch {
    return null
  }
}

/**
 * `npm run ingest -- --once` (its command line from package.json, compiled, as operators run it) over 400 RSS sources × 5 teaser
 * items whose pages are the real pages of the article-extraction benchmark, each answer 100 ms
 * late: fetch (with the real politeness rules), decode, parse, extract, classify, deduplicate,
 * store. Timed from the first request the server sees to the command's exit, so module loading
 * is not counted; memory is the command's peak RSS.
 */
export async function benchIngest(corpus = DEFAULT_CORPUS): Promise<ScenarioResult> {
  if (!existsSync(join(corpus, 'ground-truth.json'))) {
    return { figures: [], skipped: `corpus not found at ${corpus} (pass --corpus PATH to the article-extraction-benchmark folder)` }
  }
  buildOnce()
  const server = await startPageServer(corpus)
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-bench-ingest-'))
  const path = join(dir, 'bench.db')
  try {
    const db = openDb(path)
    await migrateToLatestOrThrow(db)
    for (let i = 0; i < SITES; i++) {
      const url = `http://${siteAddress(i)}:${server.port}/feed.xml`
      await insertSource(db, { name: `site-${i}`, url, type: 'rss', lang: 'en', isEnabled: true, list: null, project: null }, 'file', systemClock.now())
    }
    await db.destroy()
    const load = loadavg()[0]!
    const [program, ...args] = startCommand('ingest')
    const child = spawn(program!, [...args, '--once'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: path, SOURCES_FILE: join(dir, 'none.json'), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    let last = { peakMb: 0, cpuSeconds: 0 }
    const sampler = setInterval(() => (last = sampleProcess(child.pid!) ?? last), SAMPLE_MS)
    // Start-up's CPU (module loading, migrations) is left out of the cycle's.
    let cpuBeforeCycle = 0
    void server.firstRequestAt.then(() => (cpuBeforeCycle = sampleProcess(child.pid!)?.cpuSeconds ?? 0))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    const endedAt = Date.now()
    clearInterval(sampler)
    if (code !== 0) throw new Error(`npm run ingest exited ${code}`)
    const seconds = (endedAt - (await server.firstRequestAt)) / 1000
    const lines = stdout.trim().split('\n')
    const failed = lines.filter((l) => l.includes(' error='))
    if (failed.length > 0) throw new Error(`${failed.length} sources failed, e.g. ${failed[0]}`)
    const count = (field: string) => lines.reduce((n, l) => n + Number(new RegExp(`${field}=(\\d+)`).exec(l)?.[1] ?? 0), 0)
    const pages = count('fetched')
    const cycleCpuSeconds = last.cpuSeconds - cpuBeforeCycle
    return {
      notes: [
        `${SITES} sources × ${ITEMS_PER_SITE} items: ${pages} article pages (the ${server.pages} real pages over and over, every answer ${LATENCY_MS} ms late) in ${seconds.toFixed(1)} s; ${count('new')} stored (a copy of a page already stored is the same story)`,
        `npm run ingest -- --once used ${(cycleCpuSeconds / seconds).toFixed(2)} cores (its CPU seconds from the first request to its exit / the wall time of the cycle); load average ${load.toFixed(2)} at the start`,
      ],
      figures: [
        { name: 'ingest throughput (real pages)', value: pages / seconds, unit: 'pages/s', target: { op: '>=', value: 200 } },
        // 200 pages/s on one core: at most 5 ms of the process's CPU (both threads, GC, I/O) a page.
        { name: 'ingest CPU a page', value: (cycleCpuSeconds * 1000) / pages, unit: 'ms', digits: 1, target: { op: '<=', value: 1000 / 200 } },
        { name: 'ingest peak memory (RSS)', value: last.peakMb, unit: 'MB', target: { op: '<=', value: 250 } },
      ],
    }
  } finally {
    server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
