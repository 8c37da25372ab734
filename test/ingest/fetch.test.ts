import { getEventListeners } from 'node:events'
import { readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import { brotliCompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeBody } from '../../src/ingest/decode.js'
import { parseFeed } from '../../src/ingest/feed.js'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { readFeed } from '../../src/ingest/pipeline-tasks.js'
import { FixtureServer, fixture, type Handler } from '../helpers/fixture-server.js'

const server = new FixtureServer()
let fetcher: Fetcher

beforeAll(async () => {
  await server.start()
  fetcher = createFetcher({ totalTimeoutMs: 400, connectTimeoutMs: 1_000, minHostGapMs: 0, now: () => new Date('2026-11-21T09:00:00Z') })
  server
    .file('/feeds/cp1251.xml', 'feeds/ministry-cp1251.xml', { charset: 'windows-1251', contentType: 'application/rss+xml' })
    .file('/feeds/ru.xml', 'feeds/ministry-ru.xml', { etag: '"v1"' })
    .redirectLoop('/loop/a', '/loop/b')
    .neverEnding('/slow.xml')
    .huge('/huge.xml', 50 * 1024 * 1024)
    .text('/busy', 'try later', 503, { 'retry-after': '120' })
    .route('/moved', (_req, res) => {
      res.writeHead(301, { location: '/feeds/ru.xml' })
      res.end()
    })
    .route('/moved-nowhere', (_req, res) => {
      res.writeHead(302, { 'content-type': 'text/html' })
      res.end('<html><body>Moved</body></html>')
    })
    .route('/gzip.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' })
      res.end(gzipSync(fixture('feeds/ministry-ru.xml', { BASE: server.base })))
    })
    .route('/bad.gz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' })
      res.end('this is not gzip at all')
    })
    .route('/bomb.gz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' })
      res.end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)))
    })
    .route('/cut.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': '10000' })
      res.write('<rss>', () => res.destroy())
    })
    .route('/gzip-gzip.xml', coded('gzip, gzip', gzipSync(gzipSync(fixture('feeds/ministry-ru.xml', { BASE: server.base })))))
    .route('/deflate-gzip.xml', coded('deflate, gzip', gzipSync(deflateSync(fixture('feeds/ministry-ru.xml', { BASE: server.base })))))
    .route('/bad-inner.xml', coded('deflate, gzip', gzipSync('this is not deflate at all')))
    .route('/bomb-twice.gz', coded('gzip, gzip', gzipSync(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)))))
    .route('/empty-blocks.xml', coded('deflate, gzip', gzipSync(emptyDeflateBlocks(300_000))))
    .route('/zstd.xml', coded('zstd', Buffer.from('(pretend zstd frames)')))
    // One coding a header line: the same list as "deflate, gzip" (RFC 9110, 5.3).
    .route('/two-lines.xml', (_req, res) => {
      res.setHeader('content-type', 'application/xml')
      res.setHeader('content-encoding', ['deflate', 'gzip'])
      res.end(gzipSync(deflateSync(fixture('feeds/ministry-ru.xml', { BASE: server.base }))))
    })
    .route('/two-lines-zstd.xml', (_req, res) => {
      res.setHeader('content-type', 'application/xml')
      res.setHeader('content-encoding', ['gzip', 'zstd'])
      res.end(Buffer.from('(pretend zstd frames)'))
    })
    .route('/br.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'br' })
      res.end(brotliCompressSync(fixture('feeds/ministry-ru.xml', { BASE: server.base })))
    })
})
/**
 * A deflate body (zlib format) of `count` empty stored blocks: 5 bytes each that decode to nothing,
 * so a step between two codings can pass the cap while the last one's output stays empty.
 */
function emptyDeflateBlocks(count: number): Buffer {
  const emptyBlock = Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff])
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...Array.from({ length: count }, () => emptyBlock), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01])])
}

/** Answers with `body` as it is, saying it was coded with `codings`. */
function coded(codings: string, body: Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': codings })
    res.end(body)
  }
}

afterAll(async () => {
  fetcher.close()
  await server.stop()
})

