import type { InlineKeyboard } from 'grammy'
import type { Transaction } from 'kysely'
import { enqueueAlerts } from '../../../alerts/enqueue.js'
import { getReviewItem } from '../../../db/review.js'
import type { Database } from '../../../db/schema.js'
import { type Suggestion, settleSuggestionsOfUrl } from '../../../db/suggestions.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { classifyTelegramError } from '../../../telegram/errors.js'
import type { BotContext } from '../../context.js'
import { sendToSuggester } from '../../suggester-message.js'
import { currentLang } from '../../i18n/i18n.js'
import { renderReviewCard } from './render.js'

/** A message ready to send, in plain JSON (conversations store what `external` returns). */
export interface RenderedMessage {
  text: string
  reply_markup: { inline_keyboard: InlineKeyboard['inline_keyboard'] }
}

/** Queues an item's alerts under the deployment's policy, as a curation's last step (a no-op unless the item is published). */
export function curationAlerts(ctx: BotContext): (trx: Transaction<Database>, articleId: number) => Promise<number> {
  const policy = { now: ctx.deps.clock.now(), maxAgeHours: ctx.deps.config.alertMaxAgeHours }
  return (trx, articleId) => enqueueAlerts(trx, articleId, policy)
}

/** The review card of an item, or null when the item is gone. */
export async function loadReviewCard(ctx: BotContext, articleId: number): Promise<RenderedMessage | null> {
  const review = await getReviewItem(ctx.deps.db, articleId)
  if (!review) return null
  const curator = review.curatedBy === null ? null : (await adminNames(ctx, [review.curatedBy])).get(review.curatedBy) ?? String(review.curatedBy)
  const { text, keyboard } = renderReviewCard(review, curator, await currentLang(ctx), ctx.t)
  return { text, reply_markup: { inline_keyboard: keyboard.inline_keyboard } }
}

/**
 * Admins by name ("Aigerim Sadykova (@aigerim)"), escaped, as Telegram knows them; an admin it
 * cannot show (never opened the bot, or Telegram is unreachable) stays an id.
 */
export async function adminNames(ctx: BotContext, ids: readonly number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>()
  for (const id of new Set(ids)) {
    const chat = await ctx.api.getChat(id).catch((error: unknown) => {
      if (classifyTelegramError(error)) return null
      throw error
    })
    const name = chat?.type === 'private' ? [chat.first_name, chat.last_name].filter(Boolean).join(' ') + (chat.username ? ` (@${chat.username})` : '') : ''
    names.set(id, name ? escapeHtml(name) : String(id))
  }
  return names
}

export function isAdminId(ctx: BotContext, userId: number | undefined): boolean {
  return userId !== undefined && ctx.deps.config.adminIds.includes(userId)
}

/** Tells whoever suggested a source what became of it, in their language; a chat that is gone is only logged. */
export async function tellSuggester(ctx: BotContext, suggestion: Suggestion, key: string, vars: Record<string, string> = {}): Promise<void> {
  const failure = await sendToSuggester(ctx.deps, ctx.api, suggestion.chatId, ctx.i18n.fluent.translate(suggestion.language, key, { url: escapeHtml(suggestion.url), ...vars }))
  if (failure) ctx.deps.logger.info({ suggestionId: suggestion.id, failure }, 'suggester not told')
}

/** Settles every waiting suggestion of an address an admin has just added or found watched, and tells each sender (`key`: suggest-added or suggest-found-watched). */
export async function settleSuggestionsAndTell(ctx: BotContext, { url, name, adminId }: { url: string; name: string; adminId: number }, key: 'suggest-added' | 'suggest-found-watched'): Promise<void> {
  const settled = await settleSuggestionsOfUrl(ctx.deps.db, { url, adminId, now: ctx.deps.clock.now() })
  for (const suggestion of settled) await tellSuggester(ctx, suggestion, key, { name: escapeHtml(name) })
}
