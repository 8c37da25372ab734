import { type Kysely, sql } from 'kysely'

// A subscription may be narrowed to one sector and to some kinds (Russia + museums, agreements
// only). Both take part in the unique key, so the table is rebuilt ('' means no narrowing, as
// NULLs would never collide in a UNIQUE constraint).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subscription_next')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('chat_id', 'integer', (c) => c.notNull().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    .addColumn('message_thread_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('topic_type', 'text', (c) => c.notNull().check(sql`topic_type in ('country', 'sector', 'keyword', 'all')`))
    .addColumn('topic_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sector_filter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind_filter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscription_unique', ['chat_id', 'message_thread_id', 'topic_type', 'topic_value', 'sector_filter', 'kind_filter'])
    .execute()
  await sql`insert into subscription_next (id, chat_id, message_thread_id, topic_type, topic_value, created_at)
    select id, chat_id, message_thread_id, topic_type, topic_value, created_at from subscription`.execute(db)
  await db.schema.dropTable('subscription').execute()
  await db.schema.alterTable('subscription_next').renameTo('subscription').execute()
  await db.schema.createIndex('subscription_topic_idx').on('subscription').columns(['topic_type', 'topic_value']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subscription_previous')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('chat_id', 'integer', (c) => c.notNull().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    .addColumn('message_thread_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('topic_type', 'text', (c) => c.notNull().check(sql`topic_type in ('country', 'sector', 'keyword', 'all')`))
    .addColumn('topic_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscription_unique', ['chat_id', 'message_thread_id', 'topic_type', 'topic_value'])
    .execute()
  // A narrowed subscription widens back to its topic; duplicates that leaves are merged.
  await sql`insert or ignore into subscription_previous (id, chat_id, message_thread_id, topic_type, topic_value, created_at)
    select id, chat_id, message_thread_id, topic_type, topic_value, created_at from subscription order by id`.execute(db)
  await db.schema.dropTable('subscription').execute()
  await db.schema.alterTable('subscription_previous').renameTo('subscription').execute()
  await db.schema.createIndex('subscription_topic_idx').on('subscription').columns(['topic_type', 'topic_value']).execute()
}
