import type { Kysely } from 'kysely'

// A chat (and forum topic) an article's alert was held back from as a repeat: the story had
// reached it, or was on its way, through another article's alert (`repeat_of_article_id`). Kept
// because a source's edit can give the held-back article a story key and text that no longer
// show it is the same story, and the chat must not be told it twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_repeat')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('chat_id', 'integer', (c) => c.notNull().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    .addColumn('message_thread_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('repeat_of_article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_repeat_pk', ['article_id', 'chat_id', 'message_thread_id'])
    .execute()
  await db.schema.createIndex('alert_repeat_created_idx').on('alert_repeat').column('created_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alert_repeat').execute()
}
