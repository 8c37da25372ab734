import { pathToFileURL } from 'node:url'
import { createApp } from '../../src/app.js'
import { systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { publish, seedAlertItems } from '../alerts/alert-fixtures.js'
import { FakeBotApi, TELEGRAM_RATE_LIMITS } from '../helpers/fake-bot-api.js'
import type { ScenarioResult } from './figure.js'

const PRIVATE_CHATS = 900
const GROUP_CHATS = 100
const ITEMS = 3
const TARGET_PER_SECOND = 27

/**
 * 3,000 alerts (3 items × 1,000 chats, 100 of them supergroups) through the real sender
 * against a fake Bot API that enforces Telegram's limits — 30 messages in any second, one a
 * second per chat, 20 a minute per group — answering 429 with retry_after to a faster sender.
 */
export async function benchAlertFanout(): Promise<ScenarioResult> {
  const api = new FakeBotApi()
  api.rateLimits = TELEGRAM_RATE_LIMITS
  await api.start()
  const loaded = loadConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', PORT: '0' })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const db = openDb(':memory:')
  await migrateToLatestOrThrow(db)
  const app = createApp({ db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics() })
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

    const started = performance.now()
    await app.alerts.sender.runOnce()
    const seconds = (performance.now() - started) / 1000

    const delivered = api.sent()
    const distinct = new Set(delivered.map((c) => `${c.payload.chat_id}:${titles.find((t) => String(c.payload.text).includes(t))}`))
    const sentRows = await db.selectFrom('alert_outbox').select('id').where('state', '=', 'sent').execute()
    const lost = queued - distinct.size
    const duplicated = delivered.length - distinct.size
    return {
      notes: [
        `${queued} alerts to ${chats.length} chats (${GROUP_CHATS} supergroups) in ${seconds.toFixed(1)} s; ${sentRows.length} outbox rows marked sent`,
        `fake Bot API limits: ${TELEGRAM_RATE_LIMITS.perSecond}/s overall, 1 per ${TELEGRAM_RATE_LIMITS.perChatIntervalMs} ms per chat, ${TELEGRAM_RATE_LIMITS.groupPerMinute}/min per group`,
      ],
      figures: [
        { name: 'alert fan-out, sustained rate', value: delivered.length / seconds, unit: 'msg/s', target: { op: '>=', value: TARGET_PER_SECOND }, digits: 1 },
        { name: 'alert fan-out, lost', value: lost, unit: 'alerts', target: { op: '<=', value: 0 } },
        { name: 'alert fan-out, duplicated', value: duplicated, unit: 'alerts', target: { op: '<=', value: 0 } },
        { name: 'alert fan-out, 429 answers received', value: api.rateLimited.length, unit: 'responses', note: 'retry_after honoured by auto-retry' },
      ],
    }
  } finally {
    await app.stop()
    await db.destroy()
    await api.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await benchAlertFanout(), null, 2))
