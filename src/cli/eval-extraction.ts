import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractArticlePage } from '../ingest/pipeline-tasks.js'
import { scorePages } from '../ingest/extraction-score.js'
import { type Command, type CommandIo, linePrinters, runAsMain } from './command.js'

/** Published F1 on the same 181 pages (the benchmark's README). */
const PUBLISHED_F1 = { 'Readability.js': 0.947, trafilatura: 0.958 }

/** `npm run eval-extraction -- DIR [--worst]`: our extractor's F1 on the article-extraction benchmark. */
export const run: Command = (argv, io) => Promise.resolve(evaluateExtraction(argv, io))

function evaluateExtraction(argv: string[], io: CommandIo): number {
  const { print, printError } = linePrinters(io)
  const dir = argv[0]
  if (!dir) {
    printError('usage: npm run eval-extraction -- ../shared/corpora/article-extraction-benchmark')
    return 2
  }
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'))
  const pages: { key: string; expected: string; predicted: string }[] = []
  const started = performance.now()
  for (const file of files) {
    const key = file.replace(/\.html\.gz$/, '')
    const expected = truth[key]
    if (!expected) continue
    const article = extractArticlePage({ body: gunzipSync(readFileSync(join(dir, 'html', file))), contentType: null })
    pages.push({ key, expected: expected.articleBody, predicted: article.text })
  }
  const ms = performance.now() - started
  const score = scorePages(pages)
  const f = (n: number) => n.toFixed(3)
  print(`pages: ${score.pages} (${(ms / Math.max(1, score.pages)).toFixed(1)} ms/page)`)
  print(`coopwatch       F1 ${f(score.f1)}  precision ${f(score.precision)}  recall ${f(score.recall)}`)
  for (const [name, f1] of Object.entries(PUBLISHED_F1)) print(`${name.padEnd(15)} F1 ${f(f1)} (published)`)
  if (argv.includes('--worst')) {
    const worst = pages
      .map((p) => ({ key: p.key, f1: scorePages([p]).f1, expected: p.expected.length, predicted: p.predicted.length }))
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 15)
    for (const w of worst) print(`${f(w.f1)} ${w.key} expected ${w.expected} chars, got ${w.predicted}`)
  }
  return 0
}

await runAsMain(import.meta.url, run)
