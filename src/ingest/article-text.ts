import { createHash } from 'node:crypto'
import { codeUnitAt } from '../language/code-unit.js'

/** A headline is a line: longer ones are cut (issue 13: a 1 MB title). */
export const MAX_STORED_TITLE_CHARS = 1_000
/** The longest article text stored; a news article is a few thousand characters. */
export const MAX_STORED_BODY_CHARS = 200_000

// NUL and the other C0 controls (tab and newline kept): SQLite's text functions stop at a NUL.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/g

export interface BoundedText {
  text: string
  isCut: boolean
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
function bound(text: string, max: number): BoundedText {
  if (text.length <= max) return { text, isCut: false }
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return { text: `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`, isCut: true }
}

/** A title as stored: one line, control characters gone, at most MAX_STORED_TITLE_CHARS. */
export function cleanTitle(title: string): BoundedText {
  // Spaces collapse, so a little more than the bound is read.
  const head = title.length > MAX_STORED_TITLE_CHARS * 4 ? title.slice(0, MAX_STORED_TITLE_CHARS * 4) : title
  const bounded = bound(head.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim(), MAX_STORED_TITLE_CHARS)
  return { text: bounded.text, isCut: bounded.isCut || head !== title }
}

/** An article text as stored: control characters gone, at most MAX_STORED_BODY_CHARS. */
export function cleanBody(body: string): BoundedText {
  const head = body.length > MAX_STORED_BODY_CHARS ? body.slice(0, MAX_STORED_BODY_CHARS + 1) : body
  const bounded = bound(head.replace(CONTROL_CHARS, ' ').trim(), MAX_STORED_BODY_CHARS)
  return { text: bounded.text, isCut: bounded.isCut }
}

const LETTER = 1
const NUMBER = 2
const NEITHER = 3
const IS_LETTER = /^\p{L}$/u
const IS_NUMBER = /^\p{N}$/u
/** LETTER, NUMBER or NEITHER of each UTF-16 code unit below the surrogates and above them, learnt on first meeting (0: not yet met). */
const unitClasses = new Uint8Array(0x10000)

function classOf(char: string): number {
  return IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? NUMBER : NEITHER
}

const SPACE = 0x20
/** UTF-8 bytes a UTF-16 code unit can take at most (a surrogate pair's four are two units), and one for the space before its word. */
const MAX_BYTES_PER_UNIT = 4
/** The words' bytes of texts up to this long are written into one buffer kept for every call; a longer text gets one of its own. */
const KEPT_BUFFER_BYTES = 256 * 1024
const keptWordBytes = new Uint8Array(KEPT_BUFFER_BYTES)

/** Writes the UTF-8 bytes of the code point `point` at `at`; returns where they end. */
function writeUtf8(bytes: Uint8Array, at: number, point: number): number {
  if (point < 0x80) {
    bytes[at] = point
    return at + 1
  }
  if (point < 0x800) {
    bytes[at] = 0xc0 | (point >> 6)
    bytes[at + 1] = 0x80 | (point & 0x3f)
    return at + 2
  }
  if (point < 0x10000) {
    bytes[at] = 0xe0 | (point >> 12)
    bytes[at + 1] = 0x80 | ((point >> 6) & 0x3f)
    bytes[at + 2] = 0x80 | (point & 0x3f)
    return at + 3
  }
  bytes[at] = 0xf0 | (point >> 18)
  bytes[at + 1] = 0x80 | ((point >> 12) & 0x3f)
  bytes[at + 2] = 0x80 | ((point >> 6) & 0x3f)
  bytes[at + 3] = 0x80 | (point & 0x3f)
  return at + 4
}

/**
 * Of the letters and digits only, folded as texts are compared: the same story under other
 * punctuation hashes alike. The words are the runs of `\p{L}\p{N}` in the text after NFKC, lower
 * case, ё → е and NFC, one-letter words dropped, joined by spaces: the bytes stored hashes were
 * made of (the test keeps that older formula), found in one pass with each code unit's class
 * learnt once instead of a Unicode-property regex run over every character, and written as
 * UTF-8 straight into a buffer instead of a string for every word joined into one more.
 */
export function fingerprint(text: string): string {
  let compatible = text.normalize('NFKC')
  // Σ lower-cases by its neighbours, and a BOM, which case mapping looks through, was a space in the stored formula.
  if (compatible.includes('Σ')) compatible = compatible.replace(/\s+/g, ' ').trim()
  const folded = compatible.toLowerCase().replaceAll('ё', 'е').normalize('NFC')
  const maxBytes = folded.length * MAX_BYTES_PER_UNIT
  const bytes = maxBytes <= KEPT_BUFFER_BYTES ? keptWordBytes : new Uint8Array(maxBytes)
  let length = 0
  let i = 0
  while (i < folded.length) {
    const wordStart = i
    // A word's bytes are written as it is read, after a space when one came before, and taken back if it is dropped.
    const before = length
    if (length > 0) bytes[length++] = SPACE
    let hasNumber = false
    while (i < folded.length) {
      const code = codeUnitAt(folded, i)
      let point = code
      let unitClass: number
      if (code >= 0xd800 && code <= 0xdfff) {
        // A surrogate pair is one code point (a letter of a rare script, most often); a lone half is neither.
        point = folded.codePointAt(i)!
        unitClass = point > 0xffff ? classOf(String.fromCodePoint(point)) : NEITHER
      } else {
        unitClass = unitClasses[code]! || (unitClasses[code] = classOf(folded[i]!))
      }
      if (unitClass === NEITHER) break
      if (unitClass === NUMBER) hasNumber = true
      length = writeUtf8(bytes, length, point)
      i += point > 0xffff ? 2 : 1
    }
    // searchWords drops one-letter words, not one-digit ones.
    if (!(i - wordStart > 1 || hasNumber)) length = before
    if (i === wordStart) i += 1
  }
  return createHash('sha1').update(bytes.subarray(0, length)).digest('hex').slice(0, 20)
}
