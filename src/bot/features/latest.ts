import { Composer, InlineKeyboard } from 'grammy'
import { countryFlag } from '../../classify/countries.js'
import { countryName } from '../../country-name.js'
import { countPublishedByPartner, findLatestItems, getItemCursor, type PageRequest } from '../../db/items.js'
import { countFilteredItems, findFilteredItems, isFiltered, type ListFilter } from '../../db/list-filters.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { escapeHtml } from '../../telegram/escape.js'
import { truncateText } from '../../telegram/length.js'
import { renderListMessage } from '../../telegram/list-message.js'
import { currentLang } from '../i18n/i18n.js'
import { countryCodec } from '../keyboards/country.js'
import { type LatestPage, latestCodec } from '../keyboards/latest.js'
import { pagePosition, pageSteps, pagerKeyboard } from '../keyboards/pager.js'
import { filterLabel, splitListFilter, yearAlternatives } from '../list-filter.js'
import { answerExpiredButton, chatShowsLead, showHtml } from '../respond.js'
import { topicNamesOf } from '../topics.js'
import { leftOutNote } from '../left-out.js'
import { findImpossibleDay } from '../../language/typed-date.js'

const PAGE_SIZE = 5
const MAX_ECHO_LENGTH = 40
/** Buttons for the countries a list names, as /country offers them. */
const MAX_NAMED_COUNTRIES = 8

/** The first year the lists are narrowed to (list-filter.ts): Kazakhstan's independence. */
const FIRST_LIST_YEAR = 1991

const SUGGESTIONS = 3

/** The closest countries that have items (a button to an empty list would be a dead end), the home country aside. */
async function nearestWithItems(ctx: BotContext, closest: readonly string[]): Promise<string[]> {
  const candidates = closest.filter((code) => code !== ctx.deps.config.homeCountry)
  const counts = await countPublishedByPartner(ctx.deps.db, candidates)
  return candidates.filter((code) => counts.has(code))
}

/** A command to copy is never cut short: a country's long name with its narrowing fits well within a message. */
const MAX_COMMAND_LENGTH = 200

export const latestFeature = new Composer<BotContext>()

/**
 * The /country command that shows what /latest was asked for, whole, where it was cut at 40 characters into a command that
 * no longer worked («/country Оңтүстік Африка Республикасы к…»), and without a sentence's full stop («/country Франция..»).
 */
function countryCommand(words: string): string {
  return truncateText(`/country ${words.replace(/[.!?…]+$/u, '')}`, MAX_COMMAND_LENGTH)
}

