import { type Kysely, sql } from 'kysely'

// External-content FTS5 over article title and body. unicode61 folds case and diacritics
// for Cyrillic too; word endings are handled at query time by stemmed prefix terms
// («сотрудничеств*» finds «сотрудничестве», «Ресей*» finds «Ресеймен»), which FTS5's
// own tokenizers cannot do for Russian or Kazakh.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create virtual table article_fts using fts5(
      title, body,
      content = 'article', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '3 5'
    )`.execute(db)
  await sql`
    create trigger article_fts_insert after insert on article begin
      insert into article_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db)
  await sql`
    create trigger article_fts_delete after delete on article begin
      insert into article_fts (article_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
    end`.execute(db)
  await sql`
    create trigger article_fts_update after update of title, body on article begin
      insert into article_fts (article_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into article_fts (rowid, title, body) values (new.id, new.title, new.body);
    end`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists article_fts_update`.execute(db)
  await sql`drop trigger if exists article_fts_delete`.execute(db)
  await sql`drop trigger if exists article_fts_insert`.execute(db)
  await sql`drop table if exists article_fts`.execute(db)
}
