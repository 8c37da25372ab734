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

/**
 * "a, b, c and 12 more": the leading parts (HTML) that fit in `budget` as Telegram counts, the
 * rest as a count (`more`, translated). A list an argument of any length produced cannot outgrow a message.
 */
export function joinWithin(parts: readonly string[], budget: number, more: (count: number) => string): string {
  const all = parts.join(', ')
  if (telegramLength(all) <= budget) return all
  let joined = ''
  for (const [i, part] of parts.entries()) {
    const next = i === 0 ? part : `${joined}, ${part}`
    if (telegramLength(next) + telegramLength(more(parts.length - i - 1)) + 1 > budget) return i === 0 ? more(parts.length) : `${joined} ${more(parts.length - i)}`
    joined = next
  }
  return joined
}

/** The leading lines (HTML, each whole) that fit in one message, ending with "…" when some were left out. */
export function fitLines(lines: readonly string[], budget = MAX_MESSAGE_LENGTH): string {
  const kept: string[] = []
  let length = 0
  for (const line of lines) {
    const added = telegramLength(line) + (kept.length > 0 ? 1 : 0)
    if (length + added > budget - 2) return [...kept, '…'].join('\n')
    kept.push(line)
    length += added
  }
  return kept.join('\n')
}

/**
 * Lines (HTML) packed in order into as few messages as Telegram takes. Each line is given as its parts (the items of a
 * list, joined by ", "): a line that does not fit where a message stands is cut between two parts, never inside one, and
 * goes on in the next message, so a list of any length is sent whole.
 */
export function splitIntoMessages(lines: readonly (readonly string[])[], budget = MAX_MESSAGE_LENGTH): string[] {
  const messages: string[] = []
  let current = ''
  for (const parts of lines) {
    for (const [i, whole] of parts.entries()) {
      // A part longer than a message alone would be refused by Telegram: cut as fitLines cuts (room for a comma).
      const part = telegramLength(whole) <= budget - 1 ? whole : fitPart(whole, budget - 1)
      const candidate = current === '' ? part : `${current}${i === 0 ? '\n' : ', '}${part}`
      // Room for the comma that ends a message cut inside a list.
      if (current === '' || telegramLength(candidate) + (i < parts.length - 1 ? 1 : 0) <= budget) current = candidate
      else {
        messages.push(i === 0 ? current : `${current},`)
        current = part
      }
    }
  }
  if (current !== '') messages.push(current)
  return messages
}

/** One part cut to `budget`: its leading lines that fit whole, as fitLines keeps them, or its first line cut, with "…". */
function fitPart(part: string, budget: number): string {
  const lines = part.split('\n')
  const fitted = fitLines(lines, budget)
  return fitted === '…' ? cutHtml(lines[0] ?? '', budget - 1) + '…' : fitted
}

/**
 * The start of a line of HTML this bot produced, at most `max` units as Telegram counts them: a tag or an entity is never
 * cut, nor a surrogate pair, and the tags left open are closed.
 */
function cutHtml(html: string, max: number): string {
  const open: string[] = []
  let out = ''
  let length = 0
  for (const [token] of html.matchAll(/<[^>]*>|&(?:lt|gt|amp|quot);|[\ud800-\udbff][\udc00-\udfff]|[^]/g)) {
    if (token.startsWith('<') && token.length > 1) {
      const closing = /^<\/\s*([a-z-]+)/i.exec(token)
      if (closing) open.pop()
      else if (!token.endsWith('/>')) open.push(/^<\s*([a-z-]+)/i.exec(token)?.[1] ?? '')
      out += token
      continue
    }
    const units = token.startsWith('&') ? 1 : token.length
    if (length + units > max) break
    out += token
    length += units
  }
  return `${out.trimEnd()}${open.reverse().map((name) => `</${name}>`).join('')}`
}
