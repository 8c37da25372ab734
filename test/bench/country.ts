import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { type App, createApp } from '../../src/app.js'
import { systemClock } from '../../src/clock.js'
import { type Db, openDb } from '../../src/db/database.js'
import { findItemsByPartner, getPartnerSummary } from '../../src/db/items.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import type { AppDeps } from '../../src/deps.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { testConfig } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'
import { HoldingProxy } from '../ops/ops-app.js'
import { type Figure, median, percentile, type ScenarioResult } from './figure.js'
import { createRandom, pick } from './generate.js'

export const ARTICLES = 1_000_000
const QUERY_RUNS = 5_000
const UPDATE_RUNS = 1_000
const STARTUP_RUNS = 3
const PAGE_SIZE = 5

/** Partners by how often they appear: a few neighbours dominate, as in the ministries' news. */
const PARTNER_WEIGHTS: [string, number][] = [
  ['RU', 18], ['CN', 12], ['UZ', 10], ['TR', 9], ['KG', 7], ['FR', 5], ['DE', 5], ['KR', 4], ['JP', 3], ['IT', 3],
  ['BY', 3], ['HU', 2], ['US', 2], ['GB', 2], ['IN', 2], ['AZ', 2], ['TJ', 2], ['TM', 2], ['MN', 1], ['PL', 1],
  ['ES', 1], ['EG', 1], ['SA', 1], ['AE', 1], ['IR', 1], ['PK', 1], ['GE', 1], ['AM', 1], ['LT', 1], ['BR', 1],
]
const WEIGHT_SUM = PARTNER_WEIGHTS.reduce((n, [, w]) => n + w, 0)
/** What people type: names in three languages, inflected, codes. */
const ASKED = ['russia', 'Ресей', 'России', 'РФ', 'china', 'Китай', 'Қытай', 'узбекистан', 'turkey', 'Түркия', 'франция', 'Germany', 'Корея', 'japan', 'Беларусь', 'kyrgyzstan']
const SECTORS = ['museums', 'theatre', 'cinema', 'heritage', 'education', 'music']
const KINDS = ['agreement', 'commission', 'meeting', 'event']

function weightedPartner(random: () => number): string {
  let r = random() * WEIGHT_SUM
  for (const [code, w] of PARTNER_WEIGHTS) if ((r -= w) < 0) return code
  return 'RU'
}

/**
 * 1,000,000 articles through raw prepared statements in one transaction, after the real
 * migrations (their triggers fill article_fts, article_partner copies and the counts):
 * 60 % about cooperation with one or two partners (90 % of those published), the rest not.
 */
