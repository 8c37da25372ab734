import { searchWords } from '../language/normalize.js'
import { wordPrefixes } from '../language/stem.js'

/** Bounds the work one query can ask of the index. */
const MAX_TERMS = 8

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`

/**
 * Turns what a user typed into an FTS5 MATCH expression: every word must be present, each as
 * a stemmed prefix (Russian via Snowball, Kazakh via suffix rules), words in "double quotes"
 * as an exact phrase. Returns null when nothing searchable is left. Whatever the input, the
 * result is valid FTS5 syntax: only letters and digits reach it, always quoted.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = []
  const phrases = [...input.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '')
  const loose = input.replace(/"[^"]*"/g, ' ')
  for (const phrase of phrases) {
    const words = searchWords(phrase)
    if (words.length > 0) parts.push(quote(words.join(' ')))
  }
  for (const word of searchWords(loose)) {
    const prefixes = [...new Set(wordPrefixes(word))].map((p) => `${quote(p)}*`)
    parts.push(prefixes.length === 1 ? prefixes[0]! : `(${prefixes.join(' OR ')})`)
  }
  const unique = [...new Set(parts)].slice(0, MAX_TERMS)
  return unique.length === 0 ? null : unique.join(' AND ')
}
