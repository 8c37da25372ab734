/**
 * Zones offered as buttons in the /subscribe picker, each with the Fluent key of its city name:
 * where our readers live, west to east of Kazakhstan first. Any other IANA zone can be typed.
 */
export const TIME_ZONE_CHOICES = [
  { zone: 'Asia/Almaty', city: 'subscribe-zone-almaty' },
  { zone: 'Asia/Aqtobe', city: 'subscribe-zone-aqtobe' },
  { zone: 'Europe/Moscow', city: 'subscribe-zone-moscow' },
  { zone: 'Europe/Minsk', city: 'subscribe-zone-minsk' },
  { zone: 'Asia/Tashkent', city: 'subscribe-zone-tashkent' },
  { zone: 'Asia/Bishkek', city: 'subscribe-zone-bishkek' },
  { zone: 'Europe/Istanbul', city: 'subscribe-zone-istanbul' },
  { zone: 'Europe/Berlin', city: 'subscribe-zone-berlin' },
  { zone: 'Europe/Paris', city: 'subscribe-zone-paris' },
  { zone: 'Europe/London', city: 'subscribe-zone-london' },
  { zone: 'America/New_York', city: 'subscribe-zone-new-york' },
  { zone: 'Asia/Shanghai', city: 'subscribe-zone-shanghai' },
  { zone: 'UTC', city: 'subscribe-zone-utc' },
] as const

/**
 * The stored spelling of a typed IANA zone name, or null if this runtime does not know it.
 * The case is corrected ("europe/vienna" → "Europe/Vienna") so /subscriptions shows it tidily.
 */
export function resolveTimeZone(input: string): string | null {
  const name = input.trim()
  if (name === '') return null
  let resolved: string
  try {
    resolved = new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
  const lower = name.toLowerCase()
  return Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === lower) ?? resolved
}
