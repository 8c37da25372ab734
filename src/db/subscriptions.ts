import { KINDS, type Kind, SECTORS, type Sector } from '../classify/types.js'
import type { Db } from './database.js'
import type { AlertMode, ChatType, TopicType } from './schema.js'
import { isValidTimeZone } from '../time-zone.js'

/** What a chat (or one forum topic of it) follows. */
export interface Topic {
  type: TopicType
  /** Country alpha-2, organisation code (UNESCO), sector name or keyword; '' for all. */
  value: string
  /** Narrowed to items of this sector too (Russia + museums); absent for any. */
  sector?: Sector
  /** Narrowed to these kinds (agreements only); absent or empty for any. */
  kinds?: readonly Kind[]
}

/** The filter columns of a topic: '' when it is not narrowed; kinds in KINDS order. */
export function filterColumns(topic: Topic): { sector_filter: string; kind_filter: string } {
  return { sector_filter: topic.sector ?? '', kind_filter: KINDS.filter((k) => topic.kinds?.includes(k)).join(',') }
}

/** The narrowing stored in a row's filter columns (unknown names, from older code, are dropped). */
export function parseFilters(sectorFilter: string, kindFilter: string): Pick<Topic, 'sector' | 'kinds'> {
  const sector = SECTORS.find((s) => s === sectorFilter)
  const kinds = KINDS.filter((k) => kindFilter.split(',').includes(k))
  return { ...(sector ? { sector } : {}), ...(kinds.length > 0 ? { kinds } : {}) }
}

export const isNarrowed = (topic: Topic): boolean => topic.sector !== undefined || (topic.kinds?.length ?? 0) > 0

export interface Subscription extends Topic {
  id: number
}

/** A chat, or one forum topic of it (thread 0 = the chat itself). */
export interface ChatTarget {
  chatId: number
  chatType: ChatType
  threadId: number
}

export interface SubscriberSettings {
  alertMode: AlertMode
  digestHour: number
  timeZone: string
  isActive: boolean
}

/**
 * Subscriptions one chat (or forum topic) may hold: above all the picker offers (every country,
 * sector and organisation), far below what pasted keyword lists would store and match every item against.
 */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 300

async function countSubscriptions(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>): Promise<number> {
  const row = await db
    .selectFrom('subscription')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('chat_id', '=', target.chatId)
    .where('message_thread_id', '=', target.threadId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

async function hasSubscription(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>, topic: Topic): Promise<boolean> {
  const { sector_filter, kind_filter } = filterColumns(topic)
  const held = await db
    .selectFrom('subscription')
    .select('id')
    .where('chat_id', '=', target.chatId)
    .where('message_thread_id', '=', target.threadId)
    .where('topic_type', '=', topic.type)
    .where('topic_value', '=', topic.value)
    .where('sector_filter', '=', sector_filter)
    .where('kind_filter', '=', kind_filter)
    .executeTakeFirst()
  return held !== undefined
}

/** What adding a topic did: added it, found it held already, or refused it (the chat holds MAX_SUBSCRIPTIONS_PER_CHAT). */
export type AddSubscriptionResult = 'added' | 'exists' | 'cap'

/**
 * Adds a topic for a chat (or topic thread), creating or reactivating its subscriber row (a chat
 * that blocked the bot and came back subscribes again). `language` is kept as the chat's alert
 * language unless it already has one; a private chat's follows its Telegram language from then on. The result is decided in the same transaction as the
 * write, so a reply built on it holds even when another update changes the chat's topics meanwhile.
 */
export async function addSubscription(db: Db, target: ChatTarget, topic: Topic, language: 'en' | 'ru' | 'kk', now: Date): Promise<AddSubscriptionResult> {
  const at = now.toISOString()
  // A private chat's language taken from its Telegram language follows it (followChatLanguage); a group's holds for all its members.
  const isKept: 0 | 1 = target.chatType === 'private' ? 1 : 0
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('subscriber')
      .values({ chat_id: target.chatId, chat_type: target.chatType, language, is_language_kept: isKept, created_at: at, updated_at: at })
      .onConflict((oc) =>
        oc.column('chat_id').doUpdateSet((eb) => ({
          chat_type: target.chatType,
          is_active: 1,
          deactivated_reason: null,
          language: eb.fn.coalesce('subscriber.language', eb.val(language)),
          is_language_kept: eb.case().when('subscriber.language', 'is', null).then(isKept).else(eb.ref('subscriber.is_language_kept')).end(),
          updated_at: at,
        })),
      )
      .execute()
    if (await hasSubscription(trx, target, topic)) return 'exists'
    if ((await countSubscriptions(trx, target)) >= MAX_SUBSCRIPTIONS_PER_CHAT) return 'cap'
    await trx
      .insertInto('subscription')
      .values({ chat_id: target.chatId, message_thread_id: target.threadId, topic_type: topic.type, topic_value: topic.value, ...filterColumns(topic), created_at: at })
      .execute()
    return 'added'
  })
}

/**
 * Removes topics from a chat (or topic thread); returns how many were there. A topic given
 * without narrowing removes its narrowed subscriptions too when `isWidening` (/unsubscribe russia).
 */
