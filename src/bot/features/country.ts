import { distance } from 'fastest-levenshtein'
import { Composer, InlineKeyboard } from 'grammy'
import { countryFlag } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { lookupOrganisation, ORGANISATION_MARK, organisationName } from '../../classify/organisations.js'
import { countryNameInSentence } from '../../country-in-sentence.js'
import { findRegion } from '../../regions.js'
import { toFtsQuery } from '../../db/fts-query.js'
import { KINDS } from '../../classify/types.js'
import { isCompassWord } from '../../language/compass-abbreviations.js'
import { LANGS } from '../../language/langs.js'
import { isOnlyStopWords } from '../../language/stop-words.js'
import { normalizeQuotes } from '../../language/search-query.js'
import { decodeTypedEntities } from '../../language/normalize.js'
import { countPublishedByPartner, findItemsByPartner, getItemCursor, getPartnerSummary, listPartnerCountries } from '../../db/items.js'
import { keepSearchQuery } from '../../db/kept-texts.js'
import { countFilteredItems, findFilteredItems, isFiltered, type ListFilter } from '../../db/list-filters.js'
import { findCountryChart, sendChart } from '../chart-photo.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { escapeHtml, nestQuotes } from '../../telegram/escape.js'
import { itemYear } from '../../telegram/item-card.js'
import { renderListMessage } from '../../telegram/list-message.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import type { Lang } from '../../language/langs.js'
import { countryCodec, type CountryStep, pickCountryPage } from '../keyboards/country.js'
import { type PageStep, pagePosition, pageSteps } from '../keyboards/pager.js'
import { searchCodec } from '../keyboards/search.js'
import { subscribeCodec } from '../keyboards/subscribe.js'
import { filterLabel, isYearOutOfRange, listYears, splitListFilter, takeYearOutOfRange, yearAlternatives } from '../list-filter.js'
import { answerExpiredButton, chatShowsLead, showHtml } from '../respond.js'
import { findByName, type TopicNames, topicNamesOf, unreadAsTyped } from '../topics.js'
import { leftOutNote } from '../left-out.js'

export const PAGE_SIZE = 5
const COUNTRIES_PER_ROW = 3
const COUNTRIES_PER_KEYBOARD = 24
const SUGGESTIONS = 3
/** Buttons for the countries a list names («Россия, Китай, Франция…»). */
const MAX_NAMED_COUNTRIES = 8
const MAX_ECHO_LENGTH = 60
/** Plain text longer than this is no country name (it gets the search offer instead). */
const MAX_NAME_LENGTH = 60
const MAX_NAME_WORDS = 4
/** As the search offer's button shows the words (features/search.ts). */
const MAX_BUTTON_ECHO_LENGTH = 30

export const countryFeature = new Composer<BotContext>()

