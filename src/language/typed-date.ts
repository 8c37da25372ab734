import { isCalendarDate, monthOf } from './months.js'
import { isOrWord } from './search-query.js'

/**
 * A day a reader typed among words («03.03.2025», "3 March 2025", «3 марта 2025 г.», «2025 жылғы 3 наурыз»), or a month with its
 * year ("March 2026", «март 2026», «в марте 2026 года», «2026 жылғы наурыз», 2026-03): which words it takes.
 */
export interface TypedDate {
  /** YYYY-MM-DD, or YYYY-MM for a month. */
  day: string
  /** The words it takes, `start` to `end` (not included). */
  start: number
  end: number
}

const FIRST_YEAR = 1991
const LAST_YEAR = 2100
/** Day first, as Russian and Kazakh (and British) write it: 03.03.2025, 3/3/2025. */
const FIGURES = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u
const ISO_MONTH = /^(\d{4})-(\d{2})$/u
const YEAR = /^\d{4}$/u
const DAY = /^\d{1,2}$/u
/** The word for a year beside one («3 марта 2025 года», «2025 г.», «2025 жылғы 3 наурыз», "2025 year"): part of the date. */
const YEAR_WORD = /^(?:г|года?|году|year|ж|жыл|жылы|жылғы)$/iu

/** A word without the comma or full stop that ends it in a sentence ("March 3," «2025.»). */
const bare = (word: string | undefined): string => (word ?? '').replace(/[,.]+$/u, '')

function dateAt(words: readonly string[], at: number): TypedDate | null {
  const word = (k: number) => bare(words[at + k])
  const month = (k: number, isAfterDay: boolean) => (word(k) === '' ? undefined : monthOf(word(k), isAfterDay))
  const make = (y: number, mo: number, d: number, length: number, canTakeYearWord: boolean): TypedDate | null => {
    if (!isCalendarDate(y, mo, d) || y < FIRST_YEAR || y > LAST_YEAR) return null
    const end = at + length + (canTakeYearWord && YEAR_WORD.test(word(length)) ? 1 : 0)
    return { day: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, start: at, end }
  }
  const figures = FIGURES.exec(word(0))
  if (figures) return make(Number(figures[3]), Number(figures[2]), Number(figures[1]), 1, true)
  const iso = ISO_DAY.exec(word(0))
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]), 1, false)
  // 3 March 2025, «3 марта 2025», «3 наурыз 2025».
  const dayMonth = DAY.test(word(0)) ? month(1, true) : undefined
  if (dayMonth !== undefined && YEAR.test(word(2))) return make(Number(word(2)), dayMonth, Number(word(0)), 3, true)
  // March 3, 2025.
  const monthFirst = month(0, false)
  if (monthFirst !== undefined && DAY.test(word(1)) && YEAR.test(word(2))) return make(Number(word(2)), monthFirst, Number(word(1)), 3, true)
  // «2025 жылғы 3 наурыз», «2025 ж. 3 наурызда», 2025 3 March.
  if (YEAR.test(word(0))) {
    const k = YEAR_WORD.test(word(1)) ? 2 : 1
    const kazakhMonth = DAY.test(word(k)) ? month(k + 1, true) : undefined
    if (kazakhMonth !== undefined) return make(Number(word(0)), kazakhMonth, Number(word(k)), k + 2, false)
  }
  // A month with its year: "March 2026", «март 2026», «в марте 2026 года», «наурыз 2026», «2026 жылғы наурыз», 2026-03.
  const makeMonth = (y: number, mo: number, length: number, canTakeYearWord: boolean): TypedDate | null => {
    if (mo < 1 || mo > 12 || y < FIRST_YEAR || y > LAST_YEAR) return null
    const end = at + length + (canTakeYearWord && YEAR_WORD.test(word(length)) ? 1 : 0)
    return { day: `${y}-${String(mo).padStart(2, '0')}`, start: at, end }
  }
  const isoMonth = ISO_MONTH.exec(word(0))
  if (isoMonth) return makeMonth(Number(isoMonth[1]), Number(isoMonth[2]), 1, false)
  if (monthFirst !== undefined && YEAR.test(word(1))) return makeMonth(Number(word(1)), monthFirst, 2, true)
  if (YEAR.test(word(0))) {
    const k = YEAR_WORD.test(word(1)) ? 2 : 1
    const monthAfter = month(k, false)
    if (monthAfter !== undefined && !DAY.test(word(k + 1))) return makeMonth(Number(word(0)), monthAfter, k + 1, false)
  }
  return null
}

