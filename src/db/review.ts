import type { Transaction } from 'kysely'
import type { Kind, Sector } from '../classify/types.js'
import { type AuditAction, getAuditEntry, recordAudit, UNDOABLE_ACTIONS } from './audit.js'
import type { Db } from './database.js'
import { dateAlertsInPlace, findRuledCopies, findStoryCopies } from './outbox.js'
import { getItemsByIds, type ItemView } from './items.js'
import type { ArticleStatus, Database } from './schema.js'

type Trx = Transaction<Database>

/** An item's labels and status as the audit log keeps them, before and after an action. */
export interface LabelSnapshot {
  status: ArticleStatus
  relevant: boolean
  kind: Kind | null
  partners: string[]
  orgs: string[]
  sectors: Sector[]
}

/** A flagged item with what an admin needs to judge it, and its place in the queue. */
export interface ReviewItem {
  item: ItemView
  /** The start of the extracted text. */
  excerpt: string
  /** The phrases that decided the classifier's label. */
  evidence: string[]
  /** The admin who last set the labels by hand (they are no longer the classifier's guess); null if none did. */
  curatedBy: number | null
  /** 1-based place in the queue, and the queue's length; null when the item is no longer flagged. */
  position: number | null
  total: number
  /** The item's last audit entry (0 for none): what the card's Approve and Reject expect to find still (`CurationInput.expectedRevision`). */
  revision: number
}

const EXCERPT_CHARS = 1_200

/** The review queue's order: newest first, so approvals still alert while the news is fresh. */
async function queueKey(db: Db, articleId: number): Promise<{ publishedAt: string; id: number } | null> {
  const row = await db.selectFrom('article').select(['id', 'published_at']).where('id', '=', articleId).executeTakeFirst()
  return row ? { publishedAt: row.published_at, id: row.id } : null
}

function flaggedQuery(db: Db) {
  return db
    .selectFrom('classification as c')
    .innerJoin('article as a', 'a.id', 'c.article_id')
    .where('c.status', '=', 'flagged')
}

export async function countFlagged(db: Db): Promise<number> {
  const { n } = await flaggedQuery(db).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}

/**
 * The next flagged item in queue order after `afterId` (the first when none is given), wrapping
 * round to the start; null when nothing is flagged.
 */
export async function findNextFlagged(db: Db, afterId?: number): Promise<number | null> {
  const key = afterId === undefined ? null : await queueKey(db, afterId)
  if (key) {
    const next = await flaggedQuery(db)
      .select('a.id')
      .where((eb) => eb.or([eb('a.published_at', '<', key.publishedAt), eb.and([eb('a.published_at', '=', key.publishedAt), eb('a.id', '<', key.id)])]))
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (next) return next.id
  }
  const first = await flaggedQuery(db).select('a.id').orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(1).executeTakeFirst()
  return first?.id ?? null
}

export async function getReviewItem(db: Db, articleId: number): Promise<ReviewItem | null> {
  const [item] = await getItemsByIds(db, [articleId])
  if (!item) return null
  const extra = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select([(eb) => eb.fn<string>('substr', ['a.body', eb.val(1), eb.val(EXCERPT_CHARS)]).as('excerpt'), 'c.evidence', 'c.curated_by'])
    .where('a.id', '=', articleId)
    .executeTakeFirstOrThrow()
  const total = await countFlagged(db)
  let position: number | null = null
  if (item.status === 'flagged') {
    const { n } = await flaggedQuery(db)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('a.published_at', '>', item.publishedAt), eb.and([eb('a.published_at', '=', item.publishedAt), eb('a.id', '>', item.id)])]))
      .executeTakeFirstOrThrow()
    position = Number(n) + 1
  }
  return { item, excerpt: extra.excerpt, evidence: parseStringArray(extra.evidence), curatedBy: extra.curated_by, position, total, revision: await lastAuditId(db, articleId) }
}

