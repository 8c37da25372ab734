import { parseSearchQuery } from '../language/search-query.js'

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`

/**
 * Turns what a user typed into an FTS5 MATCH expression over item_search: every word must be
 * present through one of its terms (column `terms`, see language/search-query.ts), words in
 * "double quotes" as an exact phrase of the text (column `words`). Returns null when nothing
 * searchable is left. Whatever the input, the result is valid FTS5 syntax: only letters and
 * digits reach it, always quoted.
 */
export function toFtsQuery(input: string): string | null {
  const parts = parseSearchQuery(input).map((clause) =>
    clause.kind === 'phrase'
      ? `words : ${quote(clause.words.join(' '))}`
      : `terms : ${clause.terms.length === 1 ? quote(clause.terms[0]!) : `(${clause.terms.map(quote).join(' OR ')})`}`,
  )
  return parts.length === 0 ? null : parts.join(' AND ')
}
