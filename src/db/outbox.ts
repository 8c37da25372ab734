import { type ExpressionBuilder, sql, type Transaction } from 'kysely'
import type { Kind, Lang, Sector } from '../classify/types.js'
import type { ArticleVersion } from './articles.js'
import type { Db } from './database.js'
import type { AlertMode, ChatType, Database, TopicType } from './schema.js'
import { parseFilters, type Topic } from './subscriptions.js'

/** Rows per INSERT, well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 400

/** A published article as alert matching sees it; null when it is not published. */
export interface PublishedArticle extends ArticleVersion {
  isBacklog: boolean
  /** When coopwatch published it (confident classification or an admin's approval). */
  statusChangedAt: string
  storyKey: string | null
  contentHash: string
  /** Its labels are an admin's (set or approved by hand), not the classifier's guess. */
  isCurated: boolean
}

/** Works inside the publishing transaction (queueing) and outside it (the check before a waiting alert is sent). */
export async function getPublishedArticle(db: Db, articleId: number): Promise<PublishedArticle | null> {
  const article = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select(['a.title', 'a.body', 'a.published_at', 'a.is_backlog', 'a.story_key', 'a.content_hash', 'c.status', 'c.status_changed_at', 'c.orgs', 'c.sectors', 'c.kind', 'c.curated_by'])
    .where('a.id', '=', articleId)
    .executeTakeFirst()
  if (!article || article.status !== 'published') return null
  const partners = await db.selectFrom('article_partner').select('country').where('article_id', '=', articleId).execute()
  return {
    isBacklog: article.is_backlog === 1,
    publishedAt: article.published_at,
    statusChangedAt: article.status_changed_at,
    storyKey: article.story_key,
    contentHash: article.content_hash,
    isCurated: article.curated_by !== null,
    title: article.title,
    body: article.body,
    partners: partners.map((p) => p.country),
    orgs: JSON.parse(article.orgs) as string[],
    sectors: JSON.parse(article.sectors) as string[],
    kind: article.kind,
  }
}

export interface CandidateSubscription {
  chatId: number
  threadId: number
  topicType: TopicType
  topicValue: string
  /** The narrowing: a sector the item must also have, kinds it must be one of. */
  filters: Pick<Topic, 'sector' | 'kinds'>
  createdAt: string
  alertMode: AlertMode
}

/**
 * Active subscribers' subscriptions (only those of one chat and forum topic, given `destination`)
 * that may cover an item with these labels: every 'all' and 'keyword' one (the keyword is matched
 * by the caller), and the matching sectors, countries and organisations.
 */
export async function findCandidateSubscriptions(
  db: Db,
  labels: { partners: readonly string[]; orgs: readonly string[]; sectors: readonly string[] },
  destination?: { chatId: number; threadId: number },
): Promise<CandidateSubscription[]> {
  let query = db
    .selectFrom('subscription as s')
    .innerJoin('subscriber as b', 'b.chat_id', 's.chat_id')
    .select(['s.chat_id', 's.message_thread_id', 's.topic_type', 's.topic_value', 's.sector_filter', 's.kind_filter', 's.created_at', 'b.alert_mode'])
    .where('b.is_active', '=', 1)
    .where((eb) =>
      eb.or([
        eb('s.topic_type', 'in', ['all', 'keyword']),
        eb.and([eb('s.topic_type', '=', 'sector'), eb('s.topic_value', 'in', labels.sectors.length > 0 ? labels.sectors : [''])]),
        eb.and([eb('s.topic_type', '=', 'country'), eb('s.topic_value', 'in', labels.partners.length > 0 ? labels.partners : [''])]),
        eb.and([eb('s.topic_type', '=', 'org'), eb('s.topic_value', 'in', labels.orgs.length > 0 ? labels.orgs : [''])]),
      ]),
    )
  if (destination) query = query.where('s.chat_id', '=', destination.chatId).where('s.message_thread_id', '=', destination.threadId)
  const rows = await query.execute()
  return rows.map((r) => ({
    chatId: r.chat_id,
    threadId: r.message_thread_id,
    topicType: r.topic_type,
    topicValue: r.topic_value,
    filters: parseFilters(r.sector_filter, r.kind_filter),
    createdAt: r.created_at,
    alertMode: r.alert_mode,
  }))
}

