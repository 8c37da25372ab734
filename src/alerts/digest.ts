import PQueue from 'p-queue'
import { countryFlag, countryName } from '../classify/countries.js'
import type { Lang } from '../classify/types.js'
import { escapeHtml } from '../telegram/escape.js'
import { formatItemDate, renderTitleLink } from '../telegram/item-card.js'
import { MAX_MESSAGE_LENGTH, telegramLength, truncateText } from '../telegram/length.js'
import type { Translate } from '../telegram/translate.js'
import type { ItemRevision, ItemView } from '../db/items.js'
import { claimDigestAlerts, type DigestAlert, type DigestSubscriber, listDigestSubscribers, markDigestDone } from '../db/digests.js'
import { releaseClaimedAlerts } from '../db/outbox.js'
import {
  type AlertItems,
  CLAIM_LEASE_MS,
  type FailureScope,
  recordSendFailure,
  reviewQueuedAlert,
  type SendOutcome,
  sendPaced,
  type SenderContext,
  type SendSignals,
  sendSignals,
  settleUnwanted,
} from './deliver.js'
import { isGroupChat, MAX_IN_FLIGHT } from './pacer.js'
import { notificationOptions } from './render-alert.js'
import { getChatPreferences } from '../db/chat-preferences.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone, latestLocalHour } from '../time-zone.js'

const DIGEST_TITLE_LENGTH = 200
/** Room kept for the "page 2 of 3" line, added once the number of pages is known. */
const PAGE_LINE_RESERVE = 40
const NO_PARTNER = ''
/** Chats whose digest is being sent at once: enough to keep the pacer's window full. */
const MAX_DIGESTS_AT_ONCE = MAX_IN_FLIGHT

interface DigestPage {
  text: string
  /** The items this message shows, so each outbox row is marked by the message that carried it. */
  itemIds: number[]
}

function renderLine(item: ItemView, lang: Lang, t: Translate): string {
  const link = renderTitleLink(item.title, item.url, DIGEST_TITLE_LENGTH)
  const facts = [item.kind ? t(`kind-${item.kind}`) : null, formatItemDate(item.publishedAt, lang)].filter((f) => f !== null).join(' · ')
  const source = item.sourceName ? ` <i>(${escapeHtml(truncateText(item.sourceName, 60))})</i>` : ''
  return `• ${facts} — ${link}${source}`
}

/**
 * The day's new items grouped by partner country (an item under its first partner; items with
 * none last), split into messages within Telegram's 4096 characters, each with the header and,
 * when there are several, "page i of n" — numbered on after `pagesBefore` already sent.
 */