countryFeature.command('country', async (ctx) => {
  const query = decodeTypedEntities(ctx.match).trim()
  if (query === '') return showCountryKeyboard(ctx, null)
  // «Африка», "Europe", «Орталық Азия»: a region is no country, nor a misspelt one (the USA, the Central African Republic).
  const region = findRegion(query)
  if (region) return showRegion(ctx, query, region)
  const index = await ctx.countryIndex()
  const whole = index.lookup(query)
  const { query: name, filter } = whole ? { query, filter: {} } : splitListFilter(query, topicNamesOf(ctx), index, ctx.deps.clock.now(), { withSectors: true })
  const ref = whole ?? index.lookup(name)
  // "Europe 2025", «Африка соглашения»: a region narrowed as a country's list is, its countries' buttons narrowed alike.
  const narrowedRegion = ref || name === query ? null : findRegion(name)
  if (narrowedRegion) return showRegion(ctx, name, narrowedRegion, filter)
  // "Europe 2030", «СССР 1980»: a year the lists do not take beside a region is said to be one, where the region was no country known.
  const now = ctx.deps.clock.now()
  // «Европа в 2030 году», "Europe in 2030": the year's word and preposition go with it, where "in" read as India.
  const outOfRange = ref ? null : takeYearOutOfRange(name.split(/\s+/u), now)
  const regionName = outOfRange ? outOfRange.rest.join(' ') : ''
  const regionBesideYear = regionName === '' ? null : findRegion(regionName)
  if (regionBesideYear) return showRegion(ctx, regionName, regionBesideYear, filter, outOfRange?.year)
  if (ref) {
    // «Эрмитаж», "Louvre", «Мәскеу»: the country's list says what the name was read as, and offers its words' search.
    await showCountry(ctx, ref.code, null, filter, ref.kind === 'country' ? undefined : name)
    return
  }
  // «соглашения», "museums 2025", «03.03.2025»: a narrowing and no country, told so with what to type, not offered Slovenia.
  if (!whole && splitListFilter(query, topicNamesOf(ctx), index, ctx.deps.clock.now(), { withSectors: true, keepWords: 0 }).query === '') {
    await showHtml(ctx, ctx.t('country-filter-only', { query: escapeHtml(truncateText(query, MAX_ECHO_LENGTH)) }))
    return
  }
  // «UNESCO», «ТҮРКСОЙ», «ШОС»: an organisation is no misspelt country (Turkey, Laos): it is said to be one, with its search and
  // how to follow it.
  const org = lookupOrganisation(name)
  if (org && ctx.chat) {
    const orgName = organisationName(org, await currentLang(ctx))
    const keyboard = new InlineKeyboard()
    if (toFtsQuery(name) !== null) await addSearchButton(ctx, keyboard, name)
    await showHtml(ctx, ctx.t('country-organisation', { query: escapeHtml(truncateText(name, MAX_ECHO_LENGTH)), mark: ORGANISATION_MARK, name: escapeHtml(orgName), command: escapeHtml(`/subscribe ${orgName}`) }), keyboard)
    return
  }
  // «Германя 2025»: the name is suggested for without the year or kinds, and its buttons keep them.
  await suggestCountries(ctx, query, { isTyped: false, name, filter })
})

/**
 * A country named alone in a private chat («Россия», "🇫🇷", «Reseı») is a /country question. A
 * "quoted phrase" asks for those words («"Лувр Абу-Даби"», ««Лувр Абу-Даби»»), as in /search: it gets the search offer.
 */
countryFeature.chatType('private').on('message:text', async (ctx, next) => {
  const text = ctx.msg.text.trim()
  if (text.startsWith('/') || text.length > MAX_NAME_LENGTH || text.split(/\s+/).length > MAX_NAME_WORDS || normalizeQuotes(text).includes('"')) return next()
  const region = findRegion(text)
  if (region) return showRegion(ctx, text, region)
  const ref = (await ctx.countryIndex()).lookup(text)
  if (ref?.kind === 'country') await showCountry(ctx, ref.code, null, {})
  else if (ref) await offerPlaceCountry(ctx, text, ref.code, next)
  else if (!(await suggestCountries(ctx, text, { isTyped: true }))) await next()
})

/**
 * An institution or a city sent alone («Эрмитаж», "Louvre", «Мәскеу») names no country: it is
 * offered its country's list and a search for its words, as other text is; a home place, the search alone.
 */
async function offerPlaceCountry(ctx: BotContext, text: string, code: string, next: () => Promise<void>): Promise<void> {
  if (code === ctx.deps.config.homeCountry || !ctx.chat || toFtsQuery(text) === null) return next()
  const lang = await currentLang(ctx)
  const [flag, name] = [countryFlag(code), countryName(code, lang)]
  const keyboard = new InlineKeyboard().text(`${flag} ${name}`, countryCodec.encode({ action: 'show', country: code })).row()
  await addSearchButton(ctx, keyboard, text)
  await showHtml(ctx, ctx.t('country-place-in', { query: escapeHtml(truncateText(text, MAX_ECHO_LENGTH)), flag, name: escapeHtml(countryNameInSentence(code, lang)) }), keyboard)
}

