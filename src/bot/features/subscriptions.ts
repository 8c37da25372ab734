import { Composer, InlineKeyboard } from 'grammy'
import { getSubscriberSettings, listSubscriptions, removeAllSubscriptions, removeSubscriptionById, removeSubscriptions, type Subscription, type Topic } from '../../db/subscriptions.js'
import type { Lang } from '../../language/langs.js'
import type { Translate } from '../../telegram/translate.js'
import type { BotContext } from '../context.js'
import { escapeHtml } from '../../telegram/escape.js'
import { fitLines, joinWithin, truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { formatHour, subscribeMenu, zoneLabel } from '../keyboards/subscribe-menu.js'
import { subscriptionsCodec } from '../keyboards/subscriptions.js'
import { canManageChat, chatTarget, type ManagedChat, managedChatFromButton, mayManageFromButton, resolveManagedChat } from '../middlewares/chat-rights.js'
import { answerExpiredButton, showHtml } from '../respond.js'
import { setChatTimeZone } from '../time-zone-setting.js'
import { parseTopicArgument, topicKey } from '../topics.js'
import { topicLabel, TOPICS_BUDGET } from '../../telegram/topic-label.js'

/** Remove buttons per page: one row each, so the keyboard stays short on a phone. */
const PAGE_SIZE = 8
const MAX_ECHO_LENGTH = 60
/** `/subscriptions tz Europe/Vienna`: the zone the daily digest hour is counted in. */
const TIME_ZONE_ARGUMENT = /^tz(?:\s+(.*))?$/is
const EVERYTHING_KEY = topicKey({ type: 'all', value: '' })

const removeAllKeyboard = (ctx: BotContext, count: number, chatId: number | undefined): InlineKeyboard =>
  new InlineKeyboard().text(ctx.t('unsubscribe-all-button', { count }), subscriptionsCodec.encode({ action: 'clear', count, ...(chatId === undefined ? {} : { chatId }) }))

export const subscriptionsFeature = new Composer<BotContext>()

subscriptionsFeature.command('subscriptions', async (ctx) => {
  const isZoneChange = /(?:^|\s)tz(?:\s|$)/i.test(ctx.match)
  const managed = await resolveManagedChat(ctx, ctx.match, { isReadOnly: !isZoneChange })
  if (!managed) return
  const zoneArgument = TIME_ZONE_ARGUMENT.exec(managed.rest)
  if (zoneArgument) await setChatTimeZone(ctx, managed, zoneArgument[1]?.trim() ?? '')
  else if (managed.rest === '') await showSubscriptions(ctx, managed, 1)
  // «/subscriptions russia», «/subscriptions digest 25»: the list, under what was not done with the words.
  else await showSubscriptions(ctx, managed, 1, ctx.t('subscriptions-unknown-argument', { text: escapeHtml(truncateText(managed.rest, MAX_ECHO_LENGTH)) }))
})

subscriptionsFeature.command('unsubscribe', async (ctx) => {
  const managed = await resolveManagedChat(ctx, ctx.match)
  if (!managed) return
  const { target, rest, remote } = managed
  if (rest === '') {
    await showSubscriptions(ctx, managed, 1)
    return
  }
  const lang = await currentLang(ctx)
  const parsed = await parseTopicArgument(ctx, rest)
  let topics = parsed.topics
  let removed = await removeSubscriptions(ctx.deps.db, target, topics, { isWidening: true })
  if (removed === 0) {
    // «Лувр» reads as France, but the chat may follow the word itself (🔤 Only the word): that is removed then.
    const word: Topic[] = [{ type: 'keyword', value: rest.replace(/\s+/g, ' ').trim().toLowerCase() }]
    removed = await removeSubscriptions(ctx.deps.db, target, word, { isWidening: true })
    if (removed > 0) topics = word
  }
  const lines = remote ? [ctx.t('remote-chat-header', { chat: remote.title })] : []
  // «/unsubscribe all» in a chat that follows no 📰 everything but other topics asks to stop them all, rather than finding nothing.
  const followed = removed === 0 && topics.length === 1 && topicKey(topics[0]!) === EVERYTHING_KEY ? (await listSubscriptions(ctx.deps.db, target)).length : 0
  if (followed > 0) {
    await showHtml(ctx, [...lines, ctx.t('unsubscribe-all-offer', { count: followed })].join('\n'), removeAllKeyboard(ctx, followed, remote ? target.chatId : undefined))
    return
  }
  // A chat that follows nothing at all is told so, with how to subscribe, not that it follows no «все» (or «Россия»); words
  // that read as no topic (a lone «"») are still named as what matches nothing.
  if (removed === 0 && topics.length > 0 && (await listSubscriptions(ctx.deps.db, target)).length === 0) {
    await showSubscriptions(ctx, managed, 1)
    return
  }
  const labels = joinWithin(topics.map((topic) => topicLabel(topic, lang, ctx.t.bind(ctx))), TOPICS_BUDGET, (count) => ctx.t('format-and-more', { count }))
  const echo = escapeHtml(truncateText(rest, MAX_ECHO_LENGTH))
  lines.push(removed > 0 ? ctx.t('unsubscribe-done', { topics: labels }) : ctx.t('unsubscribe-not-found', { query: echo }))
  // «russia, franse»: Russia is gone, and the typo must not read as France removed too.
  // «france + exhibitions» removes nothing (France alone would remove more than was asked): its unread words are named too.
  const unknown = [...parsed.unknown, ...parsed.unreadNarrowing.flatMap((piece) => piece.unknown)]
  if (removed > 0 && unknown.length > 0) lines.push(ctx.t('unsubscribe-unknown', { words: escapeHtml(truncateText(unknown.join(', '), MAX_ECHO_LENGTH)) }))
  await showHtml(ctx, fitLines(lines))
})

subscriptionsFeature.callbackQuery(subscriptionsCodec.filter, async (ctx) => {
  const data = subscriptionsCodec.decode(ctx.callbackQuery.data)
  const here = chatTarget(ctx)
  if (!data || !here) {
    await answerExpiredButton(ctx)
    return
  }
  if (data.action === 'clear') {
    const managed = await managedChatFromButton(ctx, data.chatId)
    if (!managed) return
    const header = managed.remote ? [ctx.t('remote-chat-header', { chat: managed.remote.title })] : []
    // The button removes what it offered: a chat that followed more or fewer topics since is offered its list anew.
    const followed = (await listSubscriptions(ctx.deps.db, managed.target)).length
    if (followed !== data.count) {
      await ctx.answerCallbackQuery(followed > 0 ? undefined : { text: ctx.t('button-expired') })
      if (followed > 0) await showHtml(ctx, [...header, ctx.t('unsubscribe-all-offer', { count: followed })].join('\n'), removeAllKeyboard(ctx, followed, data.chatId))
      return
    }
    const removed = await removeAllSubscriptions(ctx.deps.db, managed.target)
    await ctx.answerCallbackQuery()
    const lang = await currentLang(ctx)
    const labels = joinWithin(removed.map((topic) => topicLabel(topic, lang, ctx.t.bind(ctx))), TOPICS_BUDGET, (count) => ctx.t('format-and-more', { count }))
    await showHtml(ctx, [...header, ctx.t('unsubscribe-done', { topics: labels })].join('\n'))
    return
  }
  if (data.action === 'menu') {
    if (!(await mayManageFromButton(ctx))) return
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('subscribe-menu-intro'), { reply_markup: subscribeMenu })
    return
  }
  // Paging this chat's own list is for anyone who can see it; every change is for its admins.
  const managed = data.action === 'page' && data.chatId === undefined ? { target: here, rest: '', remote: null } : await managedChatFromButton(ctx, data.chatId)
  if (!managed) return
  if (data.action === 'page') {
    // The page is drawn for whoever pressed: a group's member who is no admin gets the read-only list, whatever it showed before.
    await showSubscriptions(ctx, managed, data.pageNo)
    await ctx.answerCallbackQuery()
    return
  }
  const removed = await removeSubscriptionById(ctx.deps.db, managed.target, data.id)
  await showSubscriptions(ctx, managed, data.pageNo)
  await ctx.answerCallbackQuery({ text: removed ? ctx.t('unsubscribe-removed') : ctx.t('button-expired') })
})

