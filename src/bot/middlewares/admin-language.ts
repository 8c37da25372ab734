import type { NextFunction } from 'grammy'
import { keepChatLanguage } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'
import { isAdminId } from '../features/admin/shared.js'
import { currentLang, languageFromTelegram } from '../i18n/i18n.js'

/**
 * An admin's Telegram language, kept as their private chat's when it has none chosen with /lang, on whatever they send
 * (/start, a country's name), not only on an admin command: the notices sent to admins unasked (a suggested source, a
 * source failing) are written in the language kept for their chat, English when none is. A kept language follows the
 * Telegram language as it changes, the answer to this update included, as anyone's who never chose does; a language
 * chosen with /lang holds.
 */
export async function keepAdminLanguage(ctx: BotContext, next: NextFunction): Promise<void> {
  const chat = ctx.chat
  if (chat?.type === 'private' && isAdminId(ctx, ctx.from?.id)) {
    // Telegram leaves language_code out at times: the language negotiated then (the one kept, else English) stays.
    const code = ctx.from?.language_code
    const language = code === undefined ? await currentLang(ctx) : languageFromTelegram(code)
    if (await keepChatLanguage(ctx.deps.db, { chatId: chat.id, chatType: 'private' }, language, ctx.deps.clock.now())) await ctx.i18n.renegotiateLocale()
  }
  await next()
}
