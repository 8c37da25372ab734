import type { NextFunction } from 'grammy'
import { followChatLanguage, keepChatLanguage } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'
import { isAdminId } from '../features/admin/shared.js'
import { currentLang, languageFromTelegram } from '../i18n/i18n.js'

/**
 * A private chat's language kept from its Telegram language (not chosen with /lang) follows that language as it
 * changes, the answer to this update included, so a reader who subscribed in Russian and then switched the app to
 * Kazakh is answered and alerted in Kazakh; a language chosen with /lang holds. An admin's is kept on whatever they
 * send (/start, a country's name), not only on an admin command, as the notices sent to admins unasked (a suggested
 * source, a source failing) are written in it, English when none is; anyone else's only once they subscribe.
 */
export async function followTelegramLanguage(ctx: BotContext, next: NextFunction): Promise<void> {
  const chat = ctx.chat
  if (chat?.type === 'private') {
    // Telegram leaves language_code out at times: the language negotiated then (the one kept, else English) stays.
    const code = ctx.from?.language_code
    const language = code === undefined ? await currentLang(ctx) : languageFromTelegram(code)
    const now = ctx.deps.clock.now()
    const isChanged = isAdminId(ctx, ctx.from?.id)
      ? await keepChatLanguage(ctx.deps.db, { chatId: chat.id, chatType: 'private' }, language, now)
      : await followChatLanguage(ctx.deps.db, chat.id, language, now)
    if (isChanged) await ctx.i18n.renegotiateLocale()
  }
  await next()
}