/** The first day typed among `words` (split at spaces), or null. */
export function findTypedDate(words: readonly string[]): TypedDate | null {
  for (let at = 0; at < words.length; at += 1) {
    const found = dateAt(words, at)
    if (found) return found
  }
  return null
}

/**
 * A day typed in a day's shape that no calendar has («30.02.2025», «31 февраля», "April 31", 2025-13-01): the words as typed,
 * or null. A day that some year has («29 февраля») is none.
 */
export function findImpossibleDay(words: readonly string[]): string | null {
  const isInSomeYear = (mo: number, d: number) => isCalendarDate(2024, mo, d)
  for (let at = 0; at < words.length; at += 1) {
    const word = (k: number) => bare(words[at + k])
    const figures = FIGURES.exec(word(0))
    if (figures && !isCalendarDate(Number(figures[3]), Number(figures[2]), Number(figures[1]))) return word(0)
    const iso = ISO_DAY.exec(word(0))
    if (iso && !isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return word(0)
    const dayFirst = DAY.test(word(0)) && word(1) !== '' ? monthOf(word(1), true) : undefined
    if (dayFirst !== undefined && !isInSomeYear(dayFirst, Number(word(0)))) return `${word(0)} ${word(1)}`
    const monthFirst = word(0) !== '' && DAY.test(word(1)) ? monthOf(word(0), false) : undefined
    if (monthFirst !== undefined && !isInSomeYear(monthFirst, Number(word(1)))) return `${word(0)} ${word(1)}`
  }
  return null
}

/** A preposition before a day at the end («в 03.03.2025», "on 3 March 2025"), taken off with it. */
const DAY_PREPOSITIONS = new Set(['в', 'во', 'in', 'on'])

/**
 * A day typed at either end of a list's question («музей 03.03.2025», «2025 жылғы 3 наурыз көрме») and the words without it, as
 * lists take a year; not one left out or joined by OR («NOT 03.03.2025»). 'alone' when fewer than `keepWords` other words remain
 * (/search 03.03.2025), null when there is none.
 */
export function takeTypedDay(words: readonly string[], keepWords: number): { day: string; rest: string[] } | 'alone' | null {
  const date = findTypedDate(words)
  if (!date || (date.start > 0 && date.end < words.length) || words[date.start - 1] === 'NOT' || isOrWord(words[date.start - 1]) || isOrWord(words[date.end])) return null
  const from = date.start > 0 && date.end === words.length && DAY_PREPOSITIONS.has(words[date.start - 1]!.toLowerCase()) ? date.start - 1 : date.start
  if (words.length - (date.end - from) < keepWords) return 'alone'
  return { day: date.day, rest: [...words.slice(0, from), ...words.slice(date.end)] }
}

/**
 * A day typed without its year («12 марта», "March 12", «3 наурыз») with the year put after it: the latest year in which that
 * day is `today` (YYYY-MM-DD, in Kazakhstan) or before, as a reader asking about «12 марта» means the last one. A day with its
 * year, or after one («2025 жылғы 3 наурыз»), is left as typed.
 */
export function withYearOfLatest(words: readonly string[], today: string): string[] {
  const out = [...words]
  for (let at = 0; at < out.length; at += 1) {
    const word = (k: number) => bare(out[at + k])
    if (at > 0 && (YEAR.test(word(-1)) || YEAR_WORD.test(word(-1)))) continue
    const dayFirst = DAY.test(word(0)) && word(1) !== '' ? monthOf(word(1), true) : undefined
    const monthFirst = dayFirst === undefined && word(0) !== '' && DAY.test(word(1)) ? monthOf(word(0), false) : undefined
    const month = dayFirst ?? monthFirst
    if (month === undefined || YEAR.test(word(2))) continue
    const day = Number(dayFirst !== undefined ? word(0) : word(1))
    const [thisYear, md] = [Number(today.slice(0, 4)), today.slice(5)]
    let year = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` > md ? thisYear - 1 : thisYear
    while (year > thisYear - 8 && !isCalendarDate(year, month, day)) year -= 1
    if (!isCalendarDate(year, month, day)) continue
    // "March 12, museum": the comma after the day stays after the year.
    const last = out[at + 1]!
    out.splice(at + 1, 1, last.replace(/[,.]+$/u, ''), `${year}${last.slice(bare(last).length)}`)
    at += 2
  }
  return out
}
