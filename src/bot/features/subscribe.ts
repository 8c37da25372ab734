import { Composer, InlineKeyboard } from 'grammy'
import { type CountryIndex, countryFlag } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { KINDS, type Lang, SECTORS } from '../../classify/types.js'
import { countryNameInSentence } from '../../country-in-sentence.js'
import { lookupOrganisation, organisationName } from '../../classify/organisations.js'
import { addSubscription, getSubscriberSettings, MAX_SUBSCRIPTIONS_PER_CHAT, removeSubscriptions, type Topic } from '../../db/subscriptions.js'
import { type UnsearchedNote, unsearchedNotes } from '../../db/fts-query.js'
import { findKeptText, keepText, pruneKeptTexts } from '../../db/kept-texts.js'
import { readSearchQuery } from '../../language/search-query.js'
import type { BotContext } from '../context.js'
import { escapeHtml } from '../../telegram/escape.js'
import { fitLines, joinWithin, truncateText } from '../../telegram/length.js'
import { topicLabel, TOPICS_BUDGET } from '../../telegram/topic-label.js'
import { currentLang } from '../i18n/i18n.js'
import { type SubscribeCallback, subscribeCodec } from '../keyboards/subscribe.js'
import { formatHour, subscribeMenu, subscribePicker, zoneLabel } from '../keyboards/subscribe-menu.js'
import { managedChatFromButton, resolveManagedChat } from '../middlewares/chat-rights.js'
import { answerExpiredButton, removePressedButton, showHtml } from '../respond.js'
import { MAX_KEYWORD_LENGTH, parseTopicArgument, topicKey } from '../topics.js'
import { findRegion } from '../../regions.js'
import { listPartnerCountries } from '../../db/items.js'
import { leftOutNote } from '../left-out.js'

/** A region's countries offered to follow, most items first. */
const MAX_REGION_BUTTONS = 12

const MAX_ECHO_LENGTH = 60
/** What a keyword subscription says of a part its alerts leave unmatched, for each note a search's reply gives (unsearchedNotes). */
const KEYWORD_CUT_NOTES: Readonly<Record<UnsearchedNote['key'], string>> = {
  'search-alternatives-cut': 'subscribe-keyword-alternatives-cut',
  'search-clauses-cut': 'subscribe-keyword-clauses-cut',
}
const SUGGESTIONS = 3
/** How long a 🔤 button whose word is kept for its chat (too long to carry) keeps working. */
const WORD_CHOICE_DAYS = 30
/** The most such words a chat keeps, the least recently offered forgotten first: a /subscribe offers a few at a time. */
const MAX_WORD_CHOICES_PER_CHAT = 100
const DAY_MS = 86_400_000

/**
 * `name` as a double-quoted word /subscribe reads: without the quote marks it cannot hold («Государственный
 * «Эрмитаж»» → Государственный Эрмитаж; an apostrophe stays, d'Orsay). Words are matched letters and digits only,
 * so it follows what the name itself would.
 */