/** The 🔎 button searching for `query`, its words kept for this chat. */
async function addSearchButton(ctx: BotContext, keyboard: InlineKeyboard, query: string): Promise<void> {
  const queryId = await keepSearchQuery(ctx.deps.db, ctx.chat!.id, query, ctx.deps.clock.now())
  keyboard.text(ctx.t('search-button', { query: nestQuotes(truncateText(query, MAX_BUTTON_ECHO_LENGTH)) }), searchCodec.encode({ queryId }))
}

countryFeature.callbackQuery(countryCodec.filter, async (ctx) => {
  const data = countryCodec.decode(ctx.callbackQuery.data)
  if (!data) {
    await answerExpiredButton(ctx)
    return
  }
  if (data.action === 'chart') {
    const chart = await findCountryChart(ctx.deps.db, data.country, await currentLang(ctx), ctx.t.bind(ctx))
    if (chart) await sendChart(ctx, chart)
    await ctx.answerCallbackQuery(chart ? undefined : { text: ctx.t('chart-empty') })
    return
  }
  const notice =
    data.action === 'countries' ? await showCountryKeyboard(ctx, data.step) : await showCountry(ctx, data.country, data.action === 'page' ? data : null, data.filter ?? {})
  await ctx.answerCallbackQuery(notice ? { text: notice } : undefined)
})

/** Whether typed text is one slip (two in a name of 7 letters or more) from the country's name in English, Russian or Kazakh. */
function isMisspelling(text: string, code: string): boolean {
  const typed = text.trim().toLowerCase()
  return LANGS.some((lang) => {
    const name = countryName(code, lang).toLowerCase()
    return distance(typed, name) <= (name.length >= 7 ? 2 : 1)
  })
}

/**
 * The closest countries to an unknown name, as buttons; without any, a /country question gets
 * a hint and plain text gets nothing (false), so the next feature can answer it.
 */
