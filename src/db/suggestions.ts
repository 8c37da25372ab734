import type { Lang } from '../classify/types.js'
import { normalizeUrl } from '../url.js'
import type { Db } from './database.js'
import type { SuggestionState } from './schema.js'

export interface Suggestion {
  id: number
  url: string
  userId: number
  userName: string
  chatId: number
  language: Lang
  state: SuggestionState
}

export type SuggestResult = { ok: true; id: number } | { ok: false; reason: 'already-suggested' | 'too-many' }

/** Records a suggested source unless it already waits for admins, or this user has `maxPending` waiting. */
export async function addSuggestion(
  db: Db,
  s: { url: string; userId: number; userName: string; chatId: number; language: Lang; now: Date },
  maxPending: number,
): Promise<SuggestResult> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx.selectFrom('source_suggestion').select('url').where('state', '=', 'pending').execute()
    // The same address in another form (http or https, www., a trailing slash) is the same suggestion.
    if (pending.some((p) => normalizeUrl(p.url) === normalizeUrl(s.url))) return { ok: false, reason: 'already-suggested' }
    const { n } = await trx
      .selectFrom('source_suggestion')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', s.userId)
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow()
    if (Number(n) >= maxPending) return { ok: false, reason: 'too-many' }
    const { id } = await trx
      .insertInto('source_suggestion')
      .values({ url: s.url, user_id: s.userId, user_name: s.userName, chat_id: s.chatId, language: s.language, created_at: s.now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { ok: true, id }
  })
}

export async function getSuggestion(db: Db, id: number): Promise<Suggestion | null> {
  const row = await db.selectFrom('source_suggestion').select(['id', 'url', 'user_id', 'user_name', 'chat_id', 'language', 'state']).where('id', '=', id).executeTakeFirst()
  return row ? { id: row.id, url: row.url, userId: row.user_id, userName: row.user_name, chatId: row.chat_id, language: row.language, state: row.state } : null
}

/**
 * Closes a waiting suggestion as added or declined; false when it was no longer waiting (another admin decided).
 * `untoldSourceName`: the source's name, kept for telling the sender later (no bot runs to tell them now).
 */
export async function decideSuggestion(
  db: Db,
  { id, state, adminId, now, untoldSourceName = null }: { id: number; state: Exclude<SuggestionState, 'pending'>; adminId: number | null; now: Date; untoldSourceName?: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('source_suggestion')
    .set({ state, decided_by: adminId, decided_at: now.toISOString(), untold_source_name: untoldSourceName })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/**
 * Closes as added every waiting suggestion of this address in any of its forms (the source came
 * some other way: /addsource, /importsources, the sources file); returns them so their senders can be told.
 * `adminId` is null when no admin added it (the sources file); `untoldSourceName` is set when
 * no bot runs yet to tell the senders (listUntoldSuggestions finds them later).
 */
export async function settleSuggestionsOfUrl(
  db: Db,
  { url, adminId, now, untoldSourceName = null }: { url: string; adminId: number | null; now: Date; untoldSourceName?: string | null },
): Promise<Suggestion[]> {
  const key = normalizeUrl(url)
  const pending = await db.selectFrom('source_suggestion').select(['id', 'url']).where('state', '=', 'pending').execute()
  const settled: Suggestion[] = []
  for (const { id } of pending.filter((p) => normalizeUrl(p.url) === key)) {
    const suggestion = await getSuggestion(db, id)
    if (suggestion && (await decideSuggestion(db, { id, state: 'added', adminId, now, untoldSourceName }))) settled.push({ ...suggestion, state: 'added' })
  }
  return settled
}

/** Suggestions closed as added whose senders have not been told yet, with the name their source is watched as. */
export async function listUntoldSuggestions(db: Db): Promise<(Suggestion & { sourceName: string })[]> {
  const rows = await db
    .selectFrom('source_suggestion')
    .select(['id', 'url', 'user_id', 'user_name', 'chat_id', 'language', 'state', 'untold_source_name'])
    .where('untold_source_name', 'is not', null)
    .$narrowType<{ untold_source_name: string }>()
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    id: row.id, url: row.url, userId: row.user_id, userName: row.user_name, chatId: row.chat_id, language: row.language, state: row.state, sourceName: row.untold_source_name,
  }))
}

/** Nothing more to tell this suggestion's sender (told, or given up). */
export async function markSuggestionTold(db: Db, id: number): Promise<void> {
  await db.updateTable('source_suggestion').set({ untold_source_name: null }).where('id', '=', id).execute()
}
