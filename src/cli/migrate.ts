import { migrateToLatestOrThrow } from '../db/migrate.js'
import { type Command, readCommandConfig, runAsMain, withDatabase } from './command.js'

/** `npm run migrate`: brings DATABASE_PATH up to the latest migration. */
export const run: Command = async (_argv, io) => {
  const config = readCommandConfig(io, { requireBotToken: false })
  if (!config) return 1
  return withDatabase(io, config.databasePath, async (db) => {
    const applied = await migrateToLatestOrThrow(db)
    io.stdout.write(applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n')
    return 0
  })
}

await runAsMain(import.meta.url, run)
