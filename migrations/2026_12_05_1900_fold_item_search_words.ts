import { type Kysely, sql } from 'kysely'

/*
 * A quoted phrase's words are looked up in `words` by their first letters (src/language/search-query.ts).
 * Two things made that miss forms of the word:
 * - the column kept ё and Kazakh Latin's ı as written, where a loose word's terms read them as е and i:
 *   «"елка"» missed «ёлка» and «"ideia"» «ıdeıa»; the text now goes in with them folded so, as a query folds them;
 * - a three-letter word was looked up whole («дни» missed «днях»): it is now looked up by its first two
 *   letters, which need an index of two-letter prefixes as prefix='4' keeps four-letter ones.
 * FTS5 takes the prefix option only when the table is made: item_search is made again (the triggers of
 * 2026_12_02_1500 that delete from it name it and find the new one), the three that insert into it
 * are made again with the folded text, and it is filled again.
 */
const key = (publishedAt: string, id: string) => `((coalesce(unixepoch(${publishedAt}), 0) / 60) * 4294967296 + ${id})`
const text = (alias: string) => `${alias}.title || char(10) || ${alias}.body`
const folded = (alias: string) => `replace(replace(replace(${text(alias)}, 'ё', 'е'), 'Ё', 'Е'), 'ı', 'i')`

async function rebuild(db: Kysely<any>, words: (alias: string) => string, prefix: string): Promise<void> {
  const insertPublished = (articleId: string) => `
    insert into item_search (rowid, words, terms)
      select ${key('a.published_at', 'a.id')}, ${words('a')}, search_terms(${text('a')}) from article a where a.id = ${articleId};`
  for (const trigger of ['item_search_publish', 'item_search_republish', 'item_search_article_update']) await sql.raw(`drop trigger ${trigger}`).execute(db)
  await sql`drop table item_search`.execute(db)
  await sql.raw(`
    create virtual table item_search using fts5(
      words, terms,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '${prefix}'
    )`).execute(db)
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
  await rebuild(db, folded, '2 4')
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, text, '4')
}
