import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backoffMs } from '../../src/alerts/deliver.js'
import { Pacer, TELEGRAM_PACE } from '../../src/alerts/pacer.js'
import { createAlerts } from '../../src/alerts/worker.js'
import { createSenderApi } from '../../src/telegram/api-defaults.js'
import { BOT_USER, errors, type FakeAnswer, telegramError } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp, virtualPaceTimer } from '../helpers/test-app.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

const HANGS = 101
const RATE_LIMITED = 102
const FAILING = 103
const HEALTHY = Array.from({ length: 12 }, (_, i) => 201 + i)
/** expect.poll's limit only bounds a failing run; passing never depends on it. */
const POLL = { timeout: 20_000, interval: 20 }

/** An answer the fake holds until the test calls `release`. */
function heldAnswer(): { answer: (payload: Record<string, any>) => Promise<FakeAnswer>; release(): void } {
  let release = () => {}
  return {
    answer: (payload) =>
      new Promise((resolve) => {
        release = () => resolve({ body: { ok: true, result: { message_id: 9_999, date: 0, chat: { id: payload.chat_id, type: 'private' }, from: BOT_USER, text: payload.text } } })
      }),
    release: () => release(),
  }
}

describe('one chat in trouble, every other chat served', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const rowsOf = async (chatId: number) => (await outboxRows(t.db)).filter((r) => r.chat_id === chatId)
  const sentTo = (chatId: number) => t.api.sent().filter((c) => c.payload.chat_id === chatId)

  it('delivers to everyone else while one request hangs, one chat gets 429s and one 500s', async () => {
    for (const chatId of [HANGS, RATE_LIMITED, FAILING, ...HEALTHY]) await seedSubscriber(t.db, { chatId })
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'First item' }, { title: 'Second item' }]), t.clock.now())
    const hang = heldAnswer()
    t.api.once('sendMessage', hang.answer, { chatId: HANGS })
    t.api.failFor({ method: 'sendMessage', chatId: RATE_LIMITED, times: 2 }, () => errors.tooManyRequests(5))
    t.api.failFor({ method: 'sendMessage', chatId: FAILING, times: 3 }, () => telegramError(500, 'Internal Server Error'))

    const pass = t.app.alerts.sender.runOnce()
    // Both items reach every healthy chat while the first request still hangs.
    await expect.poll(async () => (await outboxRows(t.db, 'sent')).length, POLL).toBe(HEALTHY.length * 2)
    for (const chatId of HEALTHY) expect(sentTo(chatId)).toHaveLength(2)
    expect(await rowsOf(HANGS)).toMatchObject([{ state: 'sending' }, { state: 'pending' }])
    const start = t.clock.now().getTime()
    const at = (ms: number) => new Date(start + ms).toISOString()
    // A chat told to wait, or failing, waits whole (its second alert stays behind the first); a wait is not a failed try.
    expect(await rowsOf(RATE_LIMITED)).toMatchObject([{ state: 'pending', attempts: 0, next_attempt_at: at(5_000) }, { state: 'pending', attempts: 0 }])
    expect(await rowsOf(FAILING)).toMatchObject([{ state: 'pending', attempts: 1, next_attempt_at: at(backoffMs(1)), last_error: 'Internal Server Error' }, { state: 'pending', attempts: 0 }])
    expect(sentTo(RATE_LIMITED)).toHaveLength(1)
    expect(sentTo(FAILING)).toHaveLength(1)

    hang.release()
    await pass
    expect(await rowsOf(HANGS)).toMatchObject([{ state: 'sent' }, { state: 'sent' }])

    // Each of the other two gets its alerts once Telegram's wait or the backoff has passed.
    for (const ms of [5_000, 5_000, backoffMs(2), backoffMs(3)]) {
      t.clock.advance(ms)
      await t.app.alerts.sender.runOnce()
    }
    expect(await rowsOf(RATE_LIMITED)).toMatchObject([{ state: 'sent', attempts: 1 }, { state: 'sent', attempts: 1 }])
    expect(await rowsOf(FAILING)).toMatchObject([{ state: 'sent', attempts: 4 }, { state: 'sent', attempts: 1 }])
    expect(sentTo(RATE_LIMITED)).toHaveLength(4)
    expect(sentTo(FAILING)).toHaveLength(5)
    for (const chatId of HEALTHY) expect(sentTo(chatId)).toHaveLength(2)
  })

  it('gives up on a request that hangs past the send timeout and tries again later', async () => {
    const alerts = createAlerts(t.deps, { api: createSenderApi(t.deps.config, 0.2), translate: () => (key) => key, pacer: new Pacer(TELEGRAM_PACE, virtualPaceTimer()) })
    await seedSubscriber(t.db, { chatId: HANGS })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    const hang = heldAnswer()
    t.api.once('sendMessage', hang.answer, { chatId: HANGS })

    await alerts.sender.runOnce()
    expect(await rowsOf(HANGS)).toMatchObject([
      { state: 'pending', attempts: 1, last_error: expect.stringMatching(/^network: .*timed out/), next_attempt_at: new Date(t.clock.now().getTime() + backoffMs(1)).toISOString() },
    ])
    hang.release()
    // The retry through the app's own sender (15 s timeout): a slow machine cannot fail it.
    t.clock.advance(backoffMs(1))
    await t.app.alerts.sender.runOnce()
    expect(await rowsOf(HANGS)).toMatchObject([{ state: 'sent', attempts: 2 }])
  })
})
