import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { loadConfig } from '../../src/config.js'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import type { AppDeps } from '../../src/deps.js'
import { createHttpServer } from '../../src/http/server.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { type ArchiveOptions, createArchive } from '../../src/web/archive.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { TestClock } from '../helpers/test-app.js'
import { systemResolver } from '../../src/dns.js'

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


export interface ArchiveServer extends FileDb {
  /** http://127.0.0.1:<port> */
  origin: string
  get(path: string, headers?: Record<string, string>): Promise<Response>
}

/**
 * The archive as production serves it (the HTTP server on PORT with the app's i18n) on a
 * loopback port, over a fresh migrated file database.
 */
/** What a test may set of the archive: its options, and the clock it starts by (a release's start). */
export type ArchiveServerOptions = Partial<ArchiveOptions> & { clock?: TestClock }

export async function startArchiveServer(env: Record<string, string> = {}, options: ArchiveServerOptions = {}): Promise<ArchiveServer> {
  return serveArchive(await createFileDb(), env, options)
}

/** The archive over an existing database file (the benchmark's million items), left in place on close. */
export async function startArchiveServerOn(path: string, env: Record<string, string> = {}): Promise<ArchiveServer> {
  const db = openDb(path)
  return serveArchive({ db, path, close: () => db.destroy() }, env)
}

async function serveArchive(file: FileDb, env: Record<string, string>, { clock = new TestClock(), ...options }: ArchiveServerOptions = {}): Promise<ArchiveServer> {
  const loaded = loadConfig({ DATABASE_PATH: file.path, LOG_LEVEL: 'silent', PORT: '0', ...env }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  const deps: AppDeps = { db: file.db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics(), resolver: systemResolver }
  const i18n = createI18n()
  const archive = createArchive(deps, { translate: (lang, key, vars) => i18n.t(lang, key, vars), ...options })
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

/** Titles of the items seedArchive stores, among them ones that must never show (flagged, rejected). */
export const TITLES = {
  museums: 'Меморандум о сотрудничестве в сфере музейного дела',
  kazakh: 'Ресеймен ынтымақтастық туралы келісім',
  france: 'Days of Kazakh culture in France <script>alert(1)</script>',
  tricky: 'Talks, "quoted", and more',
  flagged: 'Secret flagged item',
  rejected: 'Rejected item',
  domestic: 'Two Almaty museums sign a memorandum',
}

/**
 * A small archive: items with RU, CN, FR and UZ in four kinds, three languages and six
 * months, one flagged and one rejected, scraped text that needs escaping.
 */
export async function seedArchive(s: ArchiveServer): Promise<Record<keyof typeof TITLES, number>> {
  const [museums, kazakh, france, tricky, flagged, rejected, domestic] = await seedItems(s.db, [
    { title: TITLES.museums, partners: ['RU'], kind: 'agreement', sectors: ['museums'], lang: 'ru', orgs: ['UNESCO'], publishedAt: '2026-11-10T08:00:00.000Z', body: 'Стороны договорились о сотрудничестве музеев.\nВторой абзац.' },
    { title: TITLES.kazakh, partners: ['RU', 'CN'], kind: 'commission', sectors: ['heritage'], lang: 'kk', publishedAt: '2025-06-01T08:00:00.000Z', body: 'Қазақстан мен Ресей ынтымақтастығы туралы.' },
    { title: TITLES.france, partners: ['FR'], kind: 'event', sectors: ['music'], lang: 'en', publishedAt: '2026-02-01T08:00:00.000Z', body: 'Concerts\u0001 and exhibitions.' },
    { title: TITLES.tricky, partners: ['RU'], kind: 'meeting', sectors: ['theatre'], lang: 'en', publishedAt: '2024-03-01T08:00:00.000Z', body: '=HYPERLINK("http://evil.example")', url: 'javascript:alert(1)' },
    { title: TITLES.flagged, partners: ['RU'], status: 'flagged', publishedAt: '2026-11-11T08:00:00.000Z' },
    { title: TITLES.rejected, partners: ['RU'], status: 'rejected', publishedAt: '2026-11-12T08:00:00.000Z' },
    { title: TITLES.domestic, partners: [], kind: 'agreement', publishedAt: '2026-11-09T08:00:00.000Z' },
  ])
  await seedItems(s.db, dailyItems(25, ['UZ'], '2026-10-20T06:00:00.000Z', { kind: 'event', sectors: ['youth'], lang: 'ru' }))
  return { museums: museums!, kazakh: kazakh!, france: france!, tricky: tricky!, flagged: flagged!, rejected: rejected!, domestic: domestic! }
}

