import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('classification')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('article.id').onDelete('cascade'))
    .addColumn('is_relevant', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.check(sql`kind in ('agreement', 'commission', 'meeting', 'event')`))
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('sectors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('orgs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('published', 'flagged', 'rejected')`))
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('classified_at', 'text', (c) => c.notNull())
    .addColumn('curated_by', 'integer')
    .addColumn('curated_at', 'text')
    .execute()
  await db.schema.createIndex('classification_status_idx').on('classification').columns(['status', 'status_changed_at']).execute()

  // status and published_at are copied here (kept by the triggers below) so that
  // "newest published items with country X" and its count are one covering-index range.
  await db.schema
    .createTable('article_partner')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_partner_pk', ['article_id', 'country'])
    .execute()
  await db.schema
    .createIndex('article_partner_country_idx')
    .on('article_partner')
    .columns(['country', 'status', 'published_at desc', 'article_id desc'])
    .execute()
  await sql`
    create trigger classification_status_to_partner after update of status on classification
    begin
      update article_partner set status = new.status where article_id = new.article_id;
    end`.execute(db)
  await sql`
    create trigger article_published_at_to_partner after update of published_at on article
    begin
      update article_partner set published_at = new.published_at where article_id = new.id;
    end`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists article_published_at_to_partner`.execute(db)
  await sql`drop trigger if exists classification_status_to_partner`.execute(db)
  await db.schema.dropTable('article_partner').execute()
  await db.schema.dropTable('classification').execute()
}
