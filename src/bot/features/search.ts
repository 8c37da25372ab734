import { Composer, InlineKeyboard } from 'grammy'
import { toFtsQuery } from '../../db/fts-query.js'
import type { Db } from '../../db/database.js'
import { countSearchResults, getSearchQuery, type ItemView, pruneSearchQueries, saveSearchQuery, searchItems } from '../../db/items.js'
import { countFilteredSearch, isFiltered, type ListFilter, searchFilteredItems } from '../../db/list-filters.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { escapeHtml } from '../../telegram/escape.js'
import { renderItemPage } from '../../telegram/item-list.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { MAX_SEARCH_PAGE, searchCodec } from '../keyboards/search.js'
import { filterLabel, splitListFilter } from '../list-filter.js'
import { answerExpiredButton, chatShowsLead, showHtml } from '../respond.js'
import { topicNamesOf } from '../topics.js'

const PAGE_SIZE = 5
/** Counting stops here ("1000+ results"): a common word would otherwise count half the archive. */
const COUNT_CAP = 1000
const MAX_QUERY_LENGTH = 200
const MAX_ECHO_LENGTH = 60
const MAX_BUTTON_ECHO_LENGTH = 30
/** Page buttons of a search older than this stop working (their saved words are pruned). */
const SAVED_QUERY_DAYS = 30

export const searchFeature = new Composer<BotContext>()

searchFeature.command('search', async (ctx) => {
  const words = ctx.match.trim().slice(0, MAX_QUERY_LENGTH)
  if (toFtsQuery(words) === null) {
    await showHtml(ctx, ctx.t('search-usage'))
    return
  }
  const now = ctx.deps.clock.now()
  await pruneSearchQueries(ctx.deps.db, new Date(now.getTime() - SAVED_QUERY_DAYS * 86_400_000))
  const queryId = await saveSearchQuery(ctx.deps.db, words, now)
  await showSearch(ctx, words, queryId, 1)
})

/** Plain text that named no country: offered as a search rather than left unanswered. */
searchFeature.chatType('private').on('message:text', async (ctx, next) => {
  const words = ctx.msg.text.trim().slice(0, MAX_QUERY_LENGTH)
  if (words.startsWith('/') || toFtsQuery(words) === null) return next()
  const queryId = await saveSearchQuery(ctx.deps.db, words, ctx.deps.clock.now())
  const keyboard = new InlineKeyboard().text(ctx.t('search-button', { query: truncateText(words, MAX_BUTTON_ECHO_LENGTH) }), searchCodec.encode({ queryId, pageNo: 1 }))
  await ctx.reply(ctx.t('search-offer'), { reply_markup: keyboard })
})

searchFeature.callbackQuery(searchCodec.filter, async (ctx) => {
  const data = searchCodec.decode(ctx.callbackQuery.data)
  const words = data ? await getSearchQuery(ctx.deps.db, data.queryId) : null
  if (!data || words === null) {
    await answerExpiredButton(ctx)
    return
  }
  await saveSearchQuery(ctx.deps.db, words, ctx.deps.clock.now())
  await showSearch(ctx, words, data.queryId, data.pageNo)
  await ctx.answerCallbackQuery()
})

interface Results {
  items: ItemView[]
  /** Counted up to COUNT_CAP + 1. */
  total: number
  /** The pages the counted results fill (the first COUNT_CAP). */
  countedPages: number
  current: number
  hasNext: boolean
}

/**
 * A page of results and how many there are. Past COUNT_CAP the pages go on uncounted (the spec's
 * "all of them, paged"): each asks for one item more than it shows, to know whether one follows.
 */
async function findResults(db: Db, match: string, filter: ListFilter, pageNo: number): Promise<Results> {
  const isNarrowed = isFiltered(filter)
  const total = isNarrowed ? await countFilteredSearch(db, match, filter, COUNT_CAP + 1) : await countSearchResults(db, match, COUNT_CAP + 1)
  if (total === 0) return { items: [], total, countedPages: 0, current: 1, hasNext: false }
  const countedPages = Math.ceil(Math.min(total, COUNT_CAP) / PAGE_SIZE)
  const read = async (current: number) => {
    const page = { limit: PAGE_SIZE + 1, offset: (current - 1) * PAGE_SIZE }
    const found = isNarrowed ? await searchFilteredItems(db, match, filter, page) : await searchItems(db, match, page)
    return { items: found.slice(0, PAGE_SIZE), total, countedPages, current, hasNext: found.length > PAGE_SIZE && current < MAX_SEARCH_PAGE }
  }
  if (total <= COUNT_CAP) return read(Math.min(pageNo, countedPages))
  const results = await read(pageNo)
  // A button from before the results shrank: the last counted page stands in.
  return results.items.length > 0 ? results : read(countedPages)
}

async function showSearch(ctx: BotContext, words: string, queryId: number, pageNo: number): Promise<void> {
  const db = ctx.deps.db
  // Years and kinds at either end narrow the results (/search театр 2024 соглашения).
  const { query, filter } = splitListFilter(words, topicNamesOf(ctx), await ctx.countryIndex(), ctx.deps.clock.now())
  const match = toFtsQuery(query)
  const echo = escapeHtml(truncateText(query, MAX_ECHO_LENGTH))
  const { items, total, countedPages: pageCount, current, hasNext } = match === null ? { items: [], total: 0, countedPages: 0, current: 1, hasNext: false } : await findResults(db, match, filter, pageNo)
  const narrowed = { query: echo, filter: isFiltered(filter) ? ` · ${filterLabel(filter, ctx.t)}` : '' }
  if (total === 0) {
    await showHtml(ctx, ctx.t('search-nothing', narrowed))
    return
  }
  // Uncounted past COUNT_CAP: "of 200+" while pages follow, the page's own number on the last.
  const pages = total <= COUNT_CAP ? String(pageCount) : hasNext ? `${Math.max(pageCount, current + 1)}+` : String(current)
  const lang = await currentLang(ctx)
  const header = withArchiveLink(
    total > COUNT_CAP ? ctx.t('search-header-many', { ...narrowed, count: COUNT_CAP }) : ctx.t('search-header', { ...narrowed, count: total }),
    { publicUrl: ctx.deps.config.publicUrl, path: `/search?q=${encodeURIComponent(query)}`, lang, filter },
    ctx.t.bind(ctx),
  )
  const footer = pageCount > 1 ? ctx.t('list-page-of', { page: current, pages }) : undefined
  const text = renderItemPage({ header, items, showLead: await chatShowsLead(ctx), ...(footer ? { footer } : {}) }, lang, ctx.t.bind(ctx))
  const keyboard = new InlineKeyboard()
  if (current > 1) keyboard.text('◀', searchCodec.encode({ queryId, pageNo: current - 1 }))
  if (hasNext) keyboard.text('▶', searchCodec.encode({ queryId, pageNo: current + 1 }))
  await showHtml(ctx, text, pageCount > 1 ? keyboard : undefined)
}
