import type { Kysely } from 'kysely'

// The Telegram file_id of the newest picture of each chart (a partner's timeline, the admins'
// overview, in each language) with a digest of the data it was drawn from: while the data is
// unchanged the bot sends the file_id again, without drawing or uploading anything.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chart_file')
    .addColumn('chart_key', 'text', (c) => c.primaryKey())
    .addColumn('data_digest', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chart_file').execute()
}
