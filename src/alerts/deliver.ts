import { setMaxListeners } from 'node:events'
import type { Api } from 'grammy'
import type { Lang } from '../classify/types.js'
import type { Translate } from '../telegram/translate.js'
import { classifyTelegramError } from '../telegram/errors.js'
import { whenRequestWritten } from '../telegram/request-written.js'
import { shareKeyboard } from '../telegram/share.js'
import type { AppDeps } from '../deps.js'
import { getChatPreferences } from '../db/chat-preferences.js'
import { claimDigestAlerts, type DigestAlert } from '../db/digests.js'
import { getItemsByIds, type ItemView } from '../db/items.js'
import { type AlertRevision, claimAlerts, type DueAlert, WITHDRAWN_PREFIX, failAlertsWaitingSince, findDueAlerts, markAlertsFailed, markAlertsSkipped, markAlertsRetry, markAlertsSent, readAlertRevisions, releaseClaimedAlerts } from '../db/outbox.js'
import { deactivateSubscriber, holdChatSends, moveSubscriberChat, readChatSendHold } from '../db/subscribers.js'
import { removeAllSubscriptions, type Topic } from '../db/subscriptions.js'
import { type AlertCheck, enqueueStoryCopies, prepareAlertCheck } from './enqueue.js'
import type { LeadPartner } from '../lead-partner.js'
import { BUSY_RECHECK_MS, isGroupChat, MAX_IN_FLIGHT, type Pacer } from './pacer.js'
import { type AlertOptions, renderAlert } from './render-alert.js'

/** Translations outside an update: the bot's i18n instance, by language. */
export type TranslateFor = (lang: Lang) => Translate

export interface SenderContext {
  deps: AppDeps
  api: Api
  translate: TranslateFor
  pacer: Pacer
  /** The partner an item is about, for a chat that follows none of its partners: its card names it first, its digest files it under it. */
  leadPartner: LeadPartner
}

/**
 * How long a claimed row stays claimed. Far longer than a send can take (SEND_TIMEOUT_SECONDS),
 * so a live sender never loses its row; after a crash, the restart recovers it at once.
 */
export const CLAIM_LEASE_MS = 10 * 60_000
/** Rows looked at per query: enough chats to keep the global rate busy for several seconds. */
const DUE_BATCH = 200
/** Alerts claimed and prepared at once: enough to fill the pacer's window and keep a few waiting at its gate. */
const MAX_PREPARED = MAX_IN_FLIGHT + 8
/** While only sends on the wire remain (one may hang until its timeout), how often to look for new alerts. */
const IDLE_RECHECK_MS = 1_000
/** Transient failures (5xx, network) before an alert is given up on: about a day of backoff. A 429 is not one. */
export const MAX_ATTEMPTS = 12
/**
 * Telegram's waits (429) are not attempts, but an alert is not told to wait for ever: one that could
 * leave only more than this long after its first attempt (a retry_after that long, or waits over and
 * over) is given up like a failed send. A day: a digest is a day's news, and an alert older is stale.
 */
export const MAX_WAIT_HOURS = 24
const BACKOFF_BASE_MS = 10_000
const BACKOFF_MAX_MS = 4 * 3_600_000
/** On shutdown, sends already on the wire get this long before they are aborted. */
const SHUTDOWN_GRACE_MS = 5_000

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
}

interface SentMessage {
  messageId: number
}

/** Sends one HTML message to a chat (and forum topic); thrown errors are Telegram's or the network's. */
async function sendAlertMessage(api: Api, chatId: number, threadId: number, text: string, signal: AbortSignal, options: AlertOptions = {}): Promise<SentMessage> {
  const message = await api.sendMessage(
    chatId,
    text,
    {
      ...options,
      ...(threadId !== 0 ? { message_thread_id: threadId } : {}),
    },
    // grammY declares the abort-controller polyfill's type; the native signal is what it checks for.
    signal as Parameters<Api['sendMessage']>[3],
  )
  return { messageId: message.message_id }
}

