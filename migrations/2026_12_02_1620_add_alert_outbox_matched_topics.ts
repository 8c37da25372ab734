import type { Kysely } from 'kysely'

// The subscriptions an alert matched (JSON), so the alert can say why it came.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').addColumn('matched_topics', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').dropColumn('matched_topics').execute()
}
