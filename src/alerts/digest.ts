import PQueue from 'p-queue'
import { countryFlag } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import { ORGANISATION_MARK, organisationName } from '../classify/organisations.js'
import type { Lang } from '../classify/types.js'
import { escapeHtml } from '../telegram/escape.js'
import { formatItemDate, MAX_PARTIES_SHOWN, renderTitleLink } from '../telegram/item-card.js'
import { MAX_MESSAGE_LENGTH, telegramLength, truncateText } from '../telegram/length.js'
import type { Translate } from '../telegram/translate.js'
import type { ItemView } from '../db/items.js'
import type { Topic } from '../db/subscriptions.js'
import { claimDigestAlerts, countDigestSent, type DigestAlert, type DigestSubscriber, listDigestSubscribers, markDigestDone } from '../db/digests.js'
import { type AlertRevision, releaseClaimedAlerts } from '../db/outbox.js'
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
import type { LeadPartner } from '../lead-partner.js'
import { notificationOptions } from './render-alert.js'
import { getChatPreferences } from '../db/chat-preferences.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone, latestLocalHour } from '../time-zone.js'

const DIGEST_TITLE_LENGTH = 200
/** Room kept for the "Part 2 of 3" line (a recounted one is the longest), added once the number of parts is known. */
const PAGE_LINE_RESERVE = 100
const NO_PARTNER = ''
/** Before an organisation's code where it is what an item is filed under, beside countries' codes. */
const ORG_KEY = 'org:'
/** Chats whose digest is being sent at once: enough to keep the pacer's window full. */
const MAX_DIGESTS_AT_ONCE = MAX_IN_FLIGHT

interface DigestPage {
  text: string
  /** The items this message shows, so each outbox row is marked by the message that carried it. */
  itemIds: number[]
  /** The number of parts this one says the digest has. */
  total: number
}

/** What a topic's digest has sent so far: pages rendered again after a change are numbered on from it. */
interface DigestProgress {
  pages: number
  items: number
  /** The number of parts the pages sent said the digest has (0 before the first). */
  announced: number
}

/** A country's or an organisation's in the reader's language. */
function partyName(key: string, lang: Lang): string {
  if (key === NO_PARTNER) return ''
  return key.startsWith(ORG_KEY) ? organisationName(key.slice(ORG_KEY.length), lang) : countryName(key, lang)
}

/** A partner country's or organisation's flag or mark and name: «🇫🇷 France», «🏛 UNESCO» (the name in bold for a heading). */
function partyLabel(key: string, lang: Lang, { isHeading = false } = {}): string {
  const name = escapeHtml(partyName(key, lang))
  return `${key.startsWith(ORG_KEY) ? ORGANISATION_MARK : countryFlag(key)} ${isHeading ? `<b>${name}</b>` : name}`
}

/**
 * An item's line: its kind, date and parties other than the one it is filed under — partners, then organisations, as
 * its card names them, the organisations the chat follows first where one would fall among the rest (with the one it is
 * filed under, no more than the card names, the rest counted as "and N more") — its title and source.
 */
function renderLine(item: ItemView, filed: Filing, lang: Lang, t: Translate): string {
  const link = renderTitleLink(item.title, item.url, DIGEST_TITLE_LENGTH)
  const room = filed.key === NO_PARTNER ? MAX_PARTIES_SHOWN : MAX_PARTIES_SHOWN - 1
  const keys = [...item.partners, ...item.orgs.map((org) => ORG_KEY + org)].filter((key) => key !== filed.key)
  const isFollowed = (key: string) => filed.followedOrgs.includes(key)
  if (keys.some((key, i) => i >= room && isFollowed(key))) keys.splice(0, keys.length, ...keys.filter(isFollowed), ...keys.filter((key) => !isFollowed(key)))
  const others = keys.slice(0, room).map((key) => partyLabel(key, lang))
  if (keys.length > room) others.push(`${others.pop()!} ${t('format-and-more', { count: keys.length - room })}`)
  const facts = [item.kind ? t(`kind-${item.kind}`) : null, formatItemDate(item.publishedAt, lang), ...others].filter((f) => f !== null).join(' · ')
  const source = item.sourceName ? ` <i>(${escapeHtml(truncateText(item.sourceName, 60))})</i>` : ''
  return `• ${facts} — ${link}${source}`
}

