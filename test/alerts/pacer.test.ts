import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Pacer, TELEGRAM_PACE } from '../../src/alerts/pacer.js'
import { TELEGRAM_RATE_LIMITS } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp, virtualPaceTimer } from '../helpers/test-app.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

async function sendThroughPacer(pacer: Pacer, timer: { now(): number }, chats: { chatId: number; isGroup: boolean }[]): Promise<{ chatId: number; at: number }[]> {
  const signal = new AbortController().signal
  const sent: { chatId: number; at: number }[] = []
  for (const { chatId, isGroup } of chats) {
    expect(await pacer.acquire(chatId, isGroup, signal)).toBe(true)
    await pacer.takeGlobalSlot(signal)
    pacer.markSent(chatId, isGroup)
    sent.push({ chatId, at: timer.now() })
    pacer.release(chatId)
  }
  return sent
}

describe('Pacer', () => {
  it('spaces messages evenly under 30 a second overall', async () => {
    const timer = virtualPaceTimer()
    const sent = await sendThroughPacer(new Pacer(TELEGRAM_PACE, timer), timer, Array.from({ length: 300 }, (_, i) => ({ chatId: i, isGroup: false })))
    for (let i = 30; i < sent.length; i += 1) expect(sent[i]!.at - sent[i - 30]!.at).toBeGreaterThan(1000)
    expect(sent.at(-1)!.at / 1000).toBeLessThan(300 / 27)
  })

  it('sends one chat at most one message a second, and a group at most 20 a minute', async () => {
    const timer = virtualPaceTimer()
    const pacer = new Pacer(TELEGRAM_PACE, timer)
    const toUser = await sendThroughPacer(pacer, timer, Array.from({ length: 5 }, () => ({ chatId: 1, isGroup: false })))
    for (let i = 1; i < toUser.length; i += 1) expect(toUser[i]!.at - toUser[i - 1]!.at).toBeGreaterThanOrEqual(1000)

    const toGroup = await sendThroughPacer(pacer, timer, Array.from({ length: 45 }, () => ({ chatId: -100, isGroup: true })))
    for (let i = 20; i < toGroup.length; i += 1) expect(toGroup[i]!.at - toGroup[i - 20]!.at).toBeGreaterThan(60_000)
  })

  it('holds a chat while a message to it is in flight', () => {
    const timer = virtualPaceTimer()
    const pacer = new Pacer(TELEGRAM_PACE, timer)
    expect(pacer.tryAcquire(7, false)).toBe(true)
    expect(pacer.tryAcquire(7, false)).toBe(false)
    expect(pacer.tryAcquire(8, false)).toBe(true)
  })
})

describe('sender against a Bot API that enforces the limits', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({}, { isPacedInRealTime: true })
    t.api.rateLimits = TELEGRAM_RATE_LIMITS
  })
  afterEach(async () => t.close())

  it('delivers a burst to many chats, a group and one chat twice without a single 429', async () => {
    for (let chatId = 1; chatId <= 40; chatId += 1) await seedSubscriber(t.db, { chatId })
    await seedSubscriber(t.db, { chatId: -100200 })
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'First' }, { title: 'Second' }]), t.clock.now())
    await t.app.alerts.sender.runOnce()
    expect(t.api.rateLimited).toEqual([])
    expect(t.api.sent()).toHaveLength(82)
    expect((await outboxRows(t.db)).every((r) => r.state === 'sent')).toBe(true)
  })
})
