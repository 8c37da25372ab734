import { Pacer, type PaceTimer, TELEGRAM_PACE } from '../../src/alerts/pacer.js'
import { type App, createApp } from '../../src/app.js'
import type { Clock } from '../../src/clock.js'
import { type Config, loadConfig } from '../../src/config.js'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import type { AppDeps } from '../../src/deps.js'
import { type Resolver, systemResolver } from '../../src/dns.js'
import type { GuardExemptions } from '../../src/ingest/address-guard.js'
import type { Sleep } from '../../src/ingest/paced-fetcher.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { FakeBotApi } from './fake-bot-api.js'

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current: Date
  constructor(start = '2026-11-21T09:00:00.000Z') {
    this.current = new Date(start)
  }
  now(): Date {
    return new Date(this.current)
  }
  set(iso: string): void {
    this.current = new Date(iso)
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms)
  }
}

/**
 * Virtual time for the alert pacer, a discrete-event clock: sleepers wake one per turn of the
 * event loop in the order of their wake times, each moving the clock to its wake time, so a
 * second of pacing costs nothing and concurrent sleepers share one consistent timeline. Each
 * turn lets I/O through, so requests on the wire are answered meanwhile. An aborted sleep ends
 * at once and moves nothing.
 */
export function virtualPaceTimer(): PaceTimer & { at: number } {
  const sleepers: { wakeAt: number; order: number; wake(): void }[] = []
  let order = 0
  let isScheduled = false
  const wakeNext = () => {
    isScheduled = false
    sleepers.sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order)
    const next = sleepers.shift()
    if (!next) return
    timer.at = Math.max(timer.at, next.wakeAt)
    next.wake()
    schedule()
  }
  const schedule = () => {
    if (isScheduled || sleepers.length === 0) return
    isScheduled = true
    setImmediate(wakeNext)
  }
  const timer = {
    at: 0,
    now: () => timer.at,
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        if (signal.aborted) return resolve()
        const onAbort = () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1)
          resolve()
        }
        const sleeper = {
          wakeAt: timer.at + Math.max(0, ms),
          order: order++,
          wake: () => {
            signal.removeEventListener('abort', onAbort)
            resolve()
          },
        }
        signal.addEventListener('abort', onAbort, { once: true })
        sleepers.push(sleeper)
        schedule()
      }),
  }
  return timer
}

/**
 * A backfill's sleep in virtual time: it moves `clock` to when the sleep would end (never
 * back), after yielding to I/O so the other requests in flight go on meanwhile.
 */
export function virtualSleep(clock: TestClock): Sleep {
  return async (ms) => {
    const until = clock.now().getTime() + ms
    await new Promise((resolve) => setImmediate(resolve))
    if (clock.now().getTime() < until) clock.set(new Date(until).toISOString())
  }
}

export const ADMIN_ID = 500_001

export function testConfig(api: FakeBotApi, env: Record<string, string> = {}): Config {
  const loaded = loadConfig({
    BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATABASE_PATH: ':memory:',
    ADMIN_IDS: String(ADMIN_ID),
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...env,
  })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  return loaded.config
}

export async function createTestDb(): Promise<Db> {
  const db = openDb(':memory:')
  await migrateToLatestOrThrow(db)
  return db
}

export interface TestApp {
  api: FakeBotApi
  db: Db
  clock: TestClock
  /** The alert pacer's virtual time. */
  paceTimer: ReturnType<typeof virtualPaceTimer>
  deps: AppDeps
  app: App
  bot: App['bot']
  close(): Promise<void>
}

export interface TestAppOptions {
  /** Puts something between the app and the fake (a holding proxy), given the fake. */
  apiRoot?: (api: FakeBotApi) => Promise<string>
  /** Backfills from the bot: the gap between requests to one host, slept in virtual time (none by default). */
  backfillGapMs?: number
  /** The database as the app gets it, given the test's own (one with a plugin watching its queries). */
  appDb?: (db: Db) => Db
  /** Host names as the app looks them up (test names answered without DNS: testResolver). */
  resolver?: Resolver
  /** Addresses the poller's address guard lets through (a loopback server standing in for a public site). */
  guardExemptions?: GuardExemptions
}

/** A resolver answering `addresses` for the names it lists and ENOTFOUND, as DNS does, for any other. */
export function testResolver(addresses: Record<string, string>): Resolver {
  return {
    resolve: (host) => {
      const address = addresses[host]
      return address ? Promise.resolve([address]) : Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }))
    },
  }
}

/** A fresh app on a fresh in-memory database with real migrations, talking to a fresh FakeBotApi. */
export async function createTestApp(env: Record<string, string> = {}, { apiRoot, backfillGapMs = 0, appDb = (db) => db, resolver = systemResolver, guardExemptions = [] }: TestAppOptions = {}): Promise<TestApp> {
  const api = new FakeBotApi()
  await api.start()
  const config = testConfig(api, { ...env, ...(apiRoot ? { TELEGRAM_API_ROOT: await apiRoot(api) } : {}) })
  const db = await createTestDb()
  const clock = new TestClock()
  const deps: AppDeps = { db: appDb(db), config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics(), resolver }
  const paceTimer = virtualPaceTimer()
  const app = createApp(deps, { fetcher: { minHostGapMs: 0, guardExemptions }, backfiller: { pace: { minHostGapMs: backfillGapMs, sleep: virtualSleep(clock) } }, pacer: new Pacer(TELEGRAM_PACE, paceTimer) })
  await app.bot.init()
  return {
    api,
    db,
    clock,
    paceTimer,
    deps,
    app,
    bot: app.bot,
    async close() {
      await app.stop()
      await db.destroy()
      await api.stop()
    },
  }
}
