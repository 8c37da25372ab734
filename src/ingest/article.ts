import type { AnyNode, Document, Element, Text } from 'domhandler'
import { BOILERPLATE_LINE } from '../language/page-furniture.js'
import { isSpace } from '../language/normalize.js'
import { parseDate } from './dates.js'
import { isElement, parseHtml, tidyLine } from './html-text.js'

export interface ExtractedArticle {
  /** The page's headline (og:title, the article's <h1>, else <title>). */
  title: string
  /** The main text, one paragraph per line, page chrome dropped. */
  text: string
  /** From meta tags, JSON-LD, <time> or a date written near the headline. */
  publishedAt: Date | null
}

const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'input', 'textarea',
  'nav', 'footer', 'aside', 'menu', 'dialog', 'link', 'meta',
])
/** Every attribute this file reads; raw-text.ts cuts the others from a page's bytes before it is parsed. */
export const READ_ATTRIBUTES: readonly string[] = ['class', 'id', 'style', 'role', 'hidden', 'aria-hidden', 'type', 'content', 'name', 'property', 'itemprop', 'datetime']
const DROP_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'dialog'])
const HIDDEN_STYLES = ['display:none', 'display: none', 'visibility:hidden']

// Page chrome, by class or id: the readability list plus what Kazakh news sites add
// (currency widgets, "read also" blocks, tag clouds).
const NOISE = /(^|[\s_-])(ad|ads|advert\w*|agegate|banner|breadcrumbs?|combx|comments?|community|cookie\w*|copyright|currency|currencies|disqus|exchange|extra|footer|gdpr|header|hidden|infobar|legends?|menu|modal|more-?news|nav\w*|newsletter|outbrain|pager|pagination|partners?|popular|popup|promo|rates?|read-?also|readmore|recommend\w*|related|remark|replies|rss|share\w*|shoutbox|sidebar|skyscraper|social|sponsor\w*|subscribe|subscription|supplemental|tags?|tag-?cloud|taboola|teaser|toolbar|tools|widget\w*|weather|signup|login|author-bio|print)([\s_-]|$)/i
const KEEP = /(^|[\s_-])(article|body|content|entry|main|post|story|text|news-?detail|detail)([\s_-]|$)/i
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail/i
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|byline|author/i

const TEXT_BLOCKS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd'])
const SCORED = new Set(['p', 'pre', 'blockquote', 'td', 'div', 'section'])
const BLOCK_LEVEL = new Set([
  'address', 'article', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'br',
])

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
}

// In the walks below only <p>, <div>… count as elements; script and style ones were dropped.
const isTag = (node: AnyNode | null): node is Element => node !== null && String(node.type) === 'tag'
const isText = (node: AnyNode): node is Text => String(node.type) === 'text'
const childrenOf = (node: AnyNode): AnyNode[] => ('children' in node ? node.children : [])

/** Every element under `root` in document order (the DOM is at most MAX_HTML_DEPTH deep, the walk needs no recursion). */
function elementsIn(root: AnyNode): Element[] {
  const found: Element[] = []
  const stack = [...childrenOf(root)].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    found.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return found
}

/**
 * Hands `visit` the text nodes under `root` in document order (comments skipped), until it
 * answers true.
 */
function visitText(root: AnyNode, visit: (data: string) => boolean | void): void {
  if (isText(root)) {
    visit(root.data)
    return
  }
  const stack = [...childrenOf(root)].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isText(node)) {
      if (visit(node.data)) return
    } else if (String(node.type) !== 'comment') {
      const children = childrenOf(node)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    }
  }
}

/**
 * All the text under a node, as the DOM's textContent; with `maxLength`, its first `maxLength`
 * characters, the walk stopping there (a date is looked for at the top of a page's text).
 */
function textOf(root: AnyNode, maxLength = Infinity): string {
  const parts: string[] = []
  let length = 0
  visitText(root, (data) => {
    parts.push(data)
    length += data.length
    return length >= maxLength
  })
  const text = parts.join('')
  return text.length > maxLength ? text.slice(0, maxLength) : text
}

const COMMAS = [',', '،', '，']

/** How many times `mark` stands in `text`. */
function occurrences(text: string, mark: string): number {
  let count = 0
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++
  return count
}

