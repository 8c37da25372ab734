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
  pageCount: number
  showLead?: boolean
  /** The country the list is of, named on every card. */
  partnerInView?: string
}

/** A page of a list (header, cards, "page 2 of 3") as one message within Telegram's limit. */
export function renderListMessage(list: ListMessage, lang: Lang, t: Translate): string {
  const isOnlyPage = !list.page.hasOlder && !list.page.hasNewer
  const footer = isOnlyPage ? undefined : t('list-page-of', { page: list.pageNo, pages: list.pageCount })
  return renderItemPage({ header: list.header, items: list.page.items, showLead: list.showLead ?? false, ...(list.partnerInView ? { partnerInView: list.partnerInView } : {}), ...(footer ? { footer } : {}) }, lang, t)
}
