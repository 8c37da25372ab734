import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type App, createApp } from '../../src/app.js'
import type { Db } from '../../src/db/database.js'
import type { AppDeps } from '../../src/deps.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { createTestDb, TestClock, testConfig } from '../helpers/test-app.js'

export interface OpsApp {
  api: FakeBotApi
  db: Db
  clock: TestClock
  deps: AppDeps
  app: App
  /** http://127.0.0.1:<PORT> of the app's own server. */
  url(path: string): string
  close(): Promise<void>
}

/**
 * A started app (HTTP server, updates, poller) on PORT=0. `apiRoot` puts something between
 * the app and the fake Bot API (a holding proxy), defaulting to the fake itself.
 */
export async function startOpsApp(env: Record<string, string> = {}, apiRoot?: (api: FakeBotApi) => Promise<string>): Promise<OpsApp> {
  const api = new FakeBotApi()
  await api.start()
  const config = testConfig(api, { ...env, ...(apiRoot ? { TELEGRAM_API_ROOT: await apiRoot(api) } : {}) })
  const db = await createTestDb()
  const clock = new TestClock()
  const deps: AppDeps = { db, config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics() }
  const app = createApp(deps)
  await app.start()
  let isClosed = false
  return {
    api,
    db,
    clock,
    deps,
    app,
    url: (path) => `http://127.0.0.1:${app.httpPort}${path}`,
    async close() {
      if (isClosed) return
      isClosed = true
      await app.stop()
      await db.destroy().catch(() => undefined)
      await api.stop()
    },
  }
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
