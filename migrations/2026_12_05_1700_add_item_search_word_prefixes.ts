import { type Kysely, sql } from 'kysely'

/*
 * A quoted phrase finds its words in any form: each word is looked up in `words` by its first four
 * letters (src/language/search-query.ts), side by side. Without a prefix index FTS5 gathers every
 * word that begins so («куль»: культура, культуры, культурный …) into one list before it reads a
 * match, the whole archive's for a common word; prefix='4' keeps that list ready, so the lookup is
 * one list, as a whole word's is. FTS5 takes the option only when the table is made: item_search is
 * made again with it (the triggers of 2026_12_02_1500 name it, and find the new one) and filled again.
 */
async function recreateItemSearch(db: Kysely<any>, options: string): Promise<void> {
  const key = sql.raw(`((coalesce(unixepoch(a.published_at), 0) / 60) * 4294967296 + a.id)`)
  await sql`drop table item_search`.execute(db)
  await sql.raw(`
    create virtual table item_search using fts5(
      words, terms,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'${options}
    )`).execute(db)
  await sql`
    insert into item_search (rowid, words, terms)
      select ${key}, a.title || char(10) || a.body, search_terms(a.title || char(10) || a.body)
      from article a join classification c on c.article_id = a.id where c.status = 'published'`.execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await recreateItemSearch(db, `, prefix = '4'`)
}

export async function down(db: Kysely<any>): Promise<void> {
  await recreateItemSearch(db, '')
}
