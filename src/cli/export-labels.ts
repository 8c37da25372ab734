import { createWriteStream, existsSync } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { openDb } from '../db/database.js'
import { type CorrectedItem, iterateCorrectedItems } from '../db/review.js'
import { loadConfigOrExit } from './load-config.js'

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

const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } })
const config = loadConfigOrExit({ requireBotToken: false })
if (config.databasePath !== ':memory:' && !existsSync(config.databasePath)) {
  console.error(`DATABASE_PATH: no database at ${config.databasePath}`)
  process.exit(1)
}

const db = openDb(config.databasePath)
const out: Writable = values.out ? createWriteStream(values.out) : process.stdout
let count = 0
try {
  for await (const item of iterateCorrectedItems(db)) {
    if (!out.write(`${toLabelledLine(item)}\n`)) await once(out, 'drain')
    count += 1
  }
  if (values.out) {
    out.end()
    await once(out, 'finish')
  }
  console.error(`exported ${count} labelled item${count === 1 ? '' : 's'}${values.out ? ` to ${values.out}` : ''}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await db.destroy()
}
