import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { extractArticle } from '../../src/ingest/article.js'
import { decodeBody } from '../../src/ingest/decode.js'
import { scorePages } from '../../src/ingest/extraction-score.js'
import type { ScenarioResult } from './figure.js'

export const DEFAULT_CORPUS = '../shared/corpora/article-extraction-benchmark'
const WARM_UP_PAGES = 15

interface Page {
  url: string
  html: string
  expected: string
}

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .flatMap((file) => {
      const expected = truth[file.replace(/\.html\.gz$/, '')]
      if (!expected) return []
      const { text: html } = decodeBody(gunzipSync(readFileSync(join(dir, 'html', file))), null, 'html')
      return [{ url: expected.url, html, expected: expected.articleBody }]
    })
}

/** Readability.js as its README runs it in Node: a jsdom document, then parse(). */
function readabilityText(page: Page, virtualConsole: VirtualConsole): string {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole })
  const text = new Readability(dom.window.document).parse()?.textContent ?? ''
  dom.window.close()
  return text
}

/** Runs `extract` over every page (after a warm-up), timing only the extraction. */
function measure(pages: readonly Page[], extract: (page: Page) => string): { f1: number; pagesPerSecond: number } {
  for (const page of pages.slice(0, WARM_UP_PAGES)) extract(page)
  const predicted: string[] = []
  const started = performance.now()
  for (const page of pages) predicted.push(extract(page))
  const seconds = (performance.now() - started) / 1000
  const score = scorePages(pages.map((p, i) => ({ expected: p.expected, predicted: predicted[i]! })))
  return { f1: score.f1, pagesPerSecond: pages.length / seconds }
}

/** F1 and speed of our extractor and of Readability.js on the same pages, in this process. */
export function benchExtraction(corpus = DEFAULT_CORPUS): ScenarioResult {
  if (!existsSync(join(corpus, 'ground-truth.json'))) {
    return { figures: [], skipped: `corpus not found at ${corpus} (pass --corpus PATH to the article-extraction-benchmark folder)` }
  }
  const pages = loadPages(corpus)
  const virtualConsole = new VirtualConsole()
  const peer = measure(pages, (page) => readabilityText(page, virtualConsole))
  const ours = measure(pages, (page) => extractArticle(page.html).text)
  return {
    notes: [`${pages.length} pages of the article-extraction-benchmark; peer: @mozilla/readability 0.6 on jsdom 26`],
    figures: [
      { name: 'extraction F1', value: ours.f1, unit: '', digits: 3, target: { op: '>', peer: true }, peer: { name: 'Readability.js', value: peer.f1 } },
      { name: 'extraction speed', value: ours.pagesPerSecond, unit: 'pages/s', digits: 1, target: { op: '>=', peer: true }, peer: { name: 'Readability.js', value: peer.pagesPerSecond } },
    ],
  }
}
