import type { Db } from './database.js'

/** Telegram charts (issue 17): what they are drawn from, and the pictures already uploaded. */

/** Days of the review queue are Kazakhstan's (UTC+5), as the triggers date them. */
const BACKLOG_UTC_OFFSET_MS = 5 * 3_600_000
const DAY_MS = 86_400_000

export interface BacklogDay {
  /** YYYY-MM-DD */
  day: string
  /** Items waiting for review at the end of the day. */
  count: number
}

export interface ChartFile {
  dataDigest: string
  fileId: string
}

/** The review queue's length at the end of every day from its first entry up to `now`'s day; empty before any. */
export async function listBacklogDays(db: Db, now: Date): Promise<BacklogDay[]> {
  const rows = await db.selectFrom('review_backlog_day').select(['day', 'added', 'removed']).orderBy('day').execute()
  const first = rows[0]
  if (!first) return []
  const today = new Date(now.getTime() + BACKLOG_UTC_OFFSET_MS).toISOString().slice(0, 10)
  const changes = new Map(rows.map((r) => [r.day, r.added - r.removed]))
  const days: BacklogDay[] = []
  let count = 0
  for (let at = Date.parse(`${first.day}T00:00:00Z`); ; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10)
    if (day > today && day > rows.at(-1)!.day) break
    count += changes.get(day) ?? 0
    days.push({ day, count })
  }
  return days
}

export async function getChartFile(db: Db, chartKey: string): Promise<ChartFile | null> {
  const row = await db.selectFrom('chart_file').select(['data_digest', 'file_id']).where('chart_key', '=', chartKey).executeTakeFirst()
  return row ? { dataDigest: row.data_digest, fileId: row.file_id } : null
}

/** Remembers the picture now shown for `chartKey`, replacing the one drawn from older data. */
export async function saveChartFile(db: Db, chartKey: string, file: ChartFile, now: Date): Promise<void> {
  const values = { data_digest: file.dataDigest, file_id: file.fileId, created_at: now.toISOString() }
  await db.insertInto('chart_file').values({ chart_key: chartKey, ...values }).onConflict((oc) => oc.column('chart_key').doUpdateSet(values)).execute()
}

/** Forgets a picture Telegram no longer accepts (its file_id was refused). */
export async function deleteChartFile(db: Db, chartKey: string): Promise<void> {
  await db.deleteFrom('chart_file').where('chart_key', '=', chartKey).execute()
}
