import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Db } from '../../src/db/database.js'
import { type FakeBotApi, readBody } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

export interface OpsApp extends TestApp {
  /** http://127.0.0.1:<PORT> of the app's own server. */
  url(path: string): string
}

/**
 * A started app (HTTP server, updates, poller) on PORT=0. `apiRoot` puts something between
 * the app and the fake Bot API (a holding proxy), defaulting to the fake itself.
 */
export async function startOpsApp(env: Record<string, string> = {}, apiRoot?: (api: FakeBotApi) => Promise<string>): Promise<OpsApp> {
  const t = await createTestApp(env, { apiRoot })
  await t.app.start()
  return { ...t, url: (path) => `http://127.0.0.1:${t.app.httpPort}${path}` }
}

/** One instant alert for a fresh subscriber, due at `dueAt`. */
export async function addQueuedAlert(db: Db, dueAt: string): Promise<void> {
  const article = await db
    .insertInto('article')
    .values({
      url: 'https://example.org/a',
      url_key: 'example.org/a',
      title: 'A memorandum',
      body: 'text',
      lang: 'en',
      published_at: dueAt,
      published_at_origin: 'feed',
      fetched_at: dueAt,
      updated_at: dueAt,
      content_hash: 'h',
      story_key: 'k',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('subscriber').values({ chat_id: 9001, chat_type: 'private', language: 'en', created_at: dueAt, updated_at: dueAt }).execute()
  await db.insertInto('alert_outbox').values({ article_id: article.id, chat_id: 9001, delivery: 'instant', next_attempt_at: dueAt, created_at: dueAt }).execute()
}

/**
 * A loopback proxy in front of the fake Bot API that can hold chosen calls until the test
 * releases them, to show what runs concurrently and what waits.
 */
export class HoldingProxy {
  private readonly holds: { matches: (method: string, payload: Record<string, unknown>) => boolean; gate: Promise<void> }[] = []
  private target = ''
  /** Called with every method that passes through, when it arrives. */
  onCall: (method: string) => void = () => undefined
  private readonly server: Server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const method = /\/(\w+)$/.exec(req.url ?? '')?.[1] ?? ''
      const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {}
      this.onCall(method)
      const index = this.holds.findIndex((h) => h.matches(method, payload))
      if (index !== -1) await this.holds.splice(index, 1)[0]!.gate
      try {
        const answer = await fetch(this.target + req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        res.writeHead(answer.status, { 'content-type': 'application/json' })
        res.end(await answer.text())
      } catch {
        // The fake was stopped under a long poll: end this request the way a dead server would.
        res.destroy()
      }
    })
  })

  async start(target: string): Promise<void> {
    this.target = target
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
  }

  get root(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Holds the first call that `matches` until the returned function is called. */
  hold(matches: (method: string, payload: Record<string, unknown>) => boolean): () => void {
    let release!: () => void
    this.holds.push({ matches, gate: new Promise<void>((resolve) => (release = resolve)) })
    return () => release()
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
