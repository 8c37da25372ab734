import type { Db } from './database.js'

/** Telegram charts (issue 17): what they are drawn from, and the pictures already uploaded. */

/** Days of the review queue are Kazakhstan's (UTC+5), as the triggers date them. */
const BACKLOG_UTC_OFFSET_MS = 5 * 3_600_000
const DAY_MS = 86_400_000

/**
 * The review queue's length at the end of each day, one count per day without gaps: a plain
 * array of numbers, so twelve years of days cost the picture 35 KB instead of 4,000 objects.
 */
export interface BacklogSeries {
  /** YYYY-MM-DD, the day of `counts[0]`. */
  firstDay: string
  /** YYYY-MM-DD, the day of the last count. */
  lastDay: string
  /** Items waiting for review at the end of each day. */
  counts: number[]
}

export interface ChartFile {
  dataDigest: string
  fileId: string
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

/** The review queue's length at the end of every day from its first entry up to `now`'s day; null before any. */
export async function listBacklog(db: Db, now: Date): Promise<BacklogSeries | null> {
  const rows = await db.selectFrom('review_backlog_day').select(['day', (eb) => eb('added', '-', eb.ref('removed')).as('change')]).orderBy('day').execute()
  const first = rows[0]
  if (!first) return null
  const today = new Date(now.getTime() + BACKLOG_UTC_OFFSET_MS).toISOString().slice(0, 10)
  const lastDay = rows.at(-1)!.day > today ? rows.at(-1)!.day : today
  const start = dayNumber(first.day)
  const counts = new Array<number>(dayNumber(lastDay) - start + 1).fill(0)
  for (const row of rows) counts[dayNumber(row.day) - start]! += row.change
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!
  return { firstDay: first.day, lastDay, counts }
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
