import { Composer, InlineKeyboard } from 'grammy'
import type { Lang } from '../../../classify/types.js'
import { countSources, findSourceBrief, isUnlistedFileSource, listSourceHealth, removeSource, type SourceHealth, setSourceEnabled, sourceIndex } from '../../../db/source-admin.js'
import { getBackfill, requestBackfill } from '../../../db/backfill.js'
import { getSourceById } from '../../../db/sources.js'
import { DEFAULT_BACKFILL_YEARS, defaultSince } from '../../../ingest/backfill-since.js'
import { namesWebHost, withDefaultScheme, withoutCredentials, withoutTypedCredentials } from '../../../url.js'
import { renderHistoryMessage } from '../../backfill-worker.js'
import { ADD_SOURCE_CONVERSATION } from '../../conversations/add-source.js'
import type { BotContext } from '../../context.js'
import { settleSuggestionsAndTell } from './shared.js'
import { renderSourceProblem } from '../../source-problem.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { formatDateTime, formatItemDate } from '../../../telegram/item-card.js'
import { truncateText } from '../../../telegram/length.js'
import type { Translate } from '../../../telegram/translate.js'
import { sourceCodec } from './callback-data.js'
import { currentLang } from '../../i18n/i18n.js'
import { answerExpiredButton, editMessage, keyboardOptions } from '../../respond.js'

const PAGE_SIZE = 5
const HEALTH_WINDOW_DAYS = 7
const DAY_MS = 86_400_000
/** A source's name as /sources shows it, in the list and in its buttons' answers (which Telegram holds to 200 characters). */
const NAME_CHARS = 80

const shownName = (name: string): string => truncateText(name, NAME_CHARS)

function renderSource(s: SourceHealth, n: number, lang: Lang, t: Translate): string {
  const state = !s.isEnabled
    ? t('admin-source-paused')
    : s.consecutiveFailures > 0
      ? t('admin-source-failing')
      : s.lastSuccessAt === null
        ? t('admin-source-not-polled')
        : t('admin-source-ok')
  const lines = [
    `<b>${n}. ${escapeHtml(shownName(s.name))}</b> ${state}`,
    // A user name or password the sources file or an import gave stays out of what every admin sees.
    `${t(`admin-source-type-${s.type}`)} · <code>${escapeHtml(truncateText(withoutCredentials(s.url), 120))}</code>`,
    t('admin-source-health', {
      success: s.lastSuccessAt ? formatDateTime(s.lastSuccessAt, lang) : t('admin-never'),
      items: s.recentItems,
      days: HEALTH_WINDOW_DAYS,
    }),
  ]
  if (s.lastError && s.consecutiveFailures > 0) {
    lines.push(t('admin-source-error', { error: renderSourceProblem(s.lastError, t, 160), count: s.consecutiveFailures, at: s.lastErrorAt ? formatDateTime(s.lastErrorAt, lang) : '—' }))
  }
  if (s.history) lines.push(t(`admin-source-history-${s.history.state}`, { reached: s.history.reachedAt ? formatItemDate(s.history.reachedAt, lang) : '—' }))
  return lines.join('\n')
}

async function renderPage(ctx: BotContext, requestedPage: number): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const { db, clock } = ctx.deps
  const total = await countSources(db)
  if (total === 0) return { text: ctx.t('admin-sources-empty'), keyboard: new InlineKeyboard() }
  const pages = Math.ceil(total / PAGE_SIZE)
  const page = Math.min(requestedPage, pages - 1)
  const sources = await listSourceHealth(db, { since: new Date(clock.now().getTime() - HEALTH_WINDOW_DAYS * DAY_MS), offset: page * PAGE_SIZE, limit: PAGE_SIZE })
  const lang = await currentLang(ctx)
  const keyboard = new InlineKeyboard()
  const blocks = sources.map((s, i) => {
    const n = page * PAGE_SIZE + i + 1
    keyboard
      .text(s.isEnabled ? ctx.t('admin-button-pause', { n }) : ctx.t('admin-button-resume', { n }), sourceCodec.encode({ action: s.isEnabled ? 'pause' : 'resume', sourceId: s.id, page }))
      .text(ctx.t('admin-button-remove', { n }), sourceCodec.encode({ action: 'remove', sourceId: s.id, page }))
      .text(ctx.t('admin-button-history', { n }), sourceCodec.encode({ action: 'history', sourceId: s.id, page }))
      .row()
    return renderSource(s, n, lang, ctx.t)
  })
  if (pages > 1) {
    if (page > 0) keyboard.text('◀', sourceCodec.encode({ action: 'page', page: page - 1 }))
    keyboard.text(`${page + 1} / ${pages}`, sourceCodec.encode({ action: 'page', page }))
    if (page + 1 < pages) keyboard.text('▶', sourceCodec.encode({ action: 'page', page: page + 1 }))
  }
  return { text: [ctx.t('admin-sources-header', { total }), ...blocks, ctx.t('admin-sources-history-hint', { years: DEFAULT_BACKFILL_YEARS })].join('\n\n'), keyboard }
}

