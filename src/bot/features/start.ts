import { Composer, InlineKeyboard } from 'grammy'
import { reactivateSubscriber } from '../../db/subscribers.js'
import type { BotContext } from '../context.js'
import { countryCodec } from '../keyboards/country.js'
import { subscriptionsCodec } from '../keyboards/subscriptions.js'
import { canManageChat } from '../middlewares/chat-rights.js'

export const startFeature = new Composer<BotContext>()

startFeature.command('start', async (ctx) => {
  // Buttons rather than bare commands: one tap opens the country keyboard or the picker.
  const keyboard = new InlineKeyboard().text(ctx.t('start-button-country'), countryCodec.encode({ action: 'countries', step: null }))
  // A group's member who is no admin is not offered 🔔 Subscribe, whose press would only be refused, nor told to /subscribe the group.
  const canManage = await canManageChat(ctx)
  if (canManage) keyboard.text(ctx.t('start-button-subscribe'), subscriptionsCodec.encode({ action: 'menu' }))
  // A user back after blocking the bot gets the alerts they followed again.
  if (ctx.chat.type === 'private') await reactivateSubscriber(ctx.deps.db, ctx.chat.id, ctx.deps.clock.now())
  const greeting = ctx.t('start-greeting', { audience: canManage ? 'manager' : 'member' })
  await ctx.reply(ctx.chat.type === 'private' ? `${greeting}\n\n${ctx.t('start-your-id', { id: String(ctx.chat.id) })}` : greeting, { reply_markup: keyboard })
})

startFeature.command('help', async (ctx) => {
  const isAdmin = ctx.from !== undefined && ctx.deps.config.adminIds.includes(ctx.from.id)
  await ctx.reply(isAdmin ? `${ctx.t('help-text')}\n\n${ctx.t('help-admin')}` : ctx.t('help-text'))
})

/** Telegram ids for ADMIN_IDS, and a group's or channel's own id. */
startFeature.command('id', async (ctx) => {
  if (ctx.chat.type === 'private') {
    await ctx.reply(ctx.t('id-private', { id: String(ctx.chat.id) }))
    return
  }
  const lines = [ctx.t('id-chat', { chat: String(ctx.chat.id) })]
  if (ctx.from && !ctx.from.is_bot) lines.push(ctx.t('id-yours', { id: String(ctx.from.id) }))
  await ctx.reply(lines.join('\n'))
})

/** A /cancel reaches this far only when no edit was in progress (a conversation answers it first). */
startFeature.command('cancel', async (ctx) => {
  await ctx.reply(ctx.t('cancel-nothing'))
})
