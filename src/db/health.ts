import { sql } from 'kysely'
import type { Db } from './database.js'

/** What /healthz and /metrics read from the database, in one round of cheap queries. */
export interface HealthSnapshot {
  enabledSources: number
  /** Enabled sources whose last poll failed. */
  failingSources: number
  /** The most recent successful poll of any enabled source. */
  lastPollSuccessAt: string | null
  /** Alerts not yet delivered (pending, or claimed by a sender), digests waiting for their hour included. */
  alertsWaiting: number
  /** Of those, the ones due now. */
  alertsDue: number
  /** When the longest-waiting due alert became due. */
  oldestAlertDueAt: string | null
}

/** Throws when the database cannot be read: the caller reports that as unhealthy. */
export async function readHealthSnapshot(db: Db, now: Date): Promise<HealthSnapshot> {
  const sources = await db
    .selectFrom('source')
    .select([
      (eb) => eb.fn.countAll<number>().as('enabled'),
      (eb) => eb.fn.max('last_success_at').as('last_success_at'),
      sql<number>`coalesce(sum(consecutive_failures > 0), 0)`.as('failing'),
    ])
    .where('is_enabled', '=', 1)
    .executeTakeFirstOrThrow()
  const outbox = await db
    .selectFrom('alert_outbox')
    .select((eb) => {
      const isDue = eb('next_attempt_at', '<=', now.toISOString())
      return [
        eb.fn.countAll<number>().as('waiting'),
        sql<number>`coalesce(sum(${isDue}), 0)`.as('due'),
        sql<string | null>`min(case when ${isDue} then next_attempt_at end)`.as('oldest'),
      ]
    })
    .where('state', 'in', ['pending', 'sending'])
    .executeTakeFirstOrThrow()
  return {
    enabledSources: Number(sources.enabled),
    failingSources: Number(sources.failing),
    lastPollSuccessAt: sources.last_success_at,
    alertsWaiting: Number(outbox.waiting),
    alertsDue: Number(outbox.due),
    oldestAlertDueAt: outbox.oldest,
  }
}