/**
 * What each item is filed under, by item id: `key` a country's code, ORG_KEY and an organisation's, or NO_PARTNER;
 * `followedOrgs`, the item's organisations the chat follows, as keys.
 */
interface Filing {
  key: string
  followedOrgs: readonly string[]
}
type FiledUnder = ReadonlyMap<number, Filing>

/**
 * What an item is filed under: the first of its partners the chat follows (the subscriptions it matched), else the
 * first of its organisations the chat follows, else the partner its headline or lead names first (lead-partner.ts), else its first partner, else its first organisation (none: under «Domestic
 * cooperation»), so that France and Italy's item reaches a follower of Italy under Italy, not France, and a follower of
 * TURKSOY under TURKSOY, the reason it is in their digest.
 */
function filedUnder(item: ItemView, matchedTopics: readonly Topic[], leadPartner: LeadPartner): Filing {
  const followed = new Set(matchedTopics.flatMap((topic) => (topic.type === 'country' ? [topic.value] : topic.type === 'org' ? [ORG_KEY + topic.value] : [])))
  const followedOrgs = item.orgs.map((org) => ORG_KEY + org).filter((key) => followed.has(key))
  const key = item.partners.find((code) => followed.has(code)) ?? followedOrgs[0]
  const [firstOrg] = item.orgs
  return { key: key ?? leadPartner(item) ?? item.partners[0] ?? (firstOrg === undefined ? NO_PARTNER : ORG_KEY + firstOrg), followedOrgs }
}

/** What one pass of the digest worker shares among its chats: the hour due, and each item's lead partner. */
interface DigestRun {
  scheduledAt: Date
  leadPartner: LeadPartner
  /** A daily digest, which may have sent parts before (not the rows waiting for a chat gone back to instant alerts). */
  isResumable: boolean
}

/** Items under the partner or organisation each is filed under, by name in the reader's language, items with none last. */
function orderByPartner(items: readonly ItemView[], partnerOf: FiledUnder, lang: Lang): ItemView[] {
  const groups = new Map<string, ItemView[]>()
  for (const item of items) groups.set(partnerOf.get(item.id)!.key, [...(groups.get(partnerOf.get(item.id)!.key) ?? []), item])
  const names = new Map([...groups.keys()].map((key) => [key, partyName(key, lang)]))
  return [...groups.entries()]
    .sort(([a], [b]) => (a === NO_PARTNER ? 1 : b === NO_PARTNER ? -1 : names.get(a)!.localeCompare(names.get(b)!, lang)))
    .flatMap(([, groupItems]) => groupItems)
}

/** A page's lines: the header, then its items, each partner's under its title (again on a page that goes on with it). */
function pageLines(items: readonly ItemView[], header: string, lines: ReadonlyMap<number, string>, partnerOf: FiledUnder, lang: Lang, t: Translate): string[] {
  const out = [header]
  let partner: string | undefined
  for (const item of items) {
    if (partnerOf.get(item.id)!.key !== partner) {
      partner = partnerOf.get(item.id)!.key
      out.push('', partner === NO_PARTNER ? `<b>${t('format-domestic')}</b>` : partyLabel(partner, lang, { isHeading: true }))
    }
    out.push(lines.get(item.id)!)
  }
  return out
}

/** Items in order, as many to a page as fit. */
function packPages(items: readonly ItemView[], fits: (page: readonly ItemView[]) => boolean): ItemView[][] {
  const pages: ItemView[][] = []
  let page: ItemView[] = []
  for (const item of items) {
    if (page.length > 0 && !fits([...page, item])) {
      pages.push(page)
      page = []
    }
    page.push(item)
  }
  if (page.length > 0) pages.push(page)
  return pages
}

/**
 * The pages split, the fullest first, into `count`: fewer items to a part rather than fewer parts
 * than announced. Null when they cannot be: more pages than that, or too few items.
 */
function spreadOver(pages: readonly ItemView[][], count: number, fits: (page: readonly ItemView[]) => boolean): ItemView[][] | null {
  const spread = [...pages]
  while (spread.length < count) {
    const fullest = spread.reduce((best, page, i) => (page.length >= spread[best]!.length ? i : best), 0)
    const page = spread[fullest]!
    const halves = [page.slice(0, Math.ceil(page.length / 2)), page.slice(Math.ceil(page.length / 2))]
    // A half may carry its partner's title again: it need not fit where the whole did.
    if (page.length < 2 || !halves.every(fits)) return null
    spread.splice(fullest, 1, ...halves)
  }
  return spread.length === count ? spread : null
}

