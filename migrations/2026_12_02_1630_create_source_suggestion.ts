import { type Kysely, sql } from 'kysely'

// Sources anyone suggested with /suggest, until an admin adds or declines them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source_suggestion')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('en', 'ru', 'kk')`))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending').check(sql`state in ('pending', 'added', 'declined')`))
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('source_suggestion_url_idx').on('source_suggestion').columns(['url', 'state']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('source_suggestion').execute()
}
