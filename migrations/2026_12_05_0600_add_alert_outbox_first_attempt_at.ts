import type { Kysely } from 'kysely'

// When a row was first claimed for sending: Telegram's waits (429) are bounded from here, so an
// alert whose chat is told to wait again and again, or for longer than a day, is given up.
// Rows already queued start counting at their next claim.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').addColumn('first_attempt_at', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alert_outbox').dropColumn('first_attempt_at').execute()
}
