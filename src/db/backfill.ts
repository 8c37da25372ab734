import { type Selectable, sql, type Transaction } from 'kysely'
import type { Lang } from '../classify/types.js'
import { recordAudit } from './audit.js'
import type { Db } from './database.js'
import type { BackfillState, BackfillTable, Database } from './schema.js'

export interface BackfillCounts {
  pages: number
  /** Entries the archive pages listed. */
  items: number
  new: number
  relevant: number
  flagged: number
}

/** Where an admin follows a walk started from the bot, in their language. */
export interface ProgressMessage {
  adminId: number
  chatId: number
  messageId: number
  lang: Lang
}

/** A page of an archive as its reader names it (plain JSON; `at: null` is the newest page). */
export interface ArchivePlace {
  at: unknown
}

/** The `cursor` column: the walk's checkpoint, as JSON. */
interface Checkpoint {
  next: ArchivePlace | null
  olderFrom: ArchivePlace | null
}

/** A walk back through one source's archive. */
export interface Backfill {
  sourceId: number
  state: BackfillState
  since: Date
  /** The next archive page to read; null when nothing is left back to `since`. */
  next: ArchivePlace | null
  /**
   * The first page that had items older than `since` (null: none yet). A walk back to an earlier
   * date goes on from there, reading that page again for what it left out.
   */
  olderFrom: ArchivePlace | null
  counts: BackfillCounts
  reachedAt: Date | null
  lastError: string | null
  progressMessage: ProgressMessage | null
  startedAt: Date
  updatedAt: Date
  finishedAt: Date | null
}


const isPlace = (value: unknown): value is ArchivePlace | null => value === null || (typeof value === 'object' && !Array.isArray(value) && 'at' in value)

function isCheckpoint(value: unknown): value is Checkpoint {
  return typeof value === 'object' && value !== null && 'next' in value && 'olderFrom' in value && isPlace(value.next) && isPlace(value.olderFrom)
}

/**
 * Null is a walk before its first page. Rows written before the checkpoint knew `olderFrom` hold
 * the reader's position alone, and a finished one holds nothing: where it stopped is unknown, so
 * an earlier date reads from the newest page.
 */
function parseCheckpoint(json: string | null, state: BackfillState): Checkpoint {
  if (json === null) return state === 'done' ? { next: null, olderFrom: { at: null } } : { next: { at: null }, olderFrom: null }
  let value: unknown = null
  try {
    value = JSON.parse(json) as unknown
  } catch {
    // An unreadable position: the walk starts again at the newest page, storing nothing twice.
  }
  return isCheckpoint(value) ? value : { next: { at: value }, olderFrom: null }
}

const checkpointJson = (checkpoint: Checkpoint) => JSON.stringify(checkpoint)

const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso))

function toBackfill(row: Selectable<BackfillTable>): Backfill {
  return {
    sourceId: row.source_id,
    state: row.state,
    since: new Date(row.since),
    ...parseCheckpoint(row.cursor, row.state),
    counts: { pages: row.page_count, items: row.item_count, new: row.new_count, relevant: row.relevant_count, flagged: row.flagged_count },
    reachedAt: dateOrNull(row.reached_at),
    lastError: row.last_error,
    progressMessage:
      row.requested_by !== null && row.chat_id !== null && row.message_id !== null
        ? { adminId: row.requested_by, chatId: row.chat_id, messageId: row.message_id, lang: row.lang ?? 'en' }
        : null,
    startedAt: new Date(row.started_at),
    updatedAt: new Date(row.updated_at),
    finishedAt: dateOrNull(row.finished_at),
  }
}

export async function getBackfill(db: Db, sourceId: number): Promise<Backfill | undefined> {
  const row = await db.selectFrom('backfill').selectAll().where('source_id', '=', sourceId).executeTakeFirst()
  return row && toBackfill(row)
}

interface BeginBackfill {
  sourceId: number
  since: Date
  now: Date
  progressMessage?: ProgressMessage | null
}

async function begin(trx: Transaction<Database>, { sourceId, since, now, progressMessage = null }: BeginBackfill): Promise<Backfill> {
  const at = now.toISOString()
  const owner = { requested_by: progressMessage?.adminId ?? null, chat_id: progressMessage?.chatId ?? null, message_id: progressMessage?.messageId ?? null, lang: progressMessage?.lang ?? null }
  const existing = await trx.selectFrom('backfill').select(['state', 'since', 'cursor']).where('source_id', '=', sourceId).executeTakeFirst()
  if (!existing) {
    const fresh = {
      source_id: sourceId, state: 'running' as const, since: since.toISOString(), cursor: null, page_count: 0, item_count: 0, new_count: 0, relevant_count: 0, flagged_count: 0,
      reached_at: null, last_error: null, started_at: at, updated_at: at, finished_at: null, ...owner,
    }
    return toBackfill(await trx.insertInto('backfill').values(fresh).returningAll().executeTakeFirstOrThrow())
  }
  const { next, olderFrom } = parseCheckpoint(existing.cursor, existing.state)
  const isEarlier = since < new Date(existing.since)
  // A finished walk keeps its date when asked for the same or a later one: nothing is left to read,
  // and the walk ends as soon as it starts. An earlier date goes on from the first page that left
  // items out (a walk not yet finished too: what it left out is wanted now).
  const change =
    next === null && !isEarlier
      ? {}
      : { since: since.toISOString(), finished_at: null, ...(isEarlier && olderFrom ? { cursor: checkpointJson({ next: olderFrom, olderFrom: null }) } : {}) }
  const row = await trx
    .updateTable('backfill')
    .set({ state: 'running', last_error: null, updated_at: at, end_shown_at: null, ...owner, ...change })
    .where('source_id', '=', sourceId)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toBackfill(row)
}

