import type { ListSelectors } from '../db/sources.js'
import { extractArticle, type ExtractedArticle } from './article.js'
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
  contentType: string | null
  url: string
}

export function readFeed(page: PageBytes): Promise<ParseFeedResult> {
  return parseFeed(decodeBody(page.body, page.contentType, 'xml').text, page.url)
}

export function readSitemap(page: PageBytes): ParseSitemapResult {
  return parseSitemap(decodeBody(page.body, page.contentType, 'xml').text, page.url)
}

export function readListPage({ page, selectors }: { page: PageBytes; selectors: ListSelectors }): ParseListPageResult {
  return parseListPage(decodeBody(page.body, page.contentType, 'html').text, page.url, selectors)
}

export function readArticlePage(page: PageBytes): ExtractedArticle {
  return extractArticle(decodeBody(dropUnreadMarkup(page.body), page.contentType, 'html').text)
}
