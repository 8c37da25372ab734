import type { Transaction } from 'kysely'
import type { Db } from './database.js'
import type { Database } from './schema.js'

/** What admins do; every one is written to the audit log with snapshots before and after. */
export type AuditAction =
  | 'approve' | 'reject' | 'edit-partners' | 'edit-kind' | 'undo'
  | 'teach-alias' | 'add-source' | 'pause-source' | 'resume-source' | 'remove-source'
  | 'backfill-source'

/** Actions on an item's labels or status that `/review history` can revert. */
export const UNDOABLE_ACTIONS: readonly AuditAction[] = ['approve', 'reject', 'edit-partners', 'edit-kind']

export interface AuditEntry<T = unknown> {
  id: number
  adminId: number
  action: AuditAction
  articleId: number | null
  sourceId: number | null
  before: T | null
  after: T | null
  createdAt: string
  undoesId: number | null
  /** The undo that reverted this action, when there is one. */
  undoneById: number | null
}

export interface NewAuditEntry {
  adminId: number
  action: AuditAction
  articleId?: number | null
  sourceId?: number | null
  before?: unknown
  after?: unknown
  now: Date
  undoesId?: number | null
}

/** Writes one audit entry; runs inside the transaction of the change it records. */
export async function recordAudit(trx: Transaction<Database> | Db, entry: NewAuditEntry): Promise<number> {
  const { id } = await trx
    .insertInto('audit_log')
    .values({
      admin_id: entry.adminId,
      action: entry.action,
      article_id: entry.articleId ?? null,
      source_id: entry.sourceId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      created_at: entry.now.toISOString(),
      undoes_id: entry.undoesId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

function baseQuery(db: Db | Transaction<Database>) {
  return db
    .selectFrom('audit_log as l')
    .select([
      'l.id', 'l.admin_id', 'l.action', 'l.article_id', 'l.source_id', 'l.before', 'l.after', 'l.created_at', 'l.undoes_id',
      (eb) => eb.selectFrom('audit_log as u').whereRef('u.undoes_id', '=', 'l.id').select((e) => e.fn.min<number>('u.id').as('x')).as('undone_by_id'),
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

function toEntry<T>(row: Row): AuditEntry<T> {
  return {
    id: row.id,
    adminId: row.admin_id,
    action: row.action as AuditAction,
    articleId: row.article_id,
    sourceId: row.source_id,
    before: row.before === null ? null : (JSON.parse(row.before) as T),
    after: row.after === null ? null : (JSON.parse(row.after) as T),
    createdAt: row.created_at,
    undoesId: row.undoes_id,
    undoneById: row.undone_by_id ?? null,
  }
}

export async function getAuditEntry<T = unknown>(db: Db | Transaction<Database>, id: number): Promise<AuditEntry<T> | null> {
  const row = await baseQuery(db).where('l.id', '=', id).executeTakeFirst()
  return row ? toEntry<T>(row) : null
}

export interface AuditPage<T = unknown> {
  /** Newest first. */
  entries: AuditEntry<T>[]
  total: number
  /** How many entries are newer than the page's first: where the page stands. */
  newerCount: number
}

export interface AuditPageRequest {
  limit: number
  /** The page after this entry, going older (▶) or newer (◀); the newest page without one. */
  cursor?: { direction: 'older' | 'newer'; id: number } | null
  /** Only the actions on items (for `/review history`). */
  itemsOnly?: boolean
}

/**
 * The audit log newest first, one page by keyset on the entry id: an action taken while an admin
 * pages adds an entry above the page, and moves no line onto the next page or off it.
 */
export async function listAudit<T = unknown>(db: Db, { limit, cursor = null, itemsOnly = false }: AuditPageRequest): Promise<AuditPage<T>> {
  const isNewer = cursor?.direction === 'newer'
  let query = baseQuery(db)
  if (itemsOnly) query = query.where('l.article_id', 'is not', null)
  if (cursor) query = query.where('l.id', isNewer ? '>' : '<', cursor.id)
  const rows = await query.orderBy('l.id', isNewer ? 'asc' : 'desc').limit(limit).execute()
  const entries = (isNewer ? rows.reverse() : rows).map((r) => toEntry<T>(r))
  const count = async (newerThan?: number): Promise<number> => {
    let counted = db.selectFrom('audit_log as l').select((eb) => eb.fn.countAll<number>().as('n'))
    if (itemsOnly) counted = counted.where('l.article_id', 'is not', null)
    if (newerThan !== undefined) counted = counted.where('l.id', '>', newerThan)
    return Number((await counted.executeTakeFirstOrThrow()).n)
  }
  const first = entries[0]
  const [total, newerCount] = await Promise.all([count(), first ? count(first.id) : 0])
  return { entries, total, newerCount }
}
