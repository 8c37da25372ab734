/** Elements whose content the HTML tokenizer reads as raw text up to their closing tag. */
const RAW_TEXT_ELEMENTS = ['script', 'style'] as const
/** Kept: extraction reads the article's headline and date from JSON-LD. */
const KEPT_SCRIPT_TYPES = ['ld+json', 'LD+JSON'].map((s) => Buffer.from(s))
/** What may follow a tag name: space, tab, line feed, form feed, return, "/" or ">". */
const NAME_ENDS: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x2f, 0x3e])
const GREATER_THAN = 0x3e
const COMMENT_OPEN = [Buffer.from('<!--')]
const COMMENT_CLOSE = [Buffer.from('-->')]

interface RawTextElement {
  name: string
  openers: Buffer[]
  closers: Buffer[]
}

// Lower and upper case are searched for; a mixed-case tag is left in, for the parser to skip.
const ELEMENTS: readonly RawTextElement[] = RAW_TEXT_ELEMENTS.map((name) => ({
  name,
  openers: [`<${name}`, `<${name.toUpperCase()}`].map((s) => Buffer.from(s)),
  closers: [`</${name}`, `</${name.toUpperCase()}`].map((s) => Buffer.from(s)),
}))

/**
 * The nearest occurrence of any of some needles at or after a position that only moves
 * forward. Each needle's next position is remembered, so every needle scans the page once.
 */
function needleFinder(bytes: Buffer): (needles: readonly Buffer[], from: number) => number {
  const found = new Map<Buffer, number>()
  return (needles, from) => {
    let nearest = -1
    for (const needle of needles) {
      let at = found.get(needle)
      if (at === undefined || (at !== -1 && at < from)) found.set(needle, (at = bytes.indexOf(needle, from)))
      if (at !== -1 && (nearest === -1 || at < nearest)) nearest = at
    }
    return nearest
  }
}

/**
 * An HTML page's bytes without its <script> and <style> elements (JSON-LD scripts stay).
 * On news pages they are about half the bytes, and extraction drops them anyway: found
 * natively in the bytes, before decoding, they cost neither the decoder nor the tokenizer,
 * which would read them character by character. Comments are stepped over as the tokenizer
 * steps over them: a "<script" inside one starts nothing. The charset is assumed
 * ASCII-compatible; in UTF-16 nothing matches and the bytes come back as they were.
 */
export function dropScriptsAndStyles(body: Uint8Array): Uint8Array {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const next = needleFinder(bytes)
  const kept: Buffer[] = []
  let keptTo = 0
  let from = 0
  for (;;) {
    let open = -1
    let element: RawTextElement | undefined
    for (const e of ELEMENTS) {
      const at = next(e.openers, from)
      if (at !== -1 && (open === -1 || at < open)) [open, element] = [at, e]
    }
    const comment = next(COMMENT_OPEN, from)
    if (comment !== -1 && (open === -1 || comment < open)) {
      // "<!-->" is a whole (empty) comment, so its end is looked for right after "<!".
      const commentEnd = next(COMMENT_CLOSE, comment + 2)
      if (commentEnd === -1) break
      from = commentEnd + COMMENT_CLOSE[0]!.length
      continue
    }
    if (!element) break
    const nameEnd = open + 1 + element.name.length
    if (!NAME_ENDS.has(bytes[nameEnd] ?? 0)) {
      from = nameEnd
      continue
    }
    const tagEnd = bytes.indexOf(GREATER_THAN, nameEnd)
    if (tagEnd === -1) break
    const tag = bytes.subarray(nameEnd, tagEnd)
    if (element.name === 'script' && KEPT_SCRIPT_TYPES.some((type) => tag.includes(type))) {
      from = tagEnd + 1
      continue
    }
    const close = next(element.closers, tagEnd + 1)
    const closeEnd = close === -1 ? -1 : bytes.indexOf(GREATER_THAN, close)
    if (closeEnd === -1) break
    kept.push(bytes.subarray(keptTo, open))
    keptTo = from = closeEnd + 1
  }
  if (keptTo === 0) return body
  kept.push(bytes.subarray(keptTo))
  return Buffer.concat(kept)
}
