import { decodeHTML } from 'entities'
import { codeUnitAt } from './code-unit.js'

/** What stood between a token and the one before it; pairs like «Kazakh-Chinese» are read from it. */
export type Separator = 'start' | 'space' | 'hyphen' | 'dash' | 'comma' | 'other'

export interface Token {
  raw: string
  /** Lower case, ё → е, Latin accents dropped: the form every lexicon is keyed by. */
  norm: string
  /** bucketKey(norm), worked out once for the lexicons that look the token up. */
  key: number
  sep: Separator
}

/** Lexicons bucket phrases by this many leading letters of their first word. */
export const KEY_LENGTH = 3
/** Bucket keys run below this power of two. */
export const KEY_SPACE = 1 << 16

/** A hash of a word's first `letters` letters (all of a shorter word), below KEY_SPACE. */
export function prefixKey(word: string, letters: number): number {
  const length = Math.min(word.length, letters)
  let hash = length
  for (let i = 0; i < length; i += 1) hash = (hash * 31 + codeUnitAt(word, i)) | 0
  return hash & (KEY_SPACE - 1)
}

/** A hash of a word's first KEY_LENGTH letters: the lexicons' first filter (Token.key). */
export function bucketKey(word: string): number {
  return prefixKey(word, KEY_LENGTH)
}

const LATIN_ACCENTED = /[\u00C0-\u024F]/
const LATIN_ACCENTED_LETTERS = /[\u00C0-\u024F]/g
const COMBINING_MARKS = /[\u0300-\u036f]/g
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u
/** Below this code point (the end of General Punctuation: dashes, quotes) a table says what is part of a word. */
const TABLE_END = 0x2070
/** Whether a code unit below TABLE_END is part of a word: Cyrillic (its signs and marks included) and Latin letters; the rest as the regex says. */
function isWordUnit(code: number): boolean {
  if (code >= 0x400 && code <= 0x4ff) return true
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return OTHER_WORD_CHAR.test(String.fromCharCode(code))
}
const HYPHEN = 0x2d
const NON_BREAKING_HYPHEN = 0x2011
const COMMA = 0x2c
const DASHES: ReadonlySet<number> = new Set([0x2013, 0x2014, HYPHEN])

/** A Latin letter without its accents: é → e, ñ → n. */
function withoutAccents(letter: string): string {
  return letter.normalize('NFD').replace(COMBINING_MARKS, '')
}

const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/g

/**
 * A word as SQLite's unicode61 tokenizer folds it (the index's `words` column): Latin diacritics dropped (é → e),
 * Cyrillic letters kept as written («музей», «актёров»).
 */
export function withoutLatinAccents(word: string): string {
  return word.normalize('NFC').replace(LATIN_WITH_MARKS, withoutAccents)
}

/**
 * Text in lower case, a capital İ (İstanbul, İlham, Kazakh Latin's capital of i) as a plain i: JavaScript lowers it
 * to i and a combining dot, which no letter takes up and which would keep the word from its plain spelling.
 */
export function lowerCaseDotless(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('\u0307') ? lower.replaceAll('i\u0307', 'i') : lower
}

function lowerText(text: string): string {
  const lower = lowerCaseDotless(text).replaceAll('ё', 'е')
  // Latin letters alone lose their accents: «й» keeps its breve in a word that has one too.
  return LATIN_ACCENTED.test(lower) ? lower.replace(LATIN_ACCENTED_LETTERS, withoutAccents) : lower
}

/** Normalises one word the way the lexicons store it. Cyrillic й keeps its breve. */
export function normalizeWord(word: string): string {
  return lowerText(word)
}

