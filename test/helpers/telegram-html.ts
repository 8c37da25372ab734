/**
 * What Telegram does with `parse_mode: HTML` text: accepts only its own tags and the four
 * named entities, and counts the message length after entities are parsed.
 * https://core.telegram.org/bots/api#html-style
 */
const ALLOWED_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji',
  'code', 'pre', 'blockquote',
])
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }
const MAX_CODE_POINT = 0x10ffff

export type HtmlParseResult = { ok: true; text: string } | { ok: false; error: string }

export function parseTelegramHtml(html: string): HtmlParseResult {
  const open: string[] = []
  let text = ''
  let i = 0
  while (i < html.length) {
    const ch = html[i]
    if (ch === '<') {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*>/.exec(html.slice(i))
      if (!tag) return { ok: false, error: `can't parse entities: unexpected "<" at byte offset ${i}` }
      const [whole, slash, rawName] = tag
      const name = rawName!.toLowerCase()
      if (!ALLOWED_TAGS.has(name)) return { ok: false, error: `can't parse entities: unsupported start tag "${name}" at byte offset ${i}` }
      if (slash) {
        if (open.at(-1) !== name) return { ok: false, error: `can't parse entities: unmatched end tag at byte offset ${i}, expected "</${open.at(-1) ?? ''}>", found "</${name}>"` }
        open.pop()
      } else {
        open.push(name)
      }
      i += whole.length
    } else if (ch === '&') {
      const entity = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);/.exec(html.slice(i))
      const body = entity?.[1]
      if (body === undefined) return { ok: false, error: `can't parse entities: character "&" at byte offset ${i} is not an entity` }
      if (body.startsWith('#')) {
        const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
        if (code > MAX_CODE_POINT) return { ok: false, error: `can't parse entities: invalid character reference "&${body};" at byte offset ${i}` }
        text += String.fromCodePoint(code)
      } else {
        const named = NAMED_ENTITIES[body.toLowerCase()]
        if (named === undefined) return { ok: false, error: `can't parse entities: unsupported entity "&${body};" at byte offset ${i}` }
        text += named
      }
      i += entity![0].length
    } else if (ch === '>') {
      // Telegram tolerates a bare ">" in text.
      text += ch
      i += 1
    } else {
      text += ch
      i += 1
    }
  }
  if (open.length > 0) return { ok: false, error: `can't parse entities: can't find end tag corresponding to start tag "${open.at(-1)}"` }
  return { ok: true, text }
}
