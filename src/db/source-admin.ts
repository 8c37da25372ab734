import type { Lang } from '../classify/types.js'
import { normalizeUrl } from '../url.js'
import { recordAudit } from './audit.js'
import type { Db } from './database.js'
import type { BackfillState, SourceRow, SourceType } from './schema.js'
import { insertSource } from './sources.js'

/** A source as `/sources` shows it. */
export interface SourceHealth {
  id: number
  name: string
  url: string
  type: SourceType
  isEnabled: boolean
  origin: 'file' | 'admin'
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  consecutiveFailures: number
  /** Articles from this source published in the window asked for. */
  recentItems: number
  /** Its latest walk back through the archive, when there was one. */
  history: { state: BackfillState; reachedAt: string | null } | null
}

/** Sources an admin removed from the file's list are kept (so the removal holds) but never shown. */
const shown = (db: Db) => db.selectFrom('source').where('removed_at', 'is', null)

export async function countSources(db: Db): Promise<number> {
  const { n } = await shown(db).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}

/** Sources by name, with their health and output since `since`. */
export async function listSourceHealth(db: Db, { since, offset, limit }: { since: Date; offset: number; limit: number }): Promise<SourceHealth[]> {
  const rows = await db
    .selectFrom('source as s')
    .leftJoin('backfill as b', 'b.source_id', 's.id')
    .where('s.removed_at', 'is', null)
    .select([
      'b.state as history_state', 'b.reached_at as history_reached_at',
      's.id', 's.name', 's.url', 's.type', 's.is_enabled', 's.origin', 's.last_success_at', 's.last_error', 's.last_error_at', 's.consecutive_failures',
      (eb) => eb.selectFrom('article as a').whereRef('a.source_id', '=', 's.id').where('a.published_at', '>=', since.toISOString()).select((e) => e.fn.countAll<number>().as('n')).as('recent'),
    ])
    .orderBy('s.name')
    .offset(offset)
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    url: r.url,
    type: r.type,
    isEnabled: r.is_enabled === 1,
    origin: r.origin,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    consecutiveFailures: r.consecutive_failures,
    recentItems: Number(r.recent ?? 0),
    history: r.history_state ? { state: r.history_state, reachedAt: r.history_reached_at } : null,
  }))
}

/** The position of a source in `/sources` order, to return to its page after an action. */
export async function sourceIndex(db: Db, sourceId: number): Promise<number | null> {
  const source = await shown(db).select('name').where('id', '=', sourceId).executeTakeFirst()
  if (!source) return null
  const { n } = await shown(db).select((eb) => eb.fn.countAll<number>().as('n')).where('name', '<', source.name).executeTakeFirstOrThrow()
  return Number(n)
}

type SourceSnapshot = Pick<SourceRow, 'name' | 'url' | 'type' | 'lang' | 'is_enabled' | 'list_selectors' | 'project' | 'origin'>

async function snapshot(db: Db, sourceId: number): Promise<SourceSnapshot | undefined> {
  return shown(db).select(['name', 'url', 'type', 'lang', 'is_enabled', 'list_selectors', 'project', 'origin']).where('id', '=', sourceId).executeTakeFirst()
}

export type SourceActionResult =
  | { ok: true; name: string; url: string; origin: 'file' | 'admin' }
  | { ok: false; reason: 'not-found' }
  /** Already paused, resumed or removed (a double tap, or another admin first): `name` for the answer. */
  | { ok: false; reason: 'unchanged'; name: string }

/**
 * Whether this is a sources-file source the file no longer lists: the operator no longer vouches for it, so once an admin
 * resumes it, its requests are guarded as a source added in chat's (ingest's isAddressGuarded).
 */
export async function isUnlistedFileSource(db: Db, sourceId: number): Promise<boolean> {
  const row = await shown(db).select(['origin', 'file_entry']).where('id', '=', sourceId).executeTakeFirst()
  return row?.origin === 'file' && row.file_entry === null
}

/** Pauses or resumes polling of a source; a resumed source is polled at the next tick. */
export async function setSourceEnabled(db: Db, { sourceId, isEnabled, adminId, now }: { sourceId: number; isEnabled: boolean; adminId: number; now: Date }): Promise<SourceActionResult> {
  return db.transaction().execute(async (trx) => {
    const before = await snapshot(trx, sourceId)
    if (!before) return { ok: false, reason: 'not-found' }
    // A source gone from the file keeps what the admin chose for when the file lists it again as it was: ⏸ on one
    // the file's drop left unpolled is a pause that holds then, though nothing changes now; logged as every admin action.
    const wanted = isEnabled ? 1 : 0
    const held = await trx.updateTable('source').set({ dropped_is_enabled: wanted }).where('id', '=', sourceId).where('dropped_entry', 'is not', null).where((eb) => eb.or([eb('dropped_is_enabled', 'is', null), eb('dropped_is_enabled', '!=', wanted)])).executeTakeFirst()
    if ((before.is_enabled === 1) === isEnabled) {
      if (held.numUpdatedRows > 0n) await recordAudit(trx, { adminId, action: isEnabled ? 'resume-source' : 'pause-source', sourceId, before, after: before, now })
      return { ok: false, reason: 'unchanged', name: before.name }
    }
    const at = now.toISOString()
    await trx
      .updateTable('source')
      .set({ is_enabled: isEnabled ? 1 : 0, updated_at: at, ...(isEnabled ? { next_poll_at: at } : {}) })
      .where('id', '=', sourceId)
      .execute()
    await recordAudit(trx, { adminId, action: isEnabled ? 'resume-source' : 'pause-source', sourceId, before, after: { ...before, is_enabled: isEnabled ? 1 : 0 }, now })
    return { ok: true, name: before.name, url: before.url, origin: before.origin }
  })
}

