import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readHealthSnapshot } from '../db/health.js'
import type { AppDeps } from '../deps.js'
import { setStateGauges } from '../metrics.js'
import { evaluateHealth } from './health.js'
import type { WebhookHandler } from './webhook.js'
import type { Archive } from '../web/archive.js'

export interface HttpServer {
  /** The bound port (PORT=0 picks a free one); 0 before start. */
  readonly port: number
  start(): Promise<void>
  stop(): Promise<void>
}

export interface HttpServerOptions {
  isReceivingUpdates: () => boolean
  /** Why Telegram cannot be reached while the bot keeps trying; null once it answered. */
  telegramProblem?: () => string | null
  /** Present in webhook mode: served on the path of WEBHOOK_URL. */
  webhook?: { path: string; handler: WebhookHandler }
  /** The public web archive: answers every other path (issue 16). */
  archive?: Archive
}

/** One server on PORT: /healthz, /metrics and, in webhook mode, the webhook; 404 otherwise. */
export function createHttpServer(deps: AppDeps, { isReceivingUpdates, telegramProblem = () => null, webhook, archive }: HttpServerOptions): HttpServer {
  const startedAt = deps.clock.now()

  const health = async () => {
    const now = deps.clock.now()
    const snapshot = await readHealthSnapshot(deps.db, now).catch((error: unknown) => ({ error }))
    return { now, snapshot, report: evaluateHealth({ snapshot, isReceivingUpdates: isReceivingUpdates(), telegramProblem: telegramProblem(), now, startedAt, pollIntervalSeconds: deps.config.pollIntervalSeconds }) }
  }

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    '/healthz': async (req, res) => {
      if (!isRead(req)) return send(res, 405, 'text/plain', 'method not allowed\n', { allow: 'GET, HEAD' })
      const { report } = await health()
      send(res, report.status === 'ok' ? 200 : 503, 'application/json', `${JSON.stringify(report)}\n`, { 'cache-control': 'no-store' })
    },
    '/metrics': async (req, res) => {
      if (!isRead(req)) return send(res, 405, 'text/plain', 'method not allowed\n', { allow: 'GET, HEAD' })
      const { now, snapshot } = await health()
      if (!('error' in snapshot)) setStateGauges(deps.metrics, snapshot, now)
      send(res, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics())
    },
  }
  if (webhook) routes[webhook.path] = (req, res) => webhook.handler.handle(req, res)

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const route = Object.hasOwn(routes, path) ? routes[path] : archive && ((request: IncomingMessage, response: ServerResponse) => archive.handle(request, response))
    if (!route) {
      req.resume()
      return send(res, 404, 'text/plain', 'not found\n')
    }
    Promise.resolve(route(req, res)).catch((error: unknown) => {
      deps.logger.error({ err: error, path }, 'http request failed')
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n')
      else res.destroy()
    })
  })

  return {
    get port() {
      const address = server.address() as AddressInfo | null
      return address?.port ?? 0
    },
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(deps.config.port, () => {
          server.off('error', reject)
          resolve()
        })
      })
      deps.logger.info({ port: (server.address() as AddressInfo).port }, `http server listening (${archive ? 'web archive, ' : ''}/healthz, /metrics)`)
    },
    async stop() {
      if (!server.listening) return
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      await closed
    },
  }
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD'
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, ...headers })
  res.end(res.req.method === 'HEAD' ? undefined : body)
}
