import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('admin_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.references('article.id').onDelete('set null'))
    .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('set null'))
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_created_at_idx').on('audit_log').column('created_at').execute()
  await db.schema.createIndex('audit_log_article_idx').on('audit_log').column('article_id').execute()

  // Aliases and institutions admins attached to a country; the classifier loads them.
  await db.schema
    .createTable('country_alias')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('added_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('admin_preference')
    .addColumn('admin_id', 'integer', (c) => c.primaryKey())
    .addColumn('is_flag_notice_muted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // grammY session and conversation state, through a kysely-backed storage adapter.
  await db.schema
    .createTable('bot_storage')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bot_storage').execute()
  await db.schema.dropTable('admin_preference').execute()
  await db.schema.dropTable('country_alias').execute()
  await db.schema.dropTable('audit_log').execute()
}
