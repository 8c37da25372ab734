import type { NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/**
 * «/Country Россия», "/LATEST": a phone's keyboard capitalises a message's first letter, and grammY matches commands as
 * typed, so the command answered that the message was not understood. The command (and the bot's name after it) is read
 * in small letters, as Telegram's own command menu sends it; the words after it are left as typed.
 */
export async function readCommandsInSmallLetters(ctx: BotContext, next: NextFunction): Promise<void> {
  const message = ctx.update.message ?? ctx.update.channel_post
  const entity = message?.entities?.[0]
  if (message?.text !== undefined && entity?.type === 'bot_command' && entity.offset === 0) {
    const typed = message.text.slice(0, entity.length)
    const small = typed.toLowerCase()
    if (small !== typed) message.text = small + message.text.slice(entity.length)
  }
  await next()
}
