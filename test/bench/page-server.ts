import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { siteAddress } from './generate.js'

/**
 * The ingest benchmark's web: one "site" per loopback address (127.0.1.1, 127.0.1.2, …), each an
 * RSS feed of ITEMS teaser-only items whose pages are the real pages of the article-extraction
 * benchmark (their own bytes and charsets), every answer held back LATENCY_MS as a distant
 * server's would be. Runs in its own process so the ingest figure is the pipeline's own CPU
 * and memory. Prints the port and the number of pages, then when the first request came.
 */
const [corpus = '', sitesArg = '100', itemsArg = '20', latencyArg = '100'] = process.argv.slice(2)
const SITES = Number(sitesArg)
const ITEMS = Number(itemsArg)
const LATENCY_MS = Number(latencyArg)
const NOW = Date.now()

const pages = readdirSync(join(corpus, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => gunzipSync(readFileSync(join(corpus, 'html', f))))

function siteIndex(address: string | undefined): number {
  const [, , c, d] = (address ?? '').replace(/^::ffff:/, '').split('.').map(Number)
  return ((c ?? 1) - 1) * 250 + ((d ?? 1) - 1)
}

function feed(site: number, host: string): string {
  const items = Array.from({ length: ITEMS }, (_, j) => {
    const url = `${host}/news/${j}.html`
    const date = new Date(NOW - (j + 1) * 3_600_000).toUTCString()
    return `<item><title>Site ${site} news ${j}</title><link>${url}</link><guid>${url}</guid><pubDate>${date}</pubDate><description>Teaser ${j}…</description></item>`
  })
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Site ${site}</title><link>${host}/</link><description>News</description>${items.join('')}</channel></rss>`
}

let isFirstRequest = true

function handle(req: IncomingMessage, res: ServerResponse): void {
  // When the pipeline's work starts, on the clock the benchmark reads too (Date.now()).
  if (isFirstRequest) process.stdout.write(`first ${Date.now()}\n`)
  isFirstRequest = false
  const site = siteIndex(req.socket.localAddress)
  const host = `http://${req.headers.host}`
  const page = /^\/news\/(\d+)\.html$/.exec(req.url ?? '')
  setTimeout(() => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(site, host))
    } else if (page) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(pages[(site * ITEMS + Number(page[1])) % pages.length])
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
