import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { Update } from 'grammy/types'
import { type App, createApp } from '../../src/app.js'
import { systemClock } from '../../src/clock.js'
import { type Db, openDb, registerSearchFunctions } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { countSearchResults, findItemsByPartner, getPartnerSummary, searchItems } from '../../src/db/items.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import type { AppDeps } from '../../src/deps.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { type ApiCall, FakeBotApi } from '../helpers/fake-bot-api.js'
import { botEnv, buildOnce, spawnBot, startCommand } from '../helpers/start-command.js'
import { testConfig } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'
import { type Figure, median, percentile, type ScenarioResult } from './figure.js'
import { createRandom, pick } from '../helpers/random.js'
import { fillDeferringSearchIndex } from './generate.js'
import { systemResolver } from '../../src/dns.js'

export const ARTICLES = 1_000_000
const QUERY_RUNS = 5_000
const SEARCH_RUNS = 2_000
/** A starred word's runs: fewer, as the exact FTS5 prefix query before issue 14's fix took ~100 ms and more a run. */
const STARRED_SEARCH_RUNS = 500
const UPDATE_RUNS = 500
const STARTUP_RUNS = 5
const PAGE_SIZE = 5
/** As /search counts ("1000+"). */
const SEARCH_COUNT_CAP = 1_001
/** In the title of every relevant article: 60 % of the archive. */
const COMMON_WORD = 'memorandum'
/** In one article in 10,000, written with its accent («Lumière»), searched without. */
const RARE_WORD = 'lumiere'
const RARE_EVERY = 10_000
/** A quoted phrase in every relevant title: its candidates are read by phrase_in_place() (db/database.ts). */
const COMMON_PHRASE = '"cultural cooperation"'
/** A phrase whose second word has a three-letter stem ("day"), looked up by its index of three-letter prefixes; in every article's body. */
const SHORT_STEM_PHRASE = '"cultural days"'
/** A starred word longer than the index's four-letter prefixes, whose start («memorand») is in every relevant title: 60 % of the archive. */
const COMMON_START = 'memorand*'
/** A long start under the same common four letters («memo»), in the RARE_EVERY articles only («memorial»). */
const RARE_START = 'memorial*'

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
 * migrations (their triggers fill article_partner copies and the counts, and item_search):
 * 60 % about cooperation with one or two partners (90 % of those published), the rest not;
 * one in 10,000 names the Lumière brothers (and a memorial museum).
 */
function generateDatabase(path: string): void {
  const db = new SQLite(path)
  // A throw-away build: no journal while filling, WAL again afterwards as the app runs it.
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  // The triggers the statements below fire call it, so it must exist before they are prepared.
  registerSearchFunctions(db)
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
  const start = Date.parse('2015-01-01T00:00:00Z')
  const span = Date.parse('2026-11-20T00:00:00Z') - start
  const filler = 'The parties discussed joint exhibitions, exchanges of specialists, tours of theatre companies and a programme of cultural days. '
  fillDeferringSearchIndex(db, () => {
    for (let id = 1; id <= ARTICLES; id++) {
      // Mostly in publication order, as a poller stores them, with some late arrivals.
      const at = new Date(start + (span * id) / ARTICLES - random() * 3 * 86_400_000).toISOString()
      const isRelevant = random() < 0.6
      const partners = isRelevant ? [weightedPartner(random), ...(random() < 0.3 ? [weightedPartner(random)] : [])] : []
      const status = !isRelevant ? 'rejected' : random() < 0.9 ? 'published' : 'flagged'
      const title = `${isRelevant ? `Kazakhstan and ${partners.join(' and ')} sign ${COMMON_WORD} on cultural cooperation no. ${id}` : `Regional news item no. ${id}`}${id % RARE_EVERY === 0 ? ', Lumière film days at the memorial museum' : ''}`
      // Zero-padded keys append to the url_key and hash indexes instead of splitting pages all
      // over them; the /country query does not touch those indexes, and generation is faster.
      const key = String(id).padStart(7, '0')
      insertArticle.run(id, `https://www.gov.kz/news/${key}`, `gov.kz/news/${key}`, title, filler, pick(random, ['en', 'ru', 'kk']), at, at, at, `h${key}`, `s${key}`)
      insertClassification.run(id, isRelevant ? 1 : 0, isRelevant ? pick(random, KINDS) : null, isRelevant ? 0.6 + random() * 0.4 : random() * 0.3, JSON.stringify(isRelevant ? [pick(random, SECTORS)] : []), status, at, at)
      for (const country of partners) insertPartner.run(id, country, status, at)
    }
  })
  db.pragma('journal_mode = WAL')
  db.close()
}

