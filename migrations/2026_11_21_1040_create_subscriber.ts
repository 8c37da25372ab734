import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subscriber')
    .addColumn('chat_id', 'integer', (c) => c.primaryKey())
    .addColumn('chat_type', 'text', (c) =>
      c.notNull().check(sql`chat_type in ('private', 'group', 'supergroup', 'channel')`),
    )
    .addColumn('language', 'text', (c) => c.check(sql`language in ('en', 'ru', 'kk')`))
    .addColumn('alert_mode', 'text', (c) => c.notNull().defaultTo('instant').check(sql`alert_mode in ('instant', 'digest')`))
    .addColumn('digest_hour', 'integer', (c) => c.notNull().defaultTo(9).check(sql`digest_hour between 0 and 23`))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Almaty'))
    .addColumn('last_digest_at', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deactivated_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('subscription')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('chat_id', 'integer', (c) => c.notNull().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    // 0 when the chat has no forum topics: a NOT NULL value keeps the unique key strict.
    .addColumn('message_thread_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('topic_type', 'text', (c) => c.notNull().check(sql`topic_type in ('country', 'sector', 'keyword', 'all')`))
    .addColumn('topic_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscription_unique', ['chat_id', 'message_thread_id', 'topic_type', 'topic_value'])
    .execute()
  await db.schema.createIndex('subscription_topic_idx').on('subscription').columns(['topic_type', 'topic_value']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('subscription').execute()
  await db.schema.dropTable('subscriber').execute()
}
