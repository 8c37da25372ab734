import type { Lang } from '../classify/types.js'
import { countryFlag } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import { ORGANISATION_MARK, organisationName } from '../classify/organisations.js'
import type { ItemView } from '../db/items.js'
import { escapeAttribute, escapeHtml } from './escape.js'
import { extractLead } from './lead.js'
import { truncateText } from './length.js'
import type { Translate } from './translate.js'
import { perLanguage } from '../per-language.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'

/** Long enough for any real headline; a longer scraped "title" is page noise. */
export const MAX_TITLE_LENGTH = 300
const MAX_SOURCE_LENGTH = 80
export const MAX_PARTIES_SHOWN = 8

/** The lead of an alert; cards in a list get a shorter one. */
export const MAX_LEAD_LENGTH = 300
export const LIST_LEAD_LENGTH = 180

export interface CardOptions {
  /** Lower than MAX_TITLE_LENGTH when a list of cards has to shrink to fit one message. */
  maxTitleLength?: number
  /** The lead under the title, at most this long; 0 or absent: no lead. */
  leadLength?: number
  /** A partner the card must name (the country a list is of), even where it would fall among the "N more". */
  partnerInView?: string
  /** Partners the card must name (those an alert's chat follows), first, even where they would fall among the "N more". */
  partnersInView?: readonly string[]
  /** Organisations the card must name (those an alert's chat follows), even where they would fall among the "N more". */
  orgsInView?: readonly string[]
}

/**
 * "21 Nov 2026" in the reader's language; the raw text when the stored date is unreadable.
 * Items are Kazakh announcements: their date is the date in Kazakhstan, whoever reads it.
 */
export function formatItemDate(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return itemDateFormat(lang).format(date)
}

/** "21 Nov 2026 14:05", in Kazakhstan like item dates: for admin screens, where the hour matters. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${formatItemDate(iso, lang)} ${new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: DEFAULT_TIME_ZONE }).format(date)}`
}

// Building an Intl formatter costs a third of a millisecond, using one microseconds: an inline
// answer formats a date per result. British order ("21 Nov 2026") reads the same to everyone.
const itemDateFormat = perLanguage((lang) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: DEFAULT_TIME_ZONE }))
const monthFormat = perLanguage((lang) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }))

/** A month a list is narrowed to: "March 2026", «март 2026 г.», «2026 ж. наурыз». */
export function formatMonth(year: number, month: number, lang: Lang): string {
  return monthFormat(lang).format(new Date(Date.UTC(year, month - 1, 15)))
}
let yearFormat: Intl.DateTimeFormat | undefined

/** The year an item was published, in Kazakhstan (for "since 2019" headers). */
export function itemYear(iso: string): number {
  yearFormat ??= new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: DEFAULT_TIME_ZONE })
  return Number(yearFormat.format(new Date(iso)))
}

function renderParties(item: ItemView, lang: Lang, t: Translate, { partnerInView, partnersInView = [], orgsInView = [] }: Pick<CardOptions, 'partnerInView' | 'partnersInView' | 'orgsInView'> = {}): string {
  const countryLabel = (code: string) => `${countryFlag(code)} ${escapeHtml(countryName(code, lang))}`
  const orgLabel = (org: string) => `${ORGANISATION_MARK} ${escapeHtml(organisationName(org, lang))}`
  // Partners, then organisations; those in view (a list's country, what an alert's chat follows), past the parties a card
  // names, come first, the country before the organisation, so that neither falls among the "N more".
  const parties = [
    ...item.partners.map((code) => ({ label: countryLabel(code), isInView: code === partnerInView || partnersInView.includes(code) })),
    ...item.orgs.map((org) => ({ label: orgLabel(org), isInView: orgsInView.includes(org) })),
  ]
  const isHidden = parties.some((party, i) => party.isInView && i >= MAX_PARTIES_SHOWN)
  const ordered = isHidden ? [...parties.filter((party) => party.isInView), ...parties.filter((party) => !party.isInView)] : parties
  if (ordered.length === 0) return t(item.isRelevant ? 'format-domestic' : 'format-no-partners')
  const shown = ordered.slice(0, MAX_PARTIES_SHOWN).map((party) => party.label).join(', ')
  return ordered.length > MAX_PARTIES_SHOWN ? `${shown} ${t('format-and-more', { count: ordered.length - MAX_PARTIES_SHOWN })}` : shown
}

/**
 * A scraped title (the URL when it is empty) as an escaped link, shortened to `maxLength`.
 * Telegram refuses the whole message for an href it cannot open; ingest stores http(s) only,
 * but a card or a preview must never be the reason a message fails, so anything else stays text.
 */
export function renderTitleLink(title: string, url: string, maxLength: number): string {
  const label = escapeHtml(truncateText(title.replace(/\s+/g, ' ').trim() || url, maxLength))
  return /^https?:\/\/\S+$/i.test(url) ? `<a href="${escapeAttribute(url)}">${label}</a>` : label
}

/**
 * One item as Telegram HTML: partners (flags and names in `lang`), kind, date and sectors,
 * the title as a link, the lead when asked for, the source. Every scraped piece is escaped; the
 * visible length is bounded (title, lead, source and party list are capped), so a page of
 * cards can be made to fit.
 */
export function renderItemCard(item: ItemView, lang: Lang, t: Translate, options: CardOptions = {}): string {
  const facts = [
    item.kind ? `<b>${t(`kind-${item.kind}`)}</b>` : null,
    formatItemDate(item.publishedAt, lang),
    item.sectors.length > 0 ? item.sectors.map((s) => t(`sector-${s}`)).join(', ') : null,
  ].filter((f) => f !== null)
  const lines = [renderParties(item, lang, t, options), facts.join(' · '), renderTitleLink(item.title, item.url, options.maxTitleLength ?? MAX_TITLE_LENGTH)]
  const lead = options.leadLength ? extractLead(item.title, item.opening, options.leadLength) : ''
  if (lead) lines.push(escapeHtml(lead))
  if (item.sourceName) lines.push(`<i>${escapeHtml(truncateText(item.sourceName, MAX_SOURCE_LENGTH))}</i>`)
  return lines.join('\n')
}
