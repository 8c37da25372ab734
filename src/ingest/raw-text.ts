import { READ_ATTRIBUTES } from './article.js'

/** A script whose type names this, in any case, is kept: extraction reads the article's headline and date from JSON-LD. */
const KEPT_SCRIPT_TYPE = 'ld+json'
/** A chrome region holding one of these is kept for the DOM to judge: extraction reads them before it drops the chrome. */
const READ_INSIDE_CHROME = ['datePublished', 'articleBody'].map((s) => Buffer.from(s))
/**
 * 1 at each byte that may follow a tag name: space, tab, line feed, form feed, return, "/" or
 * ">". A table, as it is read for every byte of every tag's name.
 */
const NAME_ENDS = new Uint8Array(256)
for (const byte of [0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x2f, 0x3e]) NAME_ENDS[byte] = 1
/** Attributes anything reads after the cut: extraction's, and the charset a <meta> declares (decode.ts). */
const KEPT_ATTRIBUTES: readonly string[] = [...READ_ATTRIBUTES, 'charset', 'http-equiv']
const LESS_THAN = 0x3c
const GREATER_THAN = 0x3e
const SLASH = 0x2f
const EQUALS = 0x3d
const QUOTATION_MARK = 0x22
const APOSTROPHE = 0x27
const EXCLAMATION_MARK = 0x21
const HYPHEN = 0x2d
const COMMENT_CLOSE = Buffer.from('-->')
const CLOSING_TAG = Buffer.from('</')
/** Kept runs this long or shorter are copied byte by byte. */
const SHORT_RUN_BYTES = 64
/** Set, it makes an ASCII capital letter small (and leaves digits as they are). */
const LOWER_CASE_BIT = 0x20

/**
 * - raw-text: read by the tokenizer as text up to its closing tag (never nested);
 * - text-only: read as text too (htmlparser2's other special tags), and kept: what they hold is
 *   never taken for tags;
 * - chrome: page chrome extraction always drops whole (article.ts's DROP_TAGS), menus and
 *   footers being a third of a news page's markup; nested, so cut at the closing tag that
 *   pairs with the opening one;
 * - paired: must open and close as often inside a chrome region for it to be cut. An <aside>
 *   left open inside a <div> ends with that </div> in the parser, not at a later </aside>, and
 *   cutting up to that one would cut the article away.
 */
type TagRole = 'raw-text' | 'text-only' | 'chrome' | 'paired'

interface Tag {
  name: string
  role: TagRole
  /** Index among the paired tags (their open-minus-close counts). */
  index: number
}

const TAGS: readonly Tag[] = [
  ...['script', 'style'].map((name) => ({ name, role: 'raw-text' as const, index: -1 })),
  ...['title', 'textarea', 'xmp'].map((name) => ({ name, role: 'text-only' as const, index: -1 })),
  ...['nav', 'aside', 'footer', 'svg', 'noscript'].map((name) => ({ name, role: 'chrome' as const, index: -1 })),
  ...['div', 'section', 'article', 'main', 'table', 'td', 'ul'].map((name, index) => ({ name, role: 'paired' as const, index })),
]
const PAIRED_COUNT = TAGS.filter((t) => t.role === 'paired').length
/** Longer names are none of ours, and are not read further. */
const LONGEST_NAME = Math.max(...TAGS.map((t) => t.name.length))
/** TAGS by the length of their names: most tags on a page are none of ours, and most are told by their length alone. */
const TAGS_BY_LENGTH: readonly (readonly Tag[])[] = Array.from({ length: LONGEST_NAME + 1 }, (_, length) => TAGS.filter((t) => t.name.length === length))
/** `<svg/>` closes itself (foreign content); the other chrome elements cannot. */
const SELF_CLOSING = 'svg'

function isAsciiLetter(byte: number): boolean {
  const lower = byte | LOWER_CASE_BIT
  return lower >= 0x61 && lower <= 0x7a
}

/** An ASCII letter or digit. */
function isNameByte(byte: number): boolean {
  const lower = byte | LOWER_CASE_BIT
  return (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39)
}

/** Whether the bytes at `at` spell `word` (lower-case letters, digits and signs) in any case. */
function spellsAt(bytes: Buffer, at: number, word: string): boolean {
  let i = 0
  while (i < word.length && ((bytes[at + i] ?? 0) | LOWER_CASE_BIT) === word.charCodeAt(i)) i++
  return i === word.length
}

/** Whether `bytes[start, end)` holds `word`, in any case. */
function holdsIgnoringCase(bytes: Buffer, start: number, end: number, word: string): boolean {
  for (let at = start; at + word.length <= end; at++) if (spellsAt(bytes, at, word)) return true
  return false
}