/**
 * The day's new items grouped by partner country or organisation (an item under the first of its partners the chat follows,
 * else the first of its organisations the chat follows, else the partner its headline names first; items with none last), split into messages within Telegram's 4096 characters, each with the header and,
 * when there are several, "Part i of n" — numbered on after the pages `progress` counts as sent.
 * Once parts have gone out saying "of n", the rest keep n; only when the items left cannot fill
 * those parts (an admin withdrew or relabelled many meanwhile) do they say the new count, and that
 * it was recounted.
 */
function renderDigest(entries: readonly DigestEntry[], lang: Lang, t: Translate, header: string, progress: Readonly<DigestProgress>, run: DigestRun): DigestPage[] {
  const items = entries.map((entry) => entry.item)
  const partnerOf: FiledUnder = new Map(entries.map((entry) => [entry.item.id, filedUnder(entry.item, entry.matchedTopics, run.leadPartner)]))
  const lines = new Map(items.map((item) => [item.id, renderLine(item, partnerOf.get(item.id)!, lang, t)]))
  const budget = MAX_MESSAGE_LENGTH - PAGE_LINE_RESERVE
  const fits = (page: readonly ItemView[]) => telegramLength(pageLines(page, header, lines, partnerOf, lang, t).join('\n')) <= budget
  const packed = packPages(orderByPartner(items, partnerOf, lang), fits)
  const kept = progress.announced > 1 ? spreadOver(packed, progress.announced - progress.pages, fits) : null
  const pages = kept ?? packed
  const total = progress.pages + pages.length
  const isRecounted = progress.announced > 1 && kept === null
  return pages.map((page, i) => {
    const numbers = { page: progress.pages + i + 1, pages: total }
    const pageLine = isRecounted ? t('alerts-digest-page-recounted', { ...numbers, announced: progress.announced }) : t('alerts-digest-page', numbers)
    const text = pageLines(page, header, lines, partnerOf, lang, t)
    return { text: (total > 1 ? [...text, '', pageLine] : text).join('\n'), itemIds: page.map((item) => item.id), total }
  })
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
  revision: AlertRevision
  /** The chat's subscriptions it matched: the partner it is filed under is one of them. */
  matchedTopics: Topic[]
}

/**
 * The entries of `rows` still wanted in the chat's (or forum topic's) digest; the others are
 * settled. Another source's copy of a withdrawn item's story, queued in its place, joins this
 * digest: it is claimed as it is queued (settleUnwanted), reviewed too and returned in `joined`.
 */
