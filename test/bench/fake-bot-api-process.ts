// The fake Bot API in a process of its own, as Telegram is: when the bench's sender stalls
// under load, the requests it already sent are still counted when they arrive, not when the
// sender's event loop would have got round to them.
// Forked by alert-fanout.ts: node --import tsx test/bench/fake-bot-api-process.ts <latency ms>
import { setPriority } from 'node:os'
import { FakeBotApi, TELEGRAM_RATE_LIMITS } from '../helpers/fake-bot-api.js'

/** Telegram's servers do not share our CPU: when allowed, the fake counts arrivals ahead of the load beside it. */
const RAISED_PRIORITY = -10

export interface FakeReport {
  /** Whether the fake runs at RAISED_PRIORITY (it needs the right to raise it). */
  isRaised: boolean
  sent: { chatId: number; text: string }[]
  /** The limit each 429 answered for. */
  rateLimited: string[]
  /** Requests arrived and not yet answered, now and at most. */
  pending: number
  peakPending: number
}

function raisePriority(): boolean {
  try {
    setPriority(RAISED_PRIORITY)
    return true
  } catch {
    return false
  }
}

const isRaised = raisePriority()
const api = new FakeBotApi()
api.rateLimits = TELEGRAM_RATE_LIMITS
api.latencyMs = Number(process.argv[2] ?? 0)
await api.start()
process.on('message', (message) => {
  if (message !== 'report') return
  const report: FakeReport = {
    isRaised,
    sent: api.sent().map((c) => ({ chatId: Number(c.payload.chat_id), text: String(c.payload.text) })),
    rateLimited: api.rateLimited.map((c) => c.limit),
    pending: api.pending,
    peakPending: api.peakPending,
  }
  process.send?.(report)
})
process.once('disconnect', () => void api.stop().then(() => process.exit(0)))
process.send?.({ apiRoot: api.apiRoot, token: api.token })
