import type { Transaction } from 'kysely'
import type { Db } from './database.js'
import type { Database, SourceRow, SourceType } from './schema.js'

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

/** Every enabled source, by name. */
export async function listEnabledSources(db: Db): Promise<SourceRow[]> {
  return db.selectFrom('source').selectAll().where('is_enabled', '=', 1).orderBy('name').execute()
}

export async function getSourceById(db: Db, id: number): Promise<SourceRow | undefined> {
  return db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirst()
}

/** A source as the sources file and /addsource describe it. */
export interface SourceInput {
  name: string
  url: string
  type: SourceType
  lang: 'en' | 'ru' | 'kk'
  isEnabled: boolean
  list: { item: string; link: string; title?: string; date?: string } | null
  project: string | null
}

export type UpsertSourceResult =
  | { action: 'added' | 'updated' | 'unchanged'; source: SourceRow }
  /** A source of that name was added by an admin; the file does not override it. */
  | { action: 'kept-admin'; source: SourceRow }

/**
 * Adds a source, or updates the one with the same name (never a duplicate). Sources from the
 * file do not overwrite a source an admin added under the same name. Poll state (validators,
 * health, schedule) is kept unless the URL or type changed.
 */
export async function upsertSource(db: Db | Transaction<Database>, input: SourceInput, origin: 'file' | 'admin', now: Date): Promise<UpsertSourceResult> {
  const at = now.toISOString()
  const values = {
    url: input.url,
    type: input.type,
    lang: input.lang,
    list_selectors: input.list ? JSON.stringify(input.list) : null,
    project: input.project,
    is_enabled: input.isEnabled ? 1 : 0,
  } as const
  const existing = await db.selectFrom('source').selectAll().where('name', '=', input.name).executeTakeFirst()
  if (!existing) {
    const source = await db
      .insertInto('source')
      .values({ name: input.name, ...values, origin, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow()
    return { action: 'added', source }
  }
  if (origin === 'file' && existing.origin === 'admin') return { action: 'kept-admin', source: existing }
  // A file that says enabled does not undo an admin's pause (/sources) at the next start;
  // a file that says disabled always wins.
  const update = { ...values, is_enabled: input.isEnabled ? existing.is_enabled : 0 } as const
  const isSame = (Object.keys(update) as (keyof typeof update)[]).every((key) => existing[key] === update[key])
  if (isSame) return { action: 'unchanged', source: existing }
  const isNewTarget = existing.url !== update.url || existing.type !== update.type || existing.project !== update.project
  const source = await db
    .updateTable('source')
    .set({
      ...update,
      updated_at: at,
      ...(isNewTarget ? { etag: null, last_modified: null, next_poll_at: at } : {}),
    })
    .where('id', '=', existing.id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return { action: 'updated', source }
}

export interface PollSuccess {
  now: Date
  etag: string | null
  lastModified: string | null
  nextPollAt: Date
}

/** Records a good poll; returns whether admins had been told the source was failing (a recovery). */
export async function recordPollSuccess(trx: Transaction<Database> | Db, source: SourceRow, poll: PollSuccess): Promise<{ isRecovered: boolean }> {
  const at = poll.now.toISOString()
  await trx
    .updateTable('source')
    .set({
      etag: poll.etag,
      last_modified: poll.lastModified,
      first_polled_at: source.first_polled_at ?? at,
      last_polled_at: at,
      last_success_at: at,
      consecutive_failures: 0,
      is_failure_reported: 0,
      next_poll_at: poll.nextPollAt.toISOString(),
    })
    .where('id', '=', source.id)
    .execute()
  return { isRecovered: source.is_failure_reported === 1 }
}

export interface PollFailure {
  now: Date
  error: string
  nextPollAt: Date
  /** Consecutive failures at which admins are told, once. */
  failuresBeforeNotice: number
}

/** Records a failed poll; returns whether this failure crosses the notice threshold (report it once). */
export async function recordPollFailure(db: Db, source: SourceRow, poll: PollFailure): Promise<{ consecutiveFailures: number; isNewlyFailing: boolean }> {
  const at = poll.now.toISOString()
  const consecutiveFailures = source.consecutive_failures + 1
  const isNewlyFailing = source.is_failure_reported === 0 && consecutiveFailures >= poll.failuresBeforeNotice
  await db
    .updateTable('source')
    .set({
      last_polled_at: at,
      last_error: poll.error.slice(0, 500),
      last_error_at: at,
      consecutive_failures: consecutiveFailures,
      next_poll_at: poll.nextPollAt.toISOString(),
      ...(isNewlyFailing ? { is_failure_reported: 1 as const } : {}),
    })
    .where('id', '=', source.id)
    .execute()
  return { consecutiveFailures, isNewlyFailing }
}
