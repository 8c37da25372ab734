import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { load } from 'cheerio'
import { createClassifier } from '../classify/classify.js'
import type { ArticleText } from '../classify/types.js'

const NON_CONTENT = 'script, style, noscript, nav, footer, header, aside, form, iframe, svg'
const BLOCK_ELEMENTS = 'p, div, li, h1, h2, h3, h4, h5, h6, br, tr, section, article, blockquote'

/** Title from <h1> (else <title>), body from <article>, <main> or <body> with page chrome removed. */
function articleFromHtml(html: string): ArticleText {
  const $ = load(html)
  $(NON_CONTENT).remove()
  const title = $('h1').first().text().trim() || $('title').first().text().trim()
  $('h1').first().remove()
  const root = $('article').first().length ? $('article').first() : $('main').first().length ? $('main').first() : $('body')
  root.find(BLOCK_ELEMENTS).each((_, element) => {
    $(element).append('\n')
  })
  const body = root
    .text()
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
  return { title, body }
}

function articleFromText(text: string): ArticleText {
  const [title = '', ...rest] = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  return { title: title.trim(), body: rest.join('\n') }
}

interface JsonlArticle {
  id: unknown
  title: string
  body: string
}

function parseJsonlLine(line: string, lineNumber: number): JsonlArticle {
  const value = JSON.parse(line) as Partial<JsonlArticle>
  if (typeof value.title !== 'string' || typeof value.body !== 'string' || value.id === undefined) {
    throw new Error(`line ${lineNumber}: expected {"id","title","body"}`)
  }
  return { id: value.id, title: value.title, body: value.body }
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jsonl: { type: 'string' } } })
  const classifier = createClassifier({ homeCountry: process.env.HOME_COUNTRY || 'KZ' })
  if (values.jsonl !== undefined) {
    const lines = readFileSync(values.jsonl, 'utf8').split('\n')
    lines.forEach((line, i) => {
      if (!line.trim()) return
      const { id, title, body } = parseJsonlLine(line, i + 1)
      const c = classifier({ title, body })
      const output = { id, relevant: c.relevant, kind: c.kind, partners: c.partners, orgs: c.orgs, sectors: c.sectors, confidence: c.confidence, lang: c.lang }
      process.stdout.write(`${JSON.stringify(output)}\n`)
    })
    return
  }
  const file = positionals[0]
  if (!file) throw new Error('usage: npm run classify -- FILE | --jsonl FILE')
  const content = readFileSync(file, 'utf8')
  const article = /\.html?$/i.test(file) ? articleFromHtml(content) : articleFromText(content)
  process.stdout.write(`${JSON.stringify(classifier(article), null, 2)}\n`)
}

main()
