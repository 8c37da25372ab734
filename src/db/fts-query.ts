import { type PhraseWord, parseSearchQuery } from '../language/search-query.js'

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`
const anyOf = (terms: readonly string[]): string => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`)

/**
 * What a search asks of item_search: `fts`, an FTS5 MATCH expression, and `phrases`, the quoted
 * phrases' words (JSON of PhraseWord[][]) for phrase_in_place() to settle each candidate the
 * expression finds on the item's text, or null when there are none (db/database.ts).
 */
export interface SearchMatch {
  fts: string
  phrases: string | null
}

/**
 * A phrase: its words side by side in `words`, each by its first letters (a prefix the index keeps,
 * so as cheap as a whole word) or whole when it has one or two, in each way its words may be written
 * («muze» or «myze» for «mýzeı»), and each long word's terms in `terms`, anywhere: a candidate's words in the phrase's place are forms of its own only once
 * phrase_in_place() has read them.
 */
function phraseQuery(words: readonly PhraseWord[]): string {
  const spellings = words.reduce<string[][]>((ways, w) => ways.flatMap((way) => w.starts.map((s) => [...way, w.kind === 'exact' ? quote(s) : `${quote(s)}*`])), [[]])
  const inOrder = spellings.length === 1 ? spellings[0]!.join(' + ') : spellings.map((way) => `(${way.join(' + ')})`).join(' OR ')
  return [`words : (${inOrder})`, ...words.flatMap((w) => (w.kind === 'long' ? [`terms : ${anyOf(w.terms)}`] : []))].join(' AND ')
}

/**
 * Turns what a user typed into a search of item_search: every word must be present through one of
 * its terms (column `terms`, see language/search-query.ts), or one of the words joined by OR, or
 * a term beginning with a starred word's stem (muse*), a word left out (-word) absent, words in "double quotes" as a phrase in any word forms (phraseQuery). Returns null when nothing searchable is left. Whatever the input,
 * the expression is valid FTS5 syntax: only letters and digits reach it, always quoted.
 */
export function toFtsQuery(input: string): SearchMatch | null {
  const clauses = parseSearchQuery(input)
  if (clauses.length === 0) return null
  const phrases = clauses.flatMap((clause) => (clause.kind === 'phrase' ? [clause.words] : []))
  const wanted = clauses.flatMap((clause) => {
    switch (clause.kind) {
      case 'phrase':
        return [phraseQuery(clause.words)]
      case 'word':
        return [clause.starts ? `terms : (${[...clause.terms.map(quote), ...clause.starts.map((start) => `${quote(start)}*`)].join(' OR ')})` : `terms : ${anyOf(clause.terms)}`]
      case 'prefix':
        return [`terms : (${clause.starts.map((start) => `${quote(start)}*`).join(' OR ')})`]
      case 'without':
        return []
    }
  })
  // FTS5's NOT is binary: what is wanted, less each word left out.
  const leftOut = clauses.flatMap((clause) => (clause.kind === 'without' ? [` NOT terms : ${anyOf(clause.terms)}`] : []))
  return {
    fts: leftOut.length > 0 ? `(${wanted.join(' AND ')})${leftOut.join('')}` : wanted.join(' AND '),
    phrases: phrases.length > 0 ? JSON.stringify(phrases) : null,
  }
}
