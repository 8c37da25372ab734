import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { type DialectAdapter, Kysely, SqliteAdapter, SqliteDialect, type SqliteDatabase } from 'kysely'
import { LRUCache } from 'lru-cache'
import { createPhraseCache, hasPhrasesInPlace, indexedWords, matchesSearchQuery, type PhraseClause, type PhraseWays, scannedText, type SearchClause } from '../language/search-query.js'
import { type StemCache, textTerms } from '../language/stem.js'
import type { Database } from './schema.js'

export type Db = Kysely<Database>

const BUSY_TIMEOUT_MS = 5_000
/**
 * SQLite's own page cache, in KiB. better-sqlite3 builds it with 16 MB, which a growing archive
 * fills: +16 MB of the bot's resident memory once a few thousand articles are stored. The
 * queries users wait for read a few pages each in index order, and the operating system keeps
 * the file's pages cached anyway, so 4 MB is enough.
 */
const PAGE_CACHE_KIB = 4_000
/** Prepared statements kept per connection: the ingest path's run to a few dozen distinct texts. */
const MAX_CACHED_STATEMENTS = 64

/**
 * Opens (and creates, with its folder) the SQLite database: WAL so readers never wait for
 * the poller's writes, foreign keys on, a busy timeout for the CLI running beside the bot, and a
 * page cache of PAGE_CACHE_KIB.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
  registerSearchFunctions(sqlite)
  return new Kysely<Database>({ dialect: new SchemaChangingSqliteDialect({ database: withStatementCache(sqlite) }) })
}

/**
 * SQLite changes its schema inside a transaction, but kysely's adapter says it cannot, so its migrator ran each
 * migration's statements one by one: a process stopped in a migration that makes the search index and its triggers
 * again (a deploy's restart, a full disk) left a database without them, which the migration, run again, could not
 * drop. Said so, the migrator applies the pending migrations and records them in one transaction.
 */
class SchemaChangingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new SchemaChangingSqliteAdapter()
  }
}

class SchemaChangingSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

/**
 * The connection as kysely uses it, with its prepared statements kept by SQL text (the least
 * recently used dropped past MAX_CACHED_STATEMENTS). kysely prepares every query anew, and
 * preparing an insert compiles the triggers it fires too (the search index, the counts): storing
 * a poll's articles took 0.23-0.25 ms of CPU each, 0.18-0.20 with the statements kept.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new LRUCache<string, SQLite.Statement>({ max: MAX_CACHED_STATEMENTS })
  return {
    close: () => sqlite.close(),
    // kysely runs one query at a time on its connection, holding it through a stream to the end (or
    // the loop's break), so a kept statement is never mid-iteration when it is asked for again.
    prepare(text) {
      let statement = statements.get(text)
      if (!statement) {
        statement = sqlite.prepare(text)
        statements.set(text, statement)
      }
      return statement
    },
  }
}

/**
 * The functions the search index is written and read with, on every connection: search_terms(text),
 * the stems the index keeps for a text (migration 2026_12_02_1500_create_item_search calls it from
 * its triggers), search_words(text), the words it keeps (with a Kazakh Latin text's Cyrillic reading:
 * migration 2026_12_06_0500), and phrase_in_place(text, phrases, absent), whether an item's text holds each quoted phrase
 * of a search (fts-query.ts) or a word OR joined to it, and none of those after a minus, with a form of each of its words in its place: the index finds the
 * phrase's words by their first letters side by side and their stems anywhere, this reads the few
 * candidates a page or a capped count walks; and search_clauses_hold(text, clauses), whether the text
 * holds clauses of a search (JSON of SearchClause[]: fts-query.ts's HeadsMatch) as keyword alerts read them.
 */
export function registerSearchFunctions(sqlite: SQLite.Database): void {
  const cache: StemCache = new Map()
  sqlite.function('search_terms', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? [...textTerms(text, cache)].join(' ') : '',
  )
  sqlite.function('search_words', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? indexedWords(text) : ''))
  const phraseCache = createPhraseCache()
  const parsed = new LRUCache<string, PhraseClause[] | PhraseWays[]>({ max: MAX_CACHED_STATEMENTS })
  const parsedJson = <T extends PhraseClause[] | PhraseWays[]>(json: string): T => {
    let value = parsed.get(json)
    if (!value) parsed.set(json, (value = JSON.parse(json) as T))
    return value as T
  }
  sqlite.function('phrase_in_place', { deterministic: true }, (text: unknown, phrases: unknown, absent: unknown) => {
    if (typeof text !== 'string' || typeof phrases !== 'string' || typeof absent !== 'string') return 0
    return hasPhrasesInPlace(scannedText(text, cache, phraseCache), parsedJson<PhraseClause[]>(phrases), parsedJson<PhraseWays[]>(absent), phraseCache) ? 1 : 0
  })
  const parsedClauses = new LRUCache<string, SearchClause[]>({ max: MAX_CACHED_STATEMENTS })
  sqlite.function('search_clauses_hold', { deterministic: true }, (text: unknown, clauses: unknown) => {
    if (typeof text !== 'string' || typeof clauses !== 'string') return 0
    let parsed = parsedClauses.get(clauses)
    if (!parsed) parsedClauses.set(clauses, (parsed = JSON.parse(clauses) as SearchClause[]))
    return matchesSearchQuery(parsed, scannedText(text, cache, phraseCache), phraseCache) ? 1 : 0
  })
}

/** The nearest folder of `path` that exists (the one a new database or folder would be created in). */
function existingFolder(path: string): string {
  let folder = dirname(resolve(path))
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder)
  return folder
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

function accessProblem(file: string, code: string, error: unknown): string {
  const folder = existingFolder(file)
  const uid = process.getuid?.() ?? '?'
  if (code === 'ENOTDIR' || code === 'EEXIST') return `${folder} is a file, not a folder`
  if (existsSync(file) && statSync(file).isDirectory()) return 'that is a folder; give the path of a file inside it'
  if (existsSync(file) && !isWritable(file)) return `the file is not writable by this user (uid ${uid})`
  if (!isWritable(folder)) return `no permission to write in ${folder} (uid ${uid}), where the database${existsSync(dirname(file)) ? '' : ' and its folder'} would be created`
  return `${code}: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * Why the database at `path` could not be opened or written, as one line naming the path and
 * the permission missing, instead of a stack trace; null for errors that are not about access.
 */
export function describeDatabaseAccessError(path: string, error: unknown): string | null {
  const code = (error as { code?: string }).code ?? ''
  const isAccess = ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_READONLY_DIRECTORY'].includes(code) || code.startsWith('SQLITE_IOERR')
  if (!isAccess) return null
  const file = resolve(path)
  return `DATABASE_PATH: cannot open ${file} — ${accessProblem(file, code, error)}. Choose a writable path, or give this user write access (in Docker: chown 1000:1000 on a bind-mounted folder).`
}
