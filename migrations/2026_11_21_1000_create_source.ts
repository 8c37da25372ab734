import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('rss', 'html', 'sitemap', 'govkz')`))
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('en', 'ru', 'kk')`))
    .addColumn('list_selectors', 'text')
    .addColumn('project', 'text')
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('file').check(sql`origin in ('file', 'admin')`))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('first_polled_at', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_failure_reported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text', (c) => c.notNull().defaultTo('1970-01-01T00:00:00.000Z'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('source_due_idx').on('source').columns(['is_enabled', 'next_poll_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('source').execute()
}
