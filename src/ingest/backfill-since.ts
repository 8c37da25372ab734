// Apart from backfill.ts, so that the bot names the default date without loading the pipeline.
import { DEFAULT_TIME_ZONE, offsetMinutes, zonedInstant } from '../time-zone.js'

/** How far back a backfill goes when not told. */
export const DEFAULT_BACKFILL_YEARS = 2

/**
 * A backfill's date: a day in DEFAULT_TIME_ZONE, the zone undated times on the sources are read
 * in (ingest/dates.ts), so that `--since 2024-01-01` keeps an item a site dates 1 January 00:30.
 */
export interface SinceDay {
  /** YYYY-MM-DD, as typed. */
  day: string
  /** The first moment of that day in DEFAULT_TIME_ZONE: items from then on are kept. */
  start: Date
}

/** A typed YYYY-MM-DD, or null if it is not a day of the calendar. */
export function parseSinceDay(day: string): SinceDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return null
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10) !== day) return null
  return { day, start: zonedInstant(year, month, date, 0, 0, 0, DEFAULT_TIME_ZONE) }
}

/** The day (YYYY-MM-DD) it is in DEFAULT_TIME_ZONE at `instant`. */
export function dayOf(instant: Date): string {
  return new Date(instant.getTime() + offsetMinutes(instant, DEFAULT_TIME_ZONE) * 60_000).toISOString().slice(0, 10)
}

/** The default date: DEFAULT_BACKFILL_YEARS before today, both days in DEFAULT_TIME_ZONE. */
export function defaultSinceDay(now: Date): SinceDay {
  const [year, month, date] = dayOf(now).split('-').map(Number) as [number, number, number]
  return parseSinceDay(new Date(Date.UTC(year - DEFAULT_BACKFILL_YEARS, month - 1, date)).toISOString().slice(0, 10))!
}

/** The default `since` (the bot's 📜): the first moment of defaultSinceDay. */
export function defaultSince(now: Date): Date {
  return defaultSinceDay(now).start
}
