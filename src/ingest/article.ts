import { type Cheerio, type CheerioAPI, load } from 'cheerio'
import type { AnyNode, Element, Text } from 'domhandler'
import { BOILERPLATE_LINE } from '../language/page-furniture.js'
import { parseDate } from './dates.js'
import { HTML_PARSER_OPTIONS, tidyText } from './html-text.js'

export interface ExtractedArticle {
  /** The page's headline (og:title, the article's <h1>, else <title>). */
  title: string
  /** The main text, one paragraph per line, page chrome dropped. */
  text: string
  /** From meta tags, JSON-LD, <time> or a date written near the headline. */
  publishedAt: Date | null
}

const DROP_TAGS = 'script, style, noscript, template, svg, iframe, object, embed, canvas, button, select, input, textarea, nav, footer, aside, menu, dialog, link, meta'
const DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="menu"], [role="dialog"], [hidden], [aria-hidden="true"]'

// Page chrome, by class or id: the readability list plus what Kazakh news sites add
// (currency widgets, "read also" blocks, tag clouds).
const NOISE = /(^|[\s_-])(ad|ads|advert\w*|agegate|banner|breadcrumbs?|combx|comments?|community|cookie\w*|copyright|currency|currencies|disqus|exchange|extra|footer|gdpr|header|hidden|infobar|legends?|menu|modal|more-?news|nav\w*|newsletter|outbrain|pager|pagination|partners?|popular|popup|promo|rates?|read-?also|readmore|recommend\w*|related|remark|replies|rss|share\w*|shoutbox|sidebar|skyscraper|social|sponsor\w*|subscribe|subscription|supplemental|tags?|tag-?cloud|taboola|teaser|toolbar|tools|widget\w*|weather|signup|login|author-bio|print)([\s_-]|$)/i
const KEEP = /(^|[\s_-])(article|body|content|entry|main|post|story|text|news-?detail|detail)([\s_-]|$)/i
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail/i
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|byline|author/i


const TEXT_BLOCKS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd'])
const BLOCK_LEVEL = new Set([
  'address', 'article', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'br',
])

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
}

// domhandler's node type is an enum of these strings; script and style elements are not 'tag'.
const isTag = (node: AnyNode | null): node is Element => node !== null && String(node.type) === 'tag'
const isText = (node: AnyNode): node is Text => String(node.type) === 'text'

function textLength(el: AnyNode): number {
  if (isText(el)) return el.data.trim().length
  if (!('children' in el)) return 0
  let n = 0
  for (const child of el.children) n += textLength(child)
  return n
}

function linkTextLength(el: Element): number {
  let n = 0
  for (const child of el.children) {
    if (!isTag(child)) continue
    if (child.name === 'a') n += textLength(child)
    else n += linkTextLength(child)
  }
  return n
}

function linkDensity(el: Element): number {
  const total = textLength(el)
  return total === 0 ? 0 : linkTextLength(el) / total
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && BLOCK_LEVEL.has(c.name))
}

/** `property=…`, `name=…` and `itemprop=…` of the page's <meta> tags → the first one's content. */
type MetaTags = Map<string, string | undefined>

// One walk over the <meta> tags instead of a document-wide selector query per tag name.
function readMetaTags($: CheerioAPI): MetaTags {
  const tags: MetaTags = new Map()
  for (const el of $('meta').toArray()) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = el.attribs[attr]
      const key = `${attr}=${value}`
      if (value !== undefined && !tags.has(key)) tags.set(key, el.attribs.content)
    }
  }
  return tags
}

function metaContent(tags: MetaTags, keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.trim()
    if (value) return value
  }
  return null
}

interface JsonLdArticle {
  headline?: string
  datePublished?: string
  articleBody?: string
}