async function suggestCountries(ctx: BotContext, query: string, { isTyped, name = query, filter = {} }: { isTyped: boolean; name?: string; filter?: ListFilter }): Promise<boolean> {
  const lang = await currentLang(ctx)
  const index = await ctx.countryIndex()
  const home = ctx.deps.config.homeCountry
  // «Россия и Китай», "France, Germany": a list is one country at a time, each a button; the home country beside
  // one other («Казахстан и Россия») asks for that one, as every item is the home country's, and so does one left
  // beside a common word once a sector or year was taken off as the filter («Россия и музеи»).
  // A name two countries share in a list («Конго, Франция») is asked about as it is alone: both are buttons among the list's.
  // "Russia in 2031", «Россия в 2031 году»: a year the lists do not take is read without its preposition and word, where "in"
  // read as India.
  const now = ctx.deps.clock.now()
  const yearTaken = takeYearOutOfRange(name.split(/\s+/u), now)
  const parsed = index.parseList(yearTaken && yearTaken.rest.length > 0 ? [...yearTaken.rest, yearTaken.year].join(' ') : name)
  const sharedWords = parsed.codes.length === 0 ? [] : parsed.unknown.filter((word) => index.claimsOf(word).length > 1)
  const listed = {
    codes: [...new Set([...parsed.codes, ...sharedWords.flatMap((word) => index.claimsOf(word))])],
    unknown: parsed.unknown.filter((word) => !sharedWords.includes(word)),
  }
  const named = listed.codes.filter((c) => c !== home)
  if (named.length === 1 && (listed.codes.length === 2 || listed.unknown.length > 0) && listed.unknown.every((word) => isOnlyStopWords(word))) {
    await showCountry(ctx, named[0]!, null, filter)
    return true
  }
  // «Россия 2031», «1900 Россия»: a year the lists do not take beside one country is said to be one, with the years they take
  // and the country's list, not answered as no country known.
  const outOfRange = named.length === 1 ? listed.unknown.find((word) => isYearOutOfRange(word, now)) : undefined
  if (outOfRange !== undefined && listed.unknown.every((word) => word === outOfRange || isListNarrowing(word, topicNamesOf(ctx)))) {
    const code = named[0]!
    const [flag, countryLabel] = [countryFlag(code), countryName(code, lang)]
    const label = isFiltered(filter) ? `${flag} ${countryLabel} · ${filterLabel(filter, ctx.t, lang)}` : `${flag} ${countryLabel}`
    const keyboard = new InlineKeyboard().text(label, countryCodec.encode({ action: 'show', country: code, filter }))
    const { first, last } = listYears(now)
    const example = `/country ${countryLabel} ${now.getUTCFullYear()}`
    await showHtml(ctx, ctx.t('country-year-out-of-range', { query: escapeHtml(truncateText(query, MAX_ECHO_LENGTH)), flag, name: escapeHtml(countryLabel), year: outOfRange, first: String(first), last: String(last), example: escapeHtml(example) }), keyboard)
    return true
  }
  // «Россия 2025 2026»: a list takes one year; each is offered, where no such country was known.
  const secondYear = named.length === 1 && filter.day === undefined ? listed.unknown.find((word) => yearAlternatives(query, filter.year, word, now) !== null) : undefined
  const years = secondYear === undefined ? null : yearAlternatives(`/country ${query}`, filter.year, secondYear, now)
  if (years && ctx.chat && listed.unknown.every((word) => word === secondYear || isListNarrowing(word, topicNamesOf(ctx)))) {
    const code = named[0]!
    const [flag, countryLabel] = [countryFlag(code), countryName(code, lang)]
    const keyboard = new InlineKeyboard()
    for (const year of [years.first, years.second]) {
      const narrowed: ListFilter = { ...filter, year: Number(year) }
      keyboard.text(`${flag} ${countryLabel} · ${filterLabel(narrowed, ctx.t, lang)}`, countryCodec.encode({ action: 'show', country: code, filter: narrowed })).row()
    }
    await showHtml(ctx, ctx.t('list-one-year', { query: escapeHtml(truncateText(query, MAX_ECHO_LENGTH)), ...years, firstCommand: escapeHtml(years.firstCommand), secondCommand: escapeHtml(years.secondCommand) }), keyboard)
    return true
  }
  // «США встречи», "france 2025 exhibitions": a country beside words that are no year, kind or sector. Saying no such country is
  // known would be wrong: the words are named, with the country's list and their search to choose from. A compass word beside
  // the name («Юж. Ирландия», "W. Germany") names another place, not that country: it is suggested, as it was.
  const unread = isTyped || named.length !== 1 || listed.unknown.some(isCompassWord) ? [] : unreadBeside(listed.unknown, topicNamesOf(ctx))
  if (unread.length > 0 && ctx.chat) {
    const code = named[0]!
    const [flag, countryLabel] = [countryFlag(code), countryName(code, lang)]
    // «большие театры России», "france 2025 exhibitions": a sector, kind or year among the words is the list's narrowing
    // still, as at either end; the button keeps it and says so.
    const read = listed.unknown.filter((word) => !unread.includes(word)).join(' ')
    const beside = read === '' ? {} : splitListFilter(read, topicNamesOf(ctx), index, now, { withSectors: true, keepWords: 0 }).filter
    const narrowed: ListFilter = {
      ...beside,
      ...filter,
      ...((filter.kinds?.length ?? 0) + (beside.kinds?.length ?? 0) > 0 ? { kinds: [...new Set([...(filter.kinds ?? []), ...(beside.kinds ?? [])])] } : {}),
    }
    const label = isFiltered(narrowed) ? `${flag} ${countryLabel} · ${filterLabel(narrowed, ctx.t, lang)}` : `${flag} ${countryLabel}`
    const keyboard = new InlineKeyboard().text(label, countryCodec.encode({ action: 'show', country: code, filter: narrowed })).row()
    // «Россия, Германя»: a word one slip from another country's name (two in a long one) is offered that country's list, where it
    // was only not understood.
    const misspelt: string[] = []
    for (const word of unreadAsTyped(name, unread).slice(0, SUGGESTIONS)) {
      const near = index.suggest(word, 1)[0]
      if (near === undefined || near === home || near === code || !isMisspelling(word, near) || !(await countPublishedByPartner(ctx.deps.db, [near])).has(near)) continue
      keyboard.text(`${countryFlag(near)} ${countryName(near, lang)}`, countryCodec.encode({ action: 'show', country: near, filter: narrowed })).row()
      misspelt.push(ctx.t('country-unread-misspelt', { word: escapeHtml(truncateText(word, MAX_ECHO_LENGTH)), flag: countryFlag(near), name: escapeHtml(countryName(near, lang)) }))
    }
    if (toFtsQuery(query) !== null) await addSearchButton(ctx, keyboard, query)
    const kinds = KINDS.map((kind) => ctx.t(`kinds-${kind}`)).join(', ')
    // As typed, as /subscribe echoes them: «США <b>» did not read «<b>», not «b».
    const words = escapeHtml(truncateText(unreadAsTyped(name, unread).join(' '), MAX_ECHO_LENGTH))
    await showHtml(ctx, [ctx.t('country-words-unread', { query: escapeHtml(truncateText(query, MAX_ECHO_LENGTH)), flag, name: escapeHtml(countryLabel), words, kinds }), ...misspelt].join('\n'), keyboard)
    return true
  }
  const isList = named.length > 1
  // "Congo", the short name of two countries, is either: both are offered, not the names spelt near it (Togo).
  const sharedBy = isList ? [] : index.claimsOf(name).filter((c) => c !== home)
  if (sharedBy.length > 1) {
    const keyboard = new InlineKeyboard()
    for (const c of sharedBy) keyboard.text(`${countryFlag(c)} ${countryName(c, lang)}`, countryCodec.encode({ action: 'show', country: c, filter })).row()
    if (isTyped && ctx.chat && toFtsQuery(query) !== null) await addSearchButton(ctx, keyboard, query)
    await showHtml(ctx, ctx.t('country-shared-name', { query: escapeHtml(truncateText(name, MAX_ECHO_LENGTH)) }), keyboard)
    return true
  }
  const closest = isList ? [] : index.suggest(name, SUGGESTIONS)
  // «Kazakhstn», «Казахстна»: the home country misspelt is answered as the home country is, not as no country at all;
  // words beside its name spelt right («Kazakh cinema», «казах кино») are no misspelling, and are offered their search.
  if (closest[0] === home && listed.codes.length === 0) {
    await showCountry(ctx, home, null, filter)
    return true
  }
  const offered = isList ? named.slice(0, MAX_NAMED_COUNTRIES) : await nearestCountries(ctx, closest.filter((c) => c !== home), isTyped)
  const echo = escapeHtml(truncateText(query, MAX_ECHO_LENGTH))
  // «germny» on a fresh install: the country it was read as has nothing yet, which is said, with it to follow and the words' search;
  // a word only loosely near a name («кино», Congo) gets the search alone.
  const nearest = closest.find((c) => c !== home)
  if (offered.length === 0 && isTyped && !isList && nearest !== undefined && isMisspelling(query, nearest) && ctx.chat) {
    const [flag, countryLabel] = [countryFlag(nearest), countryName(nearest, lang)]
    const keyboard = new InlineKeyboard().text(ctx.t('country-follow', { flag, name: countryLabel }), subscribeCodec.encode({ action: 'country', country: nearest })).row()
    if (toFtsQuery(query) !== null) await addSearchButton(ctx, keyboard, query)
    await showHtml(ctx, ctx.t('country-suggest-empty', { query: echo, flag, name: escapeHtml(countryLabel) }), keyboard)
    return true
  }
  if (offered.length === 0) {
    if (!isTyped) await showHtml(ctx, ctx.t('country-unknown', { query: echo }))
    return !isTyped
  }
  const keyboard = new InlineKeyboard()
  for (const c of offered) keyboard.text(`${countryFlag(c)} ${countryName(c, lang)}`, countryCodec.encode({ action: 'show', country: c, filter })).row()
  // Text sent alone may be a word near a country's name («кино», "opera"): it can be searched for too.
  if (isTyped && ctx.chat && toFtsQuery(query) !== null) await addSearchButton(ctx, keyboard, query)
  // "France, Germany, Foo": words of the list that are no country, year, kind or sector are named, as /latest names them,
  // where they were dropped unsaid.
  const unreadInList = isList ? unreadBeside(listed.unknown, topicNamesOf(ctx)) : []
  const words = escapeHtml(truncateText(unreadAsTyped(name, unreadInList).join(', '), MAX_ECHO_LENGTH))
  const asked = unreadInList.length > 0 ? ctx.t('country-several-unread', { query: echo, words }) : ctx.t(isList ? 'country-several' : 'country-suggest', { query: echo })
  // «Россия, Китай, … Польша»: the countries past the buttons are named with the /country that shows them, not dropped unsaid.
  const leftOut = isList ? leftOutNote(ctx, named.slice(MAX_NAMED_COUNTRIES), lang, 'country') : ''
  await showHtml(ctx, leftOut === '' ? asked : `${asked}\n${leftOut}`, keyboard)
  return true
}