async function showPage(ctx: BotContext, page: number, isEdit: boolean): Promise<void> {
  const { text, keyboard } = await renderPage(ctx, page)
  const options = keyboardOptions(keyboard)
  if (isEdit) await editMessage(ctx, text, options)
  else await ctx.reply(text, options)
}

/** A walk started elsewhere is taken for running while it stored a page this recently. */
const BUSY_ELSEWHERE_MS = 2 * 60_000

/**
 * "Load history": a new message shows the walk's progress; the running bot's backfill worker
 * carries it out (going on where an earlier walk of the source stopped).
 */
async function loadHistory(ctx: BotContext, sourceId: number, page: number): Promise<void> {
  const { db, clock } = ctx.deps
  // A removed file source keeps its row (and its items) but is gone from /sources: an old 📜 button finds nothing.
  const source = (await findSourceBrief(db, sourceId)) && (await getSourceById(db, sourceId))
  if (!source) {
    await ctx.answerCallbackQuery({ text: ctx.t('admin-source-gone'), show_alert: true })
    await showPage(ctx, page, true)
    return
  }
  const now = clock.now()
  const current = await getBackfill(db, source.id)
  if (current?.state === 'running' && (current.progressMessage || now.getTime() - current.updatedAt.getTime() < BUSY_ELSEWHERE_MS)) {
    await ctx.answerCallbackQuery({ text: ctx.t(current.progressMessage ? 'admin-history-busy' : 'admin-history-busy-cli', { name: shownName(source.name) }), show_alert: true })
    return
  }
  await ctx.answerCallbackQuery({ text: ctx.t('admin-history-started-toast', { name: shownName(source.name) }) })
  const lang = await currentLang(ctx)
  const since = defaultSince(now)
  const view = { name: source.name, phase: 'starting' as const, since, reachedAt: null, counts: { pages: 0, items: 0, new: 0, relevant: 0, flagged: 0 } }
  const sent = await ctx.reply(renderHistoryMessage(view, lang, ctx.t))
  await requestBackfill(db, { sourceId: source.id, since, now, progressMessage: { adminId: ctx.from!.id, chatId: sent.chat.id, messageId: sent.message_id, lang } })
}

/**
 * A source the file no longer lists is guarded as one added in chat once resumed, so the guard decides the resume, as
 * /addsource's check of a removed one does: refused, it stays paused and the admin is told (rather than its polls failing).
 */
async function mayResume(ctx: BotContext, sourceId: number): Promise<boolean> {
  const { db, config, resolver } = ctx.deps
  if (config.allowPrivateAddresses || !(await isUnlistedFileSource(db, sourceId))) return true
  const source = await getSourceById(db, sourceId)
  if (!source) return true
  const { checkUrlAddress } = await import('../../../ingest/address-guard.js')
  const checked = await checkUrlAddress(source.url, { allowPrivate: false, resolver })
  if (checked.ok || checked.reason !== 'blocked') return true
  await ctx.answerCallbackQuery({ text: ctx.t('admin-source-resume-blocked', { name: truncateText(source.name, 30) }), show_alert: true })
  return false
}

/** /sources with health and pause / resume / remove / load history, and /addsource. */
export const sourcesComposer = new Composer<BotContext>()

sourcesComposer.command('sources', async (ctx) => showPage(ctx, 0, false))

