import { Composer, InlineKeyboard } from 'grammy'
import { type SearchMatch, toFtsQuery, unsearchedNotes } from '../../db/fts-query.js'
import type { Db } from '../../db/database.js'
import { countSearchResults, getItemCursor, type ItemCursor, type ItemPage, type PageRequest, type SearchCount, searchItems } from '../../db/items.js'
import { findKeptText, keepSearchQuery } from '../../db/kept-texts.js'
import { countFilteredSearch, isFiltered, type ListFilter, searchFilteredItems } from '../../db/list-filters.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { escapeHtml, nestQuotes } from '../../telegram/escape.js'
import { renderItemPage } from '../../telegram/item-list.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { pagePosition, pageSteps, pagerKeyboard } from '../keyboards/pager.js'
import { searchCodec, type SearchStep } from '../keyboards/search.js'
import { readSearchQuery } from '../../language/search-query.js'
import { isOnlyStopWords } from '../../language/stop-words.js'
import { findTypedDate, takeTypedDay } from '../../language/typed-date.js'
import { filterLabel, isYearOutOfRange, listYears, splitListFilter } from '../list-filter.js'
import { answerExpiredButton, chatShowsLead, showHtml } from '../respond.js'
import { topicNamesOf } from '../topics.js'

const PAGE_SIZE = 5
/** Counting stops here ("1000+ results"): a common word would otherwise count half the archive. */
const COUNT_CAP = 1000
const MAX_QUERY_LENGTH = 200
const MAX_ECHO_LENGTH = 60
/** A search of more plain words than this that finds nothing is not tried word by word (one count each). */
const MAX_WORDS_TRIED = 8
const MAX_BUTTON_ECHO_LENGTH = 30
/** The last page a search goes on to: 50,000 results at 5 a page. */
const MAX_SEARCH_PAGE = 10_000

export const searchFeature = new Composer<BotContext>()

searchFeature.command('search', async (ctx) => {
  const words = ctx.match.trim().slice(0, MAX_QUERY_LENGTH)
  if (toFtsQuery(words) === null) {
    // No words at all get the usage; words that hold nothing to search for (<b>, a lone quote) are told so, as the archive
    // tells them, and so are words that only leave something out («-Лувр», NOT museum).
    await showHtml(ctx, words === '' ? ctx.t('search-usage') : unsearchableAnswer(ctx, words))
    return
  }
  const queryId = await keepSearchQuery(ctx.deps.db, ctx.chat.id, words, ctx.deps.clock.now())
  await showSearch(ctx, words, queryId, null)
})

/**
 * Why words that are not empty find nothing to search for: nothing but what to leave out, or no letters or figures.
 * `typed` is what the answer echoes and suggests to type again: all of it, a year or kind that narrowed `words` too.
 */
function unsearchableAnswer(ctx: BotContext, words: string, typed = words): string {
  const query = escapeHtml(truncateText(typed, MAX_ECHO_LENGTH))
  if (readSearchQuery(words).isLeavingOutOnly) return ctx.t('search-left-out-only', { query })
  // «и», «в на»: letters, but only words too common to find an item by; typing letters, as «<b>» is told, would not help.
  return isOnlyStopWords(words) ? ctx.t('search-common-words-only', { query }) : ctx.t('search-no-words', { query })
}

/** Whether the words are a day and nothing else («03.03.2025», "on 3 March 2025"). */
const isDateOnly = (words: string): boolean => takeTypedDay(words.trim().split(/[\s,]+/), 1) === 'alone'
/** Whether words typed alone are a month ("March 2026") rather than a day, for what the answer calls them. */
const isMonthOnly = (words: string): boolean => findTypedDate(words.trim().split(/[\s,]+/))?.day.length === 7

/** Plain text that named no country: offered as a search rather than left unanswered. */
searchFeature.chatType('private').on('message:text', async (ctx, next) => {
  const words = ctx.msg.text.trim().slice(0, MAX_QUERY_LENGTH)
  if (words.startsWith('/') || toFtsQuery(words) === null) return next()
  const queryId = await keepSearchQuery(ctx.deps.db, ctx.chat.id, words, ctx.deps.clock.now())
  const keyboard = new InlineKeyboard().text(ctx.t('search-button', { query: nestQuotes(truncateText(words, MAX_BUTTON_ECHO_LENGTH)) }), searchCodec.encode({ queryId }))
  await ctx.reply(ctx.t('search-offer'), { reply_markup: keyboard })
})

