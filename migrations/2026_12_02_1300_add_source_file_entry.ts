import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  // The sources file's entry for a source as last synced (JSON): the file wins only when it
  // changes that entry. '' for file sources synced before this column (entry unknown); null
  // for admin sources and for sources gone from the file.
  await db.schema.alterTable('source').addColumn('file_entry', 'text').execute()
  // An admin removed a file source: it is kept (disabled, hidden) so the removal holds at the next sync.
  await db.schema.alterTable('source').addColumn('removed_at', 'text').execute()
  await sql`update source set file_entry = '' where origin = 'file'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('source').where('removed_at', 'is not', null).execute()
  await db.schema.alterTable('source').dropColumn('removed_at').execute()
  await db.schema.alterTable('source').dropColumn('file_entry').execute()
}