latestFeature.command('latest', async (ctx) => {
  const words = ctx.match.trim()
  // «/latest 30.02.2025», «31 февраля»: a day no calendar has is said to be one, where it was "not understood" as «30 02».
  const impossible = findImpossibleDay(words.split(/\s+/u))
  if (impossible !== null) {
    await showHtml(ctx, ctx.t('latest-no-such-day', { day: escapeHtml(truncateText(impossible, MAX_ECHO_LENGTH)) }))
    return
  }
  const index = await ctx.countryIndex()
  const { query, filter } = splitListFilter(words, topicNamesOf(ctx), index, ctx.deps.clock.now(), { withSectors: true, keepWords: 0 })
  // «/latest Франция музеи»: every country's list asked for one country, whose own list is offered, narrowed alike; the
  // home country's is every country's, as every item is its.
  const country = query === '' ? null : index.lookup(query)
  if (country && country.code !== ctx.deps.config.homeCountry) {
    const [flag, name] = [countryFlag(country.code), countryName(country.code, await currentLang(ctx))]
    const keyboard = new InlineKeyboard().text(`${flag} ${name}`, countryCodec.encode({ action: 'show', country: country.code, filter }))
    await showHtml(ctx, ctx.t('latest-country', { flag, name: escapeHtml(name), command: escapeHtml(countryCommand(words)) }), keyboard)
    return
  }
  // «/latest 2025 2026»: two years are said to be one too many, each with its command, where the second was said to be out of the
  // years the lists take.
  const years = yearAlternatives(`/latest ${words}`, filter.year, query, ctx.deps.clock.now())
  if (years && filter.day === undefined) {
    await showHtml(ctx, ctx.t('list-one-year', { query: escapeHtml(truncateText(words, MAX_ECHO_LENGTH)), ...years, firstCommand: escapeHtml(years.firstCommand), secondCommand: escapeHtml(years.secondCommand) }))
    return
  }
  // «/latest 2030», «/latest 1900»: a year the lists do not take is said to be one, with the years they take, not "not understood".
  if (/^\d{4}$/u.test(query)) {
    const year = ctx.deps.clock.now().getUTCFullYear()
    await showHtml(ctx, ctx.t('latest-year-out-of-range', { year: query, first: String(FIRST_LIST_YEAR), last: String(year + 1), example: String(year) }))
    return
  }
  if (query !== '' && !country) {
    // «/latest большие театры России»: what was read (a country, a sector among the words) is kept and said, and only the
    // words not read are named, where the whole question was "not understood".
    const listed = index.parseList(query)
    const named = listed.codes.filter((code) => code !== ctx.deps.config.homeCountry)
    const beside = splitListFilter(listed.unknown.join(' '), topicNamesOf(ctx), index, ctx.deps.clock.now(), { withSectors: true, keepWords: 0 })
    const narrowed: ListFilter = { ...beside.filter, ...filter, ...(filter.kinds || beside.filter.kinds ? { kinds: [...new Set([...(filter.kinds ?? []), ...(beside.filter.kinds ?? [])])] } : {}) }
    const unread = beside.query === '' || listed.codes.length + listed.unknown.length === 0 ? words : beside.query
    // «/latest France, Germany», «Франция и Германия»: every country's list asked for several, each of which has its own list,
    // offered as /country offers them, narrowed alike, where the whole question was "not understood"; the home country beside
    // one other («Kazakhstan and France») is that other's, as in /country.
    // «/latest France, Germany, big»: several countries beside words not read are each offered, and only those words named.
    if (named.length > 1 || (named.length > 0 && beside.query === '')) {
      const lang = await currentLang(ctx)
      if (named.length === 1) {
        const code = named[0]!
        const [flag, name] = [countryFlag(code), countryName(code, lang)]
        const keyboard = new InlineKeyboard().text(`${flag} ${name}`, countryCodec.encode({ action: 'show', country: code, filter: narrowed }))
        await showHtml(ctx, ctx.t('latest-country', { flag, name: escapeHtml(name), command: escapeHtml(countryCommand(words)) }), keyboard)
        return
      }
      const keyboard = new InlineKeyboard()
      for (const code of named.slice(0, MAX_NAMED_COUNTRIES)) {
        const label = isFiltered(narrowed) ? `${countryFlag(code)} ${countryName(code, lang)} · ${filterLabel(narrowed, ctx.t, lang)}` : `${countryFlag(code)} ${countryName(code, lang)}`
        keyboard.text(label, countryCodec.encode({ action: 'show', country: code, filter: narrowed })).row()
      }
      const query = escapeHtml(truncateText(words, MAX_ECHO_LENGTH))
      const text = beside.query === '' ? ctx.t('latest-several', { query }) : ctx.t('latest-several-unread', { query, words: escapeHtml(truncateText(unread, MAX_ECHO_LENGTH)) })
      const leftOut = leftOutNote(ctx, named.slice(MAX_NAMED_COUNTRIES), lang, 'country')
      await showHtml(ctx, leftOut === '' ? text : `${text}\n${leftOut}`, keyboard)
      return
    }
    if (named.length === 1 && listed.codes.length === 1 && beside.query !== '') {
      const code = named[0]!
      const lang = await currentLang(ctx)
      const read = isFiltered(narrowed) ? `${countryFlag(code)} ${countryName(code, lang)} · ${filterLabel(narrowed, ctx.t, lang)}` : `${countryFlag(code)} ${countryName(code, lang)}`
      const keyboard = new InlineKeyboard().text(read, countryCodec.encode({ action: 'show', country: code, filter: narrowed }))
      await showHtml(ctx, ctx.t('latest-country-unread', { query: escapeHtml(truncateText(words, MAX_ECHO_LENGTH)), read: escapeHtml(read), words: escapeHtml(truncateText(unread, MAX_ECHO_LENGTH)) }), keyboard)
      return
    }
    const usage = ctx.t('latest-usage', { words: escapeHtml(truncateText(named.length === 0 ? unread : words, MAX_ECHO_LENGTH)) })
    // «/latest Германя», "Germny 2025": a misspelt country is offered its closest countries' lists, narrowed alike, where it was
    // only "not understood"; an ordinary word («сегодня», «большие») is near no country's name and gets the usage alone.
    const near = named.length === 0 && listed.codes.length === 0 ? await nearestWithItems(ctx, index.suggest(unread, SUGGESTIONS)) : []
    if (near.length === 0) {
      await showHtml(ctx, usage)
      return
    }
    const lang = await currentLang(ctx)
    const keyboard = new InlineKeyboard()
    for (const code of near) {
      const label = isFiltered(filter) ? `${countryFlag(code)} ${countryName(code, lang)} · ${filterLabel(filter, ctx.t, lang)}` : `${countryFlag(code)} ${countryName(code, lang)}`
      keyboard.text(label, countryCodec.encode({ action: 'show', country: code, filter })).row()
    }
    await showHtml(ctx, `${usage}\n${ctx.t('latest-did-you-mean', { words: escapeHtml(truncateText(unread, MAX_ECHO_LENGTH)) })}`, keyboard)
    return
  }
  await showLatest(ctx, null, filter)
})

