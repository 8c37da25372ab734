import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { BOT_USER, FakeBotApi } from '../helpers/fake-bot-api.js'
import { publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

const CHATS = Array.from({ length: 30 }, (_, i) => 1001 + i)
const TITLES = ['Story A with Russia', 'Story B with France']

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

  it('delivers every alert after a restart, repeating at most the one in flight when it died', async () => {
    for (const chatId of CHATS) await seedSubscriber(db, { chatId })
    const now = new Date()
    const ids = await seedAlertItems(db, TITLES.map((title) => ({ title, publishedAt: new Date(now.getTime() - 3_600_000).toISOString() })))
    expect(await publish(db, ids, now)).toBe(60)

    // The first message to chat 1020 reaches "Telegram", whose answer never comes back: the
    // sender dies after the send and before it could mark the row sent.
    let answerLate = () => {}
    const reachedTelegram = new Promise<void>((reached) => {
      api.once('sendMessage', (payload) => {
        reached()
        return new Promise((resolve) => {
          answerLate = () => resolve({ body: { ok: true, result: { message_id: 1, date: 0, chat: { id: payload.chat_id, type: 'private' }, from: BOT_USER, text: payload.text } } })
        })
      }, { chatId: 1020 })
    })

    const first = startSender(file, api)
    await reachedTelegram
    first.child.kill('SIGKILL')
    expect(await first.exited).toBeNull()
    answerLate()
    const sentBeforeCrash = api.sent().length
    expect(sentBeforeCrash).toBeLessThan(60)

    const second = startSender(file, api)
    await expect
      .poll(async () => (await db.selectFrom('alert_outbox').select('id').where('state', '=', 'sent').execute()).length, { timeout: 20_000, interval: 100 })
      .toBe(60)
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
    expect(repeated).toEqual([[`1020:${TITLES[0]}`, 2]])
  })
})
