import { InlineKeyboard } from 'grammy'
import { countryFlag } from '../../../classify/countries.js'
import { countryName } from '../../../country-name.js'
import type { Lang } from '../../../classify/types.js'
import type { AuditEntry } from '../../../db/audit.js'
import type { LabelSnapshot, ReviewItem } from '../../../db/review.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { formatDateTime, renderItemCard } from '../../../telegram/item-card.js'
import { joinWithin, MAX_MESSAGE_LENGTH, telegramLength, truncateText } from '../../../telegram/length.js'
import type { Translate } from '../../../telegram/translate.js'
import type { PageStep } from '../../keyboards/pager.js'
import { reviewCodec } from './callback-data.js'

const EXCERPT_CHARS = 600
const EVIDENCE_SHOWN = 6
const EVIDENCE_CHARS = 100

/** Characters of a message a list of partners may take, the rest counted ("and 12 more"). */
const PARTNERS_BUDGET = 1000

/** "🇫🇷 France, 🇩🇪 Germany" in the reader's language, or the translated "none". */
export function renderCountries(codes: readonly string[], lang: Lang, t: Translate, budget = PARTNERS_BUDGET): string {
  if (codes.length === 0) return t('admin-partners-none')
  const names = codes.map((code) => `${countryFlag(code)} ${escapeHtml(countryName(code, lang))}`)
  return joinWithin(names, budget, (count) => t('format-and-more', { count }))
}

function renderExcerpt(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
  return escapeHtml(truncateText(lines.join('\n'), EXCERPT_CHARS))
}

/**
 * A flagged item as the review queue shows it: the card, the text's start, the classifier's
 * guess and why, or, once an admin (`curator`, a display name) relabelled it, their labels.
 */
export function renderReviewCard(review: ReviewItem, curator: string | null, lang: Lang, t: Translate): { text: string; keyboard: InlineKeyboard } {
  const { item } = review
  const header =
    review.position === null
      ? t('admin-review-header-done', { status: t(`admin-status-${item.status}`) })
      : t('admin-review-header', { position: review.position, total: review.total })
  const labels = { relevant: t(item.isRelevant ? 'admin-relevant-yes' : 'admin-relevant-no'), kind: item.kind ? t(`kind-${item.kind}`) : '—' }
  const guess = curator === null ? t('admin-review-guess', { ...labels, confidence: item.confidence.toFixed(2) }) : t('admin-review-label', { ...labels, admin: curator })
  const evidence = review.evidence.slice(0, EVIDENCE_SHOWN).map((e) => `«${escapeHtml(truncateText(e.replace(/\s+/g, ' ').trim(), EVIDENCE_CHARS))}»`)
  const parts = [
    header,
    renderItemCard(item, lang, t),
    review.excerpt.trim() ? `<blockquote>${renderExcerpt(review.excerpt)}</blockquote>` : null,
    guess,
    // No evidence recorded: no «Why: —» line that reads as though the dash were the reason.
    evidence.length > 0 ? t('admin-review-why', { evidence: evidence.join(', ') }) : null,
  ].filter((p): p is string => p !== null)
  let text = parts.join('\n\n')
  // The card, excerpt and evidence are capped, so this only guards against a future change.
  if (telegramLength(text) > MAX_MESSAGE_LENGTH) text = [parts[0], parts[1], guess].join('\n\n')
  const keyboard = new InlineKeyboard()
  if (item.status === 'flagged') {
    keyboard
      .text(t('admin-button-approve'), reviewCodec.encode({ action: 'approve', articleId: item.id, revision: review.revision }))
      .text(t('admin-button-reject'), reviewCodec.encode({ action: 'reject', articleId: item.id, revision: review.revision }))
      .row()
      .text(t('admin-button-partners'), reviewCodec.encode({ action: 'partners', articleId: item.id }))
      .text(t('admin-button-kind'), reviewCodec.encode({ action: 'kind', articleId: item.id }))
      .row()
      .text(t('admin-button-skip'), reviewCodec.encode({ action: 'skip', articleId: item.id }))
  } else {
    keyboard.text(t('admin-button-next'), reviewCodec.encode({ action: 'next' }))
  }
  return { text, keyboard }
}