/** The known tag whose name starts at `start`, matched as the tokenizer does, in any case. */
function tagAt(bytes: Buffer, start: number): { tag: Tag; nameEnd: number } | null {
  let end = start
  while (end - start <= LONGEST_NAME && end < bytes.length && isNameByte(bytes[end]!)) end++
  if (end === start || end - start > LONGEST_NAME || NAME_ENDS[bytes[end] ?? 0] === 0) return null
  const tag = knownTag(bytes, start, end)
  return tag ? { tag, nameEnd: end } : null
}

/** The known tag named `bytes[start, end)`, in any case. */
function knownTag(bytes: Buffer, start: number, end: number): Tag | undefined {
  for (const tag of TAGS_BY_LENGTH[end - start] ?? []) if (spellsAt(bytes, start, tag.name)) return tag
  return undefined
}

/** Space, tab, line feed, form feed or return: what separates a tag's attributes. */
function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d
}

function isAttributeNameEnd(byte: number): boolean {
  return isSpaceByte(byte) || byte === SLASH || byte === GREATER_THAN || byte === EQUALS
}

/** KEPT_ATTRIBUTES by the length of their names: most attributes on a page are none of them, told so by length or first letters. */
const KEPT_ATTRIBUTES_BY_LENGTH: readonly (readonly string[])[] = Array.from({ length: Math.max(...KEPT_ATTRIBUTES.map((name) => name.length)) + 1 }, (_, length) =>
  KEPT_ATTRIBUTES.filter((name) => name.length === length),
)

/** Whether the attribute name `bytes[start, end)` is one of KEPT_ATTRIBUTES, in any case. */
function isKeptAttribute(bytes: Buffer, start: number, end: number): boolean {
  for (const name of KEPT_ATTRIBUTES_BY_LENGTH[end - start] ?? []) if (spellsAt(bytes, start, name)) return true
  return false
}

/** The [start, end) of each attribute of one tag that nothing reads, as pairs in `bounds`; reused from tag to tag. */
interface UnreadAttributes {
  bounds: number[]
  count: number
}

/**
 * Reads the start tag whose name ends at `nameEnd` as the tokenizer does (quoted values may
 * hold ">"), noting in `unread` (emptied first) each attribute nothing reads. Returns where the
 * tag ends (after its ">"), or -1 when it never does.
 */
function readStartTag(bytes: Buffer, nameEnd: number, unread: UnreadAttributes): number {
  unread.count = 0
  let i = nameEnd
  for (;;) {
    while (i < bytes.length && (isSpaceByte(bytes[i]!) || bytes[i] === SLASH)) i++
    if (i >= bytes.length) return -1
    if (bytes[i] === GREATER_THAN) return i + 1
    const start = i
    // A name's first character is part of it whatever it is, "=" included.
    i++
    while (i < bytes.length && !isAttributeNameEnd(bytes[i]!)) i++
    const nameEnd = i
    let next = i
    while (next < bytes.length && isSpaceByte(bytes[next]!)) next++
    if (bytes[next] === EQUALS) {
      next++
      while (next < bytes.length && isSpaceByte(bytes[next]!)) next++
      const quote = bytes[next]
      if (quote === QUOTATION_MARK || quote === APOSTROPHE) {
        const close = bytes.indexOf(quote, next + 1)
        if (close === -1) return -1
        i = close + 1
      } else {
        i = next
        while (i < bytes.length && !isSpaceByte(bytes[i]!) && bytes[i] !== GREATER_THAN) i++
      }
    }
    if (!isKeptAttribute(bytes, start, nameEnd)) {
      unread.bounds[unread.count * 2] = start
      unread.bounds[unread.count * 2 + 1] = i
      unread.count += 1
    }
  }
}

/** Where the raw text opened before `from` ends (after its closing tag's ">"), or -1 when it never does. */
function rawTextEnd(bytes: Buffer, tag: Tag, from: number): number {
  for (let at = bytes.indexOf(CLOSING_TAG, from); at !== -1; at = bytes.indexOf(CLOSING_TAG, at + 2)) {
    if (tagAt(bytes, at + 2)?.tag === tag) {
      const end = bytes.indexOf(GREATER_THAN, at)
      return end === -1 ? -1 : end + 1
    }
  }
  return -1
}

interface ChromeRegion {
  tag: Tag
  start: number
  depth: number
  /** Paired tags opened minus closed inside it. */
  balance: Int32Array
  holdsJsonLd: boolean
  /** The cuts made before it, to go back to when it is cut whole. */
  keptCount: number
  keptTo: number
}

