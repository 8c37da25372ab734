import { type Kysely, sql } from 'kysely'

// search_terms() read a capital İ (Turkish names, Kazakh Latin's capital of i) as an i and a dot
// that split the word: «İstanbul» was indexed as «stanbul», which no query finds now that a
// query reads it as «istanbul». The published items whose text has one are indexed again, under
// the rowid 2026_12_02_1500_create_item_search gives them. An İ typed as I and a combining dot too.
const key = '((coalesce(unixepoch(a.published_at), 0) / 60) * 4294967296 + a.id)'
const text = 'a.title || char(10) || a.body'
const dotted = (column: string) => `instr(${column}, char(304)) > 0 or instr(${column}, char(775)) > 0`
const published = `from article a join classification c on c.article_id = a.id
  where c.status = 'published' and (${dotted('a.title')} or ${dotted('a.body')})`

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`delete from item_search where rowid in (select ${key} ${published})`).execute(db)
  await sql.raw(`insert into item_search (rowid, words, terms) select ${key}, ${text}, search_terms(${text}) ${published}`).execute(db)
}

// The terms written here are what search_terms() gives now; older code only finds those items by fewer words.
export async function down(): Promise<void> {}
