import { sql, type Transaction } from 'kysely'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { ChatType, Database } from './schema.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'

/** The interface language a chat chose with /lang, or null when it never chose. */
export async function getChatLanguage(db: Db, chatId: number): Promise<Lang | null> {
  const row = await db.selectFrom('subscriber').select('language').where('chat_id', '=', chatId).executeTakeFirst()
  return row?.language ?? null
}

/** The language a chat chose with /lang (or held as chosen from before languages were kept), or null: none, or its Telegram language kept. */
export async function getChosenChatLanguage(db: Db, chatId: number): Promise<Lang | null> {
  const row = await db.selectFrom('subscriber').select('language').where('chat_id', '=', chatId).where('is_language_kept', '=', 0).executeTakeFirst()
  return row?.language ?? null
}

/** Stores the interface language a chat chose with /lang (creating its subscriber row if needed). */
export async function setChatLanguage(db: Db, target: { chatId: number; chatType: ChatType }, language: Lang, now: Date): Promise<void> {
  const at = now.toISOString()
  await db
    .insertInto('subscriber')
    .values({ chat_id: target.chatId, chat_type: target.chatType, language, is_language_kept: 0, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ language, is_language_kept: 0, updated_at: at }))
    .execute()
}

/**
 * Keeps `language`, the chat's Telegram language, as its language unless one was chosen with /lang: set where none
 * is, and changed where the one kept before differs. Whether it changed.
 */
