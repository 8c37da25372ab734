/**
 * Telegram's broadcast limits, with margins. Telegram answers the 31st message within a second
 * with a 429, counting when requests arrive. Departures are planned evenly at
 * `messagesPerSecond`, and one that a late timer (a busy CPU) held back is caught up with; but
 * the limits are counted from the moment each request actually leaves for the network (see
 * telegram/request-written.ts) — never more than `messagesPerWindow` in any `windowMs`, so any
 * 31 in a row leave at least 1,060 ms apart: 60 ms to spare for the network's jitter.
 */
export interface PaceLimits {
  /** The even rate departures are planned at, all chats together. */
  messagesPerSecond: number
  /** And at most this many actual departures in any `windowMs` (Telegram: 30 a second). */
  messagesPerWindow: number
  windowMs: number
  /** Between two messages to one chat (Telegram: about one a second). */
  perChatIntervalMs: number
  /** Per group, supergroup or channel within `groupWindowMs` (Telegram: 20 a minute). */
  groupMessagesPerWindow: number
  groupWindowMs: number
}

export const TELEGRAM_PACE: PaceLimits = {
  messagesPerSecond: 27.8,
  messagesPerWindow: 30,
  windowMs: 1_060,
  perChatIntervalMs: 1_100,
  groupMessagesPerWindow: 20,
  groupWindowMs: 61_000,
}

/**
 * Never more messages than this on the wire at once (sent, and not yet marked sent): the most
 * a crash can make the next start send again.
 */
export const MAX_IN_FLIGHT = 32
/** Enough to keep sending while one request is slow, even at a near-zero round trip. */
const MIN_WINDOW = 2
/** The round trip assumed until answers are measured (Central Asia to the Bot API: 100–300 ms). */
const INITIAL_ROUND_TRIP_MS = 250
/**
 * A request older than this many smoothed round trips (and at least STRAGGLER_MIN_MS) no longer
 * holds its place in the window: one chat whose request hangs must not slow the others. It
 * still counts towards MAX_IN_FLIGHT.
 */
const STRAGGLER_ROUND_TRIPS = 4
const STRAGGLER_MIN_MS = 1_000
/**
 * Departures that a late timer (a busy CPU) held back leave together when it fires, for a lag
 * of at most this long (a few messages); a longer lag, an idle spell included, starts the plan
 * afresh.
 */
const MAX_CATCH_UP_MS = 100

/** Real time, monotonic; pacing is about the wire, not the business clock tests move. */
export interface PaceTimer {
  now(): number
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

const realTimer: PaceTimer = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve()
      const done = () => {
        clearTimeout(timer)
        signal.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, ms))
      signal.addEventListener('abort', done, { once: true })
    }),
}

/** When a message left: provisional from its release until its request is written (`hasLeft`). */
interface Stamp {
  at: number
  hasLeft: boolean
}

interface ChatState {
  isBusy: boolean
  last: Stamp | undefined
  /** Departures within the group window (groups and channels only). */
  recent: Stamp[]
}

/** A message released to leave: report when its request is written, then `land` it once its answer is handled (the row marked). */
export interface Departure {
  /** Its request has left for the network: the limits count from now. */
  left: () => void
  /**
   * Frees its place in the window (a request never written counts as leaving now);
   * `isAnswered` when Telegram answered, so its time is a round trip worth learning from.
   */
  land: (isAnswered: boolean) => void
}

interface Waiter {
  chatId: number
  isGroup: boolean
  signal: AbortSignal
  resolve: (departure: Departure | null) => void
  onAbort: () => void
}

const PRUNE_ABOVE_CHATS = 10_000
/** How soon to look again at a chat busy with another sender's message (no known ready time). */
export const BUSY_RECHECK_MS = 50

/**
 * Spaces messages for every sender in the process (instant alerts and digests share one): the
 * overall rate over departures, one message in flight per chat, the per-chat interval, the
 * per-group window, and a window of messages in flight sized from the measured round trip so
 * that the rate is reached at any latency while a crash can repeat only what is in flight.
 */