function renderDigest(items: readonly ItemView[], lang: Lang, t: Translate, header: string, pagesBefore: number): DigestPage[] {
  const groups = new Map<string, ItemView[]>()
  for (const item of items) {
    const key = item.partners[0] ?? NO_PARTNER
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const names = new Map([...groups.keys()].map((code) => [code, code === NO_PARTNER ? '' : countryName(code, lang)]))
  const ordered = [...groups.entries()].sort(([a], [b]) =>
    a === NO_PARTNER ? 1 : b === NO_PARTNER ? -1 : names.get(a)!.localeCompare(names.get(b)!, lang),
  )

  const budget = MAX_MESSAGE_LENGTH - PAGE_LINE_RESERVE
  const pages: { lines: string[]; itemIds: number[] }[] = []
  let page = { lines: [header], itemIds: [] as number[] }
  const fits = (lines: string[]) => telegramLength(lines.join('\n')) <= budget
  for (const [code, groupItems] of ordered) {
    const title = code === NO_PARTNER ? `<b>${t('alerts-digest-no-partner')}</b>` : `${countryFlag(code)} <b>${escapeHtml(names.get(code)!)}</b>`
    let needsTitle = true
    for (const item of groupItems) {
      const line = renderLine(item, lang, t)
      const addition = needsTitle ? ['', title, line] : [line]
      if (!fits([...page.lines, ...addition]) && page.itemIds.length > 0) {
        pages.push(page)
        page = { lines: [header, '', title, line], itemIds: [item.id] }
      } else {
        page.lines.push(...addition)
        page.itemIds.push(item.id)
      }
      needsTitle = false
    }
  }
  if (page.itemIds.length > 0) pages.push(page)
  const total = pagesBefore + pages.length
  return pages.map((p, i) => ({
    text: total > 1 ? [...p.lines, '', t('alerts-digest-page', { page: pagesBefore + i + 1, pages: total })].join('\n') : p.lines.join('\n'),
    itemIds: p.itemIds,
  }))
}

/**
 * How one forum topic's part of a digest ended: 'failed' for this topic alone (its rows are left
 * to their retry), 'stopped' when the whole chat must stop — told to wait, gone or moved, with
 * when its rows may be due again, or shutdown (none: what is claimed stays so for the restart).
 */
type TopicOutcome = { kind: 'sent' } | { kind: 'failed' } | { kind: 'stopped'; resumeAt?: Date }

/** A digest entry still wanted: its outbox row, and its item at the revision it was judged on. */
interface DigestEntry {
  rowId: number
  item: ItemView
  revision: ItemRevision
}

/** The entries of `rows` still wanted in the chat's (or forum topic's) digest; the others are settled. */
async function reviewDigestRows(ctx: SenderContext, items: AlertItems, chatId: number, threadId: number, rows: readonly DigestAlert[]): Promise<DigestEntry[]> {
  const entries: DigestEntry[] = []
  for (const row of rows) {
    const review = await reviewQueuedAlert(ctx, items, { articleId: row.articleId, chatId, threadId })
    if (review.isWanted) entries.push({ rowId: row.id, item: review.item, revision: review.revision })
    else await settleUnwanted(ctx, row.id, review)
  }
  return entries
}

/** What a topic's digest has sent so far: pages rendered again after a change are numbered on from it. */
interface DigestProgress {
  pages: number
  items: number
}

/**
 * Sends a digest's pages, counting them into `progress`; 'changed' with the rows not sent when an
 * item of a page changed while the page waited.
 */
async function sendDigestPages(
  ctx: SenderContext,
  subscriber: DigestSubscriber,
  threadId: number,
  entries: readonly DigestEntry[],
  { attempts, progress }: { attempts: number; progress: DigestProgress },
  signals: SendSignals,
): Promise<TopicOutcome | { kind: 'changed'; unsentRowIds: number[] }> {
  const { db, clock, metrics } = ctx.deps
  const { chatId } = subscriber
  const pending = new Map(entries.map((entry) => [entry.item.id, entry]))
  const pendingRowIds = () => [...pending.values()].map((entry) => entry.rowId)
  const lang = subscriber.language ?? 'en'
  const t = ctx.translate(lang)
  const isGroup = isGroupChat(subscriber.chatType)
  const header = t('alerts-digest-header', { count: progress.items + entries.length, date: formatDigestDate(clock.now(), subscriber.timeZone, lang) })
  const sound = notificationOptions(await getChatPreferences(db, chatId), clock.now())
  for (const page of renderDigest(entries.map((entry) => entry.item), lang, t, header, progress.pages)) {
    if (!(await ctx.pacer.acquire(chatId, isGroup, signals.stop))) return { kind: 'stopped' }
    const shown = page.itemIds.map((id) => pending.get(id)!)
    const ids = shown.map((entry) => entry.rowId)
    let outcome: SendOutcome
    let failure: FailureScope | undefined
    try {
      const revisions = new Map(shown.map((entry) => [entry.item.id, entry.revision]))
      outcome = await sendPaced(ctx, { chatId, isGroup, threadId, text: page.text, options: sound, ids, shown: revisions }, signals)
      // Recorded before the chat is released: a 429's hold must be on the chat before its instant alerts may go.
      if (outcome.kind === 'failed' && !signals.request.aborted) failure = await recordSendFailure(ctx, chatId, pendingRowIds(), attempts, outcome.error)
    } finally {
      ctx.pacer.release(chatId)
    }
    if (outcome.kind === 'changed') return { kind: 'changed', unsentRowIds: pendingRowIds() }
    if (outcome.kind === 'held') {
      await releaseClaimedAlerts(db, pendingRowIds(), outcome.until)
      return { kind: 'stopped', resumeAt: outcome.until }
    }
    if (outcome.kind === 'stopped' || (outcome.kind === 'failed' && !failure)) return { kind: 'stopped' }
    if (failure) return failure.scope === 'chat' ? { kind: 'stopped', resumeAt: failure.resumeAt } : { kind: 'failed' }
    metrics.alertsSent.inc(ids.length)
    progress.pages += 1
    progress.items += ids.length
    for (const id of page.itemIds) pending.delete(id)
  }
  return { kind: 'sent' }
}

/**
 * Sends one forum topic's (thread 0: the chat's) part of a digest, page by page. Should an item
 * change while a page waits to leave (an admin's edit), the rows not yet sent are reviewed and
 * rendered again.
 */
async function sendTopicDigest(
  ctx: SenderContext,
  subscriber: DigestSubscriber,
  threadId: number,
  rows: DigestAlert[],
  items: AlertItems,
  signals: SendSignals,
): Promise<TopicOutcome> {
  const attempts = Math.max(...rows.map((r) => r.attempts))
  const progress: DigestProgress = { pages: 0, items: 0 }
  let unsent: readonly DigestAlert[] = rows
  for (;;) {
    const entries = await reviewDigestRows(ctx, items, subscriber.chatId, threadId, unsent)
    if (entries.length === 0) return { kind: 'sent' }
    const outcome = await sendDigestPages(ctx, subscriber, threadId, entries, { attempts, progress }, signals)
    if (outcome.kind !== 'changed') return outcome
    unsent = rows.filter((row) => outcome.unsentRowIds.includes(row.id))
  }
}

/**
 * Sends one chat's digest: every claimed row, per forum topic. A topic whose send fails (deleted,
 * closed, a 5xx) holds back none of the others; a chat told to wait, gone or moved stops, and
 * the topics not reached are due again with the failed one (after retry_after; at once for a
 * move). True only when no row is left for a retry, so the digest is not marked done (and its
 * hour not spent) before the retry has run.
 */
async function sendDigest(ctx: SenderContext, subscriber: DigestSubscriber, rows: DigestAlert[], items: AlertItems, signals: SendSignals): Promise<boolean> {
  const threads = new Map<number, DigestAlert[]>()
  for (const row of rows) threads.set(row.messageThreadId, [...(threads.get(row.messageThreadId) ?? []), row])
  const topics = [...threads]
  let isComplete = true
  for (const [index, [threadId, threadRows]] of topics.entries()) {
    const outcome = await sendTopicDigest(ctx, subscriber, threadId, threadRows, items, signals)
    if (outcome.kind === 'stopped') {
      const notReached = topics.slice(index + 1).flatMap(([, later]) => later.map((row) => row.id))
      if (outcome.resumeAt) await releaseClaimedAlerts(ctx.deps.db, notReached, outcome.resumeAt)
      return false
    }
    if (outcome.kind === 'failed') isComplete = false
  }
  return isComplete
}

function formatDigestDate(now: Date, timeZone: string, lang: Lang): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: zone }).format(now)
}

