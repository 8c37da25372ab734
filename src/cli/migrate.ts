import { existsSync } from 'node:fs'
import { loadConfig } from '../config.js'
import { openDb } from '../db/database.js'
import { migrateToLatestOrThrow } from '../db/migrate.js'

if (existsSync('.env')) process.loadEnvFile('.env')
const loaded = loadConfig(process.env, { requireBotToken: false })
if (!loaded.ok) {
  for (const line of loaded.errors) console.error(line)
  process.exit(1)
}
const db = openDb(loaded.config.databasePath)
try {
  const applied = await migrateToLatestOrThrow(db)
  console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date')
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
} finally {
  await db.destroy()
}
