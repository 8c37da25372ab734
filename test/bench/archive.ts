import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { KINDS, SECTORS } from '../../src/classify/types.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { openDb, registerSearchFunctions } from '../../src/db/database.js'
import { createGunzip } from 'node:zlib'
import { type Figure, percentile, type ScenarioResult } from './figure.js'
import { createRandom, pick, type Random } from '../helpers/random.js'
import { fillDeferringSearchIndex } from './generate.js'
import { nodeFlags, scriptEnv } from '../helpers/start-command.js'

/** The web archive (issue 16) at a million published items: page latency over HTTP and export streaming. */

const PUBLISHED = 1_000_000
/** Flagged and rejected items the archive must never show, beside the published million. */
const HIDDEN = 100_000
const PAGE_RUNS = 300
const WARM_UP_RUNS = 20
const PAGE_P99_TARGET_MS = 50
const EXPORT_ROWS_PER_SECOND_TARGET = 50_000
/** Once a million-row export is under way, the server's resident memory may grow by at most this much more. */
const EXPORT_MEMORY_GROWTH_TARGET_MB = 16
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }

const PARTNERS: [code: string, weight: number, names: Record<'en' | 'ru' | 'kk', string>][] = [
  ['RU', 18, { en: 'Russia', ru: 'Россией', kk: 'Ресеймен' }],
  ['CN', 12, { en: 'China', ru: 'Китаем', kk: 'Қытаймен' }],
  ['UZ', 10, { en: 'Uzbekistan', ru: 'Узбекистаном', kk: 'Өзбекстанмен' }],
  ['TR', 9, { en: 'Türkiye', ru: 'Турцией', kk: 'Түркиямен' }],
  ['KG', 7, { en: 'Kyrgyzstan', ru: 'Кыргызстаном', kk: 'Қырғызстанмен' }],
  ['FR', 5, { en: 'France', ru: 'Францией', kk: 'Франциямен' }],
  ['DE', 5, { en: 'Germany', ru: 'Германией', kk: 'Германиямен' }],
  ['KR', 4, { en: 'Korea', ru: 'Кореей', kk: 'Кореямен' }],
  ['JP', 3, { en: 'Japan', ru: 'Японией', kk: 'Жапониямен' }],
  ['IT', 3, { en: 'Italy', ru: 'Италией', kk: 'Италиямен' }],
  ['HU', 2, { en: 'Hungary', ru: 'Венгрией', kk: 'Венгриямен' }],
  ['US', 2, { en: 'the United States', ru: 'США', kk: 'АҚШ-пен' }],
  ['IN', 2, { en: 'India', ru: 'Индией', kk: 'Үндістанмен' }],
  ['AZ', 2, { en: 'Azerbaijan', ru: 'Азербайджаном', kk: 'Әзербайжанмен' }],
  ['EG', 1, { en: 'Egypt', ru: 'Египтом', kk: 'Мысырмен' }],
  ['MN', 1, { en: 'Mongolia', ru: 'Монголией', kk: 'Моңғолиямен' }],
]
const WEIGHT_SUM = PARTNERS.reduce((n, [, w]) => n + w, 0)

const KIND_TITLES = {
  en: { agreement: 'Memorandum on cultural cooperation signed with', commission: 'Intergovernmental commission meets with', meeting: 'Minister of Culture holds talks with', event: 'Days of culture held jointly with' },
  ru: { agreement: 'Подписан меморандум о культурном сотрудничестве с', commission: 'Заседание межправительственной комиссии с', meeting: 'Министр культуры провёл переговоры с', event: 'Дни культуры проведены совместно с' },
  kk: { agreement: 'Мәдени ынтымақтастық туралы меморандумға қол қойылды', commission: 'Үкіметаралық комиссияның отырысы өтті', meeting: 'Мәдениет министрі келіссөздер жүргізді', event: 'Мәдениет күндері бірлесіп өтті' },
} as const

/** Words of varied frequency, so searches range from a few hundred matches to a third of the archive. */
const TOPICS = {
  en: ['museum exhibition', 'theatre tour', 'film festival', 'library exchange', 'archive digitisation', 'heritage restoration', 'music competition', 'student exchange', 'youth forum', 'tourism route'],
  ru: ['музейная выставка', 'гастроли театра', 'кинофестиваль', 'обмен библиотек', 'оцифровка архивов', 'реставрация памятников', 'музыкальный конкурс', 'обмен студентами', 'молодёжный форум', 'туристический маршрут'],
  kk: ['музей көрмесі', 'театр гастролі', 'кинофестиваль', 'кітапхана алмасуы', 'мұрағаттарды цифрландыру', 'ескерткіштерді қалпына келтіру', 'музыкалық байқау', 'студенттер алмасуы', 'жастар форумы', 'туристік бағыт'],
} as const

