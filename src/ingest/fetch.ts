import type { IncomingHttpHeaders } from 'node:http'
import { pipeline, type Readable, Transform } from 'node:stream'
import { setTimeout as delay } from 'node:timers/promises'
import PQueue from 'p-queue'
import { Agent, type Dispatcher, interceptors } from 'undici'
import { systemResolver, type Resolver } from '../dns.js'
import { BLOCKED_ADDRESS_CODE, createGuardedConnector, createLookup, type GuardExemptions } from './address-guard.js'
import { type ContentCoding, contentCodingsOf, decodingStream, type EncodedBody, MAX_BODY_BYTES } from './content-coding.js'
import { durationText, withDeadline } from './deadline.js'
import { hostOf } from '../url.js'

const USER_AGENT = 'coopwatch/0.1 (+https://github.com/coopwatch; news monitor for cultural cooperation)'
const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/json;q=0.8, */*;q=0.5'
const CONNECT_TIMEOUT_MS = 10_000
const TOTAL_TIMEOUT_MS = 30_000
const MAX_REDIRECTS = 5
const PER_HOST_LIMIT = 2
const GLOBAL_LIMIT = 64
/** Between the starts of two requests to one host: a poll's article pages arrive as a trickle, not a burst. */
const MIN_HOST_GAP_MS = 250
/** Idle hosts' queues are forgotten once there are more than this many. */
const MAX_IDLE_HOSTS = 256

export interface FetchRequest {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** Validators of the previous answer, for a conditional GET. */
  etag?: string | null
  lastModified?: string | null
  cookies?: CookieJar
  /** Refuse loopback, private, link-local and reserved addresses (admin-supplied URLs), on every hop. */
  isAddressGuarded?: boolean
  signal?: AbortSignal
  /**
   * Awaited once the request holds its host and global slots, just before it is sent: the
   * caller's backpressure. Waiting there, not before queueing, bounds what a released crowd
   * of waiters can fetch to the slots they hold.
   */
  whenReady?: () => Promise<void>
  /**
   * The body comes back as the server coded it (FetchOk.encoded), for the reader worker to
   * undo in one pass (decodeContent): cheaper than the stream, and off the bot's thread.
   */
  isBodyLeftEncoded?: boolean
}

export interface FetchOk {
  ok: true
  notModified: boolean
  status: number
  /** After redirects. */
  url: string
  /** Empty when notModified. */
  body: Buffer
  /** When the answer came, by the fetcher's clock: what relative dates in it («2 часа назад») are read against. */
  fetchedAt: Date
  /** Set when the request left the body coded (isBodyLeftEncoded) and the server had coded it. */
  encoded?: EncodedBody
  contentType: string | null
  etag: string | null
  lastModified: string | null
}

export interface FetchFailure {
  ok: false
  reason: string
  status?: number
  /** From Retry-After on 429/503. */
  retryAt?: Date | null
  /** The address guard refused the connection (a private, loopback or reserved address). */
  isBlocked?: boolean
  /** The server did not answer in time: connecting, or the whole exchange. */
  isTimeout?: boolean
  /** A failure that may not happen again: a timeout, a network error, HTTP 429 or 5xx (not a 404, an oversized body or a refused address). */
  mayPass?: boolean
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
  minHostGapMs?: number
  /** Addresses the guard lets through (tests: a loopback address standing in for a public site). */
  guardExemptions?: GuardExemptions
  /** Host names to addresses, for every connection (the app's; node's DNS by default). */
  resolver?: Resolver
  now?: () => Date
}

