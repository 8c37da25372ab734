/** What stood between a token and the one before it; pairs like «Kazakh-Chinese» are read from it. */
export type Separator = 'start' | 'space' | 'hyphen' | 'dash' | 'comma' | 'other'

export interface Token {
  raw: string
  /** Lower case, ё → е, Latin accents dropped: the form every lexicon is keyed by. */
  norm: string
  /** The first letters of `norm`, the lexicons' bucket key. */
  key: string
  sep: Separator
}

/** Lexicons bucket phrases by this many leading letters of their first word. */
export const KEY_LENGTH = 3
const LATIN_ACCENTED = /[\u00C0-\u024F]/
const COMBINING_MARKS = /[\u0300-\u036f]/g
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u
const ASCII_WORD_CHARS = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0,
)
const DASH_GAP = /^\s*[–—-]\s*$/
const COMMA_GAP = /^\s*,\s*$/
const SPACE_GAP = /^\s+$/

function lowerText(text: string): string {
  let lower = text.toLowerCase().replaceAll('ё', 'е')
  if (LATIN_ACCENTED.test(lower)) lower = lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC')
  return lower
}

/** Normalises one word the way the lexicons store it. Cyrillic й keeps its breve. */
export function normalizeWord(word: string): string {
  return lowerText(word)
}

function classifyGap(gap: string): Separator {
  if (gap === '-' || gap === '‑') return 'hyphen'
  if (DASH_GAP.test(gap)) return 'dash'
  if (COMMA_GAP.test(gap)) return 'comma'
  if (SPACE_GAP.test(gap)) return 'space'
  return 'other'
}

export function isUpperWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** Letters and digits of the scripts we read, by code point range; anything rarer asks the regex. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return ASCII_WORD_CHARS[code] === 1
  if (code >= 0x400 && code <= 0x4ff) return true
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return OTHER_WORD_CHAR.test(text[index] ?? '')
}

/** Words (letters and digits) in order; a tokenizer hand-rolled because it runs on every byte ingested. */
export function tokenize(text: string): Token[] {
  const lower = lowerText(text)
  // Lower-casing keeps offsets for the scripts we read; when it does not, words are normalised one by one.
  const isAligned = lower.length === text.length
  const tokens: Token[] = []
  let previousEnd = 0
  let i = 0
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1
      continue
    }
    const start = i
    while (i < text.length && isWordChar(text, i)) i += 1
    const norm = isAligned ? lower.slice(start, i) : lowerText(text.slice(start, i))
    const isSingleSpace = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32
    tokens.push({
      raw: text.slice(start, i),
      norm,
      key: norm.slice(0, KEY_LENGTH),
      sep: tokens.length === 0 ? 'start' : isSingleSpace ? 'space' : classifyGap(text.slice(previousEnd, start)),
    })
    previousEnd = i
  }
  return tokens
}

/** Splits after . ! ? … unless the period closes an initial («имени А. Кастеева»). */
const SENTENCE_END = /(?<![\s.]\p{Lu}\.)(?<=[.!?…])["»”)]*\s+(?=["«“(]?[\p{Lu}\d])/u

export function splitSentences(line: string): string[] {
  return line.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.length > 0)
}
