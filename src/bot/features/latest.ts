import { Composer } from 'grammy'
import { findLatestItems, getItemCursor } from '../../db/items.js'
import type { BotContext } from '../context.js'
import { withArchiveLink } from '../../telegram/archive-link.js'
import { renderListMessage } from '../../telegram/list-message.js'
import { currentLang } from '../i18n/i18n.js'
import { latestCodec } from '../keyboards/latest.js'
import { type PageStep, pageSteps, pagerKeyboard } from '../keyboards/pager.js'
import { answerExpiredButton, showHtml } from '../respond.js'

const PAGE_SIZE = 5

export const latestFeature = new Composer<BotContext>()

latestFeature.command('latest', async (ctx) => {
  await showLatest(ctx, null)
})

latestFeature.callbackQuery(latestCodec.filter, async (ctx) => {
  const step = latestCodec.decode(ctx.callbackQuery.data)
  if (!step) {
    await answerExpiredButton(ctx)
    return
  }
  const notice = await showLatest(ctx, step)
  await ctx.answerCallbackQuery(notice ? { text: notice } : undefined)
})

/** Shows a page of the newest items; returns a notice when the button's place in the list is gone. */
async function showLatest(ctx: BotContext, step: PageStep | null): Promise<string | undefined> {
  const db = ctx.deps.db
  const cursor = step ? await getItemCursor(db, step.cursorId) : null
  let notice = step && !cursor ? ctx.t('list-changed') : undefined
  let page = await findLatestItems(db, { limit: PAGE_SIZE, cursor, direction: step?.direction ?? 'older' })
  if (page.items.length === 0 && cursor) {
    notice = ctx.t('list-changed')
    page = await findLatestItems(db, { limit: PAGE_SIZE })
  }
  if (page.items.length === 0) {
    await showHtml(ctx, ctx.t('latest-empty'))
    return notice
  }
  const pageNo = !page.hasNewer ? 1 : (step?.pageNo ?? 1)
  const lang = await currentLang(ctx)
  const header = withArchiveLink(ctx.t('latest-header'), { publicUrl: ctx.deps.config.publicUrl, path: '/', lang }, ctx.t.bind(ctx))
  const text = renderListMessage({ header, page, pageNo, pageCount: null }, lang, ctx.t.bind(ctx))
  const steps = pageSteps(page, pageNo)
  await showHtml(ctx, text, pagerKeyboard(steps.newer && latestCodec.encode(steps.newer), steps.older && latestCodec.encode(steps.older)))
  return notice
}
