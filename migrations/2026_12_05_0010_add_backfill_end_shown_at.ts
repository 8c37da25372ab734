import { type Kysely, sql } from 'kysely'

// When the admin was shown a walk's end (or it was given up on): the running bot shows it again
// after a restart until then. Walks that ended before this column are taken as shown.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('backfill').addColumn('end_shown_at', 'text').execute()
  await sql`update backfill set end_shown_at = updated_at where state in ('done', 'failed')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('backfill').dropColumn('end_shown_at').execute()
}
