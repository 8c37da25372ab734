import type { Kysely } from 'kysely'

/**
 * Node 24, the Docker image's runtime, took a typed offset ("+05:00") as a chat's time zone; the
 * bot now refuses offsets on every runtime and would read a stored one as its default zone. An
 * offset of whole hours becomes the zone that keeps it for good (Etc/GMT-5 for +05:00: Etc/
 * names count the other way); one with minutes has none and goes back to the default.
 */
function zoneForOffset(offset: string): string {
  const match = /^([+\-\u2212])(\d{2}):?(\d{2})?$/.exec(offset)
  const isEast = match?.[1] === '+'
  const hours = Number(match?.[2])
  // The Etc/ zones run from 14 hours east to 12 west.
  if (!match || Number(match[3] ?? 0) !== 0 || hours > (isEast ? 14 : 12)) return 'Asia/Almaty'
  if (hours === 0) return 'UTC'
  return `Etc/GMT${isEast ? '-' : '+'}${hours}`
}

export async function up(db: Kysely<any>): Promise<void> {
  const offsets = await db
    .selectFrom('subscriber')
    .select(['chat_id', 'time_zone'])
    .where((eb) => eb.or(['+', '-', '\u2212'].map((sign) => eb('time_zone', 'like', `${sign}%`))))
    .execute()
  for (const { chat_id, time_zone } of offsets as { chat_id: number; time_zone: string }[]) {
    await db.updateTable('subscriber').set({ time_zone: zoneForOffset(time_zone) }).where('chat_id', '=', chat_id).execute()
  }
}

// What was typed is not kept: the names stay.
export async function down(): Promise<void> {}
