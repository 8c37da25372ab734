import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { answerExpiredButton } from '../respond.js'

/** Last in the chain: no callback query stays unanswered (Telegram would show a spinner). */
export const unhandledFeature = new Composer<BotContext>()

unhandledFeature.on('callback_query', async (ctx) => {
  await answerExpiredButton(ctx)
})

unhandledFeature.chatType('private').on('message:text', async (ctx) => {
  await ctx.reply(ctx.t('unknown-command'))
})
