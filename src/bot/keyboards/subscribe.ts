import { KINDS, type Kind, SECTORS, type Sector } from '../../classify/types.js'
import { createCodec, decodeNumber, encodeNumber, isCountryCode } from '../../telegram/callback-data.js'
import { decodeChatId, encodeChatId } from './chat-id.js'

/** The chat a button acts on: the one it was sent in (0), or a channel managed from it. */
const encodeChat = (chatId: number | undefined): string => (chatId === undefined ? '0' : encodeChatId(chatId))
const decodeChat = (text: string | undefined): number | undefined | null => (text === '0' ? undefined : decodeChatId(text))

/** Kinds by their initials ("am": agreements and talks), so a narrowed swap still fits in 64 bytes. */
const encodeKinds = (kinds: readonly Kind[] = []): string => kinds.map((k) => k[0]).join('')
const decodeKinds = (text: string | undefined): Kind[] | null => (text !== undefined && /^[acme]*$/.test(text) ? KINDS.filter((k) => text.includes(k[0]!)) : null)

/** A sector ('' for none) and kinds' initials, as the fields a narrowed button carries; null when either is no such thing. */
function decodeNarrowing(sectorField: string | undefined, kindsField: string | undefined): { sector?: Sector; kinds?: Kind[] } | null {
  const sector = SECTORS.find((s) => s === sectorField)
  const kinds = decodeKinds(kindsField)
  if (!(sector || sectorField === '') || !kinds) return null
  return { ...(sector ? { sector } : {}), ...(kinds.length > 0 ? { kinds } : {}) }
}

// Russian and Kazakh letters, and the ASCII letters that stand in for them, one to one.
const CYRILLIC_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі'
const STAND_IN_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP'
const ASCII_NON_LETTER = /^[\x20-\x40\x5b-\x60\x7b-\x7e]$/

/** Each letter of `from` as the letter at its place in `to`, ASCII that is no letter as it is; null for any other character. */
function swapLetters(text: string, from: string, to: string): string | null {
  let swapped = ''
  for (const char of text) {
    const i = from.indexOf(char)
    if (i !== -1) swapped += to[i]
    else if (ASCII_NON_LETTER.test(char)) swapped += char
    else return null
  }
  return swapped
}

/**
 * A lower-case Cyrillic keyword with a byte a letter instead of UTF-8's two, or null when it holds
 * other letters: «государственный русский музей» takes 29 bytes so, and fits in a button's 64.
 */
const packCyrillic = (word: string): string | null => swapLetters(word, CYRILLIC_LETTERS, STAND_IN_LETTERS)
const unpackCyrillic = (packed: string): string | null => swapLetters(packed, STAND_IN_LETTERS, CYRILLIC_LETTERS)

export type SubscribeCallback =
  /** "Follow <country>" under /country answers, and a suggestion under /subscribe, narrowed as the subscription typed was (Frnace + museums). */
  | { action: 'country'; country: string; sector?: Sector; kinds?: readonly Kind[]; chatId?: number }
  /**
   * "Only the word «Louvre»" under a /subscribe that read an institution as its country: swaps the
   * country for the keyword, narrowed as the country was (Louvre + museums).
   */
  | { action: 'word'; country: string; isCountryNew: boolean; keyword: string; sector?: Sector; kinds?: readonly Kind[]; chatId?: number }
  /** The same swap for a word too long to carry: the id under which the chat the button was sent to keeps it (db/kept-texts). */
  | { action: 'kept-word'; country: string; isCountryNew: boolean; choiceId: number; sector?: Sector; kinds?: readonly Kind[]; chatId?: number }

/** A word swap's fields: the keyword as typed ('w'), packed when it is Cyrillic ('wc'), or the id it is kept under ('wk'). */
function encodeWordFields(v: Exclude<SubscribeCallback, { action: 'country' }>): (string | number)[] {
  const head = [v.country, v.isCountryNew ? 1 : 0, encodeChat(v.chatId), v.sector ?? '', encodeKinds(v.kinds)]
  if (v.action === 'kept-word') return ['wk', ...head, encodeNumber(v.choiceId)]
  const packed = packCyrillic(v.keyword)
  return [packed === null ? 'w' : 'wc', ...head, packed ?? v.keyword]
}

export const subscribeCodec = createCodec<SubscribeCallback>(
  'sub',
  (v) =>
    v.action !== 'country'
      ? encodeWordFields(v)
      : v.sector || v.kinds?.length
        ? ['c', v.country, encodeChat(v.chatId), v.sector ?? '', encodeKinds(v.kinds)]
        : ['c', v.country, ...(v.chatId === undefined ? [] : [encodeChat(v.chatId)])],
  ([action, country, ...f]) => {
    if (!isCountryCode(country)) return null
    if (action === 'c' && f.length <= 1) {
      const chatId = f.length === 0 ? undefined : decodeChat(f[0])
      return chatId === null ? null : { action: 'country', country, ...(chatId === undefined ? {} : { chatId }) }
    }
    if (action === 'c') {
      const narrowing = f.length === 3 ? decodeNarrowing(f[1], f[2]) : null
      const chatId = decodeChat(f[0])
      if (!narrowing || chatId === null || (!narrowing.sector && !narrowing.kinds)) return null
      return { action: 'country', country, ...narrowing, ...(chatId === undefined ? {} : { chatId }) }
    }
    const [isNew, chat, sectorField, kindsField, ...keyword] = f
    const chatId = decodeChat(chat)
    const narrowing = decodeNarrowing(sectorField, kindsField)
    if (!(isNew === '0' || isNew === '1') || chatId === null || !narrowing) return null
    const swap = { country, isCountryNew: isNew === '1', ...narrowing, ...(chatId === undefined ? {} : { chatId }) }
    if (action === 'wk') {
      const choiceId = keyword.length === 1 ? decodeNumber(keyword[0]) : null
      return choiceId === null ? null : { action: 'kept-word', choiceId, ...swap }
    }
    const word = action === 'wc' ? unpackCyrillic(keyword.join(':')) : keyword.join(':')
    return (action === 'w' || action === 'wc') && word !== null && word !== '' ? { action: 'word', keyword: word, ...swap } : null
  },
)
