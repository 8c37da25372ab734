import pino from 'pino'
import { listEnabledSources } from '../db/sources.js'
import { createFetcher } from '../ingest/fetch.js'
import { formatSummaryLine, formatWarningLine } from '../ingest/ingest-source.js'
import { createPipelineWork } from '../ingest/pipeline-work.js'
import { ingestSources } from '../ingest/poller.js'
import { limitHeapGrowth } from '../heap.js'
import { type Command, readCommandConfig, runAsMain } from './command.js'
import { withSyncedSources } from './with-sources.js'

/** `npm run ingest -- --once`: polls every enabled source once, one summary line each on stdout. */
export const run: Command = async (argv, io) => {
  if (!argv.includes('--once')) {
    io.stderr.write('usage: npm run ingest -- --once   (polls every enabled source once and exits)\n')
    return 2
  }
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  // The memory the running bot's poller would take for the same cycle (main.ts does the same).
  limitHeapGrowth()
  // Logs go to stderr so stdout carries only the summary lines.
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, base: undefined }, io.stderr)
  const tools = { fetcher: createFetcher(), work: createPipelineWork() }
  try {
    return await withSyncedSources(io, config, logger, async (deps) => {
      const sources = await listEnabledSources(deps.db)
      if (sources.length === 0) io.stderr.write(`no enabled sources (SOURCES_FILE=${config.sourcesFile})\n`)
      const summaries = await ingestSources(deps, tools, sources)
      for (const summary of summaries) {
        io.stdout.write(`${formatSummaryLine(summary)}\n`)
        const warning = formatWarningLine(summary)
        if (warning) io.stderr.write(`${warning}\n`)
      }
      return 0
    })
  } finally {
    tools.fetcher.close()
    await tools.work.close()
  }
}

await runAsMain(import.meta.url, run)
