import { type Kysely, sql } from 'kysely'

/*
 * A quoted phrase's word whose stem is shorter than four letters («годы», "days") is looked up in `words`
 * by its stem's three letters (src/language/search-query.ts), so that «"годы культуры"» finds «года
 * культуры». Without an index of three-letter prefixes FTS5 merges every such word's whole list at each
 * query: «"cultural days"» took 114 ms at the median and 545 ms at p99 at a million articles. FTS5 takes
 * the prefix option only when the table is made, so item_search is made again with prefix='2 3 4', as
 * 2026_12_05_1900_fold_item_search_words made it, and filled again.
 */
const key = (publishedAt: string, id: string) => `((coalesce(unixepoch(${publishedAt}), 0) / 60) * 4294967296 + ${id})`
const text = (alias: string) => `${alias}.title || char(10) || ${alias}.body`
const folded = (alias: string) => `replace(replace(replace(${text(alias)}, 'ё', 'е'), 'Ё', 'Е'), 'ı', 'i')`

async function rebuild(db: Kysely<any>, prefix: string): Promise<void> {
  const insertPublished = (articleId: string) => `
    insert into item_search (rowid, words, terms)
      select ${key('a.published_at', 'a.id')}, ${folded('a')}, search_terms(${text('a')}) from article a where a.id = ${articleId};`
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
      select ${key('a.published_at', 'a.id')}, ${folded('a')}, search_terms(${text('a')})
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
        select ${key('new.published_at', 'new.id')}, ${folded('new')}, search_terms(${text('new')})
        where exists (select 1 from classification where article_id = new.id and status = 'published');
    end`).execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, '2 3 4')
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, '2 4')
}
