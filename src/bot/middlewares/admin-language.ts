import type { NextFunction } from 'grammy'
import { getChatLanguage, setChatLanguage } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'
import { isAdminId } from '../features/admin/shared.js'
import { currentLang } from '../i18n/i18n.js'

/**
 * An admin's Telegram language, kept as their private chat's when it has none chosen with /lang, on whatever they send
 * first (/start, a country's name), not only on an admin command: the notices sent to admins unasked (a suggested
 * source, a source failing) are written in the language kept for their chat, English when none is.
 */
export async function keepAdminLanguage(ctx: BotContext, next: NextFunction): Promise<void> {
  const chat = ctx.chat
  if (chat?.type === 'private' && isAdminId(ctx, ctx.from?.id) && (await getChatLanguage(ctx.deps.db, chat.id)) === null) {
    await setChatLanguage(ctx.deps.db, { chatId: chat.id, chatType: 'private' }, await currentLang(ctx), ctx.deps.clock.now())
  }
  await next()
}