/**
 * Removes a source; its articles stay. One from the sources file is kept, disabled and
 * hidden, so the next sync does not bring it back (until the file changes it); one an admin
 * added is deleted (its articles' source becomes unknown).
 */
export async function removeSource(db: Db, { sourceId, adminId, now }: { sourceId: number; adminId: number; now: Date }): Promise<SourceActionResult> {
  return db.transaction().execute(async (trx) => {
    const before = await snapshot(trx, sourceId)
    if (!before) {
      // A sources-file source removed already (a double tap, another admin first) is kept, hidden: named in the answer.
      const removed = await trx.selectFrom('source').select('name').where('id', '=', sourceId).where('removed_at', 'is not', null).executeTakeFirst()
      return removed ? { ok: false, reason: 'unchanged', name: removed.name } : { ok: false, reason: 'not-found' }
    }
    // Written first: the log's source_id is set to null by the delete, the snapshot keeps the name.
    await recordAudit(trx, { adminId, action: 'remove-source', sourceId, before, after: null, now })
    if (before.origin === 'file') await trx.updateTable('source').set({ is_enabled: 0, removed_at: now.toISOString(), updated_at: now.toISOString() }).where('id', '=', sourceId).execute()
    else await trx.deleteFrom('source').where('id', '=', sourceId).execute()
    return { ok: true, name: before.name, url: before.url, origin: before.origin }
  })
}

/**
 * Brings back the sources-file source at this address (in any of its forms) that an admin
 * removed: shown and polled again at once. While the file lists it, one row stays the source and
 * the file goes on deciding it at each start (spec.md: the removal held only until now); one the
 * file no longer lists becomes the admin's, as /addsource adds (origin 'admin'), or the next start
 * would disable it again with nothing the admin could do to keep it.
 * Undefined when no removed file source has this address.
 */
export async function restoreRemovedFileSource(db: Db, { url, adminId, now }: { url: string; adminId: number; now: Date }): Promise<Extract<SourceActionResult, { ok: true }> | undefined> {
  return db.transaction().execute(async (trx) => {
    const found = await findRemovedFileSource(trx, url)
    if (!found) return undefined
    const at = now.toISOString()
    const origin = found.isInFile ? 'file' : 'admin'
    await trx.updateTable('source').set({ removed_at: null, is_enabled: 1, origin, next_poll_at: at, updated_at: at, ...(origin === 'admin' ? { dropped_entry: null, dropped_is_enabled: null } : { dropped_is_enabled: 1 }) }).where('id', '=', found.id).execute()
    const after = (await snapshot(trx, found.id))!
    await recordAudit(trx, { adminId, action: 'resume-source', sourceId: found.id, before: null, after, now })
    return { ok: true, name: after.name, url: after.url, origin }
  })
}

/** The sources-file source an admin removed at this address, in any of its forms (what restoreRemovedFileSource brings back). */
export async function findRemovedFileSource(db: Db, url: string): Promise<{ id: number; isInFile: boolean } | undefined> {
  const key = normalizeUrl(url)
  const removed = await db.selectFrom('source').select(['id', 'url', 'file_entry']).where('origin', '=', 'file').where('removed_at', 'is not', null).orderBy('id').execute()
  const found = removed.find((s) => normalizeUrl(s.url) === key)
  return found && { id: found.id, isInFile: found.file_entry !== null }
}

export interface NewAdminSource {
  name: string
  url: string
  type: SourceType
  lang: Lang
  listSelectors?: { item: string; link: string; title?: string; date?: string } | null
  project?: string | null
}

export type AddSourceResult = { ok: true; id: number; name: string } | { ok: false; reason: 'duplicate-url'; name: string }

/** A name not yet taken: "kazinform.kz", then "kazinform.kz (2)" … */
async function freeName(db: Db, wanted: string): Promise<string> {
  const taken = new Set((await db.selectFrom('source').select('name').where('name', 'like', `${wanted}%`).execute()).map((r) => r.name))
  if (!taken.has(wanted)) return wanted
  for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`)) return `${wanted} (${i})`
}

/** Adds a source found by /addsource (origin 'admin'), polled at the next tick; refuses a URL already watched. */
export async function addAdminSource(db: Db, source: NewAdminSource, { adminId, now }: { adminId: number; now: Date }): Promise<AddSourceResult> {
  return db.transaction().execute(async (trx) => {
    const existing = await findSourceByUrl(trx, source.url)
    if (existing) return { ok: false, reason: 'duplicate-url', name: existing.name }
    const name = await freeName(trx, source.name)
    const input = { name, url: source.url, type: source.type, lang: source.lang, isEnabled: true, list: source.listSelectors ?? null, project: source.project ?? null }
    const { source: row } = await insertSource(trx, input, 'admin', now)
    await recordAudit(trx, { adminId, action: 'add-source', sourceId: row.id, before: null, after: input, now })
    const id = row.id
    return { ok: true, id, name }
  })
}

/** The watched source at this address in any of its forms (http or https, with or without `www.` or a trailing slash), paused or not. */
export async function findSourceByUrl(db: Db, url: string): Promise<{ id: number; name: string; isEnabled: boolean } | undefined> {
  const key = normalizeUrl(url)
  const sources = await shown(db).select(['id', 'name', 'url', 'is_enabled']).execute()
  const found = sources.find((s) => normalizeUrl(s.url) === key)
  return found && { id: found.id, name: found.name, isEnabled: found.is_enabled === 1 }
}

export async function findSourceBrief(db: Db, sourceId: number): Promise<Pick<SourceHealth, 'id' | 'name' | 'origin'> | undefined> {
  return shown(db).select(['id', 'name', 'origin']).where('id', '=', sourceId).executeTakeFirst()
}