function generateDatabase(path: string): void {
  const db = new SQLite(path)
  // A throw-away build: no journal while filling, WAL again afterwards as the app runs it.
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  const random = createRandom(7)
  const insertArticle = db.prepare(
    `insert into article (id, source_id, url, url_key, guid, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
     values (?, null, ?, ?, null, ?, ?, ?, ?, 'feed', ?, ?, ?, ?)`,
  )
  const insertClassification = db.prepare(
    `insert into classification (article_id, is_relevant, kind, confidence, sectors, orgs, evidence, status, status_changed_at, classified_at)
     values (?, ?, ?, ?, ?, '[]', '[]', ?, ?, ?)`,
  )
  const insertPartner = db.prepare('insert or ignore into article_partner (article_id, country, status, published_at) values (?, ?, ?, ?)')
  // Row-by-row FTS indexing is 8× slower than one rebuild at the end: lift the migration's
  // insert trigger for the build and put back exactly what it was.
  const ftsTriggers = db.prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'article' and sql like '%insert on article%' and sql like '%article_fts%'`).all() as { name: string; sql: string }[]
  for (const { name } of ftsTriggers) db.exec(`drop trigger "${name}"`)
  const start = Date.parse('2015-01-01T00:00:00Z')
  const span = Date.parse('2026-11-20T00:00:00Z') - start
  const filler = 'The parties discussed joint exhibitions, exchanges of specialists, tours of theatre companies and a programme of cultural days. '
  db.transaction(() => {
    for (let id = 1; id <= ARTICLES; id++) {
      // Mostly in publication order, as a poller stores them, with some late arrivals.
      const at = new Date(start + (span * id) / ARTICLES - random() * 3 * 86_400_000).toISOString()
      const isRelevant = random() < 0.6
      const partners = isRelevant ? [weightedPartner(random), ...(random() < 0.3 ? [weightedPartner(random)] : [])] : []
      const status = !isRelevant ? 'rejected' : random() < 0.9 ? 'published' : 'flagged'
      const title = isRelevant ? `Kazakhstan and ${partners.join(' and ')} sign memorandum on cultural cooperation no. ${id}` : `Regional news item no. ${id}`
      // Zero-padded keys append to the url_key and hash indexes instead of splitting pages all
      // over them; the /country query does not touch those indexes, and generation is faster.
      const key = String(id).padStart(7, '0')
      insertArticle.run(id, `https://www.gov.kz/news/${key}`, `gov.kz/news/${key}`, title, filler, pick(random, ['en', 'ru', 'kk']), at, at, at, `h${key}`, `s${key}`)
      insertClassification.run(id, isRelevant ? 1 : 0, isRelevant ? pick(random, KINDS) : null, isRelevant ? 0.6 + random() * 0.4 : random() * 0.3, JSON.stringify(isRelevant ? [pick(random, SECTORS)] : []), status, at, at)
      for (const country of partners) insertPartner.run(id, country, status, at)
    }
  })()
  db.exec(`insert into article_fts (article_fts) values ('rebuild')`)
  for (const { sql } of ftsTriggers) db.exec(sql)
  db.pragma('journal_mode = WAL')
  db.close()
}

function latencies(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) }
}

async function measureQueries(path: string): Promise<number[]> {
  const db = openDb(path)
  const random = createRandom(11)
  const samples: number[] = []
  try {
    for (let i = 0; i < QUERY_RUNS + 200; i++) {
      const country = weightedPartner(random)
      // Four in five ask for the first page; the others page on from somewhere in the past.
      const cursor = random() < 0.8 ? null : { publishedAt: new Date(Date.parse('2016-01-01') + random() * 3e11).toISOString(), id: ARTICLES }
      const started = performance.now()
      await getPartnerSummary(db, country)
      await findItemsByPartner(db, country, { limit: PAGE_SIZE, cursor, direction: 'older' })
      if (i >= 200) samples.push(performance.now() - started)
    }
  } finally {
    await db.destroy()
  }
  return samples
}

/** The bot on the database at `path`, as `npm start` builds it, talking to a fresh fake Bot API. */
export interface BenchBot {
  api: FakeBotApi
  app: App
  db: Db
}

export async function withBot<T>(path: string, use: (bot: BenchBot) => Promise<T>): Promise<T> {
  const api = new FakeBotApi()
  await api.start()
  const db = openDb(path)
  const deps: AppDeps = { db, config: testConfig(api, { DATABASE_PATH: path }), logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics() }
  const app = createApp(deps)
  await app.bot.init()
  try {
    return await use({ api, app, db })
  } finally {
    await app.stop()
    await db.destroy()
    await api.stop()
  }
}

/** The whole path: the update through the bot's middleware to the sendMessage call answered by the fake Bot API. */
function measureUpdates(path: string): Promise<number[]> {
  return withBot(path, async ({ api, app }) => {
    const random = createRandom(13)
    const samples: number[] = []
    for (let i = 0; i < UPDATE_RUNS + 100; i++) {
      const update = command(user(100_000 + (i % 500), pick(random, ['en', 'ru', 'kk'])), `/country ${pick(random, ASKED)}`)
      const sentBefore = api.sent().length
      const started = performance.now()
      await app.bot.handleUpdate(update)
      const ms = performance.now() - started
      const sent = api.sent().slice(sentBefore)
      // A list with ◀ ▶ buttons, not a "did not understand": the feature really answered.
      if (sent.length !== 1 || !sent[0]!.payload.reply_markup?.inline_keyboard) throw new Error(`no country list for ${update.message?.text}: ${JSON.stringify(sent[0]?.payload.text)}`)
      if (i >= 100) samples.push(ms)
      if (i % 200 === 0) api.clearCalls()
    }
    return samples
  })
}

