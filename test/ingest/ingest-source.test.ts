import { setMaxListeners } from 'node:events'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClassifier, SHIPPED_MODEL } from '../../src/classify/classify.js'
import { loadConfig } from '../../src/config.js'
import { claimsWithAliases } from '../../src/classify/countries.js'
import { teachCountryAlias } from '../../src/db/country-aliases.js'
import type { Db } from '../../src/db/database.js'
import { setSourceEnabled } from '../../src/db/source-admin.js'
import { getSourceById, insertSource, type SourceInput, syncFileSources } from '../../src/db/sources.js'
import type { AppDeps } from '../../src/deps.js'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { formatSummaryLine, formatWarningLine, ingestSource, PAGE_POLLS_TRIED } from '../../src/ingest/ingest-source.js'
import { createPipelineWork, type PipelineWork } from '../../src/ingest/pipeline-work.js'
import { createPoller, ingestSources, keepClassifier, SOURCE_CONCURRENCY, type CycleReport } from '../../src/ingest/poller.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { FixtureServer, fixture, type Handler } from '../helpers/fixture-server.js'
import { createTestDb, TestClock } from '../helpers/test-app.js'
import { systemResolver } from '../../src/dns.js'

let server: FixtureServer
let db: Db
let clock: TestClock
let deps: AppDeps
let fetcher: Fetcher
let work: PipelineWork

function makeDeps(env: Record<string, string> = {}): AppDeps {
  const loaded = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', SOURCE_FAILURES_BEFORE_NOTICE: '2', ...env }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  return { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics(), resolver: systemResolver }
}

async function addSource(input: Partial<SourceInput> & Pick<SourceInput, 'name' | 'url' | 'type'>) {
  const result = await insertSource(db, { lang: 'ru', isEnabled: true, list: null, project: null, ...input }, 'file', clock.now())
  return result.source
}

async function poll(sourceId: number) {
  const source = (await getSourceById(db, sourceId))!
  return ingestSource({ deps, fetcher, work, classifier: createClassifier({ homeCountry: 'KZ' }) }, source)
}

async function articles() {
  return db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .select(['a.id', 'a.url', 'a.url_key', 'a.title', 'a.body', 'a.published_at', 'a.published_at_origin', 'a.is_backlog', 'a.story_key', 'a.content_hash', 'a.guid', 'a.source_id', 'c.status'])
    .orderBy('a.id')
    .execute()
}

beforeAll(() => {
  work = createPipelineWork()
})
afterAll(() => work.close())

beforeEach(async () => {
  server = new FixtureServer()
  await server.start()
  db = await createTestDb()
  clock = new TestClock('2024-04-12T09:00:00.000Z')
  deps = makeDeps()
  fetcher = createFetcher({ totalTimeoutMs: 2_000, minHostGapMs: 0 })
  server
    .file('/news/kz-fr-museums', 'pages/kz-fr-museums.html')
    .file('/news/concert', 'pages/concert.html')
})
afterEach(async () => {
  fetcher.close()
  await db.destroy()
  await server.stop()
})

