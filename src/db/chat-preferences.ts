import type { Db } from './database.js'
import type { ChatType } from './schema.js'
import type { Topic } from './subscriptions.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'

/** Hours of the chat's day (in its time zone) when alerts come without sound: from `start` up to `end`, across midnight when `start` > `end`. */
export interface QuietHours {
  start: number
  end: number
}

/** How a chat wants its messages. */
export interface ChatPreferences {
  /** The lead (one or two sentences) under each title. */
  showLead: boolean
  /** Telegram's preview of the item's page under an alert. */
  showLinkPreview: boolean
  /** Every alert and digest without sound. */
  isSilent: boolean
  quietHours: QuietHours | null
  /** The chat's digest time zone, in which quiet hours are counted too. */
  timeZone: string
}

export const DEFAULT_CHAT_PREFERENCES: ChatPreferences = { showLead: true, showLinkPreview: false, isSilent: false, quietHours: null, timeZone: DEFAULT_TIME_ZONE }

export async function getChatPreferences(db: Db, chatId: number): Promise<ChatPreferences> {
  const row = await db
    .selectFrom('subscriber as b')
    .leftJoin('chat_preference as p', 'p.chat_id', 'b.chat_id')
    .select(['b.time_zone', 'p.show_lead', 'p.show_link_preview', 'p.is_silent', 'p.quiet_start_hour', 'p.quiet_end_hour'])
    .where('b.chat_id', '=', chatId)
    .executeTakeFirst()
  if (!row) return DEFAULT_CHAT_PREFERENCES
  const { quiet_start_hour: start, quiet_end_hour: end } = row
  return {
    showLead: (row.show_lead ?? 1) === 1,
    showLinkPreview: row.show_link_preview === 1,
    isSilent: row.is_silent === 1,
    quietHours: start !== null && end !== null ? { start, end } : null,
    timeZone: row.time_zone,
  }
}

export type ChatPreferenceChanges = Partial<Pick<ChatPreferences, 'showLead' | 'showLinkPreview' | 'isSilent' | 'quietHours'>>

/** Changes some of a chat's preferences (creating its subscriber row when it has none yet). */
export async function setChatPreferences(db: Db, target: { chatId: number; chatType: ChatType }, changes: ChatPreferenceChanges, now: Date): Promise<void> {
  const { quietHours } = changes
  if (quietHours && ![quietHours.start, quietHours.end].every((h) => Number.isInteger(h) && h >= 0 && h <= 23)) {
    throw new RangeError(`quiet hours out of range: ${quietHours.start}–${quietHours.end}`)
  }
  const at = now.toISOString()
  const columns = {
    ...(changes.showLead !== undefined ? { show_lead: changes.showLead ? (1 as const) : (0 as const) } : {}),
    ...(changes.showLinkPreview !== undefined ? { show_link_preview: changes.showLinkPreview ? (1 as const) : (0 as const) } : {}),
    ...(changes.isSilent !== undefined ? { is_silent: changes.isSilent ? (1 as const) : (0 as const) } : {}),
    ...(quietHours !== undefined ? { quiet_start_hour: quietHours?.start ?? null, quiet_end_hour: quietHours?.end ?? null } : {}),
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('subscriber')
      .values({ chat_id: target.chatId, chat_type: target.chatType, language: null, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('chat_id').doNothing())
      .execute()
    await trx
      .insertInto('chat_preference')
      .values({ chat_id: target.chatId, quiet_start_hour: null, quiet_end_hour: null, ...columns, updated_at: at })
      .onConflict((oc) => oc.column('chat_id').doUpdateSet({ ...columns, updated_at: at }))
      .execute()
  })
}

/** What an instant alert needs beyond its item: the subscriptions it matches and how its chat wants it. */
export interface AlertContext {
  matchedTopics: Topic[]
  preferences: ChatPreferences
}
