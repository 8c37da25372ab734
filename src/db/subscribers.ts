import { sql, type Transaction } from 'kysely'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { ChatType, Database } from './schema.js'

/** The interface language a chat chose with /lang, or null when it never chose. */
export async function getChatLanguage(db: Db, chatId: number): Promise<Lang | null> {
  const row = await db.selectFrom('subscriber').select('language').where('chat_id', '=', chatId).executeTakeFirst()
  return row?.language ?? null
}

/** Stores the interface language a chat chose with /lang (creating its subscriber row if needed). */
export async function setChatLanguage(db: Db, target: { chatId: number; chatType: ChatType }, language: Lang, now: Date): Promise<void> {
  const at = now.toISOString()
  await db
    .insertInto('subscriber')
    .values({ chat_id: target.chatId, chat_type: target.chatType, language, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ language, updated_at: at }))
    .execute()
}

/**
 * A chat that blocked or removed the bot, or no longer exists: the subscriber stops receiving
 * alerts (its subscriptions are kept: an unblock, being added back or /start bring it back) and its queued alerts are
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

/** A chat that let the bot back in (unblocked it, added it again, pressed /start): its subscriptions alert again. */
export async function reactivateSubscriber(db: Db, chatId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('subscriber')
    .set({ is_active: 1, deactivated_reason: null, updated_at: now.toISOString() })
    .where('chat_id', '=', chatId)
    .where('is_active', '=', 0)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
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
