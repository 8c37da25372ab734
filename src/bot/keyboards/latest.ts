import type { ListFilter } from '../../db/list-filters.js'
import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeListFilter, encodeListFilter } from '../list-filter.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

/** ◀ ▶ in /latest (narrowed by a year, kinds or a sector). */
export type LatestPage = PageStep & { filter: ListFilter }

export const latestCodec = createCodec<LatestPage>(
  'lat',
  (v) => [encodeDirection(v.direction), encodeNumber(v.cursorId), ...(encodeListFilter(v.filter) ? [encodeListFilter(v.filter)] : [])],
  (f) => {
    const direction = decodeDirection(f[0])
    const cursorId = decodeNumber(f[1])
    const filter = decodeListFilter(f[2])
    return (f.length === 2 || f.length === 3) && direction && cursorId !== null && filter ? { direction, cursorId, filter } : null
  },
)
