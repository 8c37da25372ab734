import { openDb } from '../db/database.js'
import { migrateToLatestOrThrow } from '../db/migrate.js'
import { loadConfigOrExit } from './load-config.js'

const config = loadConfigOrExit({ requireBotToken: false })
const db = openDb(config.databasePath)
try {
  const applied = await migrateToLatestOrThrow(db)
  console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date')
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await db.destroy()
}
