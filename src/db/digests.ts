import type { ExpressionBuilder } from 'kysely'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import { buildClaimUpdate } from './outbox.js'
import type { AlertMode, ChatType, Database } from './schema.js'

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
 * back to instant alerts with a digest still waiting (sent to them at once). Not a chat told to
 * wait (429) until `now`: its digest goes once the wait ends.
 */
export async function listDigestSubscribers(db: Db, now: Date): Promise<DigestSubscriber[]> {
  const rows = await db
    .selectFrom('subscriber as b')
    .select(['b.chat_id', 'b.chat_type', 'b.language', 'b.alert_mode', 'b.digest_hour', 'b.time_zone', 'b.last_digest_at', 'b.created_at'])
    .where('b.is_active', '=', 1)
    .where('b.send_hold_until', '<=', now.toISOString())
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
 * Which of a chat's queued digest rows a claim takes: those owed to the digest scheduled at
 * `scheduledAt` (isOwedToDigest), or the rows `ids`, as they join the digest being sent.
 */
export type DigestClaim = { scheduledAt: Date } | { ids: readonly number[] }

/**
 * Whether a queued digest row is owed to the digest scheduled at `scheduledAt`: queued up to that
 * moment (later ones wait for the next digest), or already tried in it (a copy of a story that
 * joined it in place of a withdrawn entry, sent again with the rest after a failure).
 */
export function isOwedToDigest(eb: ExpressionBuilder<Database, 'alert_outbox'>, scheduledAt: Date) {
  return eb.or([eb('created_at', '<=', scheduledAt.toISOString()), eb('first_attempt_at', 'is not', null)])
}

/** Claims the chat's (or only its forum topic `threadId`'s) queued digest rows that `claim` names, as claimAlerts does for instant ones. */
export async function claimDigestAlerts(db: Db, chatId: number, claim: DigestClaim, now: Date, leaseUntil: Date, threadId?: number): Promise<DigestAlert[]> {
  let query = db
    .updateTable('alert_outbox')
    .set((eb) => buildClaimUpdate(eb, now, leaseUntil))
    .where('chat_id', '=', chatId)
    .where('delivery', '=', 'digest')
    .where('state', 'in', ['pending', 'sending'])
    .where('next_attempt_at', '<=', now.toISOString())
  if ('ids' in claim) query = query.where('id', 'in', claim.ids.length > 0 ? claim.ids : [0])
  else query = query.where((eb) => isOwedToDigest(eb, claim.scheduledAt))
  if (threadId !== undefined) query = query.where('message_thread_id', '=', threadId)
  const rows = await query.returning(['id', 'article_id', 'message_thread_id', 'attempts']).execute()
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, messageThreadId: r.message_thread_id, attempts: r.attempts })).sort((a, b) => a.id - b.id)
}

/** Records the scheduled moment of the digest just delivered, so each day's hour fires once. */
export async function markDigestDone(db: Db, chatId: number, scheduledAt: Date): Promise<void> {
  await db.updateTable('subscriber').set({ last_digest_at: scheduledAt.toISOString() }).where('chat_id', '=', chatId).execute()
}

/**
 * What a chat's (forum topic's) digest scheduled at `scheduledAt` has already delivered, read from the rows sent since that
 * hour: the messages (parts) and the items in them. A digest sent again after a failure or a restart numbers on from them.
 */
export async function countDigestSent(db: Db, chatId: number, threadId: number, scheduledAt: Date): Promise<{ pages: number; items: number }> {
  const row = await db
    .selectFrom('alert_outbox')
    .select((eb) => [eb.fn.count<number>('telegram_message_id').distinct().as('pages'), eb.fn.countAll<number>().as('items')])
    .where('chat_id', '=', chatId)
    .where('message_thread_id', '=', threadId)
    .where('delivery', '=', 'digest')
    .where('state', '=', 'sent')
    .where('sent_at', '>=', scheduledAt.toISOString())
    .executeTakeFirstOrThrow()
  return { pages: Number(row.pages), items: Number(row.items) }
}
