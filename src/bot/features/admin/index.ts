import { Composer } from 'grammy'
import { ADMIN_COMMANDS } from '../../commands.js'
import type { BotContext } from '../../context.js'
import { ADMIN_CALLBACK } from './callback-data.js'
import { noticesComposer } from './notices.js'
import { reviewComposer } from './review.js'
import { isAdminId } from './shared.js'
import { isImportCaption, sourceExchangeComposer } from './source-exchange.js'
import { sourcesComposer } from './sources.js'
import { statsComposer } from './stats.js'
import { suggestionsComposer } from './suggestions.js'

/** Commands only admins may use; anyone else gets a polite refusal and nothing else. */
const ADMIN_ONLY = [...ADMIN_COMMANDS]

const isAdmin = (ctx: BotContext): boolean => isAdminId(ctx, ctx.from?.id)
const isPrivate = (ctx: BotContext): boolean => ctx.chat?.type === 'private'

/**
 * The one admin gate (house style § Composers per feature): every admin command, button and
 * conversation entry sits behind `filter(isAdmin)`, so a forged button is checked like a real
 * one. Admin work happens in private chats only: the review queue and source errors are not
 * for a group's eyes, and a conversation there would swallow other members' messages.
 */
export const adminFeature = new Composer<BotContext>()

const admin = adminFeature.filter(isAdmin)
admin.filter(isPrivate).use(reviewComposer, sourcesComposer, statsComposer, noticesComposer, suggestionsComposer, sourceExchangeComposer)
const adminElsewhere = admin.drop(isPrivate)
adminElsewhere.command(ADMIN_ONLY, async (ctx) => {
  await ctx.reply(ctx.t('admin-private-only'))
})
adminElsewhere.on('message:caption').filter(isImportCaption, async (ctx) => {
  await ctx.reply(ctx.t('admin-private-only'))
})
adminElsewhere.callbackQuery(ADMIN_CALLBACK, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('admin-private-only'), show_alert: true })
})

const outsider = adminFeature.drop(isAdmin)
outsider.command(ADMIN_ONLY, async (ctx) => {
  await ctx.reply(ctx.t('admin-refused'))
})
outsider.on('message:caption').filter(isImportCaption, async (ctx) => {
  await ctx.reply(ctx.t('admin-refused'))
})
outsider.callbackQuery(ADMIN_CALLBACK, async (ctx) => {
  ctx.deps.logger.warn({ userId: ctx.from.id, data: ctx.callbackQuery.data }, 'admin button pressed by a non-admin')
  await ctx.answerCallbackQuery({ text: ctx.t('admin-refused-button'), show_alert: true })
})
