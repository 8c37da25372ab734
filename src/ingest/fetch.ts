import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Transform } from 'node:stream'
import zlib from 'node:zlib'
import { hostOf } from './url.js'

const USER_AGENT = 'coopwatch/0.1 (+https://github.com/coopwatch; news monitor for cultural cooperation)'
export const MAX_BODY_BYTES = 10 * 1024 * 1024
const CONNECT_TIMEOUT_MS = 10_000
const TOTAL_TIMEOUT_MS = 30_000
const MAX_REDIRECTS = 5
export const PER_HOST_LIMIT = 2
const GLOBAL_LIMIT = 16

export interface FetchRequest {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** Validators of the previous answer, for a conditional GET. */
  etag?: string | null
  lastModified?: string | null
  cookies?: CookieJar
  signal?: AbortSignal
}

export interface FetchOk {
  ok: true
  notModified: boolean
  status: number
  /** After redirects. */
  url: string
  /** Empty when notModified. */
  body: Buffer
  contentType: string | null
  etag: string | null
  lastModified: string | null
  /** When the server says the answer stays fresh (Cache-Control max-age or Expires). */
  freshUntil: Date | null
}

export interface FetchFailure {
  ok: false
  reason: string
  status?: number
  /** From Retry-After on 429/503. */
  retryAt?: Date | null
}

export type FetchResult = FetchOk | FetchFailure

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>
  /** Frees the keep-alive sockets. */
  close(): void
}

export interface FetcherOptions {
  userAgent?: string
  maxBytes?: number
  connectTimeoutMs?: number
  totalTimeoutMs?: number
  maxRedirects?: number
  perHostLimit?: number
  globalLimit?: number
  now?: () => Date
  /** Connection pools to use instead of plain ones (the /addsource address guard). */
  agents?: { http: http.Agent; https: https.Agent }
}

