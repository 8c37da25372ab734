import type { Kysely } from 'kysely'

// When the row was last claimed: "failed in the last day" for /stats, and the lease of a
// row left in 'sending' by a crash.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').addColumn('last_attempt_at', 'text').execute()
  await db.schema.createIndex('alert_outbox_last_attempt_idx').on('alert_outbox').columns(['state', 'last_attempt_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('alert_outbox_last_attempt_idx').execute()
  await db.schema.alterTable('alert_outbox').dropColumn('last_attempt_at').execute()
}
