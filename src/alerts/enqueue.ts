import type { Transaction } from 'kysely'
import type { Db } from '../db/database.js'
import {
  type CandidateSubscription,
  findCandidateSubscriptions,
  findStoryCopies,
  findStoryDestinations,
  findStoryRuling,
  getPublishedArticle,
  insertAlerts,
  type PublishedArticle,
  recordRepeats,
  STORY_WINDOW_MS,
  type StoryDestination,
  type StoryRuling,
} from '../db/outbox.js'
import type { AlertMode, Database } from '../db/schema.js'
import type { Topic } from '../db/subscriptions.js'
import { type AlertableItem, checkItemEligibility, createAlertMatcher, type AlertPolicy } from './match.js'

const topicOf = (s: CandidateSubscription): Topic => ({ type: s.topicType, value: s.topicValue, ...s.filters })

/**
 * Queues the alerts for a just-published article, inside the caller's transaction (so an item
 * is never published without its alerts, nor alerted without being published). Call it after
 * the article's classification (status 'published') and partners are written.
 *
 * Writes one `alert_outbox` row per matching chat and forum topic, in the subscriber's alert
 * mode, with the subscriptions it matched (the alert names them). Never alerts a backlog item, an item older than `maxAgeHours`, an item published
 * before the subscription was made, or a story the chat was already alerted to from another
 * source (same `story_key` or `content_hash`, or the alert this article was held back as a repeat
 * of, which is recorded: an edit may change both). An article whose labels are the classifier's is
 * matched by an admin's for its story when another copy carries them. Idempotent. Returns the
 * number of rows added. Given `destination`, only that chat and forum topic is considered.
 */
export async function enqueueAlerts(trx: Transaction<Database>, articleId: number, policy: AlertPolicy, destination?: Destination): Promise<number> {
  return (await queueAlerts(trx, articleId, policy, { destination })).length
}

/**
 * Queues the alerts a published article's source edit makes due, as enqueueAlerts does (same
 * transaction, same policies): for the chats and forum topics its new text and labels match and
 * `replaced`, the version the edit replaced, did not. Those it did match were considered when it
 * was published (alerted, still waiting, or held back as a repeat of another source's copy), so
 * nothing reaches a chat twice; unless it was dated too long ago to alert anyone then, when every
 * chat the new version matches is due.
 */
export async function enqueueEditAlerts(trx: Transaction<Database>, articleId: number, replaced: Replaced, policy: AlertPolicy): Promise<number> {
  return (await queueAlerts(trx, articleId, policy, { replaced })).length
}

async function queueAlerts(trx: Transaction<Database>, articleId: number, policy: AlertPolicy, { destination, replaced }: { destination?: Destination; replaced?: Replaced }): Promise<number[]> {
  const published = await getPublishedArticle(trx, articleId)
  if (!published || !checkItemEligibility(published, policy).ok) return []
  // An admin's ruling on another copy of the story holds for this one: its alerts are matched by
  // the admin's labels (and its own text, for keywords). Its stored labels stay the classifier's
  // (what its source says, for /search and the archive); the ruling is read again whenever the
  // alerts are queued or checked before sending, so an undo that gives the story back to the
  // classifier lets each copy's alerts be judged by its own labels from then on.
  const ruling = await findRulingFor(trx, articleId, published)
  const article = ruling ? { ...published, ...ruling } : published

  const destinations = new Map<string, { chatId: number; threadId: number; delivery: AlertMode }>()
  const matches = createAlertMatcher(article)
  // A version dated too long ago to alert when it was published (a date the edit corrects) alerted nobody.
  const wasAlerting = replaced !== undefined && checkItemEligibility({ ...article, publishedAt: replaced.publishedAt }, { ...policy, now: new Date(article.statusChangedAt) }).ok
  const wasMatched = replaced && wasAlerting ? createAlertMatcher({ ...replaced, ...ruling, statusChangedAt: article.statusChangedAt }) : () => false
  const labels = replaced && !ruling ? { partners: [...article.partners, ...replaced.partners], orgs: [...article.orgs, ...replaced.orgs], sectors: [...article.sectors, ...replaced.sectors] } : article
  const considered = new Set<string>()
  for (const s of await findCandidateSubscriptions(trx, labels, destination)) {
    const key = `${s.chatId}:${s.threadId}`
    if (wasMatched(s)) considered.add(key)
    else if (matches(s)) destinations.set(key, { chatId: s.chatId, threadId: s.threadId, delivery: s.alertMode })
  }
  for (const key of considered) destinations.delete(key)
  if (destinations.size === 0) return []

  const since = new Date(policy.now.getTime() - STORY_WINDOW_MS)
  const repeats: StoryDestination[] = []
  for (const d of await findStoryDestinations(trx, { articleId, contentHash: article.contentHash, storyKey: article.storyKey, since })) {
    if (destinations.delete(`${d.chatId}:${d.threadId}`)) repeats.push(d)
  }
  await recordRepeats(trx, articleId, repeats, policy.now)
  return insertAlerts(trx, articleId, [...destinations.values()], policy.now)
}