/** How many commas (Latin, Arabic, full-width) the text under `root` holds, read where it lies instead of joined first. */
function commasIn(root: Element): number {
  let count = 0
  visitText(root, (data) => {
    for (const comma of COMMAS) count += occurrences(data, comma)
  })
  return count
}

/** `text.trim().length`, without making the trimmed string. */
function trimmedLength(text: string): number {
  let start = 0
  let end = text.length
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return end - start
}

/**
 * Text lengths of the page's elements, each worked out once: the scores ask for the same
 * subtrees again and again. Removing an element forgets its ancestors' figures.
 */
class TextLengths {
  private readonly total = new Map<AnyNode, number>()
  private readonly links = new Map<Element, number>()

  of(node: AnyNode): number {
    if (isText(node)) return trimmedLength(node.data)
    const known = this.total.get(node)
    if (known !== undefined) return known
    let n = 0
    for (const child of childrenOf(node)) n += this.of(child)
    this.total.set(node, n)
    return n
  }

  private linkText(el: Element): number {
    const known = this.links.get(el)
    if (known !== undefined) return known
    let n = 0
    for (const child of el.children) {
      if (!isTag(child)) continue
      n += child.name === 'a' ? this.of(child) : this.linkText(child)
    }
    this.links.set(el, n)
    return n
  }

  density(el: Element): number {
    const total = this.of(el)
    return total === 0 ? 0 : this.linkText(el) / total
  }

  /**
   * Elements were removed from `parents`: their figures and their ancestors' are stale, the rest
   * still hold (each is its own subtree's), and are kept rather than worked out again.
   */
  forgetAbove(parents: Iterable<AnyNode>): void {
    const stale = new Set<AnyNode>()
    for (const parent of parents) {
      for (let node: AnyNode | null = parent; node && !stale.has(node); node = node.parent) {
        stale.add(node)
        this.total.delete(node)
        this.links.delete(node as Element)
      }
    }
  }
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && BLOCK_LEVEL.has(c.name))
}

/** `property=…`, `name=…` and `itemprop=…` of the page's <meta> tags → the first one's content. */
type MetaTags = Map<string, string | undefined>

interface JsonLdArticle {
  headline?: string
  datePublished?: string
  articleBody?: string
}

/** What the page says about itself before its chrome is dropped: meta tags, JSON-LD, headline candidates. */
interface PageHead {
  meta: MetaTags
  ld: JsonLdArticle | null
  h1: string
  title: string
}

function readJsonLd(text: string): JsonLdArticle | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
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
  return null
}

// One walk instead of a document-wide selector query per thing looked for.
function readHead(elements: readonly Element[]): PageHead {
  const head: PageHead = { meta: new Map(), ld: null, h1: '', title: '' }
  let h1: Element | undefined
  let title: Element | undefined
  for (const el of elements) {
    if (el.name === 'meta') {
      for (const attr of ['property', 'name', 'itemprop']) {
        const value = el.attribs[attr]
        if (value === undefined) continue
        const key = `${attr}=${value}`
        if (!head.meta.has(key)) head.meta.set(key, el.attribs.content)
      }
    } else if (el.name === 'script' && !head.ld && el.attribs.type?.toLowerCase() === 'application/ld+json') {
      head.ld = readJsonLd(textOf(el))
    } else if (el.name === 'h1') h1 ??= el
    else if (el.name === 'title') title ??= el
  }
  head.h1 = h1 ? textOf(h1) : ''
  head.title = title ? textOf(title) : ''
  return head
}

function metaContent(tags: MetaTags, keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.trim()
    if (value) return value
  }
  return null
}

/** The longest element text read for a relative date: a date field, not a block whose class says "time" ("timeline"). */
const MAX_RELATIVE_DATE_CHARS = 100