/**
 * Starts a walk, or takes up the source's earlier one: an unfinished walk (running, or stopped
 * by an error) goes on from its checkpoint with the new `since`; a finished one has nothing
 * to read back to its own date or a later one, and goes on from where it left items out for
 * an earlier date. The progress message, when given, is where the running bot reports;
 * without one (the command line) the walk belongs to whoever runs it now.
 */
export async function beginBackfill(db: Db, input: BeginBackfill): Promise<Backfill> {
  return db.transaction().execute((trx) => begin(trx, input))
}

/** An admin's "Load history": the walk begins (or resumes) for the running bot to carry out, with an audit entry. */
export async function requestBackfill(db: Db, input: BeginBackfill & { progressMessage: ProgressMessage }): Promise<Backfill> {
  return db.transaction().execute(async (trx) => {
    const walk = await begin(trx, input)
    await recordAudit(trx, { adminId: input.progressMessage.adminId, action: 'backfill-source', sourceId: input.sourceId, after: { since: input.since.toISOString() }, now: input.now })
    return walk
  })
}

/**
 * Moves the walk past one archive page, in the transaction that stored the page's items:
 * `next` is the page after it, or null when the walk is done (its date or the archive's end).
 */
export async function saveBackfillPage(
  trx: Transaction<Database>,
  sourceId: number,
  page: Checkpoint & { added: BackfillCounts; oldest: Date | null; now: Date },
): Promise<void> {
  const { added } = page
  const at = page.now.toISOString()
  await trx
    .updateTable('backfill')
    .set((eb) => ({
      cursor: checkpointJson({ next: page.next, olderFrom: page.olderFrom }),
      page_count: eb('page_count', '+', added.pages),
      item_count: eb('item_count', '+', added.items),
      new_count: eb('new_count', '+', added.new),
      relevant_count: eb('relevant_count', '+', added.relevant),
      flagged_count: eb('flagged_count', '+', added.flagged),
      updated_at: at,
      ...(page.oldest ? { reached_at: sql<string>`coalesce(min(reached_at, ${page.oldest.toISOString()}), ${page.oldest.toISOString()})` } : {}),
      ...(page.next === null ? { state: 'done' as const, finished_at: at } : {}),
    }))
    .where('source_id', '=', sourceId)
    .execute()
}

/** Ends a walk begun with nothing left to read (see beginBackfill). */
export async function finishBackfill(db: Db, sourceId: number, now: Date): Promise<void> {
  await db.updateTable('backfill').set({ state: 'done', updated_at: now.toISOString(), finished_at: now.toISOString() }).where('source_id', '=', sourceId).execute()
}

/** Stops a walk on an error; its cursor stays, so the next run resumes there. */
export async function failBackfill(db: Db, sourceId: number, { error, now }: { error: string; now: Date }): Promise<void> {
  await db.updateTable('backfill').set({ state: 'failed', last_error: error.slice(0, 500), updated_at: now.toISOString() }).where('source_id', '=', sourceId).execute()
}

/**
 * Walks admins started in the bot that the running bot still owes something, after a restart
 * too: unfinished ones (to carry on) and ended ones whose end the admin has not been shown.
 */
export async function findBotBackfills(db: Db): Promise<Backfill[]> {
  // A walk an admin asked for before removing its source is left, as the source is.
  const rows = await db
    .selectFrom('backfill')
    .selectAll()
    .where((eb) => eb.or([eb('state', '=', 'running'), eb('end_shown_at', 'is', null)]))
    .where('chat_id', 'is not', null)
    .where((eb) => eb.exists(eb.selectFrom('source').select('source.id').whereRef('source.id', '=', 'backfill.source_id').where('source.removed_at', 'is', null)))
    .orderBy('started_at')
    .execute()
  return rows.map(toBackfill)
}

/** The admin has seen the walk's end (or Telegram refused it past retrying); a walk begun again since owes its own. */
export async function markBackfillEndShown(db: Db, sourceId: number, now: Date): Promise<void> {
  await db.updateTable('backfill').set({ end_shown_at: now.toISOString() }).where('source_id', '=', sourceId).where('state', '!=', 'running').execute()
}
