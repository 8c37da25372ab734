import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { getBackfill } from '../../src/db/backfill.js'
import type { Db } from '../../src/db/database.js'
import { getSourceById, type Source, insertSource } from '../../src/db/sources.js'
import type { AppDeps } from '../../src/deps.js'
import { type Backfiller, type BackfillerOptions, createBackfiller } from '../../src/ingest/backfill.js'
import { defaultSince } from '../../src/ingest/backfill-since.js'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { ARCHIVE_TYPES, type ArchiveType, FixtureArchive } from '../helpers/fixture-archive.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { createTestDb, TestClock, virtualSleep } from '../helpers/test-app.js'
import { systemResolver } from '../../src/dns.js'

const DAY_MS = 86_400_000
const NEWEST = new Date('2026-11-20T06:00:00.000Z')
const NOW = '2026-11-21T09:00:00.000Z'

let clock: TestClock
let big: FixtureServer
let small: FixtureServer
let bigArchive: FixtureArchive
let smallArchive: FixtureArchive
let http: Fetcher
let db: Db
let deps: AppDeps
const backfillers: Backfiller[] = []

beforeAll(async () => {
  clock = new TestClock(NOW)
  big = new FixtureServer({ clock })
  small = new FixtureServer({ clock })
  await Promise.all([big.start(), small.start()])
  // Each page spans two days: 300 pages reach 600 days back.
  bigArchive = new FixtureArchive(big, { pages: 300, perPage: 2, newest: NEWEST, pageSpanMs: 2 * DAY_MS })
  smallArchive = new FixtureArchive(small, { pages: 20, perPage: 2, newest: NEWEST, pageSpanMs: 2 * DAY_MS })
  http = createFetcher({ minHostGapMs: 0, now: () => clock.now() })
})
afterAll(async () => {
  http.close()
  await Promise.all([big.stop(), small.stop()])
})
beforeEach(async () => {
  clock.set(NOW)
  big.requests.length = 0
  small.requests.length = 0
  db = await createTestDb()
  const loaded = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  deps = { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics(), resolver: systemResolver }
  // A subscriber to everything, subscribed long before: history must still alert nobody.
  const at = '2020-01-01T00:00:00.000Z'
  await db.insertInto('subscriber').values({ chat_id: 42, chat_type: 'private', language: 'en', created_at: at, updated_at: at }).execute()
  await db.insertInto('subscription').values({ chat_id: 42, topic_type: 'all', topic_value: '', created_at: at }).execute()
})
afterEach(async () => {
  for (const b of backfillers.splice(0)) await b.close()
  await db.destroy()
})

async function backfiller(options: BackfillerOptions = {}): Promise<Backfiller> {
  const b = await createBackfiller(deps, { http, pace: { minHostGapMs: 0 }, ...options })
  backfillers.push(b)
  return b
}

async function addSource(archive: FixtureArchive, type: ArchiveType, change: (list: Source['list']) => Source['list'] = (l) => l): Promise<Source> {
  const input = archive.sources().find((s) => s.type === type)!
  const { source } = await insertSource(db, { ...input, list: change(input.list) }, 'file', clock.now())
  return (await getSourceById(db, source.id))!
}

async function stored() {
  return db.selectFrom('article as a').innerJoin('classification as c', 'c.article_id', 'a.id').select(['a.url', 'a.published_at', 'a.is_backlog', 'c.status']).execute()
}

