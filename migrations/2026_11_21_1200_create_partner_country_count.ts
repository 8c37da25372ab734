import { type Kysely, sql } from 'kysely'

// Items per (country, status), kept by triggers on article_partner, so the /country header
// ("Russia: 14 items since 2019") and the keyboard of countries that have items are one
// key lookup instead of counting a range of up to hundreds of thousands of index entries.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partner_country_count')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_country_count_pk', ['country', 'status'])
    .modifyEnd(sql`without rowid`)
    .execute()
  await sql`
    insert into partner_country_count (country, status, item_count)
    select country, status, count(*) from article_partner group by country, status`.execute(db)
  await sql`
    create trigger article_partner_count_insert after insert on article_partner begin
      insert into partner_country_count (country, status, item_count) values (new.country, new.status, 1)
        on conflict (country, status) do update set item_count = item_count + 1;
    end`.execute(db)
  await sql`
    create trigger article_partner_count_delete after delete on article_partner begin
      update partner_country_count set item_count = item_count - 1 where country = old.country and status = old.status;
    end`.execute(db)
  await sql`
    create trigger article_partner_count_update after update of country, status on article_partner
    when old.country is not new.country or old.status is not new.status begin
      update partner_country_count set item_count = item_count - 1 where country = old.country and status = old.status;
      insert into partner_country_count (country, status, item_count) values (new.country, new.status, 1)
        on conflict (country, status) do update set item_count = item_count + 1;
    end`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists article_partner_count_update`.execute(db)
  await sql`drop trigger if exists article_partner_count_delete`.execute(db)
  await sql`drop trigger if exists article_partner_count_insert`.execute(db)
  await db.schema.dropTable('partner_country_count').execute()
}