function weightedPartner(random: Random): (typeof PARTNERS)[number] {
  let r = random() * WEIGHT_SUM
  for (const partner of PARTNERS) if ((r -= partner[1]) < 0) return partner
  return PARTNERS[0]!
}

/**
 * A million published items (and a hundred thousand hidden ones) through prepared statements
 * after the real migrations; every trigger but the search index's (filled once at the end, as
 * the /country bench does) keeps its tables, the archive's month counts included.
 */
export function generateArchiveDatabase(path: string): void {
  const db = new SQLite(path)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  registerSearchFunctions(db)
  const random = createRandom(16)
  const sourceIds = [1, 2, 3, 4].map((n) => Number(db.prepare(`insert into source (name, url, type, lang, created_at, updated_at) values (?, ?, 'rss', 'ru', '2015-01-01T00:00:00.000Z', '2015-01-01T00:00:00.000Z')`).run(`Source ${n}`, `https://source-${n}.example/feed`).lastInsertRowid))
  const insertArticle = db.prepare(
    `insert into article (id, source_id, url, url_key, guid, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
     values (?, ?, ?, ?, null, ?, ?, ?, ?, 'feed', ?, ?, ?, ?)`,
  )
  const insertClassification = db.prepare(
    `insert into classification (article_id, is_relevant, kind, confidence, sectors, orgs, evidence, status, status_changed_at, classified_at)
     values (?, 1, ?, 0.9, ?, ?, '[]', ?, ?, ?)`,
  )
  const insertPartner = db.prepare('insert or ignore into article_partner (article_id, country, status, published_at) values (?, ?, ?, ?)')
  const total = PUBLISHED + HIDDEN
  const start = Date.parse('2015-01-01T00:00:00Z')
  const span = Date.parse('2026-11-20T00:00:00Z') - start
  fillDeferringSearchIndex(db, () => {
    for (let id = 1; id <= total; id++) {
      const at = new Date(start + (span * id) / total - random() * 3 * 86_400_000).toISOString()
      const lang = pick(random, ['ru', 'ru', 'kk', 'en'] as const)
      const kind = pick(random, KINDS)
      const partners = [weightedPartner(random), ...(random() < 0.25 ? [weightedPartner(random)] : [])]
      const topic = pick(random, TOPICS[lang])
      const status = random() < HIDDEN / total ? pick(random, ['flagged', 'rejected']) : 'published'
      const title = lang === 'kk' ? `${partners[0]![2].kk} ${KIND_TITLES.kk[kind]}: ${topic}` : `${KIND_TITLES[lang][kind]} ${partners[0]![2][lang]}: ${topic}`
      const body = `${title}. ${lang === 'en' ? 'The parties agreed on joint projects and exchanges of specialists.' : lang === 'ru' ? 'Стороны договорились о совместных проектах и обмене специалистами.' : 'Тараптар бірлескен жобалар мен мамандар алмасуы туралы келісті.'}\nNo. ${id}.`
      const key = String(id).padStart(7, '0')
      insertArticle.run(id, pick(random, sourceIds), `https://www.gov.kz/news/${key}`, `gov.kz/news/${key}`, title, body, lang, at, at, at, `h${key}`, `s${key}`)
      insertClassification.run(id, kind, JSON.stringify([pick(random, SECTORS)]), random() < 0.1 ? '["UNESCO"]' : '[]', status, at, at)
      for (const [country] of partners) insertPartner.run(id, country, status, at)
    }
  })
  db.pragma('journal_mode = WAL')
  db.exec('analyze')
  db.close()
}

interface PageKind {
  name: string
  /** Asked again and again as it is, so answered from the page cache after the first time. */
  isCached?: boolean
  /** A new address for each run (a random item, country, filter or word). */
  path: (random: Random) => string
}

