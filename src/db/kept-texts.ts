import type { Db } from './database.js'

/**
 * What a chat's text is kept for, a button carrying only its id, and the table keeping it: a /search's words for its
 * page buttons, a word /subscribe's 🔤 button follows.
 */
const KEPT_TEXT_TABLES = { search: 'search_query', word: 'word_choice' } as const

export type KeptTextKind = keyof typeof KEPT_TEXT_TABLES

/**
 * The id under which `kind`'s table keeps `text` for `chatId` (the same text, the same id), marked used `now`. With
 * `maxPerChat`, the chat's least recently used texts past that many are forgotten: their buttons answer as out of date.
 */
export async function keepText(db: Db, kind: KeptTextKind, chatId: number, text: string, now: Date, { maxPerChat }: { maxPerChat?: number } = {}): Promise<number> {
  const row = await db
    .insertInto(KEPT_TEXT_TABLES[kind])
    .values({ chat_id: chatId, text, last_used_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['chat_id', 'text']).doUpdateSet({ last_used_at: now.toISOString() }))
    .returning('id')
    .executeTakeFirstOrThrow()
  if (maxPerChat !== undefined) {
    const newest = db.selectFrom(KEPT_TEXT_TABLES[kind]).select('id').where('chat_id', '=', chatId).orderBy('last_used_at', 'desc').orderBy('id', 'desc').limit(maxPerChat)
    await db.deleteFrom(KEPT_TEXT_TABLES[kind]).where('chat_id', '=', chatId).where('id', 'not in', newest).execute()
  }
  return row.id
}

/**
 * The text `kind`'s table keeps under `id` for `chatId`, used since `usedSince` when given; null when the id is unknown,
 * forgotten, older or another chat's (a forged button).
 */
export async function findKeptText(db: Db, kind: KeptTextKind, id: number, chatId: number, usedSince?: Date): Promise<string | null> {
  let query = db.selectFrom(KEPT_TEXT_TABLES[kind]).select('text').where('id', '=', id).where('chat_id', '=', chatId)
  if (usedSince) query = query.where('last_used_at', '>=', usedSince.toISOString())
  const row = await query.executeTakeFirst()
  return row?.text ?? null
}

/** Forgets the texts `kind`'s table keeps that were not used since `before`. */
export async function pruneKeptTexts(db: Db, kind: KeptTextKind, before: Date): Promise<number> {
  const result = await db.deleteFrom(KEPT_TEXT_TABLES[kind]).where('last_used_at', '<', before.toISOString()).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** A chat's searches are kept for their buttons this long unused, and only its most recently used this many. */
export const SEARCH_QUERY_DAYS = 30
export const MAX_SEARCH_QUERIES_PER_CHAT = 100

/**
 * The id a search's buttons carry for `words` in `chatId` (/search's pages, the 🔎 offer under plain text), kept as
 * keepText keeps it among the chat's MAX_SEARCH_QUERIES_PER_CHAT newest; every chat's searches unused for
 * SEARCH_QUERY_DAYS are forgotten on the way, so a chat that only ever types plain text cannot grow the table.
 */
export async function keepSearchQuery(db: Db, chatId: number, words: string, now: Date): Promise<number> {
  await pruneKeptTexts(db, 'search', new Date(now.getTime() - SEARCH_QUERY_DAYS * 86_400_000))
  return keepText(db, 'search', chatId, words, now, { maxPerChat: MAX_SEARCH_QUERIES_PER_CHAT })
}
