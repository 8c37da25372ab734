import type { CountryIndex } from '../classify/countries.js'
import { SECTORS, type Sector } from '../classify/types.js'
import type { ArchiveFilter } from '../db/archive.js'
import { toFtsQuery } from '../db/fts-query.js'
import { isOrWord, normalizeQuotes } from '../language/search-query.js'

const MIN_YEAR = 1991
const MAX_YEAR = 2100
/** Two-word names ("south korea", «Южная Корея») are the longest a query is read for. */
const MAX_NAME_WORDS = 2

/** What a free-text query of the inline mode or /export asks for. */
export interface ItemQuery {
  filter: ArchiveFilter
  /** Words that were neither a country, a sector nor a year (searched in the items' text). */
  words: string
}

export interface QueryVocabulary {
  countries: CountryIndex
  /** Sector names in the reader's language (lower case), besides the English keys. */
  sectorLabel: (sector: Sector) => string
}

/**
 * Reads «франция музей 2025» as a partner, a year and search words (a sector when a word names
 * one). Short lower-case words are not read as ISO codes: «in», «at», «be» are words first.
 */
export function parseItemQuery(text: string, vocabulary: QueryVocabulary): ItemQuery {
  const filter: ArchiveFilter = {}
  const whole = normalizeQuotes(text).trim()
  // Nothing but quote marks («, „“): nothing to search for, which is not a question for everything.
  if (whole === '' && text.trim() !== '') return { filter, words: text.trim() }
  const country = whole === '' || whole.includes('"') ? null : vocabulary.countries.resolve(whole)
  if (country) return { filter: { country }, words: '' }
  // A "quoted phrase" («…», “…” alike) is one token, searched as written: «"Year of Russia in Kazakhstan"» names no partner nor year,
  // and so is one after a minus, which the search leaves out (-"Louvre Abu Dhabi" is no UAE), or glued to a word («кино-"Days of France"»).
  const tokens = whole.match(/[^\s"]*"[^"]*"|[^\s"]+/g) ?? []
  const words: string[] = []
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (isPhrase(token)) {
      words.push(token)
      continue
    }
    // A word joined by OR («опера OR Франция») is one of the words either of which will do, not a partner, sector or year asked for.
    if (isOrWord(tokens[i - 1]) || isOrWord(tokens[i + 1])) {
      words.push(token)
      continue
    }
    const lower = token.toLowerCase()
    if (/^\d{4}$/.test(token) && Number(token) >= MIN_YEAR && Number(token) <= MAX_YEAR && filter.year === undefined) {
      filter.year = Number(token)
      continue
    }
    const sector = SECTORS.find((s) => s === lower || vocabulary.sectorLabel(s).toLowerCase() === lower)
    if (sector && filter.sector === undefined) {
      filter.sector = sector
      continue
    }
    // A word left out («-Франция», "NOT Louvre") stays a word for the search to leave out, not the partner asked for.
    const isLeftOut = /^[-−]/.test(token) || tokens[i - 1] === 'NOT'
    if (filter.country === undefined && !token.startsWith('"') && !isLeftOut) {
      const span = [MAX_NAME_WORDS, 1].find((n) => i + n <= tokens.length && !tokens.slice(i, i + n).some((t) => t.includes('"')) && !isOrWord(tokens[i + n]) && isCountryName(tokens.slice(i, i + n), vocabulary.countries))
      if (span) {
        filter.country = vocabulary.countries.resolve(tokens.slice(i, i + span).join(' '))!
        i += span - 1
        continue
      }
    }
    words.push(token)
  }
  const match = toFtsQuery(words.join(' '))
  if (match !== null) filter.match = match
  return { filter, words: words.join(' ') }
}

const isPhrase = (token: string): boolean => /^[-−]?"[^"]*"$/.test(token)

function isCountryName(tokens: readonly string[], countries: CountryIndex): boolean {
  if (tokens.length === 1 && tokens[0]!.length <= 3 && tokens[0] !== tokens[0]!.toUpperCase()) return false
  return countries.resolve(tokens.join(' ')) !== null
}

/** Whether the query asked for words of which nothing is searchable («!!!»): it can match nothing. */
export const isUnsearchable = (query: ItemQuery): boolean => query.words !== '' && query.filter.match === undefined
