import { countryFlag } from '../classify/countries.js'
import { countryName } from '../country-name.js'
import { ORGANISATION_MARK, organisationName } from '../classify/organisations.js'
import { KINDS, LANGS, type Lang, SECTORS } from '../classify/types.js'
import type { ItemView } from '../db/items.js'
import type { ArchivePage, MonthCount } from '../db/archive.js'
import { perLanguage } from '../per-language.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'

/** A Fluent lookup in one language (the bot's messages; the templates escape what it returns). */
export type PageTranslate = (key: string, vars?: Record<string, string | number>) => string

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' }

/** What every page's layout needs: language, messages, links that keep a chosen ?lang. */
export interface PageFrame {
  lang: Lang
  isLangExplicit: boolean
  t: PageTranslate
  cssHref: string
  faviconHref: string
  link: (path: string, params?: Record<string, string | number | undefined>) => string
  languages: { lang: Lang; name: string; href: string; isCurrent: boolean }[]
}

export function createFrame(input: { lang: Lang; isLangExplicit: boolean; t: PageTranslate; cssHref: string; faviconHref: string; path: string; params: URLSearchParams }): PageFrame {
  const link = (path: string, params: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value))
    if (input.isLangExplicit) search.set('lang', input.lang)
    const query = search.toString()
    return query ? `${path}?${query}` : path
  }
  const languages = LANGS.map((lang) => {
    const search = new URLSearchParams(input.params)
    search.set('lang', lang)
    return { lang, name: LANGUAGE_NAMES[lang], href: `${input.path}?${search.toString()}`, isCurrent: lang === input.lang }
  })
  return { ...input, link, languages }
}

/** "Nov 2026": month labels of the charts in the reader's language. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang
}

const dateFormat = perLanguage((lang) => new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: DEFAULT_TIME_ZONE }))
const monthFormat = perLanguage((lang) => new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }))

/** "21 November 2026" in the reader's language, the date in Kazakhstan (as the bot's cards). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateFormat(lang).format(date)
}

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value)

/** The link of a scraped URL, only when it is http(s): never a javascript: or data: href. */
export const safeHref = (url: string): string | null => (/^https?:\/\/[^\s]+$/i.test(url) ? url : null)

export function itemCard(item: ItemView, frame: PageFrame) {
  return {
    href: frame.link(`/item/${item.id}`),
    title: item.title.trim() || item.url,
    langCode: isLang(item.lang) ? item.lang : null,
    publishedAt: item.publishedAt,
    date: formatDate(item.publishedAt, frame.lang),
    kind: item.kind ? frame.t(`kind-${item.kind}`) : null,
    parties: [
      ...item.partners.map((code) => ({ flag: countryFlag(code), name: countryName(code, frame.lang) })),
      ...item.orgs.map((org) => ({ flag: ORGANISATION_MARK, name: organisationName(org, frame.lang) })),
    ],
    sourceName: item.sourceName,
  }
}

export interface Pager {
  newer: string | null
  older: string | null
}

/**
 * Keyset links: newer than the first item, older than the last (or than where a filtered
 * page's scan window ended), with the list's other parameters.
 */
export function pagerOf(page: ArchivePage, frame: PageFrame, path: string, params: Record<string, string | number | undefined>): Pager {
  const newerFrom = page.newerFrom ?? page.items[0]?.id
  const olderFrom = page.olderFrom ?? page.items.at(-1)?.id
  return {
    newer: page.hasNewer && newerFrom !== undefined ? frame.link(path, { ...params, after: newerFrom }) : null,
    older: page.hasOlder && olderFrom !== undefined ? frame.link(path, { ...params, before: olderFrom }) : null,
  }
}

export function listView(page: ArchivePage, frame: PageFrame, pager: Pager) {
  return {
    items: page.items.map((item) => itemCard(item, frame)),
    pager,
    // An empty page with older ones after it is a scan window that held no match; with newer ones only, the end of a walk.
    emptyText: frame.t(page.hasOlder ? 'web-list-continue' : page.hasNewer ? 'web-list-empty-older' : 'web-list-empty'),
    pagerLabel: frame.t('web-pager'),
    newerText: frame.t('web-pager-newer'),
    olderText: frame.t('web-pager-older'),
  }
}

/** The selects of the filter form, with the current choice selected. */
export function filterFields(frame: PageFrame, current: { kind?: string; sector?: string; year?: number; day?: string; language?: string }, years: readonly number[]) {
  const options = (values: readonly (string | number)[], label: (v: string) => string, selected: string | number | undefined) =>
    values.map((v) => ({ value: String(v), label: label(String(v)), isSelected: String(v) === String(selected ?? '') }))
  // A day (from the bot's link, or typed with the words) is shown, and let go by choosing "any".
  const day = current.day === undefined ? [] : [{ name: 'day', label: frame.t('web-filter-day'), options: options([current.day], (d) => dayLabel(d, frame.lang), current.day) }]
  return [
    ...day,
    { name: 'kind', label: frame.t('web-filter-kind'), options: options(KINDS, (k) => frame.t(`kind-${k}`), current.kind) },
    { name: 'sector', label: frame.t('web-filter-sector'), options: options(SECTORS, (s) => frame.t(`sector-${s}`), current.sector) },
    { name: 'year', label: frame.t('web-filter-year'), options: options(years, (y) => y, current.year) },
    { name: 'language', label: frame.t('web-filter-language'), options: options(LANGS, (l) => frame.t(`web-item-lang-${l}`), current.language) },
  ]
}

/** A day (YYYY-MM-DD) as the archive's item dates read: "3 March 2025". */
function dayLabel(day: string, lang: Lang): string {
  if (day.length === 7) return new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}-15T00:00:00Z`))
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
}

/** Years that have items, newest first, from the month counts. */
export function yearsOf(counts: readonly MonthCount[]): number[] {
  return [...new Set(counts.map((c) => Number(c.month.slice(0, 4))))].sort((a, b) => b - a)
}

export function monthLabel(month: string, lang: Lang): string {
  return monthFormat(lang).format(new Date(`${month}-01T00:00:00Z`))
}
