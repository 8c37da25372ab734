import type { Kysely } from 'kysely'

// search_query and word_choice both keep a chat's text for a button that carries only its id, and
// now share one implementation (src/db/kept-texts.ts): their columns are named alike, rows and ids kept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('search_query').renameColumn('query', 'text').execute()
  await db.schema.alterTable('word_choice').renameColumn('keyword', 'text').execute()
  await db.schema.alterTable('word_choice').renameColumn('offered_at', 'last_used_at').execute()
  await db.schema.dropIndex('word_choice_offered_idx').execute()
  await db.schema.createIndex('word_choice_last_used_idx').on('word_choice').column('last_used_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('word_choice_last_used_idx').execute()
  await db.schema.alterTable('word_choice').renameColumn('last_used_at', 'offered_at').execute()
  await db.schema.createIndex('word_choice_offered_idx').on('word_choice').column('offered_at').execute()
  await db.schema.alterTable('word_choice').renameColumn('text', 'keyword').execute()
  await db.schema.alterTable('search_query').renameColumn('text', 'query').execute()
}
