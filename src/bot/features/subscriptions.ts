import { Composer, InlineKeyboard } from 'grammy'
import { type ChatTarget, getSubscriberSettings, listSubscriptions, removeSubscriptionById, removeSubscriptions, setAlertSettings } from '../../db/subscriptions.js'
import type { BotContext } from '../context.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { formatHour, subscribeMenu, zoneLabel } from '../keyboards/subscribe-menu.js'
import { subscriptionsCodec } from '../keyboards/subscriptions.js'
import { chatTarget, mayManageFromButton, manageableChatTarget } from '../middlewares/chat-rights.js'
import { answerExpiredButton, showHtml } from '../respond.js'
import { resolveTimeZone } from '../../time-zone.js'
import { parseTopicArgument, topicLabel } from '../topics.js'

/** Remove buttons per page: one row each, so the keyboard stays short on a phone. */
const PAGE_SIZE = 8
const MAX_ECHO_LENGTH = 60
/** `/subscriptions tz Europe/Vienna`: the zone the daily digest hour is counted in. */
const TIME_ZONE_ARGUMENT = /^tz(?:\s+(.*))?$/is

export const subscriptionsFeature = new Composer<BotContext>()

subscriptionsFeature.command('subscriptions', async (ctx) => {
  const zoneArgument = TIME_ZONE_ARGUMENT.exec(ctx.match.trim())
  if (zoneArgument) {
    await setTimeZone(ctx, zoneArgument[1]?.trim() ?? '')
    return
  }
  const target = chatTarget(ctx)
  if (target) await showSubscriptions(ctx, target, 1)
})

subscriptionsFeature.command('unsubscribe', async (ctx) => {
  const target = await manageableChatTarget(ctx)
  if (!target) return
  const arg = ctx.match.trim()
  if (arg === '') {
    await showSubscriptions(ctx, target, 1)
    return
  }
  const lang = await currentLang(ctx)
  const parsed = await parseTopicArgument(ctx, arg)
  const removed = await removeSubscriptions(ctx.deps.db, target, parsed.topics)
  const labels = parsed.topics.map((topic) => topicLabel(topic, lang, ctx.t.bind(ctx))).join(', ')
  const echo = escapeHtml(truncateText(arg, MAX_ECHO_LENGTH))
  await showHtml(ctx, removed > 0 ? ctx.t('unsubscribe-done', { topics: labels }) : ctx.t('unsubscribe-not-found', { query: echo }))
})

subscriptionsFeature.callbackQuery(subscriptionsCodec.filter, async (ctx) => {
  const data = subscriptionsCodec.decode(ctx.callbackQuery.data)
  const target = chatTarget(ctx)
  if (!data || !target) {
    await answerExpiredButton(ctx)
    return
  }
  if (data.action === 'page') {
    await showSubscriptions(ctx, target, data.pageNo)
    await ctx.answerCallbackQuery()
    return
  }
  if (!(await mayManageFromButton(ctx))) return
  if (data.action === 'menu') {
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('subscribe-menu-intro'), { reply_markup: subscribeMenu })
    return
  }
  const removed = await removeSubscriptionById(ctx.deps.db, target.chatId, data.id)
  await showSubscriptions(ctx, target, data.pageNo)
  await ctx.answerCallbackQuery({ text: removed ? ctx.t('unsubscribe-removed') : ctx.t('button-expired') })
})

async function setTimeZone(ctx: BotContext, input: string): Promise<void> {
  const target = await manageableChatTarget(ctx)
  if (!target) return
  if (input === '') {
    await showHtml(ctx, ctx.t('subscriptions-tz-usage'))
    return
  }
  const zone = resolveTimeZone(input)
  if (!zone) {
    await showHtml(ctx, ctx.t('subscriptions-tz-invalid', { zone: escapeHtml(truncateText(input, MAX_ECHO_LENGTH)) }))
    return
  }
  await setAlertSettings(ctx.deps.db, target, { timeZone: zone }, ctx.deps.clock.now())
  const settings = await getSubscriberSettings(ctx.deps.db, target.chatId)
  const lines = [ctx.t('subscriptions-tz-done', { zone: escapeHtml(zoneLabel(ctx, zone)), hour: formatHour(settings?.digestHour ?? 9) })]
  if (settings?.alertMode !== 'digest') lines.push(ctx.t('subscriptions-tz-instant'))
  await showHtml(ctx, lines.join('\n'))
}

async function showSubscriptions(ctx: BotContext, target: ChatTarget, pageNo: number): Promise<void> {
  const lang = await currentLang(ctx)
  const t = ctx.t.bind(ctx)
  const [subscriptions, settings] = await Promise.all([listSubscriptions(ctx.deps.db, target), getSubscriberSettings(ctx.deps.db, target.chatId)])
  const change = new InlineKeyboard().text(ctx.t('subscriptions-change'), subscriptionsCodec.encode({ action: 'menu' }))
  if (subscriptions.length === 0) {
    await showHtml(ctx, ctx.t('subscriptions-empty'), change)
    return
  }
  const pageCount = Math.ceil(subscriptions.length / PAGE_SIZE)
  const current = Math.min(pageNo, pageCount)
  const shown = subscriptions.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
  const mode =
    settings?.alertMode === 'digest'
      ? ctx.t('subscriptions-mode-digest', { hour: formatHour(settings.digestHour), zone: escapeHtml(zoneLabel(ctx, settings.timeZone)) })
      : ctx.t('subscriptions-mode-instant')
  const lines = [
    ctx.t(target.threadId ? 'subscriptions-header-topic' : 'subscriptions-header', { count: subscriptions.length }),
    mode,
    ...(settings && !settings.isActive ? [ctx.t('subscriptions-paused')] : []),
    '',
    ...shown.map((s) => `• ${topicLabel(s, lang, t)}`),
    ...(pageCount > 1 ? ['', ctx.t('list-page-of', { page: current, pages: pageCount })] : []),
  ]
  const keyboard = new InlineKeyboard()
  for (const s of shown) {
    keyboard.text(`❌ ${topicLabel(s, lang, t, { isHtml: false })}`, subscriptionsCodec.encode({ action: 'remove', id: s.id, pageNo: current })).row()
  }
  if (current > 1) keyboard.text('◀', subscriptionsCodec.encode({ action: 'page', pageNo: current - 1 }))
  if (current < pageCount) keyboard.text('▶', subscriptionsCodec.encode({ action: 'page', pageNo: current + 1 }))
  keyboard.row().text(ctx.t('subscriptions-change'), subscriptionsCodec.encode({ action: 'menu' }))
  await showHtml(ctx, lines.join('\n'), keyboard)
}
