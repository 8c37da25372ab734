import { type Kysely, sql } from 'kysely'

/*
 * Kazakh is written in Cyrillic and in Latin letters (Kazinform's Latin edition), and a word typed in either script
 * should find items in both. A Kazakh Latin item is indexed with its Cyrillic reading too (src/language/stem.ts,
 * kazakhCyrillicReading): search_terms() adds its terms, and the `words` column, where a quoted phrase is looked up,
 * is now search_words()'s, the text folded as before (ё as е, ı as i) with that reading after it. The triggers that
 * insert into item_search are made again with search_words(), and the published items are indexed again with both.
 */
const key = (publishedAt: string, id: string) => `((coalesce(unixepoch(${publishedAt}), 0) / 60) * 4294967296 + ${id})`
const text = (alias: string) => `${alias}.title || char(10) || ${alias}.body`
const folded = (alias: string) => `replace(replace(replace(${text(alias)}, 'ё', 'е'), 'Ё', 'Е'), 'ı', 'i')`
const searchWords = (alias: string) => `search_words(${text(alias)})`

async function reindex(db: Kysely<any>, words: (alias: string) => string): Promise<void> {
  const insertPublished = (articleId: string) => `
    insert into item_search (rowid, words, terms)
      select ${key('a.published_at', 'a.id')}, ${words('a')}, search_terms(${text('a')}) from article a where a.id = ${articleId};`
  for (const trigger of ['item_search_publish', 'item_search_republish', 'item_search_article_update']) await sql.raw(`drop trigger ${trigger}`).execute(db)
  await sql`insert into item_search (item_search) values ('delete-all')`.execute(db)
  await sql.raw(`
    insert into item_search (rowid, words, terms)
      select ${key('a.published_at', 'a.id')}, ${words('a')}, search_terms(${text('a')})
      from article a join classification c on c.article_id = a.id where c.status = 'published'`).execute(db)
  await sql.raw(`
    create trigger item_search_publish after insert on classification when new.status = 'published' begin
      ${insertPublished('new.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_republish after update of status on classification
    when old.status <> 'published' and new.status = 'published' begin
      ${insertPublished('new.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_article_update after update of title, body, published_at on article begin
      delete from item_search where rowid = ${key('old.published_at', 'old.id')};
      insert into item_search (rowid, words, terms)
        select ${key('new.published_at', 'new.id')}, ${words('new')}, search_terms(${text('new')})
        where exists (select 1 from classification where article_id = new.id and status = 'published');
    end`).execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await reindex(db, searchWords)
}

// search_terms() follows the running code; the words go back to the text alone.
export async function down(db: Kysely<any>): Promise<void> {
  await reindex(db, folded)
}