/** What `\s` matches in a regex, by code unit. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0x1680) return code === 0xa0
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The separator `text[from, to)` makes: a lone hyphen, a dash or a comma with spaces around, spaces, or anything else. */
function classifyGap(text: string, from: number, to: number): Separator {
  const first = codeUnitAt(text, from)
  if (to - from === 1 && (first === HYPHEN || first === NON_BREAKING_HYPHEN)) return 'hyphen'
  let i = from
  while (i < to && isSpace(codeUnitAt(text, i))) i += 1
  if (i === to) return 'space'
  const mark = codeUnitAt(text, i)
  if (!DASHES.has(mark) && mark !== COMMA) return 'other'
  i += 1
  while (i < to && isSpace(codeUnitAt(text, i))) i += 1
  if (i < to) return 'other'
  return mark === COMMA ? 'comma' : 'dash'
}

export function isUpperWord(word: string): boolean {
  const first = codeUnitAt(word, 0)
  // A lower-case first letter settles most words without case-mapping them twice.
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x430 && first <= 0x44f)) return false
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** What a word's code units ask of normalisation (WORD_CLASSES): the most any of them asks is done for the word. */
const NOT_WORD = 0
/** lowerText leaves it as it is. */
const KEPT = 1
/** Lower-casing is all lowerText does to it. */
const LOWERED = 2
/** ё, Latin accented letters, what lower-cases to them or to more than one unit (İ), units past the table: the word goes through lowerText. */
const NORMALISED = 3
/**
 * Per code unit below TABLE_END, its class. A word of KEPT and LOWERED units alone has neither
 * ё nor a Latin accented letter once lower-cased, so lowerText(word) is word.toLowerCase().
 */
const WORD_CLASSES = Uint8Array.from({ length: TABLE_END }, (_, code) => {
  if (!isWordUnit(code)) return NOT_WORD
  const char = String.fromCharCode(code)
  const lower = char.toLowerCase()
  if (lower.includes('ё') || LATIN_ACCENTED.test(lower) || lower.length !== char.length) return NORMALISED
  return lower === char ? KEPT : LOWERED
})

function wordClass(code: number, text: string, index: number): number {
  if (code < TABLE_END) return WORD_CLASSES[code] as number
  return OTHER_WORD_CHAR.test(text[index] ?? '') ? NORMALISED : NOT_WORD
}

/**
 * Words (letters and digits) in order; a tokenizer hand-rolled because it runs on every byte
 * ingested. Each word is normalised alone (normalizeWord), with no more work than its letters
 * ask: most words of running text are in lower case already, their raw form their norm.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  let i = 0
  while (i < text.length) {
    let asked = wordClass(codeUnitAt(text, i), text, i)
    if (asked === NOT_WORD) {
      i += 1
      continue
    }
    const start = i
    i += 1
    while (i < text.length) {
      const unitClass = wordClass(codeUnitAt(text, i), text, i)
      if (unitClass === NOT_WORD) break
      if (unitClass > asked) asked = unitClass
      i += 1
    }
    const raw = text.slice(start, i)
    const norm = asked === KEPT ? raw : asked === LOWERED ? raw.toLowerCase() : lowerText(raw)
    const isSingleSpace = start - previousEnd === 1 && codeUnitAt(text, previousEnd) === 32
    tokens.push({
      raw,
      norm,
      key: bucketKey(norm),
      sep: tokens.length === 0 ? 'start' : isSingleSpace ? 'space' : classifyGap(text, previousEnd, start),
    })
    previousEnd = i
  }
  return tokens
}

/**
 * A sentence's closing mark and the quotes and spaces after it, when a capital or a digit opens
 * the next one; a period after an initial («имени А. Кастеева») closes nothing. The mark comes
 * first so the regex engine can skip ahead to it.
 */
const SENTENCE_BREAK = /(?:[!?…]|(?<![\s.]\p{Lu})\.)["»”)]*\s+(?=["«“(]?[\p{Lu}\d])/gu

