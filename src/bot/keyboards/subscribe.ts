import { KINDS, type Kind, SECTORS, type Sector } from '../../classify/types.js'
import { createCodec, isCountryCode } from '../../telegram/callback-data.js'
import { decodeChatId, encodeChatId } from './chat-id.js'

/** The chat a button acts on: the one it was sent in (0), or a channel managed from it. */
const encodeChat = (chatId: number | undefined): string => (chatId === undefined ? '0' : encodeChatId(chatId))
const decodeChat = (text: string | undefined): number | undefined | null => (text === '0' ? undefined : decodeChatId(text))

/** Kinds by their initials ("am": agreements and talks), so a narrowed swap still fits in 64 bytes. */
const encodeKinds = (kinds: readonly Kind[] = []): string => kinds.map((k) => k[0]).join('')
const decodeKinds = (text: string | undefined): Kind[] | null => (text !== undefined && /^[acme]*$/.test(text) ? KINDS.filter((k) => text.includes(k[0]!)) : null)

export type SubscribeCallback =
  /** "Follow <country>" under /country answers, and a suggestion under /subscribe. */
  | { action: 'country'; country: string; chatId?: number }
  /**
   * "Only the word «Louvre»" under a /subscribe that read an institution as its country: swaps the
   * country for the keyword, narrowed as the country was (Louvre + museums).
   */
  | { action: 'word'; country: string; isCountryNew: boolean; keyword: string; sector?: Sector; kinds?: readonly Kind[]; chatId?: number }

export const subscribeCodec = createCodec<SubscribeCallback>(
  'sub',
  (v) =>
    v.action === 'country'
      ? ['c', v.country, ...(v.chatId === undefined ? [] : [encodeChat(v.chatId)])]
      : ['w', v.country, v.isCountryNew ? 1 : 0, encodeChat(v.chatId), v.sector ?? '', encodeKinds(v.kinds), v.keyword],
  ([action, country, ...f]) => {
    if (!isCountryCode(country)) return null
    if (action === 'c' && f.length <= 1) {
      const chatId = f.length === 0 ? undefined : decodeChat(f[0])
      return chatId === null ? null : { action: 'country', country, ...(chatId === undefined ? {} : { chatId }) }
    }
    const [isNew, chat, sectorField, kindsField, ...keyword] = f
    const chatId = decodeChat(chat)
    const sector = SECTORS.find((s) => s === sectorField)
    const kinds = decodeKinds(kindsField)
    const word = keyword.join(':')
    if (action === 'w' && (isNew === '0' || isNew === '1') && chatId !== null && (sector || sectorField === '') && kinds && word !== '') {
      return {
        action: 'word',
        country,
        isCountryNew: isNew === '1',
        keyword: word,
        ...(sector ? { sector } : {}),
        ...(kinds.length > 0 ? { kinds } : {}),
        ...(chatId === undefined ? {} : { chatId }),
      }
    }
    return null
  },
)