/** The words beside a country that narrow nothing, read with `names` built once for them all (topicNamesOf translates every name afresh). */
function unreadBeside(words: readonly string[], names: TopicNames): string[] {
  return words.filter((word) => !isListNarrowing(word, names))
}

/** A year, kind or sector word, which narrows a list wherever it stands («Россия и музеи»), or a common word («и», "the"): no word left unread. */
function isListNarrowing(word: string, names: TopicNames): boolean {
  return /^\d{4}$/.test(word) || isOnlyStopWords(word) || findByName(word, names.kinds) !== null || findByName(word, names.sectors) !== null
}

/**
 * The closest countries worth offering, best first: those with items before those with none («Austrlia»: Australia's
 * items before Austria's nothing), and for text sent alone only those with items, as a button leading to an empty list
 * beside the search offer is a dead end.
 */
async function nearestCountries(ctx: BotContext, closest: readonly string[], isTyped: boolean): Promise<string[]> {
  const counts = await countPublishedByPartner(ctx.deps.db, closest)
  const withItems = closest.filter((c) => counts.has(c))
  return isTyped ? withItems : [...withItems, ...closest.filter((c) => !counts.has(c))]
}

/**
 * Shows a country's list (or why there is none); returns a notice for a stale page button.
 * `readFrom`: the institution or city the country was read from, said above the list.
 */
