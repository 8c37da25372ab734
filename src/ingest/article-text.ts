import { createHash } from 'node:crypto'
import { foldText, searchWords } from '../language/normalize.js'

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

/** Of the letters and digits only, folded as texts are compared: the same story under other punctuation hashes alike. */
export function fingerprint(text: string): string {
  return createHash('sha1').update(searchWords(foldText(text)).join(' ')).digest('hex').slice(0, 20)
}
