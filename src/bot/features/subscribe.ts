import { Composer } from 'grammy'
import { countryFlag, countryName } from '../../classify/countries.js'
import { addSubscriptions } from '../../db/subscriptions.js'
import type { BotContext } from '../context.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { subscribeCodec } from '../keyboards/subscribe.js'
import { subscribeMenu } from '../keyboards/subscribe-menu.js'
import { chatTarget, mayManageFromButton, manageableChatTarget } from '../middlewares/chat-rights.js'
import { answerExpiredButton, showHtml } from '../respond.js'
import { parseTopicArgument, topicLabel } from '../topics.js'

const MAX_ECHO_LENGTH = 60

export const subscribeFeature = new Composer<BotContext>()

subscribeFeature.use(subscribeMenu)

subscribeFeature.command('subscribe', async (ctx) => {
  const target = await manageableChatTarget(ctx)
  if (!target) return
  const arg = ctx.match.trim()
  if (arg === '') {
    await ctx.reply(ctx.t('subscribe-menu-intro'), { reply_markup: subscribeMenu })
    return
  }
  const lang = await currentLang(ctx)
  const parsed = await parseTopicArgument(ctx, arg)
  const lines: string[] = []
  if (parsed.topics.length > 0) {
    const added = await addSubscriptions(ctx.deps.db, target, parsed.topics, lang, ctx.deps.clock.now())
    const labels = parsed.topics.map((topic) => topicLabel(topic, lang, ctx.t.bind(ctx))).join(', ')
    lines.push(added > 0 ? ctx.t('subscribe-done', { topics: labels }) : ctx.t('subscribe-already', { topics: labels }))
  }
  if (parsed.unknown.length > 0) {
    const index = await ctx.countryIndex()
    const suggestions = [...new Set(parsed.unknown.flatMap((word) => index.suggest(word, 2)))].slice(0, 3)
    lines.push(ctx.t('subscribe-unknown', { words: escapeHtml(truncateText(parsed.unknown.join(', '), MAX_ECHO_LENGTH)) }))
    if (suggestions.length > 0) lines.push(ctx.t('subscribe-did-you-mean', { names: suggestions.map((c) => `${countryFlag(c)} ${escapeHtml(countryName(c, lang))}`).join(', ') }))
  }
  await showHtml(ctx, lines.join('\n'))
})

subscribeFeature.callbackQuery(subscribeCodec.filter, async (ctx) => {
  const data = subscribeCodec.decode(ctx.callbackQuery.data)
  const target = chatTarget(ctx)
  if (!data || !target) {
    await answerExpiredButton(ctx)
    return
  }
  if (!(await mayManageFromButton(ctx))) return
  const lang = await currentLang(ctx)
  const added = await addSubscriptions(ctx.deps.db, target, [{ type: 'country', value: data.country }], lang, ctx.deps.clock.now())
  const label = topicLabel({ type: 'country', value: data.country }, lang, ctx.t.bind(ctx), { isHtml: false })
  await ctx.answerCallbackQuery({ text: added > 0 ? ctx.t('subscribe-done-short', { topic: label }) : ctx.t('subscribe-already-short', { topic: label }) })
})
