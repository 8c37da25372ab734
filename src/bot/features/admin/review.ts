import { Composer, InlineKeyboard } from 'grammy'
import { EDIT_KIND_CONVERSATION } from '../../conversations/edit-kind.js'
import { EDIT_PARTNERS_CONVERSATION } from '../../conversations/edit-partners.js'
import { type AuditPage, listAudit } from '../../../db/audit.js'
import { getItemsByIds } from '../../../db/items.js'
import { approveItem, type CurationResult, findNextFlagged, isRepeatedDecision, type LabelSnapshot, rejectItem, undoAction } from '../../../db/review.js'
import type { BotContext } from '../../context.js'
import { renderTitleLink } from '../../../telegram/item-card.js'
import { reviewCodec } from './callback-data.js'
import { type HistoryPosition, renderHistory, renderLabels, renderRuledCopies } from './render.js'
import { currentLang } from '../../i18n/i18n.js'
import { type PageStep, pagePosition } from '../../keyboards/pager.js'
import { answerExpiredButton, editMessage, keyboardOptions, removePressedButton } from '../../respond.js'
import { adminNames, curationAlerts, drawReviewCard, forgetPressedReviewCard, loadReviewCard, sendReviewCard } from './shared.js'

const HISTORY_PAGE_SIZE = 8
/** `/review history` in the three interface languages. */
const HISTORY_WORDS = new Set(['history', 'история', 'тарих', 'журнал'])

/** The review queue: /review, its buttons, and /review history with undo. */
export const reviewComposer = new Composer<BotContext>()

async function sendNext(ctx: BotContext, afterId?: number): Promise<void> {
  const nextId = await findNextFlagged(ctx.deps.db, afterId)
  const card = nextId === null ? null : await loadReviewCard(ctx, nextId)
  if (nextId === null || !card) {
    await ctx.reply(ctx.t('admin-review-empty'))
    return
  }
  await sendReviewCard(ctx, nextId, card)
}

/** Shows a page of `/review history`; returns a notice when the button's place was gone (a forged one). */
async function showHistory(ctx: BotContext, step: PageStep | null, isEdit: boolean): Promise<string | undefined> {
  const read = (at: PageStep | null) => listAudit<LabelSnapshot>(ctx.deps.db, { limit: HISTORY_PAGE_SIZE, cursor: at && { direction: at.direction, id: at.cursorId }, itemsOnly: true })
  let page = await read(step)
  let notice: string | undefined
  if (step && page.entries.length === 0) {
    notice = ctx.t('list-changed')
    page = await read(null)
  }
  const { entries } = page
  const ids = [...new Set(entries.flatMap((e) => (e.articleId === null ? [] : [e.articleId])))]
  const titles = new Map((await getItemsByIds(ctx.deps.db, ids)).map((i) => [i.id, i.title]))
  const names = await adminNames(ctx, entries.map((e) => e.adminId))
  const lines = entries.map((entry) => ({ entry, title: entry.articleId === null ? null : (titles.get(entry.articleId) ?? null), adminName: names.get(entry.adminId) ?? String(entry.adminId) }))
  const { text, keyboard } = renderHistory(lines, historyPosition(page), await currentLang(ctx), ctx.t)
  const options = keyboardOptions(keyboard)
  if (isEdit) await editMessage(ctx, text, options)
  else await ctx.reply(text, options)
  return notice
}

function historyPosition({ entries, total, newerCount }: AuditPage): HistoryPosition {
  const first = entries[0]
  const last = entries.at(-1)
  const { pageNo, pageCount } = pagePosition(newerCount, entries.length, total, HISTORY_PAGE_SIZE)
  return {
    anchor: first?.id ?? 0,
    pageNo,
    pageCount,
    newer: first && newerCount > 0 ? { direction: 'newer', cursorId: first.id } : null,
    older: last && newerCount + entries.length < total ? { direction: 'older', cursorId: last.id } : null,
  }
}

/**
 * Redraws the message an Undo was pressed under, so that the action undone offers it no more: its
 * `/review history` page, the same lines (`page`: the page's newest entry; the undo itself is a
 * newer entry, one ◀ away, so undoing line after line moves none of them), or, under a
 * confirmation (or a history page sent before pages were anchored), the message without the
 * pressed button.
 */
async function redrawUndone(ctx: BotContext, page: number | undefined): Promise<void> {
  if (page === undefined) await removePressedButton(ctx)
  else await showHistory(ctx, page === 0 ? null : { direction: 'older', cursorId: page + 1 }, true)
}

/** Why an approve or reject did nothing, as the button's answer. */
async function answerRefusal(ctx: BotContext, result: Extract<CurationResult, { ok: false }>): Promise<void> {
  const text =
    result.reason === 'not-flagged'
      ? ctx.t('admin-review-not-flagged', { status: ctx.t(`admin-status-${result.status ?? 'published'}`) })
      : ctx.t(`admin-review-refused-${result.reason}`)
  await ctx.answerCallbackQuery({ text, show_alert: true })
}

reviewComposer.command('review', async (ctx) => {
  if (HISTORY_WORDS.has(ctx.match.trim().toLowerCase())) await showHistory(ctx, null, false)
  else await sendNext(ctx)
})