function extractDate(root: Document, head: PageHead, main: Element | null, fetchedAt: Date | undefined): Date | null {
  const metaDate = metaContent(head.meta, [
    'property=article:published_time', 'name=article:published_time', 'itemprop=datePublished',
    'name=pubdate', 'name=publishdate', 'name=date', 'name=DC.date.issued', 'name=dc.date',
    'property=og:published_time', 'name=sailthru.date', 'name=parsely-pub-date',
  ])
  let itemprop: Element | undefined
  let timeWithDatetime: Element | undefined
  let time: Element | undefined
  let dated: Element | undefined
  let body: Element | undefined
  for (const el of elementsIn(root)) {
    if (el.attribs.itemprop === 'datePublished') itemprop ??= el
    if (el.name === 'time') {
      time ??= el
      if (el.attribs.datetime !== undefined) timeWithDatetime ??= el
    }
    const cls = el.attribs.class
    if (cls !== undefined && (cls.includes('date') || cls.includes('time') || cls.includes('Date'))) dated ??= el
    if (el.name === 'body') body ??= el
  }
  const candidates = [
    metaDate,
    head.ld?.datePublished ?? null,
    itemprop?.attribs.datetime ?? (itemprop ? textOf(itemprop) : ''),
    timeWithDatetime?.attribs.datetime ?? null,
    time ? textOf(time) : '',
    dated ? textOf(dated) : '',
  ]
  for (const candidate of candidates) {
    const date = parseDate(candidate, candidate && candidate.length <= MAX_RELATIVE_DATE_CHARS ? fetchedAt : undefined, { readsTimeAlone: false })
    if (date) return date
  }
  // A date printed as text near the headline or at the top of the article body; never a relative
  // one, which prose is full of («3 года назад»).
  const text = main ? textOf(main, 400) : body ? textOf(body, 3000) : ''
  return parseDate(text)
}

function extractTitle(head: PageHead): string {
  const og = metaContent(head.meta, ['property=og:title', 'name=twitter:title'])
  const candidates = [head.h1, og, head.ld?.headline, head.title.split(/\s+[|—–-]\s+/)[0]]
  for (const c of candidates) {
    const title = tidyLine(c ?? '')
    if (title.length >= 3) return title
  }
  return ''
}

function isDropped(el: Element): boolean {
  const role = el.attribs.role
  return DROP_TAGS.has(el.name) || (role !== undefined && DROP_ROLES.has(role)) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true'
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.attribs.style
  return style !== undefined && HIDDEN_STYLES.some((s) => style.includes(s))
}

function hasArticleInside(el: Element): boolean {
  return elementsIn(el).some((d) => d.name === 'article' || d.name === 'main' || d.attribs.itemprop === 'articleBody')
}

/**
 * Removes whatever `shouldRemove` picks, in document order, never looking inside what it
 * removed. A decision reads only the element's own subtree, which nothing removed before it
 * in the walk belongs to, so the removals can wait until the walk is done: each parent's
 * children are then filtered once, however many of them go.
 */
function removeWhere(root: AnyNode, lengths: TextLengths, shouldRemove: (el: Element) => boolean): void {
  const removed = new Set<AnyNode>()
  const stack = [...childrenOf(root)].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    if (shouldRemove(node)) removed.add(node)
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  if (removed.size === 0) return
  const parents = new Set([...removed].flatMap((el) => (el.parent ? [el.parent] : [])))
  for (const parent of parents) {
    parent.children = parent.children.filter((child) => !removed.has(child))
    parent.children.forEach((child, i) => {
      child.prev = parent.children[i - 1] ?? null
      child.next = parent.children[i + 1] ?? null
    })
  }
  for (const el of removed) el.parent = el.prev = el.next = null
  lengths.forgetAbove(parents)
}

function removeNoise(root: Document, lengths: TextLengths): void {
  removeWhere(root, lengths, isDropped)
  // ASP.NET pages wrap everything in one <form>; only small forms are search boxes and sign-ups.
  removeWhere(root, lengths, (el) => (el.name === 'form' && lengths.of(el) < 500) || isHiddenByStyle(el))
  const body = elementsIn(root).find((el) => el.name === 'body')
  const pageLength = body ? lengths.of(body) : 0
  removeWhere(root, lengths, (tag) => {
    if (tag.attribs.class === undefined && tag.attribs.id === undefined) return false
    if (tag.name === 'body' || tag.name === 'html' || tag.name === 'article' || tag.name === 'main') return false
    const names = classAndId(tag)
    if (!NOISE.test(names) || KEEP.test(names)) return false
    // A wrapper whose class merely mentions "header" or "ad" but holds the article stays.
    if (lengths.of(tag) > pageLength * 0.4 && lengths.density(tag) < 0.5) return false
    return !hasArticleInside(tag)
  })
}

