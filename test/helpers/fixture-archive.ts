import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SourceInput } from '../../src/db/sources.js'
import { type GeneratedArticle, generateArticle } from '../bench/generate.js'
import { createRandom } from './random.js'
import type { FixtureServer, Handler } from './fixture-server.js'

export const ARCHIVE_TYPES = ['html', 'rss', 'sitemap', 'govkz'] as const
export type ArchiveType = (typeof ARCHIVE_TYPES)[number]

export interface ArchiveOptions {
  /** Archive pages of each type (sitemaps: child sitemaps; gov.kz: API pages of 20). */
  pages: number
  /** Items per page for html, rss and sitemap (gov.kz pages hold 20, as the API is asked). */
  perPage: number
  /** The newest item's date; each page of every type spans `pageSpanMs`, its items evenly spaced. */
  newest: Date
  pageSpanMs: number
}

export interface ArchiveItem extends GeneratedArticle {
  type: ArchiveType
  index: number
  date: Date
  url: string
}

const GOVKZ_PAGE_SIZE = 20
const PROJECT = 'archive'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The sources of the four archives of a FixtureArchive served at `base`. */
export function archiveSources(base: string): SourceInput[] {
  const common = { lang: 'en' as const, isEnabled: true, list: null, project: null }
  return [
    { ...common, name: 'archive-html', type: 'html', url: `${base}/html/news`, list: { item: '.news-item', link: 'a.title', date: 'time', next: '.pager-next' } },
    { ...common, name: 'archive-rss', type: 'rss', url: `${base}/rss/feed/` },
    { ...common, name: 'archive-sitemap', type: 'sitemap', url: `${base}/sitemap/index.xml` },
    { ...common, name: 'archive-govkz', type: 'govkz', url: `${base}/memleket/entities/${PROJECT}/press/news?lang=en`, project: PROJECT },
  ]
}

/**
 * A site with a long archive of each source type on a FixtureServer: an html news list paged
 * by a "next" link, a WordPress feed paged by `?paged=N` (404 past its end), a sitemap index
 * of dated child sitemaps listed oldest first, and the gov.kz API's pages; every html, rss
 * and sitemap entry has its article page. Items are generated (bench/generate.ts), newest
 * first, each type its own texts. Requests can be held until released, and answered 429 a
 * number of times; the server's log has them in order with its clock's time.
 */
export class FixtureArchive {
  private readonly holds: { match: (url: string) => boolean; waiting: (() => void)[]; isReleased: boolean }[] = []
  private readonly busy: { match: (url: string) => boolean; times: number; retryAfterSeconds: number }[] = []

  private readonly server: FixtureServer
  private readonly options: ArchiveOptions

  constructor(server: FixtureServer, options: ArchiveOptions) {
    this.server = server
    this.options = options
    this.install()
  }

  get base(): string {
    return this.server.base
  }

  itemsPerPage(type: ArchiveType): number {
    return type === 'govkz' ? GOVKZ_PAGE_SIZE : this.options.perPage
  }

  count(type: ArchiveType): number {
    return this.options.pages * this.itemsPerPage(type)
  }

  item(type: ArchiveType, index: number): ArchiveItem {
    const article = generateArticle(createRandom(ARCHIVE_TYPES.indexOf(type) * 1_000_000 + index), `${type}-${index}`, 600)
    const date = new Date(this.options.newest.getTime() - (index * this.options.pageSpanMs) / this.itemsPerPage(type))
    const url = type === 'govkz' ? `${this.base}/memleket/entities/${PROJECT}/press/news/details/${index + 1}?lang=en` : `${this.base}/${type}/a/${index}.html`
    // A line of its own keeps each text unique, so content dedup never merges two items.
    return { ...article, body: `${article.body}\nNo. ${index} (${type}).`, type, index, date, url }
  }

  items(type: ArchiveType): ArchiveItem[] {
    return Array.from({ length: this.count(type) }, (_, i) => this.item(type, i))
  }

  /** The sources-file entries of the four archives. */
  sources(): SourceInput[] {
    return archiveSources(this.base)
  }

  /** Requests for listing pages of `type` (not article pages), in the order they arrived. */
  listingRequests(type: ArchiveType): string[] {
    const prefix = type === 'govkz' ? '/api/v1/public/content-manager/' : `/${type}/`
    return this.server.requests.filter((r) => r.path.startsWith(prefix) && !r.path.includes('/a/')).map((r) => r.url)
  }

  /** Holds every matching request until `release()` (a process killed meanwhile never gets its answer). */
  hold(match: (url: string) => boolean): { release(): void } {
    const hold = { match, waiting: [] as (() => void)[], isReleased: false }
    this.holds.push(hold)
    return {
      release: () => {
        hold.isReleased = true
        for (const go of hold.waiting.splice(0)) go()
      },
    }
  }

