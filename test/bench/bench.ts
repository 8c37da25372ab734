import { spawn } from 'node:child_process'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { type Command, linePrinters, runAsMain } from '../../src/cli/command.js'
import { nodeFlags, scriptEnv } from '../helpers/start-command.js'
import { type Figure, isMet, type ScenarioResult } from './figure.js'
import { referenceWorkMs } from './machine-pace.js'

/** The scenarios in the order they run; each runs in its own process (run-scenario.ts). */
const SCENARIOS = ['classify', 'extraction', 'ingest', 'ingest-running', 'backfill', 'country', 'alert-fanout', 'archive', 'hostile', 'charts', 'inline'] as const
type Scenario = (typeof SCENARIOS)[number]
const RESULT_PREFIX = 'BENCH_RESULT '

const USAGE = `usage: npm run bench [-- --only ${SCENARIOS.join(',')}] [--corpus PATH] [--strict]
  --only     run these scenarios only (comma-separated)
  --corpus   the article-extraction-benchmark folder (default ../shared/corpora/article-extraction-benchmark)
  --strict   exit 1 when a target is missed (a crashed scenario always exits 1)`

function parseArgs(argv: string[]): { only: Scenario[]; corpus?: string; isStrict: boolean } | { error: string } {
  let only: Scenario[] = [...SCENARIOS]
  let corpus: string | undefined
  let isStrict = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--only') {
      const names = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n))
      if (names.length === 0 || unknown.length > 0) return { error: `--only: unknown scenario ${unknown.join(', ') || '(none given)'}` }
      only = SCENARIOS.filter((s) => names.includes(s))
    } else if (arg === '--corpus') {
      corpus = argv[++i]
      if (!corpus) return { error: '--corpus: expected a folder' }
    } else if (arg === '--strict') {
      isStrict = true
    } else {
      return { error: `unknown argument ${arg}` }
    }
  }
  return { only, corpus, isStrict }
}

/** The Node flags and environment npm start runs with (package.json; npm run ingest's are the same), read there so a scenario's process runs as the bot does. */
const NODE_FLAGS = nodeFlags()
const SCRIPT_ENV = scriptEnv()

function runScenario(name: Scenario, extraArgs: string[]): Promise<ScenarioResult | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', '--expose-gc', 'test/bench/run-scenario.ts', name, ...extraArgs], {
      env: { ...process.env, ...SCRIPT_ENV },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.on('exit', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX))
      if (code === 0 && line) return resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as ScenarioResult)
      resolve({ error: `exited ${signal ?? code}${stdout.trim() ? `: ${stdout.trim().split('\n').at(-1)}` : ''}` })
    })
  })
}

/**
 * The machine's load and pace when a figure was taken: on a busy machine every figure is worse,
 * and on a slow spell of the VM too, which the load average does not show (machine-pace.ts).
 */
const loadLine = () =>
  `load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min) on ${availableParallelism()} cores; reference work ${referenceWorkMs().toFixed(0)} ms of CPU (the same work every run: higher is a slower machine)`

const number = (value: number, digits: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

function formatFigure(f: Figure): string {
  const digits = f.digits ?? 0
  const value = `${number(f.value, digits)}${f.unit ? ` ${f.unit}` : ''}`
  const op = f.target?.op.replace('>=', '≥').replace('<=', '≤')
  const target = !f.target ? '' : 'peer' in f.target ? `target ${op} peer` : `target ${op} ${number(f.target.value, digits)}`
  const peer = f.peer ? `peer ${f.peer.name} ${number(f.peer.value, digits)}` : ''
  const met = isMet(f)
  const mark = met === undefined ? ' ' : met ? '✓' : '✗'
  return `  ${mark} ${f.name.padEnd(28)} ${value.padStart(20)}   ${target.padEnd(18)} ${peer}${f.note ? `  (${f.note})` : ''}`.trimEnd()
}

/** `npm run bench`: runs the scenarios and prints each figure beside its target. */
export const run: Command = async (argv, io) => {
  const { print, printError } = linePrinters(io)
  const parsed = parseArgs(argv)
  if ('error' in parsed) {
    printError(parsed.error)
    printError(USAGE)
    return 1
  }

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  print(`coopwatch bench — node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB`)
  let missed = 0
  let crashed = 0
  const started = performance.now()
  for (const name of parsed.only) {
    print(`\n${name} (${loadLine()})`)
    const scenarioStarted = performance.now()
    const result = await runScenario(name, (name === 'extraction' || name.startsWith('ingest')) && parsed.corpus ? ['--corpus', parsed.corpus] : [])
    if ('error' in result) {
      crashed += 1
      print(`  ✗ failed: ${result.error}`)
      continue
    }
    for (const note of result.notes ?? []) print(`    ${note}`)
    if (result.skipped) print(`  - skipped: ${result.skipped}`)
    for (const figure of result.figures) {
      print(formatFigure(figure))
      if (isMet(figure) === false) missed += 1
    }
    print(`    (${((performance.now() - scenarioStarted) / 1000).toFixed(1)} s)`)
  }
  print(`\n${missed === 0 ? 'all targets met' : `${missed} target(s) missed`}${crashed ? `, ${crashed} scenario(s) failed` : ''} — ${((performance.now() - started) / 1000).toFixed(0)} s; ${loadLine()}`)
  return crashed > 0 || (parsed.isStrict && missed > 0) ? 1 : 0
}

await runAsMain(import.meta.url, run)
