import type { InlineKeyboard } from 'grammy'
import { LANGS, type Lang } from '../../../classify/types.js'
import { getReviewItem } from '../../../db/review.js'
import type { BotContext } from '../../context.js'
import { classifyTelegramError } from '../../telegram-errors.js'
import { renderReviewCard } from './render.js'

/** The reader's language for dates and country names (the same one i18n negotiated). */
export async function readerLang(ctx: BotContext): Promise<Lang> {
  const locale = await ctx.i18n.getLocale()
  return LANGS.find((l) => l === locale) ?? 'en'
}

/** A message ready to send, in plain JSON (conversations store what `external` returns). */
export interface RenderedMessage {
  text: string
  reply_markup: { inline_keyboard: InlineKeyboard['inline_keyboard'] }
}

/** The review card of an item, or null when the item is gone. */
export async function loadReviewCard(ctx: BotContext, articleId: number): Promise<RenderedMessage | null> {
  const review = await getReviewItem(ctx.deps.db, articleId)
  if (!review) return null
  const { text, keyboard } = renderReviewCard(review, await readerLang(ctx), ctx.t)
  return { text, reply_markup: { inline_keyboard: keyboard.inline_keyboard } }
}

export function isAdminId(ctx: BotContext, userId: number | undefined): boolean {
  return userId !== undefined && ctx.deps.config.adminIds.includes(userId)
}

/** Edits the message a button sits under; pressing a button that changes nothing is not an error. */
export async function editMessage(ctx: BotContext, text: string, options: Parameters<BotContext['editMessageText']>[1]): Promise<void> {
  try {
    await ctx.editMessageText(text, options)
  } catch (error) {
    if (classifyTelegramError(error)?.kind !== 'not-modified') throw error
  }
}