  /** Answers the next `times` matching requests 429 with Retry-After. */
  answerBusy(match: (url: string) => boolean, times: number, retryAfterSeconds: number): void {
    this.busy.push({ match, times, retryAfterSeconds })
  }

  private route(path: string, handler: (url: URL, res: ServerResponse, req: IncomingMessage, body: string) => void): void {
    const wrapped: Handler = (req, res, body) => {
      const url = new URL(req.url ?? '/', this.base)
      const busy = this.busy.find((b) => b.times > 0 && b.match(url.href))
      if (busy) {
        busy.times--
        res.writeHead(429, { 'retry-after': String(busy.retryAfterSeconds), 'content-type': 'text/plain' }).end('slow down')
        return
      }
      const hold = this.holds.find((h) => !h.isReleased && h.match(url.href))
      if (hold) hold.waiting.push(() => handler(url, res, req, body))
      else handler(url, res, req, body)
    }
    this.server.route(path, wrapped)
  }

  private send(res: ServerResponse, type: string, body: string): void {
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body)
  }

  private articlePage(item: ArchiveItem): string {
    return `<!doctype html><html lang="${item.lang}"><head><meta charset="utf-8"><title>${escape(item.title)}</title>
<meta property="article:published_time" content="${item.date.toISOString()}"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${escape(item.title)}</h1>${item.body.split('\n').map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`
  }

  private pageItems(type: ArchiveType, page: number): ArchiveItem[] {
    const per = this.itemsPerPage(type)
    if (page < 1 || page > this.options.pages) return []
    return Array.from({ length: per }, (_, i) => this.item(type, (page - 1) * per + i))
  }

  private install(): void {
    const { pages } = this.options
    for (const type of ['html', 'rss', 'sitemap'] as const) {
      for (let i = 0; i < this.count(type); i++) {
        this.route(`/${type}/a/${i}.html`, (_url, res) => this.send(res, 'text/html', this.articlePage(this.item(type, i))))
      }
    }

    this.route('/html/news', (url, res) => {
      const page = Number(url.searchParams.get('page') ?? 1)
      const entries = this.pageItems('html', page).map(
        (item) => `<li class="news-item"><a class="title" href="/html/a/${item.index}.html">${escape(item.title)}</a> <time datetime="${item.date.toISOString()}">${item.date.toISOString().slice(0, 10)}</time></li>`,
      )
      const next = page < pages ? `<a class="pager-next" rel="next" href="/html/news?page=${page + 1}">Older news</a>` : ''
      this.send(res, 'text/html', `<html><body><h1>News</h1><ul class="news">${entries.join('')}</ul><div class="pager">${next}</div></body></html>`)
    })

    this.route('/rss/feed/', (url, res) => {
      const page = Number(url.searchParams.get('paged') ?? 1)
      const items = this.pageItems('rss', page)
      if (items.length === 0) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>')
        return
      }
      const entries = items.map(
        (item) => `<item><title>${escape(item.title)}</title><link>${this.base}/rss/a/${item.index}.html</link><guid>${this.base}/?p=${item.index}</guid><pubDate>${item.date.toUTCString()}</pubDate><description>${escape(item.body.slice(0, 120))}…</description></item>`,
      )
      this.send(res, 'application/rss+xml', `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Archive</title><link>${this.base}/</link><description>News</description>${entries.join('')}</channel></rss>`)
    })

    const per = this.options.perPage
    // Oldest first, as many CMSs number them: the reader must sort them.
    const children = Array.from({ length: pages }, (_, j) => pages - j)
    this.route('/sitemap/index.xml', (_url, res) => {
      const entries = children.map((page) => `<sitemap><loc>${this.base}/sitemap/posts-${page}.xml</loc><lastmod>${this.item('sitemap', (page - 1) * per).date.toISOString()}</lastmod></sitemap>`)
      this.send(res, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>`)
    })
    for (const page of children) {
      this.route(`/sitemap/posts-${page}.xml`, (_url, res) => {
        const entries = this.pageItems('sitemap', page).map((item) => `<url><loc>${this.base}/sitemap/a/${item.index}.html</loc><lastmod>${item.date.toISOString()}</lastmod></url>`)
        this.send(res, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>`)
      })
    }

    // The portal answers in the language asked for (the source's): every item is served as English.
    this.server.govkz(
      this.items('govkz').map((item) => ({ id: item.index + 1, title: item.title, body: `<p>${escape(item.body)}</p>`, created_date: item.date.toISOString(), project: PROJECT, lang: 'en' })),
    )
    const api = '/api/v1/public/content-manager/news'
    const portal = this.server.handlerOf(api)!
    this.route(api, (_url, res, req, body) => portal(req, res, body))
  }
}
