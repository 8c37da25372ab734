import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { insertSource } from '../../../src/db/sources.js'
import { syncSourcesFile } from '../../../src/ingest/sources-file.js'
import { formatItemDate } from '../../../src/telegram/item-card.js'
import { FixtureServer } from '../../helpers/fixture-server.js'
import { ADMIN_ID, createTestApp, type TestApp, testResolver } from '../../helpers/test-app.js'
import { callback, command, user } from '../../helpers/updates.js'
import { auditRows, lastButtons, lastMessageId, lastText } from './helpers.js'

/** Routes of a tiny site: a feed, a page linking it, a sitemap, a bare news list and its articles. */
function site(base: string): Record<string, { type: string; body: string }> {
  const article = (n: number, day: number) => ({
    type: 'text/html; charset=utf-8',
    body: `<html lang="ru"><head><title>Site</title><meta property="article:published_time" content="2026-11-${day}T08:00:00+05:00"></head>
      <body><nav><a href="/">Главная</a></nav><article><h1>Заголовок статьи ${n}: министр культуры встретилась с послом</h1>
      <p>Текст статьи номер ${n}. ${'Подробности сотрудничества. '.repeat(20)}</p></article></body></html>`,
  })
  const items = [1, 2, 3, 4]
    .map((n) => `<item><title>Новость ${n} &amp; культура</title><link>${base}/news/${n}.html</link><pubDate>${['Mon, 16 Nov 2026', 'Wed, 18 Nov 2026', 'Fri, 20 Nov 2026', 'Tue, 17 Nov 2026'][n - 1]} 10:00:00 +0500</pubDate><description>Кратко ${n}</description></item>`)
    .join('')
  const feed = { type: 'application/rss+xml; charset=utf-8', body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Министерство культуры</title><link>${base}/</link><language>ru</language>${items}</channel></rss>` }
  const jsonFeed = {
    type: 'application/feed+json',
    body: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'Министерство культуры', home_page_url: `${base}/`, language: 'ru',
      items: [1, 2, 3, 4].map((n) => ({ id: String(n), url: `${base}/news/${n}.html`, title: `Новость ${n} & культура`, content_text: `Кратко ${n}`, date_published: `2026-11-${[16, 18, 20, 17][n - 1]}T10:00:00+05:00` })),
    }),
  }
  const alternate = (href: string, title: string, hreflang = '') => `<link rel="alternate" type="application/rss+xml" title="${title}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="${href}">`
  return {
    '/feed.xml': feed,
    '/feed.json': jsonFeed,
    '/broken.xml': { type: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Сломанная</title><item><title>Незакрытый</item></channel></rss>' },
    '/comments/feed/': feed,
    '/category/culture/feed/': feed,
    '/rss/rus.xml': feed,
    '/rss/kaz.xml': feed,
    // WordPress's order on a category page: the site's feed, its comments, then the category's.
    '/category/culture/': { type: 'text/html', body: `<html lang="ru"><head><title>Культура</title>${alternate('/feed.xml', 'Site » Feed')}${alternate('/comments/feed/', 'Site » Comments Feed')}${alternate('/category/culture/feed/', 'Site » Culture Category Feed')}</head><body><p>Культура</p></body></html>` },
    '/blog/': { type: 'text/html', body: `<html lang="ru"><head><title>Блог</title>${alternate('/comments/feed/', 'Комментарии')}${alternate('/feed.xml', 'Лента')}</head><body><p>Блог</p></body></html>` },
    '/kz/': { type: 'text/html', body: `<html lang="kk"><head><title>Жаңалықтар</title>${alternate('/rss/rus.xml', 'RSS (рус)', 'ru')}${alternate('/rss/kaz.xml', 'RSS (қаз)', 'kk')}</head><body><p>Қош келдіңіз</p></body></html>` },
    '/with-secret-feed.html': { type: 'text/html', body: `<html><head><title>News</title><link rel="alternate" type="application/rss+xml" href="${base.replace('://', '://editor:s3cret@')}/feed.xml"></head><body><p>Welcome</p></body></html>` },
    '/with-feed.html': { type: 'text/html', body: `<html><head><title>News</title><link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head><body><p>Welcome</p></body></html>` },
    '/sitemap.xml': {
      type: 'application/xml',
      body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[[1, 16], [2, 19], [3, 20], [4, 17]].map(([n, d]) => `<url><loc>${base}/news/${n}.html</loc><lastmod>2026-11-${d}</lastmod></url>`).join('')}</urlset>`,
    },
    '/list.html': {
      type: 'text/html; charset=utf-8',
      body: `<html lang="ru"><head><title>Новости министерства</title></head><body><ul class="menu"><li><a href="/">Главная</a></li></ul>
        <div class="news">${[3, 2, 4, 1].map((n) => `<div class="news-item"><a href="/news/${n}.html">Ссылка на новость номер ${n} в списке новостей</a></div>`).join('')}</div></body></html>`,
    },
    '/plain.html': { type: 'text/html; charset=utf-8', body: '<html lang="ru"><head><title>О министерстве</title></head><body><p>Министерство культуры и информации.</p></body></html>' },
    '/news/1.html': article(1, 16),
    '/news/2.html': article(2, 18),
    '/news/3.html': article(3, 20),
    '/news/4.html': article(4, 17),
  }
}

/** Routes that fail as sites do: an error status, a redirect loop, a document that is no page. */
const FAILING: Record<string, { status: number; headers?: Record<string, string>; body?: string }> = {
  '/gone.xml': { status: 404 },
  '/busy.xml': { status: 503 },
  '/closed.xml': { status: 403 },
  '/loop.xml': { status: 302, headers: { location: '/loop.xml' } },
  '/report.pdf': { status: 200, headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4 report' },
}

let server: Server
let base: string
const hits: string[] = []
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    const route = site(base)[req.url ?? '']
    const failing = FAILING[req.url ?? '']
    if (failing) {
      res.writeHead(failing.status, failing.headers).end(failing.body ?? '')
      return
    }
    if (!route) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': route.type }).end(route.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const admin = user(ADMIN_ID, 'en')

describe('/addsource', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it.each([
    ['an RSS feed', '/feed.xml', /A news feed \(RSS, Atom or JSON Feed\): <b>Министерство культуры<\/b>/, '/feed.xml', 'rss'],
    ['a JSON Feed', '/feed.json', /A news feed \(RSS, Atom or JSON Feed\): <b>Министерство культуры<\/b>/, '/feed.json', 'rss'],
    ['a page linking its feed', '/with-feed.html', /The page links its feed: <b>Министерство культуры<\/b>/, '/feed.xml', 'rss'],
    ['a sitemap', '/sitemap.xml', /A sitemap: <b>127\.0\.0\.1<\/b>/, '/sitemap.xml', 'sitemap'],
  ])('detects %s, previews the three newest items as stored, and adds it on confirmation', async (_, path, found, storedPath, type) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(admin, `/addsource ${base}${path}`))
    const preview = lastText(t.api)
    expect(preview).toMatch(found)
    expect(preview).toMatch(/language: Russian/)
    // Newest first: 20, 18, 17 November; the 16th is left out.
    const titles = [...preview.matchAll(/^\d\. <a href="([^"]+)">/gm)].map((m) => m[1])
    expect(titles).toEqual([`${base}/news/3.html`, `${base}/news/2.html`, `${base}/news/4.html`])
    if (type === 'rss') expect(preview).toContain('Новость 3 &amp; культура')
    else expect(preview).toContain('Заголовок статьи 3: министр культуры встретилась с послом')
    expect(lastButtons(t.api).map((b) => b.data)).toEqual(['cv:ok', 'cv:lang:en', 'cv:lang:kk', 'cv:cancel'])

    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api)).toMatch(/added\. It will be polled within a minute/)
    const sources = await t.db.selectFrom('source').select(['name', 'url', 'type', 'lang', 'origin', 'is_enabled']).execute()
    expect(sources).toEqual([{ name: expect.any(String), url: `${base}${storedPath}`, type, lang: 'ru', origin: 'admin', is_enabled: 1 }])
    expect(await auditRows(t.db)).toMatchObject([{ action: 'add-source', admin_id: ADMIN_ID, before: null, after: { url: `${base}${storedPath}`, type } }])

    await t.bot.handleUpdate(command(admin, `/addsource ${base}${storedPath}`))
    expect(lastText(t.api)).toMatch(/already watched as/)
  })

  it.each([
    ['a category page: its own feed, not the site\'s or its comments\'', '/category/culture/', '/category/culture/feed/'],
    ['a page listing its comments feed first: the news feed', '/blog/', '/feed.xml'],
    ['a Kazakh page linking a Russian feed first: the Kazakh one', '/kz/', '/rss/kaz.xml'],
  ])('takes the page\'s own feed among those it links: %s', async (_, path, feedPath) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(admin, `/addsource ${base}${path}`))
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(await t.db.selectFrom('source').select('url').execute()).toEqual([{ url: `${base}${feedPath}` }])
  })

  it.each([
    ['en', /^📄 <b>О министерстве<\/b> is an HTML page without a feed\. [\s\S]*<code>\.news-item \| a \| \.title \| time<\/code>$/],
    ['ru', /^📄 <b>О министерстве<\/b> — HTML-страница без ленты\. [\s\S]*<code>\.news-item \| a \| \.title \| time<\/code>$/],
  ])('asks for selectors for a page it guesses none for without a "Suggested: —" line (%s)', async (lang, asked) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${base}/plain.html`))
    expect(lastText(t.api)).toMatch(asked)
    expect(lastButtons(t.api).map((b) => b.data)).toEqual(['cv:cancel'])
  })

  it('asks for selectors for a bare HTML list, takes the suggested ones, lets the language be changed, and stores the selectors', async () => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(admin, `/addsource ${base}/list.html`))
    expect(lastText(t.api)).toMatch(/HTML page without a feed[\s\S]*Suggested: <code>div\.news-item \| a<\/code>/)
    await t.bot.handleUpdate(command(admin, 'just words'))
    expect(lastText(t.api)).toMatch(/Send the selectors as/)
    const firstPrompt = lastMessageId(t.api, ADMIN_ID) - 1
    await t.bot.handleUpdate(command(admin, '.nothing-here | a'))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(/find no links/)
    expect(lastText(t.api)).toMatch(/HTML page without a feed/)
    // The prompt is asked again; a button under the old one is out of date.
    await t.bot.handleUpdate(callback(admin, 'cv:suggested', undefined, firstPrompt))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/out of date/)
    await t.bot.handleUpdate(callback(admin, 'cv:suggested', undefined, lastMessageId(t.api, ADMIN_ID)))
    const preview = lastText(t.api)
    expect(preview).toMatch(/An HTML news list: <b>Новости министерства<\/b>/)
    // The page's headline, not the list's link text, is what would be stored.
    expect([...preview.matchAll(/">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual([3, 2, 4].map((n) => `Заголовок статьи ${n}: министр культуры встретилась с послом`))
    await t.bot.handleUpdate(callback(admin, 'cv:lang:kk', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(lastText(t.api)).toMatch(/language: Kazakh/)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    const source = await t.db.selectFrom('source').selectAll().executeTakeFirstOrThrow()
    expect(source).toMatchObject({ type: 'html', lang: 'kk', url: `${base}/list.html`, origin: 'admin' })
    expect(JSON.parse(source.list_selectors!)).toEqual({ item: 'div.news-item', link: 'a' })
  })

  it.each([
    ['en', /^Left unfinished: nothing was added or changed\.$/],
    ['ru', /^Не закончено: ничего не добавлено и не изменено\.$/],
    ['kk', /^Аяқталмай қалды: ештеңе қосылған не өзгертілген жоқ\.$/],
  ])('says, when another command leaves /addsource unfinished (%s), that nothing was added, not that an edit was left', async (lang, left) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    const from = user(ADMIN_ID, lang)
    await t.bot.handleUpdate(command(from, `/addsource ${base}/list.html`))
    await t.bot.handleUpdate(command(from, '/sources'))
    expect(t.api.sent().at(-2)?.payload.text).toMatch(left)
    expect(await t.db.selectFrom('source').selectAll().execute()).toEqual([])
  })

  it.each([
    ['file:///etc/passwd', /Only http:\/\/ and https:\/\//],
    ['http://127.0.0.1:9/feed.xml', /Refused: .*127\.0\.0\.1 \(loopback\)/],
    ['http://169.254.169.254/latest/meta-data/', /Refused: .*169\.254\.169\.254 \(link-local\)/],
    ['http://[::1]:9/feed.xml', /Refused: .*::1 \(loopback\)/],
    ['http://10.0.0.1/feed.xml', /Refused: .*10\.0\.0\.1 \(private\)/],
    ['http://localhost:9/feed.xml', /Refused: .*\(loopback\)/],
    ['10.0.0.1/feed.xml (no scheme: https:// is taken, as /suggest takes it)', /Refused: .*10\.0\.0\.1 \(private\)/],
  ])('refuses %s with the default setting, fetching nothing', async (typed, reason) => {
    t = await createTestApp()
    const before = hits.length
    await t.bot.handleUpdate(command(admin, `/addsource ${typed.split(' ')[0]}`))
    expect(lastText(t.api)).toMatch(reason)
    expect(hits.length).toBe(before)
    expect(await t.db.selectFrom('source').selectAll().execute()).toEqual([])
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
  })

  it.each([
    ['en', 'https://editor:s3cret@ministry.example/rss', /^An address with a user name or password in it \(user:password@\) is not taken: every admin sees a source's address in \/sources, and the bot watches public pages only\. Send it without them: <code>\/addsource https:\/\/ministry\.example\/rss<\/code>$/],
    ['ru', 'editor:s3cret@ministry.example/rss', /^Адрес с именем пользователя или паролем \(user:password@\) не принимается: .*<code>\/addsource https:\/\/ministry\.example\/rss<\/code>$/],
    ['kk', 'http://s3cret@ministry.example:8080/rss', /^Ішінде пайдаланушы аты не құпиясөз бар мекенжай \(user:password@\) қабылданбайды: .*<code>\/addsource http:\/\/ministry\.example:8080\/rss<\/code>$/],
  ])('refuses (%s) an address carrying a user name or password, %s, at once, naming it without them and storing nothing', async (lang, typed, answer) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    const before = hits.length
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${typed}`))
    expect(t.api.sent().map((c) => c.payload.text)).toEqual([expect.stringMatching(answer)])
    expect(JSON.stringify(t.api.calls)).not.toContain('s3cret')
    expect(hits.length).toBe(before)
    expect(await t.db.selectFrom('source').selectAll().execute()).toEqual([])
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
  })

  it('refuses a page whose feed link carries a password, showing the feed without it and adding nothing', async () => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(admin, `/addsource ${base}/with-secret-feed.html`))
    expect(lastText(t.api)).toMatch(/^An address with a user name or password in it \(user:password@\) is not taken: .*<code>\/addsource http:\/\/127\.0\.0\.1:\d+\/feed\.xml<\/code>$/)
    expect(JSON.stringify(t.api.calls)).not.toContain('s3cret')
    expect(await t.db.selectFrom('source').selectAll().execute()).toEqual([])
  })

  it.each([
    ['en', ' Kazinform news', /^Taking the address <code>http:\/\/127\.0\.0\.1:\d+\/feed\.xml<\/code> and leaving out «Kazinform news»: \/addsource takes one address, and the source is named after its feed or page\.$/],
    ['ru', ' в разделе культуры', /^Беру адрес <code>http:\/\/127\.0\.0\.1:\d+\/feed\.xml<\/code>, без «в разделе культуры»: \/addsource принимает один адрес, а источник называется по его ленте или странице\.$/],
    ['kk', '\nмәдениет', /^<code>http:\/\/127\.0\.0\.1:\d+\/feed\.xml<\/code> мекенжайын аламын, «мәдениет» ескерілмейді: \/addsource бір мекенжай қабылдайды, ал дереккөз өз арнасы не беті бойынша аталады\.$/],
  ])('says (%s) which address it takes and which words after it it leaves out, then checks the address', async (lang, after, note) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${base}/feed.xml${after}`))
    const texts = t.api.sent().map((c) => String(c.payload.text))
    expect(texts[0]).toMatch(note)
    expect(texts.at(-1)).toMatch(/<b>Министерство культуры<\/b>/)
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
    expect(await t.db.selectFrom('source').select('url').execute()).toEqual([{ url: `${base}/feed.xml` }])
  })

  it.each([
    ['en', 'This address is already in /sources as <b>Kazinform</b>, paused: it is not being polled. Resume it there (▶️) to watch it again.'],
    ['ru', 'Этот адрес уже есть в /sources как <b>Kazinform</b>, но источник на паузе и не опрашивается. Чтобы снова следить за ним, возобновите его там (▶️).'],
    ['kk', 'Бұл мекенжай /sources тізімінде <b>Kazinform</b> деген атпен бар, бірақ тоқтатылған: ол сұралмайды. Қайта бақылау үшін оны сол жерде қосыңыз (▶️).'],
  ])('says an address is paused, not watched, when /addsource is sent the address of a paused source (%s)', async (lang, said) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await insertSource(t.db, { name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/sources'))
    const pause = lastButtons(t.api).find((b) => b.data.startsWith('src:p:'))!
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), pause.data, undefined, lastMessageId(t.api, ADMIN_ID)))
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/addsource http://inform.kz/rss/rus.xml'))
    expect(lastText(t.api)).toBe(said)
  })

  describe('with host names looked up by the app\'s resolver', () => {
    const port = () => new URL(base).port
    let lookups: string[]
    /** DNS as these tests see it: each name looked up is noted; any name not listed is not found. */
    const resolving = (addresses: Record<string, string>) => {
      lookups = []
      const resolver = testResolver(addresses)
      return { resolve: (host: string) => (lookups.push(host), resolver.resolve(host)) }
    }

    it.each([
      ['en', 'nowhere.test', /^The host name cannot be resolved: nowhere\.test$/],
      ['ru', 'nowhere.test', /^Не удаётся найти хост: nowhere\.test$/],
      ['en', 'intranet.test', /^Refused: the address leads to a loopback, private or link-local network, which sources added in chat may not reach\. Technical detail: 10\.0\.0\.5 \(private\)$/],
      ['kk', 'loopback.test', /^Қабылданбады: мекенжай жергілікті, жеке не link-local желіге апарады, ал чатта қосылған дереккөздерге оған кіруге болмайды\. Техникалық мәлімет: 127\.0\.0\.1 \(loopback\)$/],
    ])('answers (%s) a host %s with the guard\'s refusal at once, looked up once, storing nothing', async (lang, host, refusal) => {
      t = await createTestApp({}, { resolver: resolving({ 'intranet.test': '10.0.0.5', 'loopback.test': '127.0.0.1' }) })
      const before = hits.length
      await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource http://${host}:${port()}/feed.xml`))
      expect(t.api.sent().map((c) => c.payload.text)).toEqual([expect.stringMatching(refusal)])
      expect(lookups).toEqual([host])
      expect(hits.length).toBe(before)
      expect(await t.db.selectFrom('source').selectAll().execute()).toEqual([])
      expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
    })

    it('adds a host the resolver maps to the site, fetched at that address (ALLOW_PRIVATE_ADDRESSES lets its loopback stand-in through)', async () => {
      t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' }, { resolver: resolving({ 'ministry.test': '127.0.0.1' }) })
      await t.bot.handleUpdate(command(admin, `/addsource http://ministry.test:${port()}/feed.xml`))
      expect(lastText(t.api)).toMatch(/A news feed \(RSS, Atom or JSON Feed\): <b>Министерство культуры<\/b>/)
      await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, lastMessageId(t.api, ADMIN_ID)))
      expect(lastText(t.api)).toMatch(/added\. It will be polled within a minute/)
      expect(await t.db.selectFrom('source').select(['url', 'origin']).execute()).toEqual([{ url: `http://ministry.test:${port()}/feed.xml`, origin: 'admin' }])
      expect(lookups).toContain('ministry.test')
    })

    it('refuses a redirect hop of a source added in chat to a host resolving to a loopback address, never connecting to it', async () => {
      // 127.0.0.2 stands for the source's public site: the poller's guard is told to let it through.
      const publicSite = new FixtureServer({ host: '127.0.0.2' })
      await publicSite.start()
      try {
        publicSite.route('/feed.xml', (_req, res) => res.writeHead(302, { location: `http://internal.test:${port()}/feed.xml` }).end())
        t = await createTestApp({}, { resolver: resolving({ 'ministry.test': '127.0.0.2', 'internal.test': '127.0.0.1' }), guardExemptions: ['127.0.0.2'] })
        const feedUrl = `http://ministry.test:${new URL(publicSite.base).port}/feed.xml`
        await insertSource(t.db, { name: 'Ministry', url: feedUrl, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', t.clock.now())
        const before = hits.length
        await t.app.poller.runOnce()
        expect(publicSite.hits('/feed.xml')).toHaveLength(1)
        expect(hits.length).toBe(before)
        expect(await t.db.selectFrom('source').select(['last_error', 'consecutive_failures']).execute()).toEqual([{ last_error: expect.stringMatching(/refused to connect to 127\.0\.0\.1 \(loopback address\)/), consecutive_failures: 1 }])
        expect(await t.db.selectFrom('article').selectAll().execute()).toEqual([])
        expect(lookups).toEqual(['ministry.test', 'internal.test'])
      } finally {
        await publicSite.stop()
      }
    })
  })

  describe('a sources-file source removed in /sources', () => {
    let file: string
    const writeSources = (sources: unknown[]) => writeFileSync(file, JSON.stringify(sources))
    const ministry = () => ({ name: 'Ministry', url: `${base}/feed.xml`, type: 'rss', lang: 'ru' })
    const sourceRows = () => t.db.selectFrom('source').select(['id', 'name', 'origin', 'is_enabled', 'removed_at']).execute()

    async function removeInChat(): Promise<number> {
      const { id } = (await sourceRows())[0]!
      await t.bot.handleUpdate(callback(admin, `src:d:${id}:0`))
      await t.bot.handleUpdate(callback(admin, `src:D:${id}:0`))
      expect(await sourceRows()).toMatchObject([{ id, is_enabled: 0, removed_at: expect.any(String) }])
      return id
    }

    beforeEach(async () => {
      file = join(mkdtempSync(join(tmpdir(), 'coopwatch-sources-')), 'sources.json')
      writeSources([ministry()])
      t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true', SOURCES_FILE: file })
      await syncSourcesFile(t.deps)
    })

    it('comes back as itself with /addsource, the admin told so, and stays at the next start', async () => {
      const id = await removeInChat()
      await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
      expect(lastText(t.api)).toMatch(/^✅ <b>Ministry<\/b> is back: it comes from the sources file and had been removed in \/sources\. It is watched again as the file lists it/)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
      expect((await auditRows(t.db)).map((r) => [r.action, r.source_id])).toEqual([['remove-source', id], ['resume-source', id]])

      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
      await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
      expect(lastText(t.api)).toMatch(/already watched as <b>Ministry<\/b>/)
    })

    it('comes back with /addsource while its site answers 503, fetching nothing', async () => {
      const downHits: string[] = []
      const down = createServer((req, res) => {
        downHits.push(req.url ?? '')
        res.writeHead(503).end('down for maintenance')
      })
      await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve))
      try {
        const downFeed = `http://127.0.0.1:${(down.address() as AddressInfo).port}/feed.xml`
        writeSources([{ ...ministry(), url: downFeed }])
        await syncSourcesFile(t.deps)
        const id = await removeInChat()
        await t.bot.handleUpdate(command(admin, `/addsource ${downFeed}`))
        expect(lastText(t.api)).toMatch(/^✅ <b>Ministry<\/b> is back: it comes from the sources file/)
        expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
        await t.bot.handleUpdate(command(admin, `/addsource ${downFeed}`))
        expect(lastText(t.api)).toMatch(/already watched as <b>Ministry<\/b>/)
        expect(downHits).toEqual([])
      } finally {
        down.closeAllConnections()
        await new Promise<void>((resolve) => down.close(() => resolve()))
      }
    })

    it('comes back with /addsource when the file turns it off too, and stays at the next start until the file changes it', async () => {
      writeSources([{ ...ministry(), enabled: false }])
      await syncSourcesFile(t.deps)
      const id = await removeInChat()
      await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
      expect(lastText(t.api)).toMatch(/^✅ <b>Ministry<\/b> is back: it comes from the sources file/)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
      writeSources([{ ...ministry(), lang: 'kk', enabled: false }])
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: null }])
    })

    it('holds a resume in /sources of a source the file turns off until the file changes it, and tells whoever suggested it that it is watched', async () => {
      writeSources([{ ...ministry(), enabled: false }])
      await syncSourcesFile(t.deps)
      const { id } = (await sourceRows())[0]!
      expect(await sourceRows()).toMatchObject([{ id, is_enabled: 0 }])
      await t.bot.handleUpdate(command(user(87, 'ru'), `/suggest ${base}/feed.xml`))
      await t.bot.handleUpdate(callback(admin, `src:r:${id}:0`))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Resumed: Ministry' }))
      expect(String(t.api.sent().filter((c) => c.payload.chat_id === 87).at(-1)?.payload.text)).toMatch(/^✅ Предложенный вами источник .* теперь отслеживается/)
      // A restart with the file as it was: the admin's resume holds, as a pause would, and the source is polled.
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 1, removed_at: null }])
      // The file changes that source: its entry applies whole, "enabled": false included.
      writeSources([{ ...ministry(), lang: 'kk', enabled: false }])
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: null }])
      // Gone from the file and resumed: the resume holds at the next start too.
      writeSources([])
      await syncSourcesFile(t.deps)
      await t.bot.handleUpdate(callback(admin, `src:r:${id}:0`))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Resumed: Ministry' }))
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toMatchObject([{ id, is_enabled: 1 }])
    })

    it('writes to the audit log a ⏸ pressed on a source the file has dropped, as every admin action, and the pause holds when the file lists it again', async () => {
      const { id } = (await sourceRows())[0]!
      writeSources([])
      await syncSourcesFile(t.deps)
      // ⏸ under a /sources page drawn before the restart: the source is left unpolled by the drop already.
      await t.bot.handleUpdate(callback(admin, `src:p:${id}:0`))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Ministry is already paused.' }))
      expect((await auditRows(t.db)).map((r) => [r.action, r.source_id, r.admin_id])).toEqual([['pause-source', id, ADMIN_ID]])
      writeSources([ministry()])
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: null }])
      // Pressed again, nothing changes and nothing more is written.
      writeSources([])
      await syncSourcesFile(t.deps)
      await t.bot.handleUpdate(callback(admin, `src:p:${id}:0`))
      await t.bot.handleUpdate(callback(admin, `src:p:${id}:0`))
      expect((await auditRows(t.db)).map((r) => r.action)).toEqual(['pause-source'])
    })

    it.each([
      ['en', 'Ministry stays paused: the sources file no longer lists it, so it is checked as a source added in chat, and its address is in a loopback, private or link-local network.'],
      ['ru', 'Ministry остаётся на паузе: файл источников его больше не содержит, так что он проверяется как добавленный в чате, а его адрес — в локальной, частной или link-local сети.'],
      ['kk', 'Ministry кідіртулі қалады: дереккөздер файлында ол енді жоқ, сондықтан чатта қосылған дереккөздей тексеріледі, ал оның мекенжайы жергілікті, жеке не link-local желіде.'],
    ])('refuses (%s) to resume in /sources a source the file no longer lists whose address the guard refuses, and keeps it paused', async (lang, answer) => {
      await t.close()
      t = await createTestApp({ SOURCES_FILE: file })
      await syncSourcesFile(t.deps)
      writeSources([])
      await syncSourcesFile(t.deps)
      const { id } = (await sourceRows())[0]!
      await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), `src:r:${id}:0`))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: answer, show_alert: true }))
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: null }])
      expect((await auditRows(t.db)).map((r) => r.action)).toEqual([])
    })

    it('comes back as the admin\'s own when the file no longer lists it, and stays at the next start', async () => {
      const id = await removeInChat()
      writeSources([])
      await syncSourcesFile(t.deps)
      await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
      expect(lastText(t.api)).toMatch(/^✅ <b>Ministry<\/b> is back \(polled within a minute\): it came from the sources file, which no longer lists it, .* the file no longer decides it\./)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'admin', is_enabled: 1, removed_at: null }])
      await syncSourcesFile(t.deps)
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'admin', is_enabled: 1, removed_at: null }])
    })

    it('stays removed when the file no longer lists it and its address is one the guard refuses for sources added in chat', async () => {
      await t.close()
      t = await createTestApp({ SOURCES_FILE: file })
      await syncSourcesFile(t.deps)
      const id = await removeInChat()
      writeSources([])
      await syncSourcesFile(t.deps)
      const before = t.api.sent().length
      await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
      expect(t.api.sent().slice(before).map((c) => c.payload.text)).toEqual([expect.stringMatching(/^Refused: .*127\.0\.0\.1 \(loopback\)/)])
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: expect.any(String) }])
    })

    it('stays removed when the file no longer lists it and its host does not resolve, refused at once after one lookup', async () => {
      await t.close()
      const lookups: string[] = []
      const resolver = testResolver({})
      t = await createTestApp({ SOURCES_FILE: file }, { resolver: { resolve: (host) => (lookups.push(host), resolver.resolve(host)) } })
      const goneUrl = `http://gone.test:${new URL(base).port}/feed.xml`
      writeSources([{ ...ministry(), url: goneUrl }])
      await syncSourcesFile(t.deps)
      const id = await removeInChat()
      writeSources([])
      await syncSourcesFile(t.deps)
      const before = t.api.sent().length
      await t.bot.handleUpdate(command(admin, `/addsource ${goneUrl}`))
      expect(t.api.sent().slice(before).map((c) => c.payload.text)).toEqual(['The host name cannot be resolved: gone.test'])
      expect(lookups).toEqual(['gone.test'])
      expect(await sourceRows()).toEqual([{ id, name: 'Ministry', origin: 'file', is_enabled: 0, removed_at: expect.any(String) }])
    })
  })

  it.each([
    ['en', '12345', /^«12345» is not a web address\. Send the address of a feed, a news page or a sitemap: <code>\/addsource https:\/\/example\.kz\/news<\/code>/],
    ['ru', '3.14', /^«3\.14» — не веб-адрес\. Пришлите адрес ленты, страницы новостей или карты сайта: <code>\/addsource https:\/\/example\.kz\/news<\/code>/],
    ['kk', '12345/news', /^«12345\/news» — веб-мекенжай емес\. .*<code>\/addsource https:\/\/example\.kz\/news<\/code>/],
  ])('answers /addsource %s with a number (%s) that it is not a web address, showing the form, and checks nothing', async (lang, typed, answer) => {
    t = await createTestApp()
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${typed}`))
    expect(lastText(t.api)).toMatch(answer)
    expect(t.api.sent()).toHaveLength(1)
    expect(await t.db.selectFrom('bot_storage').selectAll().execute()).toEqual([])
  })

  it.each([
    ['ru', /^Это лента, но в её разметке ошибка, и прочитать её не получается\. Техническая подробность \(слова парсера\): Unexpected close tag/],
    ['kk', /^Бұл арна, бірақ оның белгілеуінде қате бар, оны оқи алмаймын\. Техникалық мәлімет \(талдағыштың сөзі\): Unexpected close tag/],
    ['en', /^This is a feed, but its markup is broken and it cannot be read\. Technical detail \(the parser's words\): Unexpected close tag/],
  ])('tells the admin a malformed feed is broken in their language, the parser\'s English marked as the technical detail (%s)', async (lang, answer) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${base}/broken.xml`))
    expect(lastText(t.api)).toMatch(answer)
    expect(lastText(t.api)).not.toMatch(/malformed feed/)
    expect(await t.db.selectFrom('source').select('url').execute()).toEqual([])
  })

  it.each([
    ['ru', '/gone.xml', /^Сайт ответил, что такой страницы нет \(ошибка 404\)\. Проверьте адрес\.$/],
    ['kk', '/busy.xml', /^Сайттың серверінде ақау бар \(қате 503\)\. Кейінірек қайталап көріңіз\.$/],
    ['en', '/closed.xml', /^The site does not let the bot see this page \(error 403\)\.$/],
    ['kk', '/loop.xml', /^Бет тым көп рет не қате мекенжайға бағыттайды, сондықтан оған жете алмадым\. Техникалық мәлімет: more than 5 redirects$/],
    ['ru', '/report.pdf', /^Это не лента, не карта сайта и не HTML-страница, которую я могу прочитать\. Техническая подробность: application\/pdf$/],
  ])('tells the admin (%s) what is wrong with %s in their language, any English after it marked as the technical detail', async (lang, path, answer) => {
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), `/addsource ${base}${path}`))
    expect(lastText(t.api)).toMatch(answer)
    expect(await t.db.selectFrom('source').select('url').execute()).toEqual([])
  })

  it('tells the admin in Russian that a site refusing the connection could not be reached, the system\'s words marked as the technical detail', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'ru'), `/addsource http://127.0.0.1:${port}/feed.xml`))
    expect(lastText(t.api)).toMatch(/^Не удалось связаться с сайтом: он не принял соединение или оборвал его\. Техническая подробность: ECONNREFUSED/)
  })

  it('refuses the fixture server itself without ALLOW_PRIVATE_ADDRESSES, and explains usage without a URL', async () => {
    t = await createTestApp()
    await t.bot.handleUpdate(command(admin, `/addsource ${base}/feed.xml`))
    expect(lastText(t.api)).toMatch(/Refused/)
    await t.bot.handleUpdate(command(admin, '/addsource'))
    expect(lastText(t.api)).toMatch(/Send <code>\/addsource https:\/\/…<\/code>/)
  })
})