/** The id of the newest audit entry on an item (any admin action, undo included), 0 for none. */
async function lastAuditId(db: Trx | Db, articleId: number): Promise<number> {
  const row = await db.selectFrom('audit_log').select((eb) => eb.fn.max<number>('id').as('id')).where('article_id', '=', articleId).executeTakeFirst()
  return row?.id ?? 0
}

function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

async function readSnapshot(trx: Trx | Db, articleId: number): Promise<(LabelSnapshot & { publishedAt: string }) | null> {
  const row = await trx
    .selectFrom('classification as c')
    .innerJoin('article as a', 'a.id', 'c.article_id')
    .select(['c.status', 'c.is_relevant', 'c.kind', 'c.orgs', 'c.sectors', 'a.published_at'])
    .where('c.article_id', '=', articleId)
    .executeTakeFirst()
  if (!row) return null
  const partners = await trx.selectFrom('article_partner').select('country').where('article_id', '=', articleId).orderBy('country').execute()
  return {
    status: row.status,
    relevant: row.is_relevant === 1,
    kind: row.kind,
    partners: partners.map((p) => p.country),
    orgs: parseStringArray(row.orgs),
    sectors: parseStringArray(row.sectors) as Sector[],
    publishedAt: row.published_at,
  }
}

function snapshotOf(s: LabelSnapshot): LabelSnapshot {
  return { status: s.status, relevant: s.relevant, kind: s.kind, partners: [...s.partners].sort(), orgs: s.orgs, sectors: s.sectors }
}

function isSameSnapshot(a: LabelSnapshot, b: LabelSnapshot): boolean {
  return JSON.stringify(snapshotOf(a)) === JSON.stringify(snapshotOf(b))
}

/** Who set an item's labels and when: an admin, or nobody (the classifier's own). */
interface Curator {
  by: number | null
  at: string | null
}

async function writeSnapshot(trx: Trx, articleId: number, previous: LabelSnapshot & { publishedAt: string }, next: LabelSnapshot, curator: Curator, now: Date): Promise<void> {
  const at = now.toISOString()
  await trx
    .updateTable('classification')
    .set({
      status: next.status,
      is_relevant: next.relevant ? 1 : 0,
      kind: next.kind,
      orgs: JSON.stringify(next.orgs),
      sectors: JSON.stringify(next.sectors),
      curated_by: curator.by,
      curated_at: curator.at,
      ...(next.status === previous.status ? {} : { status_changed_at: at }),
    })
    .where('article_id', '=', articleId)
    .execute()
  if (JSON.stringify([...next.partners].sort()) !== JSON.stringify(previous.partners)) {
    await trx.deleteFrom('article_partner').where('article_id', '=', articleId).execute()
    if (next.partners.length > 0) {
      await trx
        .insertInto('article_partner')
        .values([...new Set(next.partners)].map((country) => ({ article_id: articleId, country, status: next.status, published_at: previous.publishedAt })))
        .execute()
    }
  }
}

export type CurationResult =
  | {
      ok: true
      auditId: number
      before: LabelSnapshot
      after: LabelSnapshot
      alertsQueued: number
      /** The story's other published copies (other sources') whose alerts the item's labels now rule (findRuledCopies): none while it is not published. */
      ruledCopies: number
    }
  | { ok: false; reason: 'not-found' | 'not-flagged' | 'no-kind' | 'rejected' | 'changed'; status?: ArticleStatus }

export interface CurationInput {
  articleId: number
  adminId: number
  now: Date
  /** The item's last audit entry as the admin saw it (ReviewItem.revision): another admin's action since refuses this one ('changed'). */
  expectedRevision?: number
}

