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
// Dates without a year and times alone, as listings print this year's and today's; and headlines a loose date selector caught.
const yearless = `<html lang="ru"><body><ul class="news">
  <li><a href="/news/13">Министр встретилась с делегацией Японии</a><span class="date">12 апреля, 10:00</span></li>
  <li><a href="/news/14">Гастроли оркестра в Сеуле</a><span class="date">5 декабря</span></li>
  <li><a href="/news/15">Фестиваль казахского кино</a><span class="date">12:30</span></li>
  <li><a href="/news/16">Концерт в Анкаре</a><span class="date">13:45 · Культура</span></li>
  <li><a href="/news/17">Форум в Ташкенте</a><span class="date">18:40</span></li>
  <li><a href="/news/18">Выставка</a><span class="date">Выставка 12 апреля в Астане</span></li>
  <li><a href="/news/19">Форум</a><span class="date">Форум 12 апреля, 10:00</span></li>
</ul></body></html>`
// A time before the date, as Kazinform and poltava365 print it (time, day.month, views), and a weekday before a day and month; and headlines with a weekday a loose date selector caught.
const timeFirst = `<html lang="ru"><body><ul class="news">
  <li><a href="/news/20">Министр провела встречу с послом Кореи</a><span class="date">12:10, 12 Апрель 2024</span></li>
  <li><a href="/news/21">Дни культуры Узбекистана в Астане</a><span class="date">09:35, 12 Апрель 2024</span></li>
  <li><a href="/news/22">Гастроли оркестра в Анкаре</a><span class="date">10:40, 11 апреля</span></li>
  <li><a href="/news/23">Фестиваль кино в Бишкеке</a><span class="date">09:45 10.04 1092</span></li>
  <li><a href="/news/24">Выставка ковров в Баку</a><span class="date">Четверг, 11 апреля, 18:30</span></li>
  <li><a href="/news/25">Итоги</a><span class="date">Что случилось этой ночью: пятница, 12 апреля</span></li>
  <li><a href="/news/26">Выставка</a><span class="date">Выставка в пятницу, 12 апреля</span></li>
</ul></body></html>`
const paragraph = 'Министр культуры и информации провела встречу с послом Франции, стороны обсудили обмен выставками и гастроли театров. '.repeat(3)
// An article page with no meta or JSON-LD date: the date it prints, relative; and one whose only date-like words are in its prose.
const articlePage = `<html lang="ru"><head><title>Встреча с послом</title></head><body><article>
  <h1>Встреча с послом Франции</h1><span class="news-date">Сегодня, 11:20</span><p>${paragraph}</p>
</article></body></html>`
const yearlessArticlePage = `<html lang="ru"><head><title>Делегация Японии</title></head><body><article>
  <h1>Министр встретилась с делегацией Японии</h1><span class="news-date">11 апреля, 18:30</span><p>${paragraph}</p>
</article></body></html>`
const datelinePage = `<html lang="ru"><head><title>Делегация Японии</title></head><body><article>
  <h1>Министр встретилась с делегацией Японии</h1><p>Астана. 11 апреля. ${paragraph}</p>
</article></body></html>`
const timeFirstArticlePage = `<html lang="ru"><head><title>Встреча с послом</title></head><body><article>
  <h1>Министр провела встречу с послом Кореи</h1><div class="article-date">12:10, 12 Апрель 2024</div><p>${paragraph}</p>
</article></body></html>`
const prosePage = `<html lang="ru"><head><title>Музей</title></head><body><article>
  <h1>Музей открылся после реставрации</h1><p>Музей закрыли на реставрацию 3 года назад. ${paragraph}</p>
</article></body></html>`
const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><link>https://example.kz/</link>
  <item><title>Museum week</title><link>https://example.kz/en/1</link><pubDate>3 hours ago</pubDate></item>
  <item><title>Theatre tour</title><link>https://example.kz/en/2</link><pubDate>yesterday 18:40</pubDate></item>
  <item><title>Film days</title><link>https://example.kz/en/3</link><pubDate>April 11, 10:00</pubDate></item>
