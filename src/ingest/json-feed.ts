import { decodeHTMLStrict } from 'entities'
import { parseDate } from './dates.js'
import type { Feed, FeedItem, FeedResponse } from './feed.js'
import { htmlToText, tidyLine, tidyText } from './html-text.js'
import { resolveUrl } from '../url.js'

/** The versions of https://jsonfeed.org/version/1.1 (1 and 1.1) that name a feed as JSON Feed. */
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/i
/** A bare version, as some generators write it ("1.0", "1.1"): a JSON Feed only beside JSON Feed's own fields. */
const BARE_VERSION = /^1(?:\.\d+)?$/
const JSON_FEED_TYPE = /^\s*application\/feed\+json\b/i
const JSON_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\b/i

/** The body is read as JSON: it opens as JSON does, or the server says it is JSON and it does not open as XML. */
export function isJsonBody(text: string, contentType: string | null | undefined): boolean {
  const first = /\S/.exec(text.slice(0, 1_000))?.[0]
  return first === '{' || first === '[' || (first !== '<' && JSON_TYPE.test(contentType ?? ''))
}

export type ParseJsonFeedResult = { ok: true; feed: Omit<Feed, 'warning'>; listed: number } | { ok: false; reason: string }

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A title, plain text in JSON Feed, with the character references WordPress's plugin leaves in it
 * («&#171;», "&#8211;", "&amp;") read as characters; an ampersand that opens no complete one stays ("AT&T").
 */
const titleOf = (value: unknown): string => tidyLine(decodeHTMLStrict(stringOf(value) ?? ''))

function itemOf(raw: Record<string, unknown>, base: string, fetchedAt: Date | undefined): FeedItem {
  const id = typeof raw.id === 'number' ? String(raw.id) : stringOf(raw.id)?.trim() || null
  const link = resolveUrl(stringOf(raw.url), base) ?? resolveUrl(stringOf(raw.external_url), base) ?? (id && /^https?:\/\//i.test(id) ? resolveUrl(id, base) : null)
  const html = stringOf(raw.content_html)
  const plain = stringOf(raw.content_text) || stringOf(raw.summary)
  return {
    title: titleOf(raw.title),
    link,
    guid: id,
    publishedAt: parseDate(stringOf(raw.date_published), fetchedAt) ?? parseDate(stringOf(raw.date_modified), fetchedAt),
    text: html ? htmlToText(html) : tidyText(plain ?? ''),
    language: stringOf(raw.language)?.trim() || null,
  }
}

/**
 * Reads a JSON Feed (https://jsonfeed.org, versions 1 and 1.1) into the feed RSS and Atom are
 * read into: its first `maxItems` items, relative links resolved against its feed_url, else its
 * home_page_url, else the address it came from. A JSON object is taken for one when its version
 * is jsonfeed.org's (or a bare "1.1" beside items and a home_page_url or feed_url) or the server sends it as
 * application/feed+json.
 */
function isJsonFeed(json: Record<string, unknown>, contentType: string | null | undefined): boolean {
  const version = stringOf(json.version) ?? ''
  return JSON_FEED_VERSION.test(version) || (BARE_VERSION.test(version) && Array.isArray(json.items) && ('home_page_url' in json || 'feed_url' in json)) || JSON_FEED_TYPE.test(contentType ?? '')
}

export function parseJsonFeed(text: string, feedUrl: string, { contentType, fetchedAt }: FeedResponse, maxItems: number): ParseJsonFeedResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `malformed JSON feed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) }
  }
  if (!isObject(json) || !isJsonFeed(json, contentType)) {
    return { ok: false, reason: 'not a feed: JSON without a jsonfeed.org version' }
  }
  const homePage = resolveUrl(stringOf(json.home_page_url), feedUrl)
  const base = resolveUrl(stringOf(json.feed_url), feedUrl) ?? homePage ?? feedUrl
  // A blank language ("language": "", as templates leave it) declares none, as an item's does.
  const language = stringOf(json.language)?.trim() || null
  const items = Array.isArray(json.items) ? json.items.filter(isObject) : []
  return {
    ok: true,
    feed: { title: titleOf(json.title), link: homePage, language, items: items.slice(0, maxItems).map((item) => itemOf(item, base, fetchedAt)) },
    listed: items.length,
  }
}
