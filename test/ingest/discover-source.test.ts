import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemResolver } from '../../src/dns.js'
import { discoverSource } from '../../src/ingest/discover-source.js'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { fixture, FixtureServer } from '../helpers/fixture-server.js'

const server = new FixtureServer()
let fetcher: Fetcher

beforeAll(async () => {
  await server.start()
  fetcher = createFetcher({ minHostGapMs: 0 })
  server
    .file('/feeds/news.json', 'feeds/ministry-news.json', { contentType: 'application/feed+json' })
    .file('/feeds/mixed.json', 'feeds/mixed-languages.json', { contentType: 'application/feed+json' })
    .text('/feeds/blank-language.json', JSON.stringify({ ...JSON.parse(fixture('feeds/mixed-languages.json', { BASE: server.url('') })), language: ' ' }), 200, { 'content-type': 'application/feed+json' })
    .text('/ru/', '<html lang="ru"><head><title>Министерство</title><link rel="alternate" type="application/feed+json" title="Новости" href="/feeds/news.json"></head><body><p>Главная</p></body></html>', 200, { 'content-type': 'text/html; charset=utf-8' })
})
afterAll(async () => {
  fetcher.close()
  await server.stop()
})

describe('discoverSource and JSON Feed', () => {
  const jsonFeedSource = () => ({ url: server.url('/feeds/news.json'), type: 'rss', name: 'Министерство культуры и информации — новости (JSON)', lang: 'ru', list: null, project: null })
  const preview = () => [
    { title: 'Казахстан и Франция договорились о сотрудничестве музеев', url: server.url('/news/kz-fr-museums'), publishedAt: '2024-04-11T05:30:00.000Z' },
    { title: 'Астанада симфониялық оркестрдің концерті өтті', url: server.url('/news/concert'), publishedAt: '2024-04-10T13:00:00.000Z' },
  ]

  it('takes an address that answers a JSON Feed as a feed, in the language the feed declares', async () => {
    expect(await discoverSource(server.url('/feeds/news.json'), { fetcher, allowPrivate: true, resolver: systemResolver })).toEqual({ ok: true, via: 'feed', source: jsonFeedSource(), preview: preview() })
  })

  it('takes the language most of its items declare for a JSON Feed that declares none itself (titles alone would say Russian)', async () => {
    expect(await discoverSource(server.url('/feeds/mixed.json'), { fetcher, allowPrivate: true, resolver: systemResolver })).toMatchObject({ ok: true, via: 'feed', source: { name: 'Астана — Париж', lang: 'kk' } })
  })

  it('takes a blank feed-level language as none declared, so the items\' languages decide', async () => {
    expect(await discoverSource(server.url('/feeds/blank-language.json'), { fetcher, allowPrivate: true, resolver: systemResolver })).toMatchObject({ ok: true, via: 'feed', source: { lang: 'kk' } })
  })

  it('finds the JSON Feed a page links with <link rel="alternate" type="application/feed+json">', async () => {
    expect(await discoverSource(server.url('/ru/'), { fetcher, allowPrivate: true, resolver: systemResolver })).toEqual({ ok: true, via: 'alternate', source: jsonFeedSource(), preview: preview() })
  })
})

describe('a fetch discoverSource could not make', () => {
  it('says the site did not answer in time, the fetcher\'s words kept as the detail', async () => {
    server.neverEnding('/feeds/slow.xml')
    const impatient = createFetcher({ minHostGapMs: 0, totalTimeoutMs: 200 })
    try {
      expect(await discoverSource(server.url('/feeds/slow.xml'), { fetcher: impatient, allowPrivate: true, resolver: systemResolver })).toEqual({ ok: false, reason: 'fetch', problem: 'timeout', status: null, detail: expect.stringMatching(/^timeout after/) })
    } finally {
      impatient.close()
    }
  })
})

describe('the name discoverSource proposes', () => {
  const feedTitled = (title: string): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [] })

  it.each([
    ['keeps a title of 60 code points whole, though its astral letters take 120 UTF-16 units', '𝔸'.repeat(60), '𝔸'.repeat(60)],
    ['cuts a longer one to 60 code points, … included, without halving an astral letter', '𝔸'.repeat(61), `${'𝔸'.repeat(59)}…`],
    ['cuts before an emoji its modifier belongs to rather than between them', `${'a'.repeat(58)}👍🏽 and more`, `${'a'.repeat(58)}…`],
    ['cuts before a letter and its combining accent rather than between them', `${'a'.repeat(58)}е́ and more`, `${'a'.repeat(58)}…`],
  ])('%s', async (_, title, name) => {
    const path = `/feeds/${encodeURIComponent(title)}.json`
    server.text(path, feedTitled(title), 200, { 'content-type': 'application/feed+json' })
    expect(await discoverSource(server.url(path), { fetcher, allowPrivate: true, resolver: systemResolver })).toMatchObject({ ok: true, source: { name } })
  })
})