describe('/sources', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it('shows no user name or password of an address the sources file or an import gave, the address without them', async () => {
    t = await createTestApp()
    const at = '2026-11-01T00:00:00.000Z'
    await t.db
      .insertInto('source')
      .values({ name: 'Members feed', url: 'https://editor:s3cret@members.example/rss', type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: null, last_error_at: null, created_at: at, updated_at: at })
      .execute()
    await t.bot.handleUpdate(command(admin, '/sources'))
    expect(lastText(t.api)).toContain('📰 news feed · <code>https://members.example/rss</code>')
    expect(JSON.stringify(t.api.calls)).not.toContain('s3cret')
  })

  it.each([
    ['en', ['📰 news feed', '📄 news list page', '🗺 sitemap', '🏛 gov.kz news section']],
    ['ru', ['📰 новостная лента', '📄 страница со списком новостей', '🗺 карта сайта', '🏛 раздел новостей gov.kz']],
    ['kk', ['📰 жаңалықтар арнасы', '📄 жаңалықтар тізімі беті', '🗺 сайт картасы', '🏛 gov.kz жаңалықтар бөлімі']],
  ])('says what kind of source each is in the admin\'s language (%s), not as the sources file\'s code (rss, html, sitemap, govkz)', async (lang, kinds) => {
    t = await createTestApp()
    const at = '2026-11-01T00:00:00.000Z'
    for (const [i, type] of (['rss', 'html', 'sitemap', 'govkz'] as const).entries()) {
      await t.db
        .insertInto('source')
        .values({ name: `S${i}`, url: `https://s${i}.example/news`, type, lang: 'ru', list_selectors: type === 'html' ? JSON.stringify({ item: '.n', link: 'a' }) : null, project: type === 'govkz' ? 'mam' : null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: null, last_error_at: null, origin: 'admin', created_at: at, updated_at: at })
        .execute()
    }
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/sources'))
    const page = lastText(t.api)
    for (const [i, kind] of kinds.entries()) expect(page).toContain(`${kind} · <code>https://s${i}.example/news</code>`)
    expect(page).not.toMatch(/^(rss|html|sitemap|govkz) · /m)
  })

  async function seedSources(): Promise<number[]> {
    const at = '2026-11-01T00:00:00.000Z'
    const ids: number[] = []
    for (const [i, name] of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'].entries()) {
      const { id } = await t.db
        .insertInto('source')
        .values({
          name, url: `https://${name.toLowerCase()}.example/rss`, type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null,
          first_polled_at: at, last_polled_at: at, last_success_at: '2026-11-20T10:00:00.000Z',
          last_error: name === 'Bravo' ? 'HTTP 503 <Service Unavailable>' : null, last_error_at: name === 'Bravo' ? '2026-11-21T08:00:00.000Z' : null,
          consecutive_failures: name === 'Bravo' ? 4 : 0, origin: i === 0 ? 'file' : 'admin', created_at: at, updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.push(id)
    }
    const now = '2026-11-21T00:00:00.000Z'
    for (const [n, day] of [[1, '2026-11-20'], [2, '2026-11-19'], [3, '2026-10-01']] as const) {
      await t.db.insertInto('article').values({ source_id: ids[0]!, url: `https://alpha.example/${n}`, url_key: `alpha.example/${n}`, guid: null, title: `A${n}`, body: 'x', lang: 'ru', published_at: `${day}T06:00:00.000Z`, published_at_origin: 'feed', fetched_at: now, updated_at: now, content_hash: `h${n}`, story_key: `s${n}` }).execute()
    }
    return ids
  }

  it('leaves no empty row under a list of sources that fits one page, nor under its pause', async () => {
    t = await createTestApp()
    await t.db.insertInto('source').values({ name: 'Solo', url: 'https://solo.example/rss', type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: null, last_error_at: null, consecutive_failures: 0, origin: 'admin', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' }).execute()
    await t.bot.handleUpdate(command(admin, '/sources'))
    const rows = () => t.api.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').at(-1)!.payload.reply_markup.inline_keyboard as unknown[][]
    expect(rows().map((row) => row.length)).toEqual([3])
    const pause = (rows()[0]![0] as { callback_data: string }).callback_data
    await t.bot.handleUpdate(callback(admin, pause))
    expect(rows().map((row) => row.length)).toEqual([3])
  })

  it.each([
    ['ru', [
      'Последняя ошибка (21 нояб. 2026 г. 13:00, подряд: 3): <i>такой страницы нет (ошибка 404)</i>',
      '<i>сайт не отвечает вовремя — техническая подробность: timeout after 30 s</i>',
      '<i>с сайтом не удаётся связаться: он не принимает соединение или обрывает его — техническая подробность: ECONNREFUSED connect ECONNREFUSED 203.0.113.5:443</i>',
      '<i>сайт отвечает, но присланное не читается как лента, карта сайта или список новостей этого источника — техническая подробность: malformed feed: Unexpected close tag at line 3</i>',
    ]],
    ['kk', [
      'Соңғы қате (2026 ж. 21 қар. 13:00, қатарынан 3 рет): <i>мұндай бет жоқ (қате 404)</i>',
      '<i>сайт уақытында жауап бермейді — техникалық мәлімет: timeout after 30 s</i>',
      '<i>мекенжай жергілікті, жеке не link-local желіге апарады, ал чатта қосылған дереккөздерге оған кіруге болмайды — техникалық мәлімет: refused to connect to 10.0.0.7 (private address)</i>',
    ]],
  ])('says what is wrong with a failing source in the admin\'s language (%s), in /sources and /stats (as the failing-source notice does), the fetcher\'s English as the technical detail', async (lang, shown) => {
    t = await createTestApp()
    const errors = ['HTTP 404', 'timeout after 30 s', 'ECONNREFUSED connect ECONNREFUSED 203.0.113.5:443', lang === 'ru' ? 'malformed feed: Unexpected close tag at line 3' : 'refused to connect to 10.0.0.7 (private address)']
    for (const [i, error] of errors.entries()) {
      await t.db.insertInto('source').values({ name: `S${i}`, url: `https://s${i}.example/rss`, type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: error, last_error_at: '2026-11-21T08:00:00.000Z', consecutive_failures: 3, origin: 'admin', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' }).execute()
    }
    const from = user(ADMIN_ID, lang)
    await t.bot.handleUpdate(command(from, '/sources'))
    const page = lastText(t.api)
    for (const line of shown) expect(page).toContain(line)
    expect(page).not.toMatch(/<i>(HTTP 404|timeout after)/)
    await t.bot.handleUpdate(command(from, '/stats'))
    const stats = String(t.api.sent().find((c) => String(c.payload.text).includes('📡'))?.payload.text)
    expect(stats).toContain(lang === 'ru' ? '<i>такой страницы нет (ошибка 404)</i>' : '<i>мұндай бет жоқ (қате 404)</i>')
    expect(stats).not.toMatch(/<i>(HTTP 404|timeout after)/)
  })

  it('lists sources with health, paged, and pauses, resumes and removes them with an audit entry each', async () => {
    t = await createTestApp()
    const [alpha, bravo] = await seedSources()
    await t.bot.handleUpdate(command(admin, '/sources'))
    const page = lastText(t.api)
    expect(page).toMatch(/Sources<\/b> \(7\)/)
    expect(page).toMatch(/1\. Alpha<\/b> ✅[\s\S]*items in 7 days: 2/)
    expect(page).toMatch(/2\. Bravo<\/b> ⚠️/)
    expect(page).toContain(`Last error (${formatItemDate('2026-11-21T08:00:00.000Z', 'en')} 13:00, 4 in a row): <i>the site's server is failing (error 503) — technical detail: HTTP 503 &lt;Service Unavailable&gt;</i>`)
    expect(page).not.toContain('Foxtrot')
    expect(lastButtons(t.api).map((b) => b.data)).toEqual([
      `src:p:${alpha}:0`, `src:d:${alpha}:0`, `src:h:${alpha}:0`, `src:p:${bravo}:0`, `src:d:${bravo}:0`, `src:h:${bravo}:0`,
      ...lastButtons(t.api).slice(6, 15).map((b) => b.data),
      'src:pg:0', 'src:pg:1',
    ])

    await t.bot.handleUpdate(callback(admin, 'src:pg:1'))
    expect(lastText(t.api, 'editMessageText')).toMatch(/6\. Foxtrot[\s\S]*7\. Golf/)

    await t.bot.handleUpdate(callback(admin, `src:p:${bravo}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('Paused: Bravo')
    expect(lastText(t.api, 'editMessageText')).toMatch(/2\. Bravo<\/b> ⏸ paused/)
    t.clock.advance(60_000)
    await t.bot.handleUpdate(callback(admin, `src:r:${bravo}:0`))
    const resumed = await t.db.selectFrom('source').select(['is_enabled', 'next_poll_at']).where('id', '=', bravo!).executeTakeFirstOrThrow()
    expect(resumed).toEqual({ is_enabled: 1, next_poll_at: '2026-11-21T09:01:00.000Z' })
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Resumed: Bravo' }))
    await t.bot.handleUpdate(callback(admin, `src:r:${bravo}:0`))
    // Pressed twice (a double tap, or another admin first): said in passing, not a dialog to close.
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Bravo is already being polled.' }))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.show_alert).toBeUndefined()

    await t.bot.handleUpdate(callback(admin, `src:d:${alpha}:0`))
    expect(lastText(t.api, 'editMessageText')).toMatch(/Remove <b>Alpha<\/b>\?[\s\S]*comes from the sources file/)
    await t.bot.handleUpdate(callback(admin, `src:D:${alpha}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('Removed: Alpha')
    expect(lastText(t.api, 'editMessageText')).toMatch(/Sources<\/b> \(6\)/)
    // A file source is kept (disabled, hidden) so that the removal holds at the next start; its articles stay with it.
    expect(await t.db.selectFrom('article').select('source_id').execute()).toEqual([{ source_id: alpha }, { source_id: alpha }, { source_id: alpha }])
    expect(await t.db.selectFrom('source').select(['is_enabled', 'removed_at']).where('id', '=', alpha!).executeTakeFirst()).toEqual({ is_enabled: 0, removed_at: t.clock.now().toISOString() })

    // One the sources file turns off is resumed as any other: the resume holds until the file changes it.
    await t.db.updateTable('source').set({ is_enabled: 0, origin: 'file', file_entry: null }).where('id', '=', bravo!).execute()
    await t.bot.handleUpdate(callback(admin, `src:r:${bravo}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual(expect.objectContaining({ text: 'Resumed: Bravo' }))

    const audit = await auditRows(t.db)
    expect(audit.map((r) => [r.action, r.admin_id])).toEqual([['pause-source', ADMIN_ID], ['resume-source', ADMIN_ID], ['remove-source', ADMIN_ID], ['resume-source', ADMIN_ID]])
    expect(audit[0]).toMatchObject({ source_id: bravo, before: { name: 'Bravo', is_enabled: 1 }, after: { is_enabled: 0 } })
    expect(audit[2]).toMatchObject({ source_id: alpha, before: { name: 'Alpha' }, after: null })
  })

  it.each([
    ['en', 'Bravo is already paused.'],
    ['ru', 'Bravo уже на паузе.'],
    ['kk', 'Bravo қазірдің өзінде кідіртілген.'],
  ])('answers ⏸ pressed on a source another admin paused first that it is already paused (%s), in passing', async (lang, answer) => {
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${ADMIN_ID + 1}` })
    const [, bravo] = await seedSources()
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/sources'))
    await t.bot.handleUpdate(callback(user(ADMIN_ID + 1, 'en'), `src:p:${bravo}:0`))
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), `src:p:${bravo}:0`))
    const answered = t.api.sent('answerCallbackQuery').at(-1)?.payload
    expect(answered?.text).toBe(answer)
    expect(answered?.show_alert).toBeUndefined()
    expect((await auditRows(t.db)).map((r) => [r.action, r.admin_id])).toEqual([['pause-source', ADMIN_ID + 1]])
  })

  it.each([
    ['en', 'Alpha is already removed.', 'This source is already removed.'],
    ['ru', 'Alpha уже удалён.', 'Этот источник уже удалён.'],
    ['kk', 'Alpha қазірдің өзінде жойылған.', 'Бұл дереккөз қазірдің өзінде жойылған.'],
  ])('answers «Remove» confirmed twice (a double tap, or another admin first) that the source is already removed (%s), in passing, logging one removal', async (lang, fileAnswer, adminAnswer) => {
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${ADMIN_ID + 1}` })
    const [alpha, bravo] = await seedSources()
    const from = user(ADMIN_ID, lang)
    for (const [id, answer] of [[alpha, fileAnswer], [bravo, adminAnswer]] as const) {
      await t.bot.handleUpdate(callback(from, `src:d:${id}:0`))
      await t.bot.handleUpdate(callback(from, `src:D:${id}:0`))
      await t.bot.handleUpdate(callback(from, `src:D:${id}:0`))
      const answered = t.api.sent('answerCallbackQuery').at(-1)?.payload
      expect(answered?.text).toBe(answer)
      expect(answered?.show_alert).toBeUndefined()
    }
    // Another admin's confirmation, pressed after the first admin's: the same.
    await t.bot.handleUpdate(callback(user(ADMIN_ID + 1, lang), `src:D:${alpha}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toEqual({ callback_query_id: expect.any(String), text: fileAnswer })
    expect((await auditRows(t.db)).map((r) => [r.action, r.admin_id])).toEqual([['remove-source', ADMIN_ID], ['remove-source', ADMIN_ID]])
  })

  it('answers the buttons of a source with a long name within Telegram\'s 200 characters', async () => {
    t = await createTestApp()
    // A feed reader's title: the sources file and /importsources take names of any length.
    const name = 'Kazinform International News Agency: the latest news of Kazakhstan and the world on politics, the economy, culture, science, sport and society'
    const { source } = await insertSource(t.db, { name, url: 'https://www.inform.kz/rss/eng.xml', type: 'rss', lang: 'en', isEnabled: false, list: null, project: null }, 'file', t.clock.now())
    for (const data of [`src:r:${source.id}:0`, `src:p:${source.id}:0`, `src:h:${source.id}:0`, `src:h:${source.id}:0`, `src:d:${source.id}:0`, `src:D:${source.id}:0`]) {
      await t.bot.handleUpdate(callback(admin, data))
    }
    const answers = t.api.sent('answerCallbackQuery').map((c) => String(c.payload.text ?? ''))
    expect(answers).toEqual([
      expect.stringMatching(/^Resumed: Kazinform International News Agency.*…$/), expect.stringMatching(/^Paused: Kazinform/),
      expect.stringMatching(/^Loading the history of Kazinform/), expect.stringMatching(/^The history of Kazinform.* is already loading/), '', expect.stringMatching(/^Removed: Kazinform/),
    ])
    expect(answers.every((text) => text.length <= 200)).toBe(true)
    expect(lastText(t.api, 'editMessageText')).toMatch(/No sources yet/)
  })

  it('says "not polled yet" for a source never polled, not ✅', async () => {
    t = await createTestApp()
    await insertSource(t.db, { name: 'Fresh', url: 'https://fresh.example/rss', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await t.bot.handleUpdate(command(admin, '/sources'))
    expect(lastText(t.api)).toMatch(/1\. Fresh<\/b> ⏳ not polled yet/)
  })
})
