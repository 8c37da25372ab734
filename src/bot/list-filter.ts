import type { CountryIndex } from '../classify/countries.js'
import { KINDS, SECTORS } from '../classify/types.js'
import { dateParts, type ListFilter } from '../db/list-filters.js'
import type { Lang } from '../classify/types.js'
import { isOrWord, QUOTE_MARK } from '../language/search-query.js'
import { findTypedDate, takeTypedDay, withYearOfLatest } from '../language/typed-date.js'
import { formatItemDate, formatMonth } from '../telegram/item-card.js'
import type { Translate } from '../telegram/translate.js'
import { DEFAULT_TIME_ZONE, zonedInstant } from '../time-zone.js'
import { findByName, type TopicNames } from './topics.js'

const FIRST_YEAR = 1991
const YEAR = /^\d{4}$/

/** The years a list is narrowed by: 1991 to next year. */
export const listYears = (now: Date): { first: number; last: number } => ({ first: FIRST_YEAR, last: now.getUTCFullYear() + 1 })

/** A year typed beside a list's words that the lists do not take («2031», «1900»). */
export const isYearOutOfRange = (word: string, now: Date): boolean => YEAR.test(word) && (Number(word) < FIRST_YEAR || Number(word) > listYears(now).last)
/**
 * A year the lists do not take among `words`, with the words left once it, the year's word after it and a preposition
 * before it are taken off («Европа в 2030 году» → «Европа», "Europe in 2030" → "Europe", where "in" read as India); null
 * when no year is out of range.
 */
export function takeYearOutOfRange(words: readonly string[], now: Date): { year: string; rest: string[] } | null {
  const at = words.findIndex((word) => isYearOutOfRange(word, now))
  if (at < 0) return null
  const to = YEAR_WORD.test(words[at + 1] ?? '') ? at + 2 : at + 1
  const from = YEAR_PREPOSITIONS.has(words[at - 1]?.toLowerCase() ?? '') ? at - 1 : at
  return { year: words[at]!, rest: [...words.slice(0, from), ...words.slice(to)] }
}

/**
 * «2025 2026»: the two years typed where a list takes one, each with the command `typed` would be without the other, or
 * null when `word` is no second year the lists take beside `year`.
 */
export function yearAlternatives(typed: string, year: number | undefined, word: string, now: Date): { first: string; second: string; firstCommand: string; secondCommand: string } | null {
  if (year === undefined || !YEAR.test(word) || isYearOutOfRange(word, now) || Number(word) === year) return null
  const words = typed.trim().split(/\s+/u)
  const without = (drop: string) => words.filter((w) => w !== drop).join(' ')
  const [first, second] = [String(year), word].sort()
  return { first: first!, second: second!, firstCommand: without(second!), secondCommand: without(first!) }
}

/** The word for a year after one («2025 год», «в 2025 году», «2025 г.», «2025 жыл», "2025 year"): the year's, taken off with it. */
const YEAR_WORD = /^(?:год|года|году|г\.?|year|жыл|жылы|жылғы)$/iu
/** A preposition before a year at the end («в 2025 году», "in 2025"), taken off with it: left, "in" would read as India. */
const YEAR_PREPOSITIONS = new Set(['в', 'во', 'in'])
const KIND_CODES = { agreement: 'a', commission: 'c', meeting: 'm', event: 'e' } as const

/** A query with the filter words taken off its ends: «россия 2024 соглашения» → «россия», { year: 2024, kinds: [agreement] }. */
export interface FilteredQuery {
  query: string
  filter: ListFilter
}

/**
 * Takes years and kinds (and, with `withSectors`, a sector) off both ends of what was typed,
 * as long as `keepWords` other words remain: /country and /search lists narrowed in place.
 * A word that names a country (`countries`) stays in the query, though it may start like a
 * sector or kind («турция» like «туризм», «перу» like «переговоры»).
 */
