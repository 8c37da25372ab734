import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'

export interface FileDb {
  db: Db
  path: string
  close(): Promise<void>
}

/** A migrated database in a temporary file: exports read it on a connection of their own. */
export async function createFileDb(): Promise<FileDb> {
  const dir = mkdtempSync(join(tmpdir(), 'coopwatch-web-'))
  const path = join(dir, 'archive.db')
  const db = openDb(path)
  await migrateToLatestOrThrow(db)
  return {
    db,
    path,
    async close() {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

import { createI18n } from '../../src/bot/i18n/i18n.js'
import { loadConfig } from '../../src/config.js'
import type { AppDeps } from '../../src/deps.js'
import { createHttpServer } from '../../src/http/server.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { createArchive } from '../../src/web/archive.js'
import { TestClock } from '../helpers/test-app.js'

export interface ArchiveServer extends FileDb {
  /** http://127.0.0.1:<port> */
  origin: string
  get(path: string, headers?: Record<string, string>): Promise<Response>
}

/**
 * The archive as production serves it (the HTTP server on PORT with the app's i18n) on a
 * loopback port, over a fresh migrated file database.
 */
export async function startArchiveServer(env: Record<string, string> = {}): Promise<ArchiveServer> {
  const file = await createFileDb()
  const loaded = loadConfig({ DATABASE_PATH: file.path, LOG_LEVEL: 'silent', PORT: '0', ...env }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const deps: AppDeps = { db: file.db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock: new TestClock(), metrics: createMetrics() }
  const i18n = createI18n()
  const archive = createArchive(deps, { translate: (lang, key, vars) => i18n.t(lang, key, vars) })
  const http = createHttpServer(deps, { isReceivingUpdates: () => true, archive })
  await http.start()
  const origin = `http://127.0.0.1:${http.port}`
  return {
    ...file,
    origin,
    get: (path, headers = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' }),
    async close() {
      await http.stop()
      await file.close()
    },
  }
}