function pageKinds(sampleIds: readonly number[]): PageKind[] {
  const country = (random: Random) => weightedPartner(random)[0]
  const year = (random: Random) => 2015 + Math.floor(random() * 12)
  const deep = (random: Random) => pick(random, sampleIds)
  const words = ['музейная выставка', 'кинофестиваль', 'меморандум', 'сотрудничестве', 'мұрағаттарды', 'ынтымақтастық', 'theatre tour', 'memorandum', 'Ресеймен', 'Францией']
  return [
    { name: 'home', path: () => '/' },
    { name: 'home from the page cache', path: () => '/', isCached: true },
    { name: 'home, older page', path: (r) => `/?before=${deep(r)}` },
    { name: 'country', path: (r) => `/country/${country(r)}` },
    { name: 'country, older page', path: (r) => `/country/${country(r)}?before=${deep(r)}` },
    { name: 'country, one filter', path: (r) => `/country/${country(r)}?${pick(r, [`kind=${pick(r, KINDS)}`, `sector=${pick(r, SECTORS)}`, `year=${year(r)}`, `language=${pick(r, ['en', 'ru', 'kk'])}`])}` },
    { name: 'country, all filters', path: (r) => `/country/${country(r)}?kind=${pick(r, KINDS)}&sector=${pick(r, SECTORS)}&year=${year(r)}&language=${pick(r, ['en', 'ru', 'kk'])}` },
    { name: 'country by name (redirect)', path: (r) => `/country/${encodeURIComponent(pick(r, ['Россия', 'Қытай', 'france', 'Германия']))}` },
    { name: 'item', path: (r) => `/item/${deep(r)}` },
    { name: 'search', path: (r) => `/search?q=${encodeURIComponent(pick(r, words))}` },
    { name: 'search, filtered', path: (r) => `/search?q=${encodeURIComponent(pick(r, words))}&kind=${pick(r, KINDS)}&year=${year(r)}` },
  ]
}

interface ServerProcess {
  origin: string
  stop(): Promise<void>
}

/**
 * The archive served by test/bench/archive-server.ts in a child process, run as `npm start` runs the bot: its Node flags
 * (the young generation's 4 MB semi-spaces above all: without them V8 let it grow to 16 MB each under the JSON export's
 * garbage, which the memory figure read as the export's growth) and its environment (MALLOC_ARENA_MAX), not inherited.
 */
async function startServerProcess(path: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeFlags('start'), '--import', 'tsx', 'test/bench/archive-server.ts', path], {
    env: { ...process.env, ...scriptEnv('start') },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /ARCHIVE_SERVER (\S+)/.exec(out)
      if (m) resolve(m[1]!)
    })
    void exited.then((code) => reject(new Error(`archive server exited ${code}`)))
  })
  return {
    origin,
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** The server process's resident memory, from its own /metrics (prom-client's process metrics). */
async function serverRssBytes(origin: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text()
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? Number.NaN)
}

async function measurePages(s: ServerProcess, kind: PageKind, seed: number): Promise<number[]> {
  const random = createRandom(seed)
  const samples: number[] = []
  for (let i = 0; i < PAGE_RUNS + WARM_UP_RUNS; i++) {
    // An ignored parameter makes every address new to the page cache: each page is rendered.
    const address = kind.path(random)
    const path = kind.isCached ? address : `${address}${address.includes('?') ? '&' : '?'}bench=${seed}-${i}`
    const started = performance.now()
    const res = await fetch(`${s.origin}${path}`, { headers: BROWSER_HEADERS, redirect: 'manual' })
    await res.arrayBuffer()
    const ms = performance.now() - started
    if (res.status >= 400 && !(kind.name === 'item' && res.status === 404)) throw new Error(`${path} answered ${res.status}`)
    if (i >= WARM_UP_RUNS) samples.push(ms)
  }
  return samples.sort((a, b) => a - b)
}

/**
 * Streams an export to the end over plain node:http (gzip is undone here, in the client's
 * process), counting lines, while the server's resident memory is sampled from its /metrics.
 */
