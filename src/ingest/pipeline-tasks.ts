import type { ListSelectors } from '../db/sources.js'
import { extractArticle, type ExtractedArticle } from './article.js'
import { decodeContent, type EncodedBody } from './content-coding.js'
import { decodeBody } from './decode.js'
import { parseFeed, type ParseFeedResult } from './feed.js'
import { parseListPage, type ParseListPageResult } from './list-page.js'
import { dropUnreadMarkup } from './raw-text.js'
import { parseSitemap, type ParseSitemapResult } from './sitemap.js'

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
}

type Unreadable = { ok: false; reason: string }

/** The page's bytes with the server's content coding undone, or why they cannot be (the reason a poll's summary gives). */
function bytesOf(page: PageBytes): Uint8Array | Unreadable {
  if (!page.encoded) return page.body
  const decoded = decodeContent(page.body, page.encoded)
  return decoded.ok ? decoded.body : decoded
}

export async function readFeed(page: PageBytes): Promise<ParseFeedResult> {
  const bytes = bytesOf(page)
  return bytes instanceof Uint8Array ? await parseFeed(decodeBody(bytes, page.contentType, 'xml').text, page.url) : bytes
}

export function readSitemap(page: PageBytes): ParseSitemapResult {
  const bytes = bytesOf(page)
  return bytes instanceof Uint8Array ? parseSitemap(decodeBody(bytes, page.contentType, 'xml').text, page.url) : bytes
}

export function readListPage({ page, selectors }: { page: PageBytes; selectors: ListSelectors }): ParseListPageResult {
  const bytes = bytesOf(page)
  return bytes instanceof Uint8Array ? parseListPage(decodeBody(bytes, page.contentType, 'html').text, page.url, selectors) : bytes
}

/** An article page's headline, date and text from its bytes as they are (not coded). */
export function extractArticlePage(page: Pick<PageBytes, 'body' | 'contentType'>): ExtractedArticle {
  return extractArticle(decodeBody(dropUnreadMarkup(page.body), page.contentType, 'html').text)
}

export function readArticlePage(page: PageBytes): ExtractedArticle | Unreadable {
  const bytes = bytesOf(page)
  return bytes instanceof Uint8Array ? extractArticlePage({ body: bytes, contentType: page.contentType }) : bytes
}