async function curate(
  db: Db,
  { articleId, adminId, now, expectedRevision }: CurationInput,
  action: AuditAction,
  change: (current: LabelSnapshot) => LabelSnapshot | CurationResult,
  enqueueAlerts?: QueueAlerts,
): Promise<CurationResult> {
  return db.transaction().execute(async (trx) => {
    const current = await readSnapshot(trx, articleId)
    if (!current) return { ok: false, reason: 'not-found' }
    const next = change(current)
    if ('ok' in next) return next
    if (expectedRevision !== undefined && (await lastAuditId(trx, articleId)) !== expectedRevision) return { ok: false, reason: 'changed' }
    const before = snapshotOf(current)
    const after = snapshotOf(next)
    await writeSnapshot(trx, articleId, current, after, { by: adminId, at: now.toISOString() }, now)
    const { item, copies } = enqueueAlerts ? await queueStoryAlerts(trx, articleId, enqueueAlerts) : { item: 0, copies: 0 }
    const auditId = await recordAudit(trx, { adminId, action, articleId, before, after, now })
    return { ok: true, auditId, before, after, alertsQueued: item + copies, ruledCopies: (await findRuledCopies(trx, articleId)).length }
  })
}

/** `enqueueAlerts` (alerts/enqueue) as the caller's policy sets it: db/ does not import alerts/. */
type QueueAlerts = (trx: Trx, articleId: number) => Promise<number>

/** The alerts an admin's action queued, the item's and its copies'. */
interface StoryAlerts {
  item: number
  copies: number
}

/**
 * Runs `enqueueAlerts` for an item an admin just set the labels of, then for its story's other
 * copies: an admin's labels on a published copy rule how its copies alert (findRuledCopies), so
 * setting or undoing them may make a copy due for a chat the item cannot reach (subscribed after
 * it was published, a keyword in the copy's text). The item goes first: a chat it reaches has the
 * story from it, the copies held back as repeats.
 */
async function queueStoryAlerts(trx: Trx, articleId: number, enqueueAlerts: QueueAlerts): Promise<StoryAlerts> {
  const item = await enqueueAlerts(trx, articleId)
  let copies = 0
  for (const copyId of await findStoryCopies(trx, articleId)) copies += await enqueueAlerts(trx, copyId)
  return { item, copies }
}

/**
 * Publishes a flagged item and runs `enqueueAlerts` (alerts/enqueue) in the same transaction,
 * so an approved item is never left without its alerts (nor alerts without a published item);
 * its story's other copies' too (queueStoryAlerts).
 */
export async function approveItem(db: Db, input: CurationInput, enqueueAlerts: QueueAlerts): Promise<CurationResult> {
  return curate(
    db,
    input,
    'approve',
    (current) => {
      if (current.status !== 'flagged') return { ok: false, reason: 'not-flagged', status: current.status }
      if (current.kind === null) return { ok: false, reason: 'no-kind' }
      return { ...current, status: 'published', relevant: true }
    },
    enqueueAlerts,
  )
}

/**
 * Whether the admin's approve or reject of a card found refused is the same admin's own press of the same button
 * again (a double tap): the only action on the item since the card's revision is theirs, and that one.
 */
export async function isRepeatedDecision(db: Db, { articleId, adminId, action, expectedRevision }: { articleId: number; adminId: number; action: 'approve' | 'reject'; expectedRevision: number | undefined }): Promise<boolean> {
  if (expectedRevision === undefined) return false
  const since = await db.selectFrom('audit_log').select(['admin_id', 'action']).where('article_id', '=', articleId).where('id', '>', expectedRevision).limit(2).execute()
  return since.length === 1 && since[0]!.admin_id === adminId && since[0]!.action === action
}

/** Hides a flagged item from every list (and from alerts). */
export async function rejectItem(db: Db, input: CurationInput): Promise<CurationResult> {
  return curate(db, input, 'reject', (current) => {
    if (current.status !== 'flagged') return { ok: false, reason: 'not-flagged', status: current.status }
    return { ...current, status: 'rejected' }
  })
}

