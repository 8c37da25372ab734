import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/ingest/article.js'
import { parseDate } from '../../src/ingest/dates.js'
import { scorePages } from '../../src/ingest/extraction-score.js'
import { parseFeed } from '../../src/ingest/feed.js'
import { htmlToText, tidyLine, tidyText } from '../../src/ingest/html-text.js'
import { parseListPage } from '../../src/ingest/list-page.js'
import { readSitemap } from '../../src/ingest/pipeline-tasks.js'
import { parseSitemap } from '../../src/ingest/sitemap.js'
import { describeSourceListProblem, parseSourcesFile } from '../../src/ingest/sources-file.js'
import { normalizeUrl, withDefaultScheme } from '../../src/url.js'
import { fixture } from '../helpers/fixture-server.js'
import { createRandom, pick } from '../helpers/random.js'

const BASE = 'https://www.gov.test'
const vars = { BASE, MIRROR: 'https://mirror.test' }

describe('parseDate', () => {
  it.each([
    ['Thu, 11 Apr 2024 10:30:00 +0500', '2024-04-11T05:30:00.000Z'],
    ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
    ['2024-04-11T15:00:00+05:00', '2024-04-11T10:00:00.000Z'],
    ['2024-04-11T10:00:00Z', '2024-04-11T10:00:00.000Z'],
    // No offset: Asia/Almaty (UTC+5 since March 2024, UTC+6 before).
    ['2024-04-11 15:00', '2024-04-11T10:00:00.000Z'],
    ['11 апреля 2024', '2024-04-10T19:00:00.000Z'],
    ['11 апреля 2024 г., 10:30', '2024-04-11T05:30:00.000Z'],
    ['09.02.2018 13:45', '2018-02-09T07:45:00.000Z'],
    ['11 сәуір 2024', '2024-04-10T19:00:00.000Z'],
    ['2024 жылғы 11 сәуірде', '2024-04-10T19:00:00.000Z'],
    ['April 11, 2024', '2024-04-10T19:00:00.000Z'],
    ['Опубликовано: 3 декабря 2019, 14:05', '2019-12-03T08:05:00.000Z'],
    ['Tue, 03 Dec 2024 10:00:00 EET', '2024-12-03T08:00:00.000Z'],
    ['Tue, 03 Dec 2024 10:00:00 TRT', '2024-12-03T07:00:00.000Z'],
    ['29.02.2024', '2024-02-28T18:00:00.000Z'],
    // An offset written after GMT or UTC, and one out of range (no offset: Almaty).
    ['11 апреля 2024 14:30 GMT+3', '2024-04-11T11:30:00.000Z'],
    ['Thu, 11 Apr 2024 14:30:00 UTC+6', '2024-04-11T08:30:00.000Z'],
    ['Thu, 11 Apr 2024 14:30:00 GMT-4:30', '2024-04-11T19:00:00.000Z'],
    ['2024-04-11 14:30 +1234', '2024-04-11T09:30:00.000Z'],
    ['2024-04-11 14:30 -1300', '2024-04-11T09:30:00.000Z'],
    ['11 апреля 2024 14:30 GMT+14:30', '2024-04-11T09:30:00.000Z'],
    ['2024-04-11 14:30:00 -12:00', '2024-04-12T02:30:00.000Z'],
    // A time directly before the date, as Kazinform, unian, poltava365 and Xinhua print it; a time after it wins.
    ['09:40, 14 Октябрь 2025', '2025-10-14T04:40:00.000Z'],
    ['18:05, 14.03.2019', '2019-03-14T12:05:00.000Z'],
    ['20:15 - 09.12.2025', '2025-12-09T15:15:00.000Z'],
    ['07:30 / 28.01.2019', '2019-01-28T01:30:00.000Z'],
    ['10:05, April 17, 2025', '2025-04-17T05:05:00.000Z'],
    ['08:10 | 3 Nov 2025', '2025-11-03T03:10:00.000Z'],
    ['11:20 · 2025 жылғы 14 қазан', '2025-10-14T06:20:00.000Z'],
    ['10:30 2024-04-12', '2024-04-12T05:30:00.000Z'],
    ['14:05, 2024-04-12', '2024-04-12T09:05:00.000Z'],
    ['09:00 | 11 апреля 2024, 14:30', '2024-04-11T09:30:00.000Z'],
    // Not the end of a range, nor a time set off from the date by words: the date at midnight.
    ['10:00–18:00, 12 апреля 2024', '2024-04-11T19:00:00.000Z'],
    ['Обновлено 18:20. Опубликовано 23 Ноябрь 2025', '2025-11-22T19:00:00.000Z'],
    // Nor an event's time after a preposition.
    ['до 18:00 12 апреля 2024', '2024-04-11T19:00:00.000Z'],
    ['Приём заявок с 10:00 по 18:00 12.04.2024', '2024-04-11T19:00:00.000Z'],
    ['Open from 10:00 April 12, 2024', '2024-04-11T19:00:00.000Z'],
    ['Registration closes by 17:30 12 Apr 2024', '2024-04-11T19:00:00.000Z'],
    ['Открыто до 18:00 2024-04-12', '2024-04-11T19:00:00.000Z'],
    // A weekday before the date.
    ['Пятница, 12 апреля 2024', '2024-04-11T19:00:00.000Z'],
    ['Жексенбі, 14 қыркүйек, 2025 жыл', '2025-09-13T19:00:00.000Z'],
    ['Friday, April 12, 2024', '2024-04-11T19:00:00.000Z'],
    ['Friday, 21st February, 2025', '2025-02-20T19:00:00.000Z'],
    // A weekday between a full date and its time: the time is the date's.
    ['12 апреля 2024, пятница, 10:00', '2024-04-12T05:00:00.000Z'],
    ['April 12, 2024, Friday, 10:00', '2024-04-12T05:00:00.000Z'],
    ['12 April 2024, Fri., 10:00', '2024-04-12T05:00:00.000Z'],
    ['12 сәуір 2024, жұма, 10:00', '2024-04-12T05:00:00.000Z'],
    ['12 сәуір 2024 жыл, жұма, сағат 10:00', '2024-04-12T05:00:00.000Z'],
    // A weekday that disagrees with a full date is the site's slip: the date wins (12 April 2024 was a Friday).
    ['Вс, 12 апреля 2024', '2024-04-11T19:00:00.000Z'],
    ['Sun, 12 Apr 2024 10:00:00 +0500', '2024-04-12T05:00:00.000Z'],
    // A 12-hour time after a full date: 2:30 PM is 14:30, 12:15 AM is 00:15.
    ['December 5, 2026 2:30 PM', '2026-12-05T09:30:00.000Z'],
    ['5 December 2026, 2:30 p.m.', '2026-12-05T09:30:00.000Z'],
    ['Sat, 05 Dec 2026 02:30 PM', '2026-12-05T09:30:00.000Z'],
    ['Sat, 05 Dec 2026 02:30:00 PM +0300', '2026-12-05T11:30:00.000Z'],
    ['December 5, 2026 12:15 AM', '2026-12-04T19:15:00.000Z'],
    ['December 5, 2026 12:15 PM', '2026-12-05T07:15:00.000Z'],
    // An offset or a 12-hour clock after a date in figures, and a time after «г.».
    ['05.12.2026 14:30 +0300', '2026-12-05T11:30:00.000Z'],
    ['05.12.2026 14:30 MSK', '2026-12-05T11:30:00.000Z'],
    ['05.12.2026, 14:30 GMT+3', '2026-12-05T11:30:00.000Z'],
    ['05.12.2026 2:30 PM', '2026-12-05T09:30:00.000Z'],
    ['05.12.2026 г. 14:30', '2026-12-05T09:30:00.000Z'],
    ['05.12.2026г., 14:30', '2026-12-05T09:30:00.000Z'],
    ['05.12.2026 ж. 14:30', '2026-12-05T09:30:00.000Z'],
    ['2026-12-05 14:30 MSK', '2026-12-05T11:30:00.000Z'],
    ['2026-12-05 14:30 GMT+3', '2026-12-05T11:30:00.000Z'],
    ['2026-12-05 2:30 PM', '2026-12-05T09:30:00.000Z'],
    ['2026-12-05T14:30:00.123+03:00', '2026-12-05T11:30:00.000Z'],
    // An offset in hours alone, which ISO 8601 allows and some feeds put after RFC 822 dates too.
    ['2025-01-07T10:00:00+06', '2025-01-07T04:00:00.000Z'],
    ['Tue, 07 Jan 2025 10:00:00 +06', '2025-01-07T04:00:00.000Z'],
    ['Tue, 07 Jan 2025 10:00:00 -03', '2025-01-07T13:00:00.000Z'],
    ['07.01.2025 10:00 +06', '2025-01-07T04:00:00.000Z'],
    ['07.01.2025 10:00 +0600', '2025-01-07T04:00:00.000Z'],
    ['7 января 2025, 10:00 +06', '2025-01-07T04:00:00.000Z'],
    // A range of times after a date is no offset: the date at the range's start, in Almaty's time.
    ['07.01.2025 10:00-12', '2025-01-07T05:00:00.000Z'],
    ['07.01.2025 10:00-12:00', '2025-01-07T05:00:00.000Z'],
    ['07.01.2025 10:00–12:00', '2025-01-07T05:00:00.000Z'],
    ['7 января 2025 10:00-12:00', '2025-01-07T05:00:00.000Z'],
    ['Tue, 07 Jan 2025 10:00-12:00', '2025-01-07T05:00:00.000Z'],
    ['2025-01-07 10:00-12:00', '2025-01-07T05:00:00.000Z'],
    ['2025-01-07 10:00-12', '2025-01-07T05:00:00.000Z'],
    // So is one whose minus is set off from the time by a space and glued to the range's end.
    ['07.01.2025 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    ['07.01.2025 10:00 -12', '2025-01-07T05:00:00.000Z'],
    ['7 января 2025, 10:00 -03:00', '2025-01-07T05:00:00.000Z'],
    ['January 7, 2025 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    ['Tue, 07 Jan 2025 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    ['2025-01-07 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    ['07-01-2025 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    ['2025/01/07 10:00 -12:00', '2025-01-07T05:00:00.000Z'],
    // A minus set off by a space stays an offset in four figures, as RFC 822 writes it, and after seconds.
    ['07.01.2025 10:00 -0300', '2025-01-07T13:00:00.000Z'],
    ['Tue, 07 Jan 2025 10:00 -0300', '2025-01-07T13:00:00.000Z'],
    ['2025-01-07 10:00 -0300', '2025-01-07T13:00:00.000Z'],
    ['07.01.2025 10:00:00 -03:00', '2025-01-07T13:00:00.000Z'],
    ['2025-01-07 10:00:00 -03:00', '2025-01-07T13:00:00.000Z'],
    ['07.01.2025 10:00 GMT-3', '2025-01-07T13:00:00.000Z'],
    ['07.01.2025 10:00 UTC+6', '2025-01-07T04:00:00.000Z'],
    ['07.01.2025 10:00 +06:00', '2025-01-07T04:00:00.000Z'],
    // ISO's own offsets after a minus: after T, after seconds, or set off by a space.
    ['2025-01-07T10:00-03:00', '2025-01-07T13:00:00.000Z'],
    ['2025-01-07 10:00:00-03:00', '2025-01-07T13:00:00.000Z'],
    ['2025-01-07 10:00:00.5-03', '2025-01-07T13:00:00.000Z'],
    // The same after seconds behind any date form, as before ranges were told apart.
    ['Tue, 07 Jan 2025 10:00:00-0300', '2025-01-07T13:00:00.000Z'],
    ['07.01.2025 10:00:00-03:00', '2025-01-07T13:00:00.000Z'],
    ['07-01-2025 10:00:00-03:00', '2025-01-07T13:00:00.000Z'],
    ['7 января 2025 10:00:00-03:00', '2025-01-07T13:00:00.000Z'],
    ['January 7, 2025 10:00:00-03:00', '2025-01-07T13:00:00.000Z'],
    // Year first in figures, as some CMSs and East Asian partners' sites write it.
    ['2026/12/05 14:30', '2026-12-05T09:30:00.000Z'],
    ['2026.12.05 14:30 +0300', '2026-12-05T11:30:00.000Z'],
    ['10:00 2024/04/12', '2024-04-12T05:00:00.000Z'],
    ['2024/04/12', '2024-04-11T19:00:00.000Z'],
    // Day first with hyphens, as Kazakh and Russian sites print it, read as the dotted form is: Almaty's time (UTC+6 before March 2024), a time or offset beside it.
    ['12-04-2024', '2024-04-11T19:00:00.000Z'],
    ['12-04-2024 14:30', '2024-04-12T09:30:00.000Z'],
    ['13-02-2024 14:30', '2024-02-13T08:30:00.000Z'],
    ['Опубликовано: 05-12-2026, 14:30 MSK', '2026-12-05T11:30:00.000Z'],
    ['14:30 | 12-04-2024', '2024-04-12T09:30:00.000Z'],
    ['5-4-2024', '2024-04-04T19:00:00.000Z'],
    // And with the year in two figures, 69–99 being 1969–1999 and 00–68 2000–2068 as in dotted dates.
    ['12-04-24', '2024-04-11T19:00:00.000Z'],
    ['12-04-24 14:30', '2024-04-12T09:30:00.000Z'],
    ['14:30 | 12-04-24', '2024-04-12T09:30:00.000Z'],
    ['14:30 12-04-24', '2024-04-12T09:30:00.000Z'],
    // Day first even where the first figures could be a year: no source writes a two-figure year first, and nothing on a page says one does.
    ['24-04-12', '2012-04-23T18:00:00.000Z'],
    ['24.04.12', '2012-04-23T18:00:00.000Z'],
    ['Опубликовано: 24-04-12 14:30', '2012-04-24T08:30:00.000Z'],
    ['31.12.99', '1999-12-30T18:00:00.000Z'],
    ['31-12-99', '1999-12-30T18:00:00.000Z'],
    ['05.12.26', '2026-12-04T19:00:00.000Z'],
    // Months' short forms with their dot, Kazakh («жел.» as CLDR writes December, «желт.» as sites do) and Russian.
    ['5 желт. 2024', '2024-12-04T19:00:00.000Z'],
    ['5 жел. 2024', '2024-12-04T19:00:00.000Z'],
    ['12 қаң. 2025 ж.', '2025-01-11T19:00:00.000Z'],
    // Kazakh short forms without their dot, right after a day number.
    ['5 желт 2024', '2024-12-04T19:00:00.000Z'],
    ['12 қаң 2025 ж.', '2025-01-11T19:00:00.000Z'],
    ['12 Қаң 2025 ж., 10:30', '2025-01-12T05:30:00.000Z'],
    ['2024 ж. 20 қаз', '2024-10-19T19:00:00.000Z'],
    ['12 Қаң. 2025 ж., 10:30', '2025-01-12T05:30:00.000Z'],
    ['2024 ж. 20 қаз.', '2024-10-19T19:00:00.000Z'],
    ['15 мам. 2023', '2023-05-14T18:00:00.000Z'],
    ['5 дек. 2024', '2024-12-04T19:00:00.000Z'],
    ['3 сент. 2024, 14:30', '2024-09-03T09:30:00.000Z'],
    // ALMT is Almaty's time, UTC+5 since March 2024 and UTC+6 before; QYZT is Qyzylorda's, UTC+5 since December 2018.
    ['Sat, 05 Dec 2026 14:30:00 ALMT', '2026-12-05T09:30:00.000Z'],
    ['Fri, 09 Feb 2024 14:30:00 ALMT', '2024-02-09T08:30:00.000Z'],
    ['5 декабря 2026 14:30 ALMT', '2026-12-05T09:30:00.000Z'],
    ['Sat, 05 Dec 2026 14:30:00 QYZT', '2026-12-05T09:30:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso)
  })

  it.each(['', 'вчера', '32.13.2024', 'no date here', '2024-02-30', '31 ноября 2024', '29.02.2023', 'Sat, 31 Jun 2024 10:00:00 GMT', '12 Apr 14:30',
    // The Unix epoch, as a CMS prints a date never set, in any offset.
    'Thu, 01 Jan 1970 00:00:00 +0000', '1970-01-01T00:00:00Z', '1970-01-01 06:00:00', '01.01.1970', 'Thu, 01 Jan 1970 05:00:00 +0500',
    // Day first with hyphens: no month 13 (never month first), no 31 April; a year in two figures may as well open the date («24-04-12»).
    '04-13-2024', '31-04-2024', '31-04-24',
    // Nor figures touching a time: the end of a range of times.
    '9:30-11-30', '9.30-11-30', '10-30-12-30',
    // Nor a telephone number's last figures after its city code.
    'Тел.: 8 (7172) 25-04-18', '+7 7172 25-04-18', 'тел. 8 7172 25-04-18', '+7 (727) 2-04-18',
    // A Kazakh month's short form is one only right after a day number: «қаз.» also shortens «қазақ».
    'Қаз. 20, 2024'])('%j is no date', (text) => {
    expect(parseDate(text)).toBeNull()
  })
})

describe('parseDate, relative to the fetch time', () => {
  // 17:00 in Almaty (UTC+5), Friday 12 April 2024.
  const fetchedAt = new Date('2024-04-12T12:00:00Z')

  it.each([
    ['сегодня, 14:30', '2024-04-12T09:30:00.000Z'],
    ['Сегодня в 14:30', '2024-04-12T09:30:00.000Z'],
    ['вчера в 09:15', '2024-04-11T04:15:00.000Z'],
    ['Опубликовано: вчера, 18:40', '2024-04-11T13:40:00.000Z'],
    ['вчера', '2024-04-10T19:00:00.000Z'],
    ['позавчера', '2024-04-09T19:00:00.000Z'],
    ['2 часа назад', '2024-04-12T10:00:00.000Z'],
    ['5 минут назад', '2024-04-12T11:55:00.000Z'],
    ['21 минуту назад', '2024-04-12T11:39:00.000Z'],
    ['час назад', '2024-04-12T11:00:00.000Z'],
    ['полчаса назад', '2024-04-12T11:30:00.000Z'],
    ['3 дня назад', '2024-04-09T12:00:00.000Z'],
    ['2 недели назад', '2024-03-29T12:00:00.000Z'],
    // Almaty was UTC+6 until March 2024: 17:00 there then.
    ['2 месяца назад', '2024-02-12T11:00:00.000Z'],
    ['только что', '2024-04-12T12:00:00.000Z'],
    ['бүгін 14:30', '2024-04-12T09:30:00.000Z'],
    ['Бүгін, 08:05', '2024-04-12T03:05:00.000Z'],
    ['кеше', '2024-04-10T19:00:00.000Z'],
    ['кеше сағат 18:40', '2024-04-11T13:40:00.000Z'],
    ['2 сағат бұрын', '2024-04-12T10:00:00.000Z'],
    ['15 минут бұрын', '2024-04-12T11:45:00.000Z'],
    ['3 күн бұрын', '2024-04-09T12:00:00.000Z'],
    ['1 жыл бұрын', '2023-04-12T11:00:00.000Z'],
    ['today 14:30', '2024-04-12T09:30:00.000Z'],
    ['Today at 2:30 PM', '2024-04-12T09:30:00.000Z'],
    ['yesterday', '2024-04-10T19:00:00.000Z'],
    ['Yesterday, 9:15 am', '2024-04-11T04:15:00.000Z'],
    ['3 hours ago', '2024-04-12T09:00:00.000Z'],
    ['an hour ago', '2024-04-12T11:00:00.000Z'],
    ['10 mins ago', '2024-04-12T11:50:00.000Z'],
    ['1 week ago', '2024-04-05T12:00:00.000Z'],
    ['just now', '2024-04-12T12:00:00.000Z'],
    // A date written out wins over a relative word beside it.
    ['вчера, 11 апреля 2024, 10:30', '2024-04-11T05:30:00.000Z'],
    // A day word after a label (or after a rubric, when a time follows it), or with a count after it.
    ['Posted yesterday', '2024-04-10T19:00:00.000Z'],
    ['Жарияланды: кеше', '2024-04-10T19:00:00.000Z'],
    ['🕒 Сегодня', '2024-04-11T19:00:00.000Z'],
    ['Политика | Сегодня, 14:30', '2024-04-12T09:30:00.000Z'],
    ['вчера, 18:40 | 1234', '2024-04-11T13:40:00.000Z'],
    ['Сегодня, 11:20 Просмотров: 45', '2024-04-12T06:20:00.000Z'],
    ['вчера · 5 min read', '2024-04-10T19:00:00.000Z'],
    ['Опубликовано: 2 часа назад', '2024-04-12T10:00:00.000Z'],
    ['Posted by Admin 3 hours ago', '2024-04-12T09:00:00.000Z'],
    ['Published by Aigerim Sadykova, yesterday', '2024-04-10T19:00:00.000Z'],
    ['Просмотров: 45 · 3 hours ago', '2024-04-12T09:00:00.000Z'],
    // A rubric set off by a separator, after the date or before it.
    ['Вчера, 23:59 · Культура', '2024-04-11T18:59:00.000Z'],
    ['Сегодня в 14:30 | Политика', '2024-04-12T09:30:00.000Z'],
    ['Today, 10:30 — World', '2024-04-12T05:30:00.000Z'],
    ['Кеше, 10:00 · Мәдениет', '2024-04-11T05:00:00.000Z'],
    ['2 часа назад | Политика', '2024-04-12T10:00:00.000Z'],
    ['Culture · 2 hours ago', '2024-04-12T10:00:00.000Z'],
    // Russian sites' dot between hours and minutes, read as a time after a day word only.
    ['yesterday 10.30', '2024-04-11T05:30:00.000Z'],
    ['вчера 10.30', '2024-04-11T05:30:00.000Z'],
    ['сегодня в 9.05', '2024-04-12T04:05:00.000Z'],
    // An offset after the time is honoured, as in absolute dates.
    ['сегодня 14:30 +03:00', '2024-04-12T11:30:00.000Z'],
    ['today 14:30 GMT+3', '2024-04-12T11:30:00.000Z'],
    ['вчера в 09:15 MSK', '2024-04-11T06:15:00.000Z'],
    ['сегодня 14:30 ALMT', '2024-04-12T09:30:00.000Z'],
    ['Yesterday, 9:15 am UTC', '2024-04-11T09:15:00.000Z'],
    ['сегодня, 10:00 +0300', '2024-04-12T07:00:00.000Z'],
    ['Вчера | 20:10', '2024-04-11T15:10:00.000Z'],
    ['сегодня 10:00 +06', '2024-04-12T04:00:00.000Z'],
    // A range of times after a day word or a day and month is no offset.
    ['сегодня 10:00-12', '2024-04-12T05:00:00.000Z'],
    ['вчера, 10:00-12:00', '2024-04-11T05:00:00.000Z'],
    ['11 апреля, 10:00-12:00', '2024-04-11T05:00:00.000Z'],
    ['12.04, 10:00-12', '2024-04-12T05:00:00.000Z'],
    ['сегодня 10:00 -12:00', '2024-04-12T05:00:00.000Z'],
    ['11 апреля, 10:00 -12', '2024-04-11T05:00:00.000Z'],
    ['сегодня, 10:00 -0300', '2024-04-12T13:00:00.000Z'],
    // A day and month without a year, as listings print this year's: the latest such date not after the fetch.
    ['12 апреля, 10:00', '2024-04-12T05:00:00.000Z'],
    ['12 апреля в 10:00', '2024-04-12T05:00:00.000Z'],
    ['11 апреля 18.30', '2024-04-11T13:30:00.000Z'],
    ['Опубликовано: 11 апреля, 18:30', '2024-04-11T13:30:00.000Z'],
    ['27 марта | 20:10', '2024-03-27T15:10:00.000Z'],
    ['11 апреля, 10:00 · Культура', '2024-04-11T05:00:00.000Z'],
    ['Политика · 11 апреля', '2024-04-10T19:00:00.000Z'],
    ['11 апреля, 10:00 +03:00', '2024-04-11T07:00:00.000Z'],
    // Last year's: 5 December is still to come this year (Almaty was UTC+6 until March 2024).
    ['5 декабря', '2023-12-04T18:00:00.000Z'],
    ['15 января, 16:24 • Новости дня', '2024-01-15T10:24:00.000Z'],
    // A calendar a day ahead of Almaty's (Japan, Korea): tomorrow is this year's.
    ['13 апреля', '2024-04-12T19:00:00.000Z'],
    ['12 сәуір, 10:00', '2024-04-12T05:00:00.000Z'],
    ['11 сәуірде', '2024-04-10T19:00:00.000Z'],
    // Kazakh months' short forms with their dot, and Russian ones.
    ['3 ақп.', '2024-02-02T18:00:00.000Z'],
    ['28 нау.', '2024-03-27T19:00:00.000Z'],
    ['1 сәу.', '2024-03-31T19:00:00.000Z'],
    ['15 мам.', '2023-05-14T18:00:00.000Z'],
    ['9 мау.', '2023-06-08T18:00:00.000Z'],
    ['30 шіл.', '2023-07-29T18:00:00.000Z'],
    ['2 там.', '2023-08-01T18:00:00.000Z'],
    ['11 қыр.', '2023-09-10T18:00:00.000Z'],
    ['20 қаз.', '2023-10-19T18:00:00.000Z'],
    ['7 қар.', '2023-11-06T18:00:00.000Z'],
    ['5 желт.', '2023-12-04T18:00:00.000Z'],
    ['12 қаң., 10:00', '2024-01-12T04:00:00.000Z'],
    ['5 желт', '2023-12-04T18:00:00.000Z'],
    ['12 қаң, 10:00', '2024-01-12T04:00:00.000Z'],
    ['Жұма, 12 сәу.', '2024-04-11T19:00:00.000Z'],
    ['12 янв.', '2024-01-11T18:00:00.000Z'],
    ['3 сент.', '2023-09-02T18:00:00.000Z'],
    ['Аймақтар • 20 Наурыз', '2024-03-19T19:00:00.000Z'],
    ['April 11, 10:00', '2024-04-11T05:00:00.000Z'],
    ['11 April 2:30 PM', '2024-04-11T09:30:00.000Z'],
    ['12 Apr 14:30', '2024-04-12T09:30:00.000Z'],
    ['12.04, 10:00', '2024-04-12T05:00:00.000Z'],
    ['20.02, 19:03 6616', '2024-02-20T13:03:00.000Z'],
    // A time directly before a day and month: in figures too (poltava365 prints time, day.month, views).
    ['10:40, 11 апреля', '2024-04-11T05:40:00.000Z'],
    ['Опубликовано: 18:20 | 11 апреля', '2024-04-11T13:20:00.000Z'],
    ['10:05 • April 11', '2024-04-11T05:05:00.000Z'],
    ['09:45 10.04 1092', '2024-04-10T04:45:00.000Z'],
    ['16:00 10.03', '2024-03-10T11:00:00.000Z'],
    // A weekday before a day and month, after a label or a rubric or opening the field.
    ['пятница, 12 апреля', '2024-04-11T19:00:00.000Z'],
    ['Четверг, 11 апреля, 18:30', '2024-04-11T13:30:00.000Z'],
    ['Политика · Чт, 11 апреля, 18:30', '2024-04-11T13:30:00.000Z'],
    ['Жұма, 12 сәуір', '2024-04-11T19:00:00.000Z'],
    ['Бейсенбі, 11 сәуір, 09:15', '2024-04-11T04:15:00.000Z'],
    ['Friday, April 12', '2024-04-11T19:00:00.000Z'],
    ['Thu, 11 Apr 14:30', '2024-04-11T09:30:00.000Z'],
    ['Пт., 12.04, 10:00', '2024-04-12T05:00:00.000Z'],
    // A weekday names the year: the latest, within seven, in which the day falls on it (14 April was a Sunday in 2019).
    ['Вс, 14 апреля', '2019-04-13T18:00:00.000Z'],
    ['Sunday, April 14, 10:00', '2019-04-14T04:00:00.000Z'],
    ['Жексенбі, 14 сәуір', '2019-04-13T18:00:00.000Z'],
    ['Вс., 14.04, 10:00', '2019-04-14T04:00:00.000Z'],
    ['Ср, 10 апреля', '2024-04-09T19:00:00.000Z'],
    // A weekday after a day and month, full or short.
    ['12 апреля, пятница', '2024-04-11T19:00:00.000Z'],
    ['12 сәуір, жұма', '2024-04-11T19:00:00.000Z'],
    ['12 сәуір, жм', '2024-04-11T19:00:00.000Z'],
    ['12 April, Friday', '2024-04-11T19:00:00.000Z'],
    ['April 12, Fri', '2024-04-11T19:00:00.000Z'],
    ['11 апреля, чт, 18:30', '2024-04-11T13:30:00.000Z'],
    ['Опубликовано: 11 сәуір, бейсенбі · Мәдениет', '2024-04-10T19:00:00.000Z'],
    ['14 апреля, воскресенье', '2019-04-13T18:00:00.000Z'],
    // A time alone, as listings print today's: today's, or yesterday's if today's is still to come.
    ['12:30', '2024-04-12T07:30:00.000Z'],
    ['Опубликовано 12:30', '2024-04-12T07:30:00.000Z'],
    ['14:05 · Культура', '2024-04-12T09:05:00.000Z'],
    ['Просмотров: 45 · 9:15', '2024-04-12T04:15:00.000Z'],
    ['2:30 PM', '2024-04-12T09:30:00.000Z'],
    ['12:30 MSK', '2024-04-12T09:30:00.000Z'],
    ['17:03', '2024-04-12T12:03:00.000Z'],
    ['17:30', '2024-04-11T12:30:00.000Z'],
    // A dash after a time leads to a range only when another time follows: a count after it is no schedule.
    ['Опубликовано 14:05 - 3 просмотра', '2024-04-12T09:05:00.000Z'],
    ['14:05 — 12 комментариев', '2024-04-12T09:05:00.000Z'],
    ['9:15 AM - 45 views', '2024-04-12T04:15:00.000Z'],
    ['Просмотров: 45 – 9:15', '2024-04-12T04:15:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text, fetchedAt)?.toISOString()).toBe(iso)
  })

  it('reads "today" and "yesterday" on the calendar of Almaty, not of UTC', () => {
    // 01:00 on 13 April in Almaty, still 12 April in UTC.
    const afterMidnight = new Date('2024-04-12T20:00:00Z')
    expect(parseDate('сегодня, 00:30', afterMidnight)?.toISOString()).toBe('2024-04-12T19:30:00.000Z')
    expect(parseDate('вчера в 23:10', afterMidnight)?.toISOString()).toBe('2024-04-12T18:10:00.000Z')
  })

  it('reads "today" with an offset on the calendar of that offset', () => {
    // 01:00 on 13 April in Almaty, 23:00 on 12 April in Moscow.
    const afterMidnight = new Date('2024-04-12T20:00:00Z')
    expect(parseDate('сегодня, 22:50 +03:00', afterMidnight)?.toISOString()).toBe('2024-04-12T19:50:00.000Z')
    expect(parseDate('вчера, 22:50 MSK', afterMidnight)?.toISOString()).toBe('2024-04-11T19:50:00.000Z')
  })

  it('takes the year that makes a date without one the latest not after the fetch, a leap year\'s for 29 February', () => {
    expect(parseDate('29 февраля', new Date('2025-01-10T00:00:00Z'))?.toISOString()).toBe('2024-02-28T18:00:00.000Z')
    expect(parseDate('29 февраля', new Date('2024-02-27T12:00:00Z'))?.toISOString()).toBe('2020-02-28T18:00:00.000Z')
    expect(parseDate('31 декабря, 23:50', new Date('2024-01-01T05:00:00Z'))?.toISOString()).toBe('2023-12-31T17:50:00.000Z')
    // Seven hours past the fetch, within a day: next year's.
    expect(parseDate('1 января', new Date('2024-12-31T12:00:00Z'))?.toISOString()).toBe('2024-12-31T19:00:00.000Z')
  })

  it('reads a time alone on the calendar of Almaty, not of UTC', () => {
    // 00:10 on 13 April in Almaty, still 12 April in UTC.
    const afterMidnight = new Date('2024-04-12T19:10:00Z')
    expect(parseDate('00:05', afterMidnight)?.toISOString()).toBe('2024-04-12T19:05:00.000Z')
    expect(parseDate('23:50', afterMidnight)?.toISOString()).toBe('2024-04-12T18:50:00.000Z')
  })

  it.each(['вчера', '2 часа назад', 'today 14:30', '12 апреля, 10:00', '5 декабря', 'April 11', '12.04, 10:00', '12:30', '10:40, 11 апреля', '09:45 10.04 1092', 'пятница, 12 апреля'])('%j is no date without a fetch time', (text) => {
    expect(parseDate(text)).toBeNull()
  })

  it.each([
    'вчерашний номер', 'сегодняшние новости', 'часами назад', '2 часа', 'todayish', 'ago', 'сегодня, 25:10', '10.30',
    // A rubric or headline a loose date selector caught: a day word there is no date.
    'Kazakhstan Today', 'Новости сегодня', 'Сегодня в Астане', 'Что случилось вчера в Минске', 'Сегодня в 14:30 в Астане откроется выставка', 'Today\'s headlines',
    'Музей, закрытый 3 года назад, открылся', 'Five years ago the theatre closed', 'Как 10 лет назад начинался фестиваль', 'Posted by the museum that closed 3 years ago',
    'Сегодня — день памяти', 'Сегодня в 10:00 — открытие выставки в Астане и Алматы', 'Новости · сегодня в Астане',
    // A day and month that does not open the field, or is no date; and the time beside one is not a time alone.
    'Выставка 12 апреля в Астане', '12 апреля в Астане откроется выставка', 'Что случилось этой ночью: пятница, 12 апреля', 'Астана. 11 апреля. Министр провёл встречу',
    '12 апреля — День космонавтики', 'Форум 12 апреля, 10:00', 'Выставка 12.04, 10:00', '29 февраля 2023', '31 апреля',
    // Nor with a weekday or a time before it: the lead of a date field is a label or a rubric, then a weekday, nothing else.
    'Выставка в пятницу, 12 апреля', 'Пятница, 12 апреля — День космонавтики', 'Новости дня к 16:00 11 апреля',
    // Nor a day and month on a weekday it has not fallen on in the last seven years (29 February was last a Monday in 2016).
    'Пн, 29 февраля', 'Monday, February 29', '29 февраля, понедельник',
    // A weekday after the date is no licence for words after it.
    '12 апреля, пятница — День космонавтики', 'Выставка 12 апреля, пятница',
    // A weekday names no day of this week: a time alone after one is not today's.
    'Пятница, 14:30',
    // A Kazakh month's short form is one only right after a day number: «қаз.» also shortens «қазақ», and «там» is Russian's "there".
    'Қаз. 20', 'Там 5', 'Қаз 20', 'Желт 5',
    // 12.04 alone may be a time (12:04), as Russian sites write one.
    '12.04', '10.04 · Культура',
    // A time in prose or a score, or not alone in its field.
    '2:1', 'Счёт 2:10', '00:01 Войска ПВО отработали защиту границы', '16:38 World', '24:00', '13:00 PM',
    // A range of times alone is a schedule, not a time of publication.
    '10:00 - 12:00', '10:00-12:00', '10:00–12:00', '9:30 AM - 11:00 AM', '10:00 до 12:00', '10:00 to 12:00 · Культура', '9 AM - 11:00 AM', '9:30 - 11 AM',
    // Its start may be a bare hour («с 9 до 18:00»); so may a score's first figure be.
    'с 9 до 18:00', 'Режим работы: 9 - 18:00', '10 – 18:00', 'Счёт 2 - 1:30',
    // A time beside a date in figures it cannot read is that date's, not today's.
    '31-04-24 10:00', '10:00 31-04-24',
    // Nor is a day and month with a year in two figures this year's, nor a time beside a date that does not exist today's.
    "12 апреля '24", "Apr 12 '24", "12 апреля '24, 10:00", '29 февраля 2023, 10:00',
    // Nor with a bare year in two figures, which is no day of the month («12 апреля 24» is not 24 April).
    '12 апреля 24', '12 сәуір 24', '12 апреля 24, 10:00',
  ])('%j is no date', (text) => {
    expect(parseDate(text, fetchedAt)).toBeNull()
  })
})

describe('normalizeUrl', () => {
  it.each([
    ['https://www.gov.kz/news/1?utm_source=rss&utm_medium=feed#top', 'gov.kz/news/1'],
    ['http://gov.kz/news/1/', 'gov.kz/news/1'],
    ['https://GOV.kz/news/1?b=2&a=1', 'gov.kz/news/1?a=1&b=2'],
    ['https://gov.kz/memleket/entities/mam/press/news/details/5?lang=ru', 'gov.kz/memleket/entities/mam/press/news/details/5?lang=ru'],
  ])('%s → %s', (url, key) => {
    expect(normalizeUrl(url)).toBe(key)
  })
})

describe('withDefaultScheme', () => {
  it.each([
    ['inform.kz/rss', 'https://inform.kz/rss'],
    ['inform.kz:8080/rss', 'https://inform.kz:8080/rss'],
    ['localhost:3000', 'https://localhost:3000'],
    ['http://inform.kz', 'http://inform.kz'],
    ['HTTPS://inform.kz', 'HTTPS://inform.kz'],
    ['ftp://inform.kz', 'ftp://inform.kz'],
  ])('%s → %s', (typed, url) => {
    expect(withDefaultScheme(typed)).toBe(url)
  })
})

describe('parseFeed', () => {
  it('reads a pubDate only rss-parser\'s Date could read (year first in figures) in Almaty\'s time, not the host\'s', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.test/a</link><pubDate>2026/12/05 14:30</pubDate></item></channel></rss>'
    const parsed = await parseFeed(xml, 'https://news.test/rss')
    expect(parsed.ok && parsed.feed.items[0]?.publishedAt?.toISOString()).toBe('2026-12-05T09:30:00.000Z')
  })

  it('reads a pubDate day first with hyphens as the dotted form, not month first as rss-parser\'s Date did (4 December, in the host\'s time)', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.test/a</link><pubDate>12-04-2024 14:30</pubDate></item></channel></rss>'
    const parsed = await parseFeed(xml, 'https://news.test/rss')
    expect(parsed.ok && parsed.feed.items[0]?.publishedAt?.toISOString()).toBe('2024-04-12T09:30:00.000Z')
  })

  // rss-parser reads what only JavaScript's Date can (its isoDate, and an Atom entry's pubDate) in the host's zone: these fail on a host not in Almaty's.
  const rssItem = (pubDate: string) => `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.test/a</link><pubDate>${pubDate}</pubDate></item></channel></rss>`
  const atomEntry = (element: string, date: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link href="https://news.test/e"/><id>urn:e</id><${element}>${date}</${element}></entry></feed>`
  it.each([
    ['an RSS pubDate', rssItem('2024-4-13 14:30'), '2024-04-13T09:30:00.000Z'],
    ['an RSS pubDate month first', rssItem('04/13/2024 14:30'), '2024-04-13T09:30:00.000Z'],
    ['an RSS pubDate without a time', rssItem('2024-4-13'), '2024-04-12T19:00:00.000Z'],
    ['an Atom entry\'s published', atomEntry('published', '2024-4-13 14:30'), '2024-04-13T09:30:00.000Z'],
    ['an Atom entry\'s updated', atomEntry('updated', '2024-4-13 14:30'), '2024-04-13T09:30:00.000Z'],
    // A zone after the time is kept, whatever the host's.
    ['an RSS pubDate in GMT', rssItem('04/13/2024 14:30 GMT'), '2024-04-13T14:30:00.000Z'],
    ['an RSS pubDate with an offset', rssItem('04/13/2024 14:30 +0300'), '2024-04-13T11:30:00.000Z'],
    ['an RSS pubDate in a US zone, a comment after it', rssItem('04/13/2024 2:30 PM EST (Eastern)'), '2024-04-13T19:30:00.000Z'],
    ['an Atom entry\'s published with an offset', atomEntry('published', '2024-4-13 14:30 +03:00'), '2024-04-13T11:30:00.000Z'],
  ])('reads %s only Date could read, without a zone in Almaty\'s time, not the host\'s', async (_what, xml, iso) => {
    const parsed = await parseFeed(xml, 'https://news.test/rss')
    expect(parsed.ok && parsed.feed.items[0]?.publishedAt?.toISOString()).toBe(iso)
  })

  it('reads an Atom feed whose entries\' dates only parseDate reads, which rss-parser\'s Date failed the whole feed on ("Invalid time value")', async () => {
    const entry = (n: number, dates: string) => `<entry><title>E${n}</title><link href="https://news.test/${n}"/><id>urn:${n}</id>${dates}</entry>`
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${[
      entry(1, '<published>5 желт. 2024</published>'),
      entry(2, '<updated>12 сәуір 2024, 10:00</updated>'),
      entry(3, '<published><![CDATA[12 қаң. 2025 ж.]]></published><updated>bad</updated>'),
      entry(4, '<published>2024-04-11T15:00:00+05:00</published>'),
    ].join('')}</feed>`
    const parsed = await parseFeed(atom, 'https://news.test/atom')
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.feed.items.map((i) => i.publishedAt?.toISOString())).toEqual([
      '2024-12-04T19:00:00.000Z', '2024-04-12T05:00:00.000Z', '2025-01-11T19:00:00.000Z', '2024-04-11T10:00:00.000Z',
    ])
  })

  it.each(['12 Apr 14:30', 'Page 2', '02/30/2024 10:00'])('reads a pubDate Date would invent a year or a day for (%j) as no date', async (pubDate) => {
    const parsed = await parseFeed(rssItem(pubDate), 'https://news.test/rss')
    expect(parsed.ok && parsed.feed.items[0]?.publishedAt).toBeNull()
  })

  it('reads the Unix epoch a CMS gives an undated item as no date', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.test/a</link><pubDate>Thu, 01 Jan 1970 00:00:00 +0000</pubDate></item></channel></rss>'
    const parsed = await parseFeed(xml, 'https://news.test/rss')
    expect(parsed.ok && parsed.feed.items[0]?.publishedAt).toBeNull()
  })

  it('reads RSS 2.0: titles, links without tracking, dates', async () => {
    const result = await parseFeed(fixture('feeds/ministry-ru.xml', vars), `${BASE}/rss`)
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed.items).toHaveLength(2)
    expect(result.feed.items[0]).toMatchObject({
      title: 'Казахстан и Франция договорились о сотрудничестве музеев',
      link: `${BASE}/news/kz-fr-museums?utm_source=rss&utm_medium=feed`,
      guid: 'mki-1001',
      text: 'Министр культуры и информации провела встречу с директором Лувра…',
    })
    expect(result.feed.items[0]?.publishedAt?.toISOString()).toBe('2024-04-11T05:30:00.000Z')
  })

  it('reads Atom and RSS 1.0/RDF', async () => {
    const atom = await parseFeed(fixture('feeds/mirror-atom.xml', vars), 'https://mirror.test/atom')
    expect(atom.ok && atom.feed.items.map((i) => i.link)).toEqual(['https://mirror.test/news/kz-fr-museums/', 'https://mirror.test/copy/louvre-story'])
    const rdf = await parseFeed(fixture('feeds/rdf-kk.xml', vars), `${BASE}/kk/rdf`)
    expect(rdf.ok && rdf.feed.items[0]).toMatchObject({ title: expect.stringContaining('Түркия'), link: `${BASE}/kk/news/turkiye` })
    expect(rdf.ok && rdf.feed.items[0]?.publishedAt?.toISOString()).toBe('2024-04-11T10:00:00.000Z')
  })

  it('refuses malformed XML, an empty body and an HTML page as values', async () => {
    expect(await parseFeed(fixture('feeds/malformed.xml', vars), BASE)).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed feed/) })
    expect(await parseFeed('', BASE)).toEqual({ ok: false, reason: 'empty body' })
    expect(await parseFeed('<!DOCTYPE html><html><body>Hi</body></html>', BASE)).toEqual({ ok: false, reason: 'not a feed: got an HTML page' })
  })

  it('names a missing <channel> where the parser only crashes on it', async () => {
    const noChannel = { ok: false, reason: 'malformed feed: no <channel> element' }
    expect(await parseFeed('<rss version="2.0"></rss>', BASE)).toEqual(noChannel)
    expect(await parseFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', BASE)).toEqual(noChannel)
    expect(await parseFeed('<rss version="2.0"><channel></channel></rss>', BASE)).toMatchObject({ ok: true, feed: { items: [] } })
  })

  it('accepts HTML entities and stray ampersands that strict XML refuses', async () => {
    const xml = '<rss version="2.0"><channel><title>A &amp; B</title><item><title>Tom &hellip; &eacute;t&eacute; R&D</title><link>https://x.test/?a=1&b=2</link></item></channel></rss>'
    const result = await parseFeed(xml, 'https://x.test/')
    expect(result.ok && result.feed.items[0]).toMatchObject({ title: 'Tom … été R&D', link: 'https://x.test/?a=1&b=2' })
  })

  it('reads a named reference as a browser does: a legacy prefix decoded, an unknown name kept as it is written', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>&laquo;Abai&raquo; &notit; &copy2; &foo; &NotEqualTilde;</title><link>https://x.test/1</link></item></channel></rss>'
    const result = await parseFeed(xml, 'https://x.test/')
    expect(result.ok && result.feed.items[0]?.title).toBe('«Abai» ¬it; ©2; &foo; ≂̸')
  })

  it('resolves an Atom entry\'s relative link against the feed\'s xml:base', async () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.site.kz/ru/"><title>T</title><link rel="alternate" href="https://site.kz/"/><entry><title>E</title><link rel="alternate" href="2024/12/memorandum.html"/><id>urn:1</id></entry><entry><title>F</title><link href="https://other.kz/a"/><id>urn:2</id></entry></feed>'
    const result = await parseFeed(atom, 'https://site.kz/feed.atom')
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual(['https://news.site.kz/ru/2024/12/memorandum.html', 'https://other.kz/a'])
  })

  it('resolves an Atom entry\'s relative link against the entry\'s own xml:base, or its link\'s, within the feed\'s', async () => {
    const entry = (n: number, attributes: string, link: string) => `<entry${attributes}><title>E${n}</title><id>urn:${n}</id>${link}</entry>`
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.site.kz/ru/"><title>T</title>${[
      entry(1, ' xml:base="2024/"', '<link rel="alternate" href="12/memorandum.html"/>'),
      entry(2, ' xml:base="https://other.kz/kk/"', '<link href="a.html"/>'),
      entry(3, '', '<link rel="enclosure" href="photo.jpg"/><link rel="alternate" xml:base="https://cdn.kz/x/" href="b.html"/>'),
      entry(4, ' xml:base="/en/"', '<link xml:base="news/" href="c.html"/>'),
      entry(5, '', '<link href="plain.html"/>'),
    ].join('')}</feed>`
    const result = await parseFeed(atom, 'https://site.kz/feed.atom')
    expect(result.ok && result.feed.items.map((i) => i.link)).toEqual([
      'https://news.site.kz/ru/2024/12/memorandum.html',
      'https://other.kz/kk/a.html',
      'https://cdn.kz/x/b.html',
      'https://news.site.kz/en/news/c.html',
      'https://news.site.kz/ru/plain.html',
    ])
    const withoutFeedBase = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entry(1, ' xml:base="/kk/news/"', '<link href="d.html"/>')}</feed>`, 'https://site.kz/feed.atom')
    expect(withoutFeedBase.ok && withoutFeedBase.feed.items[0]?.link).toBe('https://site.kz/kk/news/d.html')
  })

  it('keeps the words of a title written with inline markup, in RSS and in Atom\'s xhtml titles', async () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><title>Министр <b>культуры</b> Франции посетил <a href="/x">Астану</a></title><link>https://x.test/1</link></item><item><title><![CDATA[Kept <b>as</b> text]]></title><link>https://x.test/2</link></item></channel></rss>'
    const feed = await parseFeed(rss, 'https://x.test/')
    expect(feed.ok && feed.feed.items.map((i) => i.title)).toEqual(['Министр культуры Франции посетил Астану', 'Kept as text'])
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Days of <em>Kazakh</em> culture</div></title><link href="https://x.test/3"/><id>3</id></entry></feed>'
    const entries = await parseFeed(atom, 'https://x.test/')
    expect(entries.ok && entries.feed.items[0]?.title).toBe('Days of Kazakh culture')
  })

  it.each([
    ['an emoji written as its two UTF-16 halves', '&#55357;&#56832; &#xD83C;&#xDFAD;', '😀 🎭'],
    ['a lone half', '&#55357; x', '\ufffd x'],
    ['control characters', 'a&#0;b&#8;c&#x1F;d', 'abcd'],
    ['U+FFFF and past U+10FFFF', 'a&#65535;b&#1114112;c', 'a\ufffdb\ufffdc'],
  ])('reads every item when a title holds a character reference XML forbids: %s', async (_what, written, read) => {
    const item = (title: string, n: number) => `<item><title>${title}</title><link>https://x.test/${n}</link></item>`
    const xml = `<rss version="2.0"><channel><title>T</title>${item('First', 1)}${item(`Exhibition ${written}`, 2)}${item('Third &#169; &#x41;', 3)}</channel></rss>`
    const result = await parseFeed(xml, 'https://x.test/')
    if (!result.ok) throw new Error(result.reason)
    expect(result.feed.items.map((i) => i.title)).toEqual(['First', `Exhibition ${read}`, 'Third © A'])
  })
})

