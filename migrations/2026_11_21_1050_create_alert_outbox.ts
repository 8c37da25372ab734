import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_outbox')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('chat_id', 'integer', (c) => c.notNull().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    .addColumn('message_thread_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('instant', 'digest')`))
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`state in ('pending', 'sending', 'sent', 'failed', 'skipped')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('telegram_message_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('alert_outbox_unique', ['article_id', 'chat_id', 'message_thread_id'])
    .execute()
  await db.schema.createIndex('alert_outbox_due_idx').on('alert_outbox').columns(['state', 'next_attempt_at']).execute()
  await db.schema.createIndex('alert_outbox_chat_idx').on('alert_outbox').columns(['chat_id', 'state']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alert_outbox').execute()
}
