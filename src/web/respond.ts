import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib'
import { chooseEncoding, type Encoding } from './negotiate.js'
import type { PageCache } from './page-cache.js'

/** No scripts at all, styles from our own stylesheet only, no framing, forms only to us. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/** Lists change as items are published: a minute of caching, then a cheap revalidation (304). */
export const LIST_CACHE_CONTROL = 'public, max-age=60'
export const STATIC_CACHE_CONTROL = 'public, max-age=31536000, immutable'
export const ERROR_CACHE_CONTROL = 'no-store'

/** Below this, compressing costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024
/** Brotli's default (11) is for files compressed once; 4 keeps the home page (150 KB) at about 3 ms. */
const BROTLI_PAGE_QUALITY = 4
const GZIP_PAGE_LEVEL = 5
/** Streams of a million rows: these keep up with the database. */
const BROTLI_STREAM_QUALITY = 3
const GZIP_STREAM_LEVEL = 4

const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

export interface Validators {
  etag: string
  /** ISO-8601. */
  lastModified: string
}

export interface Representation {
  status: number
  contentType: string
  cacheControl: string
  /** Set for answers that depend on Accept-Language (no ?lang=). */
  varyLanguage?: boolean
  validators?: Validators
  headers?: Record<string, string>
}

function httpDate(iso: string): string {
  return new Date(iso).toUTCString()
}

function headersOf(rep: Representation, encoding: Encoding): Record<string, string> {
  const vary = ['Accept-Encoding', ...(rep.varyLanguage ? ['Accept-Language'] : [])].join(', ')
  return {
    ...BASE_HEADERS,
    'content-type': rep.contentType,
    'cache-control': rep.cacheControl,
    vary,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    ...(rep.validators ? { etag: rep.validators.etag, 'last-modified': httpDate(rep.validators.lastModified) } : {}),
    ...rep.headers,
  }
}

/**
 * Whether the client's copy is current: If-None-Match when sent (weak comparison, as for
 * GET), else If-Modified-Since at one-second resolution; a date after `now` is no date (RFC 7232 §3.3).
 */
export function isNotModified(req: IncomingMessage, validators: Validators, now: Date): boolean {
  const inm = req.headers['if-none-match']
  if (inm !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
    return inm.trim() === '*' || inm.split(',').some((tag) => opaque(tag) === opaque(validators.etag))
  }
  const ims = req.headers['if-modified-since']
  if (ims === undefined) return false
  const since = Date.parse(ims)
  return !Number.isNaN(since) && since <= now.getTime() && Math.floor(Date.parse(validators.lastModified) / 1000) * 1000 <= since
}

/** 304 with the validators and caching headers the 200 would carry. */
export function sendNotModified(res: ServerResponse, rep: Representation): void {
  const { 'content-type': _type, ...headers } = headersOf(rep, 'identity')
  res.writeHead(304, headers)
  res.end()
}

/** Where an encoded page is kept: the cache and the page's key without its encoding. */
export interface CacheSlot {
  cache: PageCache
  key: string
}

function encodingFor(req: IncomingMessage, length: number): Encoding {
  return length < MIN_COMPRESS_BYTES ? 'identity' : chooseEncoding(req.headers['accept-encoding'])
}

function writeEncoded(req: IncomingMessage, res: ServerResponse, rep: Representation, encoding: Encoding, encoded: Buffer): void {
  res.writeHead(rep.status, { ...headersOf(rep, encoding), 'content-length': String(encoded.length) })
  res.end(req.method === 'HEAD' ? undefined : encoded)
}

/**
 * A whole body (a page), compressed when the client takes it and it is worth it; kept in
 * `slot` when given, for the next request of the same page.
 */
export function sendBody(req: IncomingMessage, res: ServerResponse, rep: Representation, body: string | Buffer, slot?: CacheSlot): void {
  const raw = typeof body === 'string' ? Buffer.from(body) : body
  const encoding = encodingFor(req, raw.length)
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_PAGE_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : encoding === 'gzip'
        ? gzipSync(raw, { level: GZIP_PAGE_LEVEL })
        : raw
  slot?.cache.set(`${slot.key} ${encoding}`, encoded)
  writeEncoded(req, res, rep, encoding, encoded)
}

/** Sends the page from `slot` when it holds it in an encoding the client takes; false otherwise. */
export function sendCached(req: IncomingMessage, res: ServerResponse, rep: Representation, slot: CacheSlot): boolean {
  const preferred = chooseEncoding(req.headers['accept-encoding'])
  for (const encoding of new Set<Encoding>([preferred, 'identity'])) {
    const encoded = slot.cache.get(`${slot.key} ${encoding}`)
    // identity is also what a short page is sent as, whatever the client takes.
    if (encoded && (encoding === preferred || encodingFor(req, encoded.length) === 'identity')) {
      writeEncoded(req, res, rep, encoding, encoded)
      return true
    }
  }
  return false
}

/**
 * A body produced piece by piece (an export): written as the client reads it, through the
 * compressor, so memory holds a batch or two whatever the size. Stops the source, and resolves,
 * when the client goes away or reads nothing for `stallMs` (its socket's writes waiting all that time).
 */
export async function sendStream(
  req: IncomingMessage,
  res: ServerResponse,
  rep: Representation,
  chunks: AsyncIterable<string>,
  { stallMs, onStall }: { stallMs: number; onStall: () => void },
): Promise<void> {
  const encoding = chooseEncoding(req.headers['accept-encoding'])
  res.writeHead(rep.status, headersOf(rep, encoding))
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  res.setTimeout(stallMs, () => {
    onStall()
    res.destroy()
  })
  const source = Readable.from(chunks, { objectMode: false })
  try {
    if (encoding === 'identity') await pipeline(source, res)
    else if (encoding === 'br') await pipeline(source, createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_STREAM_QUALITY } }), res)
    else await pipeline(source, createGzip({ level: GZIP_STREAM_LEVEL }), res)
  } catch (error) {
    // A client that cancels a download, or was ended for reading nothing, is no failure of the archive's.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
  }
}