reviewComposer.callbackQuery(reviewCodec.filter, async (ctx) => {
  const action = reviewCodec.decode(ctx.callbackQuery.data)
  if (!action) {
    await answerExpiredButton(ctx)
    return
  }
  const { db, clock } = ctx.deps
  const adminId = ctx.from.id
  switch (action.action) {
    case 'next':
      await ctx.answerCallbackQuery()
      await sendNext(ctx)
      return
    case 'history': {
      const notice = await showHistory(ctx, action.step, true)
      await ctx.answerCallbackQuery(notice ? { text: notice } : undefined)
      return
    }
    case 'skip': {
      const nextId = await findNextFlagged(db, action.articleId)
      if (nextId === action.articleId) {
        await ctx.answerCallbackQuery({ text: ctx.t('admin-review-only-one') })
        return
      }
      await ctx.answerCallbackQuery()
      const card = nextId === null ? null : await loadReviewCard(ctx, nextId)
      if (nextId !== null && card) await drawReviewCard(ctx, nextId, card)
      else {
        await forgetPressedReviewCard(ctx)
        await editMessage(ctx, ctx.t('admin-review-empty'))
      }
      return
    }
    case 'partners':
    case 'kind':
      await ctx.answerCallbackQuery()
      await ctx.conversation.enter(action.action === 'partners' ? EDIT_PARTNERS_CONVERSATION : EDIT_KIND_CONVERSATION, { adminId, articleId: action.articleId, cardMessageId: ctx.callbackQuery.message?.message_id })
      return
    case 'approve':
    case 'reject': {
      const input = { articleId: action.articleId, adminId, now: clock.now(), expectedRevision: action.revision }
      const result = action.action === 'approve' ? await approveItem(db, input, curationAlerts(ctx)) : await rejectItem(db, input)
      if (!result.ok && result.reason === 'not-flagged' && (await isRepeatedDecision(db, { ...input, action: action.action }))) {
        // A double tap: the first press decided and drew the confirmation with its Undo, which a redraw would take away.
        await ctx.answerCallbackQuery({ text: ctx.t('admin-review-not-flagged', { status: ctx.t(`admin-status-${result.status ?? 'published'}`) }) })
        return
      }
      if (!result.ok && (result.reason === 'changed' || result.reason === 'not-flagged')) {
        // Another admin acted on the item since this card was made: the card shows it as it stands, to decide again
        // (or, decided, with no Approve or Reject left to press).
        await answerRefusal(ctx, result)
        const card = await loadReviewCard(ctx, action.articleId)
        if (card) await drawReviewCard(ctx, action.articleId, card)
        return
      }
      if (!result.ok) {
        await answerRefusal(ctx, result)
        return
      }
      if (action.action === 'approve') ctx.deps.metrics.itemsPublished.inc()
      const [item] = await getItemsByIds(db, [action.articleId])
      const done = action.action === 'approve' ? ctx.t('admin-approved', { alerts: result.alertsQueued }) : ctx.t('admin-rejected')
      await ctx.answerCallbackQuery({ text: done.replace(/<[^>]+>/g, '') })
      // An approval rules the story even when it leaves the labels as they were: the admin is told, as its copies' alerts change with it.
      const lines = [done, ...renderRuledCopies(result.ruledCopies, ctx.t), item ? renderTitleLink(item.title, item.url, 120) : '']
      await forgetPressedReviewCard(ctx)
      await editMessage(ctx, lines.join('\n').trim(), {
        reply_markup: new InlineKeyboard().text(ctx.t('admin-button-undo'), reviewCodec.encode({ action: 'undo', auditId: result.auditId })),
      })
      await sendNext(ctx, action.articleId)
      return
    }
    case 'undo': {
      const result = await undoAction(db, { auditId: action.auditId, adminId, now: clock.now() }, curationAlerts(ctx))
      if (!result.ok) {
        await ctx.answerCallbackQuery({ text: ctx.t(`admin-undo-refused-${result.reason}`), show_alert: true })
        // Undone from another message or by another admin: this one stops offering it too.
        if (result.reason === 'already-undone') await redrawUndone(ctx, action.page)
        return
      }
      await ctx.answerCallbackQuery({ text: ctx.t('admin-undone-toast') })
      const lang = await currentLang(ctx)
      const lines = [
        ctx.t('admin-undone', { id: action.auditId, action: ctx.t(`admin-action-${result.undone.action}`) }),
        `${renderLabels(result.before, lang, ctx.t)} → ${renderLabels(result.after, lang, ctx.t)}`,
      ]
      if (result.alertsWithdrawn > 0 || result.alertsAlreadySent > 0) {
        lines.push(ctx.t('admin-undone-alerts', { withdrawn: result.alertsWithdrawn, sent: result.alertsAlreadySent }))
      }
      if (result.alertsQueued > 0) lines.push(ctx.t('admin-undone-requeued', { count: result.alertsQueued }))
      if (result.storyAlertsQueued > 0) lines.push(ctx.t('admin-undone-story-copies', { count: result.storyAlertsQueued }))
      await ctx.reply(lines.join('\n'))
      if (result.after.status === 'flagged') {
        const card = await loadReviewCard(ctx, result.undone.articleId)
        if (card) await sendReviewCard(ctx, result.undone.articleId, card)
      }
      await redrawUndone(ctx, action.page)
      return
    }
  }
})