async function showCountry(ctx: BotContext, code: string, step: PageStep | null, filter: ListFilter, readFrom?: string): Promise<string | undefined> {
  const { db, config } = ctx.deps
  const lang = await currentLang(ctx)
  const name = countryName(code, lang)
  const flag = countryFlag(code)
  const follow = new InlineKeyboard().text(ctx.t('country-follow', { flag, name }), subscribeCodec.encode({ action: 'country', country: code }))
  if (code === config.homeCountry) {
    await showHtml(ctx, ctx.t('country-home', { flag, name }))
    return undefined
  }
  const isNarrowed = isFiltered(filter)
  const summary = isNarrowed ? { count: await countFilteredItems(db, code, filter), oldestAt: null } : await getPartnerSummary(db, code)
  if (summary.count === 0 || (!isNarrowed && summary.oldestAt === null)) {
    const text = isNarrowed ? ctx.t('country-empty-filtered', { flag, name, filter: filterLabel(filter, ctx.t, lang) }) : ctx.t('country-empty', { flag, name: countryNameInSentence(code, lang) })
    // «Женева» with nothing for Switzerland: what it was read as is said, and its words' search offered, as a list says and offers.
    const isSearchable = readFrom !== undefined && ctx.chat !== undefined && toFtsQuery(readFrom) !== null
    const readAs = isSearchable ? `${ctx.t('country-read-as-empty', { query: escapeHtml(truncateText(readFrom, MAX_ECHO_LENGTH)), flag, name: escapeHtml(countryNameInSentence(code, lang)) })}\n` : ''
    if (isSearchable) await addSearchButton(ctx, follow.row(), readFrom)
    await showHtml(ctx, readAs + text, follow)
    return undefined
  }
  const findPage = (req: Parameters<typeof findItemsByPartner>[2]) => (isNarrowed ? findFilteredItems(db, code, filter, req) : findItemsByPartner(db, code, req))

  const cursor = step ? await getItemCursor(db, step.cursorId) : null
  let notice = step && !cursor ? ctx.t('list-changed') : undefined
  let page = await findPage({ limit: PAGE_SIZE, cursor, direction: step?.direction ?? 'older' })
  if (page.items.length === 0 && cursor) {
    // Everything past the button's cursor was withdrawn meanwhile: start from the newest again.
    notice = ctx.t('list-changed')
    page = await findPage({ limit: PAGE_SIZE })
  }
  const newer = page.hasNewer ? await countFilteredItems(db, code, filter, page.items[0]) : 0
  const { pageNo, pageCount } = pagePosition(newer, page.items.length, summary.count, PAGE_SIZE)
  const counted =
    summary.oldestAt === null
      ? ctx.t('country-header-filtered', { flag, name, count: summary.count, filter: filterLabel(filter, ctx.t, lang) })
      : ctx.t('country-header', { flag, name, count: summary.count, year: String(itemYear(summary.oldestAt)) })
  const readAs = readFrom === undefined ? '' : `${ctx.t('country-read-as', { query: escapeHtml(truncateText(readFrom, MAX_ECHO_LENGTH)), flag, name: escapeHtml(countryNameInSentence(code, lang)) })}\n`
  const header = readAs + withArchiveLink(counted, { publicUrl: config.publicUrl, path: `/country/${code}`, lang, filter }, ctx.t.bind(ctx))
  const text = renderListMessage({ header, page, pageNo, pageCount, showLead: await chatShowsLead(ctx), partnerInView: code }, lang, ctx.t.bind(ctx))
  const steps = pageSteps(page)
  const keyboard = new InlineKeyboard()
  if (steps.newer) keyboard.text('◀', countryCodec.encode({ action: 'page', country: code, filter, ...steps.newer }))
  if (steps.older) keyboard.text('▶', countryCodec.encode({ action: 'page', country: code, filter, ...steps.older }))
  if (steps.newer || steps.older) keyboard.row()
  keyboard.text(ctx.t('country-follow', { flag, name }), subscribeCodec.encode({ action: 'country', country: code }))
  keyboard.text(ctx.t('country-chart'), countryCodec.encode({ action: 'chart', country: code }))
  if (readFrom !== undefined && ctx.chat && toFtsQuery(readFrom) !== null) await addSearchButton(ctx, keyboard.row(), readFrom)
  await showHtml(ctx, text, keyboard)
  return notice
}

