import { readdir } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { inspect } from 'node:util'
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely'
import type { Db } from './database.js'

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

// kysely's FileMigrationProvider imports from inside node_modules, where tsx and vitest do
// not transform .ts files; importing from our own module keeps one loader for app, CLI and tests.
// Run from source the folder holds .ts files, built (dist/migrations) their .js.
const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_\d{2}_\d{2}_\d{4}_.+\.[jt]s$/.test(f) && !f.endsWith('.d.ts')).sort()
    const migrations: Record<string, Migration> = {}
    for (const file of files) {
      migrations[file.replace(/\.[jt]s$/, '')] = (await import(pathToFileURL(MIGRATIONS_DIR + file).href)) as Migration
    }
    return migrations
  },
}

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider: migrationProvider })
}

function throwOnError({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : inspect(error)}`, { cause: error })
  }
  return (results ?? []).map((r) => r.migrationName)
}

/** Applies every pending migration; returns the names applied (none when up to date). */
export async function migrateToLatestOrThrow(db: Db): Promise<string[]> {
  return throwOnError(await createMigrator(db).migrateToLatest())
}

/** Reverts every migration, newest first (used by the migration test). */
export async function migrateDownAllOrThrow(db: Db): Promise<string[]> {
  const migrator = createMigrator(db)
  const reverted: string[] = []
  for (;;) {
    const names = throwOnError(await migrator.migrateDown())
    if (names.length === 0) return reverted
    reverted.push(...names)
  }
}
