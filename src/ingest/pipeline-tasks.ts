import { createClassifier, type Classifier } from '../classify/classify.js'
import { LANGS, type Classification, type CountryAlias, type Lang } from '../classify/types.js'
import type { ListSelectors } from '../db/sources.js'
import { extractArticle } from './article.js'
import { cleanBody, cleanTitle, fingerprint } from './article-text.js'
import { decodeBody } from './decode.js'
import { parseFeed, type ParseFeedResult } from './feed.js'
import { parseListPage, type ParseListPageResult } from './list-page.js'
import { parseSitemap, type ParseSitemapResult } from './sitemap.js'

/*
 * The CPU-heavy half of ingestion (decoding, parsing, extraction, classification), run in a
 * worker thread (pipeline-work.ts) so that a hostile page slows polling, never the bot's answers.
 * Arguments and results cross threads by structured clone: plain data only.
 */

/** A fetched body, as the fetcher returned it. */
export interface PageBytes {
  body: Uint8Array
  contentType: string | null
  url: string
}

/** What the classifier of a poll cycle is built from. */
export interface ClassifierSettings {
  homeCountry: string
  aliases: readonly CountryAlias[]
}

/** Without a headline, this much of the text names the article. */
const TITLE_FROM_BODY_CHARS = 120

export interface ArticleInput {
  /** The article page, when the listing gave only a teaser and the page could be fetched. */
  page: PageBytes | null
  title: string
  text: string
  isPageTitlePreferred: boolean
  lang: string
  classifier: ClassifierSettings
}

export interface ArticleReading {
  title: string
  body: string
  /** The date the page gives, if any. */
  pagePublishedAt: Date | null
  classification: Classification
  contentHash: string
  storyKey: string
  isTitleCut: boolean
  isBodyCut: boolean
  /** For the classify-duration metric. */
  classifySeconds: number
}

let cached: { key: string; classifier: Classifier } | undefined

function classifierFor(settings: ClassifierSettings): Classifier {
  const key = JSON.stringify(settings)
  if (cached?.key !== key) cached = { key, classifier: createClassifier({ homeCountry: settings.homeCountry, extraAliases: settings.aliases }) }
  return cached.classifier
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

/**
 * One item made ready to store: the page's text and headline merged with the listing's,
 * cleaned and bounded, fingerprinted and classified. Null when it has neither title nor text.
 */
export function readArticle(input: ArticleInput): ArticleReading | null {
  let title = input.title
  let body = input.text
  let pagePublishedAt: Date | null = null
  if (input.page) {
    const article = extractArticle(decodeBody(input.page.body, input.page.contentType, 'html').text, input.page.url)
    if (article.text.length > body.length) body = article.text
    if (input.isPageTitlePreferred ? article.title : !title) title = article.title || title
    pagePublishedAt = article.publishedAt
  }
  const cleanedTitle = cleanTitle(title)
  const cleanedBody = cleanBody(body)
  if (!cleanedTitle.text && !cleanedBody.text) return null
  title = cleanedTitle.text || cleanedBody.text.slice(0, TITLE_FROM_BODY_CHARS)
  body = cleanedBody.text
  const lang = LANGS.includes(input.lang as Lang) ? (input.lang as Lang) : null
  const started = performance.now()
  const classification = classifierFor(input.classifier)({ title, body, lang })
  return {
    title, body, pagePublishedAt, classification,
    classifySeconds: (performance.now() - started) / 1000,
    contentHash: fingerprint(body || title),
    storyKey: fingerprint(title),
    isTitleCut: cleanedTitle.isCut,
    isBodyCut: cleanedBody.isCut,
  }
}
