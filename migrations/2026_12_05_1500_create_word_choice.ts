import type { Kysely } from 'kysely'

// A word /subscribe offers to follow (🔤 Only the word) that its button cannot carry within
// Telegram's 64 bytes of callback data: kept for the chat the answer went to, the button carrying
// its id. Kept per chat so a forged id finds nothing in another; one row per chat and word.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('word_choice')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('chat_id', 'integer', (c) => c.notNull())
    .addColumn('keyword', 'text', (c) => c.notNull())
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('word_choice_chat_keyword_unique', ['chat_id', 'keyword'])
    .execute()
  await db.schema.createIndex('word_choice_offered_idx').on('word_choice').column('offered_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('word_choice').execute()
}
