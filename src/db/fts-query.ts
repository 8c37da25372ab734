import { type PhraseWord, parseSearchQuery } from '../language/search-query.js'

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`
const anyOf = (terms: readonly string[]): string => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`)

/**
 * A phrase: its words side by side in `words`, each by its first letters (a prefix the index keeps,
 * so as cheap as a whole word) or whole when short, and each word's terms in `terms`, as a loose
 * word's, so a prefix alone («опер» of «опера») does not make «операция» one of its forms.
 */
function phraseQuery(words: readonly PhraseWord[]): string {
  const inOrder = words.map((w) => (w.isWhole ? quote(w.start) : `${quote(w.start)}*`)).join(' + ')
  return [`words : (${inOrder})`, ...words.filter((w) => !w.isWhole).map((w) => `terms : ${anyOf(w.terms)}`)].join(' AND ')
}

/**
 * Turns what a user typed into an FTS5 MATCH expression over item_search: every word must be
 * present through one of its terms (column `terms`, see language/search-query.ts), words in
 * "double quotes" as a phrase in any word forms (phraseQuery). Returns null when nothing
 * searchable is left. Whatever the input, the result is valid FTS5 syntax: only letters and
 * digits reach it, always quoted.
 */
export function toFtsQuery(input: string): string | null {
  const parts = parseSearchQuery(input).map((clause) =>
    clause.kind === 'phrase' ? phraseQuery(clause.words) : `terms : ${anyOf(clause.terms)}`,
  )
  return parts.length === 0 ? null : parts.join(' AND ')
}