/**
 * Each kind of subscription (countries, organisations, sectors, keywords) in the alphabetical order of its name as the reader
 * sees it («Австрия, Германия, Египет, Китай»), where countries came in the order of their ISO codes (Китай before Германия).
 */
function inReadingOrder(subscriptions: readonly Subscription[], lang: Lang, t: Translate): Subscription[] {
  const collator = new Intl.Collator(lang)
  // The flag or mark before a name (🇨🇳, 🏛) is no letter to sort by.
  const key = (s: Subscription) => topicLabel(s, lang, t, { isHtml: false }).replace(/^[^\p{L}\p{N}]+/u, '')
  const types = [...new Set(subscriptions.map((s) => s.type))]
  return types.flatMap((type) => subscriptions.filter((s) => s.type === type).sort((a, b) => collator.compare(key(a), key(b)) || a.id - b.id))
}

/**
 * The chat's subscriptions, paged, with ❌ and ⚙ buttons for whoever may change them; a group's
 * other members see the list with paging only and a line saying who may change it (as /settings).
 */
async function showSubscriptions(ctx: BotContext, { target, remote }: ManagedChat, pageNo: number, note?: string): Promise<void> {
  const noteLines = note ? [note, ''] : []
  const lang = await currentLang(ctx)
  const t = ctx.t.bind(ctx)
  const [listed, settings, mayChange] = await Promise.all([
    listSubscriptions(ctx.deps.db, target),
    getSubscriberSettings(ctx.deps.db, target.chatId),
    // A page drawn again for the same presser reuses their check for a while (chat-rights.ts); its ❌ checks again.
    remote !== null || canManageChat(ctx, { mayReuse: true }),
  ])
  const subscriptions = inReadingOrder(listed, lang, t)
  const adminsOnly = mayChange ? [] : ['', ctx.t('subscribe-admins-only')]
  // The picker works on the chat it is in, so a channel managed from here is changed by commands.
  const change = remote || !mayChange ? undefined : new InlineKeyboard().text(ctx.t('subscriptions-change'), subscriptionsCodec.encode({ action: 'menu' }))
  const chatId = remote ? target.chatId : undefined
  if (subscriptions.length === 0) {
    // A group's member who is no admin can neither send /subscribe here nor pick anything: told only that nothing is followed.
    const empty = remote ? ctx.t('remote-subscriptions-empty', { chat: remote.title }) : ctx.t(mayChange ? 'subscriptions-empty' : 'subscriptions-empty-read-only')
    await showHtml(ctx, [...noteLines, empty, ...adminsOnly].join('\n'), change)
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
    ...noteLines,
    remote ? ctx.t('remote-subscriptions-header', { chat: remote.title, count: subscriptions.length }) : ctx.t(target.threadId ? 'subscriptions-header-topic' : 'subscriptions-header', { count: subscriptions.length }),
    mode,
    ...(settings && !settings.isActive ? [ctx.t('subscriptions-paused')] : []),
    '',
    ...shown.map((s) => `• ${topicLabel(s, lang, t)}`),
    ...(pageCount > 1 ? ['', ctx.t('list-page-of', { page: current, pages: pageCount })] : []),
    ...adminsOnly,
  ]
  const keyboard = new InlineKeyboard()
  for (const s of mayChange ? shown : []) {
    keyboard.text(`❌ ${topicLabel(s, lang, t, { isHtml: false })}`, subscriptionsCodec.encode({ action: 'remove', id: s.id, pageNo: current, ...(chatId === undefined ? {} : { chatId }) })).row()
  }
  if (current > 1) keyboard.text('◀', subscriptionsCodec.encode({ action: 'page', pageNo: current - 1, ...(chatId === undefined ? {} : { chatId }) }))
  if (current < pageCount) keyboard.text('▶', subscriptionsCodec.encode({ action: 'page', pageNo: current + 1, ...(chatId === undefined ? {} : { chatId }) }))
  if (!remote && mayChange) keyboard.row().text(ctx.t('subscriptions-change'), subscriptionsCodec.encode({ action: 'menu' }))
  await showHtml(ctx, lines.join('\n'), keyboard)
}
