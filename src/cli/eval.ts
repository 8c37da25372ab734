import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import countries from 'i18n-iso-countries'
import { DEFAULT_CONFIDENCE_THRESHOLD, createClassifier } from '../classify/classify.js'
import { TARGETS, computeFigures, meetsTargets, ratio, sameSet, type Figures, type Label, type Scored } from '../classify/evaluate.js'
import type { ArticleText, Lang } from '../classify/types.js'

const DEFAULT_FILE = 'test/fixtures/labelled.jsonl'
const USAGE = 'usage: npm run eval -- [FILE] [--split all|heldout|tuning] [--threshold 0..1] [--home KZ] [--seeds DIR]'
const HEADLINE_WORDS = { min: 4, max: 30 } as const
const HEADLINE_SCAN_LINES = 10

interface LabelledItem {
  id: string
  title: string
  body: string
  label: Label
  lang?: Lang
  split?: string
}

interface ScoredItem extends Scored {
  item: LabelledItem
}

function describeMiss({ item, predicted }: ScoredItem): string | null {
  const gold = item.label
  const problems: string[] = []
  if (gold.relevant !== predicted.relevant) problems.push(`relevant ${gold.relevant}→${predicted.relevant}`)
  if (gold.relevant && predicted.relevant) {
    if (gold.kind !== predicted.kind) problems.push(`kind ${gold.kind}→${predicted.kind}`)
    if (!sameSet(gold.partners, predicted.partners)) problems.push(`partners [${gold.partners.join(',')}]→[${predicted.partners.join(',')}]`)
    if (!sameSet(gold.orgs, predicted.orgs)) problems.push(`orgs [${gold.orgs.join(',')}]→[${predicted.orgs.join(',')}]`)
  }
  if (problems.length === 0) return null
  return `  ${item.id} [${item.lang ?? predicted.lang}] ${problems.join('; ')} (conf ${predicted.confidence}) ${item.title.slice(0, 70)}`
}

const pct = (x: number): string => x.toFixed(3)

function figuresRow(name: string, f: Figures): string {
  return `${name.padEnd(10)} ${String(f.count).padStart(4)}  ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}  ${pct(f.kind)}  ${pct(f.partners)}    ${pct(f.orgs)}  ${pct(f.sectorsJaccard)}  ${pct(f.lang)}`
}

function thresholdReport(scored: readonly ScoredItem[], threshold: number): string {
  const published = scored.filter((s) => s.predicted.relevant && s.predicted.confidence >= threshold)
  const correct = published.filter((s) => s.item.label.relevant).length
  const flagged = scored.filter((s) => s.predicted.confidence < threshold)
  const flaggedRelevant = scored.filter((s) => s.predicted.relevant && s.predicted.confidence < threshold)
  const predictedRelevant = scored.filter((s) => s.predicted.relevant).length
  return [
    `confidence threshold ${threshold}: published ${published.length} relevant items, precision ${pct(ratio(correct, published.length))}`,
    `  flagged for review: ${flaggedRelevant.length} of ${predictedRelevant} predicted relevant (${pct(ratio(flaggedRelevant.length, predictedRelevant))}), ${flagged.length} of ${scored.length} items overall (${pct(ratio(flagged.length, scored.length))})`,
  ].join('\n')
}

function report(title: string, scored: readonly ScoredItem[], threshold: number): boolean {
  const all = computeFigures(scored)
  const lines = [title, `${''.padEnd(10)} ${'n'.padStart(4)}  P      R      F1     kind   partners orgs   sectJ  lang`]
  lines.push(figuresRow('all', all))
  for (const lang of ['en', 'ru', 'kk'] as const) {
    const subset = scored.filter((s) => (s.item.lang ?? s.predicted.lang) === lang)
    if (subset.length > 0) lines.push(figuresRow(lang, computeFigures(subset)))
  }
  const splits = [...new Set(scored.map((s) => s.item.split).filter((s): s is string => s !== undefined))]
  if (splits.length > 1) for (const split of splits) lines.push(figuresRow(split, computeFigures(scored.filter((s) => s.item.split === split))))
  const met = meetsTargets(all)
  lines.push(`targets: relevant F1 ≥ ${TARGETS.relevantF1} (${pct(all.f1)}), kind ≥ ${TARGETS.kind} (${pct(all.kind)}), partners exact ≥ ${TARGETS.partners} (${pct(all.partners)}) → ${met ? 'met' : 'NOT met'}`)
  lines.push(thresholdReport(scored, threshold))
  const misses = scored.map(describeMiss).filter((m): m is string => m !== null)
  lines.push(`misses: ${misses.length}`, ...misses)
  console.log(lines.join('\n'))
  return met
}

