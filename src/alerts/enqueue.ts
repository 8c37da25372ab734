import type { Transaction } from 'kysely'
import { findCandidateSubscriptions, findStoryDestinations, getPublishedArticle, insertAlerts } from '../db/outbox.js'
import type { AlertMode, Database } from '../db/schema.js'
import type { Topic } from '../db/subscriptions.js'
import { checkItemEligibility, isSubscribedBefore, createSubscriptionMatcher, type AlertPolicy } from './match.js'

/** Two sources rarely carry one story more than a week apart; older alerts no longer suppress. */
const STORY_WINDOW_MS = 7 * 24 * 3_600_000

/**
 * Queues the alerts for a just-published article, inside the caller's transaction (so an item
 * is never published without its alerts, nor alerted without being published). Call it after
 * the article's classification (status 'published') and partners are written.
 *
 * Writes one `alert_outbox` row per matching chat and forum topic, in the subscriber's alert
 * mode, with the subscriptions it matched (the alert names them). Never alerts a backlog item, an item older than `maxAgeHours`, an item published
 * before the subscription was made, or a story the chat was already alerted to from another
 * source (same `story_key` or `content_hash`). Idempotent. Returns the number of rows added.
 */
export async function enqueueAlerts(trx: Transaction<Database>, articleId: number, policy: AlertPolicy): Promise<number> {
  const article = await getPublishedArticle(trx, articleId)
  if (!article || !checkItemEligibility(article, policy).ok) return 0

  const destinations = new Map<string, { chatId: number; threadId: number; delivery: AlertMode; matchedTopics: Topic[] }>()
  const matches = createSubscriptionMatcher(article)
  for (const s of await findCandidateSubscriptions(trx, article)) {
    if (!isSubscribedBefore(s.createdAt, article.statusChangedAt)) continue
    if (!matches(s)) continue
    const key = `${s.chatId}:${s.threadId}`
    const destination = destinations.get(key) ?? { chatId: s.chatId, threadId: s.threadId, delivery: s.alertMode, matchedTopics: [] }
    destination.matchedTopics.push({ type: s.topicType, value: s.topicValue, ...s.filters })
    destinations.set(key, destination)
  }
  if (destinations.size === 0) return 0

  const since = new Date(policy.now.getTime() - STORY_WINDOW_MS)
  for (const d of await findStoryDestinations(trx, { articleId, contentHash: article.contentHash, storyKey: article.storyKey, since })) {
    destinations.delete(`${d.chatId}:${d.threadId}`)
  }
  return insertAlerts(trx, articleId, [...destinations.values()], policy.now)
}
