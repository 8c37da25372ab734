import { type Kysely, sql } from 'kysely'

// One row counting every change the public archive can show (items, their labels and
// partners, source names), so its pages and exports answer ETag and Last-Modified with one
// key read, and a 304 costs no rendering.
const TRIGGERS: [name: string, event: string][] = [
  ['article_change_update', 'after update on article'],
  ['article_change_delete', 'after delete on article'],
  ['classification_change_insert', 'after insert on classification'],
  ['classification_change_update', 'after update on classification'],
  ['classification_change_delete', 'after delete on classification'],
  ['article_partner_change_insert', 'after insert on article_partner'],
  ['article_partner_change_update', 'after update on article_partner'],
  ['article_partner_change_delete', 'after delete on article_partner'],
  ['source_change_name', 'after update of name on source'],
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('archive_change')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute()
  await sql`insert into archive_change (id, version, changed_at) values (1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db)
  for (const [name, event] of TRIGGERS) {
    await sql.raw(`create trigger ${name} ${event} begin
      update archive_change set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = 1;
    end`).execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of TRIGGERS) await sql.raw(`drop trigger if exists ${name}`).execute(db)
  await db.schema.dropTable('archive_change').execute()
}
