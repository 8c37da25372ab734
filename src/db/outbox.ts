import { sql, type Transaction } from 'kysely'
import { checkItemEligibility, isSubscribedBefore, matchesTopic, type AlertPolicy } from '../alerts/match.js'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { AlertMode, ChatType, Database } from './schema.js'

/** Rows per INSERT, well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 400
/** Two sources rarely carry one story more than a week apart; older alerts no longer suppress. */
const STORY_WINDOW_MS = 7 * 24 * 3_600_000

/**
 * Queues the alerts for a just-published article, inside the caller's transaction (so an item
 * is never published without its alerts, nor alerted without being published). Call it after
 * the article's classification (status 'published') and partners are written.
 *
 * Matches every active subscriber's subscriptions (country, sector, keyword, all) and writes one
 * `alert_outbox` row per chat and forum topic, in the subscriber's alert mode. Never alerts a
 * backlog item, an item older than `maxAgeHours`, an item published before the subscription
 * was made, or a story the chat was already alerted to from another source (same `story_key`
 * or `content_hash`). Idempotent: re-running adds nothing. Returns the number of rows added.
 */
export async function enqueueAlerts(trx: Transaction<Database>, articleId: number, opts: AlertPolicy): Promise<number> {
  const article = await trx
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select(['a.id', 'a.title', 'a.body', 'a.published_at', 'a.is_backlog', 'a.story_key', 'a.content_hash', 'c.status', 'c.status_changed_at', 'c.sectors'])
    .where('a.id', '=', articleId)
    .executeTakeFirst()
  if (!article || article.status !== 'published') return 0
  if (!checkItemEligibility({ isBacklog: article.is_backlog === 1, publishedAt: article.published_at }, opts).ok) return 0

  const partners = await trx.selectFrom('article_partner').select('country').where('article_id', '=', articleId).execute()
  const item = {
    title: article.title,
    body: article.body,
    partners: partners.map((p) => p.country),
    sectors: JSON.parse(article.sectors) as string[],
  }

  const subscriptions = await trx
    .selectFrom('subscription as s')
    .innerJoin('subscriber as b', 'b.chat_id', 's.chat_id')
    .select(['s.chat_id', 's.message_thread_id', 's.topic_type', 's.topic_value', 's.created_at', 'b.alert_mode'])
    .where('b.is_active', '=', 1)
    .where((eb) =>
      eb.or([
        eb('s.topic_type', 'in', ['all', 'keyword']),
        eb.and([eb('s.topic_type', '=', 'sector'), eb('s.topic_value', 'in', item.sectors.length > 0 ? item.sectors : [''])]),
        eb.and([eb('s.topic_type', '=', 'country'), eb('s.topic_value', 'in', item.partners.length > 0 ? item.partners : [''])]),
      ]),
    )
    .execute()

  const destinations = new Map<string, { chatId: number; threadId: number; delivery: AlertMode }>()
  for (const s of subscriptions) {
    if (!isSubscribedBefore(s.created_at, article.status_changed_at)) continue
    if (!matchesTopic(item, { topicType: s.topic_type, topicValue: s.topic_value })) continue
    destinations.set(`${s.chat_id}:${s.message_thread_id}`, { chatId: s.chat_id, threadId: s.message_thread_id, delivery: s.alert_mode })
  }
  if (destinations.size === 0) return 0

  const windowStart = new Date(opts.now.getTime() - STORY_WINDOW_MS).toISOString()
  const alreadyAlerted = await trx
    .selectFrom('alert_outbox as o')
    .innerJoin('article as a', 'a.id', 'o.article_id')
    .select(['o.chat_id', 'o.message_thread_id'])
    .where('o.article_id', '!=', articleId)
    .where('o.created_at', '>=', windowStart)
    .where((eb) => eb.or([eb('a.content_hash', '=', article.content_hash), ...(article.story_key ? [eb('a.story_key', '=', article.story_key)] : [])]))
    .execute()
  for (const row of alreadyAlerted) destinations.delete(`${row.chat_id}:${row.message_thread_id}`)

  const now = opts.now.toISOString()
  const rows = [...destinations.values()].map((d) => ({
    article_id: articleId,
    chat_id: d.chatId,
    message_thread_id: d.threadId,
    delivery: d.delivery,
    next_attempt_at: now,
    created_at: now,
  }))
  let added = 0
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const result = await trx
      .insertInto('alert_outbox')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) => oc.columns(['article_id', 'chat_id', 'message_thread_id']).doNothing())
      .executeTakeFirst()
    added += Number(result.numInsertedOrUpdatedRows ?? 0)
  }
  return added
}

