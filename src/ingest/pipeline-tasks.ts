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

/** The page's bytes with the server's content coding undone; a body that will not decode fails the read with the reason. */
function bytesOf(page: PageBytes): Uint8Array {
  if (!page.encoded) return page.body
  const decoded = decodeContent(page.body, page.encoded)
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.body
}

export function readFeed(page: PageBytes): Promise<ParseFeedResult> {
  return parseFeed(decodeBody(bytesOf(page), page.contentType, 'xml').text, page.url)
}

export function readSitemap(page: PageBytes): ParseSitemapResult {
  return parseSitemap(decodeBody(bytesOf(page), page.contentType, 'xml').text, page.url)
}

export function readListPage({ page, selectors }: { page: PageBytes; selectors: ListSelectors }): ParseListPageResult {
  return parseListPage(decodeBody(bytesOf(page), page.contentType, 'html').text, page.url, selectors)
}

export function readArticlePage(page: PageBytes): ExtractedArticle {
  return extractArticle(decodeBody(dropUnreadMarkup(bytesOf(page)), page.contentType, 'html').text)
}