export class Pacer {
  private readonly chats = new Map<number, ChatState>()
  /** The latest departures, oldest first (at most `messagesPerWindow`). */
  private readonly departures: Stamp[] = []
  /** When each message on the wire was released (its round trip counts from there). */
  private readonly onWire = new Set<{ releasedAt: number }>()
  private readonly waiting: Waiter[] = []
  /** When the next departure is planned on the even schedule. */
  private plannedAt = Number.NEGATIVE_INFINITY
  /** Smoothed round trip (departure to landing) and its mean deviation, as TCP estimates them (RFC 6298). */
  private roundTripMs = INITIAL_ROUND_TRIP_MS
  private roundTripDeviationMs = INITIAL_ROUND_TRIP_MS / 4
  private pumpWake: { at: number; controller: AbortController } | undefined

  private readonly limits: PaceLimits
  private readonly timer: PaceTimer

  constructor(limits: PaceLimits = TELEGRAM_PACE, timer: PaceTimer = realTimer) {
    this.limits = limits
    this.timer = timer
  }

  /**
   * Messages allowed on the wire at once: the overall rate times a generous round trip, plus
   * one, so a slow answer does not hold the rest back (Little's law), within MIN_WINDOW and
   * MAX_IN_FLIGHT.
   */
  get window(): number {
    const ratePerMs = this.limits.messagesPerSecond / 1000
    const wanted = Math.ceil(ratePerMs * (this.roundTripMs + 2 * this.roundTripDeviationMs)) + 1
    return Math.min(MAX_IN_FLIGHT, Math.max(MIN_WINDOW, wanted))
  }

  /** Messages sent and not yet landed. */
  get inFlight(): number {
    return this.onWire.size
  }

  /** When a message to this chat may start (Infinity while one is in flight). */
  chatReadyAt(chatId: number, isGroup: boolean): number {
    const state = this.chats.get(chatId)
    if (!state) return this.timer.now()
    if (state.isBusy) return Number.POSITIVE_INFINITY
    let readyAt = (state.last?.at ?? Number.NEGATIVE_INFINITY) + this.limits.perChatIntervalMs
    if (isGroup && state.recent.length >= this.limits.groupMessagesPerWindow) {
      const oldestInWindow = state.recent[state.recent.length - this.limits.groupMessagesPerWindow]!
      readyAt = Math.max(readyAt, oldestInWindow.at + this.limits.groupWindowMs)
    }
    return readyAt
  }

  /** Reserves the chat if it is ready now; the caller must `release` it. */
  tryAcquire(chatId: number, isGroup: boolean): boolean {
    if (this.chatReadyAt(chatId, isGroup) > this.timer.now()) return false
    this.state(chatId).isBusy = true
    return true
  }

  /** Waits until the chat is ready and reserves it; false when aborted first. */
  async acquire(chatId: number, isGroup: boolean, signal: AbortSignal): Promise<boolean> {
    while (!signal.aborted) {
      if (this.tryAcquire(chatId, isGroup)) return true
      const readyAt = this.chatReadyAt(chatId, isGroup)
      // A chat busy with another sender's message: look again shortly.
      await this.sleepUntil(Number.isFinite(readyAt) ? readyAt : this.timer.now() + BUSY_RECHECK_MS, signal)
    }
    return false
  }

  now(): number {
    return this.timer.now()
  }

  sleepUntil(at: number, signal: AbortSignal): Promise<void> {
    return this.timer.sleep(at - this.timer.now(), signal)
  }

