import type { CountryIndex } from '../classify/countries.js'
import { type Kind, SECTORS, type Sector } from '../classify/types.js'
import type { ArchiveFilter } from '../db/archive.js'
import { toFtsQuery } from '../db/fts-query.js'
import { isOrWord, normalizeQuotes } from '../language/search-query.js'
import { findTypedDate, withYearOfLatest } from '../language/typed-date.js'
import { lookupOrganisation } from '../classify/organisations.js'
import { findRegion } from '../regions.js'
import { DEFAULT_TIME_ZONE } from '../time-zone.js'
import { findByName } from './topics.js'

const MIN_YEAR = 1991
const MAX_YEAR = 2100
/** Two-word names ("south korea", «Южная Корея») are the longest a query is read for. */
const MAX_NAME_WORDS = 2
/** «Латын Америкасы елдері», «страны Европы»: a region's longest forms (regions.ts). */
const MAX_REGION_WORDS = 3
/** «Международная организация тюркской культуры», "Shanghai Cooperation Organisation": organisations' names of up to five words, longest first. */
const ORG_SPANS = [5, 4, 3, 2, 1]
/** What joins countries in a list («Россия и Китай», "France and Germany", «Ресей мен Қытай», a comma on its own): read with them. */
const LIST_WORD = /^(?:and|и|мен|және|&|,)$/iu
/** A flag emoji: two regional indicator letters. */
const FLAG = /^(?:\p{Regional_Indicator}{2})+,?$/u
/** Flags typed side by side, a comma between them or none («🇷🇺🇨🇳», «🇷🇺,🇨🇳»): one country each, as flags with spaces between them. */
const FLAG_RUN = /^(?:\p{Regional_Indicator}{2},?){2,}$/u
const FLAG_WITH_COMMA = /\p{Regional_Indicator}{2},?/gu
/** A word after a minus or NOT is one the search leaves out (language/search-query.ts). */
const MINUS = /^[-−]/
/** The word for a year after it («в 2025 году», «2025 г.», «Ресей 2025 жыл», "2025 year"), read with the year as the lists read it. */
const YEAR_WORD = /^(?:год|года|году|г\.?|year|жыл|жылы|жылғы)$/iu
/** A preposition before a year («в 2025 году», «за 2025 год», "in 2025"), read with it: searched, «в» and "in" found nothing. */
const YEAR_PREPOSITIONS = new Set(['в', 'во', 'за', 'in'])
const NOT_WORD = 'NOT'

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
  /** The kinds' names in every language (topics.ts), read as the lists read them: «соглашения», `agreements`, «келісімдер». */
  kinds?: Map<Kind, string[]>
  /** Now: a day typed without its year («театр 12 марта») is its latest, today or before, as the lists read it. */
  now?: Date
  /** The home country (config's HOME_COUNTRY): a party to every item, so its name narrows nothing, as in /latest. */
  homeCountry?: string
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
  // A "quoted phrase" («…», “…” alike) is one token, searched as written: «"Year of Russia in Kazakhstan"» names no partner nor year,
  // and so is one after a minus, which the search leaves out (-"Louvre Abu Dhabi" is no UAE), or glued to a word («кино-"Days of France"»).
  const typedTokens = (whole.match(/[^\s"]*"[^"]*"|[^\s"]+/g) ?? []).flatMap((token) => (FLAG_RUN.test(token) ? token.match(FLAG_WITH_COMMA)! : [token]))
  const tokens = vocabulary.now ? withYearOfLatest(typedTokens, new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE }).format(vocabulary.now)) : typedTokens
  const isLeftOut = (i: number): boolean => MINUS.test(tokens[i]!) || tokens[i - 1] === NOT_WORD
  // An international organisation (UNESCO, «ЮНЕСКО», «ТҮРКСОЙ»), read before a country as /subscribe reads it (TURKSOY is no Turkey): the
  // items it is a party to, whatever their texts call it. A short name typed in lower case («ес», "un") is a word.
  const orgOf = (span: readonly string[]): string | null =>
    span.some((t) => t.includes('"')) || (span.length === 1 && span[0]!.length <= 4 && span[0] !== span[0]!.toUpperCase()) ? null : lookupOrganisation(span.join(' '))
  const wholeOrg = whole === '' || tokens.some((_, i) => isLeftOut(i)) ? null : orgOf(tokens)
  if (wholeOrg) return { filter: { org: wholeOrg }, words: '' }
  // A flag beside a name or another flag («Россия 🇨🇳») is one more country of a list, which the index would read as the name alone.
  const isList = tokens.length > 1 && tokens.some((t) => FLAG.test(t))
  const country = whole === '' || whole.includes('"') || isList || tokens.some((_, i) => isLeftOut(i)) ? null : vocabulary.countries.resolve(whole)
  if (country) return { filter: country === vocabulary.homeCountry ? {} : { country }, words: '' }
  // A region or a former state («Африка», «Латын Америкасы», «СССР») is its countries, as /country and /subscribe read it,
  // not a word searched in the texts (which found nothing, or the rare item that names it).
  const regionOf = (span: readonly string[]): ArchiveFilter['region'] | null => {
    const region = span.some((t) => t.includes('"')) ? null : findRegion(span.join(' '))
    return region ? { id: region.id, countries: region.members.filter((code) => code !== vocabulary.homeCountry) } : null
  }
  const words: string[] = []
  // The tokens taken as a partner, a kind or a sector, which go back to the words when nothing else is left to search for, and as a year.
  const named = new Set<number>()
  let yearAt = -1
  // The tokens read with the year: its word after it and a preposition before it.
  const yearParts = new Set<number>()
  // Countries named one after another («Россия и Китай», "Russia, China", «🇫🇷 🇩🇪»), as /country offers each: any of them.
  const listed: string[] = []
  // Where the last country named ended (the home country's too: «Казахстан и Россия» is Russia's).
  let countryEnd = -1
  // Joined by a comma, «и», "and" or by a flag on either side («🇫🇷 🇩🇪», «Россия 🇨🇳»): `Russia Louvre` is still Russia's items with «Louvre».
  const isListGoingOn = (i: number): boolean => {
    if (countryEnd === -1 || i < countryEnd) return false
    const between = wordAt.filter((at) => at >= countryEnd)
    if (!between.every((at) => LIST_WORD.test(tokens[at]!))) return false
    return between.length > 0 || tokens[countryEnd - 1]!.endsWith(',') || FLAG.test(tokens[countryEnd - 1]!) || FLAG.test(tokens[i]!)
  }
  // Where each of `words` was typed, so that a preposition pushed as a word is taken back once a year follows it.
  const wordAt: number[] = []
  let hasLeftOut = false
  // A day typed anywhere («музей 03.03.2025», "museum 3 March 2025", «2025 жылғы 3 наурыз»), as a year is read: that day, in its year;
  // not one left out or joined by OR.
  const typed = findTypedDate(tokens)
  const date =
    typed && !tokens.slice(typed.start, typed.end).some((t) => t.includes('"')) && !isLeftOut(typed.start) && !isOrWord(tokens[typed.start - 1]) && !isOrWord(tokens[typed.end])
      ? typed
      : null
  if (date) {
    filter.year = Number(date.day.slice(0, 4))
    filter.day = date.day
  }
  const isDateAt = (i: number): boolean => date !== null && i >= date.start && i < date.end
  // A name of n words from i is read whole when the query holds it, no word after its first is left out and no OR follows it.
  const isSpanAt = (i: number, n: number): boolean =>
    i + n <= tokens.length && !tokens.slice(i, i + n).some((_, k) => k > 0 && isLeftOut(i + k)) && !isOrWord(tokens[i + n])
  const spanOf = (i: number, lengths: readonly number[], read: (words: string[]) => unknown): number | undefined =>
    lengths.find((n) => isSpanAt(i, n) && read(tokens.slice(i, i + n)) !== null)
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (isDateAt(i)) continue
    // A word left out («-Франция», «NOT 2025», "NOT museums") is always a word for the search to leave out, never a filter.
    if (isPhrase(token) || isLeftOut(i)) {
      hasLeftOut ||= isLeftOut(i)
      words.push(token)
      wordAt.push(i)
      continue
    }
    // A word joined by OR («опера OR Франция») is one of the words either of which will do, not a partner, sector or year asked for.
    if (isOrWord(tokens[i - 1]) || isOrWord(tokens[i + 1])) {
      words.push(token)
      wordAt.push(i)
      continue
    }
    const lower = token.toLowerCase()
    if (/^\d{4}$/.test(token) && Number(token) >= MIN_YEAR && Number(token) <= MAX_YEAR && filter.year === undefined) {
      filter.year = Number(token)
      yearAt = i
      if (wordAt.at(-1) === i - 1 && YEAR_PREPOSITIONS.has(tokens[i - 1]!.toLowerCase())) {
        words.pop()
        yearParts.add(wordAt.pop()!)
      }
      if (YEAR_WORD.test(tokens[i + 1] ?? '') && !isOrWord(tokens[i + 2])) {
        yearParts.add(i + 1)
        i += 1
      }
      continue
    }
    const sector = SECTORS.find((s) => s === lower || vocabulary.sectorLabel(s).toLowerCase() === lower)
    if (sector && filter.sector === undefined) {
      filter.sector = sector
      named.add(i)
      continue
    }
    // A kind, as the lists narrow by one (`russia agreements`), not its name searched in the texts; a country's name that starts
    // like one («перу», «переговоры») stays a country.
    const kind = vocabulary.kinds && filter.kind === undefined && vocabulary.countries.resolve(token) === null ? findByName(token, vocabulary.kinds) : null
    if (kind) {
      filter.kind = kind
      named.add(i)
      continue
    }
    if (filter.org === undefined && !token.startsWith('"')) {
      const orgSpan = spanOf(i, ORG_SPANS, orgOf)
      if (orgSpan) {
        filter.org = orgOf(tokens.slice(i, i + orgSpan))!
        for (let k = i; k < i + orgSpan; k += 1) named.add(k)
        i += orgSpan - 1
        continue
      }
    }
    if (countryEnd === -1 && filter.region === undefined && !token.startsWith('"')) {
      const regionSpan = spanOf(i, [MAX_REGION_WORDS, MAX_NAME_WORDS, 1], regionOf)
      if (regionSpan) {
        filter.region = regionOf(tokens.slice(i, i + regionSpan))!
        for (let k = i; k < i + regionSpan; k += 1) named.add(k)
        i += regionSpan - 1
        continue
      }
    }
    // After the home country («KZ France», «Казахстан и Россия») the next country is read as the first was.
    const isJoining = isListGoingOn(i)
    if ((listed.length === 0 || isJoining) && filter.region === undefined && !token.startsWith('"')) {
      // "Russia, China": the comma typed after a name is the list's.
      const bare = (n: number) => tokens.slice(i, i + n).map((t) => t.replace(/,+$/u, ''))
      const span = [MAX_NAME_WORDS, 1].find(
        (n) =>
          isSpanAt(i, n) &&
          !tokens.slice(i, i + n).some((t) => t.includes('"') || (n > 1 && FLAG.test(t))) &&
          !bare(n).some((t, k) => k > 0 && LIST_WORD.test(t)) &&
          isCountryName(bare(n), vocabulary.countries),
      )
      if (span) {
        const code = vocabulary.countries.resolve(bare(span).join(' '))!
        if (code !== vocabulary.homeCountry && !listed.includes(code)) listed.push(code)
        // The «и» or "and" between two countries joined them: not a word to search for.
        while (isJoining && (wordAt.at(-1) ?? -1) >= countryEnd) {
          words.pop()
          named.add(wordAt.pop()!)
        }
        for (let k = i; k < i + span; k += 1) named.add(k)
        i += span - 1
        countryEnd = i + 1
        continue
      }
    }
    words.push(token)
    wordAt.push(i)
  }
  if (listed.length === 1) filter.country = listed[0]!
  else if (listed.length > 1) filter.region = { countries: listed }
  // Words left out with nothing else to search for («театр -Франция», театр read as the sector): the partner's and the sector's
  // names are words again, as /search reads them, the theatre items without «Франция» (the search cannot leave words out of nothing).
  if (named.size > 0 && hasLeftOut && toFtsQuery(words.join(' ')) === null) {
    delete filter.country
    delete filter.region
    delete filter.org
    delete filter.sector
    delete filter.kind
    words.splice(0, words.length, ...tokens.filter((_, i) => i !== yearAt && !yearParts.has(i) && !isDateAt(i)))
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
