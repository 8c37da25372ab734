import type { Db } from './database.js'

/** The chats the admin command menu was set in and not deleted from since. */
export async function listAdminMenuChats(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('admin_command_menu').select('chat_id').orderBy('chat_id').execute()
  return rows.map((r) => r.chat_id)
}

export async function recordAdminMenuChat(db: Db, chatId: number, now: Date): Promise<void> {
  await db
    .insertInto('admin_command_menu')
    .values({ chat_id: chatId, set_at: now.toISOString() })
    .onConflict((oc) => oc.column('chat_id').doUpdateSet({ set_at: now.toISOString() }))
    .execute()
}

export async function forgetAdminMenuChat(db: Db, chatId: number): Promise<void> {
  await db.deleteFrom('admin_command_menu').where('chat_id', '=', chatId).execute()
}
