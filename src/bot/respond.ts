import { InlineKeyboard } from 'grammy'
import { getChatPreferences } from '../db/chat-preferences.js'
import { classifyTelegramError } from '../telegram/errors.js'
import type { BotContext } from './context.js'

/**
 * Shows `html` as the answer to this update: edits the message under a pressed button (paging
 * keeps one message), otherwise replies (into the same forum topic).
 */
export async function showHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const options = keyboardOptions(keyboard)
  if (ctx.callbackQuery?.message) await editMessage(ctx, html, options)
  else await ctx.reply(html, options)
}

/**
 * A keyboard as send options, without its empty rows: builders leave one where an optional button was skipped (a pager on a
 * list of one page), which Telegram shows as a gap; none at all when no button is left.
 */
export function keyboardOptions(keyboard?: InlineKeyboard): { reply_markup?: InlineKeyboard } {
  const rows = keyboard?.inline_keyboard.filter((row) => row.length > 0) ?? []
  return rows.length > 0 ? { reply_markup: new InlineKeyboard(rows) } : {}
}

/**
 * Edits the message a button sits under. A double tap asking for what it already shows is not an error; a message
 * Telegram no longer lets the bot edit (deleted, or refused as "can't be edited") gets `text` as a new message instead.
 */
export async function editMessage(ctx: BotContext, text: string, options?: Parameters<BotContext['editMessageText']>[1]): Promise<void> {
  if ((await tryEdit(() => ctx.editMessageText(text, options))) === 'not-editable') await ctx.reply(text, options)
}

/**
 * Takes the pressed button off the message it sits under, keeping the others; a double tap is not an error, and a
 * message Telegram no longer lets the bot edit keeps its buttons (the handler's answer says what the press did).
 */
export async function removePressedButton(ctx: BotContext): Promise<void> {
  const query = ctx.callbackQuery
  const markup = query?.message && 'reply_markup' in query.message ? query.message.reply_markup : undefined
  const rows = (markup?.inline_keyboard ?? []).map((row) => row.filter((button) => !('callback_data' in button) || button.callback_data !== query?.data)).filter((row) => row.length > 0)
  await tryEdit(() => ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard(rows) }))
}

/**
 * Runs `edit`, an edit of the message under a pressed button (or middleware that ends in one), and says whether the
 * message shows it — also when it already did ("message is not modified") — or Telegram no longer lets the bot edit
 * it ("message can't be edited", "message to edit not found"), for the caller to show the content another way.
 * Every other failure is thrown.
 */
export async function tryEdit(edit: () => Promise<unknown>): Promise<'shown' | 'not-editable'> {
  try {
    await edit()
    return 'shown'
  } catch (error) {
    const kind = classifyTelegramError(error)?.kind
    if (kind === 'not-modified') return 'shown'
    if (kind === 'not-editable') return 'not-editable'
    throw error
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
