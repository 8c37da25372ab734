import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

/** A chat's saved search: its first page, or the page before (◀) or after (▶) an item. */
export interface SearchPage {
  queryId: number
  step?: PageStep
}

export const searchCodec = createCodec<SearchPage>(
  'srch',
  (v) => [encodeNumber(v.queryId), ...(v.step ? [encodeDirection(v.step.direction), encodeNumber(v.step.cursorId)] : [])],
  (f) => {
    const queryId = decodeNumber(f[0])
    if (queryId === null || (f.length !== 1 && f.length !== 3)) return null
    if (f.length === 1) return { queryId }
    const direction = decodeDirection(f[1])
    const cursorId = decodeNumber(f[2])
    return direction && cursorId !== null ? { queryId, step: { direction, cursorId } } : null
  },
)
