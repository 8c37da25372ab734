import { systemClock } from '../clock.js'
import type { Config } from '../config.js'
import { migrateToLatestOrThrow } from '../db/migrate.js'
import type { AppDeps } from '../deps.js'
import { syncSourcesFile } from '../ingest/sources-file.js'
import type { Logger } from '../logger.js'
import { createMetrics } from '../metrics.js'
import { type CommandIo, withDatabase } from './command.js'
import { systemResolver } from '../dns.js'

/**
 * Runs `work` as the ingesting commands need it: the database migrated and SOURCES_FILE
 * synced into it first (a malformed file: its one line on stderr and exit code 1).
 */
export async function withSyncedSources(io: CommandIo, config: Config, logger: Logger, work: (deps: AppDeps) => Promise<number>): Promise<number> {
  return withDatabase(io, config.databasePath, async (db) => {
    await migrateToLatestOrThrow(db)
    const deps = { db, config, logger, clock: systemClock, metrics: createMetrics(), resolver: systemResolver }
    const synced = await syncSourcesFile(deps)
    if (!synced.ok) {
      io.stderr.write(`${synced.error}\n`)
      return 1
    }
    return work(deps)
  })
}
