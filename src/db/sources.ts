import type { Db } from './database.js'
import type { SourceRow } from './schema.js'

/** Enabled sources whose next poll time has come, the longest-waiting first. */
export async function findDueSources(db: Db, now: Date): Promise<SourceRow[]> {
  return db
    .selectFrom('source')
    .selectAll()
    .where('is_enabled', '=', 1)
    .where('next_poll_at', '<=', now.toISOString())
    .orderBy('next_poll_at')
    .execute()
}
