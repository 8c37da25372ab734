import { sql } from 'kysely'
import type { Kind } from '../classify/types.js'
import type { Db } from './database.js'
import type { TopicType } from './schema.js'

/** What `/stats` shows, apart from the alert counts (the outbox's own query). */
export interface CurationStats {
  /** Published items by kind since `since`. */
  byKind: { kind: Kind; count: number }[]
  /** Published items by partner country since `since`, most first. */
  byPartner: { country: string; count: number }[]
  publishedCount: number
  flaggedCount: number
  /** When the longest-waiting flagged item was flagged. */
  oldestFlaggedAt: string | null
  activeSubscribers: number
  subscriptionsByType: { topicType: TopicType; count: number }[]
  failingSources: { id: number; name: string; consecutiveFailures: number; lastError: string | null }[]
  enabledSources: number
}

const TOP_PARTNERS = 10

export async function readCurationStats(db: Db, since: Date): Promise<CurationStats> {
  const from = since.toISOString()
  const byKind = await db
    .selectFrom('classification as c')
    .innerJoin('article as a', 'a.id', 'c.article_id')
    .select(['c.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.status', '=', 'published')
    .where('c.kind', 'is not', null)
    .where('a.published_at', '>=', from)
    .groupBy('c.kind')
    .orderBy('n', 'desc')
    .execute()
  const byPartner = await db
    .selectFrom('article_partner')
    .select(['country', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'published')
    .where('published_at', '>=', from)
    .groupBy('country')
    .orderBy('n', 'desc')
    .orderBy('country')
    .limit(TOP_PARTNERS)
    .execute()
  const counts = await db
    .selectFrom('classification as c')
    .innerJoin('article as a', 'a.id', 'c.article_id')
    .select([
      sql<number>`coalesce(sum(c.status = 'published' and a.published_at >= ${from}), 0)`.as('published'),
      sql<number>`coalesce(sum(c.status = 'flagged'), 0)`.as('flagged'),
      sql<string | null>`min(case when c.status = 'flagged' then c.status_changed_at end)`.as('oldest_flagged'),
    ])
    .executeTakeFirstOrThrow()
  // A chat is a subscriber while it follows something: one that only chose a language (/lang, an admin's kept one) is not.
  const subscribers = await db
    .selectFrom('subscriber as b')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('b.is_active', '=', 1)
    .where((eb) => eb.exists(eb.selectFrom('subscription as s').select('s.chat_id').whereRef('s.chat_id', '=', 'b.chat_id')))
    .executeTakeFirstOrThrow()
  const subscriptions = await db
    .selectFrom('subscription as s')
    .innerJoin('subscriber as b', 'b.chat_id', 's.chat_id')
    .select(['s.topic_type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('b.is_active', '=', 1)
    .groupBy('s.topic_type')
    .orderBy('n', 'desc')
    .execute()
  const failing = await db
    .selectFrom('source')
    .select(['id', 'name', 'consecutive_failures', 'last_error'])
    .where('is_enabled', '=', 1)
    .where('consecutive_failures', '>', 0)
    .orderBy('consecutive_failures', 'desc')
    .orderBy('name')
    .execute()
  const enabled = await db.selectFrom('source').select((eb) => eb.fn.countAll<number>().as('n')).where('is_enabled', '=', 1).executeTakeFirstOrThrow()
  return {
    byKind: byKind.flatMap((r) => (r.kind ? [{ kind: r.kind, count: Number(r.n) }] : [])),
    byPartner: byPartner.map((r) => ({ country: r.country, count: Number(r.n) })),
    publishedCount: Number(counts.published),
    flaggedCount: Number(counts.flagged),
    oldestFlaggedAt: counts.oldest_flagged,
    activeSubscribers: Number(subscribers.n),
    subscriptionsByType: subscriptions.map((r) => ({ topicType: r.topic_type, count: Number(r.n) })),
    failingSources: failing.map((r) => ({ id: r.id, name: r.name, consecutiveFailures: r.consecutive_failures, lastError: r.last_error })),
    enabledSources: Number(enabled.n),
  }
}
