import { createApp } from './app.js'
import { systemClock } from './clock.js'
import { type Db, describeDatabaseAccessError, openDb } from './db/database.js'
import { migrateToLatestOrThrow } from './db/migrate.js'
import { limitHeapGrowth } from './heap.js'
import { syncSourcesFile } from './ingest/sources-file.js'
import { createLogger } from './logger.js'
import { createMetrics } from './metrics.js'
import { readModelFile } from './model-file.js'
import { loadConfigOrExit } from './cli/load-config.js'
import { TokenRejectedError } from './telegram/connect.js'
import { systemResolver } from './dns.js'

const SHUTDOWN_DEADLINE_MS = 9_000

limitHeapGrowth()
const config = loadConfigOrExit({ requireBotToken: true })
const logger = createLogger(config.logLevel)
if (config.modelFile !== '') {
  const model = readModelFile(config.modelFile)
  if (!model.ok) {
    console.error(model.error)
    process.exit(1)
  }
}

process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'))

/** Stops start-up with one line when the database cannot be opened or written, with the stack otherwise. */
function exitOnDatabaseError(error: unknown, what: string): never {
  const access = describeDatabaseAccessError(config.databasePath, error instanceof Error && error.cause ? error.cause : error)
  if (access) console.error(access)
  else logger.fatal({ err: error }, what)
  process.exit(1)
}

let db: Db
try {
  db = openDb(config.databasePath)
} catch (error) {
  exitOnDatabaseError(error, 'could not open the database')
}
try {
  const applied = await migrateToLatestOrThrow(db)
  if (applied.length > 0) logger.info({ applied }, 'migrations applied')
} catch (error) {
  exitOnDatabaseError(error, 'database migration failed')
}

const deps = { db, config, logger, clock: systemClock, metrics: createMetrics(), resolver: systemResolver }
const synced = await syncSourcesFile(deps)
if (!synced.ok) {
  console.error(synced.error)
  await db.destroy()
  process.exit(1)
}
const app = createApp(deps)

let isStopping = false
async function shutdown(signal: string): Promise<void> {
  if (isStopping) return
  isStopping = true
  logger.info({ signal }, 'shutting down')
  const deadline = setTimeout(() => {
    logger.error('shutdown took too long, exiting')
    process.exit(1)
  }, SHUTDOWN_DEADLINE_MS)
  try {
    await app.stop()
    await db.destroy()
  } catch (error) {
    logger.error({ err: error }, 'error during shutdown')
  }
  clearTimeout(deadline)
  logger.flush()
  process.exit(0)
}
// Not once: Ctrl-C under `npm start` brings SIGINT twice (the terminal's, and npm's forwarding it), and a
// second one unhandled would kill the shutdown half way.
process.on('SIGINT', (s) => void shutdown(s))
process.on('SIGTERM', (s) => void shutdown(s))

try {
  await app.start()
} catch (error) {
  // A SIGTERM while Telegram was still being reached aborts the start; shutdown() exits.
  if (!isStopping) {
    if (error instanceof TokenRejectedError) console.error(error.message)
    else logger.fatal({ err: error }, `could not start: ${error instanceof Error ? error.message : String(error)}`)
    await app.stop()
    await db.destroy()
    process.exit(1)
  }
}
