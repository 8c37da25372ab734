import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'
import { answerExpiredButton } from '../respond.js'

/**
 * A button under an inline message comes with no chat and no message to answer in or edit:
 * the bot sends no inline messages, so such a press (forged or foreign) is answered as expired
 * and goes no further.
 */
export async function answerInlineCallbacks(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.callbackQuery && !ctx.callbackQuery.message) await answerExpiredButton(ctx)
  else await next()
}
