import type { Kysely } from 'kysely'

// Telegram tells a chat to wait (429, retry_after), not a message: no message leaves for the chat
// before this moment, whether it was queued before the 429 or during the wait.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriber').addColumn('send_hold_until', 'text', (c) => c.notNull().defaultTo('1970-01-01T00:00:00.000Z')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriber').dropColumn('send_hold_until').execute()
}
