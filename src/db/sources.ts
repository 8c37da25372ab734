import { sql, type Transaction } from 'kysely'
import type { Lang } from '../classify/types.js'
import type { Db } from './database.js'
import type { Database, SourceRow, SourceType } from './schema.js'
import { normalizeUrl } from '../url.js'

/** The `list` selectors of an html source (spec.md § Sources file). */
export interface ListSelectors {
  item: string
  link: string
  title?: string
  date?: string
  /** The link to the next (older) list page, for backfills. */
  next?: string
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
  /** A 'file' source the sources file listed at the last start (one it no longer lists, resumed by an admin, is guarded as an admin's). */
  isListedInFile: boolean
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
    isListedInFile: row.origin === 'file' && row.file_entry !== null,
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

/**
 * Brings the next poll of every working source forward to at most one `intervalSeconds` after
 * its last poll: a schedule an earlier run made under a longer interval (a one-off ingest
 * with the default 900 s) must not outlast the interval configured now. Failing sources keep
 * their backoff.
 */
export async function capNextPolls(db: Db, intervalSeconds: number): Promise<void> {
  const latest = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', last_polled_at, ${`+${intervalSeconds} seconds`})`
  await db
    .updateTable('source')
    .set({ next_poll_at: latest })
    .where('is_enabled', '=', 1)
    .where('consecutive_failures', '=', 0)
    .where('last_polled_at', 'is not', null)
    .where('next_poll_at', '>', latest)
    .execute()
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

/** Characters a source's name may have: it heads every item card and /sources line. */
export const MAX_SOURCE_NAME_LENGTH = 100

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

/**
 * Adds a source under a free name: one an admin found with /addsource (addAdminSource chose
 * the name), or, in tests and benchmarks, one as the sources file would list it.
 */
export async function insertSource(db: Db | Transaction<Database>, input: SourceInput, origin: 'file' | 'admin', now: Date): Promise<{ source: Source }> {
  const at = now.toISOString()
  const row = await db
    .insertInto('source')
    .values({ name: input.name, ...columnsOf(input), origin, file_entry: origin === 'file' ? entryOf(input) : null, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow()
  return { source: toSource(row) }
}

function columnsOf(input: SourceInput) {
  return {
    url: input.url,
    type: input.type,
    lang: input.lang,
    list_selectors: input.list ? JSON.stringify(input.list) : null,
    project: input.project,
    is_enabled: input.isEnabled ? (1 as const) : (0 as const),
  }
}

/** A file entry as compared between syncs: its fields in a fixed order (`next` only when set, so entries stored before it counted compare as they did). */
const entryOf = (input: SourceInput): string => {
  const list = input.list && [input.list.item, input.list.link, input.list.title ?? null, input.list.date ?? null, ...(input.list.next ? [input.list.next] : [])]
  return JSON.stringify([input.url, input.type, input.lang, input.isEnabled, list ?? null, input.project])
}

export interface FileSync {
  added: number
  updated: number
  unchanged: number
  /** Names of file sources of that name an admin added in chat: the file does not override them. */
  keptAdmin: string[]
  /** Names of sources gone from the file (or gone before and resumed in chat since): disabled, their items kept. */
  disabled: string[]
  /** Sources gone from the file at the address of one it lists, folded into it (twins an earlier version left at a rename). */
  folded: { name: string; into: string }[]
}

/**
 * Syncs the sources file (spec.md § Sources file): the file is the truth for what it lists.
 * A source is added or updated by name, never duplicated; one gone from the file is disabled
 * (its items kept); an admin's pause or removal holds until the file changes that source's
 * entry, and a changed entry applies whole (enabled or not, removed or not). Poll state
 * (validators, health, schedule) is kept unless the URL, type or project changed: then the new
 * listing is polled at once, and its first poll stored as backlog, as a new source's is (no alerts).
 */
export async function syncFileSources(trx: Transaction<Database>, inputs: readonly SourceInput[], now: Date): Promise<FileSync> {
  const at = now.toISOString()
  const sync: FileSync = { added: 0, updated: 0, unchanged: 0, keptAdmin: [], disabled: [], folded: [] }
  // An address an admin watches (in any of its forms) is not watched twice: their source stays, as one of the same name does.
  const adminAddresses = new Set(
    (await trx.selectFrom('source').select('url').where('origin', '=', 'admin').where('removed_at', 'is', null).execute()).map((row) => normalizeUrl(row.url)),
  )
  const listedNames = new Set(inputs.map((i) => i.name))
  const renamedIds = new Set<number>()
  for (const input of inputs) {
    const entry = entryOf(input)
    const values = columnsOf(input)
    let existing = await trx.selectFrom('source').selectAll().where('name', '=', input.name).executeTakeFirst()
    // A name new to the database at the address of a file source whose name the file no longer lists: the entry was
    // renamed. The source takes the new name, keeping its items, health and history, rather than a second source
    // being added for the address and the first one disabled.
    const renamed = existing ? undefined : await findRenamedFileSource(trx, input.url, listedNames, renamedIds)
    if (renamed) {
      await trx.updateTable('source').set({ name: input.name, updated_at: at }).where('id', '=', renamed.id).execute()
      renamedIds.add(renamed.id)
      existing = { ...renamed, name: input.name }
    }
    // Nor is a file source moved to such an address: it stays where it was.
    const isToAdminAddress = adminAddresses.has(normalizeUrl(input.url)) && (!existing || normalizeUrl(existing.url) !== normalizeUrl(input.url))
    if (isToAdminAddress) {
      sync.keptAdmin.push(input.name)
      continue
    }
    if (!existing) {
      await trx.insertInto('source').values({ name: input.name, ...values, origin: 'file', file_entry: entry, created_at: at, updated_at: at }).execute()
      sync.added++
      continue
    }
    if (existing.origin === 'admin') {
      sync.keptAdmin.push(input.name)
      continue
    }
    if (existing.file_entry === null && existing.dropped_entry === entry) {
      // Gone from the file and listed again as it was: the file changed nothing about the source, so an admin's pause,
      // resume or removal holds, where the source came back polled.
      const isEnabled = existing.removed_at === null ? (existing.dropped_is_enabled ?? 1) : 0
      await trx.updateTable('source').set({ file_entry: entry, dropped_entry: null, dropped_is_enabled: null, is_enabled: isEnabled, updated_at: at }).where('id', '=', existing.id).execute()
      sync[renamed || isEnabled !== existing.is_enabled ? 'updated' : 'unchanged']++
      continue
    }
    if (existing.file_entry === entry) {
      // An admin's pause, resume or removal holds until the entry changes (a new name alone changes nothing it says).
      sync[renamed ? 'updated' : 'unchanged']++
      continue
    }
    // Synced before entries were kept: what the admin did stands unless the file disables the source.
    const isLegacy = existing.file_entry === ''
    const update = { ...values, is_enabled: isLegacy && input.isEnabled ? existing.is_enabled : values.is_enabled, removed_at: isLegacy ? existing.removed_at : null }
    const isSame = (Object.keys(update) as (keyof typeof update)[]).every((key) => existing[key] === update[key])
    const isNewTarget = existing.url !== update.url || existing.type !== update.type || existing.project !== update.project
    await trx
      .updateTable('source')
      .set({ ...update, file_entry: entry, dropped_entry: null, dropped_is_enabled: null, ...(isSame ? {} : { updated_at: at }), ...(isNewTarget ? { etag: null, last_modified: null, next_poll_at: at, first_polled_at: null } : {}) })
      .where('id', '=', existing.id)
      .execute()
    sync[isSame && !renamed ? 'unchanged' : 'updated']++
  }
  const listed = inputs.map((i) => i.name)
  // Gone now (listed at the last start); one gone before and resumed by an admin since keeps the admin's resume.
  const gone = await trx
    .updateTable('source')
    // SQLite reads every column's old value on the right: the entry and the state as they were before this drop.
    .set((eb) => ({ dropped_entry: eb.ref('file_entry'), dropped_is_enabled: eb.ref('is_enabled'), is_enabled: 0, file_entry: null, updated_at: at }))
    .where('origin', '=', 'file')
    .where('file_entry', 'is not', null)
    .$if(listed.length > 0, (q) => q.where('name', 'not in', listed))
    .returning('name')
    .execute()
  sync.folded = await foldFileTwins(trx, listed)
  const folded = new Set(sync.folded.map((f) => f.name))
  sync.disabled = gone.map((r) => r.name).filter((name) => !folded.has(name))
  return sync
}

/**
 * Folds into a source the file lists every file source gone from the file at the same address (in any of its forms):
 * the twin a version before renames were followed left when an entry was renamed (the old name disabled, a new source
 * added). Its items, its admins' log and its history walk (where the listed source has none) move to the listed
 * source, and the twin is deleted, so /sources shows the one source, with all its items.
 */
async function foldFileTwins(trx: Transaction<Database>, listed: readonly string[]): Promise<{ name: string; into: string }[]> {
  const fileSources = await trx.selectFrom('source').select(['id', 'name', 'url', 'file_entry', 'created_at']).where('origin', '=', 'file').orderBy('id').execute()
  const listedNames = new Set(listed)
  const byAddress = new Map<string, (typeof fileSources)[number]>()
  for (const source of fileSources) {
    const key = normalizeUrl(source.url)
    if (listedNames.has(source.name) && !byAddress.has(key)) byAddress.set(key, source)
  }
  const folded: { name: string; into: string }[] = []
  for (const twin of fileSources) {
    const kept = byAddress.get(normalizeUrl(twin.url))
    if (!kept || listedNames.has(twin.name) || twin.file_entry !== null) continue
    await trx.updateTable('article').set({ source_id: kept.id }).where('source_id', '=', twin.id).execute()
    await trx.updateTable('audit_log').set({ source_id: kept.id }).where('source_id', '=', twin.id).execute()
    const hasHistory = await trx.selectFrom('backfill').select('source_id').where('source_id', '=', kept.id).executeTakeFirst()
    if (!hasHistory) await trx.updateTable('backfill').set({ source_id: kept.id }).where('source_id', '=', twin.id).execute()
    // The source has been watched since the twin was first added.
    if (twin.created_at < kept.created_at) await trx.updateTable('source').set({ created_at: twin.created_at }).where('id', '=', kept.id).execute()
    await trx.deleteFrom('source').where('id', '=', twin.id).execute()
    folded.push({ name: twin.name, into: kept.name })
  }
  return folded
}

/**
 * The file source at `url` (in any of its forms) whose name the file no longer lists, not already renamed in this sync:
 * the one still shown first, then the newest.
 */
async function findRenamedFileSource(trx: Transaction<Database>, url: string, listedNames: ReadonlySet<string>, renamedIds: ReadonlySet<number>): Promise<SourceRow | undefined> {
  const key = normalizeUrl(url)
  const candidates = await trx.selectFrom('source').selectAll().where('origin', '=', 'file').orderBy('id', 'desc').execute()
  const matching = candidates.filter((s) => !listedNames.has(s.name) && !renamedIds.has(s.id) && normalizeUrl(s.url) === key)
  return matching.find((s) => s.removed_at === null) ?? matching[0]
}

export interface PollSuccess {
  now: Date
  etag: string | null
  lastModified: string | null
  nextPollAt: Date
  /** Items were left for later polls (at most MAX_ITEMS_PER_POLL a poll): a first poll is not over until they are read. */
  isListingLeftPartlyRead: boolean
}

/** Records a good poll; returns whether admins had been told the source was failing (a recovery). */
export async function recordPollSuccess(trx: Transaction<Database> | Db, source: Source, poll: PollSuccess): Promise<{ isRecovered: boolean }> {
  const at = poll.now.toISOString()
  await trx
    .updateTable('source')
    .set({
      etag: poll.etag,
      last_modified: poll.lastModified,
      // Until the first poll has read the whole listing, what it stores is backlog (no alerts for old items).
      first_polled_at: source.firstPolledAt ?? (poll.isListingLeftPartlyRead ? null : at),
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
