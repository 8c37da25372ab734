import { type Kysely, sql } from 'kysely'

/*
 * item_search's `terms` are search_terms() of each item's text as it was when the item was
 * indexed. The stems changed (a Kazakh word keeps every stem its endings allow, «Қазақстан»
 * itself among them; «ё» is read as «е» before Snowball), so
 * the items indexed before are indexed again, in one pass, with the terms queries now ask for.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const key = sql.raw(`((coalesce(unixepoch(a.published_at), 0) / 60) * 4294967296 + a.id)`)
  await sql`insert into item_search (item_search) values ('delete-all')`.execute(db)
  await sql`
    insert into item_search (rowid, words, terms)
      select ${key}, a.title || char(10) || a.body, search_terms(a.title || char(10) || a.body)
      from article a join classification c on c.article_id = a.id where c.status = 'published'`.execute(db)
}

// The terms follow whatever search_terms() the running code registers: nothing to undo.
export async function down(): Promise<void> {}
