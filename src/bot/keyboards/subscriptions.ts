import { createCodec, decodeNumber, encodeNumber } from '../../telegram/callback-data.js'
import { decodeChatId, encodeChatId } from './chat-id.js'

export type SubscriptionsCallback =
  /** ❌ next to one subscription in /subscriptions (of this chat, or of a channel managed from it). */
  | { action: 'remove'; id: number; pageNo: number; chatId?: number }
  /** ◀ ▶ in /subscriptions. */
  | { action: 'page'; pageNo: number; chatId?: number }
  /** "Change" under /subscriptions: sends the /subscribe picker. */
  | { action: 'menu' }
  /** "Remove all" under an /unsubscribe all of a chat that follows no 📰 everything but `count` other topics. */
  | { action: 'clear'; count: number; chatId?: number }

const chatField = (chatId: number | undefined): string[] => (chatId === undefined ? [] : [encodeChatId(chatId)])

export const subscriptionsCodec = createCodec<SubscriptionsCallback>(
  'subs',
  (v) => {
    switch (v.action) {
      case 'remove':
        return ['rm', encodeNumber(v.id), encodeNumber(v.pageNo), ...chatField(v.chatId)]
      case 'page':
        return ['pg', encodeNumber(v.pageNo), ...chatField(v.chatId)]
      case 'menu':
        return ['menu']
      case 'clear':
        return ['clr', encodeNumber(v.count), ...chatField(v.chatId)]
    }
  },
  ([action, ...f]) => {
    const fields = action === 'rm' ? 2 : action === 'pg' || action === 'clr' ? 1 : 0
    const chatId = f.length === fields + 1 ? decodeChatId(f.at(-1)) : undefined
    if (chatId === null) return null
    const remote = chatId === undefined ? {} : { chatId }
    if (action === 'rm' && f.length === (chatId === undefined ? 2 : 3)) {
      const id = decodeNumber(f[0])
      const pageNo = decodeNumber(f[1], 10_000)
      if (id !== null && pageNo !== null && pageNo >= 1) return { action: 'remove', id, pageNo, ...remote }
    }
    if (action === 'pg' && f.length === (chatId === undefined ? 1 : 2)) {
      const pageNo = decodeNumber(f[0], 10_000)
      if (pageNo !== null && pageNo >= 1) return { action: 'page', pageNo, ...remote }
    }
    if (action === 'menu' && f.length === 0) return { action: 'menu' }
    if (action === 'clr' && f.length === (chatId === undefined ? 1 : 2)) {
      const count = decodeNumber(f[0], 10_000)
      if (count !== null && count >= 1) return { action: 'clear', count, ...remote }
    }
    return null
  },
)
