import { type Kysely, sql } from 'kysely'

/*
 * The timeline's month counts were kept at UTC+5 (2026_11_22_1000), but the archive shows dates
 * and filters years in Asia/Almaty's time, which was UTC+6 until 2024-03-01 00:00 local (with
 * summer time, UTC+7, from 1981 to 2004): an item published between 00:00 and 01:00 on the first
 * of a month before then was counted in the month before the one its date shows. The triggers now
 * take each timestamp's own offset, from Asia/Almaty's transitions as tzdata 2025c writes them
 * (frozen here: a migration must count tomorrow as it counts today), and the counts are rebuilt.
 */

/** [first UTC moment, hours east of UTC], newest first; before the last, UTC+6 (since 1930). */
const ALMATY_OFFSETS: [string, number][] = [
  ['2024-02-29T18:00:00', 5], ['2004-10-30T20:00:00', 6], ['2004-03-27T20:00:00', 7], ['2003-10-25T20:00:00', 6],
  ['2003-03-29T20:00:00', 7], ['2002-10-26T20:00:00', 6], ['2002-03-30T20:00:00', 7], ['2001-10-27T20:00:00', 6],
  ['2001-03-24T20:00:00', 7], ['2000-10-28T20:00:00', 6], ['2000-03-25T20:00:00', 7], ['1999-10-30T20:00:00', 6],
  ['1999-03-27T20:00:00', 7], ['1998-10-24T20:00:00', 6], ['1998-03-28T20:00:00', 7], ['1997-10-25T20:00:00', 6],
  ['1997-03-29T20:00:00', 7], ['1996-10-26T20:00:00', 6], ['1996-03-30T20:00:00', 7], ['1995-09-23T20:00:00', 6],
  ['1995-03-25T20:00:00', 7], ['1994-09-24T20:00:00', 6], ['1994-03-26T20:00:00', 7], ['1993-09-25T20:00:00', 6],
  ['1993-03-27T20:00:00', 7], ['1992-09-26T20:00:00', 6], ['1992-03-28T20:00:00', 7], ['1992-01-18T21:00:00', 6],
  ['1991-09-28T21:00:00', 5], ['1990-09-29T20:00:00', 6], ['1990-03-24T20:00:00', 7], ['1989-09-23T20:00:00', 6],
  ['1989-03-25T20:00:00', 7], ['1988-09-24T20:00:00', 6], ['1988-03-26T20:00:00', 7], ['1987-09-26T20:00:00', 6],
  ['1987-03-28T20:00:00', 7], ['1986-09-27T20:00:00', 6], ['1986-03-29T20:00:00', 7], ['1985-09-28T20:00:00', 6],
  ['1985-03-30T20:00:00', 7], ['1984-09-29T20:00:00', 6], ['1984-03-31T18:00:00', 7], ['1983-09-30T17:00:00', 6],
  ['1983-03-31T18:00:00', 7], ['1982-09-30T17:00:00', 6], ['1982-03-31T18:00:00', 7], ['1981-09-30T17:00:00', 6],
  ['1981-03-31T18:00:00', 7],
]

const almatyMonth = (column: string) =>
  `strftime('%Y-%m', ${column}, case ${ALMATY_OFFSETS.map(([from, hours]) => `when ${column} >= '${from}' then '+${hours} hours'`).join(' ')} else '+6 hours' end)`
const utcPlus5Month = (column: string) => `strftime('%Y-%m', ${column}, '+5 hours')`

const TRIGGERS = [
  'article_partner_archive_update', 'article_partner_archive_delete', 'article_partner_archive_insert', 'article_archive_update',
  'article_archive_delete', 'classification_archive_delete', 'classification_archive_after_update', 'classification_archive_before_update',
  'classification_archive_insert',
]

/** The month counts' triggers and rows as 2026_11_22_1000 made them, with months read by `month`. */
async function keepCounts(db: Kysely<any>, MONTH: (column: string) => string): Promise<void> {
  for (const name of TRIGGERS) await sql.raw(`drop trigger if exists ${name}`).execute(db)
  await sql`delete from archive_month_count`.execute(db)
  await sql.raw(`
    insert into archive_month_count (country, month, kind, item_count)
    select '', ${MONTH('a.published_at')}, coalesce(c.kind, ''), count(*) from classification c join article a on a.id = c.article_id
    where c.status = 'published' group by 2, 3`).execute(db)
  await sql.raw(`
    insert into archive_month_count (country, month, kind, item_count)
    select p.country, ${MONTH('p.published_at')}, coalesce(c.kind, ''), count(*) from article_partner p join classification c on c.article_id = p.article_id
    where c.status = 'published' group by 1, 2, 3`).execute(db)

  const ADD = `on conflict (country, month, kind) do update set item_count = item_count + 1`
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
  await sql.raw(`create trigger article_partner_archive_update after update of country, published_at on article_partner
    when old.country is not new.country or ${MONTH('old.published_at')} is not ${MONTH('new.published_at')}
    begin ${partnerRemove('old')} ${partnerAdd('new')} end`).execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await keepCounts(db, almatyMonth)
}

export async function down(db: Kysely<any>): Promise<void> {
  await keepCounts(db, utcPlus5Month)
}