</channel></rss>`

async function fetched(path: string) {
  const page = await fetcher.fetch({ url: server.url(path) })
  if (!page.ok) throw new Error(page.reason)
  return page
}

/** Each entry's date on the list page at `path`, as ISO text or null. */
async function listDates(path: string): Promise<(string | null)[]> {
  const result = await readListPage({ page: await fetched(path), selectors: { item: '.news li', link: 'a', date: '.date' } })
  if (!result.ok) throw new Error(result.reason)
  return result.entries.map((e) => e.publishedAt?.toISOString() ?? null)
}

/** The date of the article page at `path`, as ISO text or null. */
async function articleDate(path: string): Promise<string | null> {
  const article = readArticlePage(await fetched(path))
  if ('ok' in article) throw new Error(article.reason)
  return article.publishedAt?.toISOString() ?? null
}

beforeAll(async () => {
  await server.start()
  fetcher = createFetcher({ minHostGapMs: 0, now: () => FETCHED_AT })
  server.text('/news', listPage, 200, html).text('/unread', unreadCounts, 200, html).text('/rubrics', rubrics, 200, html)
    .text('/yearless', yearless, 200, html).text('/yearless-article', yearlessArticlePage, 200, html).text('/dateline', datelinePage, 200, html)
    .text('/time-first', timeFirst, 200, html).text('/time-first-article', timeFirstArticlePage, 200, html)
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
    expect(await listDates('/news')).toEqual([
      '2024-04-12T06:20:00.000Z', '2024-04-11T04:15:00.000Z', '2024-04-09T09:00:00.000Z', '2024-04-12T07:00:00.000Z',
    ])
  })

  it('reads no date from a count it cannot take whole (1234 days, 1,5 часа), and reads one after other numbers', async () => {
    expect(await listDates('/unread')).toEqual([null, null, null, '2024-04-12T07:00:00.000Z'])
  })

  it('reads no date from a rubric or headline caught as a date, and a date after a rubric', async () => {
    expect(await listDates('/rubrics')).toEqual([null, null, null, '2024-04-12T05:05:00.000Z'])
  })

  it('reads an article page\'s printed «Сегодня, 11:20» against the time it was fetched, and no date from «3 года назад» in its prose', async () => {
    expect(await articleDate('/article')).toBe('2024-04-12T06:20:00.000Z')
    expect(await articleDate('/prose')).toBeNull()
  })

  it('reads a feed\'s "3 hours ago", "yesterday 18:40" and "April 11, 10:00" against the time it was fetched', async () => {
    const result = await readFeed(await fetched('/rss'))
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed.items.map((i) => i.publishedAt?.toISOString())).toEqual(['2024-04-12T06:00:00.000Z', '2024-04-11T13:40:00.000Z', '2024-04-11T05:00:00.000Z'])
  })

  it('reads a list page\'s «12 апреля, 10:00» and «5 декабря» as the latest such dates and a time alone as today\'s (yesterday\'s when today\'s is still to come); no date from a headline with a day and month', async () => {
    expect(await listDates('/yearless')).toEqual([
      // Almaty was UTC+6 until March 2024.
      '2024-04-12T05:00:00.000Z', '2023-12-04T18:00:00.000Z', '2024-04-12T07:30:00.000Z', '2024-04-12T08:45:00.000Z', '2024-04-11T13:40:00.000Z', null, null,
    ])
  })

  it('reads an article page\'s printed «11 апреля, 18:30» against the time it was fetched, and no date from the dateline of its prose', async () => {
    expect(await articleDate('/yearless-article')).toBe('2024-04-11T13:30:00.000Z')
    expect(await articleDate('/dateline')).toBeNull()
  })

  it('reads the time a list page prints before a date and a weekday before a day and month, so the items of one day keep their order; no date from a headline with a weekday', async () => {
    expect(await listDates('/time-first')).toEqual([
      '2024-04-12T07:10:00.000Z', '2024-04-12T04:35:00.000Z', '2024-04-11T05:40:00.000Z', '2024-04-10T04:45:00.000Z', '2024-04-11T13:30:00.000Z', null, null,
    ])
  })

  it('reads the time an article page prints before its date («12:10, 12 Апрель 2024»)', async () => {
    expect(await articleDate('/time-first-article')).toBe('2024-04-12T07:10:00.000Z')
  })
})
