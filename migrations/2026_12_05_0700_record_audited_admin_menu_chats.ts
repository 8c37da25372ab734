import { type Kysely, sql } from 'kysely'

// admin_command_menu began empty, so an admin taken out of ADMIN_IDS before it existed kept the admin
// menu. Every user the audit log saw act as an admin had it set in their private chat (its id is
// theirs): recorded here, once, the next start deletes it for those no longer in ADMIN_IDS and sets
// it again, recording it anew, for the others.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into admin_command_menu (chat_id, set_at)
    select admin_id, max(created_at) from audit_log where admin_id > 0 group by admin_id
    on conflict (chat_id) do nothing
  `.execute(db)
}

// Rows recorded here cannot be told from those the bot recorded since: they stay, and are harmless.
export async function down(): Promise<void> {}
