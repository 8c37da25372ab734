import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeBotApi } from './helpers/fake-bot-api.js'
import { FixtureServer, fixture } from './helpers/fixture-server.js'
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

function publishedTitles(dbFile: string): string[] {
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare(`select a.title from article a join classification c on c.article_id = a.id where c.status = 'published'`).all() as { title: string }[]).map((r) => r.title)
  } catch {
    return []
  } finally {
    db.close()
  }
}

/**
 * The vertical slice as a user meets it: the real `npm start` process polls a local feed,
 * fetches the teaser's full page, classifies and stores it, answers /country in Russian, and
 * alerts a subscriber when a new item appears — all over real HTTP.
 */
describe('feed → classifier → SQLite → /country and alerts (the real process)', () => {
  let api: FakeBotApi
  let site: FixtureServer
  let child: ChildProcess | undefined
  let dir: string

  beforeEach(async () => {
    api = new FakeBotApi()
    site = new FixtureServer()
    await Promise.all([api.start(), site.start()])
    dir = mkdtempSync(join(tmpdir(), 'coopwatch-pipeline-'))
  })
  afterEach(async () => {
    child?.kill('SIGKILL')
    await Promise.all([api.stop(), site.stop()])
  })

  it('answers /country франция with the stored item, then alerts a subscriber about a new one', { timeout: 120_000 }, async () => {
    const now = new Date()
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
    const sourcesFile = join(dir, 'sources.json')
    writeFileSync(sourcesFile, JSON.stringify([{ name: 'MKI', url: site.url('/rss.xml'), type: 'rss', lang: 'ru' }]))
    const dbFile = join(dir, 'coopwatch.db')

    // Run from the test's own folder, so a developer's .env in the project cannot leak in.
    child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('../src/main.ts', import.meta.url))], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: dbFile, SOURCES_FILE: sourcesFile, POLL_INTERVAL_SECONDS: '1', PORT: '0', LOG_LEVEL: process.env.PIPELINE_LOG ?? 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })

    const reader = user(901, 'ru')
    await expect.poll(() => publishedTitles(dbFile), { timeout: 30_000, interval: 200 }).toContain(france.title)
    api.pushUpdate(command(reader, '/country франция'))
    await expect.poll(() => api.sent().find((c) => c.payload.chat_id === reader.id)?.payload.text, { timeout: 20_000, interval: 100 }).toMatch(/Франция/)
    const reply = api.sent().find((c) => c.payload.chat_id === reader.id)!.payload
    expect(reply).toMatchObject({ parse_mode: 'HTML', text: expect.stringContaining(france.title) })
    expect(String(reply.text)).toContain(`${site.base}/news/kz-fr`)

    const follower = user(902, 'ru')
    api.pushUpdate(command(follower, '/subscribe беларусь'))
    await expect.poll(() => api.sent().filter((c) => c.payload.chat_id === follower.id).length, { timeout: 20_000, interval: 100 }).toBe(1)

    feedItems = [belarus, france]
    await expect
      .poll(() => api.sent().filter((c) => c.payload.chat_id === follower.id).map((c) => String(c.payload.text)), { timeout: 40_000, interval: 200 })
      .toContainEqual(expect.stringContaining(belarus.title))
    // The backlog item (France) from the first poll never alerts anyone.
    expect(api.sent().some((c) => c.payload.chat_id === follower.id && String(c.payload.text).includes(france.title))).toBe(false)
  })
})