async function alertCount(): Promise<number> {
  return (await db.selectFrom('alert_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
}

describe('backfill of a long archive', () => {
  // Half a day after the 400th day back: 200 pages are newer, page 201 on are older.
  const since = new Date(NEWEST.getTime() - 399.5 * DAY_MS)

  it.each(ARCHIVE_TYPES)('walks a %s archive of 300 pages back to --since, stores each item once as backlog, alerts nobody', async (type) => {
    const source = await addSource(bigArchive, type)
    const summary = await (await backfiller()).walk(source, { since })

    const expected = bigArchive.items(type).filter((item) => item.date >= since)
    expect(summary).toMatchObject({ reason: type === 'sitemap' ? 'end' : 'since', error: null, counts: { new: expected.length } })
    const rows = await stored()
    expect(rows.map((r) => r.url).sort()).toEqual(expected.map((item) => item.url).sort())
    expect(rows.every((r) => r.is_backlog === 1 && r.published_at >= since.toISOString())).toBe(true)
    expect(rows.filter((r) => r.status === 'published').length).toBeGreaterThan(0)
    expect(await alertCount()).toBe(0)

    // Each listing page once, and not one past the first page that is all older.
    const listings = bigArchive.listingRequests(type)
    expect(new Set(listings).size).toBe(listings.length)
    const pagesRead = { html: 201, rss: 201, govkz: 201, sitemap: 1 + 200 }[type]
    expect(listings).toHaveLength(pagesRead)
    if (type !== 'govkz') expect(big.requests.filter((r) => r.path.includes('/a/'))).toHaveLength(expected.length)
    expect(await getBackfill(db, source.id)).toMatchObject({ state: 'done', next: null, reachedAt: expected.at(-1)!.date })
    // Hundreds of pages through the whole pipeline: a busy CI machine may take a while.
  }, 120_000)

  it.each(ARCHIVE_TYPES)('reads a %s archive to its end when --since is further back', async (type) => {
    const source = await addSource(smallArchive, type)
    const summary = await (await backfiller()).walk(source, { since: new Date('2010-01-01T00:00:00Z') })
    expect(summary).toMatchObject({ reason: 'end', error: null, counts: { new: smallArchive.count(type) } })
    expect(await stored()).toHaveLength(smallArchive.count(type))
  })

  it('finds the next page by rel="next" when the source names no list.next selector', async () => {
    const source = await addSource(smallArchive, 'html', (list) => ({ item: list!.item, link: list!.link, date: list!.date! }))
    const summary = await (await backfiller()).walk(source, { since: new Date('2010-01-01T00:00:00Z') })
    expect(summary).toMatchObject({ reason: 'end', counts: { pages: 20, new: 40 } })
  })
})

describe('the default --since (the bot\'s 📜 too)', () => {
  it('is the day two years back in Kazakhstan time, from its first moment there', () => {
    // 01:00 on 21 November in Almaty (UTC+5 since March 2024) is still the 20th in UTC.
    expect(defaultSince(new Date('2026-11-20T20:00:00Z'))).toEqual(new Date('2024-11-20T19:00:00Z'))
    expect(defaultSince(new Date('2026-11-21T18:59:00Z'))).toEqual(new Date('2024-11-20T19:00:00Z'))
  })
})

describe('a pager that goes round in a circle', () => {
  it('ends the walk at the first page already read', async () => {
    const page = (n: number, next: string) => `<ul><li class="n"><a href="/html/a/${n}.html">${n}</a></li></ul><a rel="next" href="/loop/${next}">»</a>`
    for (const [n, [self, next]] of [['a', 'b'], ['b', 'c'], ['c', 'b']].entries()) small.text(`/loop/${self}`, page(n, next!), 200, { 'content-type': 'text/html' })
    const { source } = await insertSource(db, { name: 'loop', url: `${small.base}/loop/a`, type: 'html', lang: 'en', isEnabled: true, list: { item: '.n', link: 'a' }, project: null }, 'file', clock.now())
    const summary = await (await backfiller()).walk((await getSourceById(db, source.id))!, { since: new Date('2010-01-01T00:00:00Z') })
    expect(summary).toMatchObject({ reason: 'end', counts: { pages: 3, new: 3 } })
    expect(small.requests.filter((r) => r.path.startsWith('/loop/')).map((r) => r.path)).toEqual(['/loop/a', '/loop/b', '/loop/c'])
  })
})

describe('sitemap indexes that list themselves', () => {
  it('opens each index once and reads its other children to the end', async () => {
    const sitemap = (path: string, body: string) => small.route(path, (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end(body))
    const ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    sitemap('/sm/index.xml', `<sitemapindex ${ns}><sitemap><loc>${small.base}/sm/index.xml</loc><lastmod>2026-11-20</lastmod></sitemap><sitemap><loc>${small.base}/sm/other.xml</loc><lastmod>2026-11-20</lastmod></sitemap><sitemap><loc>${small.base}/sm/child.xml</loc><lastmod>2026-11-19</lastmod></sitemap></sitemapindex>`)
    sitemap('/sm/other.xml', `<sitemapindex ${ns}><sitemap><loc>${small.base}/sm/index.xml</loc><lastmod>2026-11-20</lastmod></sitemap></sitemapindex>`)
    sitemap('/sm/child.xml', `<urlset ${ns}><url><loc>${small.base}/html/a/1.html</loc><lastmod>2026-11-19</lastmod></url></urlset>`)
    const { source } = await insertSource(db, { name: 'sm', url: `${small.base}/sm/index.xml`, type: 'sitemap', lang: 'en', isEnabled: true, list: null, project: null }, 'file', clock.now())
    // The bot's 📜 sets no page limit; 30 only keeps the test from running for ever if it loops.
    const summary = await (await backfiller()).walk((await getSourceById(db, source.id))!, { since: new Date('2026-01-01T00:00:00Z'), maxPages: 30 })
    expect(summary).toMatchObject({ reason: 'end', counts: { new: 1 } })
    expect(small.requests.filter((r) => r.path.startsWith('/sm/')).map((r) => r.path)).toEqual(['/sm/index.xml', '/sm/other.xml', '/sm/child.xml'])
  })
})

describe('resuming', () => {
  const since = new Date('2010-01-01T00:00:00Z')

  it('stops after --max-pages and goes on from the next page in a new run, without repeats', async () => {
    const source = await addSource(smallArchive, 'html')
    expect(await (await backfiller()).walk(source, { since, maxPages: 5 })).toMatchObject({ reason: 'max-pages', counts: { pages: 5, new: 10 } })
    expect(await getBackfill(db, source.id)).toMatchObject({ state: 'running', next: { at: { url: `${small.base}/html/news?page=6` } } })
    const before = small.requests.length

    const second = await (await backfiller()).walk(source, { since })
    expect(second).toMatchObject({ reason: 'end', isResumed: true, counts: { pages: 20, new: 40 }, run: { pages: 15 } })
    expect(small.requests[before]?.url).toBe('/html/news?page=6')
    const listings = smallArchive.listingRequests('html')
    expect(new Set(listings).size).toBe(20)
    expect(await stored()).toHaveLength(40)
  })

  it('stops when aborted, keeping every stored page, and resumes there', async () => {
    const source = await addSource(smallArchive, 'rss')
    const controller = new AbortController()
    const first = await (await backfiller()).walk(source, {
      since,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.run.pages === 3) controller.abort()
      },
    })
    expect(first).toMatchObject({ reason: 'aborted', counts: { pages: 3, new: 6 } })
    expect(await stored()).toHaveLength(6)
    const second = await (await backfiller()).walk(source, { since })
    expect(second).toMatchObject({ reason: 'end', counts: { new: 40 } })
    expect(smallArchive.listingRequests('rss').filter((u) => u === '/rss/feed/')).toHaveLength(1)
  })

})

describe('a walk run again with another --since', () => {
  const daysBack = (days: number) => new Date(NEWEST.getTime() - days * DAY_MS)
  // Half a day past an item: pages 6 and 11 of each archive hold items on both sides of these dates.
  const since = daysBack(10.5)
  const earlier = daysBack(20.5)
  const longAgo = new Date('2010-01-01T00:00:00Z')
  // The defect's case: without list dates, items already stored give no date, so their pages never look older.
  const undated = (list: Source['list']): Source['list'] => ({ item: list!.item, link: list!.link, next: list!.next })

  it.each([
    ['the same --since', since, since, since],
    ['a later --since', since, daysBack(4.5), since],
    ['a later --since after the archive\'s end', longAgo, since, longAgo],
    ['an earlier --since after the archive\'s end', longAgo, new Date('2005-01-01T00:00:00Z'), new Date('2005-01-01T00:00:00Z')],
  ])('has nothing to read once finished, for %s, though the list gives no dates', async (_case, first, second, after) => {
    const source = await addSource(smallArchive, 'html', undated)
    const finished = await (await backfiller()).walk(source, { since: first })
    expect(finished.reason).toBe(first === longAgo ? 'end' : 'since')
    const before = small.requests.length
    const again = await (await backfiller()).walk(source, { since: second })
    expect(again).toMatchObject({ reason: 'done', error: null, run: { pages: 0 }, counts: finished.counts, reachedAt: finished.reachedAt })
    expect(small.requests.length).toBe(before)
    expect(await getBackfill(db, source.id)).toMatchObject({ state: 'done', since: after })
  })

  it.each(['html', 'html without list dates', 'rss', 'sitemap', 'govkz'] as const)('goes on from where a finished %s walk left items out, for an earlier --since', async (name) => {
    const type = name === 'html without list dates' ? 'html' : name
    const source = await addSource(smallArchive, type, type === name ? undefined : undated)
    await (await backfiller()).walk(source, { since })
    const again = await (await backfiller()).walk(source, { since: earlier })

    const items = smallArchive.items(type)
    const expected = items.filter((item) => item.date >= earlier)
    expect(again).toMatchObject({ reason: type === 'sitemap' ? 'end' : 'since', error: null, isResumed: true, counts: { new: expected.length } })
    expect((await stored()).map((r) => r.url).sort()).toEqual(expected.map((item) => item.url).sort())
    if (type !== 'sitemap') {
      // From the page with the first item older than the first date to the first page all older than the second.
      const per = smallArchive.itemsPerPage(type)
      const firstOlder = (date: Date) => items.findIndex((item) => item.date < date)
      expect(again.run.pages).toBe(Math.ceil(firstOlder(earlier) / per) + 1 - Math.floor(firstOlder(since) / per))
    }
    expect(await getBackfill(db, source.id)).toMatchObject({ state: 'done', since: earlier })
  })

  it('reads again from the first page that left items out when an unfinished walk goes on with an earlier --since', async () => {
    const source = await addSource(smallArchive, 'html')
    // Pages 1 to 6: the sixth holds the item 10 days back and, left out, the one 11 days back.
    expect(await (await backfiller()).walk(source, { since, maxPages: 6 })).toMatchObject({ reason: 'max-pages' })
    const again = await (await backfiller()).walk(source, { since: earlier })
    expect(again).toMatchObject({ reason: 'since', isResumed: true, run: { pages: 7 } })
    const expected = smallArchive.items('html').filter((item) => item.date >= earlier)
    expect((await stored()).map((r) => r.url).sort()).toEqual(expected.map((item) => item.url).sort())
  })
})

describe('politeness', () => {
  /** The HTTP client under the pacing, noting when each request leaves by the test's clock. */
  function recorded(): { http: Fetcher; sent: { url: string; at: number }[] } {
    const sent: { url: string; at: number }[] = []
    return { sent, http: { fetch: (request) => (sent.push({ url: request.url, at: clock.now().getTime() }), http.fetch(request)), close: () => undefined } }
  }

  it('starts requests to one host at least the gap apart, across sources walked at once', async () => {
    const sources = await Promise.all([addSource(smallArchive, 'html'), addSource(smallArchive, 'sitemap')])
    const { http: client, sent } = recorded()
    const b = await backfiller({ http: client, pace: { minHostGapMs: 1_000, sleep: virtualSleep(clock) } })
    const summaries = await Promise.all(sources.map((s) => b.walk(s, { since: new Date('2010-01-01T00:00:00Z') })))
    expect(summaries.map((s) => s.counts.new)).toEqual([40, 40])
    expect(sent.length).toBeGreaterThan(100)
    const gaps = sent.slice(1).map((r, i) => r.at - sent[i]!.at)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000)
  })

  it('waits out a 429 for its Retry-After, holding back the host, then reads the page', async () => {
    const source = await addSource(smallArchive, 'html')
    smallArchive.answerBusy((url) => url.endsWith('/html/news?page=3'), 1, 120)
    const { http: client, sent } = recorded()
    const summary = await (await backfiller({ http: client, pace: { minHostGapMs: 1_000, sleep: virtualSleep(clock) } })).walk(source, { since: new Date('2010-01-01T00:00:00Z') })
    expect(summary).toMatchObject({ reason: 'end', error: null, counts: { new: 40 } })
    const refused = sent.findIndex((r) => r.url.endsWith('page=3'))
    expect(sent[refused + 1]).toMatchObject({ url: expect.stringMatching(/page=3$/) })
    expect(sent[refused + 1]!.at - sent[refused]!.at).toBeGreaterThanOrEqual(120_000)
  })

  it('stops on a Retry-After too long to wait, and resumes at that page next time', async () => {
    const source = await addSource(smallArchive, 'rss')
    smallArchive.answerBusy((url) => url.endsWith('paged=4'), 1, 3_600)
    const first = await (await backfiller({ pace: { minHostGapMs: 0, sleep: virtualSleep(clock) } })).walk(source, { since: new Date('2010-01-01T00:00:00Z') })
    expect(first).toMatchObject({ reason: 'error', error: 'HTTP 429', counts: { pages: 3 } })
    expect(await getBackfill(db, source.id)).toMatchObject({ state: 'failed', lastError: 'HTTP 429' })
    const second = await (await backfiller()).walk(source, { since: new Date('2010-01-01T00:00:00Z') })
    expect(second).toMatchObject({ reason: 'end', isResumed: true, counts: { new: 40 } })
  })
})
