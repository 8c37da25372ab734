import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { MAX_IN_FLIGHT } from '../../src/alerts/pacer.js'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

const CHATS = Array.from({ length: 40 }, (_, i) => 1001 + i)
const TITLES = ['Story A with Russia', 'Story B with France', 'Story C with China']
/** expect.poll's limit only bounds a failing run; passing never depends on it. */
const POLL = { timeout: 60_000, interval: 20 }

function startSender(file: string, api: FakeBotApi): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/alerts/sender-process.ts', file, api.apiRoot, api.token], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  return { child, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) }
}

describe('sender crash and restart (a real process, SIGKILL)', () => {
  let api: FakeBotApi
  let db: Db
  let file: string
  beforeEach(async () => {
    api = new FakeBotApi()
    await api.start()
    file = join(mkdtempSync(join(tmpdir(), 'coopwatch-alerts-')), 'alerts.db')
    db = openDb(file)
    await migrateToLatestOrThrow(db)
  })
  afterEach(async () => {
    await db.destroy()
    await api.stop()
  })

  it('delivers every alert after a SIGKILL mid fan-out, repeating at most the messages in flight', async () => {
    for (const chatId of CHATS) await seedSubscriber(db, { chatId })
    const now = new Date()
    const ids = await seedAlertItems(db, TITLES.map((title) => ({ title, publishedAt: new Date(now.getTime() - 3_600_000).toISOString() })))
    expect(await publish(db, ids, now)).toBe(CHATS.length * TITLES.length)
    // A Bot API far away, so that several messages are on the wire at once when the sender dies.
    api.latencyMs = 150

    const first = startSender(file, api)
    await expect.poll(() => api.sent().length >= 30 && api.pending >= 2, POLL).toBe(true)
    first.child.kill('SIGKILL')
    expect(await first.exited).toBeNull()
    const leftSending = await db.selectFrom('alert_outbox as o').innerJoin('article as a', 'a.id', 'o.article_id').select(['o.chat_id', 'a.title']).where('o.state', '=', 'sending').execute()
    expect(leftSending.length).toBeGreaterThanOrEqual(2)

    const second = startSender(file, api)
    await expect
      .poll(async () => (await db.selectFrom('alert_outbox').select('id').where('state', '=', 'sent').execute()).length, POLL)
      .toBe(CHATS.length * TITLES.length)
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)

    const deliveries = new Map<string, number>()
    for (const call of api.sent()) {
      const title = TITLES.find((t) => String(call.payload.text).includes(t))
      const key = `${call.payload.chat_id}:${title}`
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1)
    }
    for (const chatId of CHATS) for (const title of TITLES) expect(deliveries.get(`${chatId}:${title}`), `${chatId}:${title}`).toBeGreaterThanOrEqual(1)
    const repeated = [...deliveries.entries()].filter(([, n]) => n > 1)
    // Only messages that had left and were not yet marked sent can arrive twice, each at most twice.
    expect(repeated.every(([, n]) => n === 2)).toBe(true)
    expect(repeated.map(([key]) => key).every((key) => leftSending.some((r) => `${r.chat_id}:${r.title}` === key))).toBe(true)
    expect(repeated.length).toBeLessThanOrEqual(MAX_IN_FLIGHT)
    // Two sender processes and two polls of up to POLL.timeout each: the suite's 30 s would cut a slow machine's run short.
  }, 3 * POLL.timeout)
})
