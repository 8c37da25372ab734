import { recordPollFailure, type Source } from '../db/sources.js'
import type { AppDeps } from '../deps.js'

const DAY_MS = 24 * 3_600_000

function withJitter(ms: number): number {
  // Up to 10 % sooner (never later: an alert is due within one interval), so sources added together drift apart.
  return ms * (1 - Math.random() * 0.1)
}

/**
 * After a good poll: within the poll interval. A feed's <ttl> or a server's Cache-Control that
 * says the listing stays fresh longer is not waited for: alerts are due within one interval (spec).
 */
export function nextPollAfterSuccess(now: Date, intervalMs: number): Date {
  return new Date(now.getTime() + withJitter(intervalMs))
}

/** After the `failures`-th failure in a row: a backoff doubling from the poll interval, capped at a day, never before Retry-After. */
function nextPollAfterFailure(now: Date, intervalMs: number, failures: number, retryAt?: Date | null): Date {
  const backoff = Math.min(withJitter(intervalMs * 2 ** (failures - 1)), DAY_MS)
  let next = now.getTime() + backoff
  if (retryAt) next = Math.min(Math.max(next, retryAt.getTime()), now.getTime() + DAY_MS)
  return new Date(next)
}

/** Records a failed poll on the source: health, metrics, the log, and its next try. */
export async function recordFailedPoll(deps: AppDeps, source: Source, now: Date, reason: string, retryAt?: Date | null): Promise<{ isNewlyFailing: boolean }> {
  deps.metrics.sourceErrors.inc({ source: source.name })
  const nextPollAt = nextPollAfterFailure(now, deps.config.pollIntervalSeconds * 1000, source.consecutiveFailures + 1, retryAt)
  const recorded = await recordPollFailure(deps.db, source, { now, error: reason, nextPollAt, failuresBeforeNotice: deps.config.sourceFailuresBeforeNotice })
  deps.logger.warn({ source: source.name, reason, failures: recorded.consecutiveFailures }, 'source poll failed')
  return { isNewlyFailing: recorded.isNewlyFailing }
}