/** Whether article `a` tells the same story: the same text, or the same story key when there is one. */
function isSameStory(eb: ExpressionBuilder<Database & { a: Database['article'] }, 'a'>, story: { contentHash: string; storyKey: string | null }) {
  return eb.or([eb('a.content_hash', '=', story.contentHash), ...(story.storyKey ? [eb('a.story_key', '=', story.storyKey)] : [])])
}

/**
 * Whether classification `c` is published, in a query that finds a story's copies (isSameStory):
 * the unary plus keeps SQLite from walking every published item by status (several ms a query in
 * an archive of 20,000) rather than the story's few copies by their text and story key indexes.
 */
function isPublishedCopy(eb: ExpressionBuilder<Database & { c: Database['classification'] }, 'c'>) {
  return eb(sql<string>`+${sql.ref('c.status')}`, '=', 'published')
}

/** Two sources rarely carry one story more than a week apart; older alerts no longer suppress, nor does an older ruling hold. */
export const STORY_WINDOW_MS = 7 * 24 * 3_600_000

/** The labels an admin set on a copy of a story: its partners, organisations, sectors and kind. */
export interface StoryRuling {
  partners: string[]
  orgs: string[]
  sectors: Sector[]
  kind: Kind | null
}

/** A published copy of a story, as the ruling that holds for it is looked for. */
export interface StoryCopy {
  articleId: number
  contentHash: string
  storyKey: string | null
  publishedAt: string
  /** Its own labels are an admin's: no other copy's ruling holds for it. */
  isCurated: boolean
}

/**
 * The other published copy of the story whose admin's labels hold for `copy`, which carries only
 * the classifier's guess: the one curated last (when several were) among those dated
 * within the story window before it (anchored to the copy, not the clock, so an alert is judged
 * alike when queued and when checked a day later). Null when the copy is curated itself, or none is.
 */
