import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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

/** Clock ticks a second in /proc's CPU and start times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

interface ThreadCpu {
  seconds: number
  /** Since boot, in seconds. */
  startedAt: number
}

interface ProcessSample {
  peakMb: number
  cpuSeconds: number
  threads: Map<number, ThreadCpu>
}

/** CPU seconds and start time of one thread (or of a whole process), from a /proc stat line. */
function readStat(path: string): ThreadCpu {
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ')
  return { seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, startedAt: Number(fields[19]) / TICKS_PER_SECOND }
}

/** Peak resident memory (VmHWM) and CPU seconds of a running process and of each of its threads, from /proc (Linux). */
function sampleProcess(pid: number): ProcessSample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    // An exited process not yet reaped (a zombie) has no memory figures left.
    const peakKb = /VmHWM:\s+(\d+)/.exec(status)?.[1]
    if (!peakKb) return null
    const threads = new Map<number, ThreadCpu>()
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        threads.set(Number(tid), readStat(`/proc/${pid}/task/${tid}/stat`))
      } catch {
        // The thread ended between listing and reading.
      }
    }
    return { peakMb: Number(peakKb) / 1024, cpuSeconds: readStat(`/proc/${pid}/stat`).seconds, threads }
  } catch {
    return null
  }
}

/** Seconds since boot, the clock /proc's thread start times count on. */
function uptimeSeconds(): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
}

/**
 * Where the cycle's CPU went: the main thread (fetching, classifying, storing), the threads that
 * started during the cycle (the reader worker, created on the first read) and the rest (V8's
 * garbage-collector and compiler threads, libuv's pool). `after` holds each thread as last seen.
 */
function splitCpu(before: ProcessSample, after: ProcessSample, pid: number, cycleStartedAt: number): { main: number; reader: number; rest: number } {
  const spent = (tid: number, thread: ThreadCpu) => thread.seconds - (before.threads.get(tid)?.seconds ?? 0)
  const main = spent(pid, after.threads.get(pid) ?? { seconds: 0, startedAt: 0 })
  let reader = 0
  for (const [tid, thread] of after.threads) if (tid !== pid && thread.startedAt >= cycleStartedAt) reader += spent(tid, thread)
  return { main, reader, rest: after.cpuSeconds - before.cpuSeconds - main - reader }
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
    const empty: ProcessSample = { peakMb: 0, cpuSeconds: 0, threads: new Map() }
    let last = empty
    // Each thread as last seen: the reader worker ends before the process does, its CPU still counted.
    const seen = new Map<number, ThreadCpu>()
    const sampler = setInterval(() => {
      last = sampleProcess(child.pid!) ?? last
      for (const [tid, thread] of last.threads) seen.set(tid, thread)
    }, SAMPLE_MS)
    // Start-up's CPU (module loading, migrations) is left out of the cycle's.
    let beforeCycle = empty
    let cycleStartedAt = 0
    void server.firstRequestAt.then((at) => {
      // The server's word of its first request comes a little late: the moment itself, on the boot clock.
      cycleStartedAt = uptimeSeconds() - (Date.now() - at) / 1000
      beforeCycle = sampleProcess(child.pid!) ?? empty
    })
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
    const cycleCpuSeconds = last.cpuSeconds - beforeCycle.cpuSeconds
    const split = splitCpu(beforeCycle, { ...last, threads: seen }, child.pid!, cycleStartedAt)
    const perPage = (seconds: number) => `${((seconds * 1000) / pages).toFixed(1)} ms`
    return {
      notes: [
        `${SITES} sources × ${ITEMS_PER_SITE} items: ${pages} article pages (the ${server.pages} real pages over and over, every answer ${LATENCY_MS} ms late) in ${seconds.toFixed(1)} s; ${count('new')} stored (a copy of a page already stored is the same story)`,
        `npm run ingest -- --once used ${(cycleCpuSeconds / seconds).toFixed(2)} cores (its CPU seconds from the first request to its exit / the wall time of the cycle); load average ${load.toFixed(2)} at the start`,
        `CPU a page by thread: main ${perPage(split.main)} (fetch, classify, store), reader worker ${perPage(split.reader)} (decode, parse, extract), V8's background threads and the rest ${perPage(split.rest)} (garbage collection, optimising compiler)`,
      ],
      figures: [
        { name: 'ingest throughput (real pages)', value: pages / seconds, unit: 'pages/s', target: { op: '>=', value: 200 } },
        // 200 pages/s on one core: at most 5 ms of the process's CPU (all its threads: main, reader, GC, compiler) a page.
        { name: 'ingest CPU a page', value: (cycleCpuSeconds * 1000) / pages, unit: 'ms', digits: 1, target: { op: '<=', value: 1000 / 200 } },
        { name: 'ingest peak memory (RSS)', value: last.peakMb, unit: 'MB', target: { op: '<=', value: 250 } },
      ],
    }
  } finally {
    server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