describe('rss sources', () => {
  // Issue 13.5: 100,000 nested <div>s overflowed a recursive walk and failed the whole source.
  it('stores a page nested 100,000 deep and the good items beside it', async () => {
    const depth = 100_000
    const nested = `<html><body>${'<div>'.repeat(depth)}<p>Министр культуры провела встречу с послом Франции, стороны обсудили обмен выставками.</p>${'</div>'.repeat(depth)}</body></html>`
    server.file('/rss.xml', 'feeds/ministry-ru.xml').text('/news/concert', nested, 200, { 'content-type': 'text/html; charset=utf-8' })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null })
    const stored = await articles()
    expect(stored.map((a) => a.body)).toEqual([expect.stringContaining('реставрации экспонатов'), expect.stringContaining('обмен выставками')])
  })

  it('stores teaser items with the full text of their pages, as backlog on the first poll', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml', { etag: '"feed-1"' })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary).toMatchObject({ fetched: 2, new: 2, error: null })
    const stored = await articles()
    expect(stored).toHaveLength(2)
    expect(stored[0]).toMatchObject({
      title: 'Казахстан и Франция договорились о сотрудничестве музеев',
      url_key: expect.stringMatching(/^127\.0\.0\.1:\d+\/news\/kz-fr-museums$/),
      guid: 'mki-1001',
      published_at: '2024-04-11T05:30:00.000Z',
      published_at_origin: 'feed',
      is_backlog: 1,
    })
    expect(stored[0]!.body).toContain('реставрации экспонатов')
    expect(stored[0]!.body).not.toMatch(/USD\/KZT|Беларуси|Поделиться/)
    expect(stored[0]!.story_key).toMatch(/^[0-9a-f]{20}$/)

    const after = (await getSourceById(db, source.id))!
    expect(after).toMatchObject({ etag: '"feed-1"', consecutiveFailures: 0, firstPolledAt: clock.now().toISOString() })
    // Within the 15-minute interval, whatever the feed's <ttl>30</ttl> says: alerts are due within one interval.
    const wait = Date.parse(after.nextPollAt) - clock.now().getTime()
    expect(wait).toBeGreaterThanOrEqual(0.9 * 15 * 60_000)
    expect(wait).toBeLessThanOrEqual(15 * 60_000)
  })

  it('reads a feed and article pages sent gzipped or in brotli, their coding undone on the reader worker', async () => {
    const coded = (coding: string, bytes: Buffer): Handler => (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': coding })
      res.end(bytes)
    }
    server
      .route('/rss.xml', coded('gzip', gzipSync(fixture('feeds/ministry-ru.xml', { BASE: server.base }))))
      .route('/news/kz-fr-museums', coded('gzip', gzipSync(fixture('pages/kz-fr-museums.html'))))
      .route('/news/concert', coded('br', brotliCompressSync(fixture('pages/concert.html'))))
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null, warnings: [] })
    const [museums, concert] = await articles()
    expect(museums!.body).toContain('реставрации экспонатов')
    expect(concert!.body).toContain('казахстанских композиторов')
    expect(server.hits('/news/concert').at(-1)!.headers['accept-encoding']).toContain('br')
  })

  it('reads a source whose address answers a JSON Feed like an RSS one, its items\' pages included', async () => {
    server.file('/feeds/news.json', 'feeds/ministry-news.json', { contentType: 'application/feed+json' })
    const source = await addSource({ name: 'МКИ JSON', url: server.url('/feeds/news.json'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null, warnings: [] })
    const stored = await articles()
    expect(stored.map((a) => [a.url, a.guid, a.published_at, a.published_at_origin])).toEqual([
      [server.url('/news/kz-fr-museums'), 'mki-json-1', '2024-04-11T05:30:00.000Z', 'feed'],
      [server.url('/news/concert'), 'mki-json-2', '2024-04-10T13:00:00.000Z', 'feed'],
    ])
    expect(stored[0]!.body).toContain('реставрации экспонатов')
  })

  it('reads each JSON Feed item with the language it declares as the hint, the source\'s where it declares none', async () => {
    server.file('/feeds/mixed.json', 'feeds/mixed-languages.json', { contentType: 'application/feed+json' })
    // Pages no longer than the feed's text: the items' own words (city names, which any of the three languages could write) are all there is.
    for (const path of ['/news/astana-paris', '/news/paris-astana', '/news/astana-abai', '/news/abai-astana']) server.text(path, '<html><body><p>Астана.</p></body></html>', 200, { 'content-type': 'text/html; charset=utf-8' })
    const source = await addSource({ name: 'Mixed', url: server.url('/feeds/mixed.json'), type: 'rss', lang: 'en' })
    expect(await poll(source.id)).toMatchObject({ fetched: 4, new: 4, error: null })
    const stored = await db.selectFrom('article').select(['guid', 'lang']).orderBy('guid').execute()
    expect(stored).toEqual([{ guid: 'kk-1', lang: 'kk' }, { guid: 'kk-2', lang: 'kk' }, { guid: 'none', lang: 'en' }, { guid: 'ru-1', lang: 'ru' }])
  })

  it('reads a feed sent "deflate, gzip" and an article page sent "gzip, gzip", both codings undone on the reader worker', async () => {
    const coded = (codings: string, bytes: Buffer): Handler => (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': codings })
      res.end(bytes)
    }
    server
      .route('/rss.xml', coded('deflate, gzip', gzipSync(deflateSync(fixture('feeds/ministry-ru.xml', { BASE: server.base })))))
      .route('/news/kz-fr-museums', coded('gzip, gzip', gzipSync(gzipSync(fixture('pages/kz-fr-museums.html')))))
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null, warnings: [] })
    expect((await articles())[0]!.body).toContain('реставрации экспонатов')
  })

  it('stores the other items when an article page is a decompression bomb, and says so', async () => {
    server
      .file('/rss.xml', 'feeds/ministry-ru.xml')
      .route('/news/concert', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        res.end(gzipSync(Buffer.alloc(11 * 1024 * 1024, 0x20)))
      })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary.warnings).toEqual([expect.stringMatching(/^1 article page\(s\) not read \(a body that would not decompress/)])
    // The museums' page is read whole beside it.
    expect((await articles()).some((a) => a.body.includes('реставрации экспонатов'))).toBe(true)
  })

  it('fetches no article page while the readers are behind, and stores nothing when the pass is aborted then', async () => {
    // No read may wait at all: the gate never opens. Counted as the page fetches ask it, holding their slots.
    const behind = createPipelineWork({ maxWaitingReads: 0 })
    let asked = 0
    const work: PipelineWork = {
      ...behind,
      whenReadersKeepUp: () => {
        asked++
        return behind.whenReadersKeepUp()
      },
    }
    try {
      server.file('/rss.xml', 'feeds/ministry-ru.xml')
      const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
      const controller = new AbortController()
      const polled = ingestSource({ deps, fetcher, work, classifier: createClassifier({ homeCountry: 'KZ' }), signal: controller.signal }, source)
      await expect.poll(() => asked).toBe(2)
      controller.abort()
      expect(await polled).toMatchObject({ fetched: 2, new: 0 })
      expect([...server.hits('/news/kz-fr-museums'), ...server.hits('/news/concert')]).toHaveLength(0)
      expect(await articles()).toHaveLength(0)
    } finally {
      await behind.close()
    }
  })

  it('leaves an item whose page answers 503 for the next poll, reading the feed again then, and stores its full text once the page loads', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml', { etag: '"feed-1"' }).text('/news/concert', 'busy', 503)
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const first = await poll(source.id)
    expect(first).toMatchObject({ fetched: 2, new: 1, error: null })
    expect(first.warnings).toEqual([expect.stringMatching(/^1 item\(s\) left for the next poll: their article page did not load/)])
    expect((await articles()).map((a) => a.guid)).toEqual(['mki-1001'])
    expect((await getSourceById(db, source.id))!.etag).toBeNull()

    server.file('/news/concert', 'pages/concert.html')
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 1, warnings: [] })
    expect(server.hits('/rss.xml').at(-1)!.headers['if-none-match']).toBeUndefined()
    const concert = (await articles()).find((a) => a.guid === 'mki-1002')!
    expect(concert.body.length).toBeGreaterThan('В столице состоялся концерт.'.length * 3)
    expect((await getSourceById(db, source.id))!.etag).toBe('"feed-1"')
    expect(await db.selectFrom('page_retry').selectAll().execute()).toEqual([])
  })

  it(`stores an item whose page keeps answering 503 from its feed entry at the last of ${PAGE_POLLS_TRIED} failing polls in a row, and asks for the page no more`, async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml').text('/news/concert', 'busy', 503)
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    for (let i = 1; i < PAGE_POLLS_TRIED; i++) {
      expect((await poll(source.id)).warnings).toEqual([expect.stringMatching(/^1 item\(s\) left for the next poll/)])
    }
    expect((await articles()).map((a) => a.guid)).toEqual(['mki-1001'])
    const last = await poll(source.id)
    expect(last).toMatchObject({ new: 1 })
    expect(last.warnings).toEqual([expect.stringMatching(/^1 item\(s\) stored from the listing's text alone/)])
    expect((await articles()).find((a) => a.guid === 'mki-1002')).toMatchObject({ body: 'В столице состоялся концерт.' })
    expect(await db.selectFrom('page_retry').selectAll().execute()).toEqual([])
    expect(server.hits('/news/concert')).toHaveLength(PAGE_POLLS_TRIED)
    expect(await poll(source.id)).toMatchObject({ new: 0, warnings: [] })
    expect(server.hits('/news/concert')).toHaveLength(PAGE_POLLS_TRIED)
  })

  it('forgets a page\'s failures once its item is left out for another reason, so no failure row outlives the run of failed polls', async () => {
    // An entry with nothing but a link: without its page there is nothing to store.
    const feed = `<rss version="2.0"><channel><title>МКИ</title><item><link>${server.url('/news/bare')}</link><guid>bare-1</guid></item></channel></rss>`
    server.text('/rss.xml', feed, 200, { 'content-type': 'application/rss+xml' }).text('/news/bare', 'busy', 503)
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    expect((await poll(source.id)).warnings).toEqual([expect.stringMatching(/^1 item\(s\) left for the next poll/)])
    expect(await db.selectFrom('page_retry').select(['failures']).execute()).toEqual([{ failures: 1 }])
    server.text('/news/bare', '<html><body></body></html>', 200, { 'content-type': 'text/html' })
    expect(await poll(source.id)).toMatchObject({ new: 0 })
    expect(await articles()).toHaveLength(0)
    expect(await db.selectFrom('page_retry').selectAll().execute()).toEqual([])
  })

  it('stores a new item from its feed entry when its page answers 404, and says so', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml').text('/news/concert', 'gone', 404)
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary).toMatchObject({ fetched: 2, new: 2 })
    expect(summary.warnings).toEqual([expect.stringMatching(/^1 item\(s\) stored from the listing's text alone/)])
    expect((await articles()).find((a) => a.guid === 'mki-1002')).toMatchObject({ body: 'В столице состоялся концерт.' })
  })

  const PDF = Buffer.from(`%PDF-1.7\n${'1 0 obj\n<< /Type /Font /BaseFont /TimesNewRomanPSMT >>\nendobj\n'.repeat(50)}%%EOF\n`, 'latin1')
  const CHALLENGE = '<html><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>'

  it.each([
    ['a PDF', 'application/pdf', PDF],
    ['an empty 200', 'text/html', Buffer.alloc(0)],
  ])('stores a new item from its feed entry when its page is %s, and says so', async (_what, contentType, page) => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml').route('/news/concert', (_req, res) => res.writeHead(200, { 'content-type': contentType }).end(page))
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary).toMatchObject({ fetched: 2, new: 2 })
    expect(summary.warnings).toEqual([expect.stringMatching(/^1 item\(s\) stored from the listing's text alone: their article page holds no more text than the listing/)])
    expect((await articles()).find((a) => a.guid === 'mki-1002')).toMatchObject({ body: 'В столице состоялся концерт.' })
  })

  it.each([
    ['a PDF', 'application/pdf', PDF],
    ['a script\'s challenge', 'text/html; charset=utf-8', Buffer.from(CHALLENGE)],
    ['blank', 'text/html; charset=utf-8', Buffer.from(' \n')],
  ])('keeps the stored text and status of an article whose feed item changed when its page is now %s, and says so', async (_what, contentType, page) => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml')
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    await poll(source.id)
    const before = (await articles()).find((a) => a.guid === 'mki-1001')!
    expect(before.body.length).toBeGreaterThan(300)
    server.route('/rss.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(fixture('feeds/ministry-ru.xml', { BASE: server.base }).replace('<title>Казахстан', '<title>Обновлено: Казахстан'))
    })
    server.route('/news/kz-fr-museums', (_req, res) => res.writeHead(200, { 'content-type': contentType }).end(page))
    const summary = await poll(source.id)
    expect(summary.warnings).toContainEqual(expect.stringMatching(/changed item\(s\) kept their stored text/))
    const after = (await articles()).find((a) => a.guid === 'mki-1001')!
    expect(after).toMatchObject({ body: before.body, status: before.status })
    expect(after.title).toMatch(/^Обновлено: /)
  })

  it('stores a new item from its feed entry when its page is over the size cap, rather than ask for it at every poll', async () => {
    fetcher.close()
    fetcher = createFetcher({ totalTimeoutMs: 2_000, minHostGapMs: 0, maxBytes: 64 * 1024 })
    server.file('/rss.xml', 'feeds/ministry-ru.xml').text('/news/concert', `<p>${'концерт '.repeat(20_000)}</p>`, 200, { 'content-type': 'text/html; charset=utf-8' })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary).toMatchObject({ fetched: 2, new: 2 })
    expect(summary.warnings).toEqual([expect.stringMatching(/^1 item\(s\) stored from the listing's text alone/)])
    expect((await articles()).find((a) => a.guid === 'mki-1002')).toMatchObject({ body: 'В столице состоялся концерт.' })
  })

  it.each([
    [404, 'В Астане прошёл большой концерт симфонического оркестра', 1],
    [503, 'В Астане прошёл концерт симфонического оркестра', 2],
  ])('keeps the stored text of an article whose feed item changed when its page answers %d (title now: %s; page asked %d times in two polls)', async (status, title, pageHits) => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml')
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    await poll(source.id)
    const before = (await articles()).find((a) => a.guid === 'mki-1002')!
    server.route('/rss.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(fixture('feeds/ministry-ru.xml', { BASE: server.base }).replace('В Астане прошёл концерт', 'В Астане прошёл большой концерт'))
    })
    server.text('/news/concert', 'gone', status)
    const hits = server.hits('/news/concert').length
    await poll(source.id)
    await poll(source.id)
    // A page that will not load is not asked for again: the new title applies over the stored text.
    // One that may load is asked for at each poll, and the article waits for it unchanged.
    expect(server.hits('/news/concert').length - hits).toBe(pageHits)
    expect((await articles()).find((a) => a.guid === 'mki-1002')).toEqual({ ...before, title, story_key: expect.any(String) })
  })

  it('stores as backlog what a first poll left for later (over 500 items), until the listing has been read whole', async () => {
    let count = 520
    server.route('/big.xml', (_req, res) => {
      const items = Array.from({ length: count }, (_, i) => `<item><title>Новость ${i}</title><link>${server.base}/n/${i}</link><guid>n${i}</guid><description>${`Текст новости номер ${i}. `.repeat(80)}</description></item>`)
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<rss version="2.0"><channel><title>t</title>${items.reverse().join('')}</channel></rss>`)
    })
    const source = await addSource({ name: 'big', url: server.url('/big.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 520, new: 500 })
    expect((await getSourceById(db, source.id))!.firstPolledAt).toBeNull()
    expect(await poll(source.id)).toMatchObject({ new: 20 })
    expect((await getSourceById(db, source.id))!.firstPolledAt).not.toBeNull()
    count = 521
    expect(await poll(source.id)).toMatchObject({ new: 1 })
    const backlog = await db.selectFrom('article').select(['guid', 'is_backlog']).execute()
    expect(backlog.filter((a) => a.is_backlog === 1)).toHaveLength(520)
    expect(backlog.filter((a) => a.is_backlog === 0).map((a) => a.guid)).toEqual(['n520'])
  })

  it('stores an item listed twice in one feed under one GUID with two links once', async () => {
    server.route('/twice.xml', (_req, res) => {
      const item = (path: string) => `<item><title>Дни культуры</title><link>${server.base}${path}</link><guid>same-1</guid><description>Коротко.</description></item>`
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<rss version="2.0"><channel><title>t</title>${item('/news/kz-fr-museums')}${item('/news/concert')}</channel></rss>`)
    })
    const source = await addSource({ name: 'twice', url: server.url('/twice.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ new: 1 })
    expect((await articles()).map((a) => a.guid)).toEqual(['same-1'])
  })

  it('costs nothing on 304 and stores later items as not backlog', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml', { etag: '"feed-1"' })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    await poll(source.id)
    const pageHits = server.hits('/news/kz-fr-museums').length
    expect(await poll(source.id)).toMatchObject({ fetched: 0, new: 0, error: null })
    expect(server.hits('/rss.xml').at(-1)!.headers['if-none-match']).toBe('"feed-1"')
    expect(server.hits('/news/kz-fr-museums')).toHaveLength(pageHits)

    // A changed feed (new ETag) with one new item: only that page is fetched.
    server.file('/news/premiere', 'pages/astana-opera.html')
    server.route('/rss.xml', (_req, res) => {
      const xml = fixture('feeds/ministry-ru.xml', { BASE: server.base }).replace(
        '<item>',
        `<item><title>Новая новость о культуре</title><link>${server.base}/news/premiere</link><guid>mki-1003</guid><description>Текст новости.</description></item><item>`,
      )
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-2"' })
      res.end(xml)
    })
    const third = await poll(source.id)
    expect(third).toMatchObject({ fetched: 3, new: 1 })
    expect(server.hits('/news/kz-fr-museums')).toHaveLength(pageHits)
    expect((await articles()).at(-1)).toMatchObject({ title: 'Новая новость о культуре', is_backlog: 0, published_at_origin: 'page', published_at: '2024-04-07T19:00:00.000Z' })
  })

  it('reads a windows-1251 feed and page without mojibake', async () => {
    server
      .file('/cp1251.xml', 'feeds/ministry-cp1251.xml', { charset: 'windows-1251', contentType: 'application/rss+xml' })
      .file('/cp1251/news/subcommission', 'pages/subcommission-cp1251.html', { charset: 'windows-1251', contentType: 'text/html' })
    const source = await addSource({ name: 'cp1251', url: server.url('/cp1251.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ new: 1, error: null })
    const [article] = await articles()
    expect(article!.title).toBe('Подкомиссия Казахстана и России по культурно-гуманитарному сотрудничеству провела заседание')
    expect(article!.body).toContain('«Культурно-гуманитарные связи между Казахстаном и Россией')
    expect(article!.body).not.toMatch(/[ÐÑÃ�]/)
  })

  it('reads a KOI8-R feed and page declared windows-1251 (in the XML declaration, in the Content-Type) without mojibake', async () => {
    server
      .file('/koi8.xml', 'feeds/ministry-cp1251.xml', { charset: 'koi8-r', contentType: 'application/rss+xml' })
      .file('/cp1251/news/subcommission', 'pages/subcommission-cp1251.html', { charset: 'koi8-r', contentType: 'text/html; charset=windows-1251' })
    const source = await addSource({ name: 'koi8', url: server.url('/koi8.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ new: 1, relevant: 1, error: null })
    const [article] = await articles()
    expect(article!.title).toBe('Подкомиссия Казахстана и России по культурно-гуманитарному сотрудничеству провела заседание')
    expect(article!.body).toContain('В ходе заседания стороны обсудили широкий спектр вопросов: гастроли театров, обменные выставки музеев')
    expect(await db.selectFrom('article_partner').select('country').execute()).toEqual([{ country: 'RU' }])
  })

  it('stores one story met in two feeds and on a mirror domain once', async () => {
    server
      .file('/rss.xml', 'feeds/ministry-ru.xml')
      .file('/mirror.xml', 'feeds/mirror-atom.xml')
      .file('/news/kz-fr-museums/', 'pages/kz-fr-museums.html')
      .file('/copy/louvre-story', 'pages/kz-fr-museums.html')
    const first = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    const mirror = await addSource({ name: 'Mirror', url: server.url('/mirror.xml'), type: 'rss' })
    const [a, b] = await ingestSources(deps, { fetcher, work }, [first, mirror].map((s) => s))
    expect(a).toMatchObject({ new: 2 })
    expect(b).toMatchObject({ fetched: 2, new: 0 })
    expect(await articles()).toHaveLength(2)
  })

  it('updates a changed article in place', async () => {
    let body = 'Первая редакция. '.repeat(120)
    server.route('/full.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<rss version="2.0"><channel><title>t</title><item><title>Соглашение подписано</title><link>${server.base}/full/1</link><guid>f1</guid><description>${body}</description></item></channel></rss>`)
    })
    const source = await addSource({ name: 'full', url: server.url('/full.xml'), type: 'rss' })
    await poll(source.id)
    const [before] = await articles()
    body = 'Вторая редакция, исправленная. '.repeat(60)
    expect(await poll(source.id)).toMatchObject({ fetched: 1, new: 0 })
    const after = await articles()
    expect(after).toHaveLength(1)
    expect(after[0]!.id).toBe(before!.id)
    expect(after[0]!.body).toContain('Вторая редакция')
    expect(after[0]!.content_hash).not.toBe(before!.content_hash)
    expect(server.hits('/full/1')).toHaveLength(0)
  })

  it('keeps the labels an admin curated when the article changes', async () => {
    let title = 'Соглашение подписано'
    server.route('/full.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<rss version="2.0"><channel><title>t</title><item><title>${title}</title><link>${server.base}/news/concert</link><guid>f1</guid></item></channel></rss>`)
    })
    const source = await addSource({ name: 'full', url: server.url('/full.xml'), type: 'rss' })
    await poll(source.id)
    const [article] = await articles()
    await db.updateTable('classification').set({ status: 'published', curated_by: 42, curated_at: clock.now().toISOString() }).where('article_id', '=', article!.id).execute()
    title = 'Соглашение подписано (обновлено)'
    await poll(source.id)
    const [after] = await articles()
    expect(after).toMatchObject({ id: article!.id, title, status: 'published' })
  })
})

describe('failures', () => {
  it('prints one summary and one warning line a source whatever its name holds', async () => {
    const source = await addSource({ name: 'Evil\nFake: fetched=9 new=9 relevant=9 flagged=0\r\u0085', url: server.url('/missing.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(formatSummaryLine(summary)).toBe('Evil Fake: fetched=9 new=9 relevant=9 flagged=0 : fetched=0 new=0 relevant=0 flagged=0 error=HTTP 404')
    expect(formatWarningLine({ ...summary, warnings: ['one\ntwo'] })).toBe('Evil Fake: fetched=9 new=9 relevant=9 flagged=0 : warning: one two')
  })

  it.each([
    ['malformed XML', (s: FixtureServer) => s.file('/bad.xml', 'feeds/malformed.xml'), /^malformed feed/],
    ['an empty body', (s: FixtureServer) => s.text('/bad.xml', ''), /^empty body$/],
    ['a redirect loop', (s: FixtureServer) => s.redirectLoop('/bad.xml', '/bad2.xml'), /^more than 5 redirects$/],
    ['HTTP 404', () => undefined, /^HTTP 404$/],
  ])('records %s as the source error and backs off', async (_what, setup, reason) => {
    setup(server)
    const source = await addSource({ name: 'bad', url: server.url('/bad.xml'), type: 'rss' })
    const summary = await poll(source.id)
    expect(summary.error).toMatch(reason)
    expect(formatSummaryLine(summary)).toMatch(/^bad: fetched=0 new=0 relevant=0 flagged=0 error=/)
    const after = (await getSourceById(db, source.id))!
    expect(after).toMatchObject({ consecutiveFailures: 1, lastError: summary.error, firstPolledAt: null })
    expect(Date.parse(after.nextPollAt)).toBeGreaterThan(clock.now().getTime())
    await expect(deps.metrics.sourceErrors.get()).resolves.toMatchObject({ values: [{ value: 1 }] })
  })

  it('tells admins once after N failures and once on recovery; other sources go on', async () => {
    let failuresLeft = 3
    server.route('/flaky.xml', (_req, res) => {
      if (failuresLeft-- > 0) {
        res.writeHead(500)
        res.end('oops')
        return
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(fixture('feeds/ministry-ru.xml', { BASE: server.base }))
    })
    server.file('/good.xml', 'feeds/rdf-kk.xml').file('/kk/news/turkiye', 'pages/turkiye-kk.html')
    await addSource({ name: 'flaky', url: server.url('/flaky.xml'), type: 'rss' })
    await addSource({ name: 'good', url: server.url('/good.xml'), type: 'rss', lang: 'kk' })
    const reports: CycleReport[] = []
    const poller = createPoller(deps, { onCycleEnd: (r) => Promise.resolve(void reports.push(r)) }, { minHostGapMs: 0 })
    const statuses: string[] = []
    for (let i = 0; i < 4; i++) {
      await poller.runOnce()
      const flaky = (await db.selectFrom('source').selectAll().where('name', '=', 'flaky').executeTakeFirstOrThrow())
      statuses.push(`${flaky.consecutive_failures}/${flaky.is_failure_reported}`)
      clock.advance(2 * 24 * 3_600_000)
    }
    await poller.stop()
    expect(statuses).toEqual(['1/0', '2/1', '3/1', '0/0'])
    expect(reports.flatMap((r) => r.failingSources.map((s) => s.name))).toEqual(['flaky'])
    expect(reports.flatMap((r) => r.recoveredSources.map((s) => s.name))).toEqual(['flaky'])
    expect((await articles()).map((a) => a.title)).toContain('Казахстан и Франция договорились о сотрудничестве музеев')
    expect((await articles()).some((a) => a.title.includes('Түркия'))).toBe(true)
  })

  it('lets the configured poll interval win over a next poll time stored by an earlier run with a longer one', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml', { etag: '"feed-1"' })
    const source = await addSource({ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss' })
    // An earlier `npm run ingest -- --once` with the default 900 s.
    expect(await poll(source.id)).toMatchObject({ new: 2 })
    deps = makeDeps({ POLL_INTERVAL_SECONDS: '5' })
    const poller = createPoller(deps, {}, { minHostGapMs: 0 })
    const hits = server.hits('/rss.xml').length
    clock.advance(6_000)
    await poller.runOnce()
    await poller.stop()
    expect(server.hits('/rss.xml')).toHaveLength(hits + 1)
  })

  it('backs off a source whose poll throws, like any failed one', async () => {
    server.file('/ehistory/news', 'pages/news-list.html')
    const source = await addSource({ name: 'broken', url: server.url('/ehistory/news'), type: 'html', list: { item: '.news-item', link: 'a' } })
    // A store that cannot be read stands for any bug below the poller.
    await sql`pragma legacy_alter_table = on`.execute(db)
    await sql`alter table article rename to article_moved`.execute(db)
    const [summary] = await ingestSources(deps, { fetcher, work }, [(await getSourceById(db, source.id))!])
    expect(summary!.error).toMatch(/^internal error: /)
    const after = (await getSourceById(db, source.id))!
    expect(after).toMatchObject({ consecutiveFailures: 1, lastError: summary!.error })
    expect(Date.parse(after.nextPollAt)).toBeGreaterThan(clock.now().getTime())
  })

  it('refuses private addresses for a source an admin added, unlike one from the file', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml')
    const added = await insertSource(db, { name: 'from chat', url: server.url('/rss.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', clock.now())
    expect(await poll(added.source.id)).toMatchObject({ fetched: 0, error: expect.stringMatching(/refused to connect to 127\.0\.0\.1 \(loopback address\)/) })
    expect(server.hits('/rss.xml')).toHaveLength(0)
  })

  it('refuses private addresses for a source the file no longer lists once an admin resumes it, and not while the file lists it again', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml')
    const entry: SourceInput = { name: 'Ministry', url: server.url('/rss.xml'), type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }
    await db.transaction().execute((trx) => syncFileSources(trx, [entry], clock.now()))
    const id = (await db.selectFrom('source').select('id').executeTakeFirstOrThrow()).id
    // Gone from the file (disabled), then resumed in /sources: the operator no longer vouches for it.
    await db.transaction().execute((trx) => syncFileSources(trx, [], clock.now()))
    expect(await setSourceEnabled(db, { sourceId: id, isEnabled: true, adminId: 1, now: clock.now() })).toMatchObject({ ok: true })
    expect(await poll(id)).toMatchObject({ fetched: 0, error: expect.stringMatching(/refused to connect to 127\.0\.0\.1 \(loopback address\)/) })
    expect(server.hits('/rss.xml')).toHaveLength(0)
    await db.transaction().execute((trx) => syncFileSources(trx, [entry], clock.now()))
    expect(await poll(id)).toMatchObject({ error: null })
    expect(server.hits('/rss.xml')).toHaveLength(1)
  })

  it('records unreadable list selectors as a failed poll', async () => {
    const source = await addSource({ name: 'no list', url: server.url('/ehistory/news'), type: 'html', list: { item: '.news-item', link: 'a' } })
    await db.updateTable('source').set({ list_selectors: '{not json' }).where('id', '=', source.id).execute()
    expect(await poll(source.id)).toMatchObject({ error: 'html source without list selectors' })
    expect(await getSourceById(db, source.id)).toMatchObject({ consecutiveFailures: 1 })
  })

  it('times out a feed that never ends without holding up the other sources', async () => {
    fetcher.close()
    fetcher = createFetcher({ totalTimeoutMs: 300, minHostGapMs: 0 })
    server.neverEnding('/slow.xml').file('/rss.xml', 'feeds/ministry-ru.xml')
    const slow = await addSource({ name: 'slow', url: server.url('/slow.xml'), type: 'rss' })
    const good = await addSource({ name: 'good', url: server.url('/rss.xml'), type: 'rss' })
    const [s, g] = await ingestSources(deps, { fetcher, work }, [slow, good])
    expect(s!.error).toMatch(/^timeout/)
    expect(g).toMatchObject({ new: 2, error: null })
  })

  it('keeps the classifier from pass to pass until an admin teaches an alias or the model file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopwatch-model-'))
    try {
      const modelFile = join(dir, 'model.json')
      writeFileSync(modelFile, JSON.stringify(SHIPPED_MODEL))
      deps = makeDeps({ MODEL_FILE: modelFile })
      const classifierFor = keepClassifier()
      const first = await classifierFor(deps)
      expect(await classifierFor(deps)).toBe(first)
      await teachCountryAlias(db, { alias: 'Галлия', country: 'FR', adminId: 1, now: clock.now(), claimsOf: claimsWithAliases })
      const taught = await classifierFor(deps)
      expect(taught).not.toBe(first)
      expect(await classifierFor(deps)).toBe(taught)
      utimesSync(modelFile, new Date('2030-01-01'), new Date('2030-01-01'))
      expect(await classifierFor(deps)).not.toBe(taught)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops a source in flight when the pass is aborted, and leaves those not started', async () => {
    const controller = new AbortController()
    // As the loop's signal, which every source of a pass follows: no MaxListenersExceededWarning in the test's output.
    setMaxListeners(0, controller.signal)
    const hang = server.neverEnding('/slow.xml').handlerOf('/slow.xml')!
    // The first feed to start answering stops the pass; its sources share one host, so most wait in the fetcher's queue.
    server.route('/slow.xml', (req, res, body) => {
      hang(req, res, body)
      controller.abort()
    })
    const slow = await addSource({ name: 'slow', url: server.url('/slow.xml'), type: 'rss' })
    const waiting = Array.from({ length: SOURCE_CONCURRENCY + 6 }, () => slow)
    const summaries = await ingestSources(deps, { fetcher, work }, waiting, { signal: controller.signal })
    // Those started at once were stopped (not timed out after 2 s); the other 6 never started.
    expect(summaries).toHaveLength(SOURCE_CONCURRENCY)
    expect(new Set(summaries.map((s) => s.error))).toEqual(new Set(['aborted']))
  })
})

describe('sitemap, html and govkz sources', () => {
  it('reads a sitemap index, its newest child sitemaps, and their pages', async () => {
    server
      .file('/sitemap.xml', 'feeds/sitemap-index.xml')
      .file('/sitemaps/news.xml', 'feeds/news-sitemap.xml')
      .text('/sitemaps/old.xml', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 200, { 'content-type': 'application/xml' })
      .file('/kazpravda/news/belarus-theatre', 'pages/belarus-theatre.html')
      .file('/kazpravda/news/weather', 'pages/weather.html')
    const source = await addSource({ name: 'Kazpravda', url: server.url('/sitemap.xml'), type: 'sitemap' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null })
    const stored = await articles()
    expect(stored.find((a) => a.url.endsWith('belarus-theatre'))).toMatchObject({
      title: 'Театры Казахстана и Беларуси обменяются гастролями',
      published_at: '2024-04-12T03:00:00.000Z',
      published_at_origin: 'feed',
    })
    expect(stored.find((a) => a.url.endsWith('weather'))).toMatchObject({ title: 'Синоптики обещают потепление', published_at_origin: 'fetch' })
  })

  it('reads an html list page with its selectors and takes headline and date from the article page', async () => {
    server
      .file('/ehistory/news', 'pages/news-list.html')
      .file('/ehistory/articles/uzbek-archives', 'pages/uzbek-archives.html')
      .file('/ehistory/articles/astana-opera', 'pages/astana-opera.html')
    const source = await addSource({
      name: 'e-history', url: server.url('/ehistory/news'), type: 'html',
      list: { item: '.news-item', link: 'a.news-title', title: 'a.news-title', date: 'time, .date' },
    })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null })
    const stored = await articles()
    expect(stored[0]).toMatchObject({ title: 'Архивы Казахстана и Узбекистана подписали соглашение о сотрудничестве', published_at_origin: 'page', published_at: '2024-04-09T06:00:00.000Z' })
    expect(stored[1]).toMatchObject({ title: 'Премьера балета в «Астана Опера»', published_at: '2024-04-07T19:00:00.000Z' })
  })

  it('dates an html list\'s items by the list\'s «Сегодня, 11:20» and «вчера в 09:15», read against the poll\'s fetch time', async () => {
    fetcher.close()
    fetcher = createFetcher({ totalTimeoutMs: 2_000, minHostGapMs: 0, now: () => clock.now() })
    const page = (title: string) => `<html lang="ru"><body><article><h1>${title}</h1><p>${`${title}: министерство культуры и посольство обсудили обмен выставками и гастроли театров. `.repeat(5)}</p></article></body></html>`
    const html = { 'content-type': 'text/html; charset=utf-8' }
    server
      .text('/list', '<ul><li class="n"><a href="/a/1">Встреча с послом</a><span class="d">Сегодня, 11:20</span></li><li class="n"><a href="/a/2">Дни кино</a><span class="d">вчера в 09:15</span></li></ul>', 200, html)
      .text('/a/1', page('Министр культуры встретилась с послом Франции'), 200, html)
      .text('/a/2', page('Дни казахстанского кино в Ташкенте'), 200, html)
    const source = await addSource({ name: 'Лента', url: server.url('/list'), type: 'html', list: { item: '.n', link: 'a', date: '.d' } })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null })
    // The clock reads 14:00 in Almaty on 12 April 2024.
    expect((await articles()).map((a) => [a.published_at, a.published_at_origin])).toEqual([['2024-04-12T06:20:00.000Z', 'page'], ['2024-04-11T04:15:00.000Z', 'page']])
  })

  it('passes the gov.kz session gate and stores the news with their portal links', async () => {
    server.govkz([
      { project: 'mam', id: 9001, title: 'Казахстан и Китай подписали меморандум о сотрудничестве в сфере кино', body: '<p>В Пекине подписан <b>меморандум</b> о совместном производстве фильмов.</p>', created_date: '2024-04-11T16:20:00.000+05:00' },
      { project: 'mam', id: 9000, title: 'Совещание по туризму', body: '<p>Прошло совещание.</p>', created_date: '2024-04-10T11:00:00+05:00' },
      { project: 'mfa', id: 1, title: 'Другое ведомство', body: '<p>x</p>', created_date: '2024-04-10T11:00:00+05:00' },
    ])
    // Without the session the imitation refuses, as the portal does.
    const direct = await fetcher.fetch({ url: server.url('/api/v1/public/content-manager/news?projects=eq:mam') })
    expect(direct).toMatchObject({ ok: false, status: 400 })

    const source = await addSource({ name: 'МКИ gov.kz', url: `${server.base}/memleket/entities/mam/press/news?lang=ru`, type: 'govkz', project: 'mam' })
    expect(await poll(source.id)).toMatchObject({ fetched: 2, new: 2, error: null })
    const stored = await articles()
    expect(stored[0]).toMatchObject({
      url: `${server.base}/memleket/entities/mam/press/news/details/9001?lang=ru`,
      guid: 'govkz:9001',
      body: 'В Пекине подписан меморандум о совместном производстве фильмов.',
      published_at: '2024-04-11T11:20:00.000Z',
      published_at_origin: 'feed',
    })
    expect(server.hits('/api/v1/public/content-manager/news').at(-1)!.headers['accept-language']).toBe('ru')
    // The API body is the article: the portal's JavaScript-built page is never fetched.
    expect(server.requests.filter((r) => r.path.includes('/details/'))).toEqual([])
  })
})

describe('publishing', () => {
  it('classifies on the full text and enqueues alerts for a newly published, non-backlog article in the same poll', async () => {
    const at = clock.now().toISOString()
    await db.insertInto('subscriber').values({ chat_id: 777, chat_type: 'private', language: 'ru', created_at: '2024-01-01T00:00:00.000Z', updated_at: at }).execute()
    await db.insertInto('subscription').values({ chat_id: 777, topic_type: 'all', created_at: '2024-01-01T00:00:00.000Z' }).execute()
    let withItem = false
    server.route('/cp1251.xml', (_req, res) => {
      const xml = fixture('feeds/ministry-cp1251.xml', { BASE: server.base })
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      res.end(withItem ? xml : xml.replace(/<item>[\s\S]*<\/item>/, ''))
    })
    server.file('/cp1251/news/subcommission', 'pages/subcommission-cp1251.html', { charset: 'windows-1251', contentType: 'text/html' })
    const source = await addSource({ name: 'cp1251', url: server.url('/cp1251.xml'), type: 'rss' })
    expect(await poll(source.id)).toMatchObject({ fetched: 0, error: null })
    withItem = true
    const summary = await poll(source.id)
    expect(summary).toMatchObject({ fetched: 1, new: 1, relevant: 1 })
    const [article] = await articles()
    expect(article).toMatchObject({ is_backlog: 0, status: 'published' })
    expect(await db.selectFrom('article_partner').select(['country', 'status']).execute()).toEqual([{ country: 'RU', status: 'published' }])
    expect(await db.selectFrom('alert_outbox').select(['article_id', 'chat_id']).execute()).toEqual([{ article_id: article!.id, chat_id: 777 }])
  })
})
