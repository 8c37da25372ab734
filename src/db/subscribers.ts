import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'

/** The interface language a chat chose with /lang, or null when it never chose. */
export async function getChatLanguage(db: Db, chatId: number): Promise<Lang | null> {
  const row = await db.selectFrom('subscriber').select('language').where('chat_id', '=', chatId).executeTakeFirst()
  return row?.language ?? null
}
