import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { readFeed } from '../../src/ingest/pipeline-tasks.js'
import { FixtureServer } from '../helpers/fixture-server.js'

const server = new FixtureServer()
let fetcher: Fetcher

/** A JSON Feed served as `contentType`, written from the object given. */
function serveJson(path: string, body: unknown, contentType: string): void {
  server.text(path, typeof body === 'string' ? body : JSON.stringify(body), 200, { 'content-type': contentType })
}

async function read(path: string) {
  const page = await fetcher.fetch({ url: server.url(path) })
  if (!page.ok) throw new Error(page.reason)
  return readFeed(page)
}

beforeAll(async () => {
  await server.start()
  fetcher = createFetcher({ minHostGapMs: 0 })
  server.file('/feeds/news.json', 'feeds/ministry-news.json', { contentType: 'application/feed+json' })
  serveJson('/v1.json', {
    version: 'https://jsonfeed.org/version/1',
    title: 'Kazinform (en)',
    home_page_url: 'https://kazinform.test/en/',
    items: [
      { id: 7, url: 'culture/abai-days', title: 'Days of Abai open in Paris', summary: 'A week of concerts.', date_published: '2024-05-02T08:15:00Z' },
      { id: 'no-link', title: 'A note without an address', content_text: 'Text only.' },
      { id: 'https://kazinform.test/en/culture/opera', title: 'Opera tour', content_text: 'Opera.' },
    ],
  }, 'application/json; charset=utf-8')
  serveJson('/sniffed', { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', url: 'https://x.test/1', title: 'One' }] }, 'text/plain')
  serveJson('/bare-version', { version: '1.1', title: 'T', home_page_url: 'https://x.test/', items: [{ id: '2', url: 'https://x.test/2', title: 'Two' }] }, 'application/json')
  serveJson('/bare-version-no-items', { version: '1.1', title: 'T', home_page_url: 'https://x.test/' }, 'application/json')
  serveJson('/bare-version-other-json', { version: '1.0', title: 'T', items: [{ id: '3', title: 'Three' }] }, 'application/json')
  serveJson('/broken.json', '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1",', 'application/feed+json')
  // WordPress's JSON Feed plugin writes titles as WordPress renders them, with character references.
  serveJson('/wordpress.json', {
    version: 'https://jsonfeed.org/version/1.1', title: 'Минкульт &#8211; Новости', home_page_url: 'https://wp.test/',
    items: [{ id: '9', url: 'https://wp.test/9', title: 'Театр &#171;Астана Опера&#187; &#8211; гастроли в Риме &amp; Милане', content_html: '<p>Текст.</p>' }, { id: '10', url: 'https://wp.test/10', title: 'AT&T &copy R&D' }],
  }, 'application/feed+json')
  serveJson('/api.json', { status: 'ok', items: [{ id: 1 }] }, 'application/json')
  serveJson('/odd.json', { version: 'https://jsonfeed.org/version/1.1', title: 5, items: [null, 'x', { id: {}, url: 42, title: ['a'], date_published: 'soon', language: 5 }, { url: 'https://x.test/ok', title: 'Fine' }] }, 'application/feed+json')
  serveJson('/no-items.json', { version: 'https://jsonfeed.org/version/1.1', title: 'Empty' }, 'application/feed+json')
})
afterAll(async () => {
  fetcher.close()
  await server.stop()
})

describe('JSON Feed', () => {
  it('reads a JSON Feed 1.1 as a feed: ids, links against feed_url, external_url, HTML or plain text, dates, languages', async () => {
    const result = await read('/feeds/news.json')
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed).toMatchObject({ title: 'Министерство культуры и информации — новости (JSON)', link: `${server.base}/`, language: 'ru', warning: null })
    expect(result.feed.items).toEqual([
      {
        title: 'Казахстан и Франция договорились о сотрудничестве музеев',
        link: `${server.base}/news/kz-fr-museums`,
        guid: 'mki-json-1',
        publishedAt: new Date('2024-04-11T05:30:00Z'),
        text: 'Министр культуры и информации провела встречу с директором Лувра…',
        language: null,
      },
      {
        title: 'Астанада симфониялық оркестрдің концерті өтті',
        link: `${server.base}/news/concert`,
        guid: 'mki-json-2',
        publishedAt: new Date('2024-04-10T13:00:00Z'),
        text: 'Елордада концерт болды.',
        language: 'kk',
      },
    ])
  })

  it('reads version 1 sent as application/json: links against home_page_url, a numeric id, the summary as text, an id that is a link', async () => {
    const result = await read('/v1.json')
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed.items.map((i) => [i.guid, i.link, i.text])).toEqual([
      ['7', 'https://kazinform.test/en/culture/abai-days', 'A week of concerts.'],
      ['no-link', null, 'Text only.'],
      ['https://kazinform.test/en/culture/opera', 'https://kazinform.test/en/culture/opera', 'Opera.'],
    ])
    expect(result.feed.items[0]?.publishedAt?.toISOString()).toBe('2024-05-02T08:15:00.000Z')
  })

  it('knows a JSON Feed by its jsonfeed.org version whatever the Content-Type says', async () => {
    const result = await read('/sniffed')
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual(['https://x.test/1'])
  })

  it('takes a bare "1.1" version as JSON Feed only beside items and a home_page_url or feed_url', async () => {
    const result = await read('/bare-version')
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual(['https://x.test/2'])
    expect(await read('/bare-version-no-items')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not a feed/) })
    expect(await read('/bare-version-other-json')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not a feed/) })
  })

  it('reads the character references WordPress writes in titles as characters, and an ampersand that opens none as written', async () => {
    const result = await read('/wordpress.json')
    expect(result.ok && result.feed.title).toBe('Минкульт – Новости')
    expect(result.ok && result.feed.items.map((i) => i.title)).toEqual(['Театр «Астана Опера» – гастроли в Риме & Милане', 'AT&T &copy R&D'])
  })

  it('refuses malformed JSON and JSON that is no feed with reasons, and reads what it can of odd values', async () => {
    expect(await read('/broken.json')).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed JSON feed: /) })
    expect(await read('/api.json')).toEqual({ ok: false, reason: 'not a feed: JSON without a jsonfeed.org version' })
    const odd = await read('/odd.json')
    expect(odd.ok && odd.feed.items).toEqual([
      { title: '', link: null, guid: null, publishedAt: null, text: '', language: null },
      { title: 'Fine', link: 'https://x.test/ok', guid: null, publishedAt: null, text: '', language: null },
    ])
    expect(await read('/no-items.json')).toMatchObject({ ok: true, feed: { title: 'Empty', items: [] } })
  })
})
