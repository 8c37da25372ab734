import type { Kysely } from 'kysely'

// A file source the sources file stopped listing keeps the entry it had then, and whether it was polled: listed again
// unchanged, an admin's pause, resume or removal holds (the file did not change that source), where it came back polled.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source').addColumn('dropped_entry', 'text').execute()
  await db.schema.alterTable('source').addColumn('dropped_is_enabled', 'integer').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source').dropColumn('dropped_is_enabled').execute()
  await db.schema.alterTable('source').dropColumn('dropped_entry').execute()
}
