import { setMaxListeners } from 'node:events'
import type { Transformer } from 'grammy'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_IN_FLIGHT, Pacer, TELEGRAM_PACE } from '../../src/alerts/pacer.js'
import { type RateLimits, TELEGRAM_RATE_LIMITS } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp, virtualPaceTimer } from '../helpers/test-app.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

// Everything here runs in virtual time: the figures are the pacer's decisions, never the
// machine's speed (real round trips are measured by `npm run bench`).

interface Sent {
  chatId: number
  at: number
}

function groupByChat<T extends { chatId: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) groups.set(item.chatId, [...(groups.get(item.chatId) ?? []), item])
  return groups
}

/** What Telegram would refuse in these departures: a 31st message within a second, a chat twice within a second, a group's 21st within a minute. */
function breaches(sent: readonly Sent[], limits: RateLimits = TELEGRAM_RATE_LIMITS): string[] {
  const found: string[] = []
  const times = sent.map((s) => s.at).sort((a, b) => a - b)
  for (let i = limits.perSecond; i < times.length; i += 1) {
    if (times[i]! - times[i - limits.perSecond]! < 1000) found.push(`${limits.perSecond + 1} messages within ${times[i]! - times[i - limits.perSecond]!} ms`)
  }
  const byChat = groupByChat(sent)
  for (const [chatId, messages] of byChat) {
    const at = messages.map((m) => m.at).sort((a, b) => a - b)
    for (let i = 1; i < at.length; i += 1) if (at[i]! - at[i - 1]! < limits.perChatIntervalMs) found.push(`chat ${chatId}: two messages ${at[i]! - at[i - 1]!} ms apart`)
    if (chatId < 0) {
      for (let i = limits.groupPerMinute; i < at.length; i += 1) if (at[i]! - at[i - limits.groupPerMinute]! < 60_000) found.push(`group ${chatId}: ${limits.groupPerMinute + 1} messages within a minute`)
    }
  }
  return found
}

interface Message {
  chatId: number
  isGroup?: boolean
  /** Virtual ms from leaving to landing; never lands when Infinity. */
  roundTripMs: number
}

/**
 * Sends the messages as the sender does — each chat's in order, chats side by side — each
 * answered `roundTripMs` after it left, and records departures and the most on the wire at once.
 */
function simulate(messages: readonly Message[], { signal = new AbortController().signal, maxLatenessMs = 0, maxWriteDelayMs = 0 } = {}) {
  setMaxListeners(messages.length * 2, signal)
  const timer = virtualPaceTimer()
  // A busy CPU: the pacer's timers fire up to `maxLatenessMs` late, and requests are written
  // up to `maxWriteDelayMs` after they were released (a fixed pseudo-random sequence).
  let seed = 7
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const pacer = new Pacer(TELEGRAM_PACE, { now: () => timer.now(), sleep: (ms, s) => timer.sleep(ms + random() * maxLatenessMs, s) })
  const sent: Sent[] = []
  const wire = { peak: 0 }
  const byChat = groupByChat(messages)
  const chats = [...byChat.values()].map(async (chatMessages) => {
    for (const { chatId, isGroup = false, roundTripMs } of chatMessages) {
      if (!(await pacer.acquire(chatId, isGroup, signal))) return
      const departure = await pacer.depart(chatId, isGroup, signal)
      if (!departure) return
      wire.peak = Math.max(wire.peak, pacer.inFlight)
      const writeDelayMs = random() * maxWriteDelayMs
      await timer.sleep(writeDelayMs, new AbortController().signal)
      departure.left()
      sent.push({ chatId, at: timer.now() })
      if (!Number.isFinite(roundTripMs)) return
      await timer.sleep(roundTripMs - writeDelayMs, new AbortController().signal)
      departure.land(true)
      pacer.release(chatId)
    }
  })
  return { pacer, timer, sent, wire, done: Promise.all(chats) }
}

const ratePerSecond = (sent: readonly Sent[]) => ((sent.length - 1) * 1000) / (sent.at(-1)!.at - sent[0]!.at)

/** The shortest time any 31 messages in a row took: Telegram refuses the 31st within 1,000 ms. */
function shortestSpanOf31(sent: readonly Sent[]): number {
  let shortest = Number.POSITIVE_INFINITY
  for (let i = 30; i < sent.length; i += 1) shortest = Math.min(shortest, sent[i]!.at - sent[i - 30]!.at)
  return shortest
}

