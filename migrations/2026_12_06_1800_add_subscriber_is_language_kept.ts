import type { Kysely } from 'kysely'

// A chat's language kept from its Telegram language (an admin's private chat, for the notices sent unasked), not
// chosen with /lang: it follows the Telegram language as that changes, where a chosen one holds. Rows from before
// read as chosen, as they were treated.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriber').addColumn('is_language_kept', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriber').dropColumn('is_language_kept').execute()
}
