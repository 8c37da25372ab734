import type { InlineKeyboardMarkup, LinkPreviewOptions } from 'grammy/types'
import type { Lang } from '../classify/types.js'
import type { AlertContext, ChatPreferences } from '../db/chat-preferences.js'
import type { ItemView } from '../db/items.js'
import { MAX_LEAD_LENGTH, renderItemCard } from '../telegram/item-card.js'
import type { LeadPartner } from '../lead-partner.js'
import { joinWithin } from '../telegram/length.js'
import { topicLabel, TOPICS_BUDGET } from '../telegram/topic-label.js'
import type { Translate } from '../telegram/translate.js'
import { DEFAULT_TIME_ZONE, isValidTimeZone, offsetMinutes } from '../time-zone.js'

/** The send options a chat's preferences ask for: sound, and (for a single item) its page's preview. */
export interface AlertOptions {
  disable_notification?: boolean
  link_preview_options?: LinkPreviewOptions
  /** An instant alert's ↗️ Share button. */
  reply_markup?: InlineKeyboardMarkup
}

export interface AlertMessage {
  text: string
  options: AlertOptions
}

/** The hour of the day in `timeZone` (the default zone if unknown). */
function localHour(now: Date, timeZone: string): number {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  return new Date(now.getTime() + offsetMinutes(now, zone) * 60_000).getUTCHours()
}

/** Whether `now` falls in the chat's quiet hours (22–8 runs across midnight). */
export function isQuietTime(preferences: Pick<ChatPreferences, 'quietHours' | 'timeZone'>, now: Date): boolean {
  const quiet = preferences.quietHours
  if (!quiet || quiet.start === quiet.end) return false
  const hour = localHour(now, preferences.timeZone)
  return quiet.start < quiet.end ? hour >= quiet.start && hour < quiet.end : hour >= quiet.start || hour < quiet.end
}

/** Without sound when the chat asked for silence, always or at this hour. */
export function notificationOptions(preferences: ChatPreferences, now: Date): AlertOptions {
  return preferences.isSilent || isQuietTime(preferences, now) ? { disable_notification: true } : {}
}

/**
 * An instant alert in the subscriber's language: which subscription it matched, the item's card
 * with its lead (unless the chat turned leads off), and the chat's sound and preview choices.
 * A chat that follows none of the item's countries (all, a sector, a keyword) keeps the country
 * the item is about (`leadPartner`) in view, first where it would fall among the "and N more".
 */
export function renderAlert(item: ItemView, { matchedTopics, preferences }: AlertContext, lang: Lang, t: Translate, now: Date, leadPartner?: LeadPartner): AlertMessage {
  const topics = joinWithin(matchedTopics.map((topic) => topicLabel(topic, lang, t)), TOPICS_BUDGET, (count) => t('format-and-more', { count }))
  const header = matchedTopics.length > 0 ? t('alerts-new-item-for', { topics }) : t('alerts-new-item')
  // The countries and the organisations the chat follows stay on the card, as on a /country list, among however many partners.
  const followedCountries = matchedTopics.flatMap((topic) => (topic.type === 'country' ? [topic.value] : []))
  const lead = followedCountries.length === 0 ? leadPartner?.(item) : undefined
  const followed = lead === undefined ? followedCountries : [lead]
  const followedOrgs = matchedTopics.flatMap((topic) => (topic.type === 'org' ? [topic.value] : []))
  const card = renderItemCard(item, lang, t, {
    leadLength: preferences.showLead ? MAX_LEAD_LENGTH : 0,
    partnersInView: followed,
    orgsInView: followedOrgs,
  })
  const preview: LinkPreviewOptions = preferences.showLinkPreview && /^https?:\/\//i.test(item.url) ? { url: item.url, prefer_large_media: true } : { is_disabled: true }
  return { text: `${header}\n\n${card}`, options: { ...notificationOptions(preferences, now), link_preview_options: preview } }
}