function latencies(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) }
}

/** The query functions behind /country: the partner summary and a first or later page. */
async function measureCountryQueries(path: string): Promise<number[]> {
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

/** The query functions behind /search for one word: the capped count and the first page, newest first. */
async function measureSearchQueries(path: string, word: string, runs = SEARCH_RUNS): Promise<{ samples: number[]; count: number }> {
  const db = openDb(path)
  const match = toFtsQuery(word)!
  const samples: number[] = []
  let count = 0
  try {
    for (let i = 0; i < runs + 100; i++) {
      const started = performance.now()
      count = (await countSearchResults(db, match, SEARCH_COUNT_CAP)).count
      const { items } = await searchItems(db, match, { limit: PAGE_SIZE })
      if (i >= 100) samples.push(performance.now() - started)
      if (items.length === 0) throw new Error(`/search ${word} found nothing`)
    }
  } finally {
    await db.destroy()
  }
  return { samples, count }
}

/** CPU seconds a process has used so far (Linux /proc). */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(stat[11]) + Number(stat[12])) / 100
}

/** Wall time from spawning `argv` (npm start, or the image's node command) to its first getUpdates, and the CPU it took. */
async function measureStartup(api: FakeBotApi, argv: string[], path: string, dir: string): Promise<{ seconds: number[]; cpuSeconds: number[] }> {
  const seconds: number[] = []
  const cpuSeconds: number[] = []
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const firstGetUpdates = new Promise<number>((resolve) => {
      api.onCall = (call) => {
        if (call.method === 'getUpdates') resolve(performance.now())
      }
    })
    const started = performance.now()
    const bot = spawnBot(argv, botEnv(api, path, dir))
    const at = await Promise.race([firstGetUpdates, bot.exited.then((code) => Promise.reject(new Error(`${argv.join(' ')} exited ${code} before getUpdates`)))])
    seconds.push((at - started) / 1000)
    cpuSeconds.push(cpuSecondsOf(bot.child.pid!))
    await bot.stop()
  }
  api.onCall = () => undefined
  return { seconds, cpuSeconds }
}

/** One kind of update for measureRoundTrips: how to make the i-th, and which Bot API call answers it. */
export interface RoundTrip {
  update: (i: number) => Omit<Update, 'update_id'>
  isAnswer: (call: ApiCall, update: Omit<Update, 'update_id'>) => boolean
  /** Throws when the answer shows the feature did not really answer (an error text instead of a list). */
  check?: (answer: ApiCall, update: Omit<Update, 'update_id'>) => void
}

export const ROUND_TRIP_WARM_UP = 50

/**
 * The whole path a user waits for: the update queued at the fake Bot API, taken by the running
 * bot's long poll (the real start command, compiled, its runner), handled, and its answer arriving
 * back at the fake. `runs` timed round trips after a warm-up; buildOnce() must have run.
 */