describe('parseSitemap', () => {
  it('reads a news sitemap with titles and dates', () => {
    const result = parseSitemap(fixture('feeds/news-sitemap.xml', vars), `${BASE}/sitemap.xml`)
    expect(result.ok && result.kind === 'urlset' && result.entries[0]).toMatchObject({
      url: `${BASE}/kazpravda/news/belarus-theatre`,
      title: 'Театры Казахстана и Беларуси обменяются гастролями',
      publishedAt: new Date('2024-04-12T03:00:00Z'),
    })
  })

  it('reads a news title\'s character references and markup as a feed title\'s, escaped once or in CDATA', () => {
    const xml = `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://wp.test/a</loc><news:news><news:title>Театр &amp;#171;Астана Опера&amp;#187; &amp;#8211; гастроли</news:title></news:news></url>
      <url><loc>https://wp.test/b</loc><news:news><news:title><![CDATA[Министр <b>культуры</b> &amp; спорта]]></news:title></news:news></url>
    </urlset>`
    const result = parseSitemap(xml, 'https://wp.test/sitemap.xml')
    expect(result.ok && result.kind === 'urlset' && result.entries.map((e) => e.title)).toEqual(['Театр «Астана Опера» – гастроли', 'Министр культуры & спорта'])
  })

  it('reads a sitemap index and refuses other XML', () => {
    const index = parseSitemap(fixture('feeds/sitemap-index.xml', vars), `${BASE}/sitemap.xml`)
    expect(index.ok && index.kind === 'index' && index.sitemaps.map((s) => s.url)).toEqual([`${BASE}/sitemaps/old.xml`, `${BASE}/sitemaps/news.xml`])
    expect(parseSitemap('<rss/>', BASE)).toEqual({ ok: false, reason: 'not a sitemap' })
  })

  it('reads a sitemap file gzipped whole (sitemap.xml.gz with no Content-Encoding), within the body cap', async () => {
    const xml = fixture('feeds/news-sitemap.xml', vars)
    const page = { body: gzipSync(xml), contentType: 'application/x-gzip', url: `${BASE}/sitemap-news.xml.gz` }
    expect(await readSitemap(page)).toEqual(parseSitemap(xml, page.url))
    const bomb = { ...page, body: gzipSync(Buffer.alloc(11 * 1024 * 1024, 0x20)) }
    expect(await readSitemap(bomb)).toEqual({ ok: false, reason: 'body larger than 10485760 bytes' })
  })
})

