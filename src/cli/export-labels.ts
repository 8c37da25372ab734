import { createWriteStream, existsSync } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { type CorrectedItem, iterateCorrectedItems } from '../db/review.js'
import { type Command, readCommandConfig, runAsMain, withDatabase } from './command.js'

// `npm run export-labels [-- --out FILE]`: the items admins approved, rejected or relabelled
// (and did not undo), as labelled JSONL in the evaluation set's format, for `npm run eval`
// and for growing the test corpus. A rejected item is exported as not relevant.

function toLabelledLine(item: CorrectedItem): string {
  const { labels } = item
  const isRelevant = labels.status !== 'rejected' && labels.relevant
  return JSON.stringify({
    id: item.url,
    lang: item.lang,
    title: item.title,
    body: item.body,
    label: {
      relevant: isRelevant,
      kind: isRelevant ? labels.kind : null,
      partners: isRelevant ? [...labels.partners].sort() : [],
      orgs: isRelevant ? [...labels.orgs].sort() : [],
      sectors: isRelevant ? labels.sectors : [],
    },
  })
}

/** `npm run export-labels [-- --out FILE]`: JSONL on stdout, or in FILE. */
export const run: Command = async (argv, io) => {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string', short: 'o' } } })
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  if (config.databasePath !== ':memory:' && !existsSync(config.databasePath)) {
    io.stderr.write(`DATABASE_PATH: no database at ${config.databasePath}\n`)
    return 1
  }
  return withDatabase(io, config.databasePath, async (db) => {
    const out: Writable = values.out ? createWriteStream(values.out) : io.stdout
    let count = 0
    for await (const item of iterateCorrectedItems(db)) {
      if (!out.write(`${toLabelledLine(item)}\n`)) await once(out, 'drain')
      count += 1
    }
    if (values.out) {
      out.end()
      await once(out, 'finish')
    }
    io.stderr.write(`exported ${count} labelled item${count === 1 ? '' : 's'}${values.out ? ` to ${values.out}` : ''}\n`)
    return 0
  })
}

await runAsMain(import.meta.url, run)
