import type { ListFilter } from '../../db/list-filters.js'
import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeListFilter, encodeListFilter } from '../list-filter.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

/** ◀ ▶ in /latest (narrowed by a year, kinds or a sector). */
export type LatestPage = PageStep & { filter: ListFilter }

export const latestCodec = createCodec<LatestPage>(
  'lat',
  (v) => [encodeDirection(v.direction), encodeNumber(v.cursorId), encodeNumber(v.pageNo), ...(encodeListFilter(v.filter) ? [encodeListFilter(v.filter)] : [])],
  (f) => {
    const direction = decodeDirection(f[0])
    const cursorId = decodeNumber(f[1])
    const pageNo = decodeNumber(f[2], 1_000_000)
    const filter = decodeListFilter(f[3])
    return (f.length === 3 || f.length === 4) && direction && cursorId !== null && pageNo !== null && pageNo >= 1 && filter ? { direction, cursorId, pageNo, filter } : null
  },
)
