import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFetcher, type Fetcher } from '../../src/ingest/fetch.js'
import { readArticlePage, readFeed, readListPage } from '../../src/ingest/pipeline-tasks.js'
import { FixtureServer } from '../helpers/fixture-server.js'

// The fetcher's clock: 14:00 in Almaty on 12 April 2024.
const FETCHED_AT = new Date('2024-04-12T09:00:00Z')
const server = new FixtureServer()
let fetcher: Fetcher

const html = { 'content-type': 'text/html; charset=utf-8' }
const listPage = `<html lang="ru"><body><ul class="news">
  <li><a href="/news/1">Министр культуры встретилась с послом Франции</a><span class="date">Сегодня, 11:20</span></li>
  <li><a href="/news/2">Дни кино Казахстана в Ташкенте</a><span class="date">вчера в 09:15</span></li>
  <li><a href="/news/3">Гастроли театра в Минске</a><span class="date">3 дня назад</span></li>
  <li><a href="/news/4">Астанада көрме ашылды</a><span class="date">2 сағат бұрын</span></li>
</ul></body></html>`
// Numbers the reader does not take (past 999, a fraction) give no date, not a count of one or of the fraction's last digit.
const unreadCounts = `<html lang="ru"><body><ul class="news">
  <li><a href="/news/5">Архив</a><span class="date">1234 days ago</span></li>
  <li><a href="/news/6">Гастроли</a><span class="date">1,5 часа назад</span></li>
  <li><a href="/news/7">Выставка</a><span class="date">1.5 hours ago</span></li>
  <li><a href="/news/8">Форум</a><span class="date">Просмотров: 1234, 2 часа назад</span></li>
</ul></body></html>`
// A loose date selector that caught a rubric or a headline: no date, not today at midnight.
const rubrics = `<html lang="ru"><body><ul class="news">
  <li><a href="/news/9">Forum opens</a><span class="date">Kazakhstan Today</span></li>
  <li><a href="/news/10">Выставка</a><span class="date">Новости сегодня</span></li>
  <li><a href="/news/11">Театр</a><span class="date">Сегодня в Астане</span></li>
  <li><a href="/news/12">Кино</a><span class="date">Культура | сегодня, 10:05</span></li>
</ul></body></html>`
const paragraph = 'Министр культуры и информации провела встречу с послом Франции, стороны обсудили обмен выставками и гастроли театров. '.repeat(3)
// An article page with no meta or JSON-LD date: the date it prints, relative; and one whose only date-like words are in its prose.
const articlePage = `<html lang="ru"><head><title>Встреча с послом</title></head><body><article>
  <h1>Встреча с послом Франции</h1><span class="news-date">Сегодня, 11:20</span><p>${paragraph}</p>
</article></body></html>`
const prosePage = `<html lang="ru"><head><title>Музей</title></head><body><article>
  <h1>Музей открылся после реставрации</h1><p>Музей закрыли на реставрацию 3 года назад. ${paragraph}</p>
</article></body></html>`
const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><link>https://example.kz/</link>
  <item><title>Museum week</title><link>https://example.kz/en/1</link><pubDate>3 hours ago</pubDate></item>
  <item><title>Theatre tour</title><link>https://example.kz/en/2</link><pubDate>yesterday 18:40</pubDate></item>
</channel></rss>`

async function fetched(path: string) {
  const page = await fetcher.fetch({ url: server.url(path) })
  if (!page.ok) throw new Error(page.reason)
  return page
}

beforeAll(async () => {
  await server.start()
  fetcher = createFetcher({ minHostGapMs: 0, now: () => FETCHED_AT })
  server.text('/news', listPage, 200, html).text('/unread', unreadCounts, 200, html).text('/rubrics', rubrics, 200, html)
    .text('/article', articlePage, 200, html).text('/prose', prosePage, 200, html).text('/rss', feed, 200, { 'content-type': 'application/rss+xml' })
})
afterAll(async () => {
  fetcher.close()
  await server.stop()
})

describe('relative dates', () => {
  it('stamps each answer with the time it came, by the fetcher\'s clock', async () => {
    expect(await fetched('/news')).toMatchObject({ ok: true, fetchedAt: FETCHED_AT })
  })

  it('reads a list page\'s «сегодня, 11:20», «вчера в 09:15», «3 дня назад» and «2 сағат бұрын» against the time it was fetched', async () => {
    const result = await readListPage({ page: await fetched('/news'), selectors: { item: '.news li', link: 'a', date: '.date' } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.entries.map((e) => e.publishedAt?.toISOString())).toEqual([
      '2024-04-12T06:20:00.000Z', '2024-04-11T04:15:00.000Z', '2024-04-09T09:00:00.000Z', '2024-04-12T07:00:00.000Z',
    ])
  })

  it('reads no date from a count it cannot take whole (1234 days, 1,5 часа), and reads one after other numbers', async () => {
    const result = await readListPage({ page: await fetched('/unread'), selectors: { item: '.news li', link: 'a', date: '.date' } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.entries.map((e) => e.publishedAt?.toISOString() ?? null)).toEqual([null, null, null, '2024-04-12T07:00:00.000Z'])
  })

  it('reads no date from a rubric or headline caught as a date, and a date after a rubric', async () => {
    const result = await readListPage({ page: await fetched('/rubrics'), selectors: { item: '.news li', link: 'a', date: '.date' } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.entries.map((e) => e.publishedAt?.toISOString() ?? null)).toEqual([null, null, null, '2024-04-12T05:05:00.000Z'])
  })

  it('reads an article page\'s printed «Сегодня, 11:20» against the time it was fetched, and no date from «3 года назад» in its prose', async () => {
    const article = readArticlePage(await fetched('/article'))
    if ('ok' in article) throw new Error(article.reason)
    expect(article.publishedAt?.toISOString()).toBe('2024-04-12T06:20:00.000Z')
    const prose = readArticlePage(await fetched('/prose'))
    if ('ok' in prose) throw new Error(prose.reason)
    expect(prose.publishedAt).toBeNull()
  })

  it('reads a feed\'s "3 hours ago" and "yesterday 18:40" against the time it was fetched', async () => {
    const result = await readFeed(await fetched('/rss'))
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed.items.map((i) => i.publishedAt?.toISOString())).toEqual(['2024-04-12T06:00:00.000Z', '2024-04-11T13:40:00.000Z'])
  })
})