/** Cookies per host, enough for portals that gate their API behind a session. */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>()

  store(url: string, setCookie: string | string[] | undefined): void {
    if (!setCookie) return
    const host = hostOf(url)
    const jar = this.byHost.get(host) ?? new Map<string, string>()
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
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

/** Seconds or an HTTP date, as Retry-After allows. */
function parseRetryAfter(value: string | undefined, now: Date): Date | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return new Date(now.getTime() + Number(value.trim()) * 1000)
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const header = (headers: IncomingHttpHeaders, name: string): string | null => {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? null
}

/** A list header sent on several lines ("Content-Encoding: deflate" then "Content-Encoding: gzip"), read as the one comma-separated list it stands for. */
const listHeader = (headers: IncomingHttpHeaders, name: string): string | null => {
  const value = headers[name]
  return (Array.isArray(value) ? value.join(', ') : value) ?? null
}

class BodyTooLarge extends Error {}

/** Passes the bytes on, and fails once more than `maxBytes` have passed. */
function byteCap(maxBytes: number): Transform {
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      done(size > maxBytes ? new BodyTooLarge() : null, chunk)
    },
  })
}

/** The body, its `codings` undone (the last applied first), refused once it passes `maxBytes` (a decompression bomb included). */
async function readBody(body: Readable, codings: readonly ContentCoding[], maxBytes: number): Promise<Buffer | FetchFailure> {
  // The first decoder to fail names the coding that would not undo (the others fail with its error after it).
  const failed: { coding?: ContentCoding } = {}
  const decoders = codings.toReversed().map((coding) => decodingStream(coding).once('error', () => (failed.coding ??= coding)))
  // Each step's output is capped, not only the last one's: empty deflate blocks make a large step that decodes to nothing.
  const steps = decoders.flatMap((decoder) => [decoder, byteCap(maxBytes)])
  // A step's error destroys every stream with it, so reading the last one throws it.
  if (steps.length > 0) pipeline([body, ...steps], () => {})
  const decoded: Readable = steps.at(-1) ?? body
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of decoded) {
      const buffer = chunk as Buffer
      size += buffer.length
      if (size > maxBytes) throw new BodyTooLarge()
      chunks.push(buffer)
    }
    return Buffer.concat(chunks, size)
  } catch (error) {
    if (error instanceof BodyTooLarge) return { ok: false, reason: `body larger than ${maxBytes} bytes` }
    if (failed.coding && (error as NodeJS.ErrnoException).code?.startsWith('Z_')) return { ok: false, reason: `bad ${failed.coding} body` }
    throw error
  } finally {
    body.destroy()
    for (const step of steps) step.destroy()
  }
}

