import { type Kysely, sql } from 'kysely'

// How a chat wants its messages: the lead under each title, link previews on alerts, alerts
// without sound always or during quiet hours (counted in the chat's digest time zone).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_preference')
    .addColumn('chat_id', 'integer', (c) => c.primaryKey().references('subscriber.chat_id').onDelete('cascade').onUpdate('cascade'))
    .addColumn('show_lead', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('show_link_preview', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_silent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quiet_start_hour', 'integer', (c) => c.check(sql`quiet_start_hour between 0 and 23`))
    .addColumn('quiet_end_hour', 'integer', (c) => c.check(sql`quiet_end_hour between 0 and 23`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chat_preference').execute()
}