async function findRulingCopy(db: Db, copy: StoryCopy): Promise<{ id: number; orgs: string; sectors: string; kind: Kind | null } | null> {
  if (copy.isCurated) return null
  const ruling = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select(['a.id', 'c.orgs', 'c.sectors', 'c.kind'])
    .where('a.id', '!=', copy.articleId)
    .where(isPublishedCopy)
    .where('c.curated_by', 'is not', null)
    .where('a.published_at', '>=', new Date(Date.parse(copy.publishedAt) - STORY_WINDOW_MS).toISOString())
    .where((eb) => isSameStory(eb, copy))
    .orderBy('c.curated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return ruling ?? null
}

/** The admin's labels that hold for a copy of a story (findRulingCopy); null when its alerts are matched by its own. */
export async function findStoryRuling(db: Db, copy: StoryCopy): Promise<StoryRuling | null> {
  const ruled = await findRulingCopy(db, copy)
  if (!ruled) return null
  const partners = await db.selectFrom('article_partner').select('country').where('article_id', '=', ruled.id).orderBy('country').execute()
  return { partners: partners.map((p) => p.country), orgs: JSON.parse(ruled.orgs) as string[], sectors: JSON.parse(ruled.sectors) as Sector[], kind: ruled.kind }
}

/**
 * The other published copies of `articleId`'s story that its labels rule now: those for which it
 * is the copy findStoryRuling reads (none unless it is published with an admin's labels).
 */
export async function findRuledCopies(db: Db, articleId: number): Promise<number[]> {
  const ruled: number[] = []
  for (const copy of await readStoryCopies(db, articleId)) if ((await findRulingCopy(db, copy))?.id === articleId) ruled.push(copy.articleId)
  return ruled
}

/**
 * Where an item stands as its alerts are judged: it moves whenever its text, labels or status may
 * have changed (ingest rewrites a changed article, updated_at; every admin action writes its audit
 * entry in the same transaction) and whenever an admin acts on another copy of its story, whose
 * ruling holds for it (findStoryRuling). Only compared for equality.
 */
export type AlertRevision = string

/** The current revision of each stored item among `ids`: one query, a few index lookups an item. */
export async function readAlertRevisions(db: Db, ids: readonly number[]): Promise<Map<number, AlertRevision>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('article as a')
    .select([
      'a.id',
      'a.updated_at',
      (eb) =>
        eb
          .selectFrom('audit_log as l')
          .where('l.article_id', 'in', (copies) =>
            copies
              .selectFrom('article as s')
              .select('s.id')
              .where((s) => s.or([s('s.content_hash', '=', s.ref('a.content_hash')), s('s.story_key', '=', s.ref('a.story_key'))])),
          )
          .select((e) => e.fn.max<number>('l.id').as('id'))
          .as('last_audit_id'),
    ])
    .where('a.id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, `${r.updated_at}#${r.last_audit_id ?? 0}`]))
}

/** A chat and forum topic told a story, or being told it, by the alert of `articleId`. */
export interface StoryDestination {
  chatId: number
  threadId: number
  articleId: number
}

/**
 * An alert that tells its chat the story, sent or on its way, queued or sent since `since`: one an
 * undo queued again keeps the date it was first queued (insertAlerts), up to the 72 hours an item
 * may alert after it is published, yet told the chat when it was sent.
 */
function isTellingSince(eb: ExpressionBuilder<Database & { o: Database['alert_outbox'] }, 'o'>, since: string) {
  return eb.and([eb('o.state', 'in', ['pending', 'sending', 'sent']), eb.or([eb('o.created_at', '>=', since), eb('o.sent_at', '>=', since)])])
}

/**
 * Chats and topics alerted since `since` to another article with the same text or story: sent, or
 * on its way; or to the article this one was held back as a repeat of (recordRepeats), whatever its
 * story key and text are now. An alert given up on or left unsent (the chat had blocked the bot,
 * the item was withdrawn) told the chat nothing, so another source's copy of the story still may.
 */
export async function findStoryDestinations(
  trx: Transaction<Database>,
  story: { articleId: number; contentHash: string; storyKey: string | null; since: Date },
): Promise<StoryDestination[]> {
  const since = story.since.toISOString()
  const alerted = await trx
    .selectFrom('alert_outbox as o')
    .innerJoin('article as a', 'a.id', 'o.article_id')
    .select(['o.chat_id', 'o.message_thread_id', 'o.article_id'])
    .where('o.article_id', '!=', story.articleId)
    .where((eb) => isTellingSince(eb, since))
    .where((eb) => isSameStory(eb, story))
    .execute()
  const repeated = await trx
    .selectFrom('alert_repeat as r')
    .innerJoin('alert_outbox as o', (join) =>
      join.onRef('o.article_id', '=', 'r.repeat_of_article_id').onRef('o.chat_id', '=', 'r.chat_id').onRef('o.message_thread_id', '=', 'r.message_thread_id'),
    )
    .select(['o.chat_id', 'o.message_thread_id', 'o.article_id'])
    .where('r.article_id', '=', story.articleId)
    .where((eb) => isTellingSince(eb, since))
    .execute()
  return [...alerted, ...repeated].map((r) => ({ chatId: r.chat_id, threadId: r.message_thread_id, articleId: r.article_id }))
}

/** Records the chats and topics `articleId`'s alert was held back from, as repeats of the story another article's alert told them. */
export async function recordRepeats(trx: Transaction<Database>, articleId: number, repeats: readonly StoryDestination[], now: Date): Promise<void> {
  const rows = repeats.map((r) => ({ article_id: articleId, chat_id: r.chatId, message_thread_id: r.threadId, repeat_of_article_id: r.articleId, created_at: now.toISOString() }))
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('alert_repeat')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc.columns(['article_id', 'chat_id', 'message_thread_id']).doUpdateSet((eb) => ({ repeat_of_article_id: eb.ref('excluded.repeat_of_article_id'), created_at: eb.ref('excluded.created_at') })),
      )
      .execute()
  }
}

/** The other published articles with the same text or story as `articleId` (other sources' copies), in the order they were stored. */
async function readStoryCopies(db: Db, articleId: number): Promise<StoryCopy[]> {
  const article = await db.selectFrom('article').select(['content_hash', 'story_key']).where('id', '=', articleId).executeTakeFirst()
  if (!article) return []
  const rows = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select(['a.id', 'a.content_hash', 'a.story_key', 'a.published_at', 'c.curated_by'])
    .where('a.id', '!=', articleId)
    .where(isPublishedCopy)
    .where((eb) => isSameStory(eb, { contentHash: article.content_hash, storyKey: article.story_key }))
    .orderBy('a.id')
    .execute()
  return rows.map((r) => ({ articleId: r.id, contentHash: r.content_hash, storyKey: r.story_key, publishedAt: r.published_at, isCurated: r.curated_by !== null }))
}

