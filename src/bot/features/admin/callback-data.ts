import { KINDS, LANGS, type Kind, type Lang } from '../../../classify/types.js'
import { createCodec } from '../../../telegram/callback-data.js'
import { decodeDirection, encodeDirection, type PageStep } from '../../keyboards/pager.js'

/*
 * Callback data of the admin buttons. Everything that comes back is parsed strictly: an unknown
 * action, a non-numeric or oversized id yields null and is answered as an expired button. Ids
 * are only references; what they point at is re-checked in the database. Ids stay decimal
 * (unlike the public codecs' base 36) so buttons already sent keep working.
 */
const MAX_ID = 2 ** 31 - 1

function parseId(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9]\d{0,9}$/.test(raw)) return null
  const id = Number(raw)
  return id <= MAX_ID ? id : null
}

function parsePage(raw: string | undefined): number | null {
  if (raw === undefined || !/^(0|[1-9]\d{0,5})$/.test(raw)) return null
  return Number(raw)
}

/** An audit entry id, or 0 (an item no admin has acted on, the newest page of history). */
function parseRevision(raw: string | undefined): number | null {
  return raw === '0' ? 0 : parseId(raw)
}

function actionOf<A extends string>(codes: Record<A, string>, code: string | undefined): A | undefined {
  return (Object.keys(codes) as A[]).find((k) => codes[k] === code)
}

/** Every admin callback starts with one of these; a non-admin pressing one is refused. */
export const ADMIN_CALLBACK = /^(rv|src|ntc|cv|sug):/

export type ReviewAction =
  /**
   * `revision`: the item's last audit entry when its card was made (0 for none), so a decision
   * taken on a card another admin changed since is refused; buttons sent before carry none.
   */
  | { action: 'approve' | 'reject'; articleId: number; revision?: number }
  | { action: 'partners' | 'kind' | 'skip'; articleId: number }
  /**
   * `page`: the `/review history` page the button sits on, redrawn after the undo — the id of its
   * newest entry (0: the newest page); none under an approval's or rejection's confirmation.
   */
  | { action: 'undo'; auditId: number; page?: number }
  /** ◀ ▶ in `/review history`: the page past an audit entry (`cursorId`), which stays put however many actions come after. */
  | { action: 'history'; step: PageStep }
  | { action: 'next' }

const REVIEW_CODES = { approve: 'a', reject: 'r', partners: 'p', kind: 'k', skip: 's' } as const

export const reviewCodec = createCodec<ReviewAction>(
  'rv',
  (v) => {
    switch (v.action) {
      case 'next':
        return ['n']
      case 'history':
        return [`h${encodeDirection(v.step.direction)}`, v.step.cursorId]
      case 'undo':
        return v.page === undefined ? ['u', v.auditId] : ['u', v.auditId, v.page]
      case 'approve':
      case 'reject':
        return v.revision === undefined ? [REVIEW_CODES[v.action], v.articleId] : [REVIEW_CODES[v.action], v.articleId, v.revision]
      default:
        return [REVIEW_CODES[v.action], v.articleId]
    }
  },
  ([code, arg, ...rest]) => {
    const action = actionOf(REVIEW_CODES, code)
    if ((action === 'approve' || action === 'reject') && rest.length === 1) {
      const articleId = parseId(arg)
      const revision = parseRevision(rest[0])
      return articleId !== null && revision !== null ? { action, articleId, revision } : null
    }
    if (code === 'u' && rest.length === 1) {
      const auditId = parseId(arg)
      const page = parseRevision(rest[0])
      return auditId !== null && page !== null ? { action: 'undo', auditId, page } : null
    }
    if (rest.length > 0) return null
    if (code === 'n') return arg === undefined ? { action: 'next' } : null
    const id = parseId(arg)
    if (id === null) return null
    // Page-numbered history buttons ("h") sent before are out of date.
    const direction = code?.startsWith('h') ? decodeDirection(code.slice(1)) : null
    if (direction) return { action: 'history', step: { direction, cursorId: id } }
    if (code === 'u') return { action: 'undo', auditId: id }
    return action ? { action, articleId: id } : null
  },
)

export type SourceAction =
  | { action: 'page'; page: number }
  /** From a notice: /sources as a message of its own, at the page of this source. */
  | { action: 'open'; sourceId: number }
  | { action: 'pause' | 'resume' | 'remove' | 'confirm-remove' | 'history'; sourceId: number; page: number }

const SOURCE_CODES = { pause: 'p', resume: 'r', remove: 'd', 'confirm-remove': 'D', history: 'h' } as const

export const sourceCodec = createCodec<SourceAction>(
  'src',
  (v) => (v.action === 'page' ? ['pg', v.page] : v.action === 'open' ? ['o', v.sourceId] : [SOURCE_CODES[v.action], v.sourceId, v.page]),
  ([code, a, b, ...rest]) => {
    if (rest.length > 0) return null
    if (code === 'pg') {
      const page = parsePage(a)
      return page === null || b !== undefined ? null : { action: 'page', page }
    }
    if (code === 'o') {
      const sourceId = parseId(a)
      return sourceId === null || b !== undefined ? null : { action: 'open', sourceId }
    }
    const action = actionOf(SOURCE_CODES, code)
    const sourceId = parseId(a)
    const page = parsePage(b)
    return action && sourceId !== null && page !== null ? { action, sourceId, page } : null
  },
)

/** Under a source someone suggested: check it as /addsource does, or decline it. */
export interface SuggestionAction {
  action: 'check' | 'decline'
  suggestionId: number
}

export const suggestionCodec = createCodec<SuggestionAction>(
  'sug',
  (v) => [v.action === 'check' ? 'c' : 'd', v.suggestionId],
  ([code, id, ...rest]) => {
    const suggestionId = parseId(id)
    return rest.length === 0 && (code === 'c' || code === 'd') && suggestionId !== null ? { action: code === 'c' ? 'check' : 'decline', suggestionId } : null
  },
)

export interface NoticeAction {
  kind: 'flagged' | 'sources'
  isMuted: boolean
}

export const noticeCodec = createCodec<NoticeAction>(
  'ntc',
  (v) => [v.kind === 'flagged' ? 'f' : 's', v.isMuted ? 1 : 0],
  ([kind, muted, ...rest]) =>
    rest.length === 0 && (kind === 'f' || kind === 's') && (muted === '0' || muted === '1') ? { kind: kind === 'f' ? 'flagged' : 'sources', isMuted: muted === '1' } : null,
)

/** Buttons inside conversations: cancel, confirm, retype, skip, a kind, a language. */
export type ConversationAnswer =
  | { answer: 'cancel' | 'ok' | 'retry' | 'skip' | 'suggested' }
  | { answer: 'kind'; kind: Kind }
  | { answer: 'lang'; lang: Lang }

const PLAIN_ANSWERS = ['cancel', 'ok', 'retry', 'skip', 'suggested'] as const

export const conversationCodec = createCodec<ConversationAnswer>(
  'cv',
  (v) => (v.answer === 'kind' ? ['kind', v.kind] : v.answer === 'lang' ? ['lang', v.lang] : [v.answer]),
  ([answer, value, ...rest]) => {
    if (rest.length > 0) return null
    const plain = PLAIN_ANSWERS.find((a) => a === answer)
    if (plain) return value === undefined ? { answer: plain } : null
    const kind = KINDS.find((k) => k === value)
    if (answer === 'kind' && kind) return { answer: 'kind', kind }
    const lang = LANGS.find((l) => l === value)
    return answer === 'lang' && lang ? { answer: 'lang', lang } : null
  },
)
