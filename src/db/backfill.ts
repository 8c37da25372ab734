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

/** A walk back through one source's archive. */
export interface Backfill {
  sourceId: number
  state: BackfillState
  since: Date
  /** The archive reader's position as it stored it; null before the first page. */
  cursor: unknown
  counts: BackfillCounts
  reachedAt: Date | null
  lastError: string | null
  progressMessage: ProgressMessage | null
  startedAt: Date
  updatedAt: Date
  finishedAt: Date | null
}


function parseCursor(json: string | null): unknown {
  if (json === null) return null
  try {
    return JSON.parse(json) as unknown
  } catch {
    return null
  }
}

const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso))

function toBackfill(row: Selectable<BackfillTable>): Backfill {
  return {
    sourceId: row.source_id,
    state: row.state,
    since: new Date(row.since),
    cursor: parseCursor(row.cursor),
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
  const fresh = {
    state: 'running' as const, since: since.toISOString(), cursor: null, page_count: 0, item_count: 0, new_count: 0, relevant_count: 0, flagged_count: 0,
    reached_at: null, last_error: null, started_at: at, updated_at: at, finished_at: null, ...owner,
  }
  const existing = await trx.selectFrom('backfill').select('state').where('source_id', '=', sourceId).executeTakeFirst()
  const row = !existing
    ? await trx.insertInto('backfill').values({ source_id: sourceId, ...fresh }).returningAll().executeTakeFirstOrThrow()
    : await trx
        .updateTable('backfill')
        .set(existing.state === 'done' ? fresh : { state: 'running', since: fresh.since, last_error: null, updated_at: at, finished_at: null, ...owner })
        .where('source_id', '=', sourceId)
        .returningAll()
        .executeTakeFirstOrThrow()
  return toBackfill(row)
}

/**
 * Starts a walk, or resumes the source's unfinished one (running, or stopped by an error)
 * from its cursor with the new `since`. A finished walk is started afresh. The progress
 * message, when given, is where the running bot reports; without one (the command line) the
 * walk belongs to whoever runs it now.
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
 * `cursor` is the next page, or null when the walk is done (its date or the archive's end).
 */
export async function saveBackfillPage(
  trx: Transaction<Database>,
  sourceId: number,
  page: { cursor: unknown; added: BackfillCounts; oldest: Date | null; now: Date },
): Promise<void> {
  const { added } = page
  const at = page.now.toISOString()
  await trx
    .updateTable('backfill')
    .set((eb) => ({
      cursor: page.cursor === null ? null : JSON.stringify(page.cursor),
      page_count: eb('page_count', '+', added.pages),
      item_count: eb('item_count', '+', added.items),
      new_count: eb('new_count', '+', added.new),
      relevant_count: eb('relevant_count', '+', added.relevant),
      flagged_count: eb('flagged_count', '+', added.flagged),
      updated_at: at,
      ...(page.oldest ? { reached_at: sql<string>`coalesce(min(reached_at, ${page.oldest.toISOString()}), ${page.oldest.toISOString()})` } : {}),
      ...(page.cursor === null ? { state: 'done' as const, finished_at: at } : {}),
    }))
    .where('source_id', '=', sourceId)
    .execute()
}

/** Stops a walk on an error; its cursor stays, so the next run resumes there. */
export async function failBackfill(db: Db, sourceId: number, { error, now }: { error: string; now: Date }): Promise<void> {
  await db.updateTable('backfill').set({ state: 'failed', last_error: error.slice(0, 500), updated_at: now.toISOString() }).where('source_id', '=', sourceId).execute()
}

/** Unfinished walks admins started in the bot: the running bot carries them on, after a restart too. */
export async function findBotBackfills(db: Db): Promise<Backfill[]> {
  // A walk an admin asked for before removing its source is left, as the source is.
  const rows = await db
    .selectFrom('backfill')
    .selectAll()
    .where('state', '=', 'running')
    .where('chat_id', 'is not', null)
    .where((eb) => eb.exists(eb.selectFrom('source').select('source.id').whereRef('source.id', '=', 'backfill.source_id').where('source.removed_at', 'is', null)))
    .orderBy('started_at')
    .execute()
  return rows.map(toBackfill)
}