/**
 * An HTML page's bytes without what extraction never reads: <script> and <style> elements
 * (JSON-LD stays), comments, the page chrome it drops whole (<nav>, <aside>, <footer>, inline
 * <svg>, <noscript>), and every attribute but the ones it reads (READ_ATTRIBUTES) and a
 * charset's: about five sixths of a news page's bytes. Cut natively in the bytes, before
 * decoding, they cost neither the decoder nor the tokenizer, which would read them character by
 * character. The scan reads tags as the tokenizer does: a "<script" inside a comment, or a
 * "</nav>" inside a script, is text. A chrome region whose tags do not pair up, or that holds
 * something extraction reads, stays for the parser to judge. The charset is assumed
 * ASCII-compatible; in UTF-16 nothing matches and the bytes come back as they were.
 */
export function dropUnreadMarkup(body: Uint8Array): Uint8Array {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  // The [start, end) of each run of bytes kept, copied out once at the end.
  const kept: number[] = []
  let keptTo = 0
  const cut = (start: number, end: number): void => {
    if (start > keptTo) kept.push(keptTo, start)
    keptTo = end
  }
  let region: ChromeRegion | null = null
  const closeRegion = (open: ChromeRegion, end: number): void => {
    const whole = bytes.subarray(open.start, end)
    if (!open.holdsJsonLd && open.balance.every((n) => n === 0) && !READ_INSIDE_CHROME.some((needle) => whole.includes(needle))) {
      kept.length = open.keptCount
      keptTo = open.keptTo
      cut(open.start, end)
    }
    region = null
  }
  const unread: UnreadAttributes = { bounds: [], count: 0 }
  const dropUnreadAttributes = (): void => {
    for (let i = 0; i < unread.count * 2; i += 2) cut(unread.bounds[i]!, unread.bounds[i + 1]!)
  }
  let at = bytes.indexOf(LESS_THAN)
  scan: while (at !== -1) {
    let from = at + 1
    if (bytes[at + 1] === EXCLAMATION_MARK && bytes[at + 2] === HYPHEN && bytes[at + 3] === HYPHEN) {
      // "<!-->" is a whole (empty) comment, so its end is looked for right after "<!".
      const close = bytes.indexOf(COMMENT_CLOSE, at + 2)
      if (close === -1) break
      from = close + COMMENT_CLOSE.length
      cut(at, from)
    } else if (bytes[at + 1] === SLASH) {
      const found = tagAt(bytes, at + 2)
      if (found) {
        const tagEnd = bytes.indexOf(GREATER_THAN, found.nameEnd)
        if (tagEnd === -1) break
        from = tagEnd + 1
        const { tag } = found
        if (region && tag.role === 'paired') region.balance[tag.index]! -= 1
        else if (region && tag === region.tag && --region.depth === 0) closeRegion(region, from)
      }
    } else if (isAsciiLetter(bytes[at + 1] ?? 0)) {
      let nameEnd = at + 1
      while (nameEnd < bytes.length && NAME_ENDS[bytes[nameEnd]!] === 0) nameEnd++
      const tagEnd = readStartTag(bytes, nameEnd, unread)
      if (tagEnd === -1) break
      from = tagEnd
      const tag = knownTag(bytes, at + 1, nameEnd)
      const isSelfClosed = tag?.name === SELF_CLOSING && bytes[tagEnd - 2] === SLASH
      if (tag?.role === 'raw-text' || tag?.role === 'text-only') {
        const end = rawTextEnd(bytes, tag, from)
        if (end === -1) break scan
        const isJsonLd = tag.name === 'script' && holdsIgnoringCase(bytes, nameEnd, tagEnd, KEPT_SCRIPT_TYPE)
        if (tag.role === 'raw-text' && !isJsonLd) cut(at, end)
        else {
          dropUnreadAttributes()
          if (isJsonLd && region) region.holdsJsonLd = true
        }
        from = end
      } else if (tag?.role === 'chrome' && !region) {
        if (isSelfClosed) cut(at, from)
        else {
          // Cut whole, the region goes back to what was kept before its opening tag.
          region = { tag, start: at, depth: 1, balance: new Int32Array(PAIRED_COUNT), holdsJsonLd: false, keptCount: kept.length, keptTo }
          dropUnreadAttributes()
        }
      } else {
        if (region && tag?.role === 'paired') region.balance[tag.index]! += 1
        else if (region && tag === region.tag && !isSelfClosed) region.depth++
        dropUnreadAttributes()
      }
    }
    at = bytes.indexOf(LESS_THAN, from)
  }
  if (keptTo === 0) return body
  cut(bytes.length, bytes.length)
  let length = 0
  for (let i = 0; i < kept.length; i += 2) length += kept[i + 1]! - kept[i]!
  const out = Buffer.allocUnsafe(length)
  let to = 0
  for (let i = 0; i < kept.length; i += 2) {
    const start = kept[i]!
    const end = kept[i + 1]!
    // Most runs are a tag's name and the few attributes read: a call to copy them costs more than a loop.
    if (end - start > SHORT_RUN_BYTES) to += bytes.copy(out, to, start, end)
    else for (let at = start; at < end; at++) out[to++] = bytes[at]!
  }
  return out
}