describe('Pacer', () => {
  it.each([0, 150, 300])('reaches the ceiling at a %i ms round trip, with no 31 messages within a second', async (roundTripMs) => {
    const run = simulate(Array.from({ length: 600 }, (_, i) => ({ chatId: i + 1, roundTripMs })))
    await run.done
    expect(run.sent).toHaveLength(600)
    expect(breaches(run.sent)).toEqual([])
    expect(shortestSpanOf31(run.sent)).toBeGreaterThanOrEqual(TELEGRAM_PACE.windowMs)
    expect(ratePerSecond(run.sent)).toBeGreaterThanOrEqual(27)
    // Little's law: about rate × round trip on the wire, never more than the window allows.
    expect(run.wire.peak).toBeLessThanOrEqual(Math.max(2, Math.ceil((28 * roundTripMs) / 1000) + 3))
    if (roundTripMs >= 150) expect(run.wire.peak).toBeGreaterThanOrEqual(Math.floor((27 * roundTripMs) / 1000))
  })

  it('catches up with timers that fire up to 50 ms late, still never bunching 31 messages into 1,060 ms', async () => {
    const run = simulate(Array.from({ length: 600 }, (_, i) => ({ chatId: i + 1, roundTripMs: 150 })), { maxLatenessMs: 50 })
    await run.done
    expect(shortestSpanOf31(run.sent)).toBeGreaterThanOrEqual(TELEGRAM_PACE.windowMs)
    expect(ratePerSecond(run.sent)).toBeGreaterThanOrEqual(27)
  })

  it('counts from when requests are written: writes held back up to 100 ms never bunch 31 into 1,060 ms', async () => {
    const run = simulate(Array.from({ length: 600 }, (_, i) => ({ chatId: i + 1, roundTripMs: 300 })), { maxLatenessMs: 20, maxWriteDelayMs: 100 })
    await run.done
    expect(shortestSpanOf31([...run.sent].sort((a, b) => a.at - b.at))).toBeGreaterThanOrEqual(TELEGRAM_PACE.windowMs)
  })

  it('sends one chat at most one message a second, and a group at most 20 a minute', async () => {
    const run = simulate([
      ...Array.from({ length: 5 }, () => ({ chatId: 1, roundTripMs: 150 })),
      ...Array.from({ length: 45 }, () => ({ chatId: -100, isGroup: true, roundTripMs: 150 })),
    ])
    await run.done
    expect(run.sent).toHaveLength(50)
    expect(breaches(run.sent)).toEqual([])
  })

  it('holds a chat while a message to it is in flight', () => {
    const pacer = new Pacer(TELEGRAM_PACE, virtualPaceTimer())
    expect(pacer.tryAcquire(7, false)).toBe(true)
    expect(pacer.tryAcquire(7, false)).toBe(false)
    expect(pacer.tryAcquire(8, false)).toBe(true)
  })

  it('lets a request that hangs fall out of the window, so the others keep the pace', async () => {
    const run = simulate([{ chatId: 1, roundTripMs: Number.POSITIVE_INFINITY }, ...Array.from({ length: 300 }, (_, i) => ({ chatId: i + 2, roundTripMs: 300 }))])
    await run.done
    expect(run.sent).toHaveLength(301)
    expect(run.pacer.inFlight).toBe(1)
    expect(ratePerSecond(run.sent)).toBeGreaterThanOrEqual(27)
  })

  it('never has more than MAX_IN_FLIGHT messages on the wire, even when none is answered', async () => {
    const stop = new AbortController()
    const run = simulate(Array.from({ length: MAX_IN_FLIGHT + 8 }, (_, i) => ({ chatId: i + 1, roundTripMs: Number.POSITIVE_INFINITY })), { signal: stop.signal })
    // Long after every straggler has left the window: only a landing could let another go.
    await run.timer.sleep(600_000, new AbortController().signal)
    expect(run.sent).toHaveLength(MAX_IN_FLIGHT)
    expect(run.pacer.inFlight).toBe(MAX_IN_FLIGHT)
    stop.abort()
    await run.done
    expect(run.sent).toHaveLength(MAX_IN_FLIGHT)
  })
})

describe('the sender through the pacer', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('delivers a burst to many chats, a group and one chat twice within every Telegram limit', async () => {
    const departures: Sent[] = []
    const recordDepartures: Transformer = (prev, method, payload, signal) => {
      if (method === 'sendMessage') departures.push({ chatId: Number((payload as { chat_id: number }).chat_id), at: t.paceTimer.now() })
      return prev(method, payload, signal)
    }
    t.app.alerts.api.config.use(recordDepartures)
    for (let chatId = 1; chatId <= 40; chatId += 1) await seedSubscriber(t.db, { chatId })
    await seedSubscriber(t.db, { chatId: -100200 })
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'First' }, { title: 'Second' }]), t.clock.now())

    await t.app.alerts.sender.runOnce()
    expect(t.api.sent()).toHaveLength(82)
    expect(departures).toHaveLength(82)
    expect(breaches(departures)).toEqual([])
    expect((await outboxRows(t.db)).every((r) => r.state === 'sent')).toBe(true)
  })
})