/**
 * What a failed send holds back: only this message and its forum topic, or the whole chat (told
 * to wait, gone, moved) with when its rows may be due again (a chat gone: at once, for when it
 * comes back; a moved group's rows have moved with it).
 */
export type FailureScope = { scope: 'message' } | { scope: 'chat'; resumeAt: Date }

/** Supergroups' and channels' ids are -100 followed by ten or more figures; a basic group's are shorter. */
const SUPERGROUP_IDS_BELOW = -1_000_000_000_000

function isBasicGroupId(chatId: number): boolean {
  return chatId < 0 && chatId > SUPERGROUP_IDS_BELOW
}

/**
 * Records a failed send of `ids` to `chatId` as Telegram's answer demands: wait on 429,
 * back off on 5xx and network errors, deactivate a chat that is gone, follow a group's move
 * to a supergroup (and resend at once, the attempt given back), give up on any other 400 keeping its description.
 * Returns whether the chat's other messages must stop too, and until when.
 */
export async function recordSendFailure(ctx: SenderContext, chatId: number, ids: readonly number[], attempts: number, error: unknown, threadId = 0): Promise<FailureScope> {
  const { db, clock, logger, metrics } = ctx.deps
  const now = clock.now()
  const failure = classifyTelegramError(error)
  const retryOrGiveUp = async (reason: string, nextAttemptAt: Date) => {
    if (attempts < MAX_ATTEMPTS) return markAlertsRetry(db, ids, reason, nextAttemptAt)
    await markAlertsFailed(db, ids, reason)
    metrics.alertsFailed.inc(ids.length)
  }
  if (!failure) {
    logger.error({ err: error, chatId, ids }, 'alert delivery failed unexpectedly')
    const message = error instanceof Error ? error.message : String(error)
    await retryOrGiveUp(message, new Date(now.getTime() + backoffMs(attempts)))
    return { scope: 'message' }
  }
  switch (failure.kind) {
    case 'rate-limited': {
      // Only this chat waits, whole: every message for it (in any forum topic, queued before or during the wait) waits for retry_after.
      const resumeAt = new Date(now.getTime() + failure.retryAfterSeconds * 1000)
      await holdChatSends(db, chatId, resumeAt)
      // The waits are not attempts, but they are bounded: a row that could leave only past the budget is given up.
      const reason = `${failure.description} (given up: told to wait past ${MAX_WAIT_HOURS} h since the first attempt)`
      const given = await failAlertsWaitingSince(db, ids, new Date(resumeAt.getTime() - MAX_WAIT_HOURS * 3_600_000), reason)
      if (given.length > 0) {
        logger.warn({ chatId, ids: given, retryAfterSeconds: failure.retryAfterSeconds }, 'alert given up: its chat was told to wait too long')
        metrics.alertsFailed.inc(given.length)
      }
      await releaseClaimedAlerts(db, ids, resumeAt, failure.description)
      return { scope: 'chat', resumeAt }
    }
    case 'transient':
      await retryOrGiveUp(failure.description, new Date(now.getTime() + backoffMs(attempts)))
      return { scope: 'message' }
    case 'chat-gone':
      logger.info({ chatId, reason: failure.description }, 'subscriber deactivated')
      await markAlertsFailed(db, ids, failure.description)
      await deactivateSubscriber(db, chatId, failure.description, now)
      metrics.alertsFailed.inc(ids.length)
      return { scope: 'chat', resumeAt: now }
    case 'migrated':
      logger.info({ chatId, toChatId: failure.toChatId }, 'group moved to a supergroup')
      await moveSubscriberChat(db, chatId, failure.toChatId, now)
      // A basic group's move to a supergroup is no failed attempt: the chat the alert now goes to never refused it.
      // Any other move is an API answering nonsense: counted and, like any failure, given up after MAX_ATTEMPTS,
      // so chats moved back and forth are not resent to for ever.
      if (isBasicGroupId(chatId) && !isBasicGroupId(failure.toChatId)) await releaseClaimedAlerts(db, ids, now, failure.description)
      else await retryOrGiveUp(failure.description, now)
      return { scope: 'chat', resumeAt: now }
    case 'not-modified':
    case 'not-editable':
    case 'rejected':
      // A forum topic deleted or closed, say: the chat's other topics may still be fine.
      logger.warn({ chatId, ids, reason: failure.description }, 'alert refused by Telegram')
      await markAlertsFailed(db, ids, failure.description)
      metrics.alertsFailed.inc(ids.length)
      // A deleted topic's subscriptions would send every later item there to fail: they go, with what waits for them.
      if (failure.kind === 'rejected' && failure.isTopicGone && threadId !== 0) {
        const removed = await removeAllSubscriptions(db, { chatId, threadId })
        logger.info({ chatId, threadId, removed: removed.length }, 'forum topic deleted: its subscriptions removed')
      }
      return { scope: 'message' }
  }
}