describe('parseListPage', () => {
  it('finds links, titles and dates with the source selectors', () => {
    const result = parseListPage(fixture('pages/news-list.html'), `${BASE}/ehistory/news`, { item: '.news-item', link: 'a.news-title', title: 'a.news-title', date: 'time, .date' })
    expect(result).toEqual({
      ok: true,
      entries: [
        { url: `${BASE}/ehistory/articles/uzbek-archives`, title: 'Архивы Казахстана и Узбекистана подписали соглашение', publishedAt: new Date('2024-04-09T06:00:00Z') },
        { url: `${BASE}/ehistory/articles/astana-opera`, title: 'Премьера в «Астана Опера»', publishedAt: new Date('2024-04-07T19:00:00Z') },
      ],
      next: null,
    })
  })

  it('finds the link to the next page with list.next, on the element or inside it', () => {
    const page = (pager: string) => `<ul><li class="n"><a href="/a/1">One</a></li></ul><div class="pager">${pager}</div>`
    const selectors = { item: '.n', link: 'a', next: '.pager .next' }
    expect(parseListPage(page('<a class="next" href="?page=2">»</a>'), `${BASE}/news`, selectors)).toMatchObject({ ok: true, next: `${BASE}/news?page=2` })
    expect(parseListPage(page('<span class="next"><a href="/news/p/3">Older</a></span>'), `${BASE}/news?page=2`, selectors)).toMatchObject({ next: `${BASE}/news/p/3` })
    expect(parseListPage(page(''), `${BASE}/news`, selectors)).toMatchObject({ ok: true, next: null })
  })

  it('says so when the item selector matches nothing', () => {
    expect(parseListPage(fixture('pages/news-list.html'), BASE, { item: '.nope', link: 'a' })).toEqual({ ok: false, reason: 'no element matches list.item ".nope"' })
  })
})

