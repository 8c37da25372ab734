import { cleanTypedWords, searchLowerCase, searchWords } from './normalize.js'
import { type StemCache, textTerms, wordStems } from './stem.js'

/**
 * What a user typed into /search, or as a keyword subscription, read once: each loose word
 * matches an item having any of its terms (every inflected form), words in "double quotes"
 * match as an exact phrase. The database (db/fts-query.ts) and the alert matcher evaluate
 * the same clauses, so a keyword alerts on exactly what /search finds for it.
 */
export type SearchClause = { kind: 'word'; terms: string[] } | { kind: 'phrase'; words: string[] }

/** Bounds the work one query can ask of the index. */
const MAX_CLAUSES = 8
const COMBINING_MARKS = /[\u0300-\u036f]/g
const TOKEN = /[\p{L}\p{N}]+/gu

/** Latin letters with diacritics, the only ones SQLite's unicode61 tokenizer folds (é → e; й and ё stay). */
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/g

/** A token as the index's `words` column compares it: Latin diacritics dropped, Cyrillic letters kept as written («музей», «актёров»). */
function foldToken(token: string): string {
  return token.normalize('NFC').replace(LATIN_WITH_MARKS, (letter) => letter.normalize('NFD').replace(COMBINING_MARKS, ''))
}

/** The clauses of a query (as pasted: invisible characters dropped), all of which must hold; an empty list when nothing searchable is left. */
export function parseSearchQuery(typed: string): SearchClause[] {
  const input = cleanTypedWords(typed)
  const clauses: SearchClause[] = []
  const seen = new Set<string>()
  const add = (clause: SearchClause) => {
    const key = JSON.stringify(clause)
    if (!seen.has(key) && clauses.length < MAX_CLAUSES) clauses.push(clause)
    seen.add(key)
  }
  for (const [, phrase = ''] of input.matchAll(/"([^"]*)"/g)) {
    // Every word of a phrase, one-letter ones too: «Дни культуры Казахстана в России» has its «в» between the others.
    const words = (searchLowerCase(phrase).match(TOKEN) ?? []).map(foldToken)
    if (words.length > 0) add({ kind: 'phrase', words })
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
    tokens: () => (tokens ??= (searchLowerCase(text).match(TOKEN) ?? []).map(foldToken)),
  }
}

function containsPhrase(tokens: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => tokens[i + j] === w)) return true
  }
  return false
}

/** True when the text satisfies every clause (as the search index would find it). */
export function matchesSearchQuery(clauses: readonly SearchClause[], text: MatchableText): boolean {
  if (clauses.length === 0) return false
  return clauses.every((clause) =>
    clause.kind === 'word' ? clause.terms.some((t) => text.terms().has(t)) : containsPhrase(text.tokens(), clause.words),
  )
}