export interface SendSignals {
  /** Shutdown: no message leaves any more. */
  stop: AbortSignal
  /** Aborts the requests on the wire, a grace period after shutdown. */
  request: AbortSignal
  dispose(): void
}

/**
 * The signals of one pass: a stop neither cuts a request that was about to be answered nor
 * hangs on one retrying a dead network. Every message waiting or in flight listens to them.
 */
export function sendSignals(signal: AbortSignal): SendSignals {
  const stop = new AbortController()
  const request = new AbortController()
  for (const s of [stop.signal, request.signal]) setMaxListeners(MAX_PREPARED * 2, s)
  let timer: NodeJS.Timeout | undefined
  const onAbort = () => {
    stop.abort()
    timer = setTimeout(() => request.abort(), SHUTDOWN_GRACE_MS)
    timer.unref()
  }
  if (signal.aborted) onAbort()
  else signal.addEventListener('abort', onAbort, { once: true })
  return {
    stop: stop.signal,
    request: request.signal,
    dispose() {
      signal.removeEventListener('abort', onAbort)
      clearTimeout(timer)
    },
  }
}

/** One message to a chat (and forum topic) that delivers the outbox rows `ids`. */
interface OutgoingMessage {
  chatId: number
  isGroup: boolean
  threadId: number
  text: string
  /** Sound and link preview, as the chat asked. */
  options: AlertOptions
  ids: readonly number[]
  /** The items it shows, at the revisions it was rendered from. */
  shown: ReadonlyMap<number, AlertRevision>
}

/**
 * 'held': not sent, the chat being told to wait until `until` (its rows are the caller's to give
 * back). 'changed': not sent, an item it shows having changed since it was rendered (its rows stay
 * claimed, for the caller to review again).
 */
export type SendOutcome = { kind: 'sent' } | { kind: 'failed'; error: unknown } | { kind: 'held'; until: Date } | { kind: 'changed' } | { kind: 'stopped' }

async function isShownUnchanged(ctx: SenderContext, shown: ReadonlyMap<number, AlertRevision>): Promise<boolean> {
  const current = await readAlertRevisions(ctx.deps.db, [...shown.keys()])
  return [...shown].every(([id, revision]) => current.get(id) === revision)
}

/**
 * Sends one message, its chat acquired: unless the chat is held, waits at the pacer's gate (a
 * place in the window, the rate limits), checks that none of its items changed while it waited
 * (an admin's edit during a fan-out, of the item or of another copy of its story), sends — telling the pacer when the request actually
 * left — and marks its rows sent right after Telegram's answer, before the place is freed, so the
 * messages a crash can repeat are at most those in the window.
 * `stop` ends the wait at the gate; `request` aborts the request itself (shutdown, after a grace).
 */
