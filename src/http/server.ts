import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
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

  server.on('clientError', answerClientError)

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

/**
 * A GET or HEAD whose address carries raw bytes a URL must percent-encode (a Russian or Kazakh
 * search typed into curl, `/search?q=музей`): the request line Node's parser refused, its target
 * encoded as a browser would send it; null for anything else.
 */
export function encodedRequestTarget(rawPacket: Buffer | undefined): string | null {
  if (!rawPacket) return null
  const lineEnd = rawPacket.indexOf(0x0a)
  if (lineEnd === -1) return null
  const m = /^(?:GET|HEAD) (\/[^ ]*) HTTP\/1\.[01]\r?$/.exec(rawPacket.subarray(0, lineEnd).toString('latin1'))
  if (!m) return null
  const target = Buffer.from(m[1]!, 'latin1')
  let encoded = ''
  for (const byte of target) {
    const char = String.fromCharCode(byte)
    encoded += byte <= 0x20 || byte >= 0x7f || '"<>\\^`{|}'.includes(char) ? `%${byte.toString(16).toUpperCase().padStart(2, '0')}` : char
  }
  // Nothing to encode: the parser refused the address for another reason.
  return encoded === m[1] ? null : encoded
}

/**
 * Node's own answer to a request its parser refuses (a bare 400, 408, 413 or 431, then the
 * connection closed), except for an address typed with raw UTF-8: that is sent on (301) to the
 * same address percent-encoded, which curl -L and every browser follow.
 */
function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, duplex: Duplex): void {
  const socket = duplex as Socket & { _httpMessage?: { headersSent: boolean } | null }
  // As Node does: write nothing into a response already under way on this connection.
  if (socket.writable && !socket._httpMessage?.headersSent) {
    const location = error.code === 'HPE_INVALID_URL' ? encodedRequestTarget(error.rawPacket) : null
    if (location) {
      const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD '
      const body = `Moved to ${location}\n`
      socket.write(`HTTP/1.1 301 ${STATUS_CODES[301]}\r\nLocation: ${location}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: public, max-age=86400\r\nConnection: close\r\n\r\n${isHead ? '' : body}`)
    } else {
      const status = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 }[error.code ?? ''] ?? 400
      socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`)
    }
  }
  socket.destroy(error)
}
