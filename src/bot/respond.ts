import { InlineKeyboard } from 'grammy'
import { getChatPreferences } from '../db/chat-preferences.js'
import { classifyTelegramError } from '../telegram/errors.js'
import type { BotContext } from './context.js'

/**
 * Shows `html` as the answer to this update: edits the message under a pressed button (paging
 * keeps one message), otherwise replies (into the same forum topic).
 */
export async function showHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  // Builders leave an empty row where an optional button was skipped; Telegram shows it as a gap.
  const rows = keyboard?.inline_keyboard.filter((row) => row.length > 0) ?? []
  const options = rows.length > 0 ? { reply_markup: new InlineKeyboard(rows) } : {}
  if (ctx.callbackQuery?.message) await editMessage(ctx, html, options)
  else await ctx.reply(html, options)
}

/** Edits the message a button sits under; a double tap asking for what it already shows is not an error. */
export async function editMessage(ctx: BotContext, text: string, options?: Parameters<BotContext['editMessageText']>[1]): Promise<void> {
  try {
    await ctx.editMessageText(text, options)
  } catch (error) {
    if (classifyTelegramError(error)?.kind !== 'not-modified') throw error
  }
}

/** Takes the pressed button off the message it sits under, keeping the others; a double tap is not an error. */
export async function removePressedButton(ctx: BotContext): Promise<void> {
  const query = ctx.callbackQuery
  const markup = query?.message && 'reply_markup' in query.message ? query.message.reply_markup : undefined
  const rows = (markup?.inline_keyboard ?? []).map((row) => row.filter((button) => !('callback_data' in button) || button.callback_data !== query?.data)).filter((row) => row.length > 0)
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard(rows) })
  } catch (error) {
    if (classifyTelegramError(error)?.kind !== 'not-modified') throw error
  }
}

/** The one answer to a button that means nothing any more (an old message, a foreign or forged button). */
export async function answerExpiredButton(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('button-expired') })
}

/** Whether this chat wants each card's lead under its title (/settings). */
export async function chatShowsLead(ctx: BotContext): Promise<boolean> {
  return ctx.chat ? (await getChatPreferences(ctx.deps.db, ctx.chat.id)).showLead : true
}
