import type { Db } from './database.js'

/**
 * Records `messageId` as the review card `chatId` shows with buttons, and returns the message id of the card it
 * replaces there (null when there was none, or it is this message).
 */
export async function replaceReviewCard(db: Db, { chatId, messageId, articleId, now }: { chatId: number; messageId: number; articleId: number; now: Date }): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('review_card').select('message_id').where('chat_id', '=', chatId).executeTakeFirst()
    await trx
      .insertInto('review_card')
      .values({ chat_id: chatId, message_id: messageId, article_id: articleId, shown_at: now.toISOString() })
      .onConflict((oc) => oc.column('chat_id').doUpdateSet({ message_id: messageId, article_id: articleId, shown_at: now.toISOString() }))
      .execute()
    return before && before.message_id !== messageId ? before.message_id : null
  })
}

/** The message is no longer a review card (an approval's confirmation now, or the queue said empty). */
export async function forgetReviewCard(db: Db, { chatId, messageId }: { chatId: number; messageId: number }): Promise<void> {
  await db.deleteFrom('review_card').where('chat_id', '=', chatId).where('message_id', '=', messageId).execute()
}

/** The message `chatId` shows its review card with buttons in, or null when it shows none. */
export async function findReviewCard(db: Db, chatId: number): Promise<number | null> {
  const row = await db.selectFrom('review_card').select('message_id').where('chat_id', '=', chatId).executeTakeFirst()
  return row?.message_id ?? null
}
