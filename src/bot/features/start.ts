import { Composer } from 'grammy'
import type { BotContext } from '../context.js'

export const startFeature = new Composer<BotContext>()

startFeature.command('start', async (ctx) => {
  await ctx.reply(ctx.t('start-greeting'), { parse_mode: 'HTML' })
})

startFeature.command('help', async (ctx) => {
  await ctx.reply(ctx.t('help-text'), { parse_mode: 'HTML' })
})
