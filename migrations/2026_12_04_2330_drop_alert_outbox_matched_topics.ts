import type { Kysely } from 'kysely'

// An alert now names the subscriptions its item matches when it is sent (an admin may relabel the
// item while it waits), so what it matched when queued is no longer read.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').dropColumn('matched_topics').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').addColumn('matched_topics', 'text').execute()
}
