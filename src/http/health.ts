import type { HealthSnapshot } from '../db/health.js'

/** No successful poll for this many poll intervals, while sources exist, is unhealthy. */
export const STALE_POLL_INTERVALS = 3
/** Floor for very short test intervals, so one slow pass does not flap the check. */
export const STALE_POLL_MIN_SECONDS = 60
/** A due alert waiting this long means the sender is stuck, not merely busy (≈ 54,000 messages at 30/s). */
export const ALERT_STUCK_SECONDS = 30 * 60

export interface HealthReport {
  status: 'ok' | 'unhealthy'
  /** One short reason per failed check; empty when healthy. */
  problems: string[]
  database: 'ok' | 'unreachable'
  updates: 'receiving' | 'stopped'
  uptimeSeconds: number
  sources?: { enabled: number; failing: number; lastSuccessAt: string | null; lastSuccessAgeSeconds: number | null; staleAfterSeconds: number }
  alerts?: { waiting: number; due: number; oldestDueAgeSeconds: number }
}

export interface HealthInput {
  snapshot: HealthSnapshot | { error: unknown }
  isReceivingUpdates: boolean
  /** Why Telegram cannot be reached (start-up keeps retrying); reported instead of "not receiving". */
  telegramProblem?: string | null
  now: Date
  startedAt: Date
  pollIntervalSeconds: number
}

/** Judges the snapshot; pure, so every threshold is tested without waiting for it. */
export function evaluateHealth({ snapshot, isReceivingUpdates, telegramProblem = null, now, startedAt, pollIntervalSeconds }: HealthInput): HealthReport {
  const problems: string[] = []
  const uptimeSeconds = Math.round(secondsBetween(startedAt, now))
  if (telegramProblem) problems.push(telegramProblem)
  else if (!isReceivingUpdates) problems.push('not receiving Telegram updates')
  const base = { database: 'ok' as const, updates: isReceivingUpdates ? ('receiving' as const) : ('stopped' as const), uptimeSeconds }
  if ('error' in snapshot) {
    problems.unshift(`database unreachable: ${snapshot.error instanceof Error ? snapshot.error.message : String(snapshot.error)}`)
    return { status: 'unhealthy', problems, ...base, database: 'unreachable' }
  }

  const staleAfterSeconds = Math.max(STALE_POLL_INTERVALS * pollIntervalSeconds, STALE_POLL_MIN_SECONDS)
  const lastSuccessAgeSeconds = snapshot.lastPollSuccessAt === null ? null : Math.round(secondsBetween(new Date(snapshot.lastPollSuccessAt), now))
  // A process that just started has not had the chance to poll yet: count from its start.
  const sinceSuccessOrStart = Math.min(lastSuccessAgeSeconds ?? Number.POSITIVE_INFINITY, uptimeSeconds)
  if (snapshot.enabledSources > 0 && sinceSuccessOrStart > staleAfterSeconds) {
    problems.push(`no successful poll for ${Math.round(sinceSuccessOrStart)} s (limit ${staleAfterSeconds} s)`)
  }
  const oldestDueAgeSeconds = snapshot.oldestAlertDueAt === null ? 0 : Math.round(secondsBetween(new Date(snapshot.oldestAlertDueAt), now))
  if (oldestDueAgeSeconds > ALERT_STUCK_SECONDS) {
    problems.push(`${snapshot.alertsDue} alerts due, the oldest for ${oldestDueAgeSeconds} s (limit ${ALERT_STUCK_SECONDS} s)`)
  }

  return {
    status: problems.length === 0 ? 'ok' : 'unhealthy',
    problems,
    ...base,
    sources: {
      enabled: snapshot.enabledSources,
      failing: snapshot.failingSources,
      lastSuccessAt: snapshot.lastPollSuccessAt,
      lastSuccessAgeSeconds,
      staleAfterSeconds,
    },
    alerts: { waiting: snapshot.alertsWaiting, due: snapshot.alertsDue, oldestDueAgeSeconds },
  }
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 1000)
}