searchFeature.callbackQuery(searchCodec.filter, async (ctx) => {
  const data = searchCodec.decode(ctx.callbackQuery.data)
  const chatId = ctx.chat?.id
  const words = data && chatId !== undefined ? await findKeptText(ctx.deps.db, 'search', data.queryId, chatId) : null
  if (!data || chatId === undefined || words === null) {
    await answerExpiredButton(ctx)
    return
  }
  await keepSearchQuery(ctx.deps.db, chatId, words, ctx.deps.clock.now())
  const notice = await showSearch(ctx, words, data.queryId, data.step ?? null)
  await ctx.answerCallbackQuery(notice ? { text: notice } : undefined)
})

interface Results {
  page: ItemPage
  /** Counted up to COUNT_CAP + 1, or at least so many (a long start's walk: db/items.ts). */
  total: SearchCount
  pageNo: number
  /** How many pages: "3", or "201+" past the counted results while pages follow. */
  pages: string
  hasNext: boolean
  /** The button's item was gone, or nothing was left past it: the first page stands in. */
  isChanged: boolean
}

/** The first page that more than COUNT_CAP results come before. */
const FIRST_UNCOUNTED_PAGE = Math.ceil((COUNT_CAP + 1) / PAGE_SIZE) + 1

/**
 * A page of results, how many there are and where the page stands. Past COUNT_CAP the pages go on
 * uncounted (the spec's "all of them, paged") down to MAX_SEARCH_PAGE, their numbers carried by the
 * buttons that lead to them: counting the results before a deep page would read every candidate down to it.
 */
async function findResults(db: Db, match: SearchMatch, filter: ListFilter, step: SearchStep | null): Promise<Results | 'nothing' | 'too-deep'> {
  const isNarrowed = isFiltered(filter)
  const findPage = (req: PageRequest) => (isNarrowed ? searchFilteredItems(db, match, filter, req) : searchItems(db, match, req))
  const count = (cap: number, newerThan?: ItemCursor) => (isNarrowed ? countFilteredSearch(db, match, filter, cap, newerThan) : countSearchResults(db, match, cap, newerThan))
  const total = await count(COUNT_CAP + 1)
  if (total.count === 0) return 'nothing'
  const cursor = step ? await getItemCursor(db, step.cursorId) : null
  let page = await findPage({ limit: PAGE_SIZE, cursor, direction: step?.direction ?? 'older' })
  const isChanged = step !== null && (cursor === null || page.items.length === 0)
  if (page.items.length === 0 && cursor) page = await findPage({ limit: PAGE_SIZE })
  // Counting the results before a page costs what reading down to it does: no further than the total's count.
  const newer = page.hasNewer ? await count(COUNT_CAP + 1, page.items[0]) : { count: 0, isAtLeast: false }
  const counted = pagePosition(newer.count, page.items.length, total.count, PAGE_SIZE)
  const { pageCount } = counted
  // Where only some of the results before the page were counted, the button's number is the page's, if it is further.
  const pageNo = newer.count > COUNT_CAP ? Math.max(FIRST_UNCOUNTED_PAGE, step?.page ?? 0) : newer.isAtLeast ? Math.max(counted.pageNo, step?.page ?? 0) : counted.pageNo
  if (pageNo > MAX_SEARCH_PAGE) return 'too-deep'
  const hasNext = page.hasOlder && pageNo < MAX_SEARCH_PAGE
  const isCounted = total.count <= COUNT_CAP && !total.isAtLeast
  const pages = isCounted ? String(pageCount) : hasNext ? `${Math.max(Math.ceil(Math.min(total.count, COUNT_CAP) / PAGE_SIZE), pageNo + 1)}+` : String(pageNo)
  return { page, total, pageNo, pages, hasNext, isChanged }
}

/**
 * «большие театры России»: of several plain words that together find nothing, those that find nothing even alone are named,
 * with the search without them, where the answer said only to try fewer words. Operators, phrases and starts are left alone.
 */
async function wordsFindingNothing(ctx: BotContext, query: string): Promise<string> {
  const words = query.trim().split(/\s+/u)
  if (words.length < 2 || words.length > MAX_WORDS_TRIED || !words.every((word) => /^[\p{L}\p{N}-]+$/u.test(word) && !/^-|^(?:OR|NOT|AND)$/u.test(word))) return ''
  const missing: string[] = []
  for (const word of words) {
    const match = toFtsQuery(word)
    if (match !== null && (await countSearchResults(ctx.deps.db, match, 1)).count === 0) missing.push(word)
  }
  const rest = words.filter((word) => !missing.includes(word))
  if (missing.length === 0 || rest.length === 0) return ''
  const echo = (text: string) => escapeHtml(nestQuotes(truncateText(text, MAX_ECHO_LENGTH)))
  return `\n${ctx.t('search-nothing-words', { words: echo(missing.join(' ')), command: echo(`/search ${rest.join(' ')}`) })}`
}