async function measureExport(s: ServerProcess, path: string, encoding: 'identity' | 'gzip'): Promise<{ lines: number; seconds: number; rssGrowthMb: number; steadyGrowthMb: number }> {
  const before = await serverRssBytes(s.origin)
  const samples: { at: number; rss: number }[] = []
  let isStreaming = true
  const sampling = (async () => {
    while (isStreaming) {
      samples.push({ at: performance.now(), rss: await serverRssBytes(s.origin) })
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  const started = performance.now()
  const lines = await new Promise<number>((resolve, reject) => {
    request(`${s.origin}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${path} answered ${res.statusCode}`))
      const body = encoding === 'gzip' ? res.pipe(createGunzip()) : res
      let count = 0
      body.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count += 1
      })
      body.on('end', () => resolve(count))
      body.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
  const seconds = (performance.now() - started) / 1000
  isStreaming = false
  await sampling
  // Flat means no growth with the rows streamed: the peak after the first tenth of the stream
  // over the peak within it (buffers, caches and the heap settle in the first seconds).
  const settledAt = started + (seconds * 1000) / 10
  const peakOf = (list: typeof samples) => Math.max(before, ...list.map((x) => x.rss))
  const early = peakOf(samples.filter((x) => x.at <= settledAt))
  const late = peakOf(samples.filter((x) => x.at > settledAt))
  return { lines, seconds, rssGrowthMb: (Math.max(early, late) - before) / 2 ** 20, steadyGrowthMb: Math.max(0, late - early) / 2 ** 20 }
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')

/**
 * COOPWATCH_BENCH_ARCHIVE_DB=FILE keeps the generated database there and reuses it on the
 * next run (generating it takes minutes); by default it is made in a temporary folder and removed.
 */
export async function prepareArchiveDatabase(path: string): Promise<number> {
  if (existsSync(path)) return 0
  const db = openDb(path)
  await migrateToLatestOrThrow(db)
  await db.destroy()
  const genStarted = performance.now()
  generateArchiveDatabase(path)
  return (performance.now() - genStarted) / 1000
}

export async function benchArchive(): Promise<ScenarioResult> {
  const kept = process.env.COOPWATCH_BENCH_ARCHIVE_DB
  const dir = kept ? null : mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'coopwatch-bench-archive-'))
  const path = kept ?? join(dir!, 'archive.db')
  try {
    const genSeconds = await prepareArchiveDatabase(path)
    const check = new SQLite(path, { readonly: true })
    const published = (check.prepare(`select count(*) as n from classification where status = 'published'`).get() as { n: number }).n
    const sampleIds = (check.prepare(`select article_id as id from classification where status = 'published' and article_id % 997 = 0`).all() as { id: number }[]).map((r) => r.id)
    check.close()

    const s = await startServerProcess(path)
    const notes = [
      `${(PUBLISHED + HIDDEN).toLocaleString('en-US')} articles (${published.toLocaleString('en-US')} published) ${genSeconds > 0 ? `generated in ${genSeconds.toFixed(0)} s` : `reused from ${path}`}`,
      `server in its own process; pages: ${PAGE_RUNS} GETs each over loopback HTTP after ${WARM_UP_RUNS} to warm up, Accept-Encoding gzip/br, no cache validators, each address new to the page cache (rendered) but for one figure`,
      `load average before: ${load()}`,
    ]
    const figures: Figure[] = []
    try {
      for (const [i, kind] of pageKinds(sampleIds).entries()) {
        const samples = await measurePages(s, kind, 100 + i)
        figures.push({ name: `page ${kind.name} p99`, value: percentile(samples, 99), unit: 'ms', digits: 1, target: { op: '<=', value: PAGE_P99_TARGET_MS }, note: `p50 ${percentile(samples, 50).toFixed(1)} ms` })
      }
      notes.push(`load average after pages: ${load()}`)
      for (const [label, exportPath, encoding] of [['CSV', '/index.csv', 'identity'], ['CSV gzip', '/index.csv', 'gzip'], ['JSON', '/index.json', 'identity']] as const) {
        const run = await measureExport(s, exportPath, encoding)
        // CSV: a header line and one line per item; JSON: an opening line, one per item, a closing one.
        const rows = label === 'JSON' ? run.lines - 2 : run.lines - 1
        if (rows !== published) throw new Error(`${exportPath} streamed ${rows} rows, expected ${published}`)
        figures.push({ name: `export ${label} rows/s`, value: rows / run.seconds, unit: 'rows/s', target: { op: '>=', value: EXPORT_ROWS_PER_SECOND_TARGET }, note: `${rows.toLocaleString('en-US')} rows in ${run.seconds.toFixed(1)} s` })
        figures.push({ name: `export ${label} memory growth`, value: run.steadyGrowthMb, unit: 'MB RSS', digits: 1, target: { op: '<=', value: EXPORT_MEMORY_GROWTH_TARGET_MB }, note: `server process, after the first tenth of the stream; ${run.rssGrowthMb.toFixed(1)} MB over its RSS before the export` })
      }
      notes.push(`load average after exports: ${load()}`)
    } finally {
      await s.stop()
    }
    return { notes, figures }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
}