  /**
   * Waits for a place in the window and the next departure slot, in order of arrival, then
   * records the departure (for the chat, its group window and the overall rate) and resolves.
   * Call it with the chat acquired and the request ready, send at once, and report `left` when
   * the request is written: the limits count from then. Null when aborted first.
   */
  depart(chatId: number, isGroup: boolean, signal: AbortSignal): Promise<Departure | null> {
    if (signal.aborted) return Promise.resolve(null)
    return new Promise((resolve) => {
      const waiter: Waiter = {
        chatId,
        isGroup,
        signal,
        resolve,
        onAbort: () => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1)
          resolve(null)
          this.pump()
        },
      }
      signal.addEventListener('abort', waiter.onAbort, { once: true })
      this.waiting.push(waiter)
      this.pump()
    })
  }

  release(chatId: number): void {
    const state = this.chats.get(chatId)
    if (state) state.isBusy = false
    if (this.chats.size > PRUNE_ABOVE_CHATS) this.prune()
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const now = this.timer.now()
      const at = this.nextDepartureAt(now)
      if (at > now) {
        if (Number.isFinite(at)) this.wakePumpAt(at)
        return
      }
      const waiter = this.waiting.shift()!
      waiter.signal.removeEventListener('abort', waiter.onAbort)
      waiter.resolve(this.recordDeparture(waiter, now))
    }
    this.pumpWake?.controller.abort()
    this.pumpWake = undefined
  }

  private wakePumpAt(at: number): void {
    if (this.pumpWake && this.pumpWake.at <= at) return
    this.pumpWake?.controller.abort()
    const wake = { at, controller: new AbortController() }
    this.pumpWake = wake
    void this.timer.sleep(at - this.timer.now(), wake.controller.signal).then(() => {
      if (this.pumpWake !== wake) return
      this.pumpWake = undefined
      this.pump()
    })
  }

  /** The earliest moment the next message may leave: Infinity while only a landing can free the way. */
  private nextDepartureAt(now: number): number {
    if (this.onWire.size >= MAX_IN_FLIGHT) return Number.POSITIVE_INFINITY
    const { messagesPerWindow, windowMs } = this.limits
    let at = this.plannedAt
    if (this.departures.length >= messagesPerWindow) {
      const oldest = this.departures[this.departures.length - messagesPerWindow]!
      // Not written yet: it leaves later still, and its `left` will wake the pump.
      if (!oldest.hasLeft) return Number.POSITIVE_INFINITY
      at = Math.max(at, oldest.at + windowMs)
    }
    const stragglerAfterMs = Math.max(STRAGGLER_MIN_MS, STRAGGLER_ROUND_TRIPS * this.roundTripMs)
    const holding = [...this.onWire].filter((d) => now - d.releasedAt < stragglerAfterMs)
    if (holding.length >= this.window) at = Math.max(at, Math.min(...holding.map((d) => d.releasedAt)) + stragglerAfterMs)
    return at
  }

  private recordDeparture({ chatId, isGroup }: Waiter, now: number): Departure {
    this.plannedAt = (now - this.plannedAt > MAX_CATCH_UP_MS ? now : this.plannedAt) + 1000 / this.limits.messagesPerSecond
    const stamp: Stamp = { at: now, hasLeft: false }
    this.departures.push(stamp)
    if (this.departures.length > this.limits.messagesPerWindow) this.departures.shift()
    const state = this.state(chatId)
    state.last = stamp
    if (isGroup) {
      state.recent.push(stamp)
      const windowStart = now - this.limits.groupWindowMs
      while (state.recent.length > 0 && state.recent[0]!.hasLeft && state.recent[0]!.at < windowStart) state.recent.shift()
    }
    const onWire = { releasedAt: now }
    this.onWire.add(onWire)
    const left = () => {
      if (stamp.hasLeft) return
      stamp.at = this.timer.now()
      stamp.hasLeft = true
      this.pump()
    }
    let hasLanded = false
    return {
      left,
      land: (isAnswered) => {
        if (hasLanded) return
        hasLanded = true
        left()
        this.onWire.delete(onWire)
        if (isAnswered) this.learnRoundTrip(this.timer.now() - onWire.releasedAt)
        this.pump()
      },
    }
  }

  private learnRoundTrip(sampleMs: number): void {
    this.roundTripDeviationMs = 0.75 * this.roundTripDeviationMs + 0.25 * Math.abs(this.roundTripMs - sampleMs)
    this.roundTripMs = 0.875 * this.roundTripMs + 0.125 * sampleMs
  }

  private state(chatId: number): ChatState {
    let state = this.chats.get(chatId)
    if (!state) {
      state = { isBusy: false, last: undefined, recent: [] }
      this.chats.set(chatId, state)
    }
    return state
  }

  private prune(): void {
    const horizon = this.timer.now() - Math.max(this.limits.perChatIntervalMs, this.limits.groupWindowMs)
    for (const [chatId, state] of this.chats) {
      if (!state.isBusy && (state.last?.at ?? Number.NEGATIVE_INFINITY) < horizon) this.chats.delete(chatId)
    }
  }
}

export function isGroupChat(chatType: string): boolean {
  return chatType !== 'private'
}
