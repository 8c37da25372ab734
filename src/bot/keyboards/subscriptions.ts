import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'

export type SubscriptionsCallback =
  /** ❌ next to one subscription in /subscriptions. */
  | { action: 'remove'; id: number; pageNo: number }
  /** ◀ ▶ in /subscriptions. */
  | { action: 'page'; pageNo: number }
  /** "Change" under /subscriptions: sends the /subscribe picker. */
  | { action: 'menu' }

export const subscriptionsCodec = createCodec<SubscriptionsCallback>(
  'subs',
  (v) => {
    switch (v.action) {
      case 'remove':
        return ['rm', encodeNumber(v.id), encodeNumber(v.pageNo)]
      case 'page':
        return ['pg', encodeNumber(v.pageNo)]
      case 'menu':
        return ['menu']
    }
  },
  ([action, ...f]) => {
    if (action === 'rm' && f.length === 2) {
      const id = decodeNumber(f[0])
      const pageNo = decodeNumber(f[1], 10_000)
      if (id !== null && pageNo !== null && pageNo >= 1) return { action: 'remove', id, pageNo }
    }
    if (action === 'pg' && f.length === 1) {
      const pageNo = decodeNumber(f[0], 10_000)
      if (pageNo !== null && pageNo >= 1) return { action: 'page', pageNo }
    }
    if (action === 'menu' && f.length === 0) return { action: 'menu' }
    return null
  },
)