/** A `whenReady` that holds every request until `open()`, counting those that asked. */
function closedGate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  const gate = {
    asked: 0,
    whenReady: () => {
      gate.asked++
      return opened
    },
    open: () => open(),
  }
  return gate
}

describe('fetch', () => {
  it('reads a windows-1251 feed without mojibake', async () => {
    const res = await fetcher.fetch({ url: server.url('/feeds/cp1251.xml') })
    if (!res.ok) throw new Error(res.reason)
    const decoded = decodeBody(res.body, res.contentType, 'xml')
    expect(decoded.charset).toBe('windows-1251')
    const feed = await parseFeed(decoded.text, res.url)
    expect(feed.ok && feed.feed.items[0]?.title).toBe('Подкомиссия Казахстана и России по культурно-гуманитарному сотрудничеству провела заседание')
  })

  it('sends its User-Agent and asks for compression', async () => {
    await fetcher.fetch({ url: server.url('/feeds/ru.xml') })
    const headers = server.hits('/feeds/ru.xml').at(-1)!.headers
    expect(headers['user-agent']).toMatch(/^coopwatch\//)
    expect(headers['accept-encoding']).toContain('br')
  })

  it.each(['/gzip.xml', '/br.xml'])('decompresses %s', async (path) => {
    const res = await fetcher.fetch({ url: server.url(path) })
    expect(res.ok && res.body.toString('utf8')).toContain('Казахстан и Франция')
  })

  it('leaves a coded body as the server sent it when asked, naming its coding and the cap for the reader', async () => {
    const coded = await fetcher.fetch({ url: server.url('/gzip.xml'), isBodyLeftEncoded: true })
    expect(coded).toMatchObject({ ok: true, encoded: { codings: ['gzip'], maxBytes: 10 * 1024 * 1024 } })
    expect(coded.ok && gunzipSync(coded.body).toString('utf8')).toContain('Казахстан и Франция')
    // An uncoded body has nothing left to undo.
    const plain = await fetcher.fetch({ url: server.url('/feeds/ru.xml'), isBodyLeftEncoded: true })
    expect(plain.ok && plain.encoded).toBeUndefined()
  })

  it.each(['/gzip-gzip.xml', '/deflate-gzip.xml'])('undoes both codings of %s, the last applied first, on its stream or on the reader', async (path) => {
    const res = await fetcher.fetch({ url: server.url(path) })
    expect(res.ok && res.body.toString('utf8')).toContain('Казахстан и Франция')
    const left = await fetcher.fetch({ url: server.url(path), isBodyLeftEncoded: true })
    if (!left.ok) throw new Error(left.reason)
    expect(left.encoded).toEqual({ codings: path === '/gzip-gzip.xml' ? ['gzip', 'gzip'] : ['deflate', 'gzip'], maxBytes: 10 * 1024 * 1024 })
    const feed = await readFeed(left)
    expect(feed.ok && feed.feed.items[0]?.title).toBe('Казахстан и Франция договорились о сотрудничестве музеев')
  })

  it('reads codings sent on two Content-Encoding header lines as one list, on its stream or on the reader', async () => {
    const res = await fetcher.fetch({ url: server.url('/two-lines.xml') })
    expect(res.ok && res.body.toString('utf8')).toContain('Казахстан и Франция')
    const left = await fetcher.fetch({ url: server.url('/two-lines.xml'), isBodyLeftEncoded: true })
    if (!left.ok) throw new Error(left.reason)
    expect(left.encoded).toEqual({ codings: ['deflate', 'gzip'], maxBytes: 10 * 1024 * 1024 })
    expect(await fetcher.fetch({ url: server.url('/two-lines-zstd.xml') })).toMatchObject({ ok: false, reason: 'unsupported content coding zstd' })
  })

  it('answers a coding it cannot undo, a bad inner coding and a bomb coded twice with reasons', async () => {
    expect(await fetcher.fetch({ url: server.url('/zstd.xml') })).toEqual({ ok: false, reason: 'unsupported content coding zstd', status: 200, mayPass: false })
    expect(await fetcher.fetch({ url: server.url('/bad-inner.xml') })).toMatchObject({ ok: false, reason: 'bad deflate body' })
    const left = await fetcher.fetch({ url: server.url('/bad-inner.xml'), isBodyLeftEncoded: true })
    expect(left.ok && (await readFeed(left))).toEqual({ ok: false, reason: 'bad deflate body' })
    const small = createFetcher({ maxBytes: 1024 * 1024 })
    const bomb = await small.fetch({ url: server.url('/bomb-twice.gz') })
    // The step between the two codings is held to the cap too, though the body it leaves is empty.
    const between = await small.fetch({ url: server.url('/empty-blocks.xml') })
    const betweenLeft = await small.fetch({ url: server.url('/empty-blocks.xml'), isBodyLeftEncoded: true })
    small.close()
    expect(bomb).toMatchObject({ ok: false, reason: 'body larger than 1048576 bytes' })
    expect(between).toMatchObject({ ok: false, reason: 'body larger than 1048576 bytes' })
    expect(betweenLeft.ok && (await readFeed(betweenLeft))).toEqual({ ok: false, reason: 'body larger than 1048576 bytes' })
  })

  it('makes a conditional GET and reports 304 with an empty body', async () => {
    const first = await fetcher.fetch({ url: server.url('/feeds/ru.xml') })
    expect(first.ok && first.etag).toBe('"v1"')
    const second = await fetcher.fetch({ url: server.url('/feeds/ru.xml'), etag: '"v1"', lastModified: first.ok ? first.lastModified : null })
    expect(second).toMatchObject({ ok: true, notModified: true, status: 304 })
    expect(second.ok && second.body.length).toBe(0)
    expect(server.hits('/feeds/ru.xml').at(-1)!.headers['if-none-match']).toBe('"v1"')
  })

  it('follows a redirect and gives up on a redirect loop after 5', async () => {
    const moved = await fetcher.fetch({ url: server.url('/moved') })
    expect(moved.ok && moved.url).toBe(server.url('/feeds/ru.xml'))
    const before = server.requests.length
    const loop = await fetcher.fetch({ url: server.url('/loop/a') })
    expect(loop).toMatchObject({ ok: false, reason: 'more than 5 redirects' })
    expect(server.requests.length - before).toBe(6)
    expect(await fetcher.fetch({ url: server.url('/moved-nowhere') })).toEqual({ ok: false, reason: 'HTTP 302 without a Location to follow', status: 302, retryAt: null, mayPass: false })
  })

  it('times out a response that never ends', async () => {
    const res = await fetcher.fetch({ url: server.url('/slow.xml') })
    expect(res).toMatchObject({ ok: false, reason: expect.stringMatching(/^timeout/) })
  })

  it('leaves nothing listening to a long-lived signal once a fetch is done, and stops one in flight when it aborts', async () => {
    const poll = new AbortController()
    const done = await fetcher.fetch({ url: server.url('/feeds/ru.xml'), signal: poll.signal })
    expect(done.ok).toBe(true)
    expect(getEventListeners(poll.signal, 'abort')).toHaveLength(0)
    const slow = fetcher.fetch({ url: server.url('/slow.xml'), signal: poll.signal })
    // Timers fire in order: this one always before the fetch's 400 ms timeout, however busy the machine.
    setTimeout(() => poll.abort(), 50)
    expect(await slow).toMatchObject({ ok: false, reason: 'aborted' })
  })

  it('caps a 50 MB body without holding it in memory', async () => {
    const small = createFetcher({ maxBytes: 1024 * 1024 })
    const before = process.memoryUsage().arrayBuffers
    const res = await small.fetch({ url: server.url('/huge.xml') })
    small.close()
    expect(res).toMatchObject({ ok: false, reason: 'body larger than 1048576 bytes' })
    // Refused again at every poll: not a failure that passes.
    expect(res).not.toHaveProperty('mayPass')
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024)
  })

  it('answers a corrupt gzip body, a body cut short and a decompression bomb with reasons', async () => {
    expect(await fetcher.fetch({ url: server.url('/bad.gz') })).toMatchObject({ ok: false, reason: 'bad gzip body' })
    expect(await fetcher.fetch({ url: server.url('/cut.xml') })).toMatchObject({ ok: false, reason: 'connection closed before the body ended' })
    const small = createFetcher({ maxBytes: 1024 * 1024 })
    const bomb = await small.fetch({ url: server.url('/bomb.gz') })
    small.close()
    expect(bomb).toMatchObject({ ok: false, reason: 'body larger than 1048576 bytes' })
    expect(bomb).not.toHaveProperty('mayPass')
  })

  it('reads Retry-After on 503', async () => {
    expect(await fetcher.fetch({ url: server.url('/busy') })).toMatchObject({ ok: false, status: 503, retryAt: new Date('2026-11-21T09:02:00Z'), mayPass: true })
  })

  it('keeps at most 2 requests in flight per host', async () => {
    let active = 0
    let peak = 0
    const waiting: (() => void)[] = []
    server.route('/held', (_req, res) => {
      active++
      peak = Math.max(peak, active)
      waiting.push(() => {
        active--
        res.end('ok')
      })
    })
    const all = Promise.all(Array.from({ length: 5 }, () => fetcher.fetch({ url: server.url('/held') })))
    await expect.poll(() => waiting.length).toBe(2)
    while (server.hits('/held').length < 5 || waiting.length > 0) {
      await expect.poll(() => waiting.length).toBeGreaterThan(0)
      waiting.shift()!()
    }
    const results = await all
    expect(results.every((r) => r.ok)).toBe(true)
    expect(peak).toBe(2)
  })

  it('waits the minimum gap before the next request to the same host, and can be aborted while it waits', async () => {
    const paced = createFetcher({ minHostGapMs: 60_000 })
    server.text('/gap', 'ok')
    expect(await paced.fetch({ url: server.url('/gap') })).toMatchObject({ ok: true })
    const controller = new AbortController()
    const second = paced.fetch({ url: server.url('/gap'), signal: controller.signal })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.hits('/gap')).toHaveLength(1)
    controller.abort()
    expect(await second).toMatchObject({ ok: false, reason: 'aborted' })
    expect(server.hits('/gap')).toHaveLength(1)
    paced.close()
  })

  it('asks whenReady only once a request holds its slots, sends nothing until it answers, and stops waiting when aborted', async () => {
    const gated = createFetcher({ minHostGapMs: 0 })
    server.text('/gated', 'ok')
    const gate = closedGate()
    const all = Promise.all(Array.from({ length: 5 }, () => gated.fetch({ url: server.url('/gated'), whenReady: gate.whenReady })))
    // Two slots for the host: a crowd released by the gate can send no more than that at once.
    await expect.poll(() => gate.asked).toBe(2)
    expect(server.hits('/gated')).toHaveLength(0)
    gate.open()
    expect((await all).every((r) => r.ok)).toBe(true)
    expect(gate.asked).toBe(5)

    const poll = new AbortController()
    const stuck = gated.fetch({ url: server.url('/gated'), whenReady: () => new Promise(() => {}), signal: poll.signal })
    await new Promise((resolve) => setTimeout(resolve, 20))
    poll.abort()
    expect(await stuck).toMatchObject({ ok: false, reason: 'aborted' })
    // The queue answers an aborted caller at once; the hop it had started ends just after.
    await expect.poll(() => getEventListeners(poll.signal, 'abort')).toHaveLength(0)
    expect(server.hits('/gated')).toHaveLength(5)
    gated.close()
  })

  it('keeps the gap between requests to a host let through whenReady together, each after the one before', async () => {
    const paced = createFetcher({ minHostGapMs: 1_000, perHostLimit: 3 })
    server.text('/paced', 'ok')
    const gate = closedGate()
    const all = Promise.all([1, 2, 3].map(() => paced.fetch({ url: server.url('/paced'), whenReady: gate.whenReady })))
    // They took their slots a gap apart, and all three wait at the gate.
    await expect.poll(() => gate.asked).toBe(3)
    gate.open()
    expect((await all).every((r) => r.ok)).toBe(true)
    // Let through together, they would arrive together; a slow machine only spreads them further.
    const arrivals = server.hits('/paced').map((hit) => hit.at.getTime())
    expect(arrivals).toHaveLength(3)
    for (const [i, at] of arrivals.slice(1).entries()) expect(at - arrivals[i]!).toBeGreaterThanOrEqual(500)
    paced.close()
  })

  it('sends a GET once more when the server closed the kept-alive socket it was sent on (ECONNRESET)', async () => {
    const served = new WeakSet<Socket>()
    server.route('/reset', (req, res) => {
      if (served.has(req.socket)) {
        req.socket.resetAndDestroy()
        return
      }
      served.add(req.socket)
      res.writeHead(200, { 'content-type': 'text/plain', connection: 'keep-alive' })
      res.end('ok')
    })
    const single = createFetcher({ minHostGapMs: 0, perHostLimit: 1 })
    expect(await single.fetch({ url: server.url('/reset') })).toMatchObject({ ok: true })
    const reused = await single.fetch({ url: server.url('/reset') })
    single.close()
    expect(reused).toMatchObject({ ok: true })
    expect(server.hits('/reset')).toHaveLength(3)
  })

  it('answers an unreachable host with a reason, not an exception', async () => {
    const res = await fetcher.fetch({ url: 'http://127.0.0.1:1/feed.xml' })
    expect(res).toMatchObject({ ok: false, reason: expect.stringContaining('ECONNREFUSED') })
  })
})

