import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * A command whose message was edited (`/country Rusia` fixed to `/country Russia`) is answered as if sent anew: grammY
 * matches commands in new messages only, so the fix got no answer and the user was left with the first one's.
 * Other edits (chatter, a country's name sent alone) stay unanswered, as a reply to each would be noise.
 */
export async function answerEditedCommands(ctx: BotContext, next: NextFunction): Promise<void> {
  const update = ctx.update
  const edited = update.edited_message
  const entity = edited?.entities?.[0]
  if (edited?.text !== undefined && entity?.type === 'bot_command' && entity.offset === 0) {
    update.message = edited
    delete update.edited_message
  }
  await next()
}
