import type { Kysely } from 'kysely'
import { up as createSearchQuery } from './2026_11_21_1210_create_search_query.js'

// A search's words are kept for the chat that searched: ids count up and callback data can be
// forged, so a page button naming another chat's search must find nothing rather than show what
// that chat looked for. The saved searches serve only page buttons of the format before (page
// numbers, now items), which are out of date: none are kept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_query').execute()
  await db.schema
    .createTable('search_query')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('chat_id', 'integer', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_query_chat_query_unique', ['chat_id', 'query'])
    .execute()
  await db.schema.createIndex('search_query_last_used_idx').on('search_query').column('last_used_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_query').execute()
  await createSearchQuery(db)
}
