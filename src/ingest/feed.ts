import { decodeHTML } from 'entities'
import Parser from 'rss-parser'
import { parseDate, parseDateAsJavaScript } from './dates.js'
import { htmlToText } from './html-text.js'
import { isJsonBody, parseJsonFeed } from './json-feed.js'
import { resolveUrl } from '../url.js'

export interface FeedItem {
  title: string
  /** Absolute URL of the article page; null when the item has none. */
  link: string | null
  guid: string | null
  publishedAt: Date | null
  /** The item's text (content:encoded, content or description), often only a teaser. */
  text: string
  /** The language the item itself declares (a JSON Feed item's `language`), as written; null when it declares none. */
  language: string | null
}

export interface Feed {
  title: string
  link: string | null
  /** The language the feed declares, as it writes it ("ru", "kk-KZ"). */
  language: string | null
  items: FeedItem[]
  /** What was read of a feed that was cut short (its complete items) or too long (its first items). */
  warning: string | null
}

export type ParseFeedResult = { ok: true; feed: Feed } | { ok: false; reason: string }

/** What the response says beside its body. */
export interface FeedResponse {
  /** The Content-Type header: application/feed+json makes a JSON object without jsonfeed.org's version a JSON Feed. */
  contentType?: string | null
  /** When it was fetched: what relative dates («2 часа назад», "yesterday") are read against. */
  fetchedAt?: Date
}

type RawItem = Record<string, unknown> & {
  title?: unknown
  link?: unknown
  guid?: unknown
  id?: unknown
  pubDate?: unknown
  date?: unknown
  content?: unknown
  summary?: unknown
  'content:encoded'?: unknown
  'rdf:about'?: unknown
  'dc:date'?: unknown
  published?: unknown
  updated?: unknown
  issued?: unknown
  modified?: unknown
  /** The element's own attributes (an Atom entry's xml:base). */
  attributes?: unknown
  /** Every `<link>` element of the item as xml2js left it: an Atom link's attributes, its xml:base among them. */
  links?: unknown
}

// Atom's published and updated as Date cannot read them (renameUnreadDates): read by us, as the elements are.
const UNREAD_PUBLISHED = 'coopwatch-unread-published'
const UNREAD_UPDATED = 'coopwatch-unread-updated'

/** What rss-parser gives for the feed: its fields, and the items. */
type RawFeed = Parser.Output<RawItem> & { language?: unknown }

// A parser per call: xml2js keeps state from a failed parse, which spoils the next one.
const newParser = () =>
  new Parser<Record<string, unknown>, RawItem>({
    defaultRSS: 2,
    customFields: {
      item: [
        'published', 'updated', 'issued', 'modified', ['dcterms:modified', 'modified'], ['dcterms:issued', 'issued'],
        ['atom:published', 'published'], ['atom:updated', 'updated'], [UNREAD_PUBLISHED, 'published'], [UNREAD_UPDATED, 'updated'],
        ['$', 'attributes', { keepArray: true }], ['link', 'links', { keepArray: true }],
      ],
    },
  })

