import type { Db } from './database.js'

/**
 * The id under which a chat keeps a word /subscribe offers to follow, for a 🔤 button too short
 * to carry it (the same word, the same id, offered anew now).
 */
export async function saveWordChoice(db: Db, chatId: number, keyword: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('word_choice')
    .values({ chat_id: chatId, keyword, offered_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['chat_id', 'keyword']).doUpdateSet({ offered_at: now.toISOString() }))
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The word a chat kept under `id` and offered since `offeredSince`; null when unknown, older, pruned or another chat's (a forged button). */
export async function findWordChoice(db: Db, id: number, chatId: number, offeredSince: Date): Promise<string | null> {
  const row = await db
    .selectFrom('word_choice')
    .select('keyword')
    .where('id', '=', id)
    .where('chat_id', '=', chatId)
    .where('offered_at', '>=', offeredSince.toISOString())
    .executeTakeFirst()
  return row?.keyword ?? null
}

/** Forgets words offered before `before`: their buttons answer as out of date. */
export async function pruneWordChoices(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('word_choice').where('offered_at', '<', before.toISOString()).executeTakeFirst()
  return Number(result.numDeletedRows)
}