function pickContainer(root: Document, lengths: TextLengths): Element | null {
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
  for (const el of elementsIn(root)) {
    if (!SCORED.has(el.name)) continue
    if (el.name === 'div' || el.name === 'section') {
      if (hasBlockChild(el)) continue
    } else if (!TEXT_BLOCKS.has(el.name)) continue
    const length = lengths.of(el)
    if (length < 25) continue
    const contentScore = 1 + commasIn(el) + Math.min(Math.floor(length / 100), 3)
    let ancestor = el.parent
    for (let level = 0; level < 3 && isTag(ancestor); level++) {
      init(ancestor)
      scores.set(ancestor, scores.get(ancestor)! + contentScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3))
      ancestor = ancestor.parent
    }
  }
  let best: Element | null = null
  let bestScore = -Infinity
  for (const [el, score] of scores) {
    const adjusted = score * (1 - lengths.density(el))
    if (adjusted > bestScore) {
      best = el
      bestScore = adjusted
    }
  }
  return best
}

/** Blocks of text inside the container, each with its own link density, chrome dropped. */
function collectText(container: Element, lengths: TextLengths): string {
  const lines: string[] = []
  let buffer: string[] = []
  const flush = (): void => {
    const line = tidyLine(buffer.join(''))
    buffer = []
    if (line === '' || BOILERPLATE_LINE.test(line)) return
    lines.push(line)
  }
  // FLUSH on the stack closes a block element once its children are read.
  const FLUSH = null
  const stack: (AnyNode | null)[] = [container]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === FLUSH) {
      flush()
      continue
    }
    if (isText(node)) {
      buffer.push(node.data)
      continue
    }
    if (!isTag(node)) continue
    const el = node
    const isBlock = BLOCK_LEVEL.has(el.name)
    if (isBlock) flush()
    // Lists and blocks that are mostly links are "read also" or tag lists.
    if ((el.name === 'ul' || el.name === 'ol' || el.name === 'div' || el.name === 'section' || el.name === 'p') && lengths.density(el) > 0.5) {
      if (lengths.of(el) < 600) continue
    }
    if (el.name === 'figcaption' || el.name === 'h1') continue
    if (isBlock) stack.push(FLUSH)
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!)
  }
  flush()
  return lines.join('\n')
}

function siblingsToInclude(container: Element, lengths: TextLengths): Element[] {
  const parent = container.parent
  if (!isTag(parent)) return [container]
  const containerLength = lengths.of(container)
  return parent.children.filter((child): child is Element => {
    if (child === container) return true
    if (!isTag(child)) return false
    const el = child
    if (el.name !== 'p' && el.name !== 'div' && el.name !== 'section') return false
    const length = lengths.of(el)
    const density = lengths.density(el)
    if (el.name === 'p') return (length > 80 && density < 0.25) || (length > 0 && density === 0 && /[.!?»"]\s*$/.test(tidyLine(textOf(el))))
    return length > Math.max(200, containerLength * 0.3) && density < 0.2
  })
}

/**
 * Extracts an article page: headline, main text without page chrome (menus, "read also"
 * headlines, tag clouds, currency widgets, share buttons, footers) and publication date.
 */
export function extractArticle(html: string, fetchedAt?: Date): ExtractedArticle {
  const root = parseHtml(html)
  // Read before removeNoise drops the <meta> tags with the rest of the page chrome.
  const head = readHead(elementsIn(root))
  const title = extractTitle(head)
  const lengths = new TextLengths()
  removeNoise(root, lengths)
  const container = pickContainer(root, lengths)
  let text = ''
  if (container) {
    const parts = siblingsToInclude(container, lengths).map((el) => collectText(el, lengths))
    text = parts.filter(Boolean).join('\n')
  }
  if (text.length < 200) {
    const body = elementsIn(root).find((el) => el.name === 'body')
    const whole = body ? collectText(body, lengths) : ''
    if (whole.length > text.length) text = whole
  }
  const publishedAt = extractDate(root, head, container, fetchedAt)
  return { title, text: stripTitle(text, title), publishedAt }
}

function stripTitle(text: string, title: string): string {
  if (title && text.startsWith(title)) return text.slice(title.length).replace(/^\n/, '')
  return text
}
