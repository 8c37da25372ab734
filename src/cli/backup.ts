import { backupDatabase } from '../db/backup.js'
import { loadConfigOrExit } from './load-config.js'

const USAGE = 'usage: npm run backup -- FILE   (copies DATABASE_PATH to FILE while the bot keeps running)'

const args = process.argv.slice(2)
if (args.length !== 1 || args[0]!.startsWith('-')) {
  console.error(USAGE)
  process.exit(1)
}
const { databasePath } = loadConfigOrExit({ requireBotToken: false })
if (databasePath === ':memory:') {
  console.error('DATABASE_PATH: an in-memory database cannot be backed up')
  process.exit(1)
}

const target = args[0]!
const startedAt = performance.now()
const outcome = await backupDatabase(databasePath, target)
if (!outcome.ok) {
  console.error(`backup failed: ${outcome.reason}`)
  process.exit(1)
}
const seconds = ((performance.now() - startedAt) / 1000).toFixed(2)
const megabytes = (outcome.result.bytes / 1024 / 1024).toFixed(1)
console.log(`backup: ${databasePath} → ${target} (${outcome.result.pages} pages, ${megabytes} MB, quick_check ok) in ${seconds} s`)
