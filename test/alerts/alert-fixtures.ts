import type { Db } from '../../src/db/database.js'
import { enqueueAlerts } from '../../src/alerts/enqueue.js'
import type { AlertMode, ChatType, OutboxState, TopicType } from '../../src/db/schema.js'
import { type SeedItem, seedItems } from '../helpers/seed-items.js'

const LONG_AGO = '2026-01-01T00:00:00.000Z'

export interface SeedSubscriber {
  chatId: number
  chatType?: ChatType
  language?: 'en' | 'ru' | 'kk' | null
  alertMode?: AlertMode
  digestHour?: number
  timeZone?: string
  createdAt?: string
  topics?: { type: TopicType; value?: string; threadId?: number; createdAt?: string }[]
}

/** A subscriber and its subscriptions (by default: everything, subscribed long ago). */
export async function seedSubscriber(db: Db, s: SeedSubscriber): Promise<void> {
  const createdAt = s.createdAt ?? LONG_AGO
  await db
    .insertInto('subscriber')
    .values({
      chat_id: s.chatId,
      chat_type: s.chatType ?? (s.chatId < 0 ? 'supergroup' : 'private'),
      language: s.language === undefined ? 'en' : s.language,
      alert_mode: s.alertMode ?? 'instant',
      digest_hour: s.digestHour ?? 9,
      time_zone: s.timeZone ?? 'Asia/Almaty',
      last_digest_at: null,
      deactivated_reason: null,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute()
  const topics = s.topics ?? [{ type: 'all' }]
  await db
    .insertInto('subscription')
    .values(topics.map((t) => ({ chat_id: s.chatId, message_thread_id: t.threadId ?? 0, topic_type: t.type, topic_value: t.value ?? '', created_at: t.createdAt ?? createdAt })))
    .execute()
}

export interface AlertItem extends SeedItem {
  isBacklog?: boolean
  storyKey?: string
  contentHash?: string
}

/** Stores items as ingest does (published, with partners), with the fields alerts look at. */
export async function seedAlertItems(db: Db, items: readonly AlertItem[]): Promise<number[]> {
  const ids = await seedItems(db, items)
  for (const [i, item] of items.entries()) {
    await db
      .updateTable('article')
      .set({
        is_backlog: item.isBacklog ? 1 : 0,
        ...(item.storyKey ? { story_key: item.storyKey } : {}),
        ...(item.contentHash ? { content_hash: item.contentHash } : {}),
      })
      .where('id', '=', ids[i]!)
      .execute()
  }
  return ids
}

/**
 * Runs the publishing transaction at `now` as ingest and approval do (the status time, then the
 * alerts); items seeded as flagged or rejected stay so, and enqueue nothing.
 */
export async function publish(db: Db, ids: readonly number[], now: Date, maxAgeHours = 72): Promise<number> {
  let added = 0
  for (const id of ids) {
    added += await db.transaction().execute(async (trx) => {
      await trx.updateTable('classification').set({ status_changed_at: now.toISOString() }).where('article_id', '=', id).execute()
      return enqueueAlerts(trx, id, { now, maxAgeHours })
    })
  }
  return added
}

export async function outboxRows(db: Db, state?: OutboxState) {
  let query = db.selectFrom('alert_outbox').selectAll().orderBy('id')
  if (state) query = query.where('state', '=', state)
  return query.execute()
}
