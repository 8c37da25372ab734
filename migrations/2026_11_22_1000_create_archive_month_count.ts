import { type Kysely, sql } from 'kysely'

// Published items per month (in Kazakhstan time, UTC+5) and kind, overall (country '') and
// per partner country, kept by triggers so the web archive's timelines are a few hundred
// key reads instead of grouping hundreds of thousands of rows. Per-country rows follow the
// partner rows (their status and published_at copies) and the classification's kind.
const MONTH = (column: string) => `strftime('%Y-%m', ${column}, '+5 hours')`
const ADD = `on conflict (country, month, kind) do update set item_count = item_count + 1`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('archive_month_count')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_month_count_pk', ['country', 'month', 'kind'])
    .modifyEnd(sql`without rowid`)
    .execute()
  await sql.raw(`
    insert into archive_month_count (country, month, kind, item_count)
    select '', ${MONTH('a.published_at')}, coalesce(c.kind, ''), count(*) from classification c join article a on a.id = c.article_id
    where c.status = 'published' group by 2, 3`).execute(db)
  await sql.raw(`
    insert into archive_month_count (country, month, kind, item_count)
    select p.country, ${MONTH('p.published_at')}, coalesce(c.kind, ''), count(*) from article_partner p join classification c on c.article_id = p.article_id
    where c.status = 'published' group by 1, 2, 3`).execute(db)

  const addAll = (labels: 'new' | 'old') => `
      insert into archive_month_count (country, month, kind, item_count)
        select '', ${MONTH('a.published_at')}, coalesce(${labels}.kind, ''), 1 from article a where a.id = ${labels}.article_id ${ADD};
      insert into archive_month_count (country, month, kind, item_count)
        select p.country, ${MONTH('p.published_at')}, coalesce(${labels}.kind, ''), 1 from article_partner p where p.article_id = ${labels}.article_id ${ADD};`
  const removeAll = (labels: 'new' | 'old') => `
      update archive_month_count set item_count = item_count - 1
        where country = '' and kind = coalesce(${labels}.kind, '') and month = (select ${MONTH('a.published_at')} from article a where a.id = ${labels}.article_id);
      update archive_month_count set item_count = item_count - 1
        where kind = coalesce(${labels}.kind, '') and (country, month) in (select p.country, ${MONTH('p.published_at')} from article_partner p where p.article_id = ${labels}.article_id);`
  const labelsChanged = `(new.status is not old.status or new.kind is not old.kind)`

  await sql.raw(`create trigger classification_archive_insert after insert on classification when new.status = 'published' begin ${addAll('new')} end`).execute(db)
  // The old counts go before the row changes and the new ones after, so a statement that
  // changes status and kind together moves each count once.
  await sql.raw(`create trigger classification_archive_before_update before update of status, kind on classification
    when old.status = 'published' and ${labelsChanged} begin ${removeAll('old')} end`).execute(db)
  await sql.raw(`create trigger classification_archive_after_update after update of status, kind on classification
    when new.status = 'published' and ${labelsChanged} begin ${addAll('new')} end`).execute(db)
  await sql.raw(`create trigger classification_archive_delete after delete on classification when old.status = 'published' begin ${removeAll('old')} end`).execute(db)
  await sql.raw(`create trigger article_archive_delete before delete on article begin
      update archive_month_count set item_count = item_count - 1
        where country = '' and month = ${MONTH('old.published_at')}
        and kind = (select coalesce(c.kind, '') from classification c where c.article_id = old.id and c.status = 'published');
    end`).execute(db)
  await sql.raw(`create trigger article_archive_update after update of published_at on article
    when ${MONTH('old.published_at')} is not ${MONTH('new.published_at')} begin
      update archive_month_count set item_count = item_count - 1
        where country = '' and month = ${MONTH('old.published_at')}
        and kind = (select coalesce(c.kind, '') from classification c where c.article_id = new.id and c.status = 'published');
      insert into archive_month_count (country, month, kind, item_count)
        select '', ${MONTH('new.published_at')}, coalesce(c.kind, ''), 1 from classification c where c.article_id = new.id and c.status = 'published' ${ADD};
    end`).execute(db)
  const partnerAdd = (row: 'new') => `
      insert into archive_month_count (country, month, kind, item_count)
        select ${row}.country, ${MONTH(`${row}.published_at`)}, coalesce(c.kind, ''), 1 from classification c
        where c.article_id = ${row}.article_id and c.status = 'published' ${ADD};`
  const partnerRemove = (row: 'old') => `
      update archive_month_count set item_count = item_count - 1
        where country = ${row}.country and month = ${MONTH(`${row}.published_at`)}
        and kind = (select coalesce(c.kind, '') from classification c where c.article_id = ${row}.article_id and c.status = 'published');`
  await sql.raw(`create trigger article_partner_archive_insert after insert on article_partner begin ${partnerAdd('new')} end`).execute(db)
  await sql.raw(`create trigger article_partner_archive_delete after delete on article_partner begin ${partnerRemove('old')} end`).execute(db)
  // Status copies are left to the classification triggers above.
  await sql.raw(`create trigger article_partner_archive_update after update of country, published_at on article_partner
    when old.country is not new.country or ${MONTH('old.published_at')} is not ${MONTH('new.published_at')}
    begin ${partnerRemove('old')} ${partnerAdd('new')} end`).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'article_partner_archive_update', 'article_partner_archive_delete', 'article_partner_archive_insert', 'article_archive_update',
    'article_archive_delete', 'classification_archive_delete', 'classification_archive_after_update', 'classification_archive_before_update',
    'classification_archive_insert',
  ]) {
    await sql.raw(`drop trigger if exists ${name}`).execute(db)
  }
  await db.schema.dropTable('archive_month_count').execute()
}
