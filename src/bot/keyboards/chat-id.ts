import { decodeNumber, encodeNumber } from '../../telegram/callback-data.js'

/** A group's or channel's (negative) chat id in callback data: "-" and base 36. */
export const encodeChatId = (chatId: number): string => `-${encodeNumber(-chatId)}`

/** The chat id, or null for anything that is not a negative id. */
export function decodeChatId(text: string | undefined): number | null {
  const id = text?.startsWith('-') ? decodeNumber(text.slice(1)) : null
  return id === null || id === 0 ? null : -id
}
