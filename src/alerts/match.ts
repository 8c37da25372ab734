import type { Kind } from '../classify/types.js'
import type { TopicType } from '../db/schema.js'
import { foldText } from '../language/normalize.js'

/** What a subscription is matched against: the published item's text and labels. */
export interface AlertableItem {
  title: string
  body: string
  partners: readonly string[]
  sectors: readonly string[]
  /** Needed only by narrowed subscriptions (agreements only). */
  kind?: Kind | null
}

export interface Topic {
  topicType: TopicType
  /** Country alpha-2, sector name or keyword; '' for all. */
  topicValue: string
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * True when `keyword` (already normalised) starts a word of `text` (normalised): a prefix
 * rather than a whole word because Russian and Kazakh inflect the ending
 * («театр» → «театрами», «театрлар»).
 */
export function containsKeyword(text: string, keyword: string): boolean {
  if (keyword === '') return false
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) return true
  }
  return false
}

export function matchesTopic(item: AlertableItem, topic: Topic): boolean {
  switch (topic.topicType) {
    case 'all':
      return true
    case 'country':
      return item.partners.includes(topic.topicValue.toUpperCase())
    case 'sector':
      return item.sectors.includes(topic.topicValue.toLowerCase())
    case 'keyword': {
      const keyword = foldText(topic.topicValue)
      return containsKeyword(foldText(item.title), keyword) || containsKeyword(foldText(item.body), keyword)
    }
  }
}

/** A subscription's narrowing: a sector the item must also have, kinds it must be one of. */
export interface TopicFilters {
  sector?: string
  kinds?: readonly Kind[]
}

/** The topic matches and the item passes the subscription's narrowing (Russia + museums, agreements only). */
export function matchesSubscription(item: AlertableItem, subscription: Topic & { filters: TopicFilters }): boolean {
  const { sector, kinds = [] } = subscription.filters
  if (sector !== undefined && !item.sectors.includes(sector)) return false
  if (kinds.length > 0 && (!item.kind || !kinds.includes(item.kind))) return false
  return matchesTopic(item, subscription)
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
