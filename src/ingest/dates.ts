import { isCalendarDate, monthOf } from '../language/months.js'
import { DEFAULT_TIME_ZONE, offsetMinutes, zonedInstant } from '../time-zone.js'

/** Where an article's date came from (recorded in article.published_at_origin). */
export type DateOrigin = 'feed' | 'page' | 'fetch'

// Kazakh sources print local time without an offset: it is read in DEFAULT_TIME_ZONE.

/**
 * Whether a day is one a page may be published on: from 1970 to 2100, but not 1 January 1970, the Unix
 * epoch a CMS prints for a date never set (in UTC or, as «1970-01-01 06:00», in its own zone).
 */
function isDayInRange(y: number, mo: number, d: number): boolean {
  return y >= 1970 && y <= 2100 && !(y === 1970 && mo === 1 && d === 1)
}

/** A wall-clock time in `timeZone` as an instant, or null for an impossible date. */
function zonedTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, timeZone = DEFAULT_TIME_ZONE): Date | null {
  if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 60 || !isDayInRange(y, mo, d)) return null
  const date = zonedInstant(y, mo, d, h, mi, s, timeZone)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * Zones' names as minutes east of UTC; null for Almaty's, read in DEFAULT_TIME_ZONE like a time without an offset,
 * since it moved from UTC+6 to UTC+5 in March 2024. Qyzylorda's has been UTC+5 since December 2018.
 */
const ZONE_ABBREVIATIONS: Record<string, number | null> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  MSK: 180, ALMT: null, QYZT: 300, CET: 60, CEST: 120, BST: 60,
  // Partners' capitals as their sites print them: Eastern and Western Europe, Türkiye, Japan, Korea, Uzbekistan, Tajikistan, Kyrgyzstan, Azerbaijan, Georgia.
  EET: 120, EEST: 180, WET: 0, WEST: 60, TRT: 180, JST: 540, KST: 540, UZT: 300, TJT: 300, KGT: 360, AZT: 240, GET: 240,
}

function withOffset(parts: { y: number; mo: number; d: number; h: number; mi: number; s: number }, offset: number | null): Date | null {
  if (offset === null) return zonedTime(parts.y, parts.mo, parts.d, parts.h, parts.mi, parts.s)
  if (!isCalendarDate(parts.y, parts.mo, parts.d) || parts.h > 23 || parts.mi > 59) return null
  const date = new Date(Date.UTC(parts.y, parts.mo - 1, parts.d, parts.h, parts.mi, parts.s) - offset * 60_000)
  return Number.isNaN(date.getTime()) || !isDayInRange(parts.y, parts.mo, parts.d) ? null : date
}

function parseOffset(zone: string | undefined): number | null {
  if (!zone) return null
  const z = zone.trim().toUpperCase()
  if (z in ZONE_ABBREVIATIONS) return ZONE_ABBREVIATIONS[z] ?? null
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z)
  // Offsets run from -12:00 to +14:00 in quarter hours (+05:45 Nepal): «+1234», «+20», «-13» and «+14:30» are none.
  if (!m || Number(m[3] ?? 0) > 45 || Number(m[3] ?? 0) % 15 !== 0) return null
  const offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0))
  return offset < -12 * 60 || offset > 14 * 60 ? null : offset
}

/** A year in two figures as POSIX's strptime reads one: 69–99 are 1969–1999, 00–68 are 2000–2068 (never 2099 for «99»). */
const fullYear = (y: string): number => (y.length !== 2 ? Number(y) : Number(y) + (Number(y) >= 69 ? 1900 : 2000))

/**
 * ISO 8601, its offset in hours alone too («+06», as ISO allows and some feeds write); a minus after a time
 * without seconds is an offset only glued after T («2025-01-07T10:00-03:00») or in four figures («10:00 -0300»),
 * since «2025-01-07 10:00-12:00» and «2025-01-07 10:00 -12:00» are ranges of times.
 */
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|(?:\+|(?<=T\d{1,2}:\d{2}|:\d{2}:\d{2}(?:[.,]\d+)?\s?)-)\d{2}(?::?\d{2})?(?!\d)|(?<=\s)-\d{4}(?![\d:]))?)?/
/** A date in figures; the time after it, with its offset or AM/PM, is read as after a month's name (TIME_AFTER). */
const NUMERIC = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.])/
/**
 * Day first with hyphens, «12-04-2024» or «12-04-24», as Kazakh and Russian sites print it, read as NUMERIC is.
 * Never year first: «24-04-12» is 24 April 2012. No source here writes a two-figure year first, and other dates
 * on a page cannot say a site does: they come from other templates (meta tags' ISO dates, a sidebar, comments,
 * telephone numbers), and the fetch time leaves both readings in the past. Not inside a longer run of figures and hyphens, nor
 * touching a time («10:30-12-24» is a range of times). With the year in two figures, not after a city code
 * («8 (7172) 25-04-18», «+7 7172 25-04-18»: a telephone number, which a page's text often has near its top);
 * a time before it still may be («14:30 12-04-24»).
 */