export async function sendPaced(ctx: SenderContext, message: OutgoingMessage, { stop, request }: SendSignals): Promise<SendOutcome> {
  // Another sender's message to this chat may have drawn a 429 since these rows were claimed;
  // with the chat acquired, no new hold can come before this one leaves.
  const holdUntil = await readChatSendHold(ctx.deps.db, message.chatId, ctx.deps.clock.now())
  if (holdUntil) return { kind: 'held', until: holdUntil }
  const departure = await ctx.pacer.depart(message.chatId, message.isGroup, stop)
  if (!departure) return { kind: 'stopped' }
  let isAnswered = false
  try {
    // Its departure is spent unsent: a rare waste, only for what was at the gate when an item changed.
    if (!(await isShownUnchanged(ctx, message.shown))) return { kind: 'changed' }
    let sent: SentMessage
    try {
      sent = await whenRequestWritten(departure.left, () => sendAlertMessage(ctx.api, message.chatId, message.threadId, message.text, request, message.options))
    } catch (error) {
      return { kind: 'failed', error }
    }
    isAnswered = true
    await markAlertsSent(ctx.deps.db, message.ids, sent.messageId, ctx.deps.clock.now())
    return { kind: 'sent' }
  } finally {
    departure.land(isAnswered)
  }
}

interface AlertItem {
  view: ItemView
  /** Null when it is no longer published. */
  check: AlertCheck | null
}

/**
 * Items read for a pass, each with the revision it was read at: a fan-out sends the same few
 * items to thousands of chats, and reading the revision alone (one query) before each send tells
 * when one has changed, or an admin has ruled on its story, and it must be read again.
 */
export type AlertItems = Map<number, { revision: AlertRevision; item: Promise<AlertItem | null> }>

async function readAlertItem(ctx: SenderContext, articleId: number): Promise<AlertItem | null> {
  const [view] = await getItemsByIds(ctx.deps.db, [articleId])
  if (!view) return null
  const prepared = view.status === 'published' ? await prepareAlertCheck(ctx.deps.db, articleId) : null
  // Under an admin's ruling on its story, the alert names the labels it was matched by, not the classifier's guess the item keeps.
  return { view: prepared?.ruling ? { ...view, ...prepared.ruling } : view, check: prepared?.check ?? null }
}

/** The item an alert is about as it stands, read again only when its revision moved; null when it is no longer stored. */
async function currentAlertItem(ctx: SenderContext, items: AlertItems, articleId: number): Promise<(AlertItem & { revision: AlertRevision }) | null> {
  const revision = (await readAlertRevisions(ctx.deps.db, [articleId])).get(articleId)
  if (revision === undefined) return null
  let entry = items.get(articleId)
  if (entry?.revision !== revision) {
    const read = { revision, item: readAlertItem(ctx, articleId) }
    read.item.catch(() => {
      if (items.get(articleId) === read) items.delete(articleId)
    })
    items.set(articleId, read)
    entry = read
  }
  const item = await entry.item
  return item && { ...item, revision }
}

/** A queued alert looked at again just before it is sent; a wanted one with the revision of its item it was judged on. */
export type AlertReview = { isWanted: true; item: ItemView; revision: AlertRevision; matchedTopics: Topic[] } | { isWanted: false; isFailure: boolean; reason: string }

/**
 * Whether a queued alert is still to be sent to its chat and forum topic, after waiting (a digest
 * up to a day, an alert held back by a 429 or a backoff longer): not when its article is gone,
 * was rejected or sent back to review, or was relabelled by an admin so that it matches none of
 * that topic's subscriptions now. When it is, with the subscriptions it matches now.
 */