describe('decodeBody', () => {
  it.each([
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Ресей</p>')]), null, 'utf-8'],
    ['the header', iconv.encode('<p>Ресей</p>', 'koi8-r'), 'text/html; charset=KOI8-R', 'koi8-r'],
    ['the XML declaration', iconv.encode('<?xml version="1.0" encoding="windows-1251"?><rss>Ресей</rss>', 'windows-1251'), 'text/xml', 'windows-1251'],
    ['<meta charset>', iconv.encode('<html><head><meta charset="windows-1251"></head><p>Ресей</p></html>', 'windows-1251'), null, 'windows-1251'],
    ['a page wrongly declared UTF-8', iconv.encode('<html><p>Ресей и Казахстан</p></html>', 'windows-1251'), 'text/html; charset=utf-8', 'windows-1251'],
    ['undeclared KOI8-R', iconv.encode('<html><p>сотрудничество в области культуры</p></html>', 'koi8-r'), null, 'koi8-r'],
    // A server's default charset in the header, or a template's in the XML declaration, over a UTF-8 body: the bytes decide.
    ['a UTF-8 page its header calls windows-1251', Buffer.from('<html><head><meta charset="utf-8"></head><p>Ресей и Казахстан</p></html>'), 'text/html; charset=windows-1251', 'utf-8'],
    ['a UTF-8 page its header calls KOI8-R', Buffer.from('<html><p>Ресей и Казахстан</p></html>'), 'text/html; charset=koi8-r', 'utf-8'],
    ['a UTF-8 feed its XML declaration calls windows-1251', Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss>Ресей</rss>'), 'text/xml', 'utf-8'],
  ])('takes the charset from %s', (_what, bytes, contentType, charset) => {
    const decoded = decodeBody(bytes, contentType, 'html')
    expect(decoded.charset).toBe(charset)
    expect(decoded.text).toMatch(/Ресей|сотрудничество/)
  })

  const russian = 'Министерство культуры и информации Республики Казахстан и Министерство культуры Российской Федерации подписали программу сотрудничества на 2024-2026 годы: обменные выставки музеев, гастроли театров и совместные кинопроекты.'
  const kazakh = 'Анкара қаласында Қазақстан Республикасы Мәдениет және ақпарат министрлігі мен Түркия Мәдениет және туризм министрлігі арасында мәдени ынтымақтастық туралы меморандумға қол қойылды. Құжат музейлер арасындағы көрмелер алмасуды, театр гастрольдерін және бірлескен фестивальдерді қарастырады.'
  const headline = 'МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ КУЛЬТУРЫ МЕЖДУ КАЗАХСТАНОМ И РОССИЕЙ'
  const ukrainian = 'Міністерство культури та інформаційної політики України і посольство Казахстану в Києві підписали меморандум про співпрацю: обмін виставками, ґастролі театрів і спільні фестивалі, її програма є відкритою.'
  const texts = [['Russian', russian], ['Kazakh', kazakh], ['a headline in capitals', headline], ['Russian in capitals', russian.toUpperCase()], ['Kazakh in capitals', kazakh.toUpperCase()]] as const
  const cyrillicCharsets = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'maccyrillic', 'rk1048', 'pt154']
  const asDeclared = { header: 'text/html; charset=windows-1251', meta: null, xml: 'application/rss+xml' }
  const inDocument = (text: string, where: keyof typeof asDeclared, charset = 'windows-1251') =>
    where === 'xml' ? `<?xml version="1.0" encoding="${charset}"?><rss><title>${text}</title></rss>` : `<html><head>${where === 'meta' ? `<meta charset="${charset}">` : ''}</head><p>${text}</p></html>`
  // Letters a charset lacks (Kazakh ones in KOI8-R) are lost when the site encodes, not when we decode.
  const roundTrip = (text: string, charset: string) => iconv.decode(iconv.encode(text, charset), charset)

  // A charset that reads these bytes as the real one does (KOI8-U for Russian in KOI8-R) is as right.
  it.each(
    (['header', 'meta', 'xml'] as const).flatMap((where) =>
      texts.flatMap(([what, text]) => cyrillicCharsets.filter((c) => c !== 'windows-1251').map((real) => [what, real, where, text] as const)),
    ),
  )('reads %s in %s declared windows-1251 (in the %s) as what it is', (_what, real, where, text) => {
    const decoded = decodeBody(iconv.encode(inDocument(text, where), real), asDeclared[where], where === 'xml' ? 'xml' : 'html')
    expect(decoded.text).toBe(roundTrip(inDocument(text, where), real))
  })

  it.each([['Russian', russian], ['a headline in capitals', headline], ['a page in capitals', russian.toUpperCase()]])('reads %s in windows-1251 declared KOI8-R as what it is', (_what, text) => {
    const html = `<p>${text}</p>`
    expect(decodeBody(iconv.encode(html, 'windows-1251'), 'text/html; charset=koi8-r')).toEqual({ charset: 'windows-1251', text: html })
  })

  it.each(['text/html; charset=koi8-r', null])('reads Ukrainian and Kazakh in KOI8-U (declared %s) with their і ї є ґ', (contentType) => {
    for (const text of [ukrainian, kazakh]) {
      const html = `<p>${text}</p>`
      expect(decodeBody(iconv.encode(html, 'koi8-u'), contentType)).toEqual({ charset: 'koi8-u', text: roundTrip(html, 'koi8-u') })
    }
    expect(roundTrip(ukrainian, 'koi8-u')).toBe(ukrainian)
  })

  it.each(['text/html; charset=windows-1251', null])('reads Kazakh in RK1048 or PT154 (declared %s) with its ә ғ қ ң ө ұ ү һ і', (contentType) => {
    const html = `<p>${kazakh} Һ һ</p>`
    for (const charset of ['rk1048', 'pt154']) expect(decodeBody(iconv.encode(html, charset), contentType)).toEqual({ charset, text: html })
  })

  it.each(['text/html; charset=windows-1251', null])('reads Russian in MacCyrillic (declared %s) with its capitals and я', (contentType) => {
    const html = `<p>${russian} Я подтверждаю: Россия и Казахстан.</p>`
    expect(decodeBody(iconv.encode(html, 'maccyrillic'), contentType)).toEqual({ charset: 'maccyrillic', text: html })
  })

  it.each([['x-mac-cyrillic', 'maccyrillic'], ['x-mac-ukrainian', 'maccyrillic'], ['KZ-1048', 'rk1048']])('knows the label %s', (label, charset) => {
    expect(decodeBody(iconv.encode('<p>Ресей</p>', charset), `text/html; charset=${label}`).charset).toBe(charset)
  })

  it('reads undeclared Ukrainian in windows-1251 as windows-1251, not as the Kazakh letters RK1048 puts on є, ї and ґ', () => {
    const html = `<p>${ukrainian}</p>`
    expect(decodeBody(iconv.encode(html, 'windows-1251'), null)).toEqual({ charset: 'windows-1251', text: html })
  })

  // Serbian's ј ћ and Macedonian's ќ ѕ sit on the windows-1251 bytes where RK1048 has Kazakh's ә һ қ ң.
  const serbian = 'Министарство културе Републике Србије и амбасада Казахстана потписали су меморандум о сарадњи у области културе: изложба ће бити отворена у Београду у јуну, а гостовање позоришта у јесен.'
  const macedonian = 'Министерството за култура на Република Северна Македонија и амбасадата на Казахстан потпишаа меморандум за соработка: изложбата ќе биде отворена во Скопје, а ѕвездите на театарот ќе гостуваат наесен.'
  it.each([['Serbian', serbian], ['Macedonian', macedonian], ['Serbian in capitals', serbian.toUpperCase()], ['Macedonian in capitals', macedonian.toUpperCase()]])(
    'reads %s in windows-1251, declared or not, as that, not as Kazakh letters in RK1048',
    (_what, text) => {
      const html = `<p>${text}</p>`
      for (const contentType of ['text/html; charset=windows-1251', null]) {
        expect(decodeBody(iconv.encode(html, 'windows-1251'), contentType)).toEqual({ charset: 'windows-1251', text: html })
      }
    },
  )

  it.each(cyrillicCharsets.flatMap((charset) => [...texts, ['Ukrainian', ukrainian] as const].map(([what, text]) => [what, charset, text] as const)))(
    'never re-reads %s correctly declared %s',
    (_what, charset, text) => {
      const bytes = iconv.encode(inDocument(text, 'meta', charset), charset)
      expect(decodeBody(bytes, null, 'html')).toEqual({ charset, text: roundTrip(inDocument(text, 'meta', charset), charset) })
    },
  )

  it('never re-reads a rightly declared page: the corpus\'s Russian and Kazakh titles and texts, as written and in capitals, in each Cyrillic charset', () => {
    const items = ['events', 'outlets', 'self-written'].flatMap((file) =>
      readFileSync(new URL(`../../corpus/${file}.jsonl`, import.meta.url), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { lang: string; title: string; body: string }),
    )
    const cyrillic = items.filter((item) => item.lang !== 'en' && /[а-я]/i.test(item.body)).flatMap((item) => [item.title, item.body]).flatMap((text) => [text, text.toUpperCase()])
    const reread = cyrillic.flatMap((text) =>
      cyrillicCharsets.flatMap((charset) => {
        const bytes = iconv.encode(`<p>${text}</p>`, charset)
        const decoded = decodeBody(bytes, `text/html; charset=${charset}`)
        return decoded.charset === charset ? [] : [`${charset} read as ${decoded.charset}: ${text.slice(0, 40)}`]
      }),
    )
    expect(cyrillic.length).toBeGreaterThan(1500)
    expect(reread).toEqual([])
  })

  it('keeps the declared charset over a word or two, too few to judge by', () => {
    for (const words of ['Ресей', 'культуры', 'МИНИСТЕРСТВО КУЛЬТУРЫ']) {
      const html = `<p>The Ministry of Culture (${words}) signed.</p>`
      expect(decodeBody(iconv.encode(html, 'koi8-r'), 'text/html; charset=windows-1251').charset).toBe('windows-1251')
    }
  })

  it.each(['windows-1251', 'koi8-r'])('tells undeclared %s apart in capitals, in lower case and mixed', (charset) => {
    for (const text of ['МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ', 'меморандум о сотрудничестве', 'Меморандум о сотрудничестве в области культуры', 'Ресей']) {
      expect(decodeBody(iconv.encode(`<h1>${text}</h1>`, charset), null, 'html')).toEqual({ text: `<h1>${text}</h1>`, charset })
    }
  })
})
