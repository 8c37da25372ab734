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
