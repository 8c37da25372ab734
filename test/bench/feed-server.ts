import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createRandom, generateArticle, renderArticlePage, renderFeed, siteAddress } from './generate.js'

/**
 * The ingest benchmark's web: one "site" per loopback address (127.0.1.1, 127.0.1.2, …), each
 * with an RSS feed of ITEMS teaser-only items and their full-text pages. Runs in its own
 * process so the ingest figure is the pipeline's own CPU and memory. Prints the port.
 */
const SITES = Number(process.argv[2] ?? 500)
const ITEMS = Number(process.argv[3] ?? 20)
const NOW = Date.now()

function siteIndex(address: string | undefined): number {
  const [, , c, d] = (address ?? '').replace(/^::ffff:/, '').split('.').map(Number)
  return ((c ?? 1) - 1) * 250 + ((d ?? 1) - 1)
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const site = siteIndex(req.socket.localAddress)
  const host = `http://${req.headers.host}`
  const send = (type: string, body: string) => {
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` })
    res.end(body)
  }
  if (req.url === '/feed.xml') {
    const items = Array.from({ length: ITEMS }, (_, j) => ({
      url: `${host}/news/${j}.html`,
      article: generateArticle(createRandom(site * 1000 + j), `${site}-${j}`),
      date: new Date(NOW - (j + 1) * 3_600_000),
    }))
    return send('application/rss+xml', renderFeed(`Site ${site}`, items))
  }
  const page = /^\/news\/(\d+)\.html$/.exec(req.url ?? '')
  if (page) {
    const j = Number(page[1])
    const random = createRandom(site * 1000 + j)
    return send('text/html', renderArticlePage(generateArticle(random, `${site}-${j}`), random))
  }
  res.writeHead(404).end()
}

const servers = Array.from({ length: SITES }, () => createServer(handle))
const first = servers[0]!
await new Promise<void>((resolve) => first.listen(0, siteAddress(0), resolve))
const { port } = first.address() as { port: number }
await Promise.all(servers.slice(1).map((s, i) => new Promise<void>((resolve) => s.listen(port, siteAddress(i + 1), resolve))))
process.stdout.write(`${port}\n`)
process.on('SIGTERM', () => process.exit(0))
