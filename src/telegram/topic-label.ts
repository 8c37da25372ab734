import { countryFlag } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import { ORGANISATION_MARK, organisationName } from '../classify/organisations.js'
import type { Lang } from '../classify/types.js'
import type { Topic } from '../db/subscriptions.js'
import { escapeHtml } from './escape.js'
import type { Translate } from './translate.js'

/** Characters of a reply the topics it names may take; the rest are counted ("and 12 more"). */
export const TOPICS_BUDGET = 1500

/**
 * A subscription as a label: "🇷🇺 Russia", "🏛 UNESCO", "museums", «louvre», "everything", narrowed ones as
 * "🇷🇺 Russia + museums (agreements only)"; escaped unless for a button.
 */
export function topicLabel(topic: Topic, lang: Lang, t: Translate, { isHtml = true } = {}): string {
  const escape = isHtml ? escapeHtml : (text: string) => text
  const base = (() => {
    switch (topic.type) {
      case 'all':
        return t('topic-all')
      case 'country':
        return `${countryFlag(topic.value)} ${escape(countryName(topic.value, lang))}`
      case 'org':
        return `${ORGANISATION_MARK} ${escape(organisationName(topic.value, lang))}`
      case 'sector':
        return t(`sector-${topic.value}`)
      case 'keyword':
        return `«${escape(topic.value)}»`
    }
  })()
  const sector = topic.sector ? ` + ${t(`sector-${topic.sector}`)}` : ''
  const kinds = topic.kinds?.length ? ` (${t('topic-kinds-only', { kinds: topic.kinds.map((k) => t(`kinds-${k}`)).join(', ') })})` : ''
  return `${base}${sector}${kinds}`
}
