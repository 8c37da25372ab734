import { cleanTypedWords, searchLowerCase, searchWords, withoutLatinAccents } from './normalize.js'
import { type StemCache, textTerms, wordStems } from './stem.js'

/**
 * What a user typed into /search, or as a keyword subscription, read once: each loose word
 * matches an item having any of its terms (every inflected form), words in "double quotes"
 * (or «…», “…”, „…“: normalizeQuotes) match as a phrase: these words, in this order, side by
 * side, each in any of its forms (PhraseWord). The database (db/fts-query.ts) and the alert
 * matcher evaluate the same clauses, so a keyword alerts on exactly what /search finds for it.
 */
export type SearchClause = { kind: 'word'; terms: string[] } | { kind: 'phrase'; words: PhraseWord[] }

/**
 * How many leading letters of a phrase's word the index keeps as a prefix of its own (item_search's
 * prefix option, migration 2026_12_05_1700): a phrase looks its words up by them as cheaply as by whole words.
 */
const PHRASE_PREFIX_LETTERS = 4

/**
 * A word of a phrase. The text's word in its place begins with `start`, the word's first
 * PHRASE_PREFIX_LETTERS letters as the index's `words` column holds them, and the text has one of
 * the word's `terms`, as a loose word (anywhere: `terms` keeps no places), so a word that only
 * begins alike («операция» for «опера») is no form of it alone. A shorter word is `start` exactly
 * (`isWhole`, no terms: stems keep short words whole, «дни» is not «днях» loose either).
 */
export interface PhraseWord {
  start: string
  isWhole: boolean
  terms: string[]
}

/** `typed` as the user wrote it: its terms are those of the word as written and unaccented (wordStems). */
function phraseWord(typed: string): PhraseWord {
  const token = withoutLatinAccents(typed)
  const letters = [...token]
  return letters.length < PHRASE_PREFIX_LETTERS
    ? { start: token, isWhole: true, terms: [] }
    : { start: letters.slice(0, PHRASE_PREFIX_LETTERS).join(''), isWhole: false, terms: wordStems(typed) }
}

/** Bounds the work one query can ask of the index. */
const MAX_CLAUSES = 8
const TOKEN = /[\p{L}\p{N}]+/gu

/** Each mark that opens a phrase, with the marks that may close it: "…", «…», “…”, „…“ or „…”, ”…”, »…«. */
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"', '«': '»', '»': '«', '„': '“”', '“': '”“', '”': '”' }
/** Any double quotation mark a phrase may be typed with. */
export const QUOTE_MARK = /["«»“”„]/u

/**
 * Typed text with each quoted phrase in plain "double quotes", however it was quoted («Дни
 * культуры», “Abai Days”, „Tage“). Quotes inside a phrase («Дни «культуры»», «Дни "культуры"») are
 * part of it and dropped; a mark that closes nothing or opens a phrase never closed is dropped too,
 * so its words are read one by one. The result holds only balanced, unnested "…" pairs.
 */
export function normalizeQuotes(text: string): string {
  // Pairs first, as a stack: a closing mark closes the innermost phrase it can, abandoning those opened inside it.
  const open: { at: number; closers: string }[] = []
  // How many open phrases each mark would close: a mark none awaits costs no search (text of a thousand «« stays linear).
  const awaited = new Map<string, number>()
  const count = (closers: string, by: number): void => {
    for (const c of closers) awaited.set(c, (awaited.get(c) ?? 0) + by)
  }
  const closing = new Map<number, number>()
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (!QUOTE_MARK.test(char)) continue
    const depth = (awaited.get(char) ?? 0) > 0 ? open.findLastIndex((o) => o.closers.includes(char)) : -1
    if (depth !== -1) {
      closing.set(open[depth]!.at, i)
      for (const abandoned of open.splice(depth)) count(abandoned.closers, -1)
    } else if (CLOSING_QUOTES[char] !== undefined) {
      open.push({ at: i, closers: CLOSING_QUOTES[char] })
      count(CLOSING_QUOTES[char], 1)
    }
  }
  let out = ''
  let closesAt = -1
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (closesAt === -1 && closing.has(i)) {
      closesAt = closing.get(i)!
      out += '"'
    } else if (i === closesAt) {
      closesAt = -1
      out += '"'
    } else out += QUOTE_MARK.test(char) ? ' ' : char
  }
  return out
}

/** The clauses of a query (as pasted: invisible characters dropped), all of which must hold; an empty list when nothing searchable is left. */
export function parseSearchQuery(typed: string): SearchClause[] {
  const input = normalizeQuotes(cleanTypedWords(typed))
  const clauses: SearchClause[] = []
  const seen = new Set<string>()
  const add = (clause: SearchClause) => {
    const key = JSON.stringify(clause)
    if (!seen.has(key) && clauses.length < MAX_CLAUSES) clauses.push(clause)
    seen.add(key)
  }
  for (const [, phrase = ''] of input.matchAll(/"([^"]*)"/g)) {
    // Every word of a phrase, one-letter ones too: «Дни культуры Казахстана в России» has its «в» between the others.
    const words = searchLowerCase(phrase).match(TOKEN) ?? []
    if (words.length > 0) add({ kind: 'phrase', words: words.map(phraseWord) })
  }
  for (const word of searchWords(input.replace(/"[^"]*"/g, ' '))) add({ kind: 'word', terms: wordStems(word) })
  return clauses
}

/** An item's text as the matcher reads it; terms and tokens are worked out on first use. */
export interface MatchableText {
  terms(): ReadonlySet<string>
  tokens(): readonly string[]
}

export function matchableText(text: string, cache?: StemCache): MatchableText {
  let terms: Set<string> | undefined
  let tokens: string[] | undefined
  return {
    terms: () => (terms ??= textTerms(text, cache)),
    tokens: () => (tokens ??= (searchLowerCase(text).match(TOKEN) ?? []).map(withoutLatinAccents)),
  }
}

const isWordAt = (word: PhraseWord, token: string | undefined): boolean =>
  token !== undefined && (word.isWhole ? token === word.start : token.startsWith(word.start))

function containsPhrase(text: MatchableText, words: readonly PhraseWord[]): boolean {
  if (!words.every((w) => w.isWhole || w.terms.some((t) => text.terms().has(t)))) return false
  const tokens = text.tokens()
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => isWordAt(w, tokens[i + j]))) return true
  }
  return false
}

/** True when the text satisfies every clause (as the search index would find it). */
export function matchesSearchQuery(clauses: readonly SearchClause[], text: MatchableText): boolean {
  if (clauses.length === 0) return false
  return clauses.every((clause) =>
    clause.kind === 'word' ? clause.terms.some((t) => text.terms().has(t)) : containsPhrase(text, clause.words),
  )
}
