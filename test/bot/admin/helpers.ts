import type { Db } from '../../../src/db/database.js'
import type { FakeBotApi } from '../../helpers/fake-bot-api.js'
import { type SeedItem, seedItems } from '../../helpers/seed-items.js'

/** Flagged items, each with the classifier's evidence, newest first by `publishedAt`. */
export async function seedFlagged(db: Db, items: (SeedItem & { evidence?: string[] })[]): Promise<number[]> {
  const ids = await seedItems(db, items.map((i) => ({ status: 'flagged', confidence: 0.41, ...i })))
  for (const [i, id] of ids.entries()) {
    const evidence = items[i]?.evidence
    if (evidence) await db.updateTable('classification').set({ evidence: JSON.stringify(evidence) }).where('article_id', '=', id).execute()
  }
  return ids
}

/** An active subscriber following `countries`, subscribed well before anything in the tests. */
export async function subscribe(db: Db, chatId: number, countries: string[]): Promise<void> {
  const at = '2026-10-01T00:00:00.000Z'
  await db.insertInto('subscriber').values({ chat_id: chatId, chat_type: 'private', language: 'en', created_at: at, updated_at: at }).execute()
  await db.insertInto('subscription').values(countries.map((c) => ({ chat_id: chatId, topic_type: 'country' as const, topic_value: c, created_at: at }))).execute()
}

/**
 * The message id the fake gave the last message sent to `chatId` (it numbers sendMessage
 * answers 1, 2, 3 … across chats), for pressing buttons under it.
 */
export function lastMessageId(api: FakeBotApi, chatId: number): number {
  const sends = api.sent()
  for (let i = sends.length - 1; i >= 0; i--) if (Number(sends[i]!.payload.chat_id) === chatId) return i + 1
  throw new Error(`no message sent to ${chatId}`)
}

export function lastText(api: FakeBotApi, method = 'sendMessage'): string {
  return String(api.sent(method).at(-1)?.payload.text ?? '')
}

/** Every button's callback data under the last message of `method`. */
export function lastButtons(api: FakeBotApi, method = 'sendMessage'): { text: string; data: string }[] {
  const markup = api.sent(method).at(-1)?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data ?? '' }))
}

export async function auditRows(db: Db) {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute()
  return rows.map((r) => ({ ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) }))
}