/** An edit's confirmation: what was saved and, while the item is flagged, that it still waits for a decision (another admin may have made one meanwhile). */
export function renderEditSaved(saved: string, after: LabelSnapshot, t: Translate): string {
  return after.status === 'flagged' ? `${saved} ${t('admin-edit-still-flagged')}` : saved
}

/** What an admin's labels do to the story's other copies (CurationResult.ruledCopies): a line saying they now rule them, none when they rule none. */
export function renderRuledCopies(ruledCopies: number, t: Translate): string[] {
  return ruledCopies > 0 ? [t('admin-ruled-copies', { count: ruledCopies })] : []
}

/** Labels in one line, for the audit history and confirmations. */
export function renderLabels(s: LabelSnapshot, lang: Lang, t: Translate, partnersBudget = PARTNERS_BUDGET): string {
  return [
    t(`admin-status-${s.status}`),
    s.kind ? t(`kind-${s.kind}`) : t(s.relevant ? 'admin-relevant-yes' : 'admin-relevant-no'),
    renderCountries(s.partners, lang, t, partnersBudget),
  ].join(' · ')
}


export interface HistoryLine {
  entry: AuditEntry<LabelSnapshot>
  title: string | null
  /** Who acted, as a display name (escaped). */
  adminName: string
}

/** The partners a history line shows, narrowed until the page fits a message (MAX_MESSAGE_LENGTH). */
const HISTORY_PARTNERS_BUDGETS = [200, 60, 0]

/** Where a page of `/review history` stands, and the ◀ ▶ steps from it (null at either end). */
export interface HistoryPosition {
  /** What the page's Undo buttons carry to redraw it after an undo: its newest entry's id (0: the newest page). */
  anchor: number
  pageNo: number
  pageCount: number
  newer: PageStep | null
  older: PageStep | null
}

/** `/review history`: one line per action, newest first, with an undo button for those that still stand. */
export function renderHistory(lines: readonly HistoryLine[], { anchor, pageNo, pageCount, newer, older }: HistoryPosition, lang: Lang, t: Translate): { text: string; keyboard: InlineKeyboard } {
  if (lines.length === 0) return { text: t('admin-history-empty'), keyboard: new InlineKeyboard() }
  const keyboard = new InlineKeyboard()
  for (const { entry } of lines) {
    if (entry.undoneById === null && entry.action !== 'undo') keyboard.text(t('admin-button-undo-id', { id: entry.id }), reviewCodec.encode({ action: 'undo', auditId: entry.id, page: anchor })).row()
  }
  if (newer) keyboard.text('◀', reviewCodec.encode({ action: 'history', step: newer }))
  if (older) keyboard.text('▶', reviewCodec.encode({ action: 'history', step: older }))
  const footer = pageCount > 1 ? [t('list-page-of', { page: pageNo, pages: pageCount })] : []
  const render = (partnersBudget: number) => {
    const rendered = lines.map(({ entry, title, adminName }) => {
      const action = t(`admin-action-${entry.action}`)
      const head = `<b>#${entry.id}</b> ${formatDateTime(entry.createdAt, lang)} · ${adminName} · ${action}`
      const what = title ? escapeHtml(truncateText(title.replace(/\s+/g, ' '), 80)) : ''
      const change = entry.before && entry.after ? `${renderLabels(entry.before, lang, t, partnersBudget)} → ${renderLabels(entry.after, lang, t, partnersBudget)}` : ''
      const state = entry.undoneById !== null ? t('admin-history-undone', { id: entry.undoneById }) : entry.undoesId !== null ? t('admin-history-undoes', { id: entry.undoesId }) : ''
      return [head, what, change, state].filter(Boolean).join('\n')
    })
    return [t('admin-history-header'), ...rendered, ...footer].join('\n\n')
  }
  let text = ''
  for (const budget of HISTORY_PARTNERS_BUDGETS) {
    text = render(budget)
    if (telegramLength(text) <= MAX_MESSAGE_LENGTH) break
  }
  return { text, keyboard }
}