/**
 * The other published articles with the same text or story as `articleId` (other sources' copies):
 * when its alert to a chat is withdrawn, the chat is owed the story through one of them.
 */
export async function findStoryCopies(db: Db, articleId: number): Promise<number[]> {
  return (await readStoryCopies(db, articleId)).map((copy) => copy.articleId)
}

/** Why a queued alert was left unsent because an admin changed its item (markAlertsSkipped's reasons start so). */
export const WITHDRAWN_PREFIX = 'withdrawn: '

/**
 * Queues one outbox row per destination, due and queued now. An existing row is left as it is, unless it
 * was withdrawn (its item unpublished or relabelled while it waited) and the item alerts this
 * destination again (relabelled back, the change undone): that row is queued anew, due now, every
 * trace of its withdrawn tries cleared (/stats counts a row's last attempt, the sender its attempts
 * and first attempt), but still dated when it was first queued: a digest it was owed to and that
 * has not gone out yet (told to wait, say) still carries it (isOwedToDigest), instead of the next
 * day's. Returns the ids of the rows added or queued anew.
 */
export async function insertAlerts(
  trx: Transaction<Database>,
  articleId: number,
  destinations: readonly { chatId: number; threadId: number; delivery: AlertMode }[],
  now: Date,
): Promise<number[]> {
  const at = now.toISOString()
  const rows = destinations.map((d) => ({
    article_id: articleId,
    chat_id: d.chatId,
    message_thread_id: d.threadId,
    delivery: d.delivery,
    next_attempt_at: at,
    created_at: at,
  }))
  const added: number[] = []
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const result = await trx
      .insertInto('alert_outbox')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc
          .columns(['article_id', 'chat_id', 'message_thread_id'])
          .doUpdateSet((eb) => ({
            state: 'pending',
            delivery: eb.ref('excluded.delivery'),
            attempts: 0,
            last_error: null,
            next_attempt_at: eb.ref('excluded.next_attempt_at'),
            first_attempt_at: null,
            last_attempt_at: null,
            sent_at: null,
            telegram_message_id: null,
          }))
          .where('alert_outbox.state', '=', 'skipped')
          .where('alert_outbox.last_error', 'like', `${WITHDRAWN_PREFIX}%`),
      )
      .returning('id')
      .execute()
    added.push(...result.map((r) => r.id))
  }
  return added
}

/**
 * Dates the alerts of the story's copies `copyIds` still waiting for the chats and forum topics of
 * `withdrawn` (alerts of another copy, withdrawn as these were queued in their place) as those were
 * queued, when that was earlier: a digest owed the withdrawn alert and not gone out yet (told to
 * wait, say) carries its copy instead (isOwedToDigest), not the next day's.
 */
export async function dateAlertsInPlace(trx: Transaction<Database>, copyIds: readonly number[], withdrawn: readonly { chatId: number; threadId: number; queuedAt: string }[]): Promise<void> {
  if (copyIds.length === 0) return
  for (const alert of withdrawn) {
    await trx
      .updateTable('alert_outbox')
      .set({ created_at: alert.queuedAt })
      .where('article_id', 'in', copyIds)
      .where('chat_id', '=', alert.chatId)
      .where('message_thread_id', '=', alert.threadId)
      .where('state', '=', 'pending')
      .where('first_attempt_at', 'is', null)
      .where('created_at', '>', alert.queuedAt)
      .execute()
  }
}

/** An outbox row as the sender needs it. */
export interface DueAlert {
  id: number
  articleId: number
  chatId: number
  messageThreadId: number
  chatType: ChatType
  language: Lang | null
  attempts: number
}

/**
 * For each chat, its oldest due instant alert among the oldest waiting one of each of its forum
 * topics (thread 0: the chat's), oldest first, for active subscribers: one row per chat, so one
 * busy chat never hides the others; a topic's alerts go in order, one backing off after a failure
 * holding back only that topic's later ones. A chat told to wait (429) has none due until its hold
 * ends, those queued during the wait included; nor has a chat with an alert claimed and not yet
 * answered. Due means pending and past its next attempt, or left in 'sending' after its claim
 * lease ran out (the process died mid-send).
 */
