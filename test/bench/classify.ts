import { createClassifier } from '../../src/classify/classify.js'
import { median, type ScenarioResult } from './figure.js'
import { generateArticles } from './generate.js'

const ARTICLES = 10_000
const ROUNDS = 3

/** Articles per second through the classifier on this one thread, ~2 KB generated articles in en/ru/kk. */
export function benchClassify(): ScenarioResult {
  const articles = generateArticles(ARTICLES, 42)
  const classify = createClassifier({ homeCountry: 'KZ' })
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0)
  const missed = { en: 0, ru: 0, kk: 0 }
  let partnerHits = 0
  // The first round warms the JIT; the figure is the median of the others.
  const rates: number[] = []
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now()
    for (const article of articles) {
      const result = classify({ title: article.title, body: article.body, lang: article.lang })
      if (round === 0 && article.partner) {
        if (!result.relevant) missed[article.lang] += 1
        if (result.partners.includes(article.partner)) partnerHits += 1
      }
    }
    if (round > 0) rates.push(articles.length / ((performance.now() - started) / 1000))
  }
  const withPartner = articles.filter((a) => a.partner).length
  return {
    notes: [
      `${ARTICLES.toLocaleString('en-US')} articles, ${(bytes / ARTICLES / 1024).toFixed(1)} KB each on average (UTF-8), median of ${ROUNDS} rounds after a warm-up`,
      `sanity: of ${withPartner} written about cooperation, the partner was found in ${partnerHits}; not judged relevant: en ${missed.en}, ru ${missed.ru}, kk ${missed.kk}`,
    ],
    figures: [{ name: 'classify throughput', value: median(rates), unit: 'articles/s', target: { op: '>=', value: 5000 } }],
  }
}