/** Whether any active subscriber has a subscription: without one, no article can be alerted. */
export async function hasAlertRecipients(trx: Transaction<Database>): Promise<boolean> {
  const row = await trx
    .selectFrom('subscription as s')
    .innerJoin('subscriber as b', 'b.chat_id', 's.chat_id')
    .select('s.chat_id')
    .where('b.is_active', '=', 1)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/** An outbox row as the sender needs it. */
export interface DueAlert {
  id: number
  articleId: number
  chatId: number
  messageThreadId: number
  chatType: ChatType
  language: Lang | null
  attempts: number
}

/**
 * The oldest due instant alert of each chat (so one busy chat never hides the others), oldest
 * first, for active subscribers: pending rows, and rows left in 'sending' whose claim lease
 * ran out (the process died mid-send).
 */
export async function findDueAlerts(db: Db, now: Date, limit: number): Promise<DueAlert[]> {
  const iso = now.toISOString()
  const rows = await db
    .selectFrom('alert_outbox as o')
    .innerJoin('subscriber as b', 'b.chat_id', 'o.chat_id')
    .select(['o.id', 'o.article_id', 'o.chat_id', 'o.message_thread_id', 'o.attempts', 'b.chat_type', 'b.language'])
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('alert_outbox')
        .select((e) => e.fn.min<number>('id').as('id'))
        .where('state', 'in', ['pending', 'sending'])
        .where('delivery', '=', 'instant')
        .where('next_attempt_at', '<=', iso)
        .groupBy('chat_id'),
    )
    .where('b.is_active', '=', 1)
    .orderBy('o.id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    chatId: r.chat_id,
    messageThreadId: r.message_thread_id,
    chatType: r.chat_type,
    language: r.language,
    attempts: r.attempts,
  }))
}

/**
 * Claims rows for sending — state 'sending', attempts + 1, leased until `leaseUntil` — before
 * the Telegram call. Only rows still claimable are taken (pending, or 'sending' with an expired
 * lease); returns the ids actually claimed.
 */
export async function claimAlerts(db: Db, ids: readonly number[], now: Date, leaseUntil: Date): Promise<number[]> {
  if (ids.length === 0) return []
  const rows = await db
    .updateTable('alert_outbox')
    .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), last_attempt_at: now.toISOString(), next_attempt_at: leaseUntil.toISOString() }))
    .where('id', 'in', ids)
    .where('state', 'in', ['pending', 'sending'])
    .where('next_attempt_at', '<=', now.toISOString())
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Marks rows delivered, right after Telegram's answer. */
export async function markAlertsSent(db: Db, ids: readonly number[], telegramMessageId: number, now: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('alert_outbox')
    .set({ state: 'sent', telegram_message_id: telegramMessageId, sent_at: now.toISOString(), last_error: null })
    .where('id', 'in', ids)
    .execute()
}

/** Puts claimed rows back in the queue, due at `nextAttemptAt`. */
export async function markAlertsRetry(db: Db, ids: readonly number[], error: string, nextAttemptAt: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('alert_outbox')
    .set({ state: 'pending', last_error: error, next_attempt_at: nextAttemptAt.toISOString() })
    .where('id', 'in', ids)
    .execute()
}

/** Gives up on rows, keeping Telegram's description. */
export async function markAlertsFailed(db: Db, ids: readonly number[], error: string): Promise<void> {
  if (ids.length === 0) return
  await db.updateTable('alert_outbox').set({ state: 'failed', last_error: error }).where('id', 'in', ids).execute()
}

/**
 * A chat that blocked or removed the bot, or no longer exists: the subscriber stops receiving
 * alerts (its subscriptions are kept, so /start can bring it back) and its queued alerts are
 * skipped.
 */
export async function deactivateSubscriber(db: Db, chatId: number, reason: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('subscriber').set({ is_active: 0, deactivated_reason: reason, updated_at: now.toISOString() }).where('chat_id', '=', chatId).execute()
    await trx
      .updateTable('alert_outbox')
      .set({ state: 'skipped', last_error: reason })
      .where('chat_id', '=', chatId)
      .where('state', 'in', ['pending', 'sending'])
      .execute()
  })
}

/**
 * A group upgraded to a supergroup has a new chat id: the subscriber, its subscriptions and
 * its queued alerts move to it (ON UPDATE CASCADE). When the new id is already a subscriber
 * (the bot saw the migration message first), the two are merged, keeping the new one.
 */
export async function moveSubscriberChat(db: Db, fromChatId: number, toChatId: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const target = await trx.selectFrom('subscriber').select('chat_id').where('chat_id', '=', toChatId).executeTakeFirst()
    if (!target) {
      await trx
        .updateTable('subscriber')
        .set({ chat_id: toChatId, chat_type: 'supergroup', updated_at: now.toISOString() })
        .where('chat_id', '=', fromChatId)
        .execute()
      return
    }
    await sql`update or ignore subscription set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
    await sql`update or ignore alert_outbox set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
    await trx.deleteFrom('subscriber').where('chat_id', '=', fromChatId).execute()
  })
}

