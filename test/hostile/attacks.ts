import { gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { FixtureServer } from '../helpers/fixture-server.js'

/**
 * The hostile web of issue 13, served from loopback: each attack is a source (from the
 * sources file, or added by an admin and so address-guarded) whose feed or pages attack
 * ingestion, and the words its summary line must name the problem with. The test suite
 * (hostile.test.ts) polls them all in one run; `npm run bench -- --only hostile` one by one.
 */

/** 127.0.0.1: the "private" side (the operator's file sources may live here); 127.0.0.2 stands for a public site. */
export interface HostileWeb {
  site: FixtureServer
  publicSite: FixtureServer
}

export interface AttackSource {
  name: string
  url: string
  type: 'rss' | 'sitemap' | 'html'
  lang: 'en' | 'ru' | 'kk'
  /** 'admin': added in chat, so every request made for it is address-guarded. */
  origin: 'file' | 'admin'
}

export interface Attack {
  name: string
  /** Adds the attack's routes and returns its source. */
  serve(web: HostileWeb): AttackSource
  /** What the source's summary line must say. */
  summary: RegExp
}

/** The loopback address that stands for a public site: the address guard is told to let it through. */
export const PUBLIC_STAND_IN = '127.0.0.2'

export async function startHostileWeb(): Promise<HostileWeb & { stop(): Promise<void> }> {
  const site = new FixtureServer()
  const publicSite = new FixtureServer({ host: PUBLIC_STAND_IN })
  await Promise.all([site.start(), publicSite.start()])
  return { site, publicSite, stop: async () => void (await Promise.all([site.stop(), publicSite.stop()])) }
}

interface FeedItem {
  title: string
  link: string
  description?: string
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function rss(items: readonly FeedItem[], { isClosed = true } = {}): string {
  const body = items
    .map((i) => `<item><title>${xmlText(i.title)}</title><link>${xmlText(i.link)}</link><guid>${xmlText(i.link)}</guid><description>${xmlText(i.description ?? 'Текст новости.')}</description></item>`)
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Hostile</title><link>http://example.test/</link>\n${body}${isClosed ? '\n</channel></rss>' : ''}`
}

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`

/** An article text of its own for each attack (the same text under two URLs would be stored once). */
const text = (topic: string, times = 4) => `Министры культуры Казахстана и партнёров обсудили ${topic} и подписали меморандум о сотрудничестве. `.repeat(times)
/** Long enough for the feed to count as full text (no page is fetched). */
const fullText = (topic: string) => text(topic, 16)

/** Serves a feed at /<name>/feed.xml of `server`. */
function serveFeed(server: FixtureServer, name: string, xml: string | Buffer, contentType = 'application/rss+xml; charset=utf-8'): string {
  server.text(`/${name}/feed.xml`, xml, 200, { 'content-type': contentType })
  return server.url(`/${name}/feed.xml`)
}

const fileSource = (name: string, url: string, type: AttackSource['type'] = 'rss'): AttackSource => ({ name, url, type, lang: 'ru', origin: 'file' })

/** A well-behaved feed with two teaser items and their pages: it must be stored whatever the others do. */
export const GOOD_SOURCE: Attack = {
  name: 'good-feed',
  serve: ({ site }) => {
    site.text('/good-feed/a', page('Казахстан и Франция подписали меморандум о сотрудничестве музеев', text('музеи Франции')), 200, { 'content-type': 'text/html; charset=utf-8' })
    site.text('/good-feed/b', page('Казахстан и Узбекистан договорились о гастролях театров', text('гастроли театров Узбекистана')), 200, { 'content-type': 'text/html; charset=utf-8' })
    const url = serveFeed(site, 'good-feed', rss([
      { title: 'Казахстан и Франция подписали меморандум о сотрудничестве музеев', link: site.url('/good-feed/a') },
      { title: 'Казахстан и Узбекистан договорились о гастролях театров', link: site.url('/good-feed/b') },
    ]))
    return fileSource('good-feed', url)
  },
  summary: /^good-feed: fetched=2 new=2 relevant=\d+ flagged=\d+$/,
}

export const ATTACKS: readonly Attack[] = [
  {
    name: 'huge-title',
    serve: ({ site }) => {
      site.text('/huge-title/a', page('Встреча министров', text('огромные заголовки')), 200, { 'content-type': 'text/html; charset=utf-8' })
      const title = 'Казахстан и Франция подписали меморандум о сотрудничестве музеев, а Россия и Беларусь направили делегации. '.repeat(9_000)
      return fileSource('huge-title', serveFeed(site, 'huge-title', rss([{ title, link: site.url('/huge-title/a') }])))
    },
    summary: /new=1 [\s\S]*warning: 1 title\(s\) cut to 1000 characters/,
  },
  {
    name: 'many-items',
    serve: ({ site }) => {
      const items = Array.from({ length: 100_000 }, (_, i) => `<item><title>Новость ${i}</title><link>${site.url(`/many-items/${i}`)}</link></item>`)
      return fileSource('many-items', serveFeed(site, 'many-items', `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.join('\n')}</channel></rss>`))
    },
    summary: /fetched=2000 new=500 [\s\S]*warning: feed lists 100000 items: the first 2000 read; 1500 item\(s\) left for the next polls/,
  },
  {
    name: 'truncated-feed',
    serve: ({ site }) => {
      const items = [1, 2].map((n) => ({ title: `Культурное сотрудничество, часть ${n}`, link: site.url(`/truncated-feed/${n}`), description: fullText(`обрыв ленты ${n}`) }))
      const xml = `${rss(items, { isClosed: false })}\n<item><title>Обрыв на полусло`
      return fileSource('truncated-feed', serveFeed(site, 'truncated-feed', xml))
    },
    summary: /fetched=2 new=2 [\s\S]*warning: feed repaired: cut short \(Unclosed root tag/,
  },
  {
    name: 'nested-page',
    serve: ({ site }) => {
      const depth = 100_000
      site.text('/nested-page/deep', `<html><body>${'<div>'.repeat(depth)}глубоко${'</div>'.repeat(depth)}</body></html>`, 200, { 'content-type': 'text/html' })
      site.text('/nested-page/ok', page('Казахстан и Турция открыли выставку', text('выставку в Турции')), 200, { 'content-type': 'text/html; charset=utf-8' })
      const url = serveFeed(site, 'nested-page', rss([
        { title: 'Глубокая страница', link: site.url('/nested-page/deep') },
        { title: 'Казахстан и Турция открыли выставку', link: site.url('/nested-page/ok') },
      ]))
      return fileSource('nested-page', url)
    },
    // The deep page is read (its one word is no article text, which the warning says) or, if the reader gives up on it, named; its item is kept with the feed's title either way.
    summary: /fetched=2 new=2 relevant=\d+ flagged=\d+\n\S+: warning: 1 (article page\(s\) not read|item\(s\) stored from the listing's text alone: their article page holds no more text)/,
  },
  {
    name: 'nul-title',
    serve: ({ site }) => {
      const xml = rss([{ title: 'Казахстан\u0000 и Франция подписали меморандум о музеях', link: site.url('/nul-title/a'), description: `${fullText('нулевой байт')}\u0000${fullText('нулевой байт')}` }])
      return fileSource('nul-title', serveFeed(site, 'nul-title', xml))
    },
    summary: /^nul-title: fetched=1 new=1 relevant=\d+ flagged=\d+$/,
  },
  {
    name: 'huge-body',
    serve: ({ site }) => {
      site.huge('/huge-body/feed.xml', 50 * 1024 * 1024)
      return fileSource('huge-body', site.url('/huge-body/feed.xml'))
    },
    summary: /error=body larger than 10485760 bytes/,
  },
  {
    name: 'endless-body',
    serve: ({ site }) => {
      site.neverEnding('/endless-body/feed.xml')
      return fileSource('endless-body', site.url('/endless-body/feed.xml'))
    },
    summary: /error=timeout after/,
  },
  {
    name: 'gzip-bomb',
    serve: ({ site }) => {
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20))
      site.route('/gzip-bomb/feed.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
        res.end(bomb)
      })
      return fileSource('gzip-bomb', site.url('/gzip-bomb/feed.xml'))
    },
    summary: /error=body larger than 10485760 bytes/,
  },
  {
    name: 'redirect-loop',
    serve: ({ site }) => {
      site.redirectLoop('/redirect-loop/a', '/redirect-loop/b')
      return fileSource('redirect-loop', site.url('/redirect-loop/a'))
    },
    summary: /error=more than 5 redirects/,
  },
  {
    name: 'odd-scheme',
    serve: ({ site }) => {
      site.route('/odd-scheme/feed.xml', (_req, res) => {
        res.writeHead(302, { location: 'file:///etc/passwd' })
        res.end()
      })
      return fileSource('odd-scheme', site.url('/odd-scheme/feed.xml'))
    },
    summary: /error=unsupported scheme file:/,
  },
  {
    name: 'billion-laughs',
    serve: ({ site }) => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('')
      const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${entities}]><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><link>${site.url('/billion-laughs/a')}</link><description>${fullText('смех')}</description></item></channel></rss>`
      return fileSource('billion-laughs', serveFeed(site, 'billion-laughs', xml))
    },
    // The entities are never expanded: the title stays a short literal.
    summary: /^billion-laughs: fetched=1 new=1 relevant=\d+ flagged=\d+$/,
  },
  {
    name: 'xxe',
    serve: ({ site }) => {
      const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>Секрет: &xxe;</title><link>${site.url('/xxe/a')}</link><description>${fullText('внешние сущности')}</description></item></channel></rss>`
      return fileSource('xxe', serveFeed(site, 'xxe', xml))
    },
    summary: /^xxe: fetched=1 new=1 relevant=\d+ flagged=\d+$/,
  },
  {
    name: 'mislabelled-cp1251',
    serve: ({ site }) => {
      const xml = rss([{ title: 'Казахстан и Россия провели подкомиссию по культуре', link: site.url('/mislabelled-cp1251/a'), description: fullText('подкомиссию') }])
      return fileSource('mislabelled-cp1251', serveFeed(site, 'mislabelled-cp1251', iconv.encode(xml.replace('utf-8', 'windows-1251'), 'windows-1251'), 'application/rss+xml; charset=utf-8'))
    },
    summary: /^mislabelled-cp1251: fetched=1 new=1 /,
  },
  {
    name: 'unlabelled-koi8r',
    serve: ({ site }) => {
      const xml = rss([{ title: 'Казахстан и Беларусь обменяются выставками', link: site.url('/unlabelled-koi8r/a'), description: fullText('обмен выставками') }]).replace(' encoding="utf-8"', '')
      return fileSource('unlabelled-koi8r', serveFeed(site, 'unlabelled-koi8r', iconv.encode(xml, 'koi8-r'), 'application/rss+xml'))
    },
    summary: /^unlabelled-koi8r: fetched=1 new=1 /,
  },
  {
    name: 'private-links',
    serve: ({ site, publicSite }) => {
      const port = new URL(site.base).port
      site.text('/private-links/secret', page('Секретная страница', 'Внутренние данные, которых никто не должен видеть.'))
      publicSite.route('/private-links/hop', (_req, res) => {
        res.writeHead(302, { location: site.url('/private-links/secret') })
        res.end()
      })
      publicSite.text('/private-links/ok', page('Казахстан и Италия подписали соглашение о реставрации', text('реставрацию с Италией')), 200, { 'content-type': 'text/html; charset=utf-8' })
      const links = [
        site.url('/private-links/secret'), `http://localhost:${port}/private-links/secret`, publicSite.url('/private-links/hop'),
        `http://[::ffff:7f00:1]:${port}/private-links/secret`, `http://2130706433:${port}/private-links/secret`,
      ]
      // Each its own item: 2130706433 is 127.0.0.1 to the URL parser, and would be one story with the first.
      const items = [...links.map((link, i) => ({ title: `Ссылка ${i}`, link: `${link}?via=${i}` })), { title: 'Казахстан и Италия подписали соглашение о реставрации', link: publicSite.url('/private-links/ok') }]
      return { name: 'private-links', url: serveFeed(publicSite, 'private-links', rss(items)), type: 'rss', lang: 'ru', origin: 'admin' }
    },
    summary: /fetched=6 new=1 [\s\S]*warning: 5 item link\(s\) refused \(private, loopback or reserved address\)/,
  },
  {
    name: 'private-feed',
    serve: ({ site }) => ({ name: 'private-feed', url: serveFeed(site, 'private-feed', rss([])), type: 'rss', lang: 'ru', origin: 'admin' }),
    summary: /error=EADDRBLOCKED refused to connect to 127\.0\.0\.1 \(loopback address\)/,
  },
  {
    name: 'redirect-to-private',
    serve: ({ site, publicSite }) => {
      serveFeed(site, 'redirect-to-private', rss([]))
      publicSite.route('/redirect-to-private/feed.xml', (_req, res) => {
        res.writeHead(301, { location: site.url('/redirect-to-private/feed.xml') })
        res.end()
      })
      return { name: 'redirect-to-private', url: publicSite.url('/redirect-to-private/feed.xml'), type: 'rss', lang: 'ru', origin: 'admin' }
    },
    summary: /error=EADDRBLOCKED refused to connect to 127\.0\.0\.1 \(loopback address\)/,
  },
]
