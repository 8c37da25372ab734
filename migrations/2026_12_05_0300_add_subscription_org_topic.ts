import { type Kysely, sql } from 'kysely'

// A subscription may follow an international organisation (topic_type 'org', topic_value UNESCO).
// SQLite cannot alter a CHECK constraint, so the table is rebuilt from its own stored definition
// with the check changed, keeping every column, row, id and index.
const CHECK_WITHOUT_ORG = "topic_type in ('country', 'sector', 'keyword', 'all')"
const CHECK_WITH_ORG = "topic_type in ('country', 'org', 'sector', 'keyword', 'all')"

async function replaceTopicTypeCheck(db: Kysely<any>, from: string, to: string): Promise<void> {
  const { rows } = await sql<{ type: string; sql: string }>`select type, sql from sqlite_master where tbl_name = 'subscription' and sql is not null`.execute(db)
  const table = rows.find((r) => r.type === 'table')?.sql
  if (!table?.includes(from)) throw new Error(`subscription has no check ${from}`)
  await sql.raw(table.replace('CREATE TABLE "subscription"', 'CREATE TABLE "subscription_next"').replace(from, to)).execute(db)
  await sql`insert into subscription_next select * from subscription`.execute(db)
  await db.schema.dropTable('subscription').execute()
  await db.schema.alterTable('subscription_next').renameTo('subscription').execute()
  for (const index of rows.filter((r) => r.type === 'index')) await sql.raw(index.sql).execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await replaceTopicTypeCheck(db, CHECK_WITHOUT_ORG, CHECK_WITH_ORG)
}

// Organisation subscriptions have no place in the older table and are dropped.
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('subscription').where('topic_type', '=', 'org').execute()
  await replaceTopicTypeCheck(db, CHECK_WITH_ORG, CHECK_WITHOUT_ORG)
}
