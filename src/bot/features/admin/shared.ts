import type { InlineKeyboard } from 'grammy'
import type { Transaction } from 'kysely'
import { enqueueAlerts } from '../../../alerts/enqueue.js'
import { getReviewItem } from '../../../db/review.js'
import { findReviewCard, forgetReviewCard, replaceReviewCard } from '../../../db/review-cards.js'
import type { Database } from '../../../db/schema.js'
import { type Suggestion, settleSuggestionsOfUrl } from '../../../db/suggestions.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { classifyTelegramError } from '../../../telegram/errors.js'
import type { BotContext } from '../../context.js'
import { sendToSuggester } from '../../suggester-message.js'
import { currentLang } from '../../i18n/i18n.js'
import { tryEdit } from '../../respond.js'
import { renderReviewCard } from './render.js'

/** A message ready to send, in plain JSON (conversations store what `external` returns). */
export interface RenderedMessage {
  text: string
  reply_markup: { inline_keyboard: InlineKeyboard['inline_keyboard'] }
  /** A review card of an item no longer waiting (approved or rejected): nothing on it to decide. */
  isDecided?: boolean
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
  return { text, reply_markup: { inline_keyboard: keyboard.inline_keyboard }, ...(review.item.status === 'flagged' ? {} : { isDecided: true }) }
}

/**
 * Records that `messageId` now shows the review card of `articleId` in `chatId`, and takes the buttons off the card
 * shown there before: one card in a chat is there to act on (an older one's Approve would only be refused as out of
 * date and redrawn into a second live copy). Kept in the database, so it holds across restarts.
 */
async function markReviewCardShown(ctx: BotContext, chatId: number, messageId: number, articleId: number, replacing?: number): Promise<void> {
  const previous = await replaceReviewCard(ctx.deps.db, { chatId, messageId, articleId, now: ctx.deps.clock.now() })
  for (const old of new Set([previous, replacing])) {
    if (old === null || old === undefined || old === messageId) continue
    await tryEdit(() => ctx.api.editMessageReplyMarkup(chatId, old, { reply_markup: { inline_keyboard: [] } }))
  }
}

/**
 * Sends an item's review card as a new message, the chat's one card with buttons from now on; `replacing` names a
 * card whose buttons go too (the one an edit began from, when it was sent before the chat's card was recorded).
 */
export async function sendReviewCard(ctx: BotContext, articleId: number, card: RenderedMessage, replacing?: number): Promise<void> {
  // An item decided meanwhile (another admin approved what this one was editing) has nothing left to press: begun from
  // a card other than the chat's live one, its card is sent as a record, and the live card (another item's) keeps its
  // buttons, where the record's ⏭ took them.
  const chatId = ctx.chat?.id
  const live = card.isDecided && chatId !== undefined ? await findReviewCard(ctx.deps.db, chatId) : null
  if (chatId !== undefined && live !== null && live !== replacing) {
    await ctx.reply(card.text)
    if (replacing !== undefined) await tryEdit(() => ctx.api.editMessageReplyMarkup(chatId, replacing, { reply_markup: { inline_keyboard: [] } }))
    return
  }
  const sent = await ctx.reply(card.text, { reply_markup: card.reply_markup })
  await markReviewCardShown(ctx, sent.chat.id, sent.message_id, articleId, replacing)
}

/**
 * Draws an item's review card in the message under the pressed button (sent anew when it cannot be edited). A decided
 * item's card drawn in a message other than the chat's live card (one sent before cards were kept, or whose buttons
 * Telegram would not take off) is a record, drawn without buttons: its ⏭ would only send a second card beside the live
 * one, and taking the live card's place would take its buttons off for a card with nothing left to decide.
 */
export async function drawReviewCard(ctx: BotContext, articleId: number, card: RenderedMessage): Promise<void> {
  const message = ctx.callbackQuery?.message
  if (message && card.isDecided) {
    const live = await findReviewCard(ctx.deps.db, message.chat.id)
    if (live !== null && live !== message.message_id) {
      await tryEdit(() => ctx.editMessageText(card.text, { reply_markup: { inline_keyboard: [] } }))
      return
    }
  }
  if (!message || (await tryEdit(() => ctx.editMessageText(card.text, { reply_markup: card.reply_markup }))) === 'not-editable') {
    await sendReviewCard(ctx, articleId, card)
    return
  }
  await markReviewCardShown(ctx, message.chat.id, message.message_id, articleId)
}

/** The message under the pressed button shows no review card any more (a confirmation, or the empty queue). */
export async function forgetPressedReviewCard(ctx: BotContext): Promise<void> {
  const message = ctx.callbackQuery?.message
  if (message) await forgetReviewCard(ctx.deps.db, { chatId: message.chat.id, messageId: message.message_id })
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
