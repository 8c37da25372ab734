import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { constants, crc32, deflateRawSync, gunzipSync } from 'node:zlib'
import { siteAddress } from './generate.js'

/**
 * The ingest benchmark's web: one "site" per loopback address (127.0.1.1, 127.0.1.2, …), each an
 * RSS feed of ITEMS teaser-only items whose pages are the real pages of the article-extraction
 * benchmark (their own bytes and charsets, gzipped), every answer held back LATENCY_MS as a distant
 * server's would be. Each time a site's feed is read again it lists ITEMS new links (a new
 * generation: the same pages under new URLs, each a new story: servedPage), so a running bot's
 * every poll pass has the same work, storing included.
 * Runs in its own process so the ingest figure is the pipeline's own CPU and memory. Prints the
 * port and the number of pages, then `start G T` when generation G's first feed is asked for and
 * `end G T` when its last page is served (T: Date.now()).
 */
const [corpus = '', sitesArg = '100', itemsArg = '20', latencyArg = '100'] = process.argv.slice(2)
const SITES = Number(sitesArg)
const ITEMS = Number(itemsArg)
const LATENCY_MS = Number(latencyArg)
const NOW = Date.now()

const GREATER_THAN = 0x3e
/** What may follow "<p" in a paragraph's opening tag: ">", space, tab, line feed or return. */
const PARAGRAPH_NAME_ENDS = new Set([0x3e, 0x20, 0x09, 0x0a, 0x0d])

/** Where each paragraph's text starts: after every <p>'s opening tag, in either case. */
function paragraphStarts(page: Buffer): number[] {
  const starts: number[] = []
  for (const open of ['<p', '<P']) {
    for (let at = page.indexOf(open); at !== -1; at = page.indexOf(open, at + 2)) {
      const end = PARAGRAPH_NAME_ENDS.has(page[at + 2] ?? 0) ? page.indexOf(GREATER_THAN, at) : -1
      if (end !== -1) starts.push(end + 1)
    }
  }
  return starts.sort((a, b) => a - b)
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
/** The last block of a deflate stream: stored, empty. */
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff])

/**
 * A deflate block that stores `data` as it is (at most 65,535 bytes), for a stream left on a
 * byte boundary (a sync flush).
 */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5)
  head.writeUInt16LE(data.length, 1)
  head.writeUInt16LE(~data.length & 0xffff, 3)
  return Buffer.concat([head, data])
}

const pages = readdirSync(join(corpus, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => {
    const bytes = gunzipSync(readFileSync(join(corpus, 'html', f)))
    const bounds = [0, ...paragraphStarts(bytes), bytes.length]
    const runs = bounds.slice(1).map((end, i) => bytes.subarray(bounds[i], end))
    // Compressed once here, each run between two paragraph starts as deflate blocks ending on a
    // byte boundary, so a URL's numbers go in between as stored blocks: one gzip stream per
    // page, as a news site sends, without compressing the page anew for each URL.
    const deflatedRuns = runs.map((run) => deflateRawSync(run, { finishFlush: constants.Z_SYNC_FLUSH }))
    return { runs, deflatedRuns }
  })

/**
 * A page as served under one URL: each paragraph opens with the URL's own number, so every
 * story is new to the bot (its text's fingerprint differs) and stored, as a deployment's news
 * would be. Pages without paragraphs (a few) stay copies of one story, the deduplicated ones.
 * Gzipped when the client accepts it, as news sites serve their pages.
 */
function servedPage(index: number, serial: number, isGzip: boolean): Buffer {
  const { runs, deflatedRuns } = pages[index % pages.length]!
  const mark = Buffer.from(`${serial} `)
  const plain: Buffer[] = []
  for (const [i, run] of runs.entries()) plain.push(...(i > 0 ? [mark, run] : [run]))
  if (!isGzip) return Buffer.concat(plain)
  const stored = storedBlock(mark)
  const deflated: Buffer[] = [GZIP_HEADER]
  for (const [i, run] of deflatedRuns.entries()) deflated.push(...(i > 0 ? [stored, run] : [run]))
  let crc = 0
  let length = 0
  for (const part of plain) {
    crc = crc32(part, crc)
    length += part.length
  }
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc, 0)
  trailer.writeUInt32LE(length % 2 ** 32, 4)
  return Buffer.concat([...deflated, LAST_BLOCK, trailer])
}

function siteIndex(address: string | undefined): number {
  const [, , c, d] = (address ?? '').replace(/^::ffff:/, '').split('.').map(Number)
  return ((c ?? 1) - 1) * 250 + ((d ?? 1) - 1)
}

function feed(site: number, generation: number, host: string): string {
  const items = Array.from({ length: ITEMS }, (_, j) => {
    const url = `${host}/news/${generation}/${j}.html`
    const date = new Date(NOW - (j + 1) * 3_600_000).toUTCString()
    return `<item><title>Site ${site} news ${j}</title><link>${url}</link><guid>${url}</guid><pubDate>${date}</pubDate><description>Teaser ${j}…</description></item>`
  })
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Site ${site}</title><link>${host}/</link><description>News</description>${items.join('')}</channel></rss>`
}

/** Feeds served to each site so far: the generation its next feed lists. */
const feedsServed = new Map<number, number>()
/** Pages served of each generation. */
const pagesServed = new Map<number, number>()
let generationsStarted = 0

function handle(req: IncomingMessage, res: ServerResponse): void {
  const site = siteIndex(req.socket.localAddress)
  const host = `http://${req.headers.host}`
  const page = /^\/news\/(\d+)\/(\d+)\.html$/.exec(req.url ?? '')
  let generation = -1
  if (req.url === '/feed.xml') {
    generation = feedsServed.get(site) ?? 0
    feedsServed.set(site, generation + 1)
    // When a pass's work starts, on the clock the benchmark reads too (Date.now()).
    if (generation === generationsStarted) {
      process.stdout.write(`start ${generation} ${Date.now()}\n`)
      generationsStarted += 1
    }
  }
  setTimeout(() => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(site, generation, host))
    } else if (page) {
      const pass = Number(page[1])
      const item = Number(page[2])
      const isGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      const headers = { 'content-type': 'text/html', ...(isGzip ? { 'content-encoding': 'gzip' } : {}) }
      res.writeHead(200, headers).end(servedPage(site * ITEMS + item, (pass * SITES + site) * ITEMS + item, isGzip), () => {
        const served = (pagesServed.get(pass) ?? 0) + 1
        pagesServed.set(pass, served)
        if (served === SITES * ITEMS) process.stdout.write(`end ${pass} ${Date.now()}\n`)
      })
    } else {
      res.writeHead(404).end()
    }
  }, LATENCY_MS)
}

const servers = Array.from({ length: SITES }, () => createServer(handle))
const first = servers[0]!
await new Promise<void>((resolve) => first.listen(0, siteAddress(0), resolve))
const { port } = first.address() as { port: number }
await Promise.all(servers.slice(1).map((s, i) => new Promise<void>((resolve) => s.listen(port, siteAddress(i + 1), resolve))))
process.stdout.write(`${port} ${pages.length}\n`)
process.on('SIGTERM', () => process.exit(0))