async function reviewDigestRows(
  ctx: SenderContext,
  items: AlertItems,
  { chatId, threadId }: { chatId: number; threadId: number },
  rows: readonly DigestAlert[],
): Promise<{ entries: DigestEntry[]; joined: DigestAlert[] }> {
  const entries: DigestEntry[] = []
  const joined: DigestAlert[] = []
  let reviewing = rows
  while (reviewing.length > 0) {
    const queuedInPlace: DigestAlert[] = []
    for (const row of reviewing) {
      const review = await reviewQueuedAlert(ctx, items, { articleId: row.articleId, chatId, threadId })
      if (review.isWanted) {
        entries.push({ rowId: row.id, item: review.item, revision: review.revision, matchedTopics: review.matchedTopics })
        continue
      }
      const leaseUntil = new Date(ctx.deps.clock.now().getTime() + CLAIM_LEASE_MS)
      queuedInPlace.push(...(await settleUnwanted(ctx, { id: row.id, articleId: row.articleId, chatId, threadId }, review, leaseUntil)))
    }
    joined.push(...queuedInPlace)
    reviewing = queuedInPlace
  }
  return { entries, joined }
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
  { attempts, progress, run }: { attempts: number; progress: DigestProgress; run: DigestRun },
  signals: SendSignals,
): Promise<TopicOutcome | { kind: 'changed'; unsentRowIds: number[] }> {
  const { db, clock, metrics } = ctx.deps
  const { chatId } = subscriber
  const pending = new Map(entries.map((entry) => [entry.item.id, entry]))
  const pendingRowIds = () => [...pending.values()].map((entry) => entry.rowId)
  const lang = subscriber.language ?? 'en'
  const t = ctx.translate(lang)
  const isGroup = isGroupChat(subscriber.chatType)
  const header = t('alerts-digest-header', { count: progress.items + entries.length, date: formatDigestDate(run.scheduledAt, subscriber.timeZone, lang) })
  const sound = notificationOptions(await getChatPreferences(db, chatId), clock.now())
  for (const page of renderDigest(entries, lang, t, header, progress, run)) {
    if (!(await ctx.pacer.acquire(chatId, isGroup, signals.stop))) return { kind: 'stopped' }
    const shown = page.itemIds.map((id) => pending.get(id)!)
    const ids = shown.map((entry) => entry.rowId)
    let outcome: SendOutcome
    let failure: FailureScope | undefined
    try {
      const revisions = new Map(shown.map((entry) => [entry.item.id, entry.revision]))
      outcome = await sendPaced(ctx, { chatId, isGroup, threadId, text: page.text, options: sound, ids, shown: revisions }, signals)
      // Recorded before the chat is released: a 429's hold must be on the chat before its instant alerts may go.
      if (outcome.kind === 'failed' && !signals.request.aborted) failure = await recordSendFailure(ctx, chatId, pendingRowIds(), attempts, outcome.error, threadId)
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
    progress.announced = page.total
    for (const id of page.itemIds) pending.delete(id)
  }
  return { kind: 'sent' }
}

/**
 * Sends one forum topic's (thread 0: the chat's) part of a digest, page by page. Should an item
 * change while a page waits to leave (an admin's edit), the rows not yet sent are reviewed and
 * rendered again.
 */
async function sendTopicDigest(ctx: SenderContext, subscriber: DigestSubscriber, threadId: number, rows: DigestAlert[], items: AlertItems, run: DigestRun, signals: SendSignals): Promise<TopicOutcome> {
  const attempts = Math.max(...rows.map((r) => r.attempts))
  // Parts sent before a failure or a restart: the rest are numbered on from them, under the digest's whole count.
  const progress: DigestProgress = run.isResumable ? { ...(await countDigestSent(ctx.deps.db, subscriber.chatId, threadId, run.scheduledAt)), announced: 0 } : { pages: 0, items: 0, announced: 0 }
  let unsent: readonly DigestAlert[] = rows
  for (;;) {
    const { entries, joined } = await reviewDigestRows(ctx, items, { chatId: subscriber.chatId, threadId }, unsent)
    rows.push(...joined)
    if (entries.length === 0) return { kind: 'sent' }
    const outcome = await sendDigestPages(ctx, subscriber, threadId, entries, { attempts, progress, run }, signals)
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
async function sendDigest(ctx: SenderContext, subscriber: DigestSubscriber, rows: DigestAlert[], items: AlertItems, run: DigestRun, signals: SendSignals): Promise<boolean> {
  const threads = new Map<number, DigestAlert[]>()
  for (const row of rows) threads.set(row.messageThreadId, [...(threads.get(row.messageThreadId) ?? []), row])
  const topics = [...threads]
  let isComplete = true
  for (const [index, [threadId, threadRows]] of topics.entries()) {
    const outcome = await sendTopicDigest(ctx, subscriber, threadId, threadRows, items, run, signals)
    if (outcome.kind === 'stopped') {
      const notReached = topics.slice(index + 1).flatMap(([, later]) => later.map((row) => row.id))
      if (outcome.resumeAt) await releaseClaimedAlerts(ctx.deps.db, notReached, outcome.resumeAt)
      return false
    }
    if (outcome.kind === 'failed') isComplete = false
  }
  return isComplete
}

/**
 * The day a digest covers, in the subscriber's zone: that of the hour it was due, not of the moment it leaves, so a
 * digest a 429 holds past midnight is still dated the day it was for. Read just before that hour, so a digest due at
 * 00:00, which closes a day, is dated the day it closes, not the one that begins.
 */
function formatDigestDate(scheduledAt: Date, timeZone: string, lang: Lang): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  // British order in English ("21 November"), as item cards date their items (item-card.ts).
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', timeZone: zone }).format(new Date(scheduledAt.getTime() - 1))
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
      const rows = await claimDigestAlerts(db, subscriber.chatId, { scheduledAt }, now, new Date(now.getTime() + CLAIM_LEASE_MS))
      if (rows.length === 0) return
      if (await sendDigest(ctx, subscriber, rows, items, { scheduledAt, leadPartner: ctx.leadPartner, isResumable: subscriber.alertMode === 'digest' }, signals)) await markDigestDone(db, subscriber.chatId, scheduledAt)
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
