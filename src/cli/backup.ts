import { backupDatabase } from '../db/backup.js'
import { type Command, readCommandConfig, runAsMain } from './command.js'

const USAGE = 'usage: npm run backup -- FILE   (copies DATABASE_PATH to FILE while the bot keeps running)'

/** `npm run backup -- FILE`: a consistent copy of the live database. */
export const run: Command = async (argv, io) => {
  const target = argv[0]
  if (argv.length !== 1 || target === undefined || target.startsWith('-')) {
    io.stderr.write(`${USAGE}\n`)
    return 1
  }
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  const { databasePath } = config
  if (databasePath === ':memory:') {
    io.stderr.write('DATABASE_PATH: an in-memory database cannot be backed up\n')
    return 1
  }
  const startedAt = performance.now()
  const outcome = await backupDatabase(databasePath, target)
  if (!outcome.ok) {
    io.stderr.write(`backup failed: ${outcome.reason}\n`)
    return 1
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2)
  const megabytes = (outcome.result.bytes / 1024 / 1024).toFixed(1)
  io.stdout.write(`backup: ${databasePath} → ${target} (${outcome.result.pages} pages, ${megabytes} MB, quick_check ok) in ${seconds} s\n`)
  return 0
}

await runAsMain(import.meta.url, run)
