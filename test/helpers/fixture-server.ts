import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { type Clock, systemClock } from '../../src/clock.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

export interface RecordedRequest {
  method: string
  path: string
  /** The path with its query. */
  url: string
  headers: IncomingMessage['headers']
  /** When it arrived, by the server's clock (a test's clock keeps it virtual). */
  at: Date
}

/** A fixture file with {{BASE}} and {{MIRROR}} replaced by this server's addresses. */
export function fixture(path: string, vars: Record<string, string> = {}): string {
  let text = readFileSync(join(FIXTURES, path), 'utf8')
  for (const [key, value] of Object.entries(vars)) text = text.replaceAll(`{{${key}}}`, value)
  return text
}

/**
 * A loopback HTTP server for ingestion tests: static fixtures (optionally re-encoded, e.g. to
 * windows-1251), ETag/304, redirect loops, bodies that never end, huge streamed bodies,
 * scripted failures, and an imitation of the gov.kz API with its cookie session gate.
 */
export class FixtureServer {
  readonly requests: RecordedRequest[] = []
  private readonly routes = new Map<string, Handler>()
  private readonly server = http.createServer((req, res) => this.handle(req, res))
  private readonly hanging = new Set<ServerResponse>()

  private readonly clock: Clock
  private readonly host: string

  /** `host`: another loopback address (127.0.0.2 …) stands for another site; `clock` times the requests. */
  constructor({ host = '127.0.0.1', clock = systemClock }: { host?: string; clock?: Clock } = {}) {
    this.host = host
    this.clock = clock
  }

  get base(): string {
    const { port } = this.server.address() as AddressInfo
    return `http://${this.host}:${port}`
  }

  /** The same server under another host name (a mirror domain). */
  get mirror(): string {
    const { port } = this.server.address() as AddressInfo
    return `http://localhost:${port}`
  }

  url(path: string): string {
    return `${this.base}${path}`
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, this.host, resolve))
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  route(path: string, handler: Handler): this {
    this.routes.set(path, handler)
    return this
  }

  /** The handler serving `path`, to wrap it. */
  handlerOf(path: string): Handler | undefined {
    return this.routes.get(path)
  }

  hits(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path)
  }

  /** Serves a fixture file (vars substituted), encoded in `charset`, with an ETag and Last-Modified. */
  file(path: string, file: string, options: { contentType?: string; charset?: string; headers?: Record<string, string>; etag?: string } = {}): this {
    return this.route(path, (req, res) => {
      const text = fixture(file, { BASE: this.base, MIRROR: this.mirror })
      const etag = options.etag ?? `"${file.length}-${text.length}"`
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag })
        res.end()
        return
      }
      const charset = options.charset ?? 'utf-8'
      const type = options.contentType ?? (file.endsWith('.html') ? 'text/html' : 'application/xml')
      res.writeHead(200, {
        'content-type': options.charset === undefined ? `${type}; charset=utf-8` : type,
        etag,
        'last-modified': 'Thu, 11 Apr 2024 06:00:00 GMT',
        ...options.headers,
      })
      res.end(iconv.encode(text, charset))
    })
  }

  text(path: string, body: string | Buffer, status = 200, headers: Record<string, string> = {}): this {
    return this.route(path, (_req, res) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
      res.end(body)
    })
  }

  /** Each request redirects to the other path: a loop. */
  redirectLoop(a: string, b: string): this {
    this.route(a, (_req, res) => {
      res.writeHead(302, { location: b })
      res.end()
    })
    return this.route(b, (_req, res) => {
      res.writeHead(302, { location: a })
      res.end()
    })
  }

  /** Sends headers and a first chunk, then nothing, forever. */
  neverEnding(path: string): this {
    return this.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>slow')
      this.hanging.add(res)
      res.on('close', () => this.hanging.delete(res))
    })
  }

  /** Streams `bytes` of XML-looking filler without holding it in memory, and no Content-Length. */
  huge(path: string, bytes: number): this {
    return this.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      let sent = 0
      const pump = (): void => {
        while (sent < bytes) {
          sent += chunk.length
          if (!res.write(chunk)) {
            res.once('drain', pump)
            return
          }
        }
        res.end()
      }
      res.on('error', () => undefined)
      pump()
    })
  }

  /**
   * gov.kz imitation: GET .../content-manager/news answers 400 {"message":"notAllowed"} unless
   * the cookie session was opened by POST /api/v1/public/_/c/k6.
   */
  govkz(news: Record<string, unknown>[]): this {
    const sessions = new Set<string>()
    let counter = 0
    this.route('/api/v1/public/_/c/k6', (req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405)
        res.end()
        return
      }
      const id = `s${++counter}`
      sessions.add(id)
      res.writeHead(200, { 'set-cookie': [`SESSION=${id}; Path=/; HttpOnly`, 'lang=ru; Path=/'], 'content-type': 'application/json' })
      res.end('{}')
    })
    return this.route('/api/v1/public/content-manager/news', (req, res) => {
      const session = /SESSION=(\w+)/.exec(req.headers.cookie ?? '')?.[1]
      if (!session || !sessions.has(session)) {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'notAllowed' }))
        return
      }
      const query = new URL(req.url ?? '/', this.base).searchParams
      const project = query.get('projects')?.replace(/^eq:/, '')
      const lang = req.headers['accept-language'] ?? 'ru'
      const items = news.filter((n) => n.project === project && (n.lang ?? 'ru') === lang).map(({ project: _p, lang: _l, ...rest }) => rest)
      // Pages of `size`, the first page 1, as the portal numbers them.
      const page = Number(query.get('page') ?? 1)
      const size = Number(query.get('size') ?? items.length)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(items.slice((page - 1) * size, page * size)))
    })
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x')
    const path = url.pathname
    this.requests.push({ method: req.method ?? 'GET', path, url: `${path}${url.search}`, headers: req.headers, at: this.clock.now() })
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const handler = this.routes.get(path)
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' })
        res.end('not found')
        return
      }
      handler(req, res, Buffer.concat(chunks).toString('utf8'))
    })
  }
}