export function splitListFilter(
  text: string,
  names: TopicNames,
  countries: Pick<CountryIndex, 'resolve'>,
  now: Date,
  { withSectors = false, keepWords = 1 } = {},
): FilteredQuery {
  // «театр 12 марта», "museum March 12": a day without its year is its latest, said in the header as the day with its year.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE }).format(now)
  const words = withYearOfLatest(text.trim().split(/[\s,]+/).filter(Boolean), today)
  const filter: { year?: number; day?: string; kinds: NonNullable<ListFilter['kinds']>[number][]; sector?: NonNullable<ListFilter['sector']> } = { kinds: [] }
  // A day typed at either end («музей 03.03.2025», "museum 3 March 2025", «2025 жылғы 3 наурыз көрме») narrows to that day, as a year to
  // its year; a day with too few other words is left whole, not cut to its year (/search 3 March 2025: the search says what it is).
  const dated = takeTypedDay(words, keepWords)
  if (dated === 'alone') return { query: words.join(' '), filter: {} }
  if (dated) {
    filter.year = Number(dated.day.slice(0, 4))
    filter.day = dated.day
    words.splice(0, words.length, ...dated.rest)
  }
  const take = (word: string): boolean => {
    // A "quoted phrase" (or «…», “…”) is searched as written: «"… переговоры"» ends with a word, not with talks.
    if (QUOTE_MARK.test(word) || countries.resolve(word) !== null) return false
    // A narrowing typed twice («музеи музеи», «2026 2026») is read once, not left over as words not understood.
    if (YEAR.test(word) && Number(word) >= FIRST_YEAR && Number(word) <= now.getUTCFullYear() + 1 && (filter.year === undefined || filter.year === Number(word))) {
      filter.year = Number(word)
      return true
    }
    const kind = findByName(word, names.kinds)
    if (kind) {
      if (!filter.kinds.includes(kind)) filter.kinds.push(kind)
      return true
    }
    const sector = withSectors ? findByName(word, names.sectors) : null
    if (sector === null || (filter.sector !== undefined && filter.sector !== sector)) return false
    filter.sector = sector
    return true
  }
  // A word after NOT is one the search leaves out («балет NOT соглашения»), and one joined by OR («опера или
  // соглашения») one of the words either of which will do, not a narrowing.
  // How many words at the end narrow the list: a year with its word and a preposition before them («в 2025 году», "in 2025"),
  // or one word.
  const narrowingAtEnd = (): number => {
    const last = words.at(-1)!
    const yearAt = YEAR_WORD.test(last) && YEAR.test(words.at(-2) ?? '') ? words.length - 2 : YEAR.test(last) ? words.length - 1 : -1
    if (yearAt < keepWords || words[yearAt - 1] === 'NOT' || isOrWord(words[yearAt - 1])) return take(last) ? 1 : 0
    if (!take(words[yearAt]!)) return 0
    const from = YEAR_PREPOSITIONS.has(words[yearAt - 1]?.toLowerCase() ?? '') && yearAt - 1 >= keepWords ? yearAt - 1 : yearAt
    return words.length - from
  }
  while (words.length > keepWords && words.at(-2) !== 'NOT' && !isOrWord(words.at(-2))) {
    const taken = narrowingAtEnd()
    if (taken === 0) break
    words.splice(-taken)
  }
  while (words.length > keepWords && !isOrWord(words[1]) && take(words[0]!)) words.shift()
  const kinds = KINDS.filter((k) => filter.kinds.includes(k))
  return {
    query: words.join(' '),
    filter: {
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      ...(filter.day !== undefined ? { day: filter.day } : {}),
      ...(kinds.length > 0 ? { kinds } : {}),
      ...(filter.sector ? { sector: filter.sector } : {}),
    },
  }
}

/** "2024 · agreements, talks · museums" (or "3 Mar 2025 · …") for a list's header. */
export function filterLabel(filter: ListFilter, t: Translate, lang: Lang): string {
  return [
    filter.day !== undefined ? dayLabel(filter.day, lang) : filter.year === undefined ? null : String(filter.year),
    filter.kinds?.length ? filter.kinds.map((k) => t(`kinds-${k}`)).join(', ') : null,
    filter.sector ? t(`sector-${filter.sector}`) : null,
  ]
    .filter((p) => p !== null)
    .join(' · ')
}

/** A day as item dates read: "3 Mar 2025", «3 мар. 2025 г.»; a month: "March 2026", «март 2026 г.». */
function dayLabel(day: string, lang: Lang): string {
  const [y, m, d] = dateParts(day)
  if (d === undefined) return formatMonth(y, m, lang)
  return formatItemDate(zonedInstant(y, m, d, 12).toISOString(), lang)
}

/** A filter in callback data: "2024.am.3" (year or day, kind letters, sector index); '' for none. */
export function encodeListFilter(filter: ListFilter): string {
  const kinds = (filter.kinds ?? []).map((k) => KIND_CODES[k]).join('')
  const sector = filter.sector ? String(SECTORS.indexOf(filter.sector)) : ''
  return filter.year === undefined && kinds === '' && sector === '' ? '' : `${filter.day ?? filter.year ?? ''}.${kinds}.${sector}`
}

export function decodeListFilter(text: string | undefined): ListFilter | null {
  if (text === undefined || text === '') return {}
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)?\.([acme]{0,4})\.(\d{0,2})$/.exec(text)
  if (!match) return null
  const day = match[1] && match[1].length > 4 ? findTypedDate([match[1]])?.day : undefined
  if (match[1] && match[1].length > 4 && day === undefined) return null
  const kinds = KINDS.filter((k) => match[2]!.includes(KIND_CODES[k]))
  const sector = match[3] === '' ? undefined : SECTORS[Number(match[3])]
  if (match[3] !== '' && sector === undefined) return null
  return { ...(match[1] ? { year: Number(match[1].slice(0, 4)) } : {}), ...(day ? { day } : {}), ...(kinds.length > 0 ? { kinds } : {}), ...(sector ? { sector } : {}) }
}
