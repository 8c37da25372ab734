import type { ListSelectors } from '../db/sources.js'
import { extractArticle, type ExtractedArticle } from './article.js'
import { decodeContent, type EncodedBody, MAX_BODY_BYTES } from './content-coding.js'
import { decodeBody } from './decode.js'
import { parseFeed, type ParseFeedResult } from './feed.js'
import type { ParseListPageResult } from './list-page.js'
import { dropUnreadMarkup } from './raw-text.js'
import type { Failure } from './pipeline-work.js'
import type { ParseSitemapResult } from './sitemap.js'

/*
 * What ingestion reads of untrusted bytes, whose cost grows with them (decoding, parsing,
 * extraction), run on a worker thread (pipeline-work.ts): a 10 MB page or a feed of 100,000
 * items slows polling, never the bot's answers. Arguments and results cross threads by
 * structured clone: plain data only.
 */

/** A fetched body, as the fetcher returned it. */
export interface PageBytes {
  body: Uint8Array
  /** The body is still as the server coded it (FetchRequest.isBodyLeftEncoded). */
  encoded?: EncodedBody
  contentType: string | null
  url: string
  /** When it was fetched (FetchOk.fetchedAt): relative dates on list pages, in feeds and on article pages are read against it. */
  fetchedAt?: Date
}

/** Reads the page's bytes with the server's content coding undone; a body that will not decode gives its reason (as a poll's summary says it). */
function readDecoded<T>(page: PageBytes, read: (bytes: Uint8Array) => T): T | Failure {
  if (!page.encoded) return read(page.body)
  const decoded = decodeContent(page.body, page.encoded)
  return decoded.ok ? read(decoded.body) : decoded
}

export async function readFeed(page: PageBytes): Promise<ParseFeedResult> {
  return await readDecoded(page, (bytes) => parseFeed(decodeBody(bytes, page.contentType, 'xml').text, page.url, page))
}

/** A sitemap file gzipped whole, as sitemaps.org allows (`.xml.gz`, served without a Content-Encoding), inflated; other bytes as they are. */
function inflatedFile(bytes: Uint8Array, maxBytes: number): { ok: true; body: Uint8Array } | Failure {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? decodeContent(bytes, { codings: ['gzip'], maxBytes }) : { ok: true, body: bytes }
}

// Sitemaps and list pages need cheerio's selectors: loaded by the first such read, so a worker
// that reads only feeds and articles starts without them (~0.1 s of a fresh worker's CPU).
export async function readSitemap(page: PageBytes): Promise<ParseSitemapResult> {
  const { parseSitemap } = await import('./sitemap.js')
  return readDecoded(page, (bytes) => {
    const file = inflatedFile(bytes, page.encoded?.maxBytes ?? MAX_BODY_BYTES)
    return file.ok ? parseSitemap(decodeBody(file.body, page.contentType, 'xml').text, page.url) : file
  })
}

export async function readListPage({ page, selectors }: { page: PageBytes; selectors: ListSelectors }): Promise<ParseListPageResult> {
  const { parseListPage } = await import('./list-page.js')
  return readDecoded(page, (bytes) => parseListPage(decodeBody(bytes, page.contentType, 'html').text, page.url, selectors, page.fetchedAt))
}

/** An article page's headline, date and text from its bytes as they are (not coded); a printed relative date is read against `fetchedAt`. */
export function extractArticlePage(page: Pick<PageBytes, 'body' | 'contentType' | 'fetchedAt'>): ExtractedArticle {
  return extractArticle(decodeBody(dropUnreadMarkup(page.body), page.contentType, 'html').text, page.fetchedAt)
}

export function readArticlePage(page: PageBytes): ExtractedArticle | Failure {
  return readDecoded(page, (bytes) => extractArticlePage({ body: bytes, contentType: page.contentType, fetchedAt: page.fetchedAt }))
}