latestFeature.callbackQuery(latestCodec.filter, async (ctx) => {
  const step = latestCodec.decode(ctx.callbackQuery.data)
  if (!step) {
    await answerExpiredButton(ctx)
    return
  }
  const notice = await showLatest(ctx, step, step.filter)
  await ctx.answerCallbackQuery(notice ? { text: notice } : undefined)
})

/** Shows a page of the newest items with their total; returns a notice when the button's place in the list is gone. */
async function showLatest(ctx: BotContext, step: LatestPage | null, filter: ListFilter): Promise<string | undefined> {
  const db = ctx.deps.db
  const lang = await currentLang(ctx)
  const cursor = step ? await getItemCursor(db, step.cursorId) : null
  let notice = step && !cursor ? ctx.t('list-changed') : undefined
  const findPage = (req: PageRequest) => (isFiltered(filter) ? findFilteredItems(db, null, filter, req) : findLatestItems(db, req))
  let page = await findPage({ limit: PAGE_SIZE, cursor, direction: step?.direction ?? 'older' })
  if (page.items.length === 0 && cursor) {
    notice = ctx.t('list-changed')
    page = await findPage({ limit: PAGE_SIZE })
  }
  if (page.items.length === 0) {
    await showHtml(ctx, isFiltered(filter) ? ctx.t('latest-empty-filtered', { filter: filterLabel(filter, ctx.t, lang) }) : ctx.t('latest-empty'))
    return notice
  }
  const total = await countFilteredItems(db, null, filter)
  const newer = page.hasNewer ? await countFilteredItems(db, null, filter, page.items[0]) : 0
  const { pageNo, pageCount } = pagePosition(newer, page.items.length, total, PAGE_SIZE)
  const counted = isFiltered(filter) ? ctx.t('latest-header-filtered', { count: total, filter: filterLabel(filter, ctx.t, lang) }) : ctx.t('latest-header', { count: total })
  const header = withArchiveLink(counted, { publicUrl: ctx.deps.config.publicUrl, path: '/', lang, filter }, ctx.t.bind(ctx))
  const text = renderListMessage({ header, page, pageNo, pageCount, showLead: await chatShowsLead(ctx) }, lang, ctx.t.bind(ctx))
  const steps = pageSteps(page)
  await showHtml(ctx, text, pagerKeyboard(steps.newer && latestCodec.encode({ ...steps.newer, filter }), steps.older && latestCodec.encode({ ...steps.older, filter })))
  return notice
}