export async function removeSubscriptions(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>, topics: readonly Topic[], { isWidening = false } = {}): Promise<number> {
  let removed = 0
  for (const topic of topics) {
    const filters = filterColumns(topic)
    let query = db
      .deleteFrom('subscription')
      .where('chat_id', '=', target.chatId)
      .where('message_thread_id', '=', target.threadId)
      .where('topic_type', '=', topic.type)
      .where('topic_value', '=', topic.value)
    if (!isWidening || isNarrowed(topic)) query = query.where('sector_filter', '=', filters.sector_filter).where('kind_filter', '=', filters.kind_filter)
    const result = await query.executeTakeFirst()
    removed += Number(result.numDeletedRows)
  }
  if (removed > 0) await dropAlertsFollowingNothing(db, target.chatId, target.threadId)
  return removed
}

/**
 * A chat (or forum topic) that follows nothing any more gets none of the alerts still waiting
 * for it (a digest's, say): they were for what it left. One that still follows something keeps
 * them; the sender leaves out, when it comes to each, those that match none of its subscriptions.
 */
async function dropAlertsFollowingNothing(db: Db, chatId: number, threadId: number): Promise<void> {
  const left = await db.selectFrom('subscription').select('id').where('chat_id', '=', chatId).where('message_thread_id', '=', threadId).limit(1).executeTakeFirst()
  if (left) return
  await db.deleteFrom('alert_outbox').where('chat_id', '=', chatId).where('message_thread_id', '=', threadId).where('state', '=', 'pending').execute()
}

type SubscriptionRow = { id: number; topic_type: TopicType; topic_value: string; sector_filter: string; kind_filter: string }

const toSubscription = (r: SubscriptionRow): Subscription => ({ id: r.id, type: r.topic_type, value: r.topic_value, ...parseFilters(r.sector_filter, r.kind_filter) })

/** Removes one subscription by id, only if it belongs to the chat and forum topic (buttons can be forged). */
export async function removeSubscriptionById(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>, id: number): Promise<Subscription | null> {
  const row = await db
    .deleteFrom('subscription')
    .where('id', '=', id)
    .where('chat_id', '=', target.chatId)
    .where('message_thread_id', '=', target.threadId)
    .returning(['id', 'topic_type', 'topic_value', 'sector_filter', 'kind_filter'])
    .executeTakeFirst()
  if (row) await dropAlertsFollowingNothing(db, target.chatId, target.threadId)
  return row ? toSubscription(row) : null
}

const TOPIC_ORDER = { all: 0, country: 1, org: 2, sector: 3, keyword: 4 } as const
const byTopicOrder = (a: Subscription, b: Subscription): number => TOPIC_ORDER[a.type] - TOPIC_ORDER[b.type] || a.value.localeCompare(b.value) || a.id - b.id

/** Removes every subscription of the chat and forum topic; returns them as listSubscriptions orders them. */
export async function removeAllSubscriptions(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>): Promise<Subscription[]> {
  const rows = await db
    .deleteFrom('subscription')
    .where('chat_id', '=', target.chatId)
    .where('message_thread_id', '=', target.threadId)
    .returning(['id', 'topic_type', 'topic_value', 'sector_filter', 'kind_filter'])
    .execute()
  if (rows.length > 0) await dropAlertsFollowingNothing(db, target.chatId, target.threadId)
  return rows.map(toSubscription).sort(byTopicOrder)
}

/** A chat's (or topic thread's) subscriptions: everything first, then countries, organisations, sectors, keywords. */
export async function listSubscriptions(db: Db, target: Pick<ChatTarget, 'chatId' | 'threadId'>): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscription')
    .select(['id', 'topic_type', 'topic_value', 'sector_filter', 'kind_filter'])
    .where('chat_id', '=', target.chatId)
    .where('message_thread_id', '=', target.threadId)
    .orderBy('id')
    .execute()
  return rows.map(toSubscription).sort(byTopicOrder)
}

/** Alert settings of a chat, or null before it first subscribed or chose a language. */
export async function getSubscriberSettings(db: Db, chatId: number): Promise<SubscriberSettings | null> {
  const row = await db
    .selectFrom('subscriber')
    .select(['alert_mode', 'digest_hour', 'time_zone', 'is_active'])
    .where('chat_id', '=', chatId)
    .executeTakeFirst()
  return row ? { alertMode: row.alert_mode, digestHour: row.digest_hour, timeZone: row.time_zone, isActive: row.is_active === 1 } : null
}

/**
 * Changes how a chat gets alerts: one message per item, or a daily digest at `digestHour` in
 * `timeZone` (an IANA name; one this runtime does not know throws a RangeError, like a bad hour).
 */
export async function setAlertSettings(
  db: Db,
  target: Pick<ChatTarget, 'chatId' | 'chatType'>,
  settings: { alertMode?: AlertMode; digestHour?: number; timeZone?: string },
  now: Date,
): Promise<void> {
  if (settings.digestHour !== undefined && !(Number.isInteger(settings.digestHour) && settings.digestHour >= 0 && settings.digestHour <= 23)) {
    throw new RangeError(`digest hour out of range: ${settings.digestHour}`)
  }
  if (settings.timeZone !== undefined && !isValidTimeZone(settings.timeZone)) throw new RangeError(`unknown time zone: ${settings.timeZone}`)
  const at = now.toISOString()
  const changes = {
    ...(settings.alertMode ? { alert_mode: settings.alertMode } : {}),
    ...(settings.digestHour !== undefined ? { digest_hour: settings.digestHour } : {}),
    ...(settings.timeZone !== undefined ? { time_zone: settings.timeZone } : {}),
  }
  await db
    .insertInto('subscriber')
    .values({ chat_id: target.chatId, chat_type: target.chatType, language: null, ...changes, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ ...changes, updated_at: at }))
    .execute()
}

