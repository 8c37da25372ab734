import { Composer } from 'grammy'
import { deactivateSubscriber } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'

/** The bot's own membership: a chat that blocked or removed it stops getting alerts at once, not after a send fails. */
export const chatMemberFeature = new Composer<BotContext>()

chatMemberFeature.on('my_chat_member', async (ctx) => {
  const { status } = ctx.myChatMember.new_chat_member
  if (status !== 'kicked' && status !== 'left') return
  await deactivateSubscriber(ctx.deps.db, ctx.chat.id, status === 'kicked' ? 'blocked or removed the bot' : 'left the chat', ctx.deps.clock.now())
})