/** Wall time from spawning src/main.ts (as `npm start` runs it) to its first getUpdates. */
async function measureStartup(path: string, dir: string): Promise<number[]> {
  const api = new FakeBotApi()
  await api.start()
  const proxy = new HoldingProxy()
  await proxy.start(api.apiRoot)
  const runs: number[] = []
  try {
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const firstGetUpdates = new Promise<number>((resolve) => {
        proxy.onCall = (method) => {
          if (method === 'getUpdates') resolve(performance.now())
        }
      })
      const started = performance.now()
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: { PATH: process.env.PATH ?? '', BOT_TOKEN: api.token, TELEGRAM_API_ROOT: proxy.root, DATABASE_PATH: path, SOURCES_FILE: join(dir, 'none.json'), PORT: '0', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
      const at = await Promise.race([firstGetUpdates, exited.then((code) => Promise.reject(new Error(`main.ts exited ${code} before getUpdates`)))])
      runs.push(at - started)
      child.kill('SIGTERM')
      const code = await exited
      if (code !== 0) throw new Error(`main.ts exited ${code} on SIGTERM`)
    }
  } finally {
    await proxy.stop()
    await api.stop()
  }
  return runs
}

/**
 * A fresh database of ARTICLES generated articles for `use`, removed afterwards. In memory-backed
 * /dev/shm where there is one: the figures are about warm queries, and writing 1 GB to a slow
 * disk would eat the benchmark's time budget.
 */
export async function withMillionArticles<T>(name: string, use: (path: string, dir: string, genSeconds: number) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), `coopwatch-bench-${name}-`))
  const path = join(dir, 'million.db')
  try {
    const db = openDb(path)
    await migrateToLatestOrThrow(db)
    await db.destroy()
    const started = performance.now()
    generateDatabase(path)
    return await use(path, dir, (performance.now() - started) / 1000)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchCountry(): Promise<ScenarioResult> {
  return withMillionArticles('country', async (path, dir, genSeconds) => {
    const check = new SQLite(path, { readonly: true })
    const published = (check.prepare(`select item_count as n from partner_country_count where country = 'RU' and status = 'published'`).get() as { n: number }).n
    const indexed = (check.prepare(`select count(*) as n from article_fts where article_fts match 'memorandum'`).get() as { n: number }).n
    const triggers = (check.prepare(`select count(*) as n from sqlite_master where type = 'trigger' and tbl_name = 'article'`).get() as { n: number }).n
    if (indexed === 0 || triggers < 3) throw new Error('the generated database lost its full-text index or triggers')
    const sizeMb = (check.prepare('select page_count * page_size as b from pragma_page_count(), pragma_page_size()').get() as { b: number }).b / 2 ** 20
    check.close()

    const query = latencies(await measureQueries(path))
    const update = latencies(await measureUpdates(path))
    const startup = await measureStartup(path, dir)
    const figures: Figure[] = [
      { name: '/country query p50', value: query.p50, unit: 'ms', digits: 2 },
      { name: '/country query p99', value: query.p99, unit: 'ms', digits: 2, target: { op: '<=', value: 5 } },
      { name: '/country update→sendMessage p50', value: update.p50, unit: 'ms', digits: 2 },
      { name: '/country update→sendMessage p99', value: update.p99, unit: 'ms', digits: 2, target: { op: '<=', value: 20 } },
      { name: 'start-up to first getUpdates', value: median(startup) / 1000, unit: 's', digits: 2, target: { op: '<=', value: 1.5 }, note: `median of ${STARTUP_RUNS}; first ${(startup[0]! / 1000).toFixed(2)} s` },
    ]
    return {
      notes: [
        `${ARTICLES.toLocaleString('en-US')} articles generated in ${genSeconds.toFixed(0)} s (${sizeMb.toFixed(0)} MB; Russia alone has ${published.toLocaleString('en-US')} published items)`,
        `query = partner summary + first or later page of ${PAGE_SIZE}, ${QUERY_RUNS} runs; update = bot.handleUpdate('/country <name>') with the fake Bot API, ${UPDATE_RUNS} runs`,
      ],
      figures,
    }
  })
}
