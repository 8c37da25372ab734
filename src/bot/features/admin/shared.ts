import type { InlineKeyboard } from 'grammy'
import { getReviewItem } from '../../../db/review.js'
import type { BotContext } from '../../context.js'
import { currentLang } from '../../i18n/i18n.js'
import { renderReviewCard } from './render.js'

/** A message ready to send, in plain JSON (conversations store what `external` returns). */
export interface RenderedMessage {
  text: string
  reply_markup: { inline_keyboard: InlineKeyboard['inline_keyboard'] }
}

/** The review card of an item, or null when the item is gone. */
export async function loadReviewCard(ctx: BotContext, articleId: number): Promise<RenderedMessage | null> {
  const review = await getReviewItem(ctx.deps.db, articleId)
  if (!review) return null
  const { text, keyboard } = renderReviewCard(review, await currentLang(ctx), ctx.t)
  return { text, reply_markup: { inline_keyboard: keyboard.inline_keyboard } }
}

export function isAdminId(ctx: BotContext, userId: number | undefined): boolean {
  return userId !== undefined && ctx.deps.config.adminIds.includes(userId)
}