/** Abbreviations a period does not end a sentence after: "St. Petersburg", «им. Абая», «проф. Сейдімбек». */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'no', 'vs', 'jr', 'sr', 'co', 'inc', 'ltd', 'dept', 'univ',
  'им', 'г', 'гг', 'ул', 'проф', 'акад', 'св', 'т', 'д', 'тт', 'млн', 'млрд', 'тыс', 'руб', 'обл', 'р', 'пр', 'ж', 'көш',
])
const WORD_BEFORE_PERIOD = /([\p{L}]+)$/u

/** Splits after . ! ? …, dropping the closing quotes and spaces between sentences. */
export function splitSentences(line: string): string[] {
  const sentences: string[] = []
  let from = 0
  for (const match of line.matchAll(SENTENCE_BREAK)) {
    if (line[match.index] === '.') {
      const word = WORD_BEFORE_PERIOD.exec(line.slice(Math.max(from, match.index - 12), match.index))?.[1]
      if (word && ABBREVIATIONS.has(word.toLowerCase())) continue
    }
    sentences.push(line.slice(from, match.index + 1).trim())
    from = match.index + match[0].length
  }
  sentences.push(line.slice(from).trim())
  return sentences.filter((s) => s.length > 0)
}

/**
 * Marks a reader never sees, which pages put inside words: soft hyphens («Рос&shy;сия», from
 * hyphenation tools), zero-width spaces and word joiners (break hints in long words), direction
 * marks, a stray BOM. Dropped, not made a space, so the word stays one word for the classifier
 * and the search index. (Zero-width joiners stay: emoji sequences are made with them. cleanTyped below drops every
 * invisible character, for a name or word a person typed.)
 */
const INVISIBLE_MARKS = /[\u00ad\u200b\u200e\u200f\u2060\ufeff]/g
const INVISIBLE_MARK = new RegExp(INVISIBLE_MARKS.source)

export function withoutInvisibleMarks(text: string): string {
  return INVISIBLE_MARK.test(text) ? text.replace(INVISIBLE_MARKS, '') : text
}

/** Soft hyphens, zero-width spaces and joiners, direction marks, word joiners, BOMs: nothing a reader sees. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu

/**
 * Text as a person meant it: compatibility forms folded (ＦＲＡＮＣＥ) and invisible characters
 * dropped, so a name pasted from a web page («Рос&shy;сия») reads as the same name typed.
 */
export function cleanTyped(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '')
}

/**
 * HTML character references copied with text from a page's source («&lt;Франция&gt;», "Trinidad &amp; Tobago"), read as the
 * page shows them: left, «lt» and «gt» read as Lithuania's and Guatemala's codes.
 */
export function decodeTypedEntities(text: string): string {
  return /&#?\w+;/u.test(text) ? decodeHTML(text) : text
}

/** Full-width ASCII (ＦＲＡＮＣＥ, １２), as East Asian keyboards type it: U+FF01–U+FF5E lie 0xFEE0 above '!'–'~'. */
const FULL_WIDTH = /[\uff01-\uff5e]/g
const FULL_WIDTH_OFFSET = 0xfee0

/**
 * Searched words as the stored text writes them: invisible characters dropped and full-width
 * letters and digits made plain, but not the rest of NFKC (cleanTyped), which would read «№5» as
 * «No5» and «м²» as «м2», words no stored text holds.
 */
export function cleanTypedWords(text: string): string {
  return text.replace(INVISIBLE, '').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
}

/** NFKC and one space between words, the case kept: names as admins type them. */
export function foldSpacing(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

/**
 * Text in lower case as search reads it. A capital İ (Turkish names, Kazakh Latin's capital of i)
 * lowers to i and a combining dot, which no letter takes up: the dot would split «İstanbul» into
 * «i» and «stanbul». It is dropped, as SQLite's tokenizer drops it (the index's `words`).
 */
export function searchLowerCase(text: string): string {
  return lowerCaseDotless(text).normalize('NFC')
}

/** The words of a text as search reads them: letters and digits, lower case, single letters dropped. */
export function searchWords(text: string): string[] {
  return (searchLowerCase(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\p{N}/u.test(w))
}
