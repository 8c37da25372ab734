import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Label } from '../classify/evaluate.js'
import type { CommandIo } from './command.js'
import type { ArticleText, Lang } from '../classify/types.js'

/** A labelled article, as in the corpus, the older set and `npm run export-labels` (labels.md). */
export interface LabelledItem {
  id: string
  title: string
  body: string
  label: Label
  lang?: Lang
  split?: string
  published?: string | null
}

const HEADLINE_WORDS = { min: 4, max: 30 } as const
const HEADLINE_SCAN_LINES = 10

/** Bad input (a missing file, a malformed line, an unknown option): one line on stderr and an exit code, no stack. */
export class InputError extends Error {}

/** Runs a command's work; an InputError becomes its message on stderr and `exitCode`. */
export function answeringInputErrors(io: CommandIo, exitCode: number, work: () => number): Promise<number> {
  try {
    return Promise.resolve(work())
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    io.stderr.write(`${error.message}\n`)
    return Promise.resolve(exitCode)
  }
}

/** A file's bytes; a missing or unreadable one is an InputError naming it. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw new InputError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
}

export function readText(path: string): string {
  return readBytes(path).toString('utf8')
}

function isLabel(value: unknown): value is Label {
  const label = value as Partial<Label> | null
  return typeof label === 'object' && label !== null && typeof label.relevant === 'boolean' && Array.isArray(label.partners) && Array.isArray(label.orgs) && Array.isArray(label.sectors)
}

export function readLabelled(file: string): LabelledItem[] {
  return readText(file)
    .split('\n')
    .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => {
      let item: Omit<LabelledItem, 'id'> & { id: unknown }
      try {
        item = JSON.parse(line) as typeof item
      } catch {
        throw new InputError(`${where}: not JSON`)
      }
      // An id as `classify --jsonl` takes it: a string or a number.
      const isId = typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id))
      if (!isId || typeof item.title !== 'string' || typeof item.body !== 'string' || !isLabel(item.label)) {
        throw new InputError(`${where}: expected {"id","title","body","label"} with a label as in labels.md`)
      }
      return { ...item, id: String(item.id) }
    })
}

/** A scraped page has no marked title: the first short unpunctuated line near the top stands for it. */
function splitSeedText(text: string): ArticleText {
  const lines = text.split(/\r?\n/)
  const candidates = lines.map((line, index) => ({ line: line.trim(), index })).filter((l) => l.line).slice(0, HEADLINE_SCAN_LINES)
  const headline = candidates.find(({ line }) => {
    const words = line.split(/\s+/).length
    return words >= HEADLINE_WORDS.min && words <= HEADLINE_WORDS.max && !/[.!?:…]$/.test(line)
  })
  if (!headline) return { title: '', body: text }
  return { title: headline.line, body: lines.filter((_, i) => i !== headline.index).join('\n') }
}

interface SeedLabels {
  seeds: Record<string, { lang?: Lang; label: Label }>
}

export function readSeeds(dir: string): LabelledItem[] {
  const labelsFile = join(dir, 'labels.json')
  let labels: SeedLabels
  try {
    labels = JSON.parse(readText(labelsFile)) as SeedLabels
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`${labelsFile}: not JSON`)
  }
  const files = new Set(readdirSync(dir))
  return Object.entries(labels.seeds ?? {}).map(([file, { lang, label }]) => {
    if (!files.has(file)) throw new InputError(`${dir}: labels.json names ${file}, which is missing`)
    if (!isLabel(label)) throw new InputError(`${labelsFile}: ${file} has no label as in labels.md`)
    const article = splitSeedText(readText(join(dir, file)))
    return { id: file, title: article.title, body: article.body, label, ...(lang ? { lang } : {}) }
  })
}

