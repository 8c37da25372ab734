import type { ListFilter } from '../../db/list-filters.js'
import { createCodec, decodeNumber, encodeNumber, isCountryCode } from '../../telegram/callback-data.js'
import { decodeListFilter, encodeListFilter } from '../list-filter.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

/** A country's place in the keyboard of countries: most items first, then by code. */
export interface CountryPlace {
  count: number
  country: string
}

/** ◀ ▶ in the keyboard of countries: the countries before or after one it showed, by the counts at the press. */
export interface CountryStep {
  direction: 'before' | 'after'
  from: CountryPlace
}

export type CountryCallback =
  /** Open a country's list (a suggestion, narrowed as the question was, or the keyboard of countries). */
  | { action: 'show'; country: string; filter?: ListFilter }
  /** ◀ ▶ in a country's list (narrowed by a year, kinds or a sector). */
  | ({ action: 'page'; country: string; filter: ListFilter } & PageStep)
  /** The keyboard of countries that have items: its first page (`step` null), or ◀ ▶ in it. */
  | { action: 'countries'; step: CountryStep | null }
  /** 📈 under a country's list: its items per quarter as a picture. */
  | { action: 'chart'; country: string }

export const countryCodec = createCodec<CountryCallback>(
  'cty',
  (v) => {
    switch (v.action) {
      case 'show':
        return ['s', v.country, ...(v.filter && encodeListFilter(v.filter) ? [encodeListFilter(v.filter)] : [])]
      case 'page':
        return ['p', v.country, encodeDirection(v.direction), encodeNumber(v.cursorId), ...(encodeListFilter(v.filter) ? [encodeListFilter(v.filter)] : [])]
      case 'countries':
        return v.step ? ['k', v.step.direction === 'before' ? 'b' : 'a', encodeNumber(v.step.from.count), v.step.from.country] : ['k']
      case 'chart':
        return ['c', v.country]
    }
  },
  ([action, ...f]) => {
    if (action === 's' && f.length === 1 && isCountryCode(f[0])) return { action: 'show', country: f[0] }
    if (action === 's' && f.length === 2 && isCountryCode(f[0])) {
      const filter = decodeListFilter(f[1])
      if (filter) return { action: 'show', country: f[0], filter }
    }
    if (action === 'c' && f.length === 1 && isCountryCode(f[0])) return { action: 'chart', country: f[0] }
    if (action === 'p' && (f.length === 3 || f.length === 4) && isCountryCode(f[0])) {
      const direction = decodeDirection(f[1])
      const cursorId = decodeNumber(f[2])
      const filter = decodeListFilter(f[3])
      if (direction && cursorId !== null && filter) return { action: 'page', country: f[0], direction, cursorId, filter }
    }
    // `k:1` is the first page in /start messages sent while the keyboard paged by number; other numbers are out of date.
    if (action === 'k' && (f.length === 0 || (f.length === 1 && f[0] === '1'))) return { action: 'countries', step: null }
    if (action === 'k' && f.length === 3 && (f[0] === 'b' || f[0] === 'a') && isCountryCode(f[2])) {
      const count = decodeNumber(f[1])
      if (count !== null) return { action: 'countries', step: { direction: f[0] === 'b' ? 'before' : 'after', from: { count, country: f[2] } } }
    }
    return null
  },
)

/** Whether `a` comes before `b` in the keyboard of countries. */
const comesBefore = (a: CountryPlace, b: CountryPlace): boolean => a.count > b.count || (a.count === b.count && a.country < b.country)

/**
 * The countries one page of the keyboard shows, out of `countries` in keyboard order (as
 * listPartnerCountries gives them): the first `size`, or the `size` next to the country a ◀ ▶
 * press came from. Continuing from a country rather than a page number, a country whose count did
 * not change between presses is never shown twice nor skipped: only one whose own count changed
 * can cross the press's country (onto the pages seen, or off them). Past either end, the page at that end.
 */
export function pickCountryPage<T extends CountryPlace>(countries: readonly T[], step: CountryStep | null, size: number): { shown: T[]; hasBefore: boolean; hasAfter: boolean } {
  let start = 0
  let end = Math.min(countries.length, size)
  if (step?.direction === 'after') {
    const next = countries.findIndex((c) => comesBefore(step.from, c))
    start = next === -1 ? Math.max(0, countries.length - size) : next
    end = Math.min(countries.length, start + size)
  } else if (step?.direction === 'before') {
    const notBefore = countries.findIndex((c) => !comesBefore(c, step.from))
    // The first page may come out short; filled up, it would show again what the press came from.
    if (notBefore !== 0) end = notBefore === -1 ? countries.length : notBefore
    start = Math.max(0, end - size)
  }
  return { shown: countries.slice(start, end), hasBefore: start > 0, hasAfter: end < countries.length }
}
