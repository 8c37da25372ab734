import { Composer, InlineKeyboard } from 'grammy'
import type { BotContext } from '../context.js'
import { countryCodec } from '../keyboards/country.js'
import { subscriptionsCodec } from '../keyboards/subscriptions.js'

export const startFeature = new Composer<BotContext>()

startFeature.command('start', async (ctx) => {
  // Buttons rather than bare commands: one tap opens the country keyboard or the picker.
  const keyboard = new InlineKeyboard()
    .text(ctx.t('start-button-country'), countryCodec.encode({ action: 'countries', pageNo: 1 }))
    .text(ctx.t('start-button-subscribe'), subscriptionsCodec.encode({ action: 'menu' }))
  await ctx.reply(ctx.t('start-greeting'), { reply_markup: keyboard })
})

startFeature.command('help', async (ctx) => {
  await ctx.reply(ctx.t('help-text'))
})
