import type { InlineKeyboardMarkup } from 'grammy/types'

/**
 * An item card's "share" button opens the bot's inline mode in a chat the user picks, with
 * this query already typed: the one result it lists is the same card.
 */
export const shareQuery = (itemId: number): string => `#${itemId}`

/** The item a share query names, or null for any other query. */
export function sharedItemId(query: string): number | null {
  const found = /^#([1-9]\d{0,14})$/.exec(query.trim())
  return found ? Number(found[1]) : null
}

export function shareKeyboard(itemId: number, label: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: label, switch_inline_query: shareQuery(itemId) }]] }
}