/** xml2js leaves text with attributes as { _: text, $: attrs }. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return textOf(value[0])
  if (typeof value === 'object' && '_' in value) return textOf((value)._)
  return ''
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
const entityCache = new Map<string, string>()

/** What XML 1.0 lets a character reference name: no controls but tab and line ends, no surrogates, no U+FFFE/FFFF. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

function referencedCode(reference: string): number {
  return reference[1] === 'x' || reference[1] === 'X' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10)
}

/** `&#55357;&#56832;`: an emoji written as its two UTF-16 halves, as PHP sites on MySQL's utf8 write it. */
const SURROGATE_PAIR_REFERENCE = /&(#\d+|#x[\da-f]+);&(#\d+|#x[\da-f]+);/gi

/**
 * Makes a loose feed acceptable to a strict XML parser: HTML named entities (undefined in
 * XML) become characters, stray ampersands are escaped, control characters dropped, and a
 * character reference XML forbids mended (a surrogate pair joined, a control dropped, the
 * rest U+FFFD), since one such reference would fail the whole feed.
 */
function repairXml(xml: string): string {
  return xml
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(SURROGATE_PAIR_REFERENCE, (match, high: string, low: string) => {
      const [h, l] = [referencedCode(high), referencedCode(low)]
      return h >= 0xd800 && h <= 0xdbff && l >= 0xdc00 && l <= 0xdfff ? `&#${(h - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000};` : match
    })
    .replace(/&(#\d+;|#x[\da-f]+;|([a-z][a-z\d]*);)?/gi, (match, entity: string | undefined, name: string | undefined) => {
      if (entity === undefined) return '&amp;'
      if (name === undefined) {
        const code = referencedCode(entity)
        if (isXmlChar(code)) return match
        return code < 0x20 ? '' : '\ufffd'
      }
      if (XML_ENTITIES.has(name)) return match
      let decoded = entityCache.get(name)
      if (decoded === undefined) {
        decoded = decodeHTML(`&${name};`)
        entityCache.set(name, decoded)
      }
      return decoded === `&${name};` ? `&amp;${name};` : decoded.replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'))
    })
}

const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi
const ITEM_START = /<(?:[\w.-]+:)?(?:item|entry)[\s>]/i
const TAG = /<(\/?)([\w:.-]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g
/**
 * Items of one feed read at most (the first ones: feeds list the newest first). Parsing
 * 100,000 items took 7 s and 200 MB; nobody publishes 2,000 announcements between two polls.
 */
export const MAX_FEED_ITEMS = 2_000

/**
 * The feed up to the end of its `maxItems`-th complete item (its last one by default), with
 * the elements that enclose the items (rss, channel; rdf:RDF; feed) closed again: how
 * feedparser and gofeed recover a feed cut short. Null when no item is complete.
 */
function cutAfterItem(xml: string, maxItems = Number.POSITIVE_INFINITY): { xml: string; items: number } | null {
  let end = -1
  let items = 0
  for (const match of xml.matchAll(ITEM_END)) {
    end = match.index + match[0].length
    if (++items >= maxItems) break
  }
  const firstItem = ITEM_START.exec(xml)
  if (end < 0 || !firstItem) return null
  const open: string[] = []
  for (const [, closing, name, selfClosing] of xml.slice(0, firstItem.index).matchAll(TAG)) {
    if (selfClosing) continue
    if (!closing) open.push(name!)
    else if (open.at(-1) === name) open.pop()
  }
  return { xml: `${xml.slice(0, end)}${open.reverse().map((name) => `</${name}>`).join('')}`, items }
}

const XML_BASE = /<feed\b[^>]*?\sxml:base\s*=\s*["']([^"']+)["']/i

/** The xml:base among an element's attributes (xml2js keeps them under `$`), if it has one. */
function xmlBaseOf(attributes: unknown): string | null {
  const base = typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, unknown>)['xml:base'] : undefined
  return typeof base === 'string' ? base : null
}

/** The attributes of the link rss-parser takes for an Atom entry: its rel="alternate" one, else the first. */
function entryLinkAttributes(links: unknown): unknown {
  if (!Array.isArray(links)) return undefined
  const attributes = links.map((link: unknown) => (typeof link === 'object' && link !== null ? (link as { $?: unknown }).$ : undefined))
  return attributes.find((a) => typeof a === 'object' && a !== null && (a as Record<string, unknown>).rel === 'alternate') ?? attributes[0]
}
const TITLE_ELEMENT = /(<title\b[^>]*>)([\s\S]*?)(<\/title>)/gi

/**
 * Titles with their inner markup taken out: `<title>Министр <b>культуры</b></title>` is
 * well-formed XML, but xml2js keeps the text beside the element apart and loses the words'
 * order (Atom's `type="xhtml"` titles too). A title in CDATA is text already and stays.
 */
function flattenTitles(xml: string): string {
  if (!/<title\b[^>]*>[^<]*<(?!\/title>)/i.test(xml)) return xml
  return xml.replace(TITLE_ELEMENT, (match, open: string, inner: string, close: string) =>
    !inner.includes('<') || inner.includes('<![CDATA[') ? match : `${open}${inner.replace(/<[^>]*>/g, '')}${close}`,
  )
}

const DATE_ELEMENT = /<(published|updated)(\s[^>]*)?>((?:[^<]|<!\[CDATA\[[\s\S]*?\]\]>)*)<\/\1\s*>/g

/**
 * Atom's published and updated elements that JavaScript's Date cannot read («5 желт. 2024») under another name:
 * rss-parser reads an entry's with Date and calls toISOString on it, which throws and fails the whole feed.
 */
function renameUnreadDates(xml: string): string {
  if (!xml.includes('<published') && !xml.includes('<updated')) return xml
  return xml.replace(DATE_ELEMENT, (match, name: string, attributes: string | undefined, text: string) => {
    if (!Number.isNaN(new Date(decodeHTML(text.replace(/<!\[CDATA\[|\]\]>/g, ''))).getTime())) return match
    const renamed = name === 'published' ? UNREAD_PUBLISHED : UNREAD_UPDATED
    return `<${renamed}${attributes ?? ''}>${text}</${renamed}>`
  })
}

async function parseLoose(feedXml: string): Promise<{ output: RawFeed; truncatedBy: string | null }> {
  const xml = renameUnreadDates(flattenTitles(feedXml))
  let repaired = xml
  try {
    return { output: await newParser().parseString(xml), truncatedBy: null }
  } catch (error) {
    repaired = repairXml(xml)
    try {
      if (repaired !== xml) return { output: await newParser().parseString(repaired), truncatedBy: null }
    } catch {
      // Not only entities: perhaps cut short, tried below.
    }
    const cut = cutAfterItem(repaired)
    if (cut === null) throw error
    try {
      return { output: await newParser().parseString(cut.xml), truncatedBy: firstLine(error) }
    } catch {
      throw error
    }
  }
}

const cappedWarning = (listed: number): string => `feed lists ${listed} items: the first ${MAX_FEED_ITEMS} read`

const firstLine = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error))

