import type { Kind } from '../classify/types.js'
import type { TopicType } from '../db/schema.js'
import { createPhraseCache, matchableText, matchesSearchQuery, parseSearchQuery, type SearchClause } from '../language/search-query.js'

/** What a subscription is matched against: the published item's text and labels. */
export interface AlertableItem {
  title: string
  body: string
  partners: readonly string[]
  /** International organisations (UNESCO, TURKSOY …). */
  orgs: readonly string[]
  sectors: readonly string[]
  /** Needed only by narrowed subscriptions (agreements only). */
  kind?: Kind | null
}

export interface Topic {
  topicType: TopicType
  /** Country alpha-2, organisation code, sector name or keyword; '' for all. */
  topicValue: string
}

/**
 * Matches one item against many topics, reading its text once. A keyword topic matches what
 * `/search <keyword>` finds (language/search-query.ts): every word of the keyword through one
 * of its stems, in the title or the text, so «театры» alerts on «Гастроли театра».
 */
export function createTopicMatcher(item: AlertableItem): (topic: Topic) => boolean {
  const text = matchableText(`${item.title}\n${item.body}`)
  const phraseCache = createPhraseCache()
  const keywords = new Map<string, SearchClause[]>()
  return (topic) => {
    switch (topic.topicType) {
      case 'all':
        return true
      case 'country':
        return item.partners.includes(topic.topicValue.toUpperCase())
      case 'org':
        return item.orgs.includes(topic.topicValue)
      case 'sector':
        return item.sectors.includes(topic.topicValue.toLowerCase())
      case 'keyword': {
        let clauses = keywords.get(topic.topicValue)
        if (!clauses) keywords.set(topic.topicValue, (clauses = parseSearchQuery(topic.topicValue)))
        return matchesSearchQuery(clauses, text, phraseCache)
      }
    }
  }
}

/** A subscription's narrowing: a sector the item must also have, kinds it must be one of. */
export interface TopicFilters {
  sector?: string
  kinds?: readonly Kind[]
}

/** Matches one item against many subscriptions: the topic, and the subscription's narrowing (Russia + museums, agreements only). */
export function createSubscriptionMatcher(item: AlertableItem): (subscription: Topic & { filters: TopicFilters }) => boolean {
  const matchesTopic = createTopicMatcher(item)
  return (subscription) => {
    const { sector, kinds = [] } = subscription.filters
    if (sector !== undefined && !item.sectors.includes(sector)) return false
    if (kinds.length > 0 && (!item.kind || !kinds.includes(item.kind))) return false
    return matchesTopic(subscription)
  }
}

/**
 * Whether an item alerts a subscription: one made before the item was published, whose topic and
 * narrowing match the item's labels. Queueing uses it, and so does the check just before a waiting
 * alert is sent (an admin may have changed the labels meanwhile).
 */
export function createAlertMatcher(
  item: AlertableItem & { statusChangedAt: string },
): (subscription: Topic & { filters: TopicFilters; createdAt: string }) => boolean {
  const matches = createSubscriptionMatcher(item)
  return (subscription) => isSubscribedBefore(subscription.createdAt, item.statusChangedAt) && matches(subscription)
}

export interface AlertPolicy {
  now: Date
  maxAgeHours: number
}

export type AlertEligibility = { ok: true } | { ok: false; reason: 'backlog' | 'too-old' | 'undated' }

/**
 * The no-flood rules that apply to the item as a whole: a new source's first poll (backlog)
 * and items older than ALERT_MAX_AGE_HOURS never alert.
 */
export function checkItemEligibility(item: { isBacklog: boolean; publishedAt: string }, { now, maxAgeHours }: AlertPolicy): AlertEligibility {
  if (item.isBacklog) return { ok: false, reason: 'backlog' }
  const published = Date.parse(item.publishedAt)
  if (Number.isNaN(published)) return { ok: false, reason: 'undated' }
  if (now.getTime() - published > maxAgeHours * 3_600_000) return { ok: false, reason: 'too-old' }
  return { ok: true }
}

/**
 * Items published before the subscription was made are never alerted to it. "Published" is
 * when coopwatch made the item visible (confident classification or an admin's approval), not
 * the source's date: a story dated a minute before someone subscribed, that reaches us after,
 * is news to them.
 */
export function isSubscribedBefore(subscriptionCreatedAt: string, publishedAt: string): boolean {
  return Date.parse(subscriptionCreatedAt) <= Date.parse(publishedAt)
}
