/**
 * Wall-clock arithmetic in IANA time zones, for reading dates that carry no offset, scheduling
 * digests at a subscriber's hour and labelling zones.
 */

import { cleanTyped } from './language/normalize.js'

/**
 * The zone dates are shown and read in when nothing says otherwise: the home country's
 * (Kazakhstan moved to a single UTC+5 zone, Asia/Almaty, in 2024); subscribers may choose another.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty'

// Building an Intl formatter costs far more than using one; dates are read by the thousand.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

/**
 * An IANA zone this runtime knows. An offset ("+05:00") is refused although newer runtimes
 * accept it (Node 24, the image's, does; Node 20 does not): it keeps no daylight saving, and the
 * bot asks for, stores and shows zone names.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (/^[+\-\u2212]/.test(timeZone.trim())) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Minutes east of UTC in `timeZone` at the instant `at` (it moves with daylight saving). */
export function offsetMinutes(at: Date, timeZone: string): number {
  let fmt = offsetFormatters.get(timeZone)
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormatters.set(timeZone, fmt)
  }
  const name = fmt.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

/** The zone's offset at `at` as "UTC+5", "UTC+5:30", "UTC-4". */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  const minutes = offsetMinutes(at, timeZone)
  const abs = Math.abs(minutes)
  const rest = abs % 60
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`
}

const DAY_MS = 86_400_000

/**
 * The instant when the wall clock in `timeZone` reads the given local date and time. A time the
 * clocks skip (02:30 as they go from 02:00 to 03:00) is read with the offset before the change,
 * so it falls as far after the gap's end (03:30); a time they go through twice is the earlier.
 */
export function zonedInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, timeZone = DEFAULT_TIME_ZONE): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  // A day either side of the wall time lies outside any clock change near it.
  const offsetBefore = offsetMinutes(new Date(asUtc - DAY_MS), timeZone)
  const offsetAfter = offsetMinutes(new Date(asUtc + DAY_MS), timeZone)
  const readsWallTime = (offset: number) => offsetMinutes(new Date(asUtc - offset * 60_000), timeZone) === offset
  const offset = [offsetBefore, offsetAfter].filter(readsWallTime).sort((a, b) => b - a)[0] ?? offsetBefore
  return new Date(asUtc - offset * 60_000)
}

/** The latest moment, not after `now`, when it was `hour`:00 in `timeZone` (the default zone if unknown). */
export function latestLocalHour(now: Date, hour: number, timeZone: string): Date {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const local = new Date(now.getTime() + offsetMinutes(now, zone) * 60_000)
  const today = zonedInstant(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), hour, 0, 0, zone)
  if (today <= now) return today
  const yesterday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1))
  return zonedInstant(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), hour, 0, 0, zone)
}

/** The earliest moment, not before `from`, when it is `hour`:00 in `timeZone` (the default zone if unknown). */
export function earliestLocalHour(from: Date, hour: number, timeZone: string): Date {
  // Some moment at most a day (25 h across a clock change) after `from`, then back while the one before still qualifies.
  let moment = latestLocalHour(new Date(from.getTime() + 25 * 3_600_000), hour, timeZone)
  for (;;) {
    const previous = latestLocalHour(new Date(moment.getTime() - 1), hour, timeZone)
    if (previous < from) return moment
    moment = previous
  }
}

/**
 * The stored spelling of a typed IANA zone name, or null if this runtime does not know it.
 * The case is corrected ("europe/vienna" → "Europe/Vienna") so /subscriptions shows it tidily;
 * another name is kept as typed, its case corrected too: Node 20's ICU answers older ones
 * (Europe/Kyiv → Europe/Kiev).
 */
export function resolveTimeZone(input: string): string | null {
  const name = cleanTyped(input).trim()
  if (!isValidTimeZone(name)) return zoneOfCity(name)
  const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : casedLike(name, resolved)
}

/**
 * Cities readers name their zone by in Russian, Kazakh or English where IANA has no zone of that name (Astana, «Москва»,
 * «Нью-Йорк»): «/subscriptions tz Москва» was refused as no zone. Zones' own cities in English ("Moscow", "new york") are read
 * from the runtime's list.
 */
const CITY_ZONES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'Asia/Almaty': 'алматы алма-ата астана нур-султан нұр-сұлтан шымкент қарағанды караганда павлодар семей өскемен усть-каменогорск тараз astana nur-sultan shymkent karaganda',
    'Asia/Aqtau': 'ақтау актау',
    'Asia/Aqtobe': 'ақтөбе актобе',
    'Asia/Atyrau': 'атырау',
    'Asia/Oral': 'орал уральск uralsk',
    'Asia/Qostanay': 'қостанай костанай kostanay',
    'Asia/Qyzylorda': 'қызылорда кызылорда kyzylorda',
    'Europe/Moscow': 'москва мәскеу санкт-петербург петербург st.petersburg saint-petersburg',
    'Europe/Minsk': 'минск',
    'Europe/Kyiv': 'киев київ kyiv kiev',
    'Asia/Tashkent': 'ташкент тәшкент',
    'Asia/Bishkek': 'бишкек',
    'Asia/Dushanbe': 'душанбе',
    'Asia/Ashgabat': 'ашхабад ашгабат',
    'Asia/Baku': 'баку',
    'Asia/Tbilisi': 'тбилиси',
    'Asia/Yerevan': 'ереван',
    'Europe/Istanbul': 'стамбул ыстамбұл анкара ankara',
    'Asia/Shanghai': 'пекин бейжің beijing',
    'Asia/Tokyo': 'токио',
    'Asia/Seoul': 'сеул',
    'Europe/Berlin': 'берлин',
    'Europe/Paris': 'париж',
    'Europe/London': 'лондон',
    'Europe/Rome': 'рим',
    'Europe/Madrid': 'мадрид',
    'Europe/Vienna': 'вена',
    'America/New_York': 'нью-йорк вашингтон washington',
    'Asia/Dubai': 'дубай',
    'Asia/Kolkata': 'дели нью-дели delhi new-delhi',
  }).flatMap(([zone, cities]) => cities.split(' ').map((city) => [city, zone])),
)

/** The zone a city's name stands for, in any case, a space for a hyphen or underscore: «Москва», "new york", "Almaty". */
function zoneOfCity(typed: string): string | null {
  const city = typed.toLowerCase().replace(/[\s_]+/gu, '-')
  if (city === '' || city.includes('/')) return null
  const named = CITY_ZONES[city]
  if (named !== undefined && isValidTimeZone(named)) return named
  const zone = Intl.supportedValuesOf('timeZone').find((z) => z.includes('/') && !z.startsWith('Etc/') && z.split('/').at(-1)!.toLowerCase().replaceAll('_', '-') === city)
  return zone ?? null
}

/** A part as IANA writes one: a capital first, not all capitals past an abbreviation (US, GMT). */
const IANA_CASED_PART = /^(?:[\p{Lu}\d][^/]*\p{Ll}[^/]*|[\p{Lu}\d+-]{1,3})$/u

/**
 * A newer name typed in other capitals («europe/kyiv», «EUROPE/KYIV»), cased as IANA writes names:
 * the parts it shares with the runtime's older name take that one's case, the others capital initials.
 */
function casedLike(typed: string, older: string): string {
  if (typed.split('/').every((part) => IANA_CASED_PART.test(part))) return typed
  const olderParts = older.split('/')
  return typed
    .toLowerCase()
    .split('/')
    .map((part, i) => (olderParts[i]?.toLowerCase() === part ? olderParts[i] : part.replace(/(^|[_-])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase())))
    .join('/')
}
