import { limitHeapGrowth } from '../../src/heap.js'
import type { ScenarioResult } from './figure.js'

/**
 * Runs one benchmark scenario in this (fresh) process and prints its result as the last
 * line of stdout, so memory and JIT state never leak from one scenario into another.
 */
const [name, ...args] = process.argv.slice(2)
// Memory and latency as the bot's own process has them (src/main.ts).
limitHeapGrowth()
const option = (flag: string) => {
  const i = args.indexOf(flag)
  return i === -1 ? undefined : args[i + 1]
}

async function run(): Promise<ScenarioResult> {
  switch (name) {
    case 'classify':
      return (await import('./classify.js')).benchClassify()
    case 'extraction':
      return (await import('./extraction.js')).benchExtraction(option('--corpus'))
    case 'ingest':
      return (await import('./ingest.js')).benchIngest(option('--corpus'))
    case 'ingest-running':
      return (await import('./ingest.js')).benchIngestRunning(option('--corpus'))
    case 'backfill':
      return (await import('./backfill.js')).benchBackfill()
    case 'country':
      return (await import('./country.js')).benchCountry()
    case 'alert-fanout':
      return (await import('./alert-fanout.js')).benchAlertFanout()
    case 'archive':
      return (await import('./archive.js')).benchArchive()
    case 'hostile':
      return (await import('./hostile.js')).benchHostile()
    case 'charts':
      return (await import('./telegram.js')).benchCharts()
    case 'inline':
      return (await import('./telegram.js')).benchInline()
    default:
      throw new Error(`unknown scenario ${name}`)
  }
}

const result = await run()
process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`)
process.exit(0)
