import type { Kysely } from 'kysely'

// What a /search was for, so its ◀ ▶ buttons can carry a short id instead of the words
// (Telegram allows 64 bytes of callback data; a Cyrillic word takes two per letter).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_query')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('query', 'text', (c) => c.notNull().unique())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('search_query_last_used_idx').on('search_query').column('last_used_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_query').execute()
}
