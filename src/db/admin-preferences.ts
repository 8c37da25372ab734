import type { Db } from './database.js'

export type NoticeKind = 'flagged' | 'sources'

export interface AdminPreferences {
  isFlagNoticeMuted: boolean
  isSourceNoticeMuted: boolean
}

const COLUMN = { flagged: 'is_flag_notice_muted', sources: 'is_source_notice_muted' } as const

export async function getAdminPreferences(db: Db, adminId: number): Promise<AdminPreferences> {
  const row = await db.selectFrom('admin_preference').select(['is_flag_notice_muted', 'is_source_notice_muted']).where('admin_id', '=', adminId).executeTakeFirst()
  return { isFlagNoticeMuted: row?.is_flag_notice_muted === 1, isSourceNoticeMuted: row?.is_source_notice_muted === 1 }
}

export async function setNoticeMuted(db: Db, { adminId, kind, isMuted, now }: { adminId: number; kind: NoticeKind; isMuted: boolean; now: Date }): Promise<void> {
  const column = COLUMN[kind]
  await db
    .insertInto('admin_preference')
    .values({ admin_id: adminId, [column]: isMuted ? 1 : 0, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('admin_id').doUpdateSet({ [column]: isMuted ? 1 : 0, updated_at: now.toISOString() }))
    .execute()
}

/** Of `adminIds`, those who have not muted notices of `kind`. */
export async function filterUnmutedAdmins(db: Db, adminIds: readonly number[], kind: NoticeKind): Promise<number[]> {
  if (adminIds.length === 0) return []
  const muted = await db.selectFrom('admin_preference').select('admin_id').where('admin_id', 'in', adminIds).where(COLUMN[kind], '=', 1).execute()
  const mutedIds = new Set(muted.map((m) => m.admin_id))
  return adminIds.filter((id) => !mutedIds.has(id))
}
