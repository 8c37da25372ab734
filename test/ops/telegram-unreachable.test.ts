import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type App, createApp } from '../../src/app.js'
import type { Db } from '../../src/db/database.js'
import { createMetrics } from '../../src/metrics.js'
import { TokenRejectedError } from '../../src/telegram/connect.js'
import { FakeBotApi, readBody, telegramError } from '../helpers/fake-bot-api.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { createTestDb, TestClock, testConfig } from '../helpers/test-app.js'
import { systemResolver } from '../../src/dns.js'

/** A Bot API root whose connections are cut while `isDown`, then passed to the fake. */
class Outage {
  isDown = true
  private target = ''
  private readonly server: Server = createServer((req, res) => {
    if (this.isDown) {
      req.socket.destroy()
      return
    }
    void readBody(req).then(async (body) => {
      try {
        const answer = await fetch(this.target + req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text())
      } catch {
        // The fake was stopped under a long poll.
        res.destroy()
      }
    })
  })

  async start(target: string): Promise<string> {
    this.target = target
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

describe('start-up while Telegram cannot be reached', () => {
  let api: FakeBotApi
  let outage: Outage
  let site: FixtureServer
  let db: Db
  let app: App | undefined
  const logs: Record<string, unknown>[] = []

  beforeEach(async () => {
    api = new FakeBotApi()
    await api.start()
    outage = new Outage()
    site = new FixtureServer()
    site.file('/rss.xml', 'feeds/ministry-ru.xml')
    await site.start()
    db = await createTestDb()
    logs.length = 0
  })
  afterEach(async () => {
    await app?.stop()
    await db.destroy()
    await Promise.all([api.stop(), outage.stop(), site.stop()])
  })

  async function startApp(apiRoot: string): Promise<{ app: App; started: Promise<void> }> {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>)
        done()
      },
    })
    const config = testConfig(api, { TELEGRAM_API_ROOT: apiRoot, POLL_INTERVAL_SECONDS: '60' })
    const deps = { db, config, logger: pino({ level: 'info' }, sink), clock: new TestClock(), metrics: createMetrics(), resolver: systemResolver }
    // As the sources file lists it (file_entry set): the operator's loopback source is not guarded.
    await db
      .insertInto('source')
      .values({ name: 'Ministry', url: site.url('/rss.xml'), type: 'rss', lang: 'ru', file_entry: '', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: null, last_error_at: null, next_poll_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' })
      .execute()
    app = createApp(deps, { fetcher: { minHostGapMs: 0 }, telegramRetryDelayMs: () => 20 })
    return { app, started: app.start() }
  }

  const health = async (a: App) => (await (await fetch(`http://127.0.0.1:${a.httpPort}/healthz`)).json()) as { status: string; problems: string[] }

  it('logs each failed attempt with its reason and the next try, polls sources anyway, and says so on /healthz until Telegram answers', async () => {
    const root = await outage.start(api.apiRoot)
    const { app: started, started: running } = await startApp(root)
    await expect.poll(() => logs.filter((l) => l.attempt !== undefined).length).toBeGreaterThanOrEqual(2)
    const attempt = logs.find((l) => l.attempt === 1)!
    expect(attempt).toMatchObject({ level: 40, reason: 'ECONNRESET (socket hang up)', retryInSeconds: 1 })
    expect(attempt.msg).toBe('Telegram unreachable: ECONNRESET (socket hang up); attempt 1 failed, next in 1 s')
    expect(JSON.stringify(logs)).not.toContain(api.token)
    await expect.poll(() => site.hits('/rss.xml').length).toBeGreaterThan(0)
    await expect.poll(() => started.httpPort).toBeGreaterThan(0)
    const down = await health(started)
    expect(down.status).toBe('unhealthy')
    expect(down.problems[0]).toMatch(/^Telegram unreachable: /)

    outage.isDown = false
    await running
    expect(logs.some((l) => l.msg === 'Telegram reached')).toBe(true)
    expect((await health(started)).problems.filter((p) => /Telegram/.test(p))).toEqual([])
    expect(api.sent('setMyCommands').length).toBeGreaterThan(0)
  })

  it('stops at once with one clear line when Telegram refuses the token', async () => {
    api.once('getMe', () => telegramError(401, 'Unauthorized'))
    const { started } = await startApp(api.apiRoot)
    await expect(started).rejects.toThrow(TokenRejectedError)
    await expect(started).rejects.toThrow(/^BOT_TOKEN: Telegram refused the token \(401 Unauthorized\) — copy it again from @BotFather/)
  })

  it('stops trying when the app is stopped during the outage', async () => {
    const root = await outage.start(api.apiRoot)
    const { app: started, started: running } = await startApp(root)
    await expect.poll(() => logs.filter((l) => l.attempt !== undefined).length).toBeGreaterThanOrEqual(1)
    // Listened to before stopping: start() fails as soon as the stop aborts it.
    const failed = expect(running).rejects.toThrow()
    await started.stop()
    await failed
    app = undefined
  })
})