export async function measureRoundTrips(api: FakeBotApi, path: string, dir: string, runs: number, trip: RoundTrip): Promise<number[]> {
  const bot = spawnBot(startCommand(), botEnv(api, path, dir))
  const samples: number[] = []
  try {
    for (let i = 0; i < runs + ROUND_TRIP_WARM_UP; i++) {
      const update = trip.update(i)
      const answer = new Promise<ApiCall>((resolve) => {
        api.onCall = (call) => {
          if (trip.isAnswer(call, update)) resolve(call)
        }
      })
      const started = performance.now()
      api.pushUpdate(update)
      const call = await Promise.race([answer, bot.exited.then((code) => Promise.reject(new Error(`the bot exited ${code}`)))])
      if (i >= ROUND_TRIP_WARM_UP) samples.push(performance.now() - started)
      trip.check?.(call, update)
      if (i % 200 === 0) api.clearCalls()
    }
  } finally {
    api.onCall = () => undefined
    await bot.stop()
  }
  return samples
}

/** A command's round trip: answered by a list with ◀ ▶ buttons, not a "did not understand". */
function commandTrip(texts: (i: number) => string): RoundTrip {
  const random = createRandom(13)
  return {
    update: (i) => command(user(100_000 + (i % 500), pick(random, ['en', 'ru', 'kk'])), texts(i)),
    isAnswer: (call, update) => call.method === 'sendMessage' && call.payload.chat_id === update.message!.chat.id,
    check: (answer, update) => {
      if (!answer.payload.reply_markup?.inline_keyboard) throw new Error(`no list for ${update.message?.text}: ${JSON.stringify(answer.payload.text)}`)
    },
  }
}

/** The bot on the database at `path`, as `npm start` builds it, talking to a fresh fake Bot API (in process). */
export interface BenchBot {
  api: FakeBotApi
  app: App
  db: Db
}