export async function reviewQueuedAlert(ctx: SenderContext, items: AlertItems, alert: { articleId: number; chatId: number; threadId: number }): Promise<AlertReview> {
  const item = await currentAlertItem(ctx, items, alert.articleId)
  if (item === null) return { isWanted: false, isFailure: true, reason: 'article no longer stored' }
  if (item.check === null) return { isWanted: false, isFailure: false, reason: `${WITHDRAWN_PREFIX}no longer published` }
  const matchedTopics = await item.check(alert)
  if (matchedTopics.length === 0) return { isWanted: false, isFailure: false, reason: `${WITHDRAWN_PREFIX}no longer matches` }
  return { isWanted: true, item: item.view, revision: item.revision, matchedTopics }
}

/** An outbox row waiting to be sent, as the check before it leaves sees it. */
export interface QueuedAlert {
  id: number
  articleId: number
  chatId: number
  threadId: number
}

/**
 * Settles the row of an alert not sent after all: failed when its article is gone, skipped when
 * withdrawn — and then the story's other copies are queued for that chat and forum topic, one of
 * them having been held back as a repeat of this alert while it waited. Given `digestLeaseUntil`
 * (a digest taking them in a withdrawn entry's place), the digest rows queued are claimed in the
 * same transaction and returned: tried, they stay owed to that digest (isOwedToDigest) should the
 * process die before it sends them, so the restart's digest carries them, not the next day's.
 */
export async function settleUnwanted(ctx: SenderContext, alert: QueuedAlert, review: Extract<AlertReview, { isWanted: false }>, digestLeaseUntil?: Date): Promise<DigestAlert[]> {
  const { db, clock, config, metrics } = ctx.deps
  if (review.isFailure) {
    await markAlertsFailed(db, [alert.id], review.reason)
    metrics.alertsFailed.inc()
    return []
  }
  const now = clock.now()
  return db.transaction().execute(async (trx) => {
    await markAlertsSkipped(trx, [alert.id], review.reason)
    const queued = await enqueueStoryCopies(trx, alert, { now, maxAgeHours: config.alertMaxAgeHours })
    return digestLeaseUntil && queued.length > 0 ? claimDigestAlerts(trx, alert.chatId, { ids: queued }, now, digestLeaseUntil, alert.threadId) : []
  })
}

/** The message of an instant alert found still wanted. */
async function renderInstantAlert(ctx: SenderContext, alert: DueAlert, { item, revision, matchedTopics }: Extract<AlertReview, { isWanted: true }>): Promise<OutgoingMessage> {
  const lang = alert.language ?? 'en'
  const t = ctx.translate(lang)
  const message = renderAlert(item, { matchedTopics, preferences: await getChatPreferences(ctx.deps.db, alert.chatId) }, lang, t, ctx.deps.clock.now(), ctx.leadPartner)
  const options = { ...message.options, reply_markup: shareKeyboard(item.id, t('share-button')) }
  return { chatId: alert.chatId, isGroup: isGroupChat(alert.chatType), threadId: alert.messageThreadId, text: message.text, options, ids: [alert.id], shown: new Map([[item.id, revision]]) }
}

/** Claims, renders and sends one instant alert, its chat acquired; reviewed again when its item changed while it waited at the gate. */
async function deliverOne(ctx: SenderContext, alert: DueAlert, items: AlertItems, signals: SendSignals): Promise<void> {
  const { db, clock, metrics } = ctx.deps
  const now = clock.now()
  const claimed = await claimAlerts(db, [alert.id], now, new Date(now.getTime() + CLAIM_LEASE_MS))
  if (claimed.length === 0) return
  let outcome: SendOutcome
  do {
    const queued = { id: alert.id, articleId: alert.articleId, chatId: alert.chatId, threadId: alert.messageThreadId }
    const review = await reviewQueuedAlert(ctx, items, queued)
    if (!review.isWanted) {
      // A copy queued in its place is an alert of its own, due now: the next look for due alerts finds it.
      await settleUnwanted(ctx, queued, review)
      return
    }
    outcome = await sendPaced(ctx, await renderInstantAlert(ctx, alert, review), signals)
  } while (outcome.kind === 'changed')
  if (outcome.kind === 'sent') metrics.alertsSent.inc()
  if (outcome.kind === 'held') await releaseClaimedAlerts(db, [alert.id], outcome.until)
  // Aborted at shutdown, before it left or while on the wire: the row stays 'sending' and the
  // next start sends it (again, if Telegram had it: a repeat within the window, never a loss).
  if (outcome.kind === 'failed' && !signals.request.aborted) await recordSendFailure(ctx, alert.chatId, [alert.id], alert.attempts + 1, outcome.error, alert.messageThreadId)
}