/**
 * An admin's edit of an item's labels; the status stays as it is. An item another admin
 * published meanwhile goes through `enqueueAlerts` again, in the same transaction, so the
 * subscribers it now matches hear of it too (those already queued keep their row).
 */
function editLabels(db: Db, input: CurationInput, action: AuditAction, edit: (current: LabelSnapshot) => LabelSnapshot, enqueueAlerts: QueueAlerts): Promise<CurationResult> {
  return curate(db, input, action, (current) => (current.status === 'rejected' ? { ok: false, reason: 'rejected' } : edit(current)), enqueueAlerts)
}

/** Sets the partner countries (alpha-2). */
export async function setItemPartners(db: Db, input: CurationInput & { partners: readonly string[] }, enqueueAlerts: QueueAlerts): Promise<CurationResult> {
  return editLabels(db, input, 'edit-partners', (current) => ({ ...current, partners: [...new Set(input.partners)].sort() }), enqueueAlerts)
}

/** Sets the kind, which makes the item relevant. */
export async function setItemKind(db: Db, input: CurationInput & { kind: Kind }, enqueueAlerts: QueueAlerts): Promise<CurationResult> {
  return editLabels(db, input, 'edit-kind', (current) => ({ ...current, kind: input.kind, relevant: true }), enqueueAlerts)
}

export type UndoResult =
  | {
      ok: true
      auditId: number
      undone: { action: AuditAction; articleId: number }
      before: LabelSnapshot
      after: LabelSnapshot
      alertsWithdrawn: number
      alertsAlreadySent: number
      /** Alerts of the item queued (again) for the chats its restored labels match. */
      alertsQueued: number
      /** Alerts of the story's other copies queued: for chats whose alert of this item was withdrawn, or whose alert of a copy the undone ruling withdrew. */
      storyAlertsQueued: number
    }
  | { ok: false; reason: 'not-found' | 'not-undoable' | 'already-undone' | 'superseded' | 'changed' }

/**
 * Restores the labels an action replaced, from the audit log's `before` snapshot. Only the
 * newest standing action on an item can be undone, and only while the item still looks as
 * that action left it; undoing an approval withdraws the alerts not yet sent (queueing, through
 * `enqueueAlerts`, the story's other copies for the chats they were held back from or that the
 * approval's ruling kept them from), and an undo that
 * leaves the item published runs `enqueueAlerts` (alerts/enqueue) in the same transaction, as an
 * edit does: the chats its restored labels match again get the alerts the change withdrew, and
 * the story's other copies, no longer under the undone ruling, the chats their own labels match.
 */