describe('extractArticle', () => {
  const article = extractArticle(fixture('pages/kz-fr-museums.html'))

  it('keeps the headline, the body and the page date', () => {
    expect(article.title).toBe('Казахстан и Франция договорились о сотрудничестве музеев')
    expect(article.text).toMatch(/^Министр культуры и информации Республики Казахстан Аида Балаева провела встречу/)
    expect(article.text).toContain('реставрации экспонатов')
    expect(article.publishedAt?.toISOString()).toBe('2024-04-11T05:30:00.000Z')
  })

  it.each(['USD/KZT', 'Беларуси', 'Китаем', 'Поделиться', 'Telegram', 'Главная', 'Все права', 'Читайте также', 'Лувр музеи'])('drops page chrome: %s', (noise) => {
    expect(article.text).not.toContain(noise)
  })

  // Issue 13.5: no walk over a page recurses as deep as the page nests.
  it.each(['div', 'span', 'section'])('reads a page of 100,000 nested <%s>s', (tag) => {
    const depth = 100_000
    const text = 'Министр культуры провела встречу с послом Франции, стороны обсудили обмен выставками.'
    const html = `<html><head><title>Deep</title></head><body>${`<${tag} class="x">`.repeat(depth)}<p>${text}</p>${`</${tag}>`.repeat(depth)}<p>After.</p></body></html>`
    const page = extractArticle(html)
    expect(page.text).toContain(text)
    expect(page.title).toBe('Deep')
    expect(htmlToText(html)).toContain(text)
  })

  it('reads the date and headline from meta tags when the page prints neither', () => {
    const html = `<html><head><meta property="og:title" content="Культурные дни Казахстана в Италии">
      <meta name="date" content=""><meta property="article:published_time" content="2024-05-02T08:15:00+05:00"></head>
      <body><div class="content"><p>${'Министерство культуры провело переговоры о программе гастролей, выставок и кинопоказов. '.repeat(4)}</p></div></body></html>`
    const page = extractArticle(html)
    expect(page.title).toBe('Культурные дни Казахстана в Италии')
    expect(page.publishedAt?.toISOString()).toBe('2024-05-02T03:15:00.000Z')
  })

  describe('a header clock (a time alone in an element classed "time", or a <time>) is no printed date', () => {
    // 17:00 in Almaty, Friday 12 April 2024.
    const fetchedAt = new Date('2024-04-12T12:00:00Z')
    const prose = 'Театр покажет в Сеуле три спектакля, переговоры о гастролях шли с осени. '.repeat(4)
    const page = (clock: string, dateline: string) =>
      `<html><head><title>Гастроли</title></head><body><header>${clock}</header><article><h1>Гастроли театра в Сеуле</h1>${dateline}<p>${prose}</p></article></body></html>`

    it.each(['<div class="current-time">14:05</div>', '<span class="time">14:05</span>', '<time>14:05</time>'])('%s: no date when the page prints none', (clock) => {
      expect(extractArticle(page(clock, ''), fetchedAt).publishedAt).toBeNull()
    })

    it.each(['<div class="current-time">14:05</div>', '<time>14:05</time>'])('%s: the date the article prints', (clock) => {
      expect(extractArticle(page(clock, '<p>11 апреля 2024, 10:30</p>'), fetchedAt).publishedAt?.toISOString()).toBe('2024-04-11T05:30:00.000Z')
    })
  })

  it('measures the article by what is left of it once "related" blocks are gone', () => {
    // The removed block's text must leave the article's length: counted, it made the next block,
    // a third of the article's length, look too short to belong to it.
    const article = 'Министр культуры провела встречу с послом Франции, стороны обсудили обмен выставками. '.repeat(4).trim()
    const related = Array.from({ length: 80 }, (_, i) => `<a href="/news/${i}">Другая новость дня номер ${i}</a>`).join(' ')
    const more = 'Стороны также договорились о гастролях театров и о совместной реставрации музейных экспонатов. '.repeat(5).trim()
    const html = `<html><body><div id="page"><div class="content"><p>${article}</p><div class="related">${related}</div></div><div>${more}</div></div></body></html>`
    expect(extractArticle(html).text).toBe(`${article}\n${more}`)
  })

  it('reads a Kazakh textual date', () => {
    expect(extractArticle(fixture('pages/turkiye-kk.html')).publishedAt?.toISOString()).toBe('2024-04-10T19:00:00.000Z')
  })
})

