import { InlineKeyboard } from 'grammy'
import type { ItemPage } from '../../db/items.js'

/** Where a ◀ or ▶ press leads: continue after (older) or before (newer) the item `cursorId`. */
export interface PageStep {
  direction: 'older' | 'newer'
  cursorId: number
}

/** The two steps a page of a newest-first list offers, or null at either end. */
export function pageSteps(page: ItemPage): { newer: PageStep | null; older: PageStep | null } {
  const first = page.items[0]
  const last = page.items.at(-1)
  return {
    newer: page.hasNewer && first ? { direction: 'newer', cursorId: first.id } : null,
    older: page.hasOlder && last ? { direction: 'older', cursorId: last.id } : null,
  }
}

/**
 * A keyset page's number and the number of pages, counted from the items newer than it: after
 * items came in or were withdrawn, pages no longer fall on multiples of the page size (the first
 * may be short), and this is what walking ◀ and ▶ from the page shows.
 */
export function pagePosition(newerCount: number, shown: number, total: number, pageSize: number): { pageNo: number; pageCount: number } {
  const pageNo = Math.ceil(newerCount / pageSize) + 1
  return { pageNo, pageCount: pageNo + Math.ceil(Math.max(0, total - newerCount - shown) / pageSize) }
}

/** A ◀ ▶ row under a list; no keyboard when the list fits one page. */
export function pagerKeyboard(prev: string | null, next: string | null): InlineKeyboard | undefined {
  if (prev === null && next === null) return undefined
  const keyboard = new InlineKeyboard()
  if (prev !== null) keyboard.text('◀', prev)
  if (next !== null) keyboard.text('▶', next)
  return keyboard
}

export const encodeDirection = (d: PageStep['direction']): string => (d === 'older' ? 'o' : 'n')
export const decodeDirection = (s: string | undefined): PageStep['direction'] | null => (s === 'o' ? 'older' : s === 'n' ? 'newer' : null)