/** Waits until `at` or until one of the sends in flight ends, whichever comes first. */
async function sleepUntilLanding(pacer: Pacer, at: number, inFlight: ReadonlySet<Promise<void>>, signal: AbortSignal): Promise<void> {
  const wake = new AbortController()
  const onStop = () => wake.abort()
  signal.addEventListener('abort', onStop, { once: true })
  try {
    await Promise.race([...inFlight, pacer.sleepUntil(at, wake.signal)])
  } finally {
    wake.abort()
    signal.removeEventListener('abort', onStop)
  }
}

/**
 * Delivers every due instant alert, then returns (one pass of the sender loop).
 *
 * Exactly once as far as Telegram allows: each row is claimed ('sending', attempts + 1)
 * before the API call and marked 'sent' with the message id right after the answer. A crash
 * in between leaves the row 'sending'; the next start makes it due again, so the messages on
 * the wire when it died (at most the pacer's window) may arrive twice, and none is lost.
 * Chats are independent: one whose request hangs, that Telegram tells to wait (429) or that
 * fails (5xx) keeps its own alerts back — in the outbox, for retry_after (the chat's hold, which
 * its digest honours too) or a backoff — and holds no other chat's; in a forum, a backoff holds
 * back only its own topic's later alerts.
 */
export async function deliverDueAlerts(ctx: SenderContext, signal: AbortSignal): Promise<void> {
  const { db, clock, logger } = ctx.deps
  const inFlight = new Set<Promise<void>>()
  const items: AlertItems = new Map()
  const signals = sendSignals(signal)
  try {
    while (!signal.aborted) {
      const due = await findDueAlerts(db, clock.now(), DUE_BATCH)
      const ready: DueAlert[] = []
      let nextReadyAt = Number.POSITIVE_INFINITY
      for (const alert of due) {
        const isGroup = isGroupChat(alert.chatType)
        if (ctx.pacer.tryAcquire(alert.chatId, isGroup)) ready.push(alert)
        else nextReadyAt = Math.min(nextReadyAt, ctx.pacer.chatReadyAt(alert.chatId, isGroup))
      }
      if (ready.length === 0) {
        if (due.length === 0 && inFlight.size === 0) break
        // Nothing due but sends on the wire: wait for one to land (new alerts are looked for now
        // and then). Chats busy with a digest page have no known ready time: look again shortly.
        const wakeAt = due.length === 0 ? ctx.pacer.now() + IDLE_RECHECK_MS : Number.isFinite(nextReadyAt) ? nextReadyAt : ctx.pacer.now() + BUSY_RECHECK_MS
        await sleepUntilLanding(ctx.pacer, wakeAt, inFlight, signal)
        continue
      }
      for (const [index, alert] of ready.entries()) {
        while (inFlight.size >= MAX_PREPARED && !signal.aborted) await Promise.race(inFlight)
        if (signal.aborted) {
          for (const rest of ready.slice(index)) ctx.pacer.release(rest.chatId)
          break
        }
        const task: Promise<void> = deliverOne(ctx, alert, items, signals)
          .catch((error: unknown) => logger.error({ err: error, alertId: alert.id }, 'alert delivery step failed'))
          .finally(() => {
            ctx.pacer.release(alert.chatId)
            inFlight.delete(task)
          })
        inFlight.add(task)
      }
    }
    await Promise.all(inFlight)
  } finally {
    signals.dispose()
  }
}
