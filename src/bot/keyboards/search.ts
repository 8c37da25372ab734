import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'

/** A page of a saved search (offset paging: search results are not keyed by one index). */
export interface SearchPage {
  queryId: number
  pageNo: number
}

/** The last page a button may ask for: 50,000 results at 5 a page. */
export const MAX_SEARCH_PAGE = 10_000

export const searchCodec = createCodec<SearchPage>(
  'srch',
  (v) => [encodeNumber(v.queryId), encodeNumber(v.pageNo)],
  (f) => {
    const queryId = decodeNumber(f[0])
    const pageNo = decodeNumber(f[1], MAX_SEARCH_PAGE)
    return f.length === 2 && queryId !== null && pageNo !== null && pageNo >= 1 ? { queryId, pageNo } : null
  },
)
