import { type PhraseWord, readSearchQuery, type SearchClause } from '../language/search-query.js'

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`
const anyOf = (terms: readonly string[]): string => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`)

/**
 * What a search asks of item_search: `fts`, an FTS5 MATCH expression, and `phrases` and `absentPhrases`, the quoted phrases
 * it must have (JSON of PhraseClause[]: their ways to be written and the words OR joined to them) and the ways of those after a
 * minus it must not have (JSON of PhraseWays[]), for
 * phrase_in_place() to settle each candidate the expression finds on the item's text, or null when there are none
 * (db/database.ts). A phrase left out is no part of the expression: its words by their first letters find more than the phrase.
 */
export interface SearchMatch {
  fts: string
  phrases: string | null
  absentPhrases: string | null
  /**
   * The search by its long starts' first letters, when it has a start longer than INDEXED_PREFIX_LETTERS, or by its
   * candidates newest first, when it leaves a phrase out (HeadsMatch.isWalkOnly); else null.
   */
  byHeads: HeadsMatch | null
  /** How many alternatives joined by OR were searched, when the query joined more than one clause's bound allows (readSearchQuery); else null. */
  searchedAlternatives: number | null
  /** How many of the query's words and phrases were searched, when it had more than a search takes (readSearchQuery); else null. */
  searchedClauses: number | null
}

/** What a reply to a search says of the query's parts it did not search: a message of the locales' search.ftl and its count. */
export interface UnsearchedNote {
  key: 'search-alternatives-cut' | 'search-clauses-cut'
  count: number
}

/** The notes a reply to a query tells of its parts left unsearched (ReadSearchQuery), none when it was searched whole. */
export function unsearchedNotes(read: Pick<SearchMatch, 'searchedAlternatives' | 'searchedClauses'> | null | undefined): UnsearchedNote[] {
  const notes: UnsearchedNote[] = []
  if (read?.searchedClauses != null) notes.push({ key: 'search-clauses-cut', count: read.searchedClauses })
  if (read?.searchedAlternatives != null) notes.push({ key: 'search-alternatives-cut', count: read.searchedAlternatives })
  return notes
}

/**
 * A search whose starts longer than the index's prefixes are looked up by their first INDEXED_PREFIX_LETTERS
 * («культур*» by «куль»), which FTS5 reads lazily, newest first, as it reads a word: `fts` finds candidates, and
 * `clauses` (JSON of SearchClause[]: the long starts' clauses and the phrases) settles each on the item's text
 * (search_clauses_hold(), db/database.ts). Looked up whole, such a start makes FTS5 merge the list of every term
 * beginning with it before the first row (issue 14): db/items.ts walks the candidates instead, within a bound.
 */
export interface HeadsMatch {
  fts: string
  clauses: string
  /**
   * A search that leaves a phrase out: its walk is all it reads, never FTS5's lookup after it. Every candidate of the
   * expression holding the phrase is read for nothing (`Астана -"Астана Опера"`, all the archive's «Астана Опера»), and
   * no rare start makes that few: a page or a count reads HEAD_WALK_CANDIDATES at most (db/items.ts).
   */
  isWalkOnly: boolean
}

/** How many first letters of a term item_search keeps as a prefix of its own (prefix='2 3 4', migration 2026_12_05_2300). */
const INDEXED_PREFIX_LETTERS = 4
const isLongStart = (start: string): boolean => [...start].length > INDEXED_PREFIX_LETTERS
const headOf = (start: string): string => [...start].slice(0, INDEXED_PREFIX_LETTERS).join('')

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
  const { clauses, searchedAlternatives, searchedClauses } = readSearchQuery(input)
  if (clauses.length === 0) return null
  const phrases = clauses.flatMap((clause) => (clause.kind === 'phrase' ? [clause] : []))
  const absent = clauses.flatMap((clause) => (clause.kind === 'without-phrase' ? [clause.ways] : []))
  const absentPhrases = absent.length > 0 ? JSON.stringify(absent) : null
  const hasLongStart = (clause: SearchClause) => (clause.kind === 'word' || clause.kind === 'prefix' || clause.kind === 'phrase') && (clause.starts ?? []).some(isLongStart)
  const settled = clauses.filter((clause) => clause.kind === 'phrase' || clause.kind === 'without-phrase' || hasLongStart(clause))
  return {
    fts: ftsExpression(clauses, (starts) => starts),
    phrases: phrases.length > 0 ? JSON.stringify(phrases) : null,
    absentPhrases,
    byHeads: clauses.some((clause) => hasLongStart(clause) || clause.kind === 'without-phrase')
      ? { fts: ftsExpression(clauses, (starts) => [...new Set(starts.map(headOf))]), clauses: JSON.stringify(settled), isWalkOnly: absentPhrases !== null }
      : null,
    searchedAlternatives,
    searchedClauses,
  }
}

/** The clauses as one MATCH expression, each clause's starts looked up as `startsOf` gives them. */
function ftsExpression(clauses: readonly SearchClause[], startsOf: (starts: readonly string[]) => readonly string[]): string {
  const anyStart = (starts: readonly string[]) => startsOf(starts).map((start) => `${quote(start)}*`)
  const wanted = clauses.flatMap((clause) => {
    switch (clause.kind) {
      case 'phrase': {
        // Typed in Kazakh Latin, the phrase in Cyrillic too (the index keeps a Kazakh Latin text's Cyrillic reading beside it: search_words()),
        // and what OR joins to it: phrases, and words as a 'word' clause looks them up.
        const { ways, terms = [], starts = [] } = clause
        const words = terms.length > 0 || starts.length > 0 ? [`terms : (${[...terms.map(quote), ...anyStart(starts)].join(' OR ')})`] : []
        const any = [...ways.map(phraseQuery), ...words]
        return [any.length === 1 ? any[0]! : `(${any.map((one) => `(${one})`).join(' OR ')})`]
      }
      case 'word':
        return [clause.starts ? `terms : (${[...clause.terms.map(quote), ...anyStart(clause.starts)].join(' OR ')})` : `terms : ${anyOf(clause.terms)}`]
      case 'prefix':
        return [`terms : (${anyStart(clause.starts).join(' OR ')})`]
      case 'without':
      case 'without-phrase':
        return []
    }
  })
  // FTS5's NOT is binary: what is wanted, less each word left out.
  const leftOut = clauses.flatMap((clause) => (clause.kind === 'without' ? [` NOT terms : ${anyOf(clause.terms)}`] : []))
  return leftOut.length > 0 ? `(${wanted.join(' AND ')})${leftOut.join('')}` : wanted.join(' AND ')
}