/** Cookies per host, enough for portals that gate their API behind a session. */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>()

  store(url: string, setCookie: string[] | undefined): void {
    if (!setCookie) return
    const host = hostOf(url)
    const jar = this.byHost.get(host) ?? new Map<string, string>()
    for (const line of setCookie) {
      const pair = line.split(';', 1)[0] ?? ''
      const eq = pair.indexOf('=')
      if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
    }
    this.byHost.set(host, jar)
  }

  header(url: string): string | null {
    const jar = this.byHost.get(hostOf(url))
    if (!jar || jar.size === 0) return null
    return [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []
  private readonly limit: number
  constructor(limit: number) {
    this.limit = limit
  }
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    let isReleased = false
    return () => {
      if (isReleased) return
      isReleased = true
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
  get isIdle(): boolean {
    return this.active === 0 && this.waiting.length === 0
  }
}

/** Seconds or an HTTP date, as Retry-After allows. */
function parseRetryAfter(value: string | undefined, now: Date): Date | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return new Date(now.getTime() + Number(value.trim()) * 1000)
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function freshUntilOf(headers: IncomingHttpHeaders, now: Date): Date | null {
  const cacheControl = headers['cache-control'] ?? ''
  if (/no-cache|no-store/i.test(cacheControl)) return null
  const maxAge = /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(cacheControl)
  if (maxAge) return new Date(now.getTime() + Number(maxAge[1]) * 1000)
  if (headers.expires) {
    const expires = new Date(headers.expires)
    if (!Number.isNaN(expires.getTime())) return expires
  }
  return null
}

type Hop =
  | { kind: 'response'; response: IncomingMessage; body: Buffer }
  | { kind: 'redirect'; location: string; response: IncomingMessage }
  | { kind: 'head'; response: IncomingMessage }
  | FetchFailure

/**
 * The one HTTP layer of ingestion: connect and total timeouts, a size cap applied while
 * streaming (after decompression too), at most MAX_REDIRECTS redirects, gzip/deflate/br,
 * conditional GET, ≤ PER_HOST_LIMIT requests per host and GLOBAL_LIMIT overall.
 * Expected failures come back as `{ ok: false, reason }`.
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? USER_AGENT
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES
  const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
  const totalTimeoutMs = options.totalTimeoutMs ?? TOTAL_TIMEOUT_MS
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  const perHostLimit = options.perHostLimit ?? PER_HOST_LIMIT
  const now = options.now ?? (() => new Date())
  const global = new Semaphore(options.globalLimit ?? GLOBAL_LIMIT)
  const hosts = new Map<string, Semaphore>()
  const httpAgent = options.agents?.http ?? new http.Agent({ keepAlive: true, maxSockets: perHostLimit })
  const httpsAgent = options.agents?.https ?? new https.Agent({ keepAlive: true, maxSockets: perHostLimit })

  async function limited<T>(url: string, work: () => Promise<T>): Promise<T> {
    const host = hostOf(url)
    let hostLimit = hosts.get(host)
    if (!hostLimit) {
      hostLimit = new Semaphore(perHostLimit)
      hosts.set(host, hostLimit)
    }
    // Host first, then a global slot, so a busy host never holds global slots while waiting.
    const releaseHost = await hostLimit.acquire()
    const releaseGlobal = await global.acquire()
    try {
      return await work()
    } finally {
      releaseGlobal()
      releaseHost()
      if (hostLimit.isIdle) hosts.delete(host)
    }
  }

  function hop(url: URL, request: FetchRequest, method: string, body: string | undefined, deadline: number): Promise<Hop> {
    return new Promise<Hop>((resolve) => {
      const headers: Record<string, string> = {
        'user-agent': userAgent,
        'accept-encoding': 'gzip, deflate, br',
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/json;q=0.8, */*;q=0.5',
        ...request.headers,
      }
      if (request.etag) headers['if-none-match'] = request.etag
      if (request.lastModified) headers['if-modified-since'] = request.lastModified
      const cookie = request.cookies?.header(url.href)
      if (cookie) headers.cookie = cookie
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))

      const isHttps = url.protocol === 'https:'
      const client = isHttps ? https : http
      let isSettled = false
      const settle = (value: Hop): void => {
        if (isSettled) return
        isSettled = true
        clearTimeout(totalTimer)
        clearTimeout(connectTimer)
        request.signal?.removeEventListener('abort', onAbort)
        resolve(value)
      }
      const req = client.request(url, { method, headers, agent: isHttps ? httpsAgent : httpAgent })
      const fail = (reason: string): void => {
        settle({ ok: false, reason })
        req.destroy()
      }
      const totalTimer = setTimeout(() => fail(`timeout after ${Math.round(totalTimeoutMs / 1000)} s`), Math.max(0, deadline - Date.now()))
      const connectTimer = setTimeout(() => fail(`connect timeout after ${Math.round(connectTimeoutMs / 1000)} s`), connectTimeoutMs)
      const onAbort = (): void => fail('aborted')
      request.signal?.addEventListener('abort', onAbort)
      req.on('socket', (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer)
        else socket.once(isHttps ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer))
      })
      req.on('error', (error: NodeJS.ErrnoException) => fail(error.code ? `${error.code} ${error.message}`.slice(0, 200) : error.message))
      req.on('response', (response) => {
        clearTimeout(connectTimer)
        request.cookies?.store(url.href, response.headers['set-cookie'])
        const status = response.statusCode ?? 0
        if (status >= 300 && status < 400 && status !== 304 && response.headers.location) {
          response.resume()
          settle({ kind: 'redirect', location: response.headers.location, response })
          return
        }
        if (status === 304 || status >= 400 || method === 'HEAD') {
          response.resume()
          settle({ kind: 'head', response })
          return
        }
        const declared = Number(response.headers['content-length'] ?? NaN)
        if (declared > maxBytes) {
          fail(`body larger than ${maxBytes} bytes`)
          return
        }
        // Plain listeners rather than stream.pipeline: a poll reads thousands of small bodies,
        // and pipeline's per-call AbortController and stream plumbing cost more than the read.
        const chunks: Buffer[] = []
        let size = 0
        const keep = (chunk: Buffer): void => {
          size += chunk.length
          if (size > maxBytes) {
            fail(`body larger than ${maxBytes} bytes`)
            response.destroy()
            decoder?.destroy()
          } else chunks.push(chunk)
        }
        const finish = (): void => settle({ kind: 'response', response, body: Buffer.concat(chunks, size) })
        const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase()
        const decoder: Transform | null =
          encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() :
          encoding === 'br' ? zlib.createBrotliDecompress() :
          encoding === 'deflate' ? zlib.createInflate() : null
        let rawSize = 0
        response.on('data', (chunk: Buffer) => {
          rawSize += chunk.length
          if (rawSize > maxBytes) {
            fail(`body larger than ${maxBytes} bytes`)
            response.destroy()
            decoder?.destroy()
          } else if (decoder) decoder.write(chunk)
          else keep(chunk)
        })
        response.on('error', (error) => fail(error.message))
        response.on('close', () => {
          if (!response.complete) fail('connection closed before the body ended')
        })
        if (decoder) {
          decoder.on('data', keep)
          decoder.on('error', () => fail(`bad ${encoding} body`))
          decoder.on('end', finish)
          response.on('end', () => decoder.end())
        } else response.on('end', finish)
      })
      req.end(body)
    })
  }

  async function fetchUrl(request: FetchRequest): Promise<FetchResult> {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return { ok: false, reason: 'invalid URL' }
    }
    let method = request.method ?? 'GET'
    let body = request.body
    const deadline = Date.now() + totalTimeoutMs
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `unsupported scheme ${url.protocol}` }
      if (request.signal?.aborted) return { ok: false, reason: 'aborted' }
      const current = url
      const result = await limited(current.href, () => hop(current, request, method, body, deadline))
      if ('ok' in result) return result
      const { response } = result
      const status = response.statusCode ?? 0
      if (result.kind === 'redirect') {
        if (redirects >= maxRedirects) return { ok: false, reason: `more than ${maxRedirects} redirects`, status }
        try {
          url = new URL(result.location, current)
        } catch {
          return { ok: false, reason: 'bad redirect location', status }
        }
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = 'GET'
          body = undefined
        }
        continue
      }
      const at = now()
      if (status === 304) {
        return {
          ok: true, notModified: true, status, url: current.href, body: Buffer.alloc(0),
          contentType: null,
          etag: (response.headers.etag as string | undefined) ?? request.etag ?? null,
          lastModified: response.headers['last-modified'] ?? request.lastModified ?? null,
          freshUntil: freshUntilOf(response.headers, at),
        }
      }
      if (result.kind === 'head') {
        const retryAt = status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after'], at) : null
        return { ok: false, reason: `HTTP ${status}`, status, retryAt }
      }
      return {
        ok: true,
        notModified: false,
        status,
        url: current.href,
        body: result.body,
        contentType: response.headers['content-type'] ?? null,
        etag: (response.headers.etag as string | undefined) ?? null,
        lastModified: response.headers['last-modified'] ?? null,
        freshUntil: freshUntilOf(response.headers, at),
      }
    }
  }

  return {
    fetch: fetchUrl,
    close() {
      httpAgent.destroy()
      httpsAgent.destroy()
    },
  }
}