/**
 * «/search Россия 2030», "museum 1900": a year the lists do not narrow by was searched as a word («Стратегия 2030» may hold it);
 * finding nothing, the answer says so, with the years they take, where it only said to try fewer or shorter words.
 */
function yearOutOfRangeNote(ctx: BotContext, query: string, typed: string): string {
  const now = ctx.deps.clock.now()
  const year = query.split(/\s+/u).find((word) => isYearOutOfRange(word, now))
  if (year === undefined) return ''
  const { first, last } = listYears(now)
  return `\n${ctx.t('search-year-out-of-range', { year, first: String(first), last: String(last), example: escapeHtml(typed.replace(year, String(now.getUTCFullYear()))) })}`
}

/** Shows a page of a search (or that nothing matches); returns a notice for a button whose place in the results is gone. */
async function showSearch(ctx: BotContext, words: string, queryId: number, step: SearchStep | null): Promise<string | undefined> {
  const db = ctx.deps.db
  // Years and kinds at either end narrow the results (/search театр 2024 соглашения).
  const { query, filter } = splitListFilter(words, topicNamesOf(ctx), await ctx.countryIndex(), ctx.deps.clock.now())
  const match = toFtsQuery(query)
  const echo = escapeHtml(nestQuotes(truncateText(query, MAX_ECHO_LENGTH)))
  const results = match === null ? 'nothing' : await findResults(db, match, filter, step)
  if (results === 'too-deep') return ctx.t('button-expired')
  const lang = await currentLang(ctx)
  const narrowed = { query: echo, filter: isFiltered(filter) ? ` · ${filterLabel(filter, ctx.t, lang)}` : '' }
  // Words, phrases or alternatives joined by OR past the bounds were not searched (readSearchQuery): the reply says so, under its header.
  const cut = unsearchedNotes(match).map(({ key, count }) => `\n${ctx.t(key, { count })}`).join('')
  if (results === 'nothing') {
    // «-музей 2024»: the year narrows, and what is left only leaves a word out; the answer keeps the year (/search выставка -музей 2024).
    // A day alone (/search 03.03.2025) leaves no word to narrow: said so, with what to type.
    // «the of», «и в на»: only common words, which fewer or shorter words would not help: said so, with what to add.
    const nothing =
      match === null && query.trim() !== '' ? unsearchableAnswer(ctx, query, words) : isOnlyStopWords(query) ? ctx.t('search-common-words-only', { query: echo }) : isDateOnly(query) ? ctx.t('search-date-only', { query: echo, span: isMonthOnly(query) ? 'month' : 'day' }) : ctx.t('search-nothing', narrowed) + cut + (await wordsFindingNothing(ctx, query)) + yearOutOfRangeNote(ctx, query, words)
    await showHtml(ctx, nothing)
    return step ? ctx.t('list-changed') : undefined
  }
  const { page, total, pageNo, pages, hasNext, isChanged } = results
  const header = withArchiveLink(
    (total.count > COUNT_CAP
      ? ctx.t('search-header-many', { ...narrowed, count: COUNT_CAP })
      : total.isAtLeast
        ? ctx.t('search-header-at-least', { ...narrowed, count: total.count })
        : ctx.t('search-header', { ...narrowed, count: total.count })) + cut,
    { publicUrl: ctx.deps.config.publicUrl, path: `/search?q=${encodeURIComponent(query)}`, lang, filter },
    ctx.t.bind(ctx),
  )
  const footer = page.hasNewer || hasNext ? ctx.t('list-page-of', { page: pageNo, pages }) : undefined
  const text = renderItemPage({ header, items: page.items, showLead: await chatShowsLead(ctx), ...(footer ? { footer } : {}) }, lang, ctx.t.bind(ctx))
  const steps = pageSteps(page)
  const keyboard = pagerKeyboard(
    steps.newer && searchCodec.encode({ queryId, step: { ...steps.newer, page: pageNo - 1 } }),
    hasNext && steps.older ? searchCodec.encode({ queryId, step: { ...steps.older, page: pageNo + 1 } }) : null,
  )
  await showHtml(ctx, text, keyboard)
  return isChanged ? ctx.t('list-changed') : undefined
}
