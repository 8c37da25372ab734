/** A script whose type names this, in any case, is kept: extraction reads the article's headline and date from JSON-LD. */
const KEPT_SCRIPT_TYPE = 'ld+json'
/** A chrome region holding one of these is kept for the DOM to judge: extraction reads them before it drops the chrome. */
const READ_INSIDE_CHROME = ['datePublished', 'articleBody'].map((s) => Buffer.from(s))
/** What may follow a tag name: space, tab, line feed, form feed, return, "/" or ">". */
const NAME_ENDS: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x2f, 0x3e])
const LESS_THAN = 0x3c
const GREATER_THAN = 0x3e
const SLASH = 0x2f
const EXCLAMATION_MARK = 0x21
const HYPHEN = 0x2d
const COMMENT_CLOSE = Buffer.from('-->')
const CLOSING_TAG = Buffer.from('</')
/** Set, it makes an ASCII capital letter small (and leaves digits as they are). */
const LOWER_CASE_BIT = 0x20

/**
 * - raw-text: read by the tokenizer as text up to its closing tag (never nested);
 * - chrome: page chrome extraction always drops whole (article.ts's DROP_TAGS), menus and
 *   footers being a third of a news page's markup; nested, so cut at the closing tag that
 *   pairs with the opening one;
 * - paired: must open and close as often inside a chrome region for it to be cut. An <aside>
 *   left open inside a <div> ends with that </div> in the parser, not at a later </aside>, and
 *   cutting up to that one would cut the article away.
 */
type TagRole = 'raw-text' | 'chrome' | 'paired'

interface Tag {
  name: string
  role: TagRole
  /** Index among the paired tags (their open-minus-close counts). */
  index: number
}

const TAGS: readonly Tag[] = [
  ...['script', 'style'].map((name) => ({ name, role: 'raw-text' as const, index: -1 })),
  ...['nav', 'aside', 'footer', 'svg', 'noscript'].map((name) => ({ name, role: 'chrome' as const, index: -1 })),
  ...['div', 'section', 'article', 'main', 'table', 'td', 'ul'].map((name, index) => ({ name, role: 'paired' as const, index })),
]
const PAIRED_COUNT = TAGS.filter((t) => t.role === 'paired').length
/** Longer names are none of ours, and are not read further. */
const LONGEST_NAME = Math.max(...TAGS.map((t) => t.name.length))
/** `<svg/>` closes itself (foreign content); the other chrome elements cannot. */
const SELF_CLOSING = 'svg'

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
  if (end === start || end - start > LONGEST_NAME || !NAME_ENDS.has(bytes[end] ?? 0)) return null
  for (const tag of TAGS) if (tag.name.length === end - start && spellsAt(bytes, start, tag.name)) return { tag, nameEnd: end }
  return null
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
 * (JSON-LD stays), comments, and the page chrome it drops whole (<nav>, <aside>, <footer>,
 * inline <svg>, <noscript>): about seven tenths of a news page's bytes. Cut natively in the
 * bytes, before decoding, they cost neither the decoder nor the tokenizer, which would read them
 * character by character. The scan reads tags as the tokenizer does: a "<script" inside a
 * comment, or a "</nav>" inside a script, is text. A chrome region whose tags do not pair up, or
 * that holds something extraction reads, stays for the parser to judge. The charset is assumed
 * ASCII-compatible; in UTF-16 nothing matches and the bytes come back as they were.
 */
export function dropUnreadMarkup(body: Uint8Array): Uint8Array {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const kept: Buffer[] = []
  let keptTo = 0
  const cut = (start: number, end: number): void => {
    kept.push(bytes.subarray(keptTo, start))
    keptTo = end
  }
  let region: ChromeRegion | null = null
  let at = bytes.indexOf(LESS_THAN)
  scan: while (at !== -1) {
    let from = at + 1
    if (bytes[at + 1] === EXCLAMATION_MARK && bytes[at + 2] === HYPHEN && bytes[at + 3] === HYPHEN) {
      // "<!-->" is a whole (empty) comment, so its end is looked for right after "<!".
      const close = bytes.indexOf(COMMENT_CLOSE, at + 2)
      if (close === -1) break
      from = close + COMMENT_CLOSE.length
      cut(at, from)
    } else {
      const isClosing = bytes[at + 1] === SLASH
      const found = tagAt(bytes, at + (isClosing ? 2 : 1))
      if (found) {
        const { tag, nameEnd } = found
        const tagEnd = bytes.indexOf(GREATER_THAN, nameEnd)
        if (tagEnd === -1) break
        from = tagEnd + 1
        if (tag.role === 'raw-text' && !isClosing) {
          if (tag.name === 'script' && holdsIgnoringCase(bytes, nameEnd, tagEnd, KEPT_SCRIPT_TYPE)) {
            if (region) region.holdsJsonLd = true
          } else {
            const end = rawTextEnd(bytes, tag, from)
            if (end === -1) break scan
            cut(at, end)
            from = end
          }
        } else if (tag.role === 'paired') {
          if (region) region.balance[tag.index]! += isClosing ? -1 : 1
        } else if (tag.role === 'chrome') {
          const isSelfClosed = !isClosing && tag.name === SELF_CLOSING && bytes[tagEnd - 1] === SLASH
          if (!region) {
            if (isSelfClosed) cut(at, from)
            else if (!isClosing) region = { tag, start: at, depth: 1, balance: new Int32Array(PAIRED_COUNT), holdsJsonLd: false, keptCount: kept.length, keptTo }
          } else if (tag === region.tag && !isSelfClosed && (region.depth += isClosing ? -1 : 1) === 0) {
            const whole = bytes.subarray(region.start, from)
            if (!region.holdsJsonLd && region.balance.every((n) => n === 0) && !READ_INSIDE_CHROME.some((needle) => whole.includes(needle))) {
              kept.length = region.keptCount
              keptTo = region.keptTo
              cut(region.start, from)
            }
            region = null
          }
        }
      }
    }
    at = bytes.indexOf(LESS_THAN, from)
  }
  if (keptTo === 0) return body
  kept.push(bytes.subarray(keptTo))
  return Buffer.concat(kept)
}
