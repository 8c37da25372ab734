import { parseArgs } from 'node:util'
import { createClassifier } from '../classify/classify.js'
import type { ArticleText } from '../classify/types.js'
import { decodeBody } from '../ingest/decode.js'
import { extractArticlePage } from '../ingest/pipeline-tasks.js'
import { readModelFile } from '../model-file.js'
import { type Command, type CommandIo, readCommandConfig, runAsMain } from './command.js'
import { InputError, answeringInputErrors, readBytes } from './labelled.js'

const USAGE = 'usage: npm run classify -- FILE   (plain text: first line title, the rest body; or an .html page)\n       npm run classify -- --jsonl FILE   (lines {"id","title","body"})'


/** A page goes through ingestion's own charset detection and extraction, so the label matches what the poller would store. */
function articleFromHtml(bytes: Buffer): ArticleText {
  const { title, text } = extractArticlePage({ body: bytes, contentType: null })
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

/** `npm run classify -- FILE` or `-- --jsonl FILE`; honours HOME_COUNTRY and MODEL_FILE. */
export const run: Command = (argv, io) => answeringInputErrors(io, 1, () => classifyCommand(argv, io))

function classifyCommand(argv: string[], io: CommandIo): number {
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { jsonl: { type: 'string' } } })
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const model = config.modelFile === '' ? undefined : readModelFile(config.modelFile)
  if (model && !model.ok) throw new InputError(model.error)
  const classifier = createClassifier({ homeCountry: config.homeCountry, ...(model ? { model: model.model } : {}) })
  if (values.jsonl !== undefined) {
    const lines = readBytes(values.jsonl).toString('utf8').split('\n')
    lines.forEach((line, i) => {
      if (!line.trim()) return
      const { id, title, body } = parseJsonlLine(line, `${values.jsonl}:${i + 1}`)
      const c = classifier({ title, body })
      const output = { id, relevant: c.relevant, kind: c.kind, partners: c.partners, orgs: c.orgs, sectors: c.sectors, confidence: c.confidence, lang: c.lang }
      io.stdout.write(`${JSON.stringify(output)}\n`)
    })
    return 0
  }
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new InputError(USAGE)
  const bytes = readBytes(file)
  const article = /\.html?$/i.test(file) ? articleFromHtml(bytes) : articleFromText(bytes)
  io.stdout.write(`${JSON.stringify(classifier(article), null, 2)}\n`)
  return 0
}

await runAsMain(import.meta.url, run)
