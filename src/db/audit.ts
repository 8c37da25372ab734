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
  entries: AuditEntry<T>[]
  total: number
}

/** The audit log newest first, optionally only the actions on items (for `/review history`). */
export async function listAudit<T = unknown>(db: Db, { offset, limit, itemsOnly = false }: { offset: number; limit: number; itemsOnly?: boolean }): Promise<AuditPage<T>> {
  let query = baseQuery(db)
  let count = db.selectFrom('audit_log as l').select((eb) => eb.fn.countAll<number>().as('n'))
  if (itemsOnly) {
    query = query.where('l.article_id', 'is not', null)
    count = count.where('l.article_id', 'is not', null)
  }
  const [rows, { n }] = await Promise.all([query.orderBy('l.id', 'desc').offset(offset).limit(limit).execute(), count.executeTakeFirstOrThrow()])
  return { entries: rows.map((r) => toEntry<T>(r)), total: Number(n) }
}
