import { type ChildProcess, fork, spawn } from 'node:child_process'
import { once } from 'node:events'
import { availableParallelism, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { createApp } from '../../src/app.js'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { publish, seedAlertItems } from '../alerts/alert-fixtures.js'
import { TELEGRAM_RATE_LIMITS } from '../helpers/fake-bot-api.js'
import type { FakeReport } from './fake-bot-api-process.js'
import type { Figure, ScenarioResult } from './figure.js'

const PRIVATE_CHATS = 450
const GROUP_CHATS = 50
const ITEMS = 2
const TARGET_PER_SECOND = 27

interface Row {
  latencyMs: number
  /** CPU-bound processes started beside the sender, one per core: a machine under load. */
  isLoaded: boolean
}

const ROWS: Row[] = [
  { latencyMs: 0, isLoaded: false },
  { latencyMs: 150, isLoaded: false },
  { latencyMs: 300, isLoaded: false },
  { latencyMs: 300, isLoaded: true },
]

const load = () => loadavg()[0]!.toFixed(2)

function startBusyProcesses(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
}

/** The fake Bot API in its own process (fake-bot-api-process.ts), answering after `latencyMs`. */
async function startFakeBotApi(latencyMs: number): Promise<{ apiRoot: string; token: string; report(): Promise<FakeReport>; stop(): Promise<void> }> {
  const child = fork('test/bench/fake-bot-api-process.ts', [String(latencyMs)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const [{ apiRoot, token }] = (await once(child, 'message')) as [{ apiRoot: string; token: string }]
  return {
    apiRoot,
    token,
    async report() {
      child.send('report')
      return ((await once(child, 'message')) as [FakeReport])[0]
    },
    async stop() {
      const exited = once(child, 'exit')
      child.disconnect()
      await exited
    },
  }
}

/**
 * 1,000 alerts (2 items × 500 chats, 50 of them supergroups) through the real sender against
 * a fake Bot API that answers `latencyMs` after each request arrives and enforces Telegram's
 * limits — 30 messages in any second, one a second per chat, 20 a minute per group — with 429s.
 */
async function measureRow({ latencyMs, isLoaded }: Row): Promise<{ figures: Figure[]; note: string }> {
  const api = await startFakeBotApi(latencyMs)
  const loaded = loadConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', PORT: '0' })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const db = openDb(':memory:')
  await migrateToLatestOrThrow(db)
  const app = createApp({ db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics() })
  const busy = isLoaded ? startBusyProcesses(availableParallelism()) : []
  try {
    const now = new Date()
    const chats = [
      ...Array.from({ length: PRIVATE_CHATS }, (_, i) => ({ chatId: 10_000 + i, type: 'private' as const })),
      ...Array.from({ length: GROUP_CHATS }, (_, i) => ({ chatId: -1_000_000_000_000 - i, type: 'supergroup' as const })),
    ]
    const since = new Date(now.getTime() - 86_400_000).toISOString()
    await db.insertInto('subscriber').values(chats.map((c) => ({ chat_id: c.chatId, chat_type: c.type, language: 'en' as const, last_digest_at: null, deactivated_reason: null, created_at: since, updated_at: since }))).execute()
    await db.insertInto('subscription').values(chats.map((c) => ({ chat_id: c.chatId, topic_type: 'all' as const, created_at: since }))).execute()
    const titles = Array.from({ length: ITEMS }, (_, i) => `Bench item ${i + 1}`)
    const ids = await seedAlertItems(db, titles.map((title, i) => ({ title, partners: ['RU'], publishedAt: new Date(now.getTime() - (i + 1) * 60_000).toISOString() })))
    const queued = await publish(db, ids, now)
    if (queued !== ITEMS * chats.length) throw new Error(`expected ${ITEMS * chats.length} alerts queued, got ${queued}: the fan-out would measure nothing`)

    const loadBefore = load()
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    await app.alerts.sender.runOnce()
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)

    const report = await api.report()
    const delivered = report.sent
    const distinct = new Set(delivered.map((c) => `${c.chatId}:${titles.find((t) => c.text.includes(t))}`))
    const sentRows = await db.selectFrom('alert_outbox').select('id').where('state', '=', 'sent').execute()
    const row = `${latencyMs} ms${isLoaded ? `, ${busy.length} busy processes beside it` : ''}`
    const fake = report.isRaised ? 'fake Bot API at a raised priority' : 'fake Bot API at normal priority'
    return {
      note: `${row}: ${queued} alerts in ${seconds.toFixed(1)} s, ${sentRows.length} rows marked sent, at most ${report.peakPending} on the wire at once, sender CPU ${((cpu.user + cpu.system) / 1000 / queued).toFixed(2)} ms a message; load average ${loadBefore} → ${load()}; ${fake}`,
      figures: [
        { name: `fan-out at ${row}`, value: delivered.length / seconds, unit: 'msg/s', target: { op: '>=', value: TARGET_PER_SECOND }, digits: 1 },
        { name: `  lost`, value: queued - distinct.size, unit: 'alerts', target: { op: '<=', value: 0 } },
        { name: `  sent twice`, value: delivered.length - distinct.size, unit: 'alerts', target: { op: '<=', value: 0 } },
        { name: `  429 answers`, value: report.rateLimited, unit: 'responses', target: { op: '<=', value: 0 } },
      ],
    }
  } finally {
    for (const child of busy) child.kill()
    await app.stop()
    await db.destroy()
    await api.stop()
  }
}

export async function benchAlertFanout(): Promise<ScenarioResult> {
  const notes = [
    `fake Bot API limits: ${TELEGRAM_RATE_LIMITS.perSecond}/s overall, 1 per ${TELEGRAM_RATE_LIMITS.perChatIntervalMs} ms per chat, ${TELEGRAM_RATE_LIMITS.groupPerMinute}/min per group, each answer after the row's latency`,
  ]
  const figures: Figure[] = []
  for (const row of ROWS) {
    const measured = await measureRow(row)
    notes.push(measured.note)
    figures.push(...measured.figures)
  }
  return { notes, figures }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await benchAlertFanout(), null, 2))