const DASHED = /(?<![\d./:-])(\d{1,2})-(\d{1,2})-(\d{4}|(?<!(?:\)\s?|(?<![:\d])\d{1,5}\s)\d{1,2}-\d{1,2}-)\d{2})(?![-:]|\.?\d)/
/** The year first, «2024/04/12» or «2024.04.12», as some CMSs and East Asian sites write it; a time after it as after NUMERIC. */
const YEAR_FIRST = /(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/
/**
 * Weekdays' names, as they may open or follow a date («Пятница, 12 апреля», «12 сәуір, жұма», "Fri, 12 Apr"):
 * Russian, Kazakh and English, in full and short, Sunday first as Date's getUTCDay counts.
 */
const WEEKDAY_NAMES = [
  ['воскресенье', 'вс', 'жексенбі', 'жс', 'sunday', 'sun'],
  ['понедельник', 'пн', 'дүйсенбі', 'дс', 'monday', 'mon'],
  ['вторник', 'вт', 'сейсенбі', 'сс', 'tuesday', 'tue', 'tues'],
  ['среда', 'ср', 'сәрсенбі', 'wednesday', 'wed'],
  ['четверг', 'чт', 'бейсенбі', 'бс', 'thursday', 'thu', 'thur', 'thurs'],
  ['пятница', 'пт', 'жұма', 'жм', 'friday', 'fri'],
  ['суббота', 'сб', 'сенбі', 'saturday', 'sat'],
]
const WEEKDAY_NUMBER = new Map(WEEKDAY_NAMES.flatMap((names, day) => names.map((name) => [name, day] as const)))
const WEEKDAYS = [...WEEKDAY_NUMBER.keys()]
/**
 * An offset in figures after a time, in hours alone too («10:00 +06»); one after a minus only after seconds
 * («10:00:00-03:00», «10:00:00 -03:00», as in ISO) or in four figures set off by a space («10:00 -0300», as in RFC 822),
 * since «10:00-12», «10:00-12:00» and «10:00 -12:00» are ranges of times.
 */
const NUMERIC_OFFSET = '(?:(?:\\+|(?<=:\\d{2}:\\d{2}\\s?)-)\\d{2}(?::?\\d{2})?|(?<=\\s)-\\d{4})(?![\\d:])'
/** A time after a full date, perhaps after a weekday («12 апреля 2024, пятница, 10:00», "April 12, 2024, Friday, 10:00"). */
const TIME_AFTER = new RegExp(
  `^[,\\s]*(?:г\\.?|года|жылы|жыл|ж\\.?)?[,\\s|—-]*(?:(?:${WEEKDAYS.join('|')})(?![\\p{L}])\\.?[,\\s|—-]*)?` +
    `(?:в\\s+|at\\s+|сағат\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?\\s*((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|Z|GMT|UTC|${NUMERIC_OFFSET}|[A-Z]{2,4}\\b)?`,
  'iu',
)
const WORD = '([A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{3,}\\.?)'
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${WORD}),?\\s+(?<year>\\d{4})`, 'u')
const MONTH_DAY_YEAR = new RegExp(`(?<month>${WORD})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})`, 'u')
// «2024 жылғы 11 сәуір», «2024 ж. 11 сәуірде»
const KAZAKH_ORDER = new RegExp(`(?<year>\\d{4})\\s*(?:жылғы|жылы|ж\\.)\\s*(?<day>\\d{1,2})\\s+(?<month>${WORD})`, 'u')

/** A wall-clock time written beside a date, and the offset written after it (null: Almaty's). */
type Clock = { h: number; mi: number; s: number; offset: number | null }
const MIDNIGHT: Clock = { h: 0, mi: 0, s: 0, offset: null }

/** The hour of a 12-hour clock on the 24-hour one (2 PM is 14, 12 AM is 0); an hour no 12-hour clock shows (13 PM) as it is written. */
function hourOf(hour: string, meridiem: string | undefined): number {
  const h = Number(hour)
  if (!meridiem || h < 1 || h > 12) return h
  return (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
}

function timeAfter(rest: string): Clock | null {
  const m = TIME_AFTER.exec(rest)
  return m && { h: hourOf(m[1]!, m[4]), mi: Number(m[2]), s: Number(m[3] ?? 0), offset: parseOffset(m[5]) }
}

/** Words that make a time an event's, not the field's own («до 18:00 12 апреля», "from 10:00 April 12"). */
const TIME_PREPOSITIONS = ['до', 'с', 'со', 'по', 'к', 'от', 'после', 'перед', 'около', 'until', 'till', 'from', 'by', 'to', 'before', 'after', 'since']
/**
 * A time directly before a date, set off by a space, a comma, «|», «•», «·», «/» or a spaced dash
 * («15:00, 23 Ноябрь 2025», «19:21 - 13.12.2025», «10:41 05.04»); not the end of a range (10:00–18:00),
 * nor after a preposition.
 */
const CLOCK_BEFORE =
  `(?<![\\p{L}\\d:.]|\\d\\s?[-–—]\\s?|(?<![\\p{L}])(?:${TIME_PREPOSITIONS.join('|')})\\s+)` +
  `(?<leadHour>[01]?\\d|2[0-3]):(?<leadMinute>[0-5]\\d)(?:\\s*[,|•·/]\\s*|\\s+[-–—]\\s+|\\s+)`
const TIME_BEFORE = new RegExp(`${CLOCK_BEFORE}$`, 'iu')

/** The time at the end of `lead`, the text before a date that has none after it; midnight when there is none. */
function timeBefore(lead: string): Clock {
  const m = TIME_BEFORE.exec(lead)
  return m ? { h: Number(m.groups!.leadHour), mi: Number(m.groups!.leadMinute), s: 0, offset: null } : MIDNIGHT
}

/** The date `y`-`mo`-`d` at `clock`, or null for an impossible one. */
function dateAt(y: number, mo: number, d: number, clock: Clock): Date | null {
  return withOffset({ y, mo, d, h: clock.h, mi: clock.mi, s: clock.s }, clock.offset)
}

/**
 * The date with a month's name and a year that `pattern` finds in `s`, at the time written after it, else directly
 * before it; `isMonthAfterDay` when the pattern puts the month right after the day.
 */
function wordDate(s: string, pattern: RegExp, isMonthAfterDay: boolean): Date | null {
  const m = pattern.exec(s)
  const mo = m ? monthOf(m.groups!.month!, isMonthAfterDay) : undefined
  if (!m || mo === undefined) return null
  return dateAt(Number(m.groups!.year), mo, Number(m.groups!.day), clockBeside(s, m))
}

/** The time written after the date `m` found in `s`, else directly before it (midnight when neither). */
function clockBeside(s: string, m: RegExpExecArray): Clock {
  return timeAfter(s.slice(m.index + m[0].length)) ?? timeBefore(s.slice(0, m.index))
}

// Relative dates, as list pages and some feeds print them: read against the time the page was fetched.
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])'
const NOT_LETTER_AFTER = '(?![\\p{L}])'
/** «сегодня», «вчера», «позавчера» and their Kazakh and English words: how many days back. */
const DAY_WORDS: Record<string, number> = { сегодня: 0, бүгін: 0, today: 0, вчера: 1, кеше: 1, yesterday: 1, позавчера: 2 }
// H:MM, or H.MM as Russian sites write it: after a day word or a month's name only (elsewhere 10.30 may be a day and month), and not 25.10 or 10.30.2024.
const MERIDIEM = '(?:\\s*(?<meridiem>[ap])\\.?\\s?m\\b\\.?)?'
const CLOCK = `(?:(?<hour>\\d{1,2}):|(?<dotHour>[01]?\\d|2[0-3])\\.(?=[0-5]\\d(?![.:]?\\d)))(?<minute>\\d{2})${MERIDIEM}`
/**
 * An offset or zone after the time («сегодня 14:30 +03:00», "today 14:30 GMT+3», «вчера в 09:15 MSK»), read by parseOffset;
 * a minus only in four figures set off by a space («10:00 -0300»), as in NUMERIC_OFFSET («10:00-12», «10:00 -12:00» are ranges).
 */
const ZONE = `(?:\\s*(?<zone>(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|\\+\\d{1,2}(?::?\\d{2})?|(?<=\\s)-\\d{4}|${Object.keys(ZONE_ABBREVIATIONS).join('|')})(?![\\p{L}\\d]))?`
/** A time after a date, perhaps after «в», "at" or «сағат» («вчера в 09:15», «12 апреля, 10:00», «27 марта | 20:10»). */
const CLOCK_AFTER = `(?:[,\\s|]+(?:(?:в|at|сағат)\\s+)?${CLOCK}${ZONE})?`
const DAY_WORD = new RegExp(`${NOT_LETTER_BEFORE}(?<word>${Object.keys(DAY_WORDS).join('|')})${NOT_LETTER_AFTER}${CLOCK_AFTER}`, 'giu')
/** No year after a day and month, in four figures or two («12 апреля '24»): «29 февраля 2023», which does not exist, is no date of another year. */
const NO_YEAR_AFTER = "(?![,\\s]*(?:\\d{4}(?![\\d:])|['’]?\\d{2}(?![\\d:.])))"
/** What may open a day and month as part of it: a weekday, a time directly before it, or both («Пятница, 12 апреля», «15:00, 23 ноября»). */
const DAY_MONTH_LEAD = `(?:${NOT_LETTER_BEFORE}(?<weekday>${WEEKDAYS.join('|')})${NOT_LETTER_AFTER}\\.?,?\\s*)?(?:${CLOCK_BEFORE})?`
/** A weekday after a day and month («12 апреля, пятница», «12 сәуір, жұма», "April 12, Fri"). */
const WEEKDAY_AFTER = `(?:,?\\s*(?<weekdayAfter>${WEEKDAYS.join('|')})${NOT_LETTER_AFTER}\\.?)?`
// A day and month without a year, as listings print this year's: «12 апреля, 10:00», «12 сәуір», "12 April 2:30 PM", "April 12, 10:00".
const DAY_MONTH = new RegExp(
  `${NOT_LETTER_BEFORE}${DAY_MONTH_LEAD}(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${WORD})${NO_YEAR_AFTER}${WEEKDAY_AFTER}${CLOCK_AFTER}`,
  'giu',
)
/** Not a month after a day number: in «12 апреля 24» the 24 is a year in two figures, not the day. */
const NO_DAY_BEFORE = '(?<!(?<![\\d:.])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)'
const MONTH_DAY = new RegExp(
  `${NOT_LETTER_BEFORE}${DAY_MONTH_LEAD}${NO_DAY_BEFORE}(?<month>${WORD})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.])${NO_YEAR_AFTER}${WEEKDAY_AFTER}${CLOCK_AFTER}`,
  'giu',
)
// «12.04, 10:00», «10:41 05.04»: in figures only beside a time with a colon (namesMonth), since 12.04 alone may be a time as Russian sites write it (12:04).
const NUMERIC_DAY_MONTH = new RegExp(
  `${DAY_MONTH_LEAD}(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})(?![.\\d])(?:[,\\s]+(?:в\\s+)?(?<hour>\\d{1,2}):(?<minute>\\d{2})${ZONE})?`,
  'giu',
)
/** What joins the two ends of a range of times, after an AM or PM if any (10:00 - 12:00, 10:00 до 12:00, 9:30 AM - 11:00 AM). */
const RANGE_DASH = '\\s*(?:[-–—]|до|to|till|until)\\s*'
const RANGE_JOIN = `(?:\\s*[ap]\\.?\\s?m\\b\\.?)?${RANGE_DASH}`
/** The other end of a range of times is a time too: «14:05 - 3 просмотра» is a time and a count, no range. */
const RANGE_END = '\\d{1,2}(?::[0-5]\\d|\\s?[ap]\\.?m\\b)'
/** What opens a range ending at a time: a time, an hour with AM or PM, or a bare hour («с 9 до 18:00»); a count over 23 is none («Просмотров: 45 – 9:15»). */
const RANGE_START = `(?::[0-5]\\d${RANGE_JOIN}|\\d\\s?[ap]\\.?m\\b\\.?${RANGE_DASH}|(?<![\\d.])(?:[01]?\\d|2[0-3])${RANGE_DASH})`
/**
 * A time alone, as listings print today's («12:30», «14:05 · Культура»): minutes in two figures
 * (not a score, 2:1), and not a time before a day and month, which is that day's («16:00 10.03»);
 * not either end of a range of times, a schedule («10:00 - 12:00»).
 */
const TIME_ALONE = new RegExp(
  `(?<![\\d:.]|${RANGE_START})(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?![\\d:])(?!${RANGE_JOIN}${RANGE_END})` +
    `${MERIDIEM}${ZONE}(?![,\\s]*\\d{1,2}\\.\\d{1,2}(?!\\d))`,
  'giu',
)
/** Figures joined as a date is written («2024/04/12», «12-04-2024»). */
const FIGURES_DATE = /\d[./-]\d/u

/**
 * Whether `text` beside a time alone holds a date no pattern above could take (12-04-2024, 29 февраля 2023,
 * 12 апреля '24): the time is that date's, not today's.
 */
function namesUnreadDate(text: string): boolean {
  return FIGURES_DATE.test(text) || text.split(/[^\p{L}]+/u).some((word) => word !== '' && monthOf(word) !== undefined)
}
/**
 * What may stand before a date that opens its field: punctuation or an icon, and a label
 * («Опубликовано:», "Posted", «Жарияланды:»), perhaps with a by-line of a name or two ("Posted by Admin").
 */
const FIELD_LABEL =
  /^[^\p{L}\d]*(?:(?:опубликовано|обновлено|добавлено|размещено|дата публикации|дата|posted|published|updated|date|жарияланды|жарияланған күні|жаңартылды|күні)(?:\s+(?:by|автором)\s+\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)?)?[^\p{L}\d]*)?$/iu

/** A rubric set off from the date by a separator («Вчера, 23:59 · Культура», "Culture · 2 hours ago"); a dash only after a time («Сегодня — день памяти» is a headline). */
const RUBRIC_BEFORE = /[·•|/]\s*$/u
const RUBRIC_AFTER = /^\s*[·•|/]/u
const RUBRIC_AFTER_TIME = /^\s*[·•|/—–(]/u

/**
 * Whether the date `m` found stands where the text is a date, not in a rubric or headline a loose
 * date selector caught ("Kazakhstan Today", «Новости сегодня», «Музей, закрытый 3 года назад,
 * открылся», «Выставка 12 апреля в Астане»): it opens the text (after a label, a count or a rubric
 * set off by a separator), unless `mayFollowWords` (a day word before a time), and after it comes
 * nothing or a count with a word or two (views, comments, minutes to read: «Просмотров: 45»,
 * "5 min read"), never words alone; or a rubric of a word or three set off by a separator
 * («Вчера, 23:59 · Культура», "Culture · 2 hours ago").
 */
function isDateField(s: string, m: RegExpExecArray, mayFollowWords = false): boolean {
  const lead = s.slice(0, m.index)
  const tail = s.slice(m.index + m[0].length)
  const hasTime = m.groups?.minute !== undefined
  return (mayFollowWords || FIELD_LABEL.test(lead) || isCount(lead) || isRubric(lead, RUBRIC_BEFORE)) && (isCount(tail) || isRubric(tail, hasTime ? RUBRIC_AFTER_TIME : RUBRIC_AFTER))
}

/** A word or three set off from the date by `separator`. */
function isRubric(text: string, separator: RegExp): boolean {
  return separator.test(text) && text.split(/[^\p{L}\d]+/u).filter(Boolean).length <= 3
}

/** Nothing, or a count with a word or two («Просмотров: 45», "5 min read"). */
function isCount(text: string): boolean {
  const words = text.split(/[^\p{L}\d]+/u).filter(Boolean)
  return words.length === 0 || (words.length <= 3 && words.some((word) => /^\d+$/.test(word)))
}
const JUST_NOW = new RegExp(`${NOT_LETTER_BEFORE}(?:только что|жаңа ғана|just now)${NOT_LETTER_AFTER}`, 'iu')

/** How a unit is counted back: in minutes of time, or in days or months of Almaty's calendar. */
type AgoCount = 'minutes' | 'days' | 'months'
/** Each word for a unit as it follows a number (or stands alone for one), with that unit's length. */
const AGO_UNITS: [AgoCount, number, string[]][] = [
  ['minutes', 1 / 60, ['секунду', 'секунды', 'секунд', 'сек', 'seconds', 'second', 'secs', 'sec']],
  ['minutes', 1, ['минуту', 'минуты', 'минут', 'мин', 'minutes', 'minute', 'mins', 'min']],
  ['minutes', 30, ['полчаса']],
  ['minutes', 60, ['часов', 'часа', 'час', 'ч', 'сағат', 'hours', 'hour', 'hrs', 'hr', 'h']],
  ['days', 1, ['дней', 'дня', 'день', 'суток', 'сутки', 'күн', 'days', 'day']],
  ['days', 7, ['недель', 'недели', 'неделю', 'нед', 'апта', 'weeks', 'week']],
  ['months', 1, ['месяцев', 'месяца', 'месяц', 'мес', 'ай', 'months', 'month']],
  ['months', 12, ['года', 'год', 'лет', 'жыл', 'years', 'year']],
]
const AGO_UNIT_OF = new Map(AGO_UNITS.flatMap(([counted, length, words]) => words.map((word) => [word, { counted, length }] as const)))
const AGO = new RegExp(
  // No number is one ("час назад"), but not a unit after a number the regexp could not read ("1234 days", "1,5 часа").
  `${NOT_LETTER_BEFORE}(?<!\\d[.,])(?:(\\d{1,3})\\s*|(?:an?|one|бір)\\s+|(?<!\\d[.,]?\\s*))(${[...AGO_UNIT_OF.keys()].join('|')})\\.?\\s+(?:назад|бұрын|ago)${NOT_LETTER_AFTER}`,
  'giu',
)

/** The wall clock in DEFAULT_TIME_ZONE (or at `offset` minutes east of UTC) at `at`, `days` and `months` back on its calendar. */
function localClockBack(
  at: Date,
  { days = 0, months = 0 }: { days?: number; months?: number },
  offset = offsetMinutes(at, DEFAULT_TIME_ZONE),
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const local = new Date(at.getTime() + offset * 60_000)
  const monthStart = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - months, 1))
  // A month back from 31 March is the last of February.
  const lastDay = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 0)).getUTCDate()
  const day = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth(), Math.min(local.getUTCDate(), lastDay) - days))
  return { y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate(), h: local.getUTCHours(), mi: local.getUTCMinutes(), s: local.getUTCSeconds() }
}

type MatchGroups = Record<string, string | undefined>

/**
 * The hour and minute a CLOCK matched after a date, else the CLOCK_BEFORE before it (0:00 when
 * neither did), or null for one that cannot be (0 PM, 13 AM).
 */
function clockOf(groups: MatchGroups): { h: number; mi: number } | null {
  const hour = Number(groups.hour ?? groups.dotHour ?? groups.leadHour ?? 0)
  const mi = Number(groups.minute ?? groups.leadMinute ?? 0)
  if (!groups.meridiem) return { h: hour, mi }
  if (hour < 1 || hour > 12) return null
  return { h: (hour % 12) + (groups.meridiem.toLowerCase() === 'p' ? 12 : 0), mi }
}

/** `clock` on the day `days` back from `at`, on the calendar of `offset` (Almaty's when null): an offset after a time names the day as well as the clock. */
function clockOnDayBack(at: Date, days: number, clock: { h: number; mi: number }, offset: number | null): Date | null {
  const { y, mo, d } = localClockBack(at, { days }, offset ?? undefined)
  return withOffset({ y, mo, d, h: clock.h, mi: clock.mi, s: 0 }, offset)
}

/** The first of `candidates`, latest first, not after `latest` (ms since the epoch). */
function latestNotAfter(latest: number, candidates: (Date | null)[]): Date | null {
  return candidates.find((date) => date !== null && date.getTime() <= latest) ?? null
}

/** How far past the fetch time a date without a year may be and still be this year's: a site's calendar may be a day ahead of Almaty's. */
const YEARLESS_GRACE_HOURS = 24
/** How far past the fetch time a time alone may be and still be today's: the site's clock and ours may differ by a few minutes. */
const TIME_ALONE_GRACE_MINUTES = 5

/**
 * The month a day and month found names: by its word (a Kazakh short form only when `isAfterDay`), or in figures
 * beside a time (12.04 alone may be a time); undefined when it names none.
 */
function monthNamed({ month, minute, leadMinute }: MatchGroups, isAfterDay: boolean): number | undefined {
  if (!/^\d+$/.test(month!)) return monthOf(month!, isAfterDay)
  return (minute ?? leadMinute) !== undefined ? Number(month) : undefined
}

/** The first day and month `s` names (a month's word, or figures beside a time), wherever it stands, with its month. */
function findDayMonth(s: string): { match: RegExpExecArray; month: number } | undefined {
  for (const pattern of [DAY_MONTH, MONTH_DAY, NUMERIC_DAY_MONTH]) {
    for (const match of s.matchAll(pattern)) {
      const month = monthNamed(match.groups!, pattern !== MONTH_DAY)
      if (month !== undefined) return { match, month }
    }
  }
  return undefined
}

/** How many years before the fetch's a day and month with a weekday is looked for: within eleven any weekday would fit. */
const WEEKDAY_YEARS_BACK = 7

/**
 * The years, latest first, that a day and month without one may be in, from the year after `y`: any of
 * the last few, or with a weekday, those it falls on that weekday in («Вс, 14 апреля» fetched in April
 * 2024 is 2019's).
 */
function candidateYears(y: number, mo: number, d: number, weekday: string | undefined): number[] {
  // Leap years are four apart between 1970 and 2100, so 29 February is in one of the years tried.
  if (weekday === undefined) return [y + 1, y, y - 1, y - 2, y - 3, y - 4]
  const day = WEEKDAY_NUMBER.get(weekday.toLowerCase())
  const years = Array.from({ length: WEEKDAY_YEARS_BACK + 2 }, (_, i) => y + 1 - i)
  return years.filter((year) => new Date(Date.UTC(year, mo - 1, d)).getUTCDay() === day)
}

/** A day and month `mo` without a year: the latest such date not after `fetchedAt` (with YEARLESS_GRACE_HOURS), on its weekday if one is named. */
function yearlessDate(groups: MatchGroups, mo: number, fetchedAt: Date): Date | null {
  const clock = clockOf(groups)
  if (!clock) return null
  const offset = parseOffset(groups.zone)
  const d = Number(groups.day)
  const { y } = localClockBack(fetchedAt, {}, offset ?? undefined)
  const dates = candidateYears(y, mo, d, groups.weekday ?? groups.weekdayAfter).map((year) => withOffset({ y: year, mo, d, h: clock.h, mi: clock.mi, s: 0 }, offset))
  return latestNotAfter(fetchedAt.getTime() + YEARLESS_GRACE_HOURS * 3_600_000, dates)
}

/** A time alone: today's if it is not after `fetchedAt` (with TIME_ALONE_GRACE_MINUTES), else yesterday's. */
function timeAloneDate(groups: MatchGroups, fetchedAt: Date): Date | null {
  const clock = clockOf(groups)
  if (!clock) return null
  const offset = parseOffset(groups.zone)
  const dates = [0, 1].map((days) => clockOnDayBack(fetchedAt, days, clock, offset))
  return latestNotAfter(fetchedAt.getTime() + TIME_ALONE_GRACE_MINUTES * 60_000, dates)
}

/**
 * «сегодня, 14:30», «вчера в 09:15», «2 часа назад», «кеше», «2 сағат бұрын», "3 hours ago",
 * «12 апреля, 10:00», «12:30» … against `fetchedAt`; null when the text holds none.
 */
function parseRelativeDate(s: string, fetchedAt: Date, readsTimeAlone: boolean): Date | null {
  if (JUST_NOW.test(s)) return new Date(fetchedAt)
  const day = [...s.matchAll(DAY_WORD)].find((m) => isDateField(s, m, m.groups!.minute !== undefined))
  if (day) {
    const clock = clockOf(day.groups!)
    return clock && clockOnDayBack(fetchedAt, DAY_WORDS[day.groups!.word!.toLowerCase()]!, clock, parseOffset(day.groups!.zone))
  }
  const ago = [...s.matchAll(AGO)].find((m) => isDateField(s, m))
  if (ago) {
    const { counted, length } = AGO_UNIT_OF.get(ago[2]!.toLowerCase())!
    const count = length * Number(ago[1] ?? 1)
    if (counted === 'minutes') return new Date(fetchedAt.getTime() - Math.round(count * 60_000))
    const back = localClockBack(fetchedAt, { [counted]: count })
    return zonedTime(back.y, back.mo, back.d, back.h, back.mi, back.s)
  }
  // The time beside a day and month is that day's: a field with one that is no date («Выставка 12 апреля, 10:00») has no time alone either.
  const dayMonth = findDayMonth(s)
  if (dayMonth) return isDateField(s, dayMonth.match) ? yearlessDate(dayMonth.match.groups!, dayMonth.month, fetchedAt) : null
  if (!readsTimeAlone) return null
  const time = [...s.matchAll(TIME_ALONE)].find((m) => isDateField(s, m) && !namesUnreadDate(s.slice(0, m.index)) && !namesUnreadDate(s.slice(m.index + m[0].length)))
  return time ? timeAloneDate(time.groups!, fetchedAt) : null
}

/**
 * `readsTimeAlone: false` where a time alone is no date of its own: a list page's «12:30» is today's
 * item, but an article page's printed date never is a clock alone (a header clock widget's «14:05»).
 */
export type DateFieldOptions = { readsTimeAlone?: boolean }

/** A zone JavaScript's Date reads after a time: GMT, UTC, UT, Z, a US zone's name, or an offset («14:30 +0300», "2:30 PM EST"). */
const DATE_ZONE_AFTER_TIME = /\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?\s?m\b\.?\s*)?(?:(?:GMT|UTC?|Z|[ECMP][SD]T)(?![a-z])|[+-]\d)/i

/** Whether `s` writes the day `d` and the year `y` that Date took from it: Date makes up a year (2001) when none is written, and rolls 30 February into March. */
function writesDayAndYear(s: string, d: number, y: number): boolean {
  const numbers = s.match(/\d+/g) ?? []
  return numbers.some((n) => n.length <= 2 && Number(n) === d) && numbers.some((n) => n === String(y) || n === String(y).slice(2))
}

/**
 * What only JavaScript's Date reads of a feed's date field («2024-4-13 14:30», month first "04/13/2024 14:30"),
 * which rss-parser reads with Date in the host's zone (its isoDate, and an Atom entry's pubDate): here its wall clock
 * in Almaty's time, as parseDate reads one, unless a zone follows the time; null for no date, or one Date made up a
 * year or a day for. The last resort for a feed's dates, after parseDate.
 */
export function parseDateAsJavaScript(text: string | null | undefined): Date | null {
  // Date skips comments in parentheses, and reads the last zone written: with GMT after the text, the wall clock as written.
  const s = (text ?? '').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim()
  const written = new Date(`${s} GMT`)
  if (s === '' || Number.isNaN(written.getTime())) return null
  const parts = { y: written.getUTCFullYear(), mo: written.getUTCMonth() + 1, d: written.getUTCDate(), h: written.getUTCHours(), mi: written.getUTCMinutes(), s: written.getUTCSeconds() }
  if (!writesDayAndYear(s, parts.d, parts.y)) return null
  if (!DATE_ZONE_AFTER_TIME.test(s)) return withOffset(parts, null)
  const instant = new Date(s)
  return Number.isNaN(instant.getTime()) ? null : withOffset(parts, Math.round((written.getTime() - instant.getTime()) / 60_000))
}

/**
 * Reads a date the way feeds and Kazakh/Russian/English pages write it: ISO 8601, RFC 822,
 * «11 апреля 2024», «11 сәуір 2024», «5 желт. 2024», «5 желт 2024», «2024 жылғы 11 сәуір», "April 11, 2024",
 * «09.02.2018 13:45», «12-04-2024 14:30», «12-04-24», «07.01.2025 10:00 +06», with the time after the date or directly before it («15:00, 23 Ноябрь 2025»),
 * and, given the time the page was fetched, relative ones: «сегодня, 14:30», «вчера», «2 часа назад»,
 * «бүгін 14:30», «2 сағат бұрын», "yesterday", "3 hours ago"; a day and month without a year
 * («12 апреля, 10:00», «15:00, 23 ноября», «Пятница, 12 апреля», "April 12"), the latest not after
 * the fetch; a time alone («12:30»), today's or yesterday's, unless `readsTimeAlone` is false. Times
 * without an offset, and "today" and "yesterday", are Asia/Almaty's. null when none is found.
 */
export function parseDate(text: string | null | undefined, fetchedAt?: Date, { readsTimeAlone = true }: DateFieldOptions = {}): Date | null {
  if (!text) return null
  const s = text.replace(/\s+/g, ' ').trim()
  if (s === '') return null

  const iso = ISO.exec(s)
  if (iso) {
    // A time without an ISO offset may have a zone's name, another offset or AM/PM after it («2024-04-11 14:30 MSK», "2:30 PM").
    const clock = iso[4] === undefined
      ? timeBefore(s.slice(0, iso.index))
      : (iso[7] === undefined ? timeAfter(s.slice(iso.index + 10).replace(/^T/i, ' ')) : null) ??
        { h: Number(iso[4]), mi: Number(iso[5]), s: Number(iso[6] ?? 0), offset: parseOffset(iso[7] ?? undefined) }
    const date = dateAt(Number(iso[1]), Number(iso[2]), Number(iso[3]), clock)
    if (date) return date
  }
  // RFC 822 as in RSS: "Thu, 01 Jan 2004 19:48:21 GMT", also with a two-digit year (not the hour of "12 Apr 14:30") or an offset in hours alone ("+06").
  const rfc = /(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2}(?![\d:]))(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?(?:\s*((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5}|(?:\+|(?<=:\d{2}:\d{2}\s?)-)(?:\d{4}|\d{2}:\d{2}|\d{2}(?![\d:]))|(?<=\s)-\d{4}))?)?/.exec(s)
  if (rfc && monthOf(rfc[2]!) !== undefined) {
    const clock = rfc[4] === undefined
      ? clockBeside(s, rfc)
      : { h: hourOf(rfc[4], rfc[7]), mi: Number(rfc[5]), s: Number(rfc[6] ?? 0), offset: rfc[8] ? parseOffset(rfc[8]) : null }
    const date = dateAt(fullYear(rfc[3]!), monthOf(rfc[2]!)!, Number(rfc[1]), clock)
    if (date) return date
  }
  for (const [pattern, isMonthAfterDay] of [[KAZAKH_ORDER, true], [DAY_MONTH_YEAR, true], [MONTH_DAY_YEAR, false]] as const) {
    const date = wordDate(s, pattern, isMonthAfterDay)
    if (date) return date
  }
  for (const pattern of [NUMERIC, DASHED]) {
    const num = pattern.exec(s)
    const date = num && dateAt(fullYear(num[3]!), Number(num[2]), Number(num[1]), clockBeside(s, num))
    if (date) return date
  }
  const yearFirst = YEAR_FIRST.exec(s)
  if (yearFirst) {
    const date = dateAt(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]), clockBeside(s, yearFirst))
    if (date) return date
  }
  return fetchedAt ? parseRelativeDate(s, fetchedAt, readsTimeAlone) : null
}
