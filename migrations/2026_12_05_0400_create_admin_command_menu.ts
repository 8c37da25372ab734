import type { Kysely } from 'kysely'

// The private chats the admin command menu was set in: Telegram keeps a chat's menu until it is
// deleted, so at start the bot deletes it in those whose ids are no longer in ADMIN_IDS.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_command_menu')
    .addColumn('chat_id', 'integer', (c) => c.primaryKey())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('admin_command_menu').execute()
}
