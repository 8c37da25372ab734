import type { Lang } from '../classify/types.js'
import type { ItemPage } from '../db/items.js'
import { renderItemPage } from './item-list.js'
import type { Translate } from './translate.js'

export interface ListMessage {
  /** Trusted HTML: a translated header with any user input already escaped. */
  header: string
  page: ItemPage
  /** 1-based. */
  pageNo: number
  /** Unknown for lists that are not counted (/latest). */
  pageCount: number | null
}

/** A page of a list (header, cards, "page 2 of 3") as one message within Telegram's limit. */
export function renderListMessage(list: ListMessage, lang: Lang, t: Translate): string {
  const isOnlyPage = !list.page.hasOlder && !list.page.hasNewer
  const footer = isOnlyPage
    ? undefined
    : list.pageCount === null
      ? t('list-page', { page: list.pageNo })
      : t('list-page-of', { page: Math.min(list.pageNo, list.pageCount), pages: list.pageCount })
  return renderItemPage({ header: list.header, items: list.page.items, ...(footer ? { footer } : {}) }, lang, t)
}