/**
 * What the parser's error says of the feed. rss-parser reads an RSS or RDF root with no <channel> into a
 * TypeError ("Cannot read properties of undefined"), which says nothing of the feed: that is named instead.
 */
function parserProblem(error: unknown, xml: string): string {
  if (!(error instanceof TypeError)) return firstLine(error)
  return /<channel[\s>/]/.test(xml) ? 'an element the parser needs is missing' : 'no <channel> element'
}

/** Whether the item's pubDate is rss-parser's own reading of an Atom entry's published (else updated) with Date, in the host's zone. */
function isAtomPubDate(item: RawItem): boolean {
  const pubDate = textOf(item.pubDate)
  const source = textOf(item.published) || textOf(item.updated)
  if (pubDate === '' || source === '') return false
  const read = new Date(source)
  return !Number.isNaN(read.getTime()) && read.toISOString() === pubDate
}

/**
 * The item's date as its fields write it, else as only JavaScript's Date reads one, in Almaty's time like the rest:
 * never rss-parser's isoDate, nor an Atom entry's pubDate, which it reads with Date in the host's zone.
 */
function itemDate(item: RawItem, fetchedAt: Date | undefined): Date | null {
  const texts = [item.published, isAtomPubDate(item) ? undefined : item.pubDate, item['dc:date'], item.date, item.issued, item.updated, item.modified].map(textOf)
  for (const text of texts) {
    const date = parseDate(text, fetchedAt)
    if (date) return date
  }
  for (const text of texts) {
    const date = parseDateAsJavaScript(text)
    if (date) return date
  }
  return null
}

/**
 * Parses RSS 2.0, RSS 0.9x, RSS 1.0/RDF and Atom from text (rss-parser's parseString, with a
 * second try on repaired XML for feeds that use HTML entities or stray ampersands), and JSON Feed.
 */
export async function parseFeed(xml: string, feedUrl: string, response: FeedResponse = {}): Promise<ParseFeedResult> {
  if (xml.trim() === '') return { ok: false, reason: 'empty body' }
  if (isJsonBody(xml, response.contentType)) {
    const json = parseJsonFeed(xml, feedUrl, response, MAX_FEED_ITEMS)
    return json.ok ? { ok: true, feed: { ...json.feed, warning: json.listed > MAX_FEED_ITEMS ? cappedWarning(json.listed) : null } } : json
  }
  if (!/<(rss|feed|rdf:RDF|channel)[\s>]/i.test(xml.slice(0, 10_000))) {
    return { ok: false, reason: /<html[\s>]/i.test(xml.slice(0, 2000)) ? 'not a feed: got an HTML page' : 'not a feed' }
  }
  let listed = 0
  for (ITEM_END.lastIndex = 0; ITEM_END.test(xml); ) listed++
  const head = listed > MAX_FEED_ITEMS ? cutAfterItem(xml, MAX_FEED_ITEMS) : null
  let output: RawFeed
  let truncatedBy: string | null
  try {
    ;({ output, truncatedBy } = await parseLoose(head?.xml ?? xml))
  } catch (error) {
    return { ok: false, reason: `malformed feed: ${parserProblem(error, xml)}`.slice(0, 200) }
  }
  // Atom's xml:base on the feed is the base of its links (rss-parser drops it); an entry's and a link's own xml:base resolve against it.
  const xmlBase = XML_BASE.exec(xml.slice(0, 5_000))?.[1]
  const declaredBase = xmlBase === undefined ? null : resolveUrl(decodeHTML(xmlBase), feedUrl)
  const feedLink = resolveUrl(textOf(output.link), declaredBase ?? feedUrl)
  const base = declaredBase ?? feedLink ?? feedUrl
  const language = textOf(output.language).trim() || null
  const items: FeedItem[] = (output.items ?? []).map((item) => {
    const guid = textOf(item.guid) || textOf(item.id) || textOf(item['rdf:about']) || null
    const entryBase = resolveUrl(xmlBaseOf(item.attributes), base) ?? base
    const linkBase = resolveUrl(xmlBaseOf(entryLinkAttributes(item.links)), entryBase) ?? entryBase
    const link = resolveUrl(textOf(item.link), linkBase) ?? (guid && /^https?:\/\//i.test(guid) ? resolveUrl(guid, entryBase) : null)
    const html = textOf(item['content:encoded']) || textOf(item.content) || textOf(item.summary)
    return {
      title: htmlToText(textOf(item.title)).replace(/\n/g, ' '),
      link,
      guid: guid?.trim() || null,
      publishedAt: itemDate(item, response.fetchedAt),
      text: htmlToText(html),
      // RSS and Atom items say their language only through the feed's.
      language: null,
    }
  })
  return {
    ok: true,
    feed: {
      title: htmlToText(textOf(output.title)).replace(/\n/g, ' '),
      link: feedLink,
      language,
      items,
      warning: [
        head ? cappedWarning(listed) : null,
        truncatedBy === null ? null : `feed repaired: cut short (${truncatedBy}), its ${items.length} complete items read`.slice(0, 200),
      ].filter(Boolean).join('; ') || null,
    },
  }
}
