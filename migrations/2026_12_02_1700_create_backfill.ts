import type { Kysely } from 'kysely'

// One walk back through a source's archive (npm run backfill, or "Load history" in /sources).
// The cursor (the next archive page) is written in the transaction that stores a page's items,
// so a walk killed at any point resumes at the first page not stored.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('backfill')
    .addColumn('source_id', 'integer', (c) => c.primaryKey().references('source.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text')
    .addColumn('page_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('new_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('relevant_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flagged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reached_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('requested_by', 'integer')
    .addColumn('chat_id', 'integer')
    .addColumn('message_id', 'integer')
    .addColumn('lang', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('backfill').execute()
}
