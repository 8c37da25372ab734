/**
 * Telegram's broadcast limits, with a margin: requests leave here evenly spaced but reach
 * Telegram with a few milliseconds of jitter, and one too many in a second costs a 429 and a
 * wait of a whole second. At 28/s, 30 messages span 1,036 ms: 36 ms of slack under 30/s.
 */
export interface PaceLimits {
  /** Overall, evenly spaced (Telegram: about 30 a second). */
  messagesPerSecond: number
  /** Between two messages to one chat (Telegram: about one a second). */
  perChatIntervalMs: number
  /** Per group, supergroup or channel within `groupWindowMs` (Telegram: 20 a minute). */
  groupMessagesPerWindow: number
  groupWindowMs: number
}

export const TELEGRAM_PACE: PaceLimits = {
  messagesPerSecond: 28,
  perChatIntervalMs: 1_100,
  groupMessagesPerWindow: 20,
  groupWindowMs: 61_000,
}

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

interface ChatState {
  isBusy: boolean
  lastSentAt: number
  /** Send times within the group window (groups and channels only). */
  recent: number[]
}

const PRUNE_ABOVE_CHATS = 10_000
/** How soon to look again at a chat busy with another sender's message (no known ready time). */
export const BUSY_RECHECK_MS = 50

/**
 * Spaces messages for every sender in the process (instant alerts and digests share one):
 * an even global rate, one message in flight per chat, the per-chat interval and the
 * per-group window.
 */
export class Pacer {
  private nextGlobalAt = Number.NEGATIVE_INFINITY
  private readonly chats = new Map<number, ChatState>()

  private readonly limits: PaceLimits
  private readonly timer: PaceTimer
  private wire: Promise<unknown> = Promise.resolve()

  constructor(limits: PaceLimits = TELEGRAM_PACE, timer: PaceTimer = realTimer) {
    this.limits = limits
    this.timer = timer
  }

  /**
   * Runs `send` — the API call and the write that marks its rows sent — with no other send of
   * either loop on the wire, so that a crash between Telegram's answer and that write can
   * repeat at most the one message in flight (spec), never several.
   */
  exclusive<T>(send: () => Promise<T>): Promise<T> {
    const result = this.wire.then(send)
    this.wire = result.catch(() => undefined)
    return result
  }

  /** When a message to this chat may start (Infinity while one is in flight). */
  chatReadyAt(chatId: number, isGroup: boolean): number {
    const state = this.chats.get(chatId)
    if (!state) return this.timer.now()
    if (state.isBusy) return Number.POSITIVE_INFINITY
    let readyAt = state.lastSentAt + this.limits.perChatIntervalMs
    if (isGroup && state.recent.length >= this.limits.groupMessagesPerWindow) {
      const oldestInWindow = state.recent[state.recent.length - this.limits.groupMessagesPerWindow]!
      readyAt = Math.max(readyAt, oldestInWindow + this.limits.groupWindowMs)
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

  /** Waits for the next global slot; call it right before the request, with the chat acquired. */
  async takeGlobalSlot(signal: AbortSignal): Promise<void> {
    const interval = 1000 / this.limits.messagesPerSecond
    const now = this.timer.now()
    const slot = Math.max(now, this.nextGlobalAt)
    this.nextGlobalAt = slot + interval
    if (slot <= now) return
    await this.timer.sleep(slot - now, signal)
    // A timer that fired late is caught up with, but never with a burst: the next message
    // leaves at least half an interval after this one.
    this.nextGlobalAt = Math.max(this.nextGlobalAt, this.timer.now() + interval / 2)
  }

  markSent(chatId: number, isGroup: boolean): void {
    const state = this.state(chatId)
    const now = this.timer.now()
    state.lastSentAt = now
    if (isGroup) {
      state.recent.push(now)
      const windowStart = now - this.limits.groupWindowMs
      while (state.recent.length > 0 && state.recent[0]! < windowStart) state.recent.shift()
    }
  }

  release(chatId: number): void {
    const state = this.chats.get(chatId)
    if (state) state.isBusy = false
    if (this.chats.size > PRUNE_ABOVE_CHATS) this.prune()
  }

  private state(chatId: number): ChatState {
    let state = this.chats.get(chatId)
    if (!state) {
      state = { isBusy: false, lastSentAt: Number.NEGATIVE_INFINITY, recent: [] }
      this.chats.set(chatId, state)
    }
    return state
  }

  private prune(): void {
    const horizon = this.timer.now() - Math.max(this.limits.perChatIntervalMs, this.limits.groupWindowMs)
    for (const [chatId, state] of this.chats) {
      if (!state.isBusy && state.lastSentAt < horizon) this.chats.delete(chatId)
    }
  }
}

export function isGroupChat(chatType: string): boolean {
  return chatType !== 'private'
}
