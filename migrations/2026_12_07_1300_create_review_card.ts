import type { Kysely } from 'kysely'

// The review card an admin's chat shows with buttons (one at a time): a newer card takes the buttons off the one
// before, which would otherwise only be refused as out of date and redrawn into a second live copy.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_card')
    .addColumn('chat_id', 'integer', (c) => c.primaryKey())
    .addColumn('message_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('shown_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('review_card').execute()
}