/**
 * One pass of the digest worker: every subscriber whose digest hour has come (in their time
 * zone) gets the items queued for them up to that moment, once; items queued later wait for
 * the next day. Subscribers who went back to instant alerts get what was waiting at once.
 * Nothing is sent when nothing is new. Digests to different chats go out side by side through
 * the shared pacer, so a thousand subscribers at 09:00 do not wait for each other's round trips.
 */
export async function sendDueDigests(ctx: SenderContext, signal: AbortSignal): Promise<void> {
  const { db, clock, logger } = ctx.deps
  const signals = sendSignals(signal)
  const items: AlertItems = new Map()
  const queue = new PQueue({ concurrency: MAX_DIGESTS_AT_ONCE })
  const sendIfDue = async (subscriber: DigestSubscriber): Promise<void> => {
    if (signals.stop.aborted) return
    const now = clock.now()
    const scheduledAt = subscriber.alertMode === 'instant' ? now : latestLocalHour(now, subscriber.digestHour, subscriber.timeZone)
    if (subscriber.alertMode === 'digest' && scheduledAt.getTime() <= Date.parse(subscriber.lastDigestAt ?? subscriber.createdAt)) return
    try {
      const rows = await claimDigestAlerts(db, subscriber.chatId, scheduledAt, now, new Date(now.getTime() + CLAIM_LEASE_MS))
      if (rows.length === 0) return
      if (await sendDigest(ctx, subscriber, rows, items, signals)) await markDigestDone(db, subscriber.chatId, scheduledAt)
    } catch (error) {
      logger.error({ err: error, chatId: subscriber.chatId }, 'digest delivery failed')
    }
  }
  try {
    await queue.addAll((await listDigestSubscribers(db, clock.now())).map((subscriber) => () => sendIfDue(subscriber)))
  } finally {
    signals.dispose()
  }
}
