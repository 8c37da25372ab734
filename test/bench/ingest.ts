import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { systemClock } from '../../src/clock.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { insertSource } from '../../src/db/sources.js'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { botEnv, buildOnce, ROOT, spawnBot, startCommand } from '../helpers/start-command.js'
import { DEFAULT_CORPUS } from './extraction.js'
import type { ScenarioResult } from './figure.js'
import { type BotCore, pinBotToOneCore } from './one-core.js'
import { siteAddress } from './generate.js'

const SITES = 400
const ITEMS_PER_SITE = 5
const LATENCY_MS = 100
const SAMPLE_MS = 50

interface PageServer {
  port: number
  pages: number
  /** When the server saw pass `generation`'s first feed request, on its clock (Date.now()). */
  passStarted(generation: number): Promise<number>
  /** When it served that pass's last page. */
  passEnded(generation: number): Promise<number>
  stop(): void
}

async function startPageServer(corpus: string): Promise<PageServer> {
  const args = ['--import', 'tsx', 'test/bench/page-server.ts', corpus, String(SITES), String(ITEMS_PER_SITE), String(LATENCY_MS)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const events = new Map<string, { promise: Promise<number>; resolve: (at: number) => void }>()
  const event = (key: string) => {
    let held = events.get(key)
    if (!held) {
      let resolve!: (at: number) => void
      const promise = new Promise<number>((r) => (resolve = r))
      held = { promise, resolve }
      events.set(key, held)
    }
    return held
  }
  let partial = ''
  const [port, pages] = await new Promise<number[]>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      // A line may come in two reads of the pipe.
      const lines = (partial + d.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        const [word, generation, at] = line.split(' ')
        if (word === 'start' || word === 'end') event(`${word} ${generation}`).resolve(Number(at))
        else resolve(line.split(' ').map(Number))
      }
    })
    child.once('exit', (code) => reject(new Error(`page server exited ${code}`)))
  })
  return {
    port: port!,
    pages: pages!,
    passStarted: (generation) => event(`start ${generation}`).promise,
    passEnded: (generation) => event(`end ${generation}`).promise,
    stop: () => child.kill('SIGTERM'),
  }
}

/** A database of SITES RSS sources on the page server's sites, migrated, in a fresh folder. */
async function seedSources(port: number): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-bench-ingest-'))
  const path = join(dir, 'bench.db')
  const db = openDb(path)
  try {
    await migrateToLatestOrThrow(db)
    for (let i = 0; i < SITES; i++) {
      const url = `http://${siteAddress(i)}:${port}/feed.xml`
      await insertSource(db, { name: `site-${i}`, url, type: 'rss', lang: 'en', isEnabled: true, list: null, project: null }, 'file', systemClock.now())
    }
  } finally {
    await db.destroy()
  }
  return { dir, path }
}

/**
 * Runs `measure` against the bench's web (the page server and a database of its sources), built
 * and torn down here; skipped with a note when the corpus is absent.
 */
