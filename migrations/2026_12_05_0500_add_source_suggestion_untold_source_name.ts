import type { Kysely } from 'kysely'

// A suggestion the sources file closed at start-up, before any bot ran to tell its sender:
// the name its source is watched as, kept until the sender is told.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source_suggestion').addColumn('untold_source_name', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source_suggestion').dropColumn('untold_source_name').execute()
}