/** A region asked for as a country: its countries that have items, most items first, each a button to its list. */
async function showRegion(ctx: BotContext, query: string, { members, isFormer }: { members: readonly string[]; isFormer: boolean }, filter: ListFilter = {}, yearOutOfRange?: string): Promise<void> {
  const lang = await currentLang(ctx)
  const home = ctx.deps.config.homeCountry
  const withItems = (await listPartnerCountries(ctx.deps.db)).filter(({ country }) => members.includes(country) && country !== home)
  // Narrowed, each country is counted as its button's list will show it, and one with none such is left out.
  const counted = isFiltered(filter)
    ? await Promise.all(withItems.map(async ({ country }) => ({ country, count: await countFilteredItems(ctx.deps.db, country, filter) })))
    : withItems
  const countries = counted.filter(({ count }) => count > 0).sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
  const echo = escapeHtml(truncateText(query, MAX_ECHO_LENGTH))
  const narrowing = isFiltered(filter) ? escapeHtml(filterLabel(filter, ctx.t, lang)) : null
  // The year is said to be out of the lists' range first: the countries below are counted without it.
  const yearNote = yearOutOfRange === undefined ? '' : `${regionYearNote(ctx, query, yearOutOfRange)}\n`
  if (countries.length === 0 && narrowing !== null && withItems.length > 0) {
    await showHtml(ctx, yearNote + ctx.t('country-region-empty-filtered', { query: echo, filter: narrowing }))
    return
  }
  if (countries.length === 0) {
    await showHtml(ctx, yearNote + ctx.t(isFormer ? 'country-former-state-empty' : 'country-region-empty', { query: echo }))
    return
  }
  const keyboard = countryCountButtons(countries.slice(0, COUNTRIES_PER_KEYBOARD), lang, filter)
  const text = yearNote + ctx.t(isFormer ? 'country-former-state' : 'country-region', { query: echo, count: countries.length })
  const leftOut = leftOutNote(ctx, countries.slice(COUNTRIES_PER_KEYBOARD).map(({ country }) => country), lang, 'country')
  const narrowed = narrowing === null ? text : `${text}\n${ctx.t('country-region-narrowed', { filter: narrowing })}`
  await showHtml(ctx, leftOut === '' ? narrowed : `${narrowed}\n${leftOut}`, keyboard)
}

