import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { ChatType } from './schema.js'

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