export async function findDueAlerts(db: Db, now: Date, limit: number): Promise<DueAlert[]> {
  const iso = now.toISOString()
  const rows = await db
    .selectFrom('alert_outbox as o')
    .innerJoin('subscriber as b', 'b.chat_id', 'o.chat_id')
    .select(['o.id', 'o.article_id', 'o.chat_id', 'o.message_thread_id', 'o.attempts', 'b.chat_type', 'b.language'])
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('alert_outbox as h')
        .select((e) => e.fn.min<number>('h.id').as('id'))
        .where('h.id', 'in', (heads) =>
          heads
            .selectFrom('alert_outbox')
            .select((e) => e.fn.min<number>('id').as('id'))
            .where('state', 'in', ['pending', 'sending'])
            .where('delivery', '=', 'instant')
            .groupBy(['chat_id', 'message_thread_id']),
        )
        .where('h.next_attempt_at', '<=', iso)
        .groupBy('h.chat_id'),
    )
    .where('b.is_active', '=', 1)
    .where('b.send_hold_until', '<=', iso)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('alert_outbox as c')
            .select('c.id')
            .whereRef('c.chat_id', '=', 'o.chat_id')
            .where('c.delivery', '=', 'instant')
            .where('c.state', '=', 'sending')
            .where('c.next_attempt_at', '>', iso),
        ),
      ),
    )
    .orderBy('o.id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    chatId: r.chat_id,
    messageThreadId: r.message_thread_id,
    chatType: r.chat_type,
    language: r.language,
    attempts: r.attempts,
  }))
}

/** The columns a claim sets: state 'sending', one more attempt, when it was tried (and first tried), leased until `leaseUntil`. */
export function buildClaimUpdate(eb: ExpressionBuilder<Database, 'alert_outbox'>, now: Date, leaseUntil: Date) {
  const at = now.toISOString()
  return {
    state: 'sending' as const,
    attempts: eb('attempts', '+', 1),
    last_attempt_at: at,
    first_attempt_at: eb.fn.coalesce('first_attempt_at', eb.val(at)),
    next_attempt_at: leaseUntil.toISOString(),
  }
}

/**
 * Claims rows for sending — state 'sending', attempts + 1, leased until `leaseUntil` — before
 * the Telegram call. Only rows still claimable are taken (pending, or 'sending' with an expired
 * lease); returns the ids actually claimed.
 */
export async function claimAlerts(db: Db, ids: readonly number[], now: Date, leaseUntil: Date): Promise<number[]> {
  if (ids.length === 0) return []
  const rows = await db
    .updateTable('alert_outbox')
    .set((eb) => buildClaimUpdate(eb, now, leaseUntil))
    .where('id', 'in', ids)
    .where('state', 'in', ['pending', 'sending'])
    .where('next_attempt_at', '<=', now.toISOString())
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Marks rows delivered, right after Telegram's answer. */
export async function markAlertsSent(db: Db, ids: readonly number[], telegramMessageId: number, now: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('alert_outbox')
    .set({ state: 'sent', telegram_message_id: telegramMessageId, sent_at: now.toISOString(), last_error: null })
    .where('id', 'in', ids)
    .execute()
}

/** Puts claimed rows back in the queue, due at `nextAttemptAt`. */
export async function markAlertsRetry(db: Db, ids: readonly number[], error: string, nextAttemptAt: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('alert_outbox')
    .set({ state: 'pending', last_error: error, next_attempt_at: nextAttemptAt.toISOString() })
    .where('id', 'in', ids)
    .execute()
}

/**
 * Gives claimed rows back to the queue, due at `nextAttemptAt`, their claim's attempt undone: they
 * were never tried (a digest stopped before their forum topic's turn, a send that found its chat
 * held), or Telegram told the chat to wait (429, its answer kept as `error`) — pacing the chat,
 * not the row failing, so it does not bring the row nearer to being given up on.
 */
export async function releaseClaimedAlerts(db: Db, ids: readonly number[], nextAttemptAt: Date, error?: string): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('alert_outbox')
    .set((eb) => ({ state: 'pending', attempts: eb('attempts', '-', 1), next_attempt_at: nextAttemptAt.toISOString(), ...(error === undefined ? {} : { last_error: error }) }))
    .where('id', 'in', ids)
    .where('state', '=', 'sending')
    .execute()
}