export async function keepChatLanguage(db: Db, target: { chatId: number; chatType: ChatType }, language: Lang, now: Date): Promise<boolean> {
  const at = now.toISOString()
  const result = await db
    .insertInto('subscriber')
    .values({ chat_id: target.chatId, chat_type: target.chatType, language, is_language_kept: 1, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc
        .column('chat_id')
        .doUpdateSet({ language, is_language_kept: 1, updated_at: at })
        .where((eb) => eb.or([eb('subscriber.language', 'is', null), eb.and([eb('subscriber.is_language_kept', '=', 1), eb('subscriber.language', '!=', language)])])),
    )
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/** Changes a kept language (keepChatLanguage, addSubscription) to `language`, the chat's Telegram language now; a chosen one, or none, stays. Whether it changed. */
export async function followChatLanguage(db: Db, chatId: number, language: Lang, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('subscriber')
    .set({ language, updated_at: now.toISOString() })
    .where('chat_id', '=', chatId)
    .where('is_language_kept', '=', 1)
    .where('language', '!=', language)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
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

/**
 * Holds back every message to a chat until `until` (a later hold already written stays): Telegram
 * told it to wait (429), and counts the chat, not the forum topic nor the message.
 */
export async function holdChatSends(db: Db, chatId: number, until: Date): Promise<void> {
  await db.updateTable('subscriber').set({ send_hold_until: until.toISOString() }).where('chat_id', '=', chatId).where('send_hold_until', '<', until.toISOString()).execute()
}

/** When the chat's hold ends, if it is still held at `now`. */
export async function readChatSendHold(db: Db, chatId: number, now: Date): Promise<Date | null> {
  const row = await db.selectFrom('subscriber').select('send_hold_until').where('chat_id', '=', chatId).where('send_hold_until', '>', now.toISOString()).executeTakeFirst()
  return row ? new Date(row.send_hold_until) : null
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
 * A group upgraded to a supergroup has a new chat id: the subscriber, its subscriptions, its
 * preferences, its queued alerts, the alerts it was held back from as repeats and its send hold move to it (ON UPDATE
 * CASCADE; when the two rows are merged, by hand), and so do its
 * saved searches, whose page buttons the supergroup's history keeps, and the sources it suggested
 * with /suggest, whose outcome is told to the chat that sent them. When the new id is already
 * a subscriber (/settings or /lang used there before the bot learnt of the move), the two rows
 * are merged and what the group had set survives: each setting the new row holds of its own
 * keeps it, every other comes from the group. A setting is the new row's own when it is not
 * null (language, quiet hours) or, for a column with a default (alert mode, digest hour, time
 * zone, the preference switches), when it differs from that default: the schema keeps no other
 * trace of a choice, and a row made minutes ago holds the defaults in all it was not told.
 * The new row keeps its active flag (it is the chat that exists now); the last digest is the
 * later of the two, so the day's digest is not sent again.
 */
export async function moveSubscriberChat(db: Db, fromChatId: number, toChatId: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await moveSavedSearches(trx, fromChatId, toChatId)
    await trx.updateTable('source_suggestion').set({ chat_id: toChatId }).where('chat_id', '=', fromChatId).execute()
    const subscriberOf = (chatId: number) => trx.selectFrom('subscriber').selectAll().where('chat_id', '=', chatId).executeTakeFirst()
    const from = await subscriberOf(fromChatId)
    const to = await subscriberOf(toChatId)
    if (!to) {
      await trx
        .updateTable('subscriber')
        .set({ chat_id: toChatId, chat_type: 'supergroup', updated_at: now.toISOString() })
        .where('chat_id', '=', fromChatId)
        .execute()
      return
    }
    if (!from) return
    await trx
      .updateTable('subscriber')
      .set({
        chat_type: 'supergroup',
        language: ownOr(to.language, from.language),
        alert_mode: ownOr(to.alert_mode, from.alert_mode, SUBSCRIBER_DEFAULTS.alert_mode),
        digest_hour: ownOr(to.digest_hour, from.digest_hour, SUBSCRIBER_DEFAULTS.digest_hour),
        time_zone: ownOr(to.time_zone, from.time_zone, SUBSCRIBER_DEFAULTS.time_zone),
        last_digest_at: later(to.last_digest_at, from.last_digest_at),
        // Telegram's wait (429) may have been told to either id: the longer one holds.
        send_hold_until: later(to.send_hold_until, from.send_hold_until),
        created_at: from.created_at < to.created_at ? from.created_at : to.created_at,
        updated_at: now.toISOString(),
      })
      .where('chat_id', '=', toChatId)
      .execute()
    await mergeChatPreferences(trx, fromChatId, toChatId, now)
    // A subscription both chats had is kept as the supergroup's, from when the group made it: the
    // alerts the group's queued are checked against it when sent (made before their item, or withdrawn).
    await sql`update subscription set created_at = min(created_at, coalesce((
        select f.created_at from subscription f where f.chat_id = ${fromChatId} and f.message_thread_id = subscription.message_thread_id
          and f.topic_type = subscription.topic_type and f.topic_value = subscription.topic_value
          and f.sector_filter = subscription.sector_filter and f.kind_filter = subscription.kind_filter
      ), created_at)) where chat_id = ${toChatId}`.execute(trx)
    await sql`update or ignore subscription set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
    await sql`update or ignore alert_outbox set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
    await sql`update or ignore alert_repeat set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
    await trx.deleteFrom('subscriber').where('chat_id', '=', fromChatId).execute()
  })
}

/** The defaults of the settings columns (migrations create_subscriber and create_chat_preference). */
const SUBSCRIBER_DEFAULTS = { alert_mode: 'instant', digest_hour: 9, time_zone: DEFAULT_TIME_ZONE } as const
const PREFERENCE_DEFAULTS = { show_lead: 1, show_link_preview: 0, is_silent: 0 } as const

/** The kept row's value when it is its own (neither missing, null nor the column's default), else the moved row's. */
const ownOr = <T>(kept: T | null | undefined, moved: T, unset?: T): T => (kept === null || kept === undefined || kept === unset ? moved : kept)

const later = <T extends string | null>(a: T, b: T): T => (a === null || (b !== null && b > a) ? b : a)

/** A search (or a word kept for a 🔤 button) both chats saved keeps the supergroup's id; the group's copy goes. */
async function moveSavedSearches(trx: Transaction<Database>, fromChatId: number, toChatId: number): Promise<void> {
  await sql`update or ignore search_query set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
  await trx.deleteFrom('search_query').where('chat_id', '=', fromChatId).execute()
  await sql`update or ignore word_choice set chat_id = ${toChatId} where chat_id = ${fromChatId}`.execute(trx)
  await trx.deleteFrom('word_choice').where('chat_id', '=', fromChatId).execute()
}

async function mergeChatPreferences(trx: Transaction<Database>, fromChatId: number, toChatId: number, now: Date): Promise<void> {
  const from = await trx.selectFrom('chat_preference').selectAll().where('chat_id', '=', fromChatId).executeTakeFirst()
  if (!from) return
  const to = await trx.selectFrom('chat_preference').selectAll().where('chat_id', '=', toChatId).executeTakeFirst()
  const hasOwnQuietHours = to !== undefined && to.quiet_start_hour !== null
  const merged = {
    show_lead: ownOr(to?.show_lead, from.show_lead, PREFERENCE_DEFAULTS.show_lead),
    show_link_preview: ownOr(to?.show_link_preview, from.show_link_preview, PREFERENCE_DEFAULTS.show_link_preview),
    is_silent: ownOr(to?.is_silent, from.is_silent, PREFERENCE_DEFAULTS.is_silent),
    quiet_start_hour: hasOwnQuietHours ? to.quiet_start_hour : from.quiet_start_hour,
    quiet_end_hour: hasOwnQuietHours ? to.quiet_end_hour : from.quiet_end_hour,
    updated_at: now.toISOString(),
  }
  await trx
    .insertInto('chat_preference')
    .values({ chat_id: toChatId, ...merged })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet(merged))
    .execute()
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
