import { setTimeout as delay } from 'node:timers/promises'
import type { Clock } from '../clock.js'
import type { FetchFailure, FetchResult, Fetcher } from './fetch.js'
import { hostOf } from '../url.js'

/** Between the starts of two requests to one host in a backfill: an archive walk is hundreds of requests, not a poll's few. */
export const BACKFILL_MIN_HOST_GAP_MS = 1_000
/** Without Retry-After, a 429 or 503 is waited out this long, doubling at each repeat. */
const DEFAULT_RETRY_WAIT_MS = 30_000
/** A longer Retry-After ends the walk instead (it resumes at the next run). */
const MAX_RETRY_WAIT_MS = 15 * 60_000
const MAX_ATTEMPTS = 4

/** Resolves after `ms` (tests move a clock instead); rejects when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

const realSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal })

export interface PaceOptions {
  minHostGapMs?: number
  clock: Clock
  sleep?: Sleep
}

const isBusy = (result: FetchResult): result is FetchFailure => !result.ok && (result.status === 429 || result.status === 503)

/**
 * A fetcher that starts requests to one host at least `minHostGapMs` apart by `clock`, and
 * waits out a 429 or 503 (Retry-After, else a doubling wait) before trying again, holding
 * back every request to that host meanwhile. The inner fetcher keeps its own per-host and
 * global limits.
 */
export function createPacedFetcher(inner: Fetcher, { minHostGapMs = BACKFILL_MIN_HOST_GAP_MS, clock, sleep = realSleep }: PaceOptions): Fetcher {
  /** The earliest time (ms) the next request to each host may start. */
  const nextStartMs = new Map<string, number>()

  async function waitForTurn(host: string, signal: AbortSignal | undefined): Promise<void> {
    // The turn is taken on waking, not booked ahead, so a 429 meanwhile holds back the waiting requests too.
    for (;;) {
      const now = clock.now().getTime()
      const at = nextStartMs.get(host) ?? 0
      if (at <= now) {
        nextStartMs.set(host, now + minHostGapMs)
        return
      }
      await sleep(at - now, signal)
    }
  }

  return {
    async fetch(request) {
      const host = hostOf(request.url)
      for (let attempt = 1; ; attempt++) {
        try {
          await waitForTurn(host, request.signal)
        } catch {
          return { ok: false, reason: 'aborted' }
        }
        const result = await inner.fetch(request)
        if (!isBusy(result)) return result
        const now = clock.now().getTime()
        const waitMs = result.retryAt ? result.retryAt.getTime() - now : DEFAULT_RETRY_WAIT_MS * 2 ** (attempt - 1)
        if (attempt >= MAX_ATTEMPTS || waitMs > MAX_RETRY_WAIT_MS) return result
        nextStartMs.set(host, Math.max(nextStartMs.get(host) ?? 0, now + Math.max(0, waitMs)))
      }
    },
    close: () => inner.close(),
  }
}