function jsonLdArticle($: CheerioAPI): JsonLdArticle | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown
    try {
      data = JSON.parse($(el).text())
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    while (queue.length > 0) {
      const item = queue.shift()
      if (Array.isArray(item)) queue.push(...(item as unknown[]))
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>
        if (typeof obj.datePublished === 'string' || typeof obj.articleBody === 'string') return obj
        if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]))
      }
    }
  }
  return null
}

function extractDate($: CheerioAPI, meta: MetaTags, ld: JsonLdArticle | null, main: Cheerio<Element> | null): Date | null {
  const metaDate = metaContent(meta, [
    'property=article:published_time', 'name=article:published_time', 'itemprop=datePublished',
    'name=pubdate', 'name=publishdate', 'name=date', 'name=DC.date.issued', 'name=dc.date',
    'property=og:published_time', 'name=sailthru.date', 'name=parsely-pub-date',
  ])
  const candidates = [
    metaDate,
    ld?.datePublished ?? null,
    $('[itemprop="datePublished"]').first().attr('datetime') ?? $('[itemprop="datePublished"]').first().text(),
    $('article time[datetime], time[datetime]').first().attr('datetime') ?? null,
    $('time').first().text(),
    $('[class*="date"], [class*="time"], [class*="Date"]').first().text(),
  ]
  for (const candidate of candidates) {
    const date = parseDate(candidate)
    if (date) return date
  }
  // A date printed as text near the headline or at the top of the article body.
  const head = main ? main.text().slice(0, 400) : $('body').text().slice(0, 3000)
  return parseDate(head)
}

function extractTitle($: CheerioAPI, meta: MetaTags, ld: JsonLdArticle | null): string {
  const h1 = $('article h1, main h1, [class*="article"] h1, [class*="news"] h1, h1').first().text()
  const og = metaContent(meta, ['property=og:title', 'name=twitter:title'])
  const candidates = [h1, og, ld?.headline, $('title').first().text().split(/\s+[|—–-]\s+/)[0]]
  for (const c of candidates) {
    const title = tidyText(c ?? '').replace(/\n/g, ' ')
    if (title.length >= 3) return title
  }
  return ''
}

function removeNoise($: CheerioAPI): void {
  $(DROP_TAGS).remove()
  $(DROP_ROLES).remove()
  // ASP.NET pages wrap everything in one <form>; only small forms are search boxes and sign-ups.
  $('form').each((_, el) => {
    if (textLength(el) < 500) $(el).remove()
  })
  $('[style*="display:none"], [style*="display: none"], [style*="visibility:hidden"]').remove()
  const body = $('body')[0]
  const pageLength = body ? textLength(body) : 0
  $('[class], [id]').each((_, el) => {
    const tag = el
    if (tag.name === 'body' || tag.name === 'html' || tag.name === 'article' || tag.name === 'main') return
    const names = classAndId(tag)
    if (!NOISE.test(names) || KEEP.test(names)) return
    // A wrapper whose class merely mentions "header" or "ad" but holds the article stays.
    const length = textLength(tag)
    if (length > pageLength * 0.4 && linkDensity(tag) < 0.5) return
    if ($(tag).find('article, main, [itemprop="articleBody"]').length > 0) return
    $(tag).remove()
  })
}

