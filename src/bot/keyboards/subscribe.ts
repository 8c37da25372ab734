import { createCodec, isCountryCode } from '../../telegram/callback-data.js'
import { decodeChatId, encodeChatId } from './chat-id.js'

/** The chat a button acts on: the one it was sent in (0), or a channel managed from it. */
const encodeChat = (chatId: number | undefined): string => (chatId === undefined ? '0' : encodeChatId(chatId))
const decodeChat = (text: string | undefined): number | undefined | null => (text === '0' ? undefined : decodeChatId(text))

export type SubscribeCallback =
  /** "Follow <country>" under /country answers, and a suggestion under /subscribe. */
  | { action: 'country'; country: string; chatId?: number }
  /** "Only the word «Louvre»" under a /subscribe that read an institution as its country: swaps the country for the keyword. */
  | { action: 'word'; country: string; isCountryNew: boolean; keyword: string; chatId?: number }

export const subscribeCodec = createCodec<SubscribeCallback>(
  'sub',
  (v) => (v.action === 'country' ? ['c', v.country, ...(v.chatId === undefined ? [] : [encodeChat(v.chatId)])] : ['w', v.country, v.isCountryNew ? 1 : 0, encodeChat(v.chatId), v.keyword]),
  ([action, country, ...f]) => {
    if (!isCountryCode(country)) return null
    if (action === 'c' && f.length <= 1) {
      const chatId = f.length === 0 ? undefined : decodeChat(f[0])
      return chatId === null ? null : { action: 'country', country, ...(chatId === undefined ? {} : { chatId }) }
    }
    const [isNew, chat, ...keyword] = f
    const chatId = decodeChat(chat)
    const word = keyword.join(':')
    if (action === 'w' && (isNew === '0' || isNew === '1') && chatId !== null && word !== '') {
      return { action: 'word', country, isCountryNew: isNew === '1', keyword: word, ...(chatId === undefined ? {} : { chatId }) }
    }
    return null
  },
)