export async function undoAction(db: Db, { auditId, adminId, now }: { auditId: number; adminId: number; now: Date }, enqueueAlerts: QueueAlerts): Promise<UndoResult> {
  return db.transaction().execute(async (trx): Promise<UndoResult> => {
    const entry = await getAuditEntry<LabelSnapshot>(trx, auditId)
    if (!entry || entry.articleId === null) return { ok: false, reason: 'not-found' }
    if (!UNDOABLE_ACTIONS.includes(entry.action) || !entry.before || !entry.after) return { ok: false, reason: 'not-undoable' }
    if (entry.undoneById !== null) return { ok: false, reason: 'already-undone' }
    const articleId = entry.articleId
    const later = await trx
      .selectFrom('audit_log as l')
      .select('l.id')
      .where('l.article_id', '=', articleId)
      .where('l.id', '>', auditId)
      .where('l.action', '!=', 'undo')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('audit_log as u').select('u.id').whereRef('u.undoes_id', '=', 'l.id'))))
      .limit(1)
      .executeTakeFirst()
    if (later) return { ok: false, reason: 'superseded' }
    const current = await readSnapshot(trx, articleId)
    if (!current) return { ok: false, reason: 'not-found' }
    if (!isSameSnapshot(current, entry.after)) return { ok: false, reason: 'changed' }
    const restored = snapshotOf(entry.before)
    // The labels go back to whoever set them before: the admin of the standing action before this one, or the classifier.
    const earlier = await trx
      .selectFrom('audit_log as l')
      .select(['l.admin_id', 'l.created_at'])
      .where('l.article_id', '=', articleId)
      .where('l.id', '<', auditId)
      .where('l.action', 'in', UNDOABLE_ACTIONS)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('audit_log as u').select('u.id').whereRef('u.undoes_id', '=', 'l.id'))))
      .orderBy('l.id', 'desc')
      .limit(1)
      .executeTakeFirst()
    await writeSnapshot(trx, articleId, current, restored, { by: earlier?.admin_id ?? null, at: earlier?.created_at ?? null }, now)
    let alertsWithdrawn = 0
    let alertsAlreadySent = 0
    let storyAlertsQueued = 0
    if (restored.status !== 'published' && current.status === 'published') {
      // Deleted, not marked: approved again, the item queues its alerts anew (the outbox keeps one row a chat).
      const withdrawn = await trx
        .deleteFrom('alert_outbox')
        .where('article_id', '=', articleId)
        .where('state', '=', 'pending')
        .returning(['chat_id as chatId', 'message_thread_id as threadId', 'created_at as queuedAt'])
        .execute()
      alertsWithdrawn = withdrawn.length
      const sent = await trx
        .selectFrom('alert_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('article_id', '=', articleId)
        .where('state', 'in', ['sent', 'sending'])
        .executeTakeFirstOrThrow()
      alertsAlreadySent = Number(sent.n)
      // The story's other copies, no longer under this item's ruling, go to the chats their own labels
      // match: instead of the alerts withdrawn here, and where the ruling withdrew theirs (even with none withdrawn here).
      const copyIds = await findStoryCopies(trx, articleId)
      for (const copyId of copyIds) storyAlertsQueued += await enqueueAlerts(trx, copyId)
      await dateAlertsInPlace(trx, copyIds, withdrawn)
    }
    let alertsQueued = 0
    if (restored.status === 'published') {
      const queued = await queueStoryAlerts(trx, articleId, enqueueAlerts)
      alertsQueued = queued.item
      storyAlertsQueued += queued.copies
    }
    const before = snapshotOf(current)
    const undoId = await recordAudit(trx, { adminId, action: 'undo', articleId, before, after: restored, now, undoesId: auditId })
    return { ok: true, auditId: undoId, undone: { action: entry.action, articleId }, before, after: restored, alertsWithdrawn, alertsAlreadySent, alertsQueued, storyAlertsQueued }
  })
}

/** Items an admin approved, rejected or relabelled (and did not undo), with their labels as they stand (export-labels). */
export interface CorrectedItem {
  id: number
  url: string
  title: string
  body: string
  lang: string
  labels: LabelSnapshot
}

export async function* iterateCorrectedItems(db: Db, batchSize = 200): AsyncGenerator<CorrectedItem> {
  let lastId = 0
  for (;;) {
    const rows = await db
      .selectFrom('article as a')
      .innerJoin('classification as c', 'c.article_id', 'a.id')
      .select(['a.id', 'a.url', 'a.title', 'a.body', 'a.lang'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('audit_log as l')
            .select('l.id')
            .whereRef('l.article_id', '=', 'a.id')
            .where('l.action', 'in', UNDOABLE_ACTIONS)
            .where((inner) => inner.not(inner.exists(inner.selectFrom('audit_log as u').select('u.id').whereRef('u.undoes_id', '=', 'l.id')))),
        ),
      )
      .where('a.id', '>', lastId)
      .orderBy('a.id')
      .limit(batchSize)
      .execute()
    if (rows.length === 0) return
    for (const row of rows) {
      const labels = await readSnapshot(db, row.id)
      if (labels) yield { ...row, labels: snapshotOf(labels) }
      lastId = row.id
    }
  }
}