/** Bad input (a missing file, a malformed line, an unknown option): one line on stderr, exit 2. */
class InputError extends Error {}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
}

function isLabel(value: unknown): value is Label {
  const label = value as Partial<Label> | null
  return typeof label === 'object' && label !== null && typeof label.relevant === 'boolean' && Array.isArray(label.partners) && Array.isArray(label.orgs) && Array.isArray(label.sectors)
}

function readLabelled(file: string): LabelledItem[] {
  return readText(file)
    .split('\n')
    .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => {
      let item: LabelledItem
      try {
        item = JSON.parse(line) as LabelledItem
      } catch {
        throw new InputError(`${where}: not JSON`)
      }
      if (typeof item.id !== 'string' || typeof item.title !== 'string' || typeof item.body !== 'string' || !isLabel(item.label)) {
        throw new InputError(`${where}: expected {"id","title","body","label"} with a label as in labels.md`)
      }
      return item
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

function readSeeds(dir: string): LabelledItem[] {
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

function seedPasses({ item, predicted }: ScoredItem): boolean {
  const gold = item.label
  if (gold.relevant !== predicted.relevant) return false
  if (!gold.relevant) return true
  return gold.kind === predicted.kind && sameSet(gold.partners, predicted.partners) && sameSet(gold.orgs, predicted.orgs)
}

function reportSeeds(scored: readonly ScoredItem[]): boolean {
  const passed = scored.filter(seedPasses)
  for (const s of scored) {
    const p = s.predicted
    console.log(`  ${seedPasses(s) ? 'PASS' : 'FAIL'} ${s.item.id}: relevant=${p.relevant} kind=${p.kind} partners=[${p.partners.join(',')}] orgs=[${p.orgs.join(',')}] conf=${p.confidence}${seedPasses(s) ? '' : ` (expected kind=${s.item.label.kind} partners=[${s.item.label.partners.join(',')}] orgs=[${s.item.label.orgs.join(',')}])`}`)
  }
  console.log(`seeds: ${passed.length}/${scored.length} (target ${scored.length}/${scored.length})`)
  return passed.length === scored.length
}

function main(): number {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        split: { type: 'string', default: 'all' },
        home: { type: 'string', default: 'KZ' },
        threshold: { type: 'string' },
      },
    })
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const split = values.split
  if (!['all', 'heldout', 'tuning'].includes(split)) throw new InputError(`--split: expected heldout, tuning or all, got "${split}"`)
  const threshold = values.threshold === undefined ? DEFAULT_CONFIDENCE_THRESHOLD : Number(values.threshold)
  if (!(threshold >= 0 && threshold <= 1)) throw new InputError(`--threshold: expected a number in 0..1, got "${values.threshold}"`)
  if (!/^[A-Za-z]{2}$/.test(values.home) || !countries.isValid(values.home)) throw new InputError(`--home: expected an ISO 3166-1 alpha-2 country code such as KZ, got "${values.home}"`)
  const classifier = createClassifier({ homeCountry: values.home })
  const score = (items: readonly LabelledItem[]): ScoredItem[] => items.map((item) => ({ item, predicted: classifier({ title: item.title, body: item.body }) }))
  let ok = true
  if (values.seeds !== undefined) {
    console.log(`seeds from ${values.seeds}`)
    ok = reportSeeds(score(readSeeds(values.seeds))) && ok
  }
  if (values.seeds === undefined || positionals.length > 0) {
    const file = positionals[0] ?? DEFAULT_FILE
    const items = readLabelled(file).filter((item) => split === 'all' || item.split === split)
    ok = report(`eval ${file} (split ${split}, ${items.length} items)`, score(items), threshold) && ok
  }
  return ok ? 0 : 1
}

try {
  process.exitCode = main()
} catch (error) {
  if (!(error instanceof InputError)) throw error
  console.error(error.message)
  process.exitCode = 2
}