export async function withBot<T>(path: string, use: (bot: BenchBot) => Promise<T>): Promise<T> {
  const api = new FakeBotApi()
  await api.start()
  const db = openDb(path)
  const deps: AppDeps = { db, config: testConfig(api, { DATABASE_PATH: path }), logger: createLogger('silent', { pretty: false }), clock: systemClock, metrics: createMetrics(), resolver: systemResolver }
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
    const commonCount = (check.prepare(`select count(*) as n from article where title like '%${COMMON_WORD}%'`).get() as { n: number }).n
    const indexed = (check.prepare(`select count(*) as n from item_search`).get() as { n: number }).n
    const triggers = (check.prepare(`select count(*) as n from sqlite_master where type = 'trigger' and name like 'item_search_%'`).get() as { n: number }).n
    if (indexed === 0 || triggers < 6) throw new Error('the generated database lost its full-text index or triggers')
    const sizeMb = (check.prepare('select page_count * page_size as b from pragma_page_count(), pragma_page_size()').get() as { b: number }).b / 2 ** 20
    check.close()

    const country = latencies(await measureCountryQueries(path))
    const common = await measureSearchQueries(path, COMMON_WORD)
    const rare = await measureSearchQueries(path, RARE_WORD)
    const phrase = await measureSearchQueries(path, COMMON_PHRASE)
    const shortStemPhrase = await measureSearchQueries(path, SHORT_STEM_PHRASE)
    const commonStart = await measureSearchQueries(path, COMMON_START, STARRED_SEARCH_RUNS)
    const rareStart = await measureSearchQueries(path, RARE_START, STARRED_SEARCH_RUNS)
    const commonSearch = latencies(common.samples)
    const rareSearch = latencies(rare.samples)
    const phraseSearch = latencies(phrase.samples)
    const shortStemSearch = latencies(shortStemPhrase.samples)
    const commonStartSearch = latencies(commonStart.samples)
    const rareStartSearch = latencies(rareStart.samples)

    buildOnce()
    const api = new FakeBotApi()
    await api.start()
    let countryUpdate, searchUpdate, viaNpm, viaNode
    try {
      const asked = createRandom(17)
      countryUpdate = latencies(await measureRoundTrips(api, path, dir, UPDATE_RUNS, commandTrip(() => `/country ${pick(asked, ASKED)}`)))
      searchUpdate = latencies(await measureRoundTrips(api, path, dir, UPDATE_RUNS, commandTrip((i) => `/search ${i % 2 === 0 ? COMMON_WORD : RARE_WORD}`)))
      viaNpm = await measureStartup(api, ['npm', 'start', '--silent'], path, dir)
      viaNode = await measureStartup(api, startCommand(), path, dir)
    } finally {
      await api.stop()
    }
    const ms = (name: string, value: number, target?: number): Figure => ({ name, value, unit: 'ms', digits: 2, ...(target ? { target: { op: '<=', value: target } } : {}) })
    const startup = (name: string, runs: { seconds: number[]; cpuSeconds: number[] }, cpuOf: string): Figure => ({
      name, value: median(runs.seconds), unit: 's', digits: 2, target: { op: '<=', value: 1.2 },
      note: `median of ${STARTUP_RUNS}; ${cpuOf} used ${median(runs.cpuSeconds).toFixed(2)} s of CPU`,
    })
    const figures: Figure[] = [
      ms('/country query p50', country.p50),
      ms('/country query p99', country.p99, 5),
      ms(`/search "${COMMON_WORD}" query p50`, commonSearch.p50),
      ms(`/search "${COMMON_WORD}" query p99`, commonSearch.p99, 20),
      ms(`/search "${RARE_WORD}" query p50`, rareSearch.p50),
      ms(`/search "${RARE_WORD}" query p99`, rareSearch.p99, 20),
      ms(`/search ${COMMON_PHRASE} query p50`, phraseSearch.p50),
      ms(`/search ${COMMON_PHRASE} query p99`, phraseSearch.p99, 20),
      ms(`/search ${SHORT_STEM_PHRASE} query p50`, shortStemSearch.p50),
      ms(`/search ${SHORT_STEM_PHRASE} query p99`, shortStemSearch.p99, 20),
      ms(`/search ${COMMON_START} query p50`, commonStartSearch.p50),
      ms(`/search ${COMMON_START} query p99`, commonStartSearch.p99, 20),
      ms(`/search ${RARE_START} query p50`, rareStartSearch.p50),
      ms(`/search ${RARE_START} query p99`, rareStartSearch.p99, 20),
      ms('/country update→reply p50', countryUpdate.p50),
      ms('/country update→reply p99', countryUpdate.p99, 20),
      ms('/search update→reply p50', searchUpdate.p50),
      ms('/search update→reply p99', searchUpdate.p99, 20),
      startup('start-up: npm start', viaNpm, 'npm itself'),
      startup('start-up: node (Docker CMD)', viaNode, 'the bot'),
    ]
    return {
      notes: [
        `${ARTICLES.toLocaleString('en-US')} articles generated in ${genSeconds.toFixed(0)} s (${sizeMb.toFixed(0)} MB; Russia alone has ${published.toLocaleString('en-US')} published items)`,
        `/country query = partner summary + first or later page of ${PAGE_SIZE}, ${QUERY_RUNS} runs; /search query = count (capped at ${SEARCH_COUNT_CAP - 1}+) + first page of ${PAGE_SIZE} (${PAGE_SIZE + 1} read, to know whether a page follows), ${SEARCH_RUNS} runs per word or phrase`,
        `"${COMMON_WORD}" is in ${(commonCount / ARTICLES * 100).toFixed(0)} % of the articles (the count stops at ${common.count}); "${RARE_WORD}" matches ${rare.count} published items; the phrase ${COMMON_PHRASE} is in every relevant title (the count stops at ${phrase.count}), ${SHORT_STEM_PHRASE} in every body (the count stops at ${shortStemPhrase.count}); ${COMMON_START} matches ${commonStart.count}, ${RARE_START} (under the same four letters) ${rareStart.count}, ${STARRED_SEARCH_RUNS} runs each`,
        `update→reply = an update queued at the fake Bot API to the bot's sendMessage arriving there, through the real start command (compiled), long polling and the runner, ${UPDATE_RUNS} runs each`,
      ],
      figures,
    }
  })
}