/**
 * Rows left in 'sending' by a process that died between claiming and marking: due again now.
 * Called once when the sender starts; the message may have reached Telegram already, so at
 * most these rows (one per chat in flight) can be delivered twice.
 */
export async function recoverInterruptedAlerts(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('alert_outbox')
    .set({ state: 'pending', next_attempt_at: now.toISOString() })
    .where('state', '=', 'sending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export interface OutboxCounts {
  /** Waiting now (pending or being sent), instant and digest together. */
  pending: number
  /** Delivered since `since`. */
  sent: number
  /** Given up on (or skipped for a chat gone) since `since`. */
  failed: number
}

/** The alert queue for admins' /stats: what waits now, what was sent and failed since `since`. */
export async function countOutboxByState(db: Db, since: Date): Promise<OutboxCounts> {
  const iso = since.toISOString()
  const row = await db
    .selectFrom('alert_outbox')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('state', 'in', ['pending', 'sending']).as('pending'),
      eb.fn.countAll<number>().filterWhere((f) => f.and([f('state', '=', 'sent'), f('sent_at', '>=', iso)])).as('sent'),
      eb.fn.countAll<number>().filterWhere((f) => f.and([f('state', 'in', ['failed', 'skipped']), f('last_attempt_at', '>=', iso)])).as('failed'),
    ])
    .executeTakeFirstOrThrow()
  return { pending: Number(row.pending), sent: Number(row.sent), failed: Number(row.failed) }
}

/** Deletes finished rows created before `before` (they no longer suppress repeats of a story). */
export async function pruneFinishedAlerts(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('alert_outbox')
    .where('state', 'in', ['sent', 'failed', 'skipped'])
    .where('created_at', '<', before.toISOString())
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** A subscriber the digest worker looks at. */
export interface DigestSubscriber {
  chatId: number
  chatType: ChatType
  language: Lang | null
  alertMode: AlertMode
  digestHour: number
  timeZone: string
  lastDigestAt: string | null
  createdAt: string
}

/**
 * Active subscribers with queued digest alerts: those in digest mode, and those who switched
 * back to instant alerts with a digest still waiting (sent to them at once).
 */
export async function listDigestSubscribers(db: Db): Promise<DigestSubscriber[]> {
  const rows = await db
    .selectFrom('subscriber as b')
    .select(['b.chat_id', 'b.chat_type', 'b.language', 'b.alert_mode', 'b.digest_hour', 'b.time_zone', 'b.last_digest_at', 'b.created_at'])
    .where('b.is_active', '=', 1)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('alert_outbox as o').select('o.id').whereRef('o.chat_id', '=', 'b.chat_id').where('o.delivery', '=', 'digest').where('o.state', 'in', ['pending', 'sending']),
      ),
    )
    .execute()
  return rows.map((r) => ({
    chatId: r.chat_id,
    chatType: r.chat_type,
    language: r.language,
    alertMode: r.alert_mode,
    digestHour: r.digest_hour,
    timeZone: r.time_zone,
    lastDigestAt: r.last_digest_at,
    createdAt: r.created_at,
  }))
}

export interface DigestAlert {
  id: number
  articleId: number
  messageThreadId: number
  /** Including this claim. */
  attempts: number
}

/**
 * Claims the chat's queued digest rows created up to `createdUpTo` (the digest's scheduled
 * moment; later ones wait for the next digest), as claimAlerts does for instant ones.
 */
export async function claimDigestAlerts(db: Db, chatId: number, createdUpTo: Date, now: Date, leaseUntil: Date): Promise<DigestAlert[]> {
  const rows = await db
    .updateTable('alert_outbox')
    .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), last_attempt_at: now.toISOString(), next_attempt_at: leaseUntil.toISOString() }))
    .where('chat_id', '=', chatId)
    .where('delivery', '=', 'digest')
    .where('state', 'in', ['pending', 'sending'])
    .where('created_at', '<=', createdUpTo.toISOString())
    .where('next_attempt_at', '<=', now.toISOString())
    .returning(['id', 'article_id', 'message_thread_id', 'attempts'])
    .execute()
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, messageThreadId: r.message_thread_id, attempts: r.attempts })).sort((a, b) => a.id - b.id)
}

/** Records the scheduled moment of the digest just delivered, so each day's hour fires once. */
export async function markDigestDone(db: Db, chatId: number, scheduledAt: Date): Promise<void> {
  await db.updateTable('subscriber').set({ last_digest_at: scheduledAt.toISOString() }).where('chat_id', '=', chatId).execute()
}
