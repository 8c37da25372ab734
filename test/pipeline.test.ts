import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncSourcesFile } from '../src/ingest/sources-file.js'
import { FixtureServer, fixture } from './helpers/fixture-server.js'
import { createTestApp, type TestApp } from './helpers/test-app.js'
import { command, user } from './helpers/updates.js'

interface FeedItem {
  title: string
  path: string
  pubDate: Date
}

function rss(base: string, items: FeedItem[]): string {
  const entries = items.map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link><guid>${i.path}</guid>
    <pubDate>${i.pubDate.toUTCString()}</pubDate><description>Тизер новости…</description></item>`)
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>МКИ РК</title><link>${base}/</link>
    <description>Новости</description>${entries.join('')}</channel></rss>`
}

/**
 * The vertical slice as a user meets it, through the app's own loops: the poller reads a local
 * feed, fetches the teaser's full page, classifies and stores it, the bot answers /country in
 * Russian, and the sender alerts a subscriber when a new item appears — all over real HTTP.
 */
describe('feed → classifier → SQLite → /country and alerts', () => {
  let t: TestApp
  let site: FixtureServer

  beforeEach(async () => {
    site = new FixtureServer()
    await site.start()
    const sourcesFile = join(mkdtempSync(join(tmpdir(), 'coopwatch-pipeline-')), 'sources.json')
    writeFileSync(sourcesFile, JSON.stringify([{ name: 'MKI', url: site.url('/rss.xml'), type: 'rss', lang: 'ru' }]))
    t = await createTestApp({ SOURCES_FILE: sourcesFile })
  })
  afterEach(async () => {
    await t.close()
    await site.stop()
  })

  async function publishedTitles(): Promise<string[]> {
    const rows = await t.db.selectFrom('article as a').innerJoin('classification as c', 'c.article_id', 'a.id').select('a.title').where('c.status', '=', 'published').execute()
    return rows.map((r) => r.title)
  }

  it('answers /country франция with the stored item, then alerts a subscriber about a new one', async () => {
    const now = t.clock.now()
    const france: FeedItem = { title: 'Казахстан и Франция договорились о сотрудничестве музеев', path: '/news/kz-fr', pubDate: new Date(now.getTime() - 86_400_000) }
    const belarus: FeedItem = { title: 'Театры Казахстана и Беларуси обменяются гастролями', path: '/news/kz-by', pubDate: now }
    let feedItems = [france]
    site.route('/rss.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      res.end(rss(site.base, feedItems))
    })
    for (const [path, page] of [['/news/kz-fr', 'pages/kz-fr-museums.html'], ['/news/kz-by', 'pages/belarus-theatre.html']] as const) {
      site.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(fixture(page, { BASE: site.base, MIRROR: site.mirror }))
      })
    }

    expect(await syncSourcesFile(t.deps)).toMatchObject({ ok: true })
    await t.app.poller.runOnce()
    expect(await publishedTitles()).toContain(france.title)

    const reader = user(901, 'ru')
    await t.bot.handleUpdate(command(reader, '/country франция'))
    const reply = t.api.sent().find((c) => c.payload.chat_id === reader.id)!.payload
    expect(reply).toMatchObject({ parse_mode: 'HTML', text: expect.stringMatching(/Франция/) })
    expect(String(reply.text)).toContain(france.title)
    expect(String(reply.text)).toContain(`${site.base}/news/kz-fr`)

    const follower = user(902, 'ru')
    await t.bot.handleUpdate(command(follower, '/subscribe беларусь'))
    expect(t.api.sent().filter((c) => c.payload.chat_id === follower.id)).toHaveLength(1)

    feedItems = [belarus, france]
    t.clock.advance(2 * 3_600_000)
    await t.app.poller.runOnce()
    await t.app.alerts.sender.runOnce()
    const alerts = t.api.sent().filter((c) => c.payload.chat_id === follower.id).map((c) => String(c.payload.text))
    expect(alerts).toContainEqual(expect.stringContaining(belarus.title))
    // The backlog item (France) from the first poll never alerts anyone.
    expect(alerts.some((text) => text.includes(france.title))).toBe(false)
  })

  it('reads a relative date against the app clock: «2 часа назад» is two hours before its now', async () => {
    site.route('/rss.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      res.end(rss(site.base, [{ title: 'Казахстан и Франция договорились о сотрудничестве музеев', path: '/news/kz-fr', pubDate: new Date() }])
        .replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>2 часа назад</pubDate>'))
    })
    site.route('/news/kz-fr', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(fixture('pages/kz-fr-museums.html', { BASE: site.base, MIRROR: site.mirror }))
    })
    expect(await syncSourcesFile(t.deps)).toMatchObject({ ok: true })
    await t.app.poller.runOnce()
    const stored = await t.db.selectFrom('article').select('published_at').executeTakeFirstOrThrow()
    expect(stored.published_at).toBe(new Date(t.clock.now().getTime() - 2 * 3_600_000).toISOString())
  })
})
