const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }

/**
 * The length Telegram checks against its 4096 limit: the text after HTML entities are parsed
 * (tags and attribute values do not count), in UTF-16 code units as Telegram counts them.
 * Expects HTML this bot produced (scraped text escaped with escapeHtml).
 */
export function telegramLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ENTITIES[name] ?? '').length
}

/** Telegram's limit for a message text, after entities are parsed. */
export const MAX_MESSAGE_LENGTH = 4096

/**
 * Cuts plain text to at most `max` UTF-16 units, ending with "…", without splitting a
 * surrogate pair (half an emoji would be sent as a replacement character).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return `${text.slice(0, end).trimEnd()}…`
}
