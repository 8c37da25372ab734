import { sql } from 'kysely'
import { earliestLocalHour, latestLocalHour } from '../time-zone.js'
import type { Db } from './database.js'
import { isOwedToDigest } from './digests.js'

/** What /healthz and /metrics read from the database, in one round of cheap queries. */
export interface HealthSnapshot {
  enabledSources: number
  /** Enabled sources whose last poll failed. */
  failingSources: number
  /** The most recent successful poll of any enabled source. */
  lastPollSuccessAt: string | null
  /** Alerts not yet delivered (pending, or claimed by a sender), digests waiting for their hour included. */
  alertsWaiting: number
  /**
   * Of those, the ones the sender should be sending now: instant alerts past their next
   * attempt, and digest alerts whose subscriber's digest hour has come.
   */
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
  const waiting = await db.selectFrom('alert_outbox').select((eb) => eb.fn.countAll<number>().as('count')).where('state', 'in', ['pending', 'sending']).executeTakeFirstOrThrow()
  const due = [await readDueInstantAlerts(db, now), ...(await readDueDigests(db, now))]
  const oldest = due.map((d) => d.since).filter((since) => since !== null).sort()[0] ?? null
  return {
    enabledSources: Number(sources.enabled),
    failingSources: Number(sources.failing),
    lastPollSuccessAt: sources.last_success_at,
    alertsWaiting: Number(waiting.count),
    alertsDue: due.reduce((sum, d) => sum + d.count, 0),
    oldestAlertDueAt: oldest,
  }
}

interface DueGroup {
  count: number
  /** When the oldest of them became due (ISO); null when there are none. */
  since: string | null
}

/**
 * Instant alerts for active subscribers that are past their next attempt and their chat's hold
 * (a 429's wait): what the sender picks up now.
 */
async function readDueInstantAlerts(db: Db, now: Date): Promise<DueGroup> {
  const row = await db
    .selectFrom('alert_outbox as o')
    .innerJoin('subscriber as b', 'b.chat_id', 'o.chat_id')
    .select((eb) => [eb.fn.countAll<number>().as('count'), sql<string | null>`min(max(o.next_attempt_at, b.send_hold_until))`.as('since')])
    .where('o.state', 'in', ['pending', 'sending'])
    .where('o.delivery', '=', 'instant')
    .where('o.next_attempt_at', '<=', now.toISOString())
    .where('b.send_hold_until', '<=', now.toISOString())
    .where('b.is_active', '=', 1)
    .executeTakeFirstOrThrow()
  return { count: Number(row.count), since: row.since }
}

/**
 * Digest alerts whose digest is owed, one group per subscriber. As the digest worker
 * (alerts/digest.ts) schedules them, a digest subscriber's queued alert is due at the first
 * digest hour, in their time zone, after both its queueing and the last digest sent, or since it
 * was first tried in one (and not before a retry's next attempt nor the end of the chat's hold); a subscriber who went back to
 * instant alerts is owed what waited from the moment of the switch. Items waiting for a digest
 * hour still to come are not due.
 */
async function readDueDigests(db: Db, now: Date): Promise<DueGroup[]> {
  const subscribers = await db
    .selectFrom('alert_outbox as o')
    .innerJoin('subscriber as b', 'b.chat_id', 'o.chat_id')
    .select((eb) => ['b.chat_id', 'b.alert_mode', 'b.digest_hour', 'b.time_zone', 'b.last_digest_at', 'b.created_at', 'b.updated_at', 'b.send_hold_until', eb.fn.min('o.created_at').as('oldest_queued_at'), eb.fn.min('o.first_attempt_at').as('first_tried_at')])
    .where('o.state', 'in', ['pending', 'sending'])
    .where('o.delivery', '=', 'digest')
    .where('b.is_active', '=', 1)
    .groupBy('b.chat_id')
    .execute()
  const groups: DueGroup[] = []
  for (const s of subscribers) {
    const oldestQueuedAt = new Date(s.oldest_queued_at)
    const owedByQueueing =
      s.alert_mode === 'instant'
        ? new Date(Math.max(oldestQueuedAt.getTime(), Date.parse(s.updated_at)))
        : earliestLocalHour(new Date(Math.max(oldestQueuedAt.getTime(), Date.parse(s.last_digest_at ?? s.created_at) + 1)), s.digest_hour, s.time_zone)
    // A row already tried was owed when its digest first went out, whenever it was queued.
    const owedFrom = s.first_tried_at ? new Date(Math.min(owedByQueueing.getTime(), Date.parse(s.first_tried_at))) : owedByQueueing
    if (owedFrom > now) continue
    const owedUpTo = s.alert_mode === 'instant' ? now : latestLocalHour(now, s.digest_hour, s.time_zone)
    const owed = await db
      .selectFrom('alert_outbox')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('next_attempt_at').as('retry_at')])
      .where('chat_id', '=', s.chat_id)
      .where('state', 'in', ['pending', 'sending'])
      .where('delivery', '=', 'digest')
      .where((eb) => isOwedToDigest(eb, owedUpTo))
      .executeTakeFirstOrThrow()
    const since = new Date(Math.max(owedFrom.getTime(), owed.retry_at ? Date.parse(owed.retry_at) : 0, Date.parse(s.send_hold_until)))
    if (Number(owed.count) > 0 && since <= now) groups.push({ count: Number(owed.count), since: since.toISOString() })
  }
  return groups
}