sourcesComposer.command('addsource', async (ctx) => {
  // One address: words after it (a name, a comment) are said to be left out, not read into the address.
  const [typed = '', ...rest] = ctx.match.trim().split(/\s+/)
  if (!typed) {
    await ctx.reply(ctx.t('admin-addsource-usage'))
    return
  }
  if (!namesWebHost(typed)) {
    await ctx.reply(ctx.t('admin-addsource-not-web-address', { typed: escapeHtml(truncateText(typed, 100)) }))
    return
  }
  // Refused before the dialogue starts, so the password is stored nowhere, not even in the dialogue's state.
  const { address, hasCredentials } = withoutTypedCredentials(typed)
  if (hasCredentials) {
    await ctx.reply(ctx.t('admin-addsource-credentials', { url: escapeHtml(truncateText(withDefaultScheme(address), 200)) }))
    return
  }
  const url = withDefaultScheme(typed)
  if (rest.length > 0) await ctx.reply(ctx.t('admin-addsource-left-out', { url: escapeHtml(truncateText(url, 200)), words: escapeHtml(truncateText(rest.join(' '), 100)) }))
  await ctx.conversation.enter(ADD_SOURCE_CONVERSATION, { adminId: ctx.from!.id, url })
})

sourcesComposer.callbackQuery(sourceCodec.filter, async (ctx) => {
  const action = sourceCodec.decode(ctx.callbackQuery.data)
  if (!action) {
    await answerExpiredButton(ctx)
    return
  }
  const { db, clock } = ctx.deps
  if (action.action === 'page') {
    await ctx.answerCallbackQuery()
    await showPage(ctx, action.page, true)
    return
  }
  if (action.action === 'open') {
    // Under a notice, which stays: what failed and why is read beside the list (a source removed since opens the first page).
    await ctx.answerCallbackQuery()
    const index = await sourceIndex(db, action.sourceId)
    await showPage(ctx, index === null ? 0 : Math.floor(index / PAGE_SIZE), false)
    return
  }
  if (action.action === 'history') {
    await loadHistory(ctx, action.sourceId, action.page)
    return
  }
  if (action.action === 'remove') {
    const source = await findSourceBrief(db, action.sourceId)
    if (!source) {
      await ctx.answerCallbackQuery({ text: ctx.t('admin-source-gone'), show_alert: true })
      await showPage(ctx, action.page, true)
      return
    }
    await ctx.answerCallbackQuery()
    const warning = source.origin === 'file' ? `\n${ctx.t('admin-source-remove-file-warning')}` : ''
    await editMessage(ctx, `${ctx.t('admin-source-remove-confirm', { name: escapeHtml(shownName(source.name)) })}${warning}`, {
      reply_markup: new InlineKeyboard().text(ctx.t('admin-button-confirm-remove'), sourceCodec.encode({ action: 'confirm-remove', sourceId: source.id, page: action.page })).text(ctx.t('admin-button-back'), sourceCodec.encode({ action: 'page', page: action.page })),
    })
    return
  }
  if (action.action === 'resume' && !(await mayResume(ctx, action.sourceId))) return
  const input = { sourceId: action.sourceId, adminId: ctx.from.id, now: clock.now() }
  const result =
    action.action === 'confirm-remove' ? await removeSource(db, input) : await setSourceEnabled(db, { ...input, isEnabled: action.action === 'resume' })
  if (!result.ok && result.reason === 'not-found' && action.action === 'confirm-remove') {
    // Removed already (a double tap, or another admin first; one an admin added leaves no row to name): what was asked is done.
    await ctx.answerCallbackQuery({ text: ctx.t('admin-source-already-removed-unnamed') })
  } else if (!result.ok && result.reason === 'not-found') {
    await ctx.answerCallbackQuery({ text: ctx.t('admin-source-gone'), show_alert: true })
  } else if (!result.ok) {
    // A double tap, or another admin's press first: said in passing, as the page redrawn below shows it.
    const key = action.action === 'confirm-remove' ? 'admin-source-already-removed' : action.action === 'resume' ? 'admin-source-already-resumed' : 'admin-source-already-paused'
    await ctx.answerCallbackQuery({ text: ctx.t(key, { name: shownName(result.name) }) })
  } else {
    const key = action.action === 'confirm-remove' ? 'admin-source-removed' : action.action === 'pause' ? 'admin-source-paused-toast' : 'admin-source-resumed-toast'
    await ctx.answerCallbackQuery({ text: ctx.t(key, { name: shownName(result.name) }) })
    // Whoever suggested the source while it was paused hears that it is watched now, as when an admin adds one.
    if (action.action === 'resume') await settleSuggestionsAndTell(ctx, { url: result.url, name: result.name, adminId: ctx.from.id }, 'suggest-added')
  }
  const index = action.action === 'confirm-remove' ? null : await sourceIndex(db, action.sourceId)
  await showPage(ctx, index === null ? action.page : Math.floor(index / PAGE_SIZE), true)
})
