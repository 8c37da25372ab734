import type { Kysely } from 'kysely'

// Article pages that failed in a way that may pass (a timeout, HTTP 429 or 5xx), by source and
// item: a poll leaves such an item for the next one, up to a few polls, then stores it from the
// listing's text rather than leave it out for good.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('page_retry')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('source.id').onDelete('cascade'))
    .addColumn('url_key', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('page_retry_pk', ['source_id', 'url_key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('page_retry').execute()
}
