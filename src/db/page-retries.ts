import type { Transaction } from 'kysely'
import type { Db } from './database.js'
import type { Database } from './schema.js'

/** A failure row older than this is of an item gone from its listing: dropped when its source records new ones. */
const FORGOTTEN_AFTER_MS = 30 * 24 * 3_600_000

/** How many polls in a row each item's page has failed at in a way that may pass, by URL key (items without a failure left out). */
export async function readPageFailures(db: Db, sourceId: number, urlKeys: readonly string[]): Promise<Map<string, number>> {
  if (urlKeys.length === 0) return new Map()
  const rows = await db.selectFrom('page_retry').select(['url_key', 'failures']).where('source_id', '=', sourceId).where('url_key', 'in', urlKeys).execute()
  return new Map(rows.map((r) => [r.url_key, r.failures]))
}

/** One more failed poll for each item's page; the failures of items long gone from the listing are dropped. */
export async function recordPageFailures(trx: Transaction<Database>, sourceId: number, urlKeys: readonly string[], now: Date): Promise<void> {
  if (urlKeys.length === 0) return
  const at = now.toISOString()
  await trx.deleteFrom('page_retry').where('source_id', '=', sourceId).where('last_failed_at', '<', new Date(now.getTime() - FORGOTTEN_AFTER_MS).toISOString()).execute()
  await trx
    .insertInto('page_retry')
    .values(urlKeys.map((urlKey) => ({ source_id: sourceId, url_key: urlKey, failures: 1, last_failed_at: at })))
    .onConflict((oc) => oc.columns(['source_id', 'url_key']).doUpdateSet((eb) => ({ failures: eb('page_retry.failures', '+', 1), last_failed_at: at })))
    .execute()
}

/** Forgets the failures of items now stored. */
export async function clearPageFailures(trx: Transaction<Database>, sourceId: number, urlKeys: readonly string[]): Promise<void> {
  if (urlKeys.length === 0) return
  await trx.deleteFrom('page_retry').where('source_id', '=', sourceId).where('url_key', 'in', urlKeys).execute()
}
