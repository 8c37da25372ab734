import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createClassifier } from '../classify/classify.js'
import type { ArticleText } from '../classify/types.js'
import { extractArticle } from '../ingest/article.js'
import { decodeBody } from '../ingest/decode.js'
import { loadConfigOrExit } from './load-config.js'

const USAGE = 'usage: npm run classify -- FILE   (plain text: first line title, the rest body; or an .html page)\n       npm run classify -- --jsonl FILE   (lines {"id","title","body"})'

/** A user's mistake (no such file, a malformed line): one line on stderr, exit 1, no stack. */
class InputError extends Error {}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new InputError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
}

/** A page goes through ingestion's own charset detection and extraction, so the label matches what the poller would store. */
function articleFromHtml(bytes: Buffer): ArticleText {
  const { title, text } = extractArticle(decodeBody(bytes, null, 'html').text)
  return { title, body: text }
}

function articleFromText(bytes: Buffer): ArticleText {
  const [title = '', ...rest] = decodeBody(bytes).text.split(/\r?\n/)
  return { title: title.trim(), body: rest.join('\n') }
}

interface JsonlArticle {
  id: unknown
  title: string
  body: string
}

function parseJsonlLine(line: string, where: string): JsonlArticle {
  let value: Partial<JsonlArticle>
  try {
    value = JSON.parse(line) as Partial<JsonlArticle>
  } catch {
    throw new InputError(`${where}: not JSON`)
  }
  if (typeof value !== 'object' || value === null || typeof value.title !== 'string' || typeof value.body !== 'string' || value.id === undefined) {
    throw new InputError(`${where}: expected {"id","title","body"} with title and body strings`)
  }
  return { id: value.id, title: value.title, body: value.body }
}

function main(): void {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { jsonl: { type: 'string' } } })
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const classifier = createClassifier({ homeCountry: loadConfigOrExit({ requireBotToken: false }).homeCountry })
  if (values.jsonl !== undefined) {
    const lines = readInput(values.jsonl).toString('utf8').split('\n')
    lines.forEach((line, i) => {
      if (!line.trim()) return
      const { id, title, body } = parseJsonlLine(line, `${values.jsonl}:${i + 1}`)
      const c = classifier({ title, body })
      const output = { id, relevant: c.relevant, kind: c.kind, partners: c.partners, orgs: c.orgs, sectors: c.sectors, confidence: c.confidence, lang: c.lang }
      process.stdout.write(`${JSON.stringify(output)}\n`)
    })
    return
  }
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new InputError(USAGE)
  const bytes = readInput(file)
  const article = /\.html?$/i.test(file) ? articleFromHtml(bytes) : articleFromText(bytes)
  process.stdout.write(`${JSON.stringify(classifier(article), null, 2)}\n`)
}

try {
  main()
} catch (error) {
  if (!(error instanceof InputError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