describe('marks a reader never sees', () => {
  // Hyphenation tools put soft hyphens inside words; sites add zero-width spaces as break hints.
  const marked = 'Казахстан и Рос\u00adсия подписали мемо\u200bрандум о музей\u2060ном сотрудничестве\u200e'
  const plain = 'Казахстан и Россия подписали меморандум о музейном сотрудничестве'

  it('are dropped from an article page\'s headline and text, leaving each word whole', () => {
    const body = `${plain}. `.repeat(4).replace(/Россия/g, 'Рос&shy;сия').replace(/меморандум/g, 'мемо&#8203;рандум')
    const page = extractArticle(`<html><body><article><h1>Казахстан и Рос&shy;сия: мемо&#x200B;рандум</h1><p>${body}</p></article></body></html>`)
    expect(page.title).toBe('Казахстан и Россия: меморандум')
    expect(page.text).toBe(`${plain}. `.repeat(4).trim())
  })

  it('are dropped from a feed item\'s description and a headline alike', () => {
    expect(htmlToText(`<p>${marked}</p>`)).toBe(plain)
    expect(tidyText(marked)).toBe(plain)
    expect(tidyLine(marked)).toBe(plain)
  })
})

describe('tidyLine', () => {
  // Every kind of space tidyText collapses or trim() takes off, line breaks, and letters between them.
  const PIECES = ['a', 'Б', 'x y', ' ', '\t', '\n', '\r\n', '\f', '\v', '\u00a0', '\u200b', '\u200e', '\u200f', '\u2003', '\u2028', '\u3000', '\ufeff', '\u1680', '\u202f', '.', '']

  it('is tidyText with its lines joined by spaces, on 5,000 random texts', () => {
    const random = createRandom(7)
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pick(random, PIECES)).join('')
      expect(tidyLine(text), JSON.stringify(text)).toBe(tidyText(text).replace(/\n/g, ' '))
    }
  })
})

