import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { type StemCache, textTerms } from '../language/stem.js'
import type { Database } from './schema.js'

export type Db = Kysely<Database>

const BUSY_TIMEOUT_MS = 5_000

/**
 * Opens (and creates, with its folder) the SQLite database: WAL so readers never wait for
 * the poller's writes, foreign keys on, and a busy timeout for the CLI running beside the bot.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  sqlite.pragma('synchronous = NORMAL')
  registerSearchTerms(sqlite)
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}

/**
 * search_terms(text): the stems the search index keeps for a text (migration
 * 2026_12_02_1500_create_item_search calls it from its triggers), so every connection that
 * writes articles registers it.
 */
export function registerSearchTerms(sqlite: SQLite.Database): void {
  const cache: StemCache = new Map()
  sqlite.function('search_terms', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? [...textTerms(text, cache)].join(' ') : '',
  )
}
