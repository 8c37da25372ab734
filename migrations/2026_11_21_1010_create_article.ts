import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('set null'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('url_key', 'text', (c) => c.notNull().unique())
    .addColumn('guid', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_at_origin', 'text', (c) =>
      c.notNull().check(sql`published_at_origin in ('feed', 'page', 'fetch')`),
    )
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('story_key', 'text', (c) => c.notNull())
    .addColumn('is_backlog', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex('article_content_hash_idx').on('article').column('content_hash').execute()
  await db.schema.createIndex('article_story_key_idx').on('article').column('story_key').execute()
  await db.schema.createIndex('article_source_guid_idx').on('article').columns(['source_id', 'guid']).execute()
  await db.schema.createIndex('article_published_at_idx').on('article').column('published_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article').execute()
}
