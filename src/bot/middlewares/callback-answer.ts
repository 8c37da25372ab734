import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * Notes on the context when this update's button press gets its answer, from a handler, the menu plugin or a
 * conversation alike (they all call through `ctx.api`), so the error boundary answers only a press still unanswered:
 * Telegram takes one answer per press and refuses a second ("query is too old … or query ID is invalid").
 */
export async function trackCallbackAnswer(ctx: BotContext, next: NextFunction): Promise<void> {
  ctx.isCallbackQueryAnswered = false
  const queryId = ctx.callbackQuery?.id
  if (queryId !== undefined) {
    ctx.api.config.use((prev, method, payload, signal) => {
      // Counted when asked, not when accepted: an answer Telegram refused (the press too old) will not take another.
      if (method === 'answerCallbackQuery' && 'callback_query_id' in payload && payload.callback_query_id === queryId) ctx.isCallbackQueryAnswered = true
      return prev(method, payload, signal)
    })
  }
  await next()
}