function pickContainer($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>()
  const init = (el: Element): void => {
    if (scores.has(el)) return
    let score = 0
    if (el.name === 'article') score += 10
    else if (el.name === 'div' || el.name === 'section' || el.name === 'main') score += 5
    else if (el.name === 'pre' || el.name === 'td' || el.name === 'blockquote') score += 3
    else if (el.name === 'ol' || el.name === 'ul' || el.name === 'form' || el.name === 'li') score -= 3
    else if (/^h\d$/.test(el.name) || el.name === 'th') score -= 5
    const names = classAndId(el)
    if (POSITIVE.test(names)) score += 25
    if (NEGATIVE.test(names)) score -= 25
    if (el.attribs.itemprop === 'articleBody') score += 50
    scores.set(el, score)
  }
  $('p, pre, blockquote, td, div, section').each((_, node) => {
    const el = node
    if (el.name === 'div' || el.name === 'section') {
      if (hasBlockChild(el)) return
    } else if (!TEXT_BLOCKS.has(el.name)) return
    const length = textLength(el)
    if (length < 25) return
    const text = $(el).text()
    const contentScore = 1 + (text.match(/[,،，]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3)
    let ancestor = el.parent
    for (let level = 0; level < 3 && isTag(ancestor); level++) {
      init(ancestor)
      scores.set(ancestor, scores.get(ancestor)! + contentScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3))
      ancestor = ancestor.parent
    }
  })
  let best: Element | null = null
  let bestScore = -Infinity
  for (const [el, score] of scores) {
    const adjusted = score * (1 - linkDensity(el))
    if (adjusted > bestScore) {
      best = el
      bestScore = adjusted
    }
  }
  return best
}

/** Blocks of text inside the container, each with its own link density, chrome dropped. */
function collectText(container: Element): string {
  const lines: string[] = []
  let buffer: string[] = []
  const flush = (): void => {
    const line = tidyText(buffer.join('')).replace(/\n/g, ' ')
    buffer = []
    if (line === '' || BOILERPLATE_LINE.test(line)) return
    lines.push(line)
  }
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      buffer.push(node.data)
      return
    }
    if (!isTag(node)) return
    const el = node
    const isBlock = BLOCK_LEVEL.has(el.name)
    if (isBlock) flush()
    // Lists and blocks that are mostly links are "read also" or tag lists.
    if ((el.name === 'ul' || el.name === 'ol' || el.name === 'div' || el.name === 'section' || el.name === 'p') && linkDensity(el) > 0.5) {
      const length = textLength(el)
      if (length < 600) return
    }
    if (el.name === 'figcaption' || el.name === 'h1') return
    for (const child of el.children) walk(child)
    if (isBlock) flush()
  }
  walk(container)
  flush()
  return lines.join('\n')
}

function siblingsToInclude(container: Element): Element[] {
  const parent = container.parent
  if (!isTag(parent)) return [container]
  const containerLength = textLength(container)
  return parent.children.filter((child): child is Element => {
    if (child === container) return true
    if (!isTag(child)) return false
    const el = child
    if (el.name !== 'p' && el.name !== 'div' && el.name !== 'section') return false
    const length = textLength(el)
    const density = linkDensity(el)
    if (el.name === 'p') return (length > 80 && density < 0.25) || (length > 0 && density === 0 && /[.!?»"]\s*$/.test($text(el)))
    return length > Math.max(200, containerLength * 0.3) && density < 0.2
  })
}

function $text(el: Element): string {
  return tidyText(load([el]).text())
}

/**
 * Extracts an article page: headline, main text without page chrome (menus, "read also"
 * headlines, tag clouds, currency widgets, share buttons, footers) and publication date.
 */
export function extractArticle(html: string, _url?: string): ExtractedArticle {
  const $ = load(html, HTML_PARSER_OPTIONS)
  const ld = jsonLdArticle($)
  // Read before removeNoise drops the <meta> tags with the rest of the page chrome.
  const meta = readMetaTags($)
  const title = extractTitle($, meta, ld)
  removeNoise($)
  const container = pickContainer($)
  let text = ''
  if (container) {
    const parts = siblingsToInclude(container).map((el) => collectText(el))
    text = parts.filter(Boolean).join('\n')
  }
  if (text.length < 200) {
    const body = $('body')[0]
    const whole = body ? collectText(body) : ''
    if (whole.length > text.length) text = whole
  }
  const publishedAt = extractDate($, meta, ld, container ? $(container) : null)
  return { title, text: stripTitle(text, title), publishedAt }
}

function stripTitle(text: string, title: string): string {
  if (title && text.startsWith(title)) return text.slice(title.length).replace(/^\n/, '')
  return text
}
