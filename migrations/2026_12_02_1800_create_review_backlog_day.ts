import { type Kysely, sql } from 'kysely'

// Items entering and leaving the review queue per day (in Kazakhstan time, UTC+5, as the
// archive's counts), kept by triggers on classification, so /stats can draw the backlog over
// time: the backlog at the end of a day is the sum of (added - removed) up to it. Entries and
// exits are dated by status_changed_at, which the app writes from its own clock.
const DAY = (column: string) => `strftime('%Y-%m-%d', ${column}, '+5 hours')`
const count = (column: 'added' | 'removed', day: string) => `
  insert into review_backlog_day (day, added, removed) values (${day}, ${column === 'added' ? 1 : 0}, ${column === 'removed' ? 1 : 0})
    on conflict (day) do update set ${column} = ${column} + 1;`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_backlog_day')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('removed', 'integer', (c) => c.notNull())
    .modifyEnd(sql`without rowid`)
    .execute()

  // History before this migration, rebuilt from what is stored: admins' status changes come from
  // the audit log's snapshots; an item entered the queue when it was classified if its first
  // audited change started from 'flagged', or when it was flagged if nobody has acted on it yet.
  await sql.raw(`
    with first_change as (
      select l.article_id, l.created_at, json_extract(l.before, '$.status') as status from audit_log l
      where l.id = (select min(f.id) from audit_log f where f.article_id = l.article_id and f.before is not null and f.after is not null)
    ),
    events as (
      select ${DAY('l.created_at')} as day,
        (json_extract(l.before, '$.status') is not 'flagged' and json_extract(l.after, '$.status') = 'flagged') as added,
        (json_extract(l.before, '$.status') = 'flagged' and json_extract(l.after, '$.status') is not 'flagged') as removed
      from audit_log l where l.article_id is not null and l.before is not null and l.after is not null
      union all
      select ${DAY('min(c.classified_at, f.created_at)')}, 1, 0 from classification c join first_change f on f.article_id = c.article_id where f.status = 'flagged'
      union all
      select ${DAY('c.status_changed_at')}, 1, 0 from classification c
      where c.status = 'flagged' and not exists (select 1 from first_change f where f.article_id = c.article_id)
    )
    insert into review_backlog_day (day, added, removed)
    select day, sum(added), sum(removed) from events group by day having sum(added) > 0 or sum(removed) > 0`).execute(db)
  // Changes the log never saw (a re-classified article) would leave the rebuilt history off
  // today's queue: the difference is booked today, so the last point is the real backlog.
  await sql.raw(`
    insert into review_backlog_day (day, added, removed)
    select ${DAY(`'now'`)}, max(drift, 0), max(-drift, 0) from (
      select (select count(*) from classification where status = 'flagged') - coalesce((select sum(added - removed) from review_backlog_day), 0) as drift
    ) where drift != 0
    on conflict (day) do update set added = added + excluded.added, removed = removed + excluded.removed`).execute(db)

  await sql.raw(`create trigger classification_backlog_insert after insert on classification when new.status = 'flagged'
    begin ${count('added', DAY('new.status_changed_at'))} end`).execute(db)
  await sql.raw(`create trigger classification_backlog_enter after update of status on classification
    when new.status = 'flagged' and old.status is not 'flagged' begin ${count('added', DAY('new.status_changed_at'))} end`).execute(db)
  await sql.raw(`create trigger classification_backlog_leave after update of status on classification
    when old.status = 'flagged' and new.status is not 'flagged' begin ${count('removed', DAY('new.status_changed_at'))} end`).execute(db)
  // A deleted item (its source removed) leaves the queue when it goes.
  await sql.raw(`create trigger classification_backlog_delete after delete on classification when old.status = 'flagged'
    begin ${count('removed', DAY(`'now'`))} end`).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['classification_backlog_delete', 'classification_backlog_leave', 'classification_backlog_enter', 'classification_backlog_insert']) {
    await sql.raw(`drop trigger if exists ${name}`).execute(db)
  }
  await db.schema.dropTable('review_backlog_day').execute()
}
