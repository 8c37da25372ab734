import { InlineKeyboard } from 'grammy'
import type { ItemPage } from '../../db/items.js'

/** Where a ◀ or ▶ press leads: continue after (older) or before (newer) the item `cursorId`. */
export interface PageStep {
  direction: 'older' | 'newer'
  cursorId: number
  /** The page number the press leads to, shown in the footer only. */
  pageNo: number
}

/** The two steps a page of a newest-first list offers, or null at either end. */
export function pageSteps(page: ItemPage, pageNo: number): { newer: PageStep | null; older: PageStep | null } {
  const first = page.items[0]
  const last = page.items.at(-1)
  return {
    newer: page.hasNewer && first ? { direction: 'newer', cursorId: first.id, pageNo: Math.max(1, pageNo - 1) } : null,
    older: page.hasOlder && last ? { direction: 'older', cursorId: last.id, pageNo: pageNo + 1 } : null,
  }
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
