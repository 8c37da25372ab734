import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

/** A step through a search's results, with the number of the page it leads to (buttons made before it was added have none). */
export interface SearchStep extends PageStep {
  page?: number
}

/** A chat's saved search: its first page, or the page before (◀) or after (▶) an item. */
export interface SearchPage {
  queryId: number
  step?: SearchStep
}

export const searchCodec = createCodec<SearchPage>(
  'srch',
  (v) => [
    encodeNumber(v.queryId),
    ...(v.step ? [encodeDirection(v.step.direction), encodeNumber(v.step.cursorId), ...(v.step.page !== undefined ? [encodeNumber(v.step.page)] : [])] : []),
  ],
  (f) => {
    const queryId = decodeNumber(f[0])
    if (queryId === null || (f.length !== 1 && f.length !== 3 && f.length !== 4)) return null
    if (f.length === 1) return { queryId }
    const direction = decodeDirection(f[1])
    const cursorId = decodeNumber(f[2])
    const page = f.length === 4 ? decodeNumber(f[3]) : undefined
    if (!direction || cursorId === null || page === null) return null
    return { queryId, step: { direction, cursorId, ...(page !== undefined ? { page } : {}) } }
  },
)