/**
 * Queues the story of a just withdrawn alert through its article's other published copies (other
 * sources' articles with the same text or story key), for its chat and forum topic: a copy that
 * arrived while that alert waited was held back as a repeat, and would otherwise never come. The
 * copy is queued now, as a new alert (the story window of later copies runs from then), and the
 * digest that withdrew the alert takes it in its place (alerts/digest). enqueueAlerts' own story
 * check keeps it to one alert a chat. When the article is still published
 * with labels an admin set, its alert was withdrawn by that ruling, which holds for the story: a
 * copy is judged by those labels (and its own text), as it would be arriving after the ruling.
 * Returns the ids of the rows queued.
 */
export async function enqueueStoryCopies(trx: Transaction<Database>, alert: Destination & { articleId: number }, policy: AlertPolicy): Promise<number[]> {
  const destination = { chatId: alert.chatId, threadId: alert.threadId }
  const added: number[] = []
  for (const copyId of await findStoryCopies(trx, alert.articleId)) added.push(...(await queueAlerts(trx, copyId, policy, { destination })))
  return added
}

/** The version a source's edit replaced: its date, text and labels. */
type Replaced = AlertableItem & { publishedAt: string }

/** A chat and forum topic (thread 0: the chat itself). */
interface Destination {
  chatId: number
  threadId: number
}

/** The subscriptions of one chat and forum topic that a published article matches now. */
export type AlertCheck = (destination: { chatId: number; threadId: number }) => Promise<Topic[]>

/** An admin's labels for the story of `article` that hold for its alerts (findStoryRuling); null when they are matched by its own. */
function findRulingFor(db: Db, articleId: number, article: PublishedArticle): Promise<StoryRuling | null> {
  return findStoryRuling(db, { articleId, contentHash: article.contentHash, storyKey: article.storyKey, publishedAt: article.publishedAt, isCurated: article.isCurated })
}

/** How the alerts queued for an article are checked before they leave, and the admin's labels they are matched by (null: its own). */
export interface PreparedAlertCheck {
  check: AlertCheck
  ruling: StoryRuling | null
}

/**
 * Reads a published article once, to check the alerts queued for it just before each is sent:
 * an admin may have changed its labels, or ruled on another copy of its story, while they waited
 * (a digest waits up to a day, an alert held back by a 429 or a backoff longer). The check
 * matches as enqueueAlerts does, against the destination's subscriptions now, under the story's
 * ruling if there is one; none means the alert is withdrawn. Null when the article is no longer
 * published.
 */
export async function prepareAlertCheck(db: Db, articleId: number): Promise<PreparedAlertCheck | null> {
  const published = await getPublishedArticle(db, articleId)
  if (!published) return null
  const ruling = await findRulingFor(db, articleId, published)
  const article = ruling ? { ...published, ...ruling } : published
  const matches = createAlertMatcher(article)
  return { check: async (destination) => (await findCandidateSubscriptions(db, article, destination)).filter(matches).map(topicOf), ruling }
}