/**
 * Gives up on claimed rows first tried before `firstAttemptBefore` (Telegram told their chat to wait
 * past the budget of waits), keeping `error`; returns the ids given up on, the others left as they are.
 */
export async function failAlertsWaitingSince(db: Db, ids: readonly number[], firstAttemptBefore: Date, error: string): Promise<number[]> {
  if (ids.length === 0) return []
  const rows = await db
    .updateTable('alert_outbox')
    .set({ state: 'failed', last_error: error })
    .where('id', 'in', ids)
    .where('state', '=', 'sending')
    .where('first_attempt_at', '<', firstAttemptBefore.toISOString())
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Gives up on rows, keeping Telegram's description. */
export async function markAlertsFailed(db: Db, ids: readonly number[], error: string): Promise<void> {
  if (ids.length === 0) return
  await db.updateTable('alert_outbox').set({ state: 'failed', last_error: error }).where('id', 'in', ids).execute()
}

/** Leaves rows unsent on purpose (their item was withdrawn since they were queued), saying why. */
export async function markAlertsSkipped(db: Db, ids: readonly number[], reason: string): Promise<void> {
  if (ids.length === 0) return
  await db.updateTable('alert_outbox').set({ state: 'skipped', last_error: reason }).where('id', 'in', ids).execute()
}

/**
 * Rows left in 'sending' by a process that died between claiming and marking: due again now.
 * Called once when the sender starts. Of these, the messages that were on the wire (at most the
 * pacer's window) may have reached Telegram already and arrive twice; the others never left.
 */
export async function recoverInterruptedAlerts(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('alert_outbox')
    .set({ state: 'pending', next_attempt_at: now.toISOString() })
    .where('state', '=', 'sending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export interface OutboxCounts {
  /** Waiting now (pending or being sent), instant and digest together. */
  pending: number
  /** Delivered since `since`. */
  sent: number
  /** Given up on (or skipped for a chat gone) since `since`. */
  failed: number
  /** Left unsent on purpose since `since`: their item was withdrawn or relabelled away from the chat while they waited (WITHDRAWN_PREFIX). */
  withdrawn: number
}

/** The alert queue for admins' /stats: what waits now, what was sent, failed and withdrawn since `since`. */
export async function countOutboxByState(db: Db, since: Date): Promise<OutboxCounts> {
  const iso = since.toISOString()
  // A withdrawn row was claimed before the check that withdrew it, so it carries a last attempt too: not a failure.
  const withdrawnPattern = `${WITHDRAWN_PREFIX}%`
  const row = await db
    .selectFrom('alert_outbox')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('state', 'in', ['pending', 'sending']).as('pending'),
      eb.fn.countAll<number>().filterWhere((f) => f.and([f('state', '=', 'sent'), f('sent_at', '>=', iso)])).as('sent'),
      eb.fn
        .countAll<number>()
        .filterWhere((f) =>
          f.and([
            f('last_attempt_at', '>=', iso),
            f.or([f('state', '=', 'failed'), f.and([f('state', '=', 'skipped'), f.or([f('last_error', 'is', null), f('last_error', 'not like', withdrawnPattern)])])]),
          ]),
        )
        .as('failed'),
      eb.fn
        .countAll<number>()
        .filterWhere((f) => f.and([f('state', '=', 'skipped'), f('last_error', 'like', withdrawnPattern), f('last_attempt_at', '>=', iso)]))
        .as('withdrawn'),
    ])
    .executeTakeFirstOrThrow()
  return { pending: Number(row.pending), sent: Number(row.sent), failed: Number(row.failed), withdrawn: Number(row.withdrawn) }
}

/** Deletes finished rows, and records of repeats, created before `before` (they no longer suppress repeats of a story). */
export async function pruneFinishedAlerts(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('alert_outbox')
    .where('state', 'in', ['sent', 'failed', 'skipped'])
    .where('created_at', '<', before.toISOString())
    .executeTakeFirst()
  await db.deleteFrom('alert_repeat').where('created_at', '<', before.toISOString()).execute()
  return Number(result.numDeletedRows)
}
