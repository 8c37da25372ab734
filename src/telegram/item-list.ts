import type { Lang } from '../classify/types.js'
import type { ItemView } from '../db/items.js'
import { LIST_LEAD_LENGTH, MAX_TITLE_LENGTH, renderItemCard } from './item-card.js'
import { MAX_MESSAGE_LENGTH, telegramLength } from './length.js'
import type { Translate } from './translate.js'

const CARD_SEPARATOR = '\n\n'
/** Title and lead budgets tried in turn until a page fits; the last one always does for a 5-card page. */
const BUDGETS = [
  { maxTitleLength: MAX_TITLE_LENGTH, leadLength: LIST_LEAD_LENGTH },
  { maxTitleLength: 160, leadLength: 100 },
  { maxTitleLength: 160, leadLength: 0 },
  { maxTitleLength: 80, leadLength: 0 },
  { maxTitleLength: 40, leadLength: 0 },
]

export interface ItemPage {
  /** Trusted HTML above the cards (a translated header with escaped user input). */
  header: string
  items: readonly ItemView[]
  /** Trusted HTML below the cards (a hint, "page 2 of 3"). */
  footer?: string
  /** Each card's lead under its title (the chat's preference). */
  showLead?: boolean
  /** The country the list is of, named on every card (see CardOptions). */
  partnerInView?: string
}

/**
 * A header and a page of item cards as one message within Telegram's 4096 characters:
 * when long leads or absurdly long titles would overflow it, they are shortened (leads first)
 * rather than the message refused.
 */
export function renderItemPage(page: ItemPage, lang: Lang, t: Translate): string {
  let text = ''
  for (const { maxTitleLength, leadLength } of BUDGETS) {
    const cards = page.items.map((item) => renderItemCard(item, lang, t, { maxTitleLength, leadLength: page.showLead ? leadLength : 0, ...(page.partnerInView ? { partnerInView: page.partnerInView } : {}) }))
    text = [page.header, ...cards, ...(page.footer ? [page.footer] : [])].join(CARD_SEPARATOR)
    if (telegramLength(text) <= MAX_MESSAGE_LENGTH) return text
  }
  throw new Error(`an item page of ${page.items.length} cards does not fit one message even with short titles`)
}

/**
 * Groups rendered blocks (cards) into as few messages as possible, each within Telegram's
 * limit and each starting with `header` (for digests, where every item must be shown).
 * A block is never split: cards are bounded well below the limit by renderItemCard.
 */
export function packIntoMessages(blocks: readonly string[], header = ''): string[] {
  const messages: string[] = []
  let current: string[] = header ? [header] : []
  const length = (parts: string[]) => telegramLength(parts.join(CARD_SEPARATOR))
  for (const block of blocks) {
    const next = [...current, block]
    if (length(next) <= MAX_MESSAGE_LENGTH || current.length === (header ? 1 : 0)) {
      current = next
    } else {
      messages.push(current.join(CARD_SEPARATOR))
      current = header ? [header, block] : [block]
    }
  }
  if (current.length > (header ? 1 : 0)) messages.push(current.join(CARD_SEPARATOR))
  return messages
}