const quotableWord = (name: string): string => name.replace(/["«»“”„]/g, ' ').replace(/\s+/g, ' ').trim()

/**
 * "Subscribed: …" and when the items will come: one by one, or in the chat's daily digest at its hour and zone, as
 * /subscriptions says (a chat in digest mode told "New items will come here" would wait for alerts that come once a day).
 */
async function subscribedText(ctx: BotContext, chatId: number, isRemote: boolean, topics: string): Promise<string> {
  const settings = await getSubscriberSettings(ctx.deps.db, chatId)
  const key = isRemote ? 'remote-subscribe-done' : 'subscribe-done'
  if (settings?.alertMode !== 'digest') return ctx.t(key, { topics })
  return ctx.t(`${key}-digest`, { topics, hour: formatHour(settings.digestHour), zone: escapeHtml(zoneLabel(ctx, settings.timeZone)) })
}

/**
 * The /subscribe that follows `topic`, in the chat's language and in the channel `handle` names when the answer is about one
 * (/subscribe Франция + музеи, /subscribe @channel "Louvre" + museums): what to send for what was understood, or instead of a button.
 */
function topicCommand(ctx: BotContext, topic: Topic, lang: Lang, handle: string | undefined): string {
  const subject = {
    all: () => 'all',
    country: () => countryName(topic.value, lang),
    org: () => organisationName(topic.value, lang),
    keyword: () => `"${topic.value}"`,
    sector: () => ctx.t(`sector-${topic.value}`),
  }[topic.type]()
  const parts = [subject, ...(topic.sector ? [ctx.t(`sector-${topic.sector}`)] : []), ...(topic.kinds ?? []).map((kind) => ctx.t(`kinds-${kind}`))]
  return `/subscribe ${handle === undefined ? '' : `${handle} `}${parts.join(' + ')}`
}

/** The countries a word not understood may be: both of a name two share ("Congo"), else the names spelt closest to it. */
function nearestCountries(index: CountryIndex, word: string): string[] {
  const sharedBy = index.claimsOf(word)
  return sharedBy.length > 1 ? sharedBy : index.suggest(word, 2)
}

type WordSwap = Omit<Extract<SubscribeCallback, { action: 'word' }>, 'action' | 'keyword'>

/**
 * The 🔤 button's data: the word itself when it fits Telegram's 64 bytes, else the id under which
 * this chat keeps it for WORD_CHOICE_DAYS, among its newest MAX_WORD_CHOICES_PER_CHAT (a long name, Latin and
 * Cyrillic mixed, a channel's id in the data). Null for a word /subscribe would not take either (past MAX_KEYWORD_LENGTH): no button.
 */
async function wordButtonData(ctx: BotContext, swap: WordSwap, keyword: string): Promise<string | null> {
  const carried = { action: 'word' as const, keyword, ...swap }
  if (subscribeCodec.fits(carried)) return subscribeCodec.encode(carried)
  if (!ctx.chat || keyword.length > MAX_KEYWORD_LENGTH) return null
  const { db, clock } = ctx.deps
  const now = clock.now()
  await pruneKeptTexts(db, 'word', new Date(now.getTime() - WORD_CHOICE_DAYS * DAY_MS))
  const kept = { action: 'kept-word' as const, choiceId: await keepText(db, 'word', ctx.chat.id, keyword, now, { maxPerChat: MAX_WORD_CHOICES_PER_CHAT }), ...swap }
  return subscribeCodec.fits(kept) ? subscribeCodec.encode(kept) : null
}

export const subscribeFeature = new Composer<BotContext>()

subscribeFeature.use(subscribePicker)

subscribeFeature.command('subscribe', async (ctx) => {
  const managed = await resolveManagedChat(ctx, ctx.match)
  if (!managed) return
  const { target, rest, remote } = managed
  if (rest === '') {
    if (remote) await showHtml(ctx, ctx.t('remote-subscribe-usage', { chat: remote.title }))
    else await ctx.reply(ctx.t('subscribe-menu-intro'), { reply_markup: subscribeMenu })
    return
  }
  const lang = await currentLang(ctx)
  const t = ctx.t.bind(ctx)
  const parsed = await parseTopicArgument(ctx, rest)
  const remoteChatId = remote ? target.chatId : undefined
  const lines: string[] = remote ? [ctx.t('remote-chat-header', { chat: remote.title })] : []
  const keyboard = new InlineKeyboard()
  const added = new Set<string>()
  const refused: Topic[] = []
  for (const topic of parsed.topics) {
    const result = await addSubscription(ctx.deps.db, target, topic, lang, ctx.deps.clock.now())
    if (result === 'added') added.add(topicKey(topic))
    else if (result === 'cap') refused.push(topic)
  }
  const kept = parsed.topics.filter((topic) => !refused.includes(topic))
  const labelsOf = (topics: readonly Topic[]) => joinWithin(topics.map((topic) => topicLabel(topic, lang, t)), TOPICS_BUDGET, (count) => t('format-and-more', { count }))
  if (kept.length > 0) {
    const labels = labelsOf(kept)
    lines.push(added.size > 0 ? await subscribedText(ctx, target.chatId, remote !== null, labels) : ctx.t('subscribe-already', { topics: labels }))
  }
  if (refused.length > 0) lines.push(ctx.t('subscribe-limit', { count: MAX_SUBSCRIPTIONS_PER_CHAT, topics: labelsOf(refused) }))
  // A quoted organisation's name ("unesco") follows that spelling only, not «ЮНЕСКО»: say how to follow the organisation.
  for (const topic of parsed.topics) {
    const org = topic.type === 'keyword' ? lookupOrganisation(topic.value) : null
    if (org) lines.push(ctx.t('subscribe-keyword-is-org', { word: escapeHtml(truncateText(topic.value, MAX_ECHO_LENGTH)), org: organisationName(org, lang) }))
  }
  // A keyword's words, phrases or alternatives joined by OR past a search's bounds are not matched (readSearchQuery), as /search does not search them: say so.
  for (const topic of kept) {
    if (topic.type !== 'keyword') continue
    for (const { key, count } of unsearchedNotes(readSearchQuery(topic.value))) {
      lines.push(ctx.t(KEYWORD_CUT_NOTES[key], { word: escapeHtml(truncateText(topic.value, MAX_ECHO_LENGTH)), count }))
    }
  }
  for (const { text, code, topic } of parsed.indirect) {
    // A home place (/subscribe Astana) subscribes to nothing, but its word can be followed.
    if (!topic && code !== ctx.deps.config.homeCountry) continue
    const keyword = text.replace(/\s+/g, ' ').toLowerCase()
    const narrowing = { ...(topic?.sector ? { sector: topic.sector } : {}), ...(topic?.kinds ? { kinds: topic.kinds } : {}) }
    const swap = { country: code, isCountryNew: topic !== null && added.has(topicKey(topic)), ...narrowing, ...(remoteChatId === undefined ? {} : { chatId: remoteChatId }) }
    const data = await wordButtonData(ctx, swap, keyword)
    const hasButton = data !== null
    if (hasButton) keyboard.text(ctx.t('subscribe-button-word', { word: truncateText(keyword, 30) }), data).row()
    if (!topic) continue
    const key = hasButton ? 'subscribe-indirect' : quotableWord(text).length <= MAX_KEYWORD_LENGTH ? 'subscribe-indirect-send' : 'subscribe-indirect-no-word'
    const command = topicCommand(ctx, { type: 'keyword', value: quotableWord(text), ...narrowing }, lang, remote?.handle)
    lines.push(ctx.t(key, { name: escapeHtml(truncateText(text, MAX_ECHO_LENGTH)), country: `${countryFlag(code)} ${escapeHtml(countryNameInSentence(code, lang))}`, command: escapeHtml(command) }))
  }
  const home = ctx.deps.config.homeCountry
  const index = await ctx.countryIndex()
  // The home country misspelt («Kazakhstn») is refused with the reason, as when spelt right, not left unexplained.
  const unread = parsed.unknown.filter((word) => index.suggest(word, 1)[0] !== home)
  const isHomeMisspelt = unread.length < parsed.unknown.length
  // "Congo", the short name of two countries, is either: each is offered, and the word is not said to be unknown.
  const shared = unread.map((word) => ({ word, codes: index.claimsOf(word).filter((c) => c !== home) })).filter(({ codes }) => codes.length > 1)
  const unknown = unread.filter((word) => !shared.some((s) => s.word === word))
  if (parsed.isHomeNamed || isHomeMisspelt) lines.push(ctx.t('subscribe-home', { country: `${countryFlag(home)} ${escapeHtml(countryName(home, lang))}` }))
  for (const piece of parsed.tooNarrow) lines.push(ctx.t('subscribe-too-narrow', { piece: escapeHtml(truncateText(piece, MAX_ECHO_LENGTH)) }))
  const countryButton = (c: string, narrowing: Pick<Topic, 'sector' | 'kinds'> = {}) =>
    subscribeCodec.encode({ action: 'country', country: c, ...narrowing, ...(remoteChatId === undefined ? {} : { chatId: remoteChatId }) })
  // France + exhibitions: France alone would follow more than was asked, so nothing is followed; say what was read and what to type.
  for (const { piece, understood, unknown: words } of parsed.unreadNarrowing) {
    // «Франция музеи 2025»: a year narrows lists, not alerts of items to come; said so, not that «2025» was not understood.
    const isYearOnly = words.every((word) => /^\d{4}$/u.test(word))
    lines.push(ctx.t(isYearOnly ? 'subscribe-narrowing-year' : 'subscribe-narrowing-unknown', {
      piece: escapeHtml(truncateText(piece, MAX_ECHO_LENGTH)),
      words: escapeHtml(truncateText(words.join(', '), MAX_ECHO_LENGTH)),
      understood: topicLabel(understood, lang, t),
      command: escapeHtml(topicCommand(ctx, understood, lang, remote?.handle)),
      sectors: SECTORS.map((sector) => ctx.t(`sector-${sector}`)).join(', '),
      kinds: KINDS.map((kind) => ctx.t(`kinds-${kind}`)).join(', '),
    }))
    // Frnace + museums: the narrowing with no country beside it, which a misspelt one would be; the closest are offered so narrowed.
    if (understood.type !== 'sector' && understood.type !== 'all') continue
    const sector = understood.type === 'sector' ? SECTORS.find((s) => s === understood.value) : undefined
    const narrowing = { ...(sector ? { sector } : {}), ...(understood.kinds ? { kinds: understood.kinds } : {}) }
    const near = words.filter((word) => index.suggest(word, 1)[0] !== home).flatMap((word) => nearestCountries(index, word))
    const offered = [...new Set(near)].filter((c) => c !== home).slice(0, SUGGESTIONS)
    if (offered.length > 0) lines.push(ctx.t('subscribe-did-you-mean-tap'))
    for (const c of offered) keyboard.text(`🔔 ${topicLabel({ type: 'country', value: c, ...narrowing }, lang, t, { isHtml: false })}`, countryButton(c, narrowing)).row()
  }
  for (const { word, codes } of shared) {
    lines.push(ctx.t('subscribe-shared-name', { word: escapeHtml(truncateText(word, MAX_ECHO_LENGTH)) }))
    for (const c of codes) keyboard.text(`🔔 ${countryFlag(c)} ${countryName(c, lang)}`, countryButton(c)).row()
  }
  // «Африка», "USSR": a region or a former state is no misspelt country (the USA, the Central African Republic): its countries
  // that have items are offered, one subscription each.
  const regions = unknown.map((word) => ({ word, region: findRegion(word) })).filter(({ region }) => region !== null)
  const withItems = regions.length === 0 ? [] : await listPartnerCountries(ctx.deps.db)
  for (const { word, region } of regions) {
    const inRegion = withItems.filter(({ country }) => region!.members.includes(country) && country !== home)
    const members = inRegion.slice(0, MAX_REGION_BUTTONS)
    lines.push(ctx.t('subscribe-region', { word: escapeHtml(truncateText(word, MAX_ECHO_LENGTH)), former: region!.isFormer ? 'yes' : 'no', count: members.length }))
    // Europe's 21 countries with items past the 12 buttons are named with the /subscribe that follows them, not dropped unsaid.
    const leftOut = leftOutNote(ctx, inRegion.slice(MAX_REGION_BUTTONS).map(({ country }) => country), lang, 'subscribe')
    if (leftOut !== '') lines.push(leftOut)
    members.forEach(({ country }, i) => {
      keyboard.text(`🔔 ${countryFlag(country)} ${countryName(country, lang)}`, countryButton(country))
      if (i % 3 === 2) keyboard.row()
    })
    keyboard.row()
  }
  const notRegions = unknown.filter((word) => !regions.some((r) => r.word === word))
  if (notRegions.length > 0) {
    const suggestions = [...new Set(notRegions.flatMap((word) => index.suggest(word, 2)))].filter((c) => c !== home).slice(0, SUGGESTIONS)
    lines.push(ctx.t('subscribe-unknown', { words: escapeHtml(truncateText(notRegions.join(', '), MAX_ECHO_LENGTH)) }))
    if (suggestions.length > 0) lines.push(ctx.t('subscribe-did-you-mean-tap'))
    for (const c of suggestions) keyboard.text(`🔔 ${countryFlag(c)} ${countryName(c, lang)}`, countryButton(c)).row()
  }
  await showHtml(ctx, fitLines(lines), keyboard)
})

subscribeFeature.callbackQuery(subscribeCodec.filter, async (ctx) => {
  const data = subscribeCodec.decode(ctx.callbackQuery.data)
  // No subscribe button names the home country (the text path refuses it): such data was made up.
  // A 🔤 button may carry it (/subscribe Astana): that one follows the word, not the country.
  if (!data || !ctx.chat || (data.action === 'country' && data.country === ctx.deps.config.homeCountry)) {
    await answerExpiredButton(ctx)
    return
  }
  const managed = await managedChatFromButton(ctx, data.chatId)
  if (!managed) return
  const { target } = managed
  const { db, clock } = ctx.deps
  const lang = await currentLang(ctx)
  const t = ctx.t.bind(ctx)
  if (data.action === 'country') {
    const country = { type: 'country' as const, value: data.country, ...(data.sector ? { sector: data.sector } : {}), ...(data.kinds ? { kinds: data.kinds } : {}) }
    const result = await addSubscription(db, target, country, lang, clock.now())
    const label = topicLabel(country, lang, t, { isHtml: false })
    const key = { added: 'subscribe-done-short', exists: 'subscribe-already-short', cap: 'subscribe-limit-short' }[result]
    await ctx.answerCallbackQuery({ text: ctx.t(key, { topic: label, count: MAX_SUBSCRIPTIONS_PER_CHAT }) })
    return
  }
  const keyword = data.action === 'word' ? data.keyword : await findKeptText(db, 'word', data.choiceId, ctx.chat.id, new Date(clock.now().getTime() - WORD_CHOICE_DAYS * DAY_MS))
  if (keyword === null) {
    await answerExpiredButton(ctx)
    return
  }
  const narrowing = { ...(data.sector ? { sector: data.sector } : {}), ...(data.kinds ? { kinds: data.kinds } : {}) }
  const country = { type: 'country' as const, value: data.country, ...narrowing }
  const word = { type: 'keyword' as const, value: keyword, ...narrowing }
  if (data.isCountryNew) await removeSubscriptions(db, target, [country])
  if ((await addSubscription(db, target, word, lang, clock.now())) === 'cap') {
    await ctx.answerCallbackQuery({ text: ctx.t('subscribe-limit-short', { count: MAX_SUBSCRIPTIONS_PER_CHAT }), show_alert: true })
    return
  }
  await ctx.answerCallbackQuery()
  const labels = { word: topicLabel(word, lang, t), country: topicLabel(country, lang, t) }
  const answer = data.isCountryNew
    ? ctx.t('subscribe-word-swapped', labels)
    : data.country !== ctx.deps.config.homeCountry
      ? ctx.t('subscribe-word-added', labels)
      : await subscribedText(ctx, target.chatId, data.chatId !== undefined, labels.word)
  // /subscribe Louvre, Hermitage: the other names' 🔤 buttons stay under the reply, and this answer comes as a message of its own.
  const hasOtherButtons = (ctx.callbackQuery.message?.reply_markup?.inline_keyboard ?? []).some((row) => row.some((button) => !('callback_data' in button) || button.callback_data !== ctx.callbackQuery.data))
  if (!hasOtherButtons) return showHtml(ctx, answer)
  await removePressedButton(ctx)
  await ctx.reply(answer)
})
