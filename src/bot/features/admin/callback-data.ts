import { KINDS, type Kind } from '../../../classify/types.js'

/**
 * Callback data of the admin buttons (≤ 64 bytes each). Everything that comes back is parsed
 * strictly: an unknown action, a non-numeric or oversized id yields null and is answered as an
 * expired button. Ids are only references; what they point at is re-checked in the database.
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

/** Every admin callback starts with one of these; a non-admin pressing one is refused. */
export const ADMIN_CALLBACK = /^(rv|src|ntc|cv):/

export type ReviewAction =
  | { action: 'approve' | 'reject' | 'partners' | 'kind' | 'skip'; articleId: number }
  | { action: 'undo'; auditId: number }
  | { action: 'history'; page: number }
  | { action: 'next' }

const REVIEW_CODES = { approve: 'a', reject: 'r', partners: 'p', kind: 'k', skip: 's' } as const

export const reviewData = {
  item: (action: keyof typeof REVIEW_CODES, articleId: number) => `rv:${REVIEW_CODES[action]}:${articleId}`,
  undo: (auditId: number) => `rv:u:${auditId}`,
  history: (page: number) => `rv:h:${page}`,
  next: () => 'rv:n',
  pattern: /^rv:/,
  parse(data: string): ReviewAction | null {
    const [prefix, code, arg, ...rest] = data.split(':')
    if (prefix !== 'rv' || rest.length > 0) return null
    if (code === 'n') return arg === undefined ? { action: 'next' } : null
    if (code === 'h') {
      const page = parsePage(arg)
      return page === null ? null : { action: 'history', page }
    }
    const id = parseId(arg)
    if (id === null) return null
    if (code === 'u') return { action: 'undo', auditId: id }
    const action = (Object.keys(REVIEW_CODES) as (keyof typeof REVIEW_CODES)[]).find((k) => REVIEW_CODES[k] === code)
    return action ? { action, articleId: id } : null
  },
}

export type SourceAction =
  | { action: 'page'; page: number }
  | { action: 'pause' | 'resume' | 'remove' | 'confirm-remove'; sourceId: number; page: number }

const SOURCE_CODES = { pause: 'p', resume: 'r', remove: 'd', 'confirm-remove': 'D' } as const

export const sourceData = {
  page: (page: number) => `src:pg:${page}`,
  item: (action: keyof typeof SOURCE_CODES, sourceId: number, page: number) => `src:${SOURCE_CODES[action]}:${sourceId}:${page}`,
  pattern: /^src:/,
  parse(data: string): SourceAction | null {
    const [prefix, code, a, b, ...rest] = data.split(':')
    if (prefix !== 'src' || rest.length > 0) return null
    if (code === 'pg') {
      const page = parsePage(a)
      return page === null || b !== undefined ? null : { action: 'page', page }
    }
    const action = (Object.keys(SOURCE_CODES) as (keyof typeof SOURCE_CODES)[]).find((k) => SOURCE_CODES[k] === code)
    const sourceId = parseId(a)
    const page = parsePage(b)
    return action && sourceId !== null && page !== null ? { action, sourceId, page } : null
  },
}

export type NoticeAction = { kind: 'flagged' | 'sources'; isMuted: boolean }

export const noticeData = {
  set: (kind: 'flagged' | 'sources', isMuted: boolean) => `ntc:${kind === 'flagged' ? 'f' : 's'}:${isMuted ? 1 : 0}`,
  pattern: /^ntc:/,
  parse(data: string): NoticeAction | null {
    const m = /^ntc:([fs]):([01])$/.exec(data)
    return m ? { kind: m[1] === 'f' ? 'flagged' : 'sources', isMuted: m[2] === '1' } : null
  },
}

/** Buttons inside conversations: cancel, confirm, retype, skip, a kind, a language. */
export type ConversationAnswer =
  | { answer: 'cancel' | 'ok' | 'retry' | 'skip' | 'suggested' }
  | { answer: 'kind'; kind: Kind }
  | { answer: 'lang'; lang: 'en' | 'ru' | 'kk' }

export const conversationData = {
  cancel: () => 'cv:cancel',
  ok: () => 'cv:ok',
  retry: () => 'cv:retry',
  skip: () => 'cv:skip',
  suggested: () => 'cv:suggested',
  kind: (kind: Kind) => `cv:kind:${kind}`,
  lang: (lang: 'en' | 'ru' | 'kk') => `cv:lang:${lang}`,
  pattern: /^cv:/,
  parse(data: string): ConversationAnswer | null {
    const m = /^cv:(cancel|ok|retry|skip|suggested)$/.exec(data)
    if (m) return { answer: m[1] as 'cancel' | 'ok' | 'retry' | 'skip' | 'suggested' }
    const kind = /^cv:kind:(\w+)$/.exec(data)?.[1]
    if (kind !== undefined) return KINDS.includes(kind as Kind) ? { answer: 'kind', kind: kind as Kind } : null
    const lang = /^cv:lang:(en|ru|kk)$/.exec(data)?.[1]
    return lang ? { answer: 'lang', lang: lang as 'en' | 'ru' | 'kk' } : null
  },
}
