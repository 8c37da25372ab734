import type { BotError, NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * The one place where unexpected errors from handlers end: logged with the update, and the
 * user told politely instead of being left without an answer. A press the handler already
 * answered is left as it is: Telegram would refuse a second answer.
 */
export async function handleBotError(error: BotError<BotContext>, _next: NextFunction): Promise<void> {
  const ctx = error.ctx
  ctx.deps.logger.error({ err: error.error, updateId: ctx.update.update_id }, 'update handler failed')
  try {
    if (ctx.callbackQuery) {
      if (!ctx.isCallbackQueryAnswered) await ctx.answerCallbackQuery({ text: ctx.t('error-generic') })
    }
    else if (ctx.chat) await ctx.reply(ctx.t('error-generic'))
  } catch (replyError) {
    ctx.deps.logger.warn({ err: replyError }, 'could not tell the user about the error')
  }
}
