import { Composer, InlineKeyboard } from 'grammy'
import { toFtsQuery } from '../../db/fts-query.js'
import { countSearchResults, getSearchQuery, pruneSearchQueries, saveSearchQuery, searchItems } from '../../db/items.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { escapeHtml } from '../../telegram/escape.js'
import { renderItemPage } from '../../telegram/item-list.js'
import { truncateText } from '../../telegram/length.js'
import { currentLang } from '../i18n/i18n.js'
import { searchCodec } from '../keyboards/search.js'
import { answerExpiredButton, showHtml } from '../respond.js'

const PAGE_SIZE = 5
/** Counting stops here ("1000+ results"): a common word would otherwise count half the archive. */
const COUNT_CAP = 1000
const MAX_QUERY_LENGTH = 200
const MAX_ECHO_LENGTH = 60
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

async function showSearch(ctx: BotContext, words: string, queryId: number, pageNo: number): Promise<void> {
  const db = ctx.deps.db
  const match = toFtsQuery(words)
  const echo = escapeHtml(truncateText(words, MAX_ECHO_LENGTH))
  const total = match === null ? 0 : await countSearchResults(db, match, COUNT_CAP + 1)
  if (match === null || total === 0) {
    await showHtml(ctx, ctx.t('search-nothing', { query: echo }))
    return
  }
  const pageCount = Math.ceil(Math.min(total, COUNT_CAP) / PAGE_SIZE)
  const current = Math.min(pageNo, pageCount)
  const items = await searchItems(db, match, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE })
  const counted = total > COUNT_CAP ? ctx.t('search-header-many', { query: echo, count: COUNT_CAP }) : ctx.t('search-header', { query: echo, count: total })
  const lang = await currentLang(ctx)
  const header = withArchiveLink(counted, { publicUrl: ctx.deps.config.publicUrl, path: `/search?q=${encodeURIComponent(words)}`, lang }, ctx.t.bind(ctx))
  const footer = pageCount > 1 ? ctx.t('list-page-of', { page: current, pages: pageCount }) : undefined
  const text = renderItemPage({ header, items, ...(footer ? { footer } : {}) }, lang, ctx.t.bind(ctx))
  const keyboard = new InlineKeyboard()
  if (current > 1) keyboard.text('◀', searchCodec.encode({ queryId, pageNo: current - 1 }))
  if (current < pageCount) keyboard.text('▶', searchCodec.encode({ queryId, pageNo: current + 1 }))
  await showHtml(ctx, text, pageCount > 1 ? keyboard : undefined)
}
