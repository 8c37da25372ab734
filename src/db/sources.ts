import type { Transaction } from 'kysely'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { Database, SourceRow, SourceType } from './schema.js'

/** The `list` selectors of an html source (spec.md § Sources file). */
export interface ListSelectors {
  item: string
  link: string
  title?: string
  date?: string
}

/** A source with its poll state, as ingestion and admin notices use it. */
export interface Source {
  id: number
  name: string
  url: string
  type: SourceType
  lang: Lang
  /** html sources only; null when missing or unreadable. */
  list: ListSelectors | null
  /** govkz sources only: the portal's entity slug. */
  project: string | null
  isEnabled: boolean
  /** 'admin' for /addsource: its requests are guarded against private addresses. */
  origin: 'file' | 'admin'
  etag: string | null
  lastModified: string | null
  /** null until the first poll: that poll's items are backlog. */
  firstPolledAt: string | null
  nextPollAt: string
  lastError: string | null
  consecutiveFailures: number
  /** Admins were told it is failing (reset on recovery). */
  isFailureReported: boolean
}

export function parseSelectors(json: string | null): ListSelectors | null {
  if (json === null) return null
  try {
    const value = JSON.parse(json) as Partial<ListSelectors> | null
    return typeof value?.item === 'string' && typeof value.link === 'string' ? (value as ListSelectors) : null
  } catch {
    return null
  }
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    type: row.type,
    lang: row.lang,
    list: parseSelectors(row.list_selectors),
    project: row.project,
    isEnabled: row.is_enabled === 1,
    origin: row.origin,
    etag: row.etag,
    lastModified: row.last_modified,
    firstPolledAt: row.first_polled_at,
    nextPollAt: row.next_poll_at,
    lastError: row.last_error,
    consecutiveFailures: row.consecutive_failures,
    isFailureReported: row.is_failure_reported === 1,
  }
}

/** Enabled sources whose next poll time has come, the longest-waiting first. */
export async function findDueSources(db: Db, now: Date): Promise<Source[]> {
  const rows = await db
    .selectFrom('source')
    .selectAll()
    .where('is_enabled', '=', 1)
    .where('next_poll_at', '<=', now.toISOString())
    .orderBy('next_poll_at')
    .execute()
  return rows.map(toSource)
}

/** Every enabled source, by name. */
export async function listEnabledSources(db: Db): Promise<Source[]> {
  const rows = await db.selectFrom('source').selectAll().where('is_enabled', '=', 1).orderBy('name').execute()
  return rows.map(toSource)
}

export async function getSourceById(db: Db, id: number): Promise<Source | undefined> {
  const row = await db.selectFrom('source').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toSource(row)
}

/** A source as the sources file and /addsource describe it. */
export interface SourceInput {
  name: string
  url: string
  type: SourceType
  lang: Lang
  isEnabled: boolean
  list: ListSelectors | null
  project: string | null
}

export type UpsertSourceResult =
  | { action: 'added' | 'updated' | 'unchanged'; source: Source }
  /** A source of that name was added by an admin; the file does not override it. */
  | { action: 'kept-admin'; source: Source }

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
    return { action: 'added', source: toSource(source) }
  }
  if (origin === 'file' && existing.origin === 'admin') return { action: 'kept-admin', source: toSource(existing) }
  // A file that says enabled does not undo an admin's pause (/sources) at the next start;
  // a file that says disabled always wins.
  const update = { ...values, is_enabled: input.isEnabled ? existing.is_enabled : 0 } as const
  const isSame = (Object.keys(update) as (keyof typeof update)[]).every((key) => existing[key] === update[key])
  if (isSame) return { action: 'unchanged', source: toSource(existing) }
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
  return { action: 'updated', source: toSource(source) }
}

export interface PollSuccess {
  now: Date
  etag: string | null
  lastModified: string | null
  nextPollAt: Date
}

/** Records a good poll; returns whether admins had been told the source was failing (a recovery). */
export async function recordPollSuccess(trx: Transaction<Database> | Db, source: Source, poll: PollSuccess): Promise<{ isRecovered: boolean }> {
  const at = poll.now.toISOString()
  await trx
    .updateTable('source')
    .set({
      etag: poll.etag,
      last_modified: poll.lastModified,
      first_polled_at: source.firstPolledAt ?? at,
      last_polled_at: at,
      last_success_at: at,
      consecutive_failures: 0,
      is_failure_reported: 0,
      next_poll_at: poll.nextPollAt.toISOString(),
    })
    .where('id', '=', source.id)
    .execute()
  return { isRecovered: source.isFailureReported }
}

export interface PollFailure {
  now: Date
  error: string
  nextPollAt: Date
  /** Consecutive failures at which admins are told, once. */
  failuresBeforeNotice: number
}

/** Records a failed poll; returns whether this failure crosses the notice threshold (report it once). */
export async function recordPollFailure(db: Db, source: Source, poll: PollFailure): Promise<{ consecutiveFailures: number; isNewlyFailing: boolean }> {
  const at = poll.now.toISOString()
  const consecutiveFailures = source.consecutiveFailures + 1
  const isNewlyFailing = !source.isFailureReported && consecutiveFailures >= poll.failuresBeforeNotice
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
