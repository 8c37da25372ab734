import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'

/** A page of a saved search (offset paging: search results are not keyed by one index). */
export interface SearchPage {
  queryId: number
  pageNo: number
}

export const searchCodec = createCodec<SearchPage>(
  'srch',
  (v) => [encodeNumber(v.queryId), encodeNumber(v.pageNo)],
  (f) => {
    const queryId = decodeNumber(f[0])
    const pageNo = decodeNumber(f[1], 10_000)
    return f.length === 2 && queryId !== null && pageNo !== null && pageNo >= 1 ? { queryId, pageNo } : null
  },
)