/** Resolves with `ready` or with the signal's abort, whichever comes first (an aborted hop then ends at once). */
async function readyOrAborted(ready: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return ready
  if (signal.aborted) return
  let onAbort = () => {}
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    await Promise.race([ready, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** The reason for an error undici threw, in the words the rest of ingestion and admins see. */
function reasonOf(error: unknown, limits: { maxBytes: number; connectTimeoutMs: number }): string {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return `body larger than ${limits.maxBytes} bytes`
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `connect timeout after ${durationText(limits.connectTimeoutMs)}`
  // The retry interceptor's words for a body cut off after its first bytes (it cannot ask for the rest).
  if (code === 'UND_ERR_REQ_RETRY') return 'connection closed before the body ended'
  return code && !code.startsWith('UND_ERR') ? `${code} ${message}`.slice(0, 200) : message.slice(0, 200)
}

/**
 * The one HTTP layer of ingestion, on undici: per-host connection pools, connect and total
 * timeouts, a size cap applied while streaming (after decompression too), at most
 * MAX_REDIRECTS redirects (followed here, so each hop is paced, guarded and keeps its
 * cookies), gzip/deflate/br (undone here, or left for the reader: isBodyLeftEncoded),
 * conditional GET, ≤ PER_HOST_LIMIT requests per host started at least MIN_HOST_GAP_MS apart,
 * and GLOBAL_LIMIT overall. Expected failures come back as
 * `{ ok: false, reason }`.
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? USER_AGENT
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES
  const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS
  const totalTimeoutMs = options.totalTimeoutMs ?? TOTAL_TIMEOUT_MS
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS
  const perHostLimit = options.perHostLimit ?? PER_HOST_LIMIT
  const minHostGapMs = options.minHostGapMs ?? MIN_HOST_GAP_MS
  const now = options.now ?? (() => new Date())
  const limits = { maxBytes, connectTimeoutMs }

  const agentOptions = { connections: perHostLimit, maxResponseSize: maxBytes, headersTimeout: totalTimeoutMs, bodyTimeout: totalTimeoutMs }
  const resolver = options.resolver ?? systemResolver
  const plainAgent = new Agent({ ...agentOptions, connect: { timeout: connectTimeoutMs, lookup: createLookup(resolver) } })
  let guardedAgent: Agent | undefined
  // A server may close a kept-alive socket just as we reuse it: such a GET is sent once more, at once, on a new connection.
  const retryOnReset = interceptors.retry({ maxRetries: 1, minTimeout: 0, methods: ['GET', 'HEAD'], errorCodes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'], statusCodes: [] })
  const plain = plainAgent.compose(retryOnReset)
  let guarded: Dispatcher | undefined
  const dispatcherFor = (request: FetchRequest): Dispatcher => {
    if (!request.isAddressGuarded) return plain
    guardedAgent ??= new Agent({ ...agentOptions, connect: createGuardedConnector({ timeout: connectTimeoutMs }, resolver, options.guardExemptions) })
    return (guarded ??= guardedAgent.compose(retryOnReset))
  }

  const global = new PQueue({ concurrency: options.globalLimit ?? GLOBAL_LIMIT })
  /** A host's slots, paced MIN_HOST_GAP_MS apart, and when the last request booked to it goes out. */
  interface Host {
    queue: PQueue
    lastSendAt: number
  }
  const hosts = new Map<string, Host>()
  function hostFor(name: string): Host {
    let host = hosts.get(name)
    if (!host) {
      if (hosts.size > MAX_IDLE_HOSTS) for (const [key, h] of hosts) if (h.queue.size === 0 && h.queue.pending === 0) hosts.delete(key)
      const queue = new PQueue({ concurrency: perHostLimit, ...(minHostGapMs > 0 ? { intervalCap: 1, interval: minHostGapMs, strict: true } : {}) })
      host = { queue, lastSendAt: -Infinity }
      hosts.set(name, host)
    }
    return host
  }

  type Hop = FetchResult | { redirectTo: string; status: number }

  /** One request, no redirect followed, its body read: the whole exchange holds its host slot and a global one. */
  async function exchange(url: URL, request: FetchRequest, method: string, body: string | undefined, signal: AbortSignal): Promise<Hop> {
    const headers: Record<string, string> = { 'user-agent': userAgent, 'accept-encoding': 'gzip, deflate, br', accept: ACCEPT, ...request.headers }
    if (request.etag) headers['if-none-match'] = request.etag
    if (request.lastModified) headers['if-modified-since'] = request.lastModified
    const cookie = request.cookies?.header(url.href)
    if (cookie) headers.cookie = cookie
    const path = `${url.pathname}${url.search}`
    const response = await dispatcherFor(request).request({ origin: url.origin, path, method: method, headers, body, signal })
    const status = response.statusCode
    request.cookies?.store(url.href, response.headers['set-cookie'])
    const location = header(response.headers, 'location')
    const at = now()
    const validators = { etag: header(response.headers, 'etag'), lastModified: header(response.headers, 'last-modified') }
    if ((status >= 300 && status < 400) || status >= 400) {
      await response.body.dump()
      if (status === 304) {
        return {
          ok: true, notModified: true, status, url: url.href, body: Buffer.alloc(0), fetchedAt: at, contentType: null,
          etag: validators.etag ?? request.etag ?? null, lastModified: validators.lastModified ?? request.lastModified ?? null,
        }
      }
      if (status < 400 && location) return { redirectTo: location, status }
      if (status < 400) return { ok: false, reason: `HTTP ${status} without a Location to follow`, status, retryAt: null, mayPass: false }
      const retryAt = status === 429 || status === 503 ? parseRetryAfter(header(response.headers, 'retry-after') ?? undefined, at) : null
      return { ok: false, reason: `HTTP ${status}`, status, retryAt, mayPass: status === 429 || status >= 500 }
    }
    const coded = contentCodingsOf(listHeader(response.headers, 'content-encoding'))
    if (!coded.ok) {
      await response.body.dump()
      return { ok: false, reason: coded.reason, status, mayPass: false }
    }
    const { codings } = coded
    const isLeftEncoded = codings.length > 0 && request.isBodyLeftEncoded === true
    const read = await readBody(response.body, isLeftEncoded ? [] : codings, maxBytes)
    if (!Buffer.isBuffer(read)) return read
    return {
      ok: true, notModified: false, status, url: url.href, body: read, fetchedAt: at, contentType: header(response.headers, 'content-type'),
      ...(isLeftEncoded ? { encoded: { codings, maxBytes } } : {}), ...validators,
    }
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
    // The total timeout counts the exchanges only: waiting for a host's turn is our politeness, not the server's slowness.
    let remainingMs = totalTimeoutMs
    let isTimedOut = false
    const startHop = async (current: URL): Promise<Hop> => {
      const started = performance.now()
      try {
        return await withDeadline(Math.max(1, Math.ceil(remainingMs)), request.signal, (signal) => exchange(current, request, method, body, signal), () => {
          isTimedOut = true
        })
      } finally {
        remainingMs -= performance.now() - started
      }
    }
    try {
      for (let redirects = 0; ; redirects++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `unsupported scheme ${url.protocol}` }
        const current = url
        // A host slot first, then a global one, so a busy host never holds global slots while it waits.
        const host = hostFor(hostOf(current.href))
        const send = async () => {
          if (request.whenReady) await readyOrAborted(request.whenReady(), request.signal)
          // The queue paces when slots are taken, but a slot may wait at the gate and a host's slots may be
          // let through it together: each request books its own turn, a gap after the last one booked.
          const sendAt = Math.max(performance.now(), host.lastSendAt + minHostGapMs)
          host.lastSendAt = sendAt
          const wait = sendAt - performance.now()
          if (wait > 0) await delay(wait, undefined, { signal: request.signal }).catch(() => {})
          return startHop(current)
        }
        const hop = await host.queue.add(() => global.add(send, { signal: request.signal }), { signal: request.signal })
        if (!('redirectTo' in hop)) return hop
        if (redirects >= maxRedirects) return { ok: false, reason: `more than ${maxRedirects} redirects`, status: hop.status }
        try {
          url = new URL(hop.redirectTo, current)
        } catch {
          return { ok: false, reason: 'bad redirect location', status: hop.status }
        }
        if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
          method = 'GET'
          body = undefined
        }
      }
    } catch (error) {
      if (request.signal?.aborted) return { ok: false, reason: 'aborted' }
      if (isTimedOut) return { ok: false, reason: `timeout after ${durationText(totalTimeoutMs)}`, mayPass: true, isTimeout: true }
      const code = (error as NodeJS.ErrnoException).code
      if (code === BLOCKED_ADDRESS_CODE) return { ok: false, reason: reasonOf(error, limits), isBlocked: true }
      // A body over the cap (by its Content-Length) will be as large next time; a network error may pass.
      return { ok: false, reason: reasonOf(error, limits), ...(code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' ? {} : { mayPass: true }), ...(code === 'UND_ERR_CONNECT_TIMEOUT' ? { isTimeout: true } : {}) }
    }
  }

  return {
    fetch: fetchUrl,
    close() {
      void plainAgent.destroy()
      void guardedAgent?.destroy()
    },
  }
}
