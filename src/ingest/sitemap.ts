import { load } from 'cheerio/slim'
import { parseDate } from './dates.js'
import { htmlToText } from './html-text.js'
import { resolveUrl } from '../url.js'

export interface SitemapEntry {
  url: string
  lastModified: Date | null
  /** From a news sitemap's <news:title>, when present. */
  title: string | null
  /** From <news:publication_date>. */
  publishedAt: Date | null
}

export type ParseSitemapResult =
  | { ok: true; kind: 'urlset'; entries: SitemapEntry[] }
  | { ok: true; kind: 'index'; sitemaps: { url: string; lastModified: Date | null }[] }
  | { ok: false; reason: string }

/** Parses a sitemap, a Google News sitemap or a sitemap index. */
export function parseSitemap(xml: string, sitemapUrl: string): ParseSitemapResult {
  if (xml.trim() === '') return { ok: false, reason: 'empty body' }
  const head = xml.slice(0, 5000)
  const isIndex = /<(\w+:)?sitemapindex[\s>]/i.test(head)
  if (!isIndex && !/<(\w+:)?urlset[\s>]/i.test(head)) return { ok: false, reason: 'not a sitemap' }
  const $ = load(xml, { xml: { xmlMode: true, decodeEntities: true } })
  // Prefixes vary (news:, n:, none), so elements are matched by local name.
  const child = (el: Parameters<typeof $>[0], local: string): string =>
    $(el).find('*').filter((_, e) => (e as { name: string }).name.replace(/^.*:/, '').toLowerCase() === local).first().text().trim()
  if (isIndex) {
    const sitemaps = $('*')
      .filter((_, e) => /(^|:)sitemap$/i.test((e as { name: string }).name))
      .toArray()
      .flatMap((el) => {
        const url = resolveUrl(child(el, 'loc'), sitemapUrl)
        return url ? [{ url, lastModified: parseDate(child(el, 'lastmod')) }] : []
      })
    return { ok: true, kind: 'index', sitemaps }
  }
  const entries = $('*')
    .filter((_, e) => /(^|:)url$/i.test((e as { name: string }).name))
    .toArray()
    .flatMap((el) => {
      const url = resolveUrl(child(el, 'loc'), sitemapUrl)
      if (!url) return []
      return [{
        url,
        lastModified: parseDate(child(el, 'lastmod')),
        // As a feed's title: WordPress's escapes the references it renders titles with («&amp;#8211;»), CDATA may hold markup.
        title: htmlToText(child(el, 'title')).replace(/\n/g, ' ') || null,
        publishedAt: parseDate(child(el, 'publication_date')),
      }]
    })
  return { ok: true, kind: 'urlset', entries }
}
