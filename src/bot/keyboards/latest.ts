import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeDirection, encodeDirection, type PageStep } from './pager.js'

export const latestCodec = createCodec<PageStep>(
  'lat',
  (v) => [encodeDirection(v.direction), encodeNumber(v.cursorId), encodeNumber(v.pageNo)],
  (f) => {
    const direction = decodeDirection(f[0])
    const cursorId = decodeNumber(f[1])
    const pageNo = decodeNumber(f[2], 1_000_000)
    return f.length === 3 && direction && cursorId !== null && pageNo !== null && pageNo >= 1 ? { direction, cursorId, pageNo } : null
  },
)
