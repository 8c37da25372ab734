import { readFileSync } from 'node:fs'
import { createClassifier } from '../../src/classify/classify.js'
import { LANGS, type Lang } from '../../src/classify/types.js'
import { median, type ScenarioResult } from './figure.js'

const CORPUS = 'corpus/events.jsonl'
const ROUNDS = 10

interface CorpusArticle {
  title: string
  body: string
  lang: string
}

/** Articles per second through the classifier on this one thread: the project's own real articles (corpus/events.jsonl). */
export function benchClassify(): ScenarioResult {
  const articles = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle)
  const classify = createClassifier({ homeCountry: 'KZ' })
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0)
  const langOf = (lang: string): Lang | null => (LANGS.includes(lang as Lang) ? (lang as Lang) : null)
  // The first round warms the JIT; the figure is the median of the others.
  const rates: number[] = []
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now()
    for (const article of articles) classify({ title: article.title, body: article.body, lang: langOf(article.lang) })
    if (round > 0) rates.push(articles.length / ((performance.now() - started) / 1000))
  }
  return {
    notes: [`${articles.length} real articles of ${CORPUS}, ${(bytes / articles.length / 1024).toFixed(1)} KB each on average (UTF-8), median of ${ROUNDS} rounds after a warm-up`],
    figures: [{ name: 'classify throughput', value: median(rates), unit: 'articles/s', target: { op: '>=', value: 2000 } }],
  }
}