/** «2030»: the years a list takes, with a region's countries counted without the year below it. */
function regionYearNote(ctx: BotContext, region: string, year: string): string {
  const now = ctx.deps.clock.now()
  const { first, last } = listYears(now)
  const example = `/country ${truncateText(region, MAX_ECHO_LENGTH)} ${now.getUTCFullYear()}`
  return ctx.t('country-region-year-out-of-range', { year, first: String(first), last: String(last), example: escapeHtml(example) })
}

/** A button per country with its count of items, COUNTRIES_PER_ROW a row, each opening the country's list. */
function countryCountButtons(countries: readonly { country: string; count: number }[], lang: Lang, filter: ListFilter = {}): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  countries.forEach(({ country, count }, i) => {
    keyboard.text(`${countryFlag(country)} ${countryName(country, lang)} · ${count}`, countryCodec.encode({ action: 'show', country, ...(isFiltered(filter) ? { filter } : {}) }))
    if (i % COUNTRIES_PER_ROW === COUNTRIES_PER_ROW - 1) keyboard.row()
  })
  return keyboard
}

async function showCountryKeyboard(ctx: BotContext, step: CountryStep | null): Promise<undefined> {
  const lang = await currentLang(ctx)
  const countries = await listPartnerCountries(ctx.deps.db)
  if (countries.length === 0) {
    await showHtml(ctx, ctx.t('country-none-yet'))
    return undefined
  }
  const { shown, hasBefore, hasAfter } = pickCountryPage(countries, step, COUNTRIES_PER_KEYBOARD)
  const keyboard = countryCountButtons(shown, lang)
  const [first, last] = [shown[0], shown.at(-1)]
  if (hasBefore || hasAfter) keyboard.row()
  if (hasBefore && first) keyboard.text('◀', countryCodec.encode({ action: 'countries', step: { direction: 'before', from: first } }))
  if (hasAfter && last) keyboard.text('▶', countryCodec.encode({ action: 'countries', step: { direction: 'after', from: last } }))
  await showHtml(ctx, ctx.t('country-pick', { count: countries.length }), keyboard)
  return undefined
}