describe('extraction score', () => {
  it('counts 4-token shingles, each page weighing the same', () => {
    expect(scorePages([{ expected: 'a b c d e', predicted: 'a b c d e' }]).f1).toBe(1)
    const half = scorePages([{ expected: 'one two three four five six', predicted: 'one two three four' }])
    expect(half.precision).toBe(1)
    expect(half.recall).toBeCloseTo(1 / 3)
  })
})

describe('parseSourcesFile', () => {
  const ok = { name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru' }
  it('accepts the spec format, enabled defaulting to true', () => {
    expect(parseSourcesFile(JSON.stringify([ok]))).toEqual({
      ok: true,
      sources: [{ name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }],
    })
  })

  it('accepts list.next, the link to the next page of an html list', () => {
    const list = { item: '.news-item', link: 'a', date: 'time', next: '.pager a.next' }
    expect(parseSourcesFile(JSON.stringify([{ ...ok, type: 'html', list }]))).toMatchObject({ ok: true, sources: [{ list }] })
  })

  it.each([
    [[{ ...ok, notes: 'x' }], 'source "Kazinform": unknown field "notes"'],
    [[{ ...ok, type: 'html', list: { item: '.a', link: 'a', href: 'x' } }], 'source "Kazinform": unknown field "list.href"'],
    [[{ ...ok, type: 'html', list: { item: '.a', link: 'a', next: ' ' } }], 'source "Kazinform": list.next: expected a CSS selector'],
    [[{ ...ok, url: 'ftp://x' }], 'source "Kazinform": url: expected an http(s) URL'],
    [[{ ...ok, lang: 'de' }], 'source "Kazinform": lang: expected one of en, ru, kk'],
    [[{ ...ok, type: 'html' }], 'source "Kazinform": an html source needs "list" selectors (item, link)'],
    [[{ ...ok, type: 'govkz' }], 'source "Kazinform": a govkz source needs "project" (the portal\'s entity slug, e.g. mam)'],
    [[ok, ok], 'source "Kazinform": the name is used twice'],
    [[{ ...ok, name: 'x'.repeat(101) }], `source "${'x'.repeat(100)}…": the name is longer than 100 characters`],
    [{}, 'expected a JSON array of sources'],
  ])('refuses %j, saying why in English for SOURCES_FILE', (data, error) => {
    const result = parseSourcesFile(JSON.stringify(data))
    expect(result.ok ? null : describeSourceListProblem(result.problem)).toBe(error)
  })

  it.each([
    [JSON.stringify([{ ...ok, notes: 'x' }]), { code: 'unknown-field', source: { name: 'Kazinform' }, field: 'notes' }],
    [JSON.stringify([{ ...ok, lang: 'de' }]), { code: 'bad-value', source: { name: 'Kazinform' }, field: 'lang', expected: 'lang' }],
    [JSON.stringify([ok, { ...ok, name: 7 }]), { code: 'bad-value', source: { number: 2 }, field: 'name', expected: 'name' }],
    [JSON.stringify([{ url: ok.url, type: 'rss', lang: 'ru' }]), { code: 'missing-field', source: { number: 1 }, field: 'name' }],
    [JSON.stringify([{ ...ok, type: 'html', list: 'a' }]), { code: 'bad-value', source: { name: 'Kazinform' }, field: 'list', expected: 'selectors' }],
    ['[\n  {"name": "A",\n   "url" "x"}]', { code: 'not-json', line: 3, column: 10 }],
    ['[{"name": "A"', { code: 'not-json', line: 1, column: 14 }],
    // V8 names no position for an unexpected token, only the text around it.
    ['[\n  {"name": "A", "url": "https://a.kz", "type": "rss", "lang": "ru"},\n  {"name": B, "url": "https://b.kz"}\n]\n', { code: 'not-json', line: 3, column: 12 }],
    ['[tru, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]', { code: 'not-json', line: 1, column: 5 }],
    ['[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, tru]', { code: 'not-json', line: 1, column: 40 }],
    ['[1,]', { code: 'not-json', line: 1, column: 4 }],
    // A short text is quoted whole: the same character earlier, inside a string, is not where it breaks.
    ['[{"n": "]"},]', { code: 'not-json', line: 1, column: 13 }],
    ['[{"n": "a,b"},\n,]', { code: 'not-json', line: 2, column: 1 }],
  ])('gives its reason as a code with what a translation needs (%s)', (text, problem) => {
    expect(parseSourcesFile(text)).toMatchObject({ ok: false, problem })
  })

  it('accepts the shipped sources.json', async () => {
    const { readFileSync } = await import('node:fs')
    const result = parseSourcesFile(readFileSync(new URL('../../sources.json', import.meta.url), 'utf8'))
    expect(result.ok && result.sources.length).toBeGreaterThanOrEqual(12)
  })
})
