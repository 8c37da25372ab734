import type { CheerioAPI } from 'cheerio/slim'
import type { ListSelectors } from '../db/sources.js'
import { parseDate } from './dates.js'
import { loadHtml } from './cheerio-page.js'
import { tidyLine } from './html-text.js'
import { resolveUrl } from '../url.js'

export interface ListEntry {
  url: string
  title: string | null
  publishedAt: Date | null
}

export type ParseListPageResult = { ok: true; entries: ListEntry[]; next: string | null } | { ok: false; reason: string }

/**
 * Finds the article links on a news-list page. The link is the `href` of the matched element
 * or of its first `<a>`; the date is the `datetime` attribute when present, else the text
 * («вчера в 09:15», «12 апреля, 10:00», «12:30» and other relative ones read against `fetchedAt`, when given).
 * `next`, when the selectors name one, is the link to the following (older) page.
 */
export function parseListPage(html: string, pageUrl: string, selectors: ListSelectors, fetchedAt?: Date): ParseListPageResult {
  if (html.trim() === '') return { ok: false, reason: 'empty body' }
  let $: CheerioAPI
  let items: ReturnType<CheerioAPI>
  try {
    $ = loadHtml(html)
    items = $(selectors.item)
  } catch (error) {
    return { ok: false, reason: `bad selector: ${error instanceof Error ? error.message : String(error)}` }
  }
  const base = resolveUrl($('base[href]').attr('href'), pageUrl) ?? pageUrl
  const seen = new Set<string>()
  const entries: ListEntry[] = []
  try {
    items.each((_, el) => {
      const item = $(el)
      const linkEl = selectors.link ? item.find(selectors.link).first() : item
      const href = linkEl.attr('href') ?? linkEl.find('a[href]').first().attr('href') ?? (linkEl.length === 0 && item.is('a') ? item.attr('href') : undefined)
      const url = resolveUrl(href, base)
      if (!url || seen.has(url)) return
      seen.add(url)
      const titleEl = selectors.title ? item.find(selectors.title).first() : linkEl
      const dateEl = selectors.date ? item.find(selectors.date).first() : null
      const dateText = dateEl ? (dateEl.attr('datetime') ?? dateEl.find('[datetime]').attr('datetime') ?? dateEl.text()) : null
      entries.push({ url, title: tidyLine(titleEl.text()) || null, publishedAt: parseDate(dateText, fetchedAt) })
    })
  } catch (error) {
    return { ok: false, reason: `bad selector: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (items.length === 0) return { ok: false, reason: `no element matches list.item "${selectors.item}"` }
  let next: string | null = null
  if (selectors.next) {
    try {
      const nextEl = $(selectors.next).first()
      next = resolveUrl(nextEl.attr('href') ?? nextEl.find('a[href]').first().attr('href'), base)
    } catch (error) {
      return { ok: false, reason: `bad selector: ${error instanceof Error ? error.message : String(error)}` }
    }
  }
  return { ok: true, entries, next }
}
