import { type Kysely, sql } from 'kysely'
import { up as createArticleFts } from './2026_11_21_1030_create_article_fts.js'

/*
 * The search index of published items, newest first by construction. article_fts (all
 * articles, rowid = article id, stemmed prefixes at query time) made /search sort every
 * match and expand every prefix into all its terms: ~600 ms for a common word at 1M
 * articles. Here:
 * - only published items are indexed, so a query needs no join to filter them;
 * - the rowid is the publication minute × 2^32 + the article id, so FTS5 hands out matches
 *   newest first and a page (or a capped count) stops after a few rows; the low 32 bits give
 *   the article id back;
 * - column `terms` holds the text's stems (search_terms(), a function every connection
 *   registers: src/db/database.ts), so a word is looked up as one or two exact terms instead of
 *   a prefix; column `words` holds the text itself for "exact phrases".
 * Contentless (the text stays in `article`), with contentless_delete for the triggers.
 */
const key = (publishedAt: string, id: string) => `((coalesce(unixepoch(${publishedAt}), 0) / 60) * 4294967296 + ${id})`
const text = (alias: string) => `${alias}.title || char(10) || ${alias}.body`
const insertPublished = (articleId: string) => `
  insert into item_search (rowid, words, terms)
    select ${key('a.published_at', 'a.id')}, ${text('a')}, search_terms(${text('a')}) from article a where a.id = ${articleId};`
const deleteIndexed = (articleId: string) => `
  delete from item_search where rowid = (select ${key('published_at', 'id')} from article where id = ${articleId});`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create virtual table item_search using fts5(
      words, terms,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db)
  await sql.raw(`
    insert into item_search (rowid, words, terms)
      select ${key('a.published_at', 'a.id')}, ${text('a')}, search_terms(${text('a')})
      from article a join classification c on c.article_id = a.id where c.status = 'published'`).execute(db)
  await sql.raw(`
    create trigger item_search_publish after insert on classification when new.status = 'published' begin
      ${insertPublished('new.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_unpublish after update of status on classification
    when old.status = 'published' and new.status <> 'published' begin
      ${deleteIndexed('old.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_republish after update of status on classification
    when old.status <> 'published' and new.status = 'published' begin
      ${insertPublished('new.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_classification_delete after delete on classification when old.status = 'published' begin
      ${deleteIndexed('old.article_id')}
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_article_delete after delete on article begin
      delete from item_search where rowid = ${key('old.published_at', 'old.id')};
    end`).execute(db)
  await sql.raw(`
    create trigger item_search_article_update after update of title, body, published_at on article begin
      delete from item_search where rowid = ${key('old.published_at', 'old.id')};
      insert into item_search (rowid, words, terms)
        select ${key('new.published_at', 'new.id')}, ${text('new')}, search_terms(${text('new')})
        where exists (select 1 from classification where article_id = new.id and status = 'published');
    end`).execute(db)

  await sql`drop trigger if exists article_fts_update`.execute(db)
  await sql`drop trigger if exists article_fts_delete`.execute(db)
  await sql`drop trigger if exists article_fts_insert`.execute(db)
  await sql`drop table if exists article_fts`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of ['item_search_article_update', 'item_search_article_delete', 'item_search_classification_delete', 'item_search_republish', 'item_search_unpublish', 'item_search_publish']) {
    await sql.raw(`drop trigger if exists ${trigger}`).execute(db)
  }
  await sql`drop table if exists item_search`.execute(db)
  await createArticleFts(db)
  await sql`insert into article_fts (article_fts) values ('rebuild')`.execute(db)
}
