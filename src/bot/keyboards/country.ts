import type { ListFilter } from '../../db/list-filters.js'
import { createCodec, decodeNumber, encodeNumber, isCountryCode } from '../../telegram/callback-data.js'
import { decodeListFilter, encodeListFilter } from '../list-filter.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

export type CountryCallback =
  /** Open a country's list (a suggestion or the keyboard of countries). */
  | { action: 'show'; country: string }
  /** ◀ ▶ in a country's list (narrowed by a year, kinds or a sector). */
  | ({ action: 'page'; country: string; filter: ListFilter } & PageStep)
  /** ◀ ▶ in the keyboard of countries that have items. */
  | { action: 'countries'; pageNo: number }
  /** 📈 under a country's list: its items per quarter as a picture. */
  | { action: 'chart'; country: string }

export const countryCodec = createCodec<CountryCallback>(
  'cty',
  (v) => {
    switch (v.action) {
      case 'show':
        return ['s', v.country]
      case 'page':
        return ['p', v.country, encodeDirection(v.direction), encodeNumber(v.cursorId), ...(encodeListFilter(v.filter) ? [encodeListFilter(v.filter)] : [])]
      case 'countries':
        return ['k', encodeNumber(v.pageNo)]
      case 'chart':
        return ['c', v.country]
    }
  },
  ([action, ...f]) => {
    if (action === 's' && f.length === 1 && isCountryCode(f[0])) return { action: 'show', country: f[0] }
    if (action === 'c' && f.length === 1 && isCountryCode(f[0])) return { action: 'chart', country: f[0] }
    if (action === 'p' && (f.length === 3 || f.length === 4) && isCountryCode(f[0])) {
      const direction = decodeDirection(f[1])
      const cursorId = decodeNumber(f[2])
      const filter = decodeListFilter(f[3])
      if (direction && cursorId !== null && filter) return { action: 'page', country: f[0], direction, cursorId, filter }
    }
    if (action === 'k' && f.length === 1) {
      const pageNo = decodeNumber(f[0], 1000)
      if (pageNo !== null && pageNo >= 1) return { action: 'countries', pageNo }
    }
    return null
  },
)