async function withBenchWeb(corpus: string, measure: (web: { server: PageServer; dir: string; path: string; botCore: BotCore }) => Promise<ScenarioResult>): Promise<ScenarioResult> {
  if (!existsSync(join(corpus, 'ground-truth.json'))) {
    return { figures: [], skipped: `corpus not found at ${corpus} (pass --corpus PATH to the article-extraction-benchmark folder)` }
  }
  buildOnce()
  const botCore = pinBotToOneCore()
  const server = await startPageServer(corpus)
  try {
    const { dir, path } = await seedSources(server.port)
    try {
      const result = await measure({ server, dir, path, botCore })
      // Timed once the bot has stopped, on its CPU: a slow spell of that CPU alone shows here.
      const paces = botCore.referenceWorkByCpu().map(({ cpu, ms }) => `CPU ${cpu} ${ms.toFixed(0)} ms`)
      const where = paces.length === 0 ? botCore.note : `${botCore.note}; reference work right after, each in a fresh process: ${paces.join(', ')}`
      return { ...result, notes: [where, ...(result.notes ?? [])] }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    server.stop()
  }
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

/** A moment on Date.now()'s clock in seconds since boot, the clock /proc's thread start times count on (the server's word of it comes a little late). */
function onBootClock(at: number): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) - (Date.now() - at) / 1000
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

function splitLine(split: { main: number; reader: number; rest: number }, pages: number): string {
  const perPage = (seconds: number) => `${((seconds * 1000) / pages).toFixed(1)} ms`
  return `CPU a page by thread: main ${perPage(split.main)} (fetch, classify, store), reader worker ${perPage(split.reader)} (decompress, decode, parse, extract), V8's background threads and the rest ${perPage(split.rest)} (garbage collection, optimising compiler)`
}

/**
 * `npm run ingest -- --once` (its command line from package.json, compiled, as operators run
 * it) over 400 RSS sources × 5 teaser items whose pages are the real pages of the
 * article-extraction benchmark (gzipped, each a new story: page-server.ts), each answer 100 ms
 * late: fetch (with the real politeness rules), decompress, decode, parse, extract, classify,
 * deduplicate, store. Timed from the first request the server sees to the command's exit, so
 * module loading is not counted; memory is the command's peak RSS. The command runs on one CPU
 * of its own (one-core.ts), as the target's "on one core" says.
 */
export function benchIngest(corpus = DEFAULT_CORPUS): Promise<ScenarioResult> {
  return withBenchWeb(corpus, async ({ server, dir, path, botCore }) => {
    const load = loadavg()[0]!
    const [program, ...args] = [...botCore.prefix, ...startCommand('ingest')]
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
    void server.passStarted(0).then((at) => {
      cycleStartedAt = onBootClock(at)
      beforeCycle = sampleProcess(child.pid!) ?? empty
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    const endedAt = Date.now()
    clearInterval(sampler)
    if (code !== 0) throw new Error(`npm run ingest exited ${code}`)
    const seconds = (endedAt - (await server.passStarted(0))) / 1000
    const lines = stdout.trim().split('\n')
    const failed = lines.filter((l) => l.includes(' error='))
    if (failed.length > 0) throw new Error(`${failed.length} sources failed, e.g. ${failed[0]}`)
    const count = (field: string) => lines.reduce((n, l) => n + Number(new RegExp(`${field}=(\\d+)`).exec(l)?.[1] ?? 0), 0)
    const pages = count('fetched')
    const cycleCpuSeconds = last.cpuSeconds - beforeCycle.cpuSeconds
    const split = splitCpu(beforeCycle, { ...last, threads: seen }, child.pid!, cycleStartedAt)
    return {
      notes: [
        `${SITES} sources × ${ITEMS_PER_SITE} items: ${pages} article pages (the ${server.pages} real pages over and over, gzipped, each paragraph opening with its URL's own number so that each is a new story, every answer ${LATENCY_MS} ms late) in ${seconds.toFixed(1)} s; ${count('new')} stored (the rest: pages without paragraphs, copies of a story already stored)`,
        `npm run ingest -- --once used ${(cycleCpuSeconds / seconds).toFixed(2)} cores (its CPU seconds from the first request to its exit / the wall time of the cycle); load average ${load.toFixed(2)} at the start`,
        splitLine(split, pages),
      ],
      figures: [
        { name: 'ingest throughput (real pages)', value: pages / seconds, unit: 'pages/s', target: { op: '>=', value: 200 } },
        // 200 pages/s on one core: at most 5 ms of the process's CPU (all its threads: main, reader, GC, compiler) a page.
        { name: 'ingest CPU a page', value: (cycleCpuSeconds * 1000) / pages, unit: 'ms', digits: 1, target: { op: '<=', value: 1000 / 200 } },
        { name: 'ingest peak memory (RSS)', value: last.peakMb, unit: 'MB', target: { op: '<=', value: 250 } },
      ],
    }
  })
}

/** Articles in the bench's database, read beside the running bot (WAL lets it). */
function storedArticles(path: string): number {
  const db = new SQLite(path, { readonly: true })
  try {
    return (db.prepare('select count(*) as n from article').get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Poll passes a running bot makes before its figures are read: the first ones warm it up (V8 compiling the hot code, the heap growing to its working size). */
const WARM_UP_PASSES = 2
const MEASURED_PASSES = 3
/** A pass whose pages are not all served by then has failed (a source's error, a stalled fetch). */
const PASS_TIMEOUT_MS = 120_000

/**
 * The same sources and pages polled by the running bot: `npm start` (its command line from
 * package.json, compiled, with a fake Bot API) with POLL_INTERVAL_SECONDS=1, so each pass polls all
 * 400 sources again and finds 5 new items in each (the page server lists new links each time).
 * After WARM_UP_PASSES, MEASURED_PASSES passes are read: pages/s over their time from first feed
 * request to last page served, CPU a page over all of it (the idle second between passes
 * included), memory the bot's peak RSS since it started. The bot runs on one CPU of its own
 * (one-core.ts).
 */
export function benchIngestRunning(corpus = DEFAULT_CORPUS): Promise<ScenarioResult> {
  return withBenchWeb(corpus, async ({ server, dir, path, botCore }) => {
    const api = new FakeBotApi()
    await api.start()
    try {
      const load = loadavg()[0]!
      const bot = spawnBot([...botCore.prefix, ...startCommand()], botEnv(api, path, dir, { POLL_INTERVAL_SECONDS: '1' }))
      const pid = bot.child.pid!
      const died = bot.exited.then((code) => Promise.reject(new Error(`npm start exited ${code} while polling`)))
      const passEvent = (event: Promise<number>, what: string) => {
        let timer: NodeJS.Timeout | undefined
        const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not come within ${PASS_TIMEOUT_MS / 1000} s`)), PASS_TIMEOUT_MS)))
        return Promise.race([event, died, late]).finally(() => clearTimeout(timer))
      }
      try {
        const readerStartedAfter = onBootClock(await passEvent(server.passStarted(0), 'the first poll pass'))
        const first = WARM_UP_PASSES
        const last = WARM_UP_PASSES + MEASURED_PASSES
        let passSeconds = 0
        let before: ProcessSample | null = null
        for (let pass = first; pass < last; pass++) {
          const startedAt = await passEvent(server.passStarted(pass), `pass ${pass}`)
          before ??= sampleProcess(pid)
          passSeconds += ((await passEvent(server.passEnded(pass), `the last page of pass ${pass}`)) - startedAt) / 1000
        }
        // Its last pages are stored by the time the next pass starts.
        await passEvent(server.passStarted(last), `pass ${last}`)
        const after = sampleProcess(pid)
        if (!before || !after) throw new Error('the bot\'s /proc figures could not be read')
        const pages = MEASURED_PASSES * SITES * ITEMS_PER_SITE
        const cpuSeconds = after.cpuSeconds - before.cpuSeconds
        const stored = storedArticles(path)
        return {
          notes: [
            `npm start, POLL_INTERVAL_SECONDS=1: passes ${first + 1}–${last} of the running bot, each ${SITES} sources × ${ITEMS_PER_SITE} new items (the same real pages under new links, gzipped, each a new story, every answer ${LATENCY_MS} ms late): ${pages} pages in ${passSeconds.toFixed(1)} s of polling, ${stored} articles stored since the bot started; load average ${load.toFixed(2)} at the start`,
            splitLine(splitCpu(before, after, pid, readerStartedAfter), pages),
          ],
          figures: [
            { name: 'ingest running: throughput', value: pages / passSeconds, unit: 'pages/s', target: { op: '>=', value: 200 } },
            { name: 'ingest running: CPU a page', value: (cpuSeconds * 1000) / pages, unit: 'ms', digits: 1, target: { op: '<=', value: 1000 / 200 } },
            { name: 'ingest running: peak RSS', value: after.peakMb, unit: 'MB', target: { op: '<=', value: 250 } },
          ],
        }
      } finally {
        await bot.stop()
      }
    } finally {
      await api.stop()
    }
  })
}
