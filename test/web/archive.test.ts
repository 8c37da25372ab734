import { connect, type Socket } from 'node:net'
import { JSDOM } from 'jsdom'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getArchiveVersion, SCAN_WINDOW } from '../../src/db/archive.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { TestClock } from '../helpers/test-app.js'
import { type ArchiveServer, seedArchive, startArchiveServer, TITLES } from './web-fixtures.js'

const documentOf = (html: string) => new JSDOM(html).window.document
const textOf = (html: string) => documentOf(html).body.textContent?.replace(/\s+/g, ' ') ?? ''
const itemTitles = (html: string) => [...documentOf(html).querySelectorAll('.items h3')].map((h) => h.textContent?.trim())

describe('web archive', () => {
  let s: ArchiveServer
  let ids: Awaited<ReturnType<typeof seedArchive>>
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    ids = await seedArchive(s)
  })
  afterAll(async () => s.close())

  const html = async (path: string, headers: Record<string, string> = {}) => {
    const res = await s.get(path, headers)
    return { res, body: await res.text() }
  }

  describe('home', () => {
    it('shows counts by kind, the map, the timeline and the newest published items only', async () => {
      const { res, body } = await html('/')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const doc = documentOf(body)
      expect([...doc.querySelectorAll('.kinds li')].map((li) => li.textContent)).toEqual(['Agreement: 2', 'Commission: 1', 'Talks: 1', 'Joint event: 26'])
      // RU, CN, FR and UZ have items; Kazakhstan is drawn apart as the home country.
      expect([...doc.querySelectorAll('svg.world-map a path.has-items')].map((p) => p.getAttribute('data-country')).sort()).toEqual(['CN', 'FR', 'RU', 'UZ'])
      expect(doc.querySelector('svg.world-map a[href="/country/RU"]')?.getAttribute('aria-label')).toBe('Russia: 3 items')
      expect(doc.querySelector('svg.world-map [data-country="KZ"] title')?.textContent).toBe('Kazakhstan (home country)')
      const bars = [...doc.querySelectorAll('svg.timeline g.bar')].map((g) => `${g.getAttribute('data-month')}=${g.getAttribute('data-count')}`)
      expect(bars).toEqual(['2024-03=1', '2025-06=1', '2026-02=1', '2026-09=5', '2026-10=20', '2026-11=2'])
      expect(doc.querySelectorAll('svg.timeline g.bar[data-month="2026-11"] rect[data-kind]')).toHaveLength(1)
      const titles = itemTitles(body)
      expect(titles).toHaveLength(20)
      expect(titles.slice(0, 2)).toEqual([TITLES.museums, TITLES.domestic])
      expect(body).not.toContain(TITLES.flagged)
      expect(body).not.toContain(TITLES.rejected)
      expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/index.atom')
    })

    it.each([
      // A kind and a year are summed from the month counts: the kinds and the countries follow them.
      ['/?kind=agreement', 'Items by kind matching the filters', ['Agreement: 2', 'Commission: 0', 'Talks: 0', 'Joint event: 0'], 'Partner countries matching the filters', ['Russia · 1']],
      ['/?year=2026', 'Items by kind matching the filters', ['Agreement: 2', 'Commission: 0', 'Talks: 0', 'Joint event: 26'], 'Partner countries matching the filters', ['Uzbekistan · 25', 'France · 1', 'Russia · 1']],
      ['/?kind=commission&year=2025&lang=ru', 'Записи по видам с выбранным отбором', ['Соглашение: 0', 'Комиссия: 1', 'Переговоры: 0', 'Совместное мероприятие: 0'], 'Страны-партнёры с выбранным отбором', ['Китай · 1', 'Россия · 1']],
      // A sector or a language would have to be counted item by item: the whole archive, said so.
      ['/?sector=youth', 'Items by kind in the whole archive (the filters do not apply here)', ['Agreement: 2', 'Commission: 1', 'Talks: 1', 'Joint event: 26'], 'Partner countries in the whole archive (the filters do not apply here)', ['Uzbekistan · 25', 'Russia · 3', 'China · 1', 'France · 1']],
      ['/?kind=agreement&language=ru&lang=ru', 'Записи по видам во всём архиве (отбор здесь не действует)', ['Соглашение: 2', 'Комиссия: 1', 'Переговоры: 1', 'Совместное мероприятие: 26'], 'Страны-партнёры во всём архиве (отбор здесь не действует)', ['Узбекистан · 25', 'Россия · 3', 'Китай · 1', 'Франция · 1']],
      ['/?year=2026&sector=youth&lang=kk', 'Бүкіл мұрағаттағы жазбалар түрлері бойынша (сүзгі мұнда қолданылмайды)', ['Келісім: 2', 'Комиссия: 1', 'Келіссөздер: 1', 'Бірлескен іс-шара: 26'], 'Бүкіл мұрағаттағы серіктес елдер (сүзгі мұнда қолданылмайды)', null],
    ])('on %s, the counts by kind and the countries follow the filters or say they are the whole archive', async (path, kindsHeading, kinds, mapHeading, countries) => {
      const doc = documentOf((await html(path)).body)
      expect(doc.querySelector('.kinds')?.previousElementSibling?.textContent).toBe(kindsHeading)
      expect([...doc.querySelectorAll('.kinds li')].map((li) => li.textContent)).toEqual(kinds)
      expect(doc.querySelector('#map-heading')?.textContent).toBe(mapHeading)
      const listed = [...doc.querySelectorAll('.countries li')].map((li) => li.textContent?.replace(/\s+/g, ' ').replace(/^\S+ /, '').trim())
      if (countries) expect(listed).toEqual(countries)
      // The map shades the countries the list holds.
      const shaded = [...doc.querySelectorAll('svg.world-map a path.has-items')].map((p) => p.getAttribute('data-country')).sort()
      expect(shaded).toHaveLength(listed.length)
    })

    it.each([
      // The timeline follows a kind and a year, as the counts by kind do; a sector or a language leaves it whole, said so.
      ['/?year=2026', 'Items per month matching the filters', ['2026-02=1', '2026-09=5', '2026-10=20', '2026-11=2']],
      ['/?sector=youth', 'Items per month in the whole archive (the filters do not apply here)', ['2024-03=1', '2025-06=1', '2026-02=1', '2026-09=5', '2026-10=20', '2026-11=2']],
      ['/?year=2025&lang=ru', 'Записи по месяцам с выбранным отбором', ['2025-06=1']],
      ['/country/RU?year=2026', 'Items with Russia per month matching the filters', null],
      ['/country/RU?language=en&lang=kk', 'Ресей бойынша барлық айлық жазбалар (сүзгі мұнда қолданылмайды)', null],
    ])('on %s, the timeline follows the filters or says it is the whole archive', async (path, heading, bars) => {
      const doc = documentOf((await html(path)).body)
      expect(doc.querySelector('#timeline-heading')?.textContent).toBe(heading)
      const shown = [...doc.querySelectorAll('svg.timeline g.bar')].map((g) => `${g.getAttribute('data-month')}=${g.getAttribute('data-count')}`)
      if (bars) expect(shown).toEqual(bars)
      if (path.includes('year=2026')) expect(shown.every((b) => b.startsWith('2026-'))).toBe(true)
    })

    it('draws the timeline of a kind with that kind alone', async () => {
      const doc = documentOf((await html('/?kind=agreement')).body)
      const kinds = new Set([...doc.querySelectorAll('svg.timeline rect[data-kind]')].map((r) => r.getAttribute('data-kind')))
      expect([...kinds]).toEqual(['agreement'])
      expect([...doc.querySelectorAll('svg.timeline g.bar')].reduce((n, g) => n + Number(g.getAttribute('data-count')), 0)).toBe(2)
    })

    it('pages newest first with stable older and newer links', async () => {
      const first = documentOf((await html('/')).body)
      const older = first.querySelector('.pager a[rel="next"]')?.getAttribute('href')
      expect(older).toMatch(/^\/\?before=\d+$/)
      const second = (await html(older!)).body
      expect(itemTitles(second)).toHaveLength(10)
      expect(itemTitles(second).at(-1)).toBe(TITLES.tricky)
      const newer = documentOf(second).querySelector('.pager a[rel="prev"]')?.getAttribute('href')
      expect(itemTitles((await html(newer!)).body)).toEqual(itemTitles((await html('/')).body))
    })
  })

  describe('country', () => {
    it('lists a partner newest first with its own timeline', async () => {
      const { res, body } = await html('/country/RU')
      expect(res.status).toBe(200)
      const doc = documentOf(body)
      expect(doc.querySelector('h1')?.textContent).toContain('Russia')
      expect(textOf(body)).toContain('3 published items since 2024')
      expect(textOf((await html('/country/RU?lang=ru')).body)).toContain('3 опубликованные записи с 2024 года')
      expect(itemTitles(body)).toEqual([TITLES.museums, TITLES.kazakh, TITLES.tricky])
      expect(doc.querySelectorAll('svg.timeline g.bar')).toHaveLength(3)
      expect(doc.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe('/country/RU.atom')
    })

    it.each([
      ['kind=agreement', [TITLES.museums]],
      ['sector=heritage', [TITLES.kazakh]],
      ['year=2024', [TITLES.tricky]],
      ['language=en', [TITLES.tricky]],
      ['kind=meeting&year=2024&language=en&sector=theatre', [TITLES.tricky]],
      ['kind=meeting&year=2025', []],
    ])('filters by %s, and the exports honour it', async (query, expected) => {
      const { res, body } = await html(`/country/RU?${query}`)
      expect(res.status).toBe(200)
      expect(itemTitles(body)).toEqual(expected)
      const doc = documentOf(body)
      expect(doc.querySelector('.exports a[type="text/csv"]')?.getAttribute('href')).toBe(`/country/RU.csv?${new URLSearchParams(query).toString().split('&').sort((a, b) => ['kind', 'sector', 'year', 'language'].indexOf(a.split('=')[0]!) - ['kind', 'sector', 'year', 'language'].indexOf(b.split('=')[0]!)).join('&')}`)
      const json = (await (await s.get(`/country/RU.json?${query}`)).json()) as { items: { title: string }[] }
      expect(json.items.map((i) => i.title)).toEqual(expected)
      const atom = await (await s.get(`/country/RU.atom?${query}`)).text()
      expect([...atom.matchAll(/<entry>/g)]).toHaveLength(expected.length)
    })

    it.each([
      ['/country/RU?kind=agreement', '1 of 3 published items matches the chosen filters'],
      ['/country/RU?kind=meeting&year=2025', '0 of 3 published items match the chosen filters'],
      ['/country/RU?sector=heritage&lang=ru', '1 из 3 опубликованных записей подходит под выбранный отбор'],
      ['/country/RU?year=2024&language=en&lang=kk', 'Сүзгіге сәйкес жазбалар: 1 (барлығы 3 жарияланған жазба)'],
      ['/?kind=agreement', '2 of 30 published items match the chosen filters'],
      ['/?language=en&lang=ru', '2 из 30 опубликованных записей подходят под выбранный отбор'],
      ['/?year=2026&sector=youth&lang=kk', 'Сүзгіге сәйкес жазбалар: 25 (барлығы 30 жарияланған жазба)'],
    ])('heads the filtered list %s with how many items it holds, not the total alone', async (path, header) => {
      const lede = documentOf((await html(path)).body).querySelector('.lede')?.textContent
      expect(lede).toBe(header)
    })

    it('keeps the chosen filters selected in the form', async () => {
      const doc = documentOf((await html('/country/RU?kind=meeting&year=2024')).body)
      expect(doc.querySelector('select[name="kind"] option[selected]')?.getAttribute('value')).toBe('meeting')
      expect(doc.querySelector('select[name="year"] option[selected]')?.getAttribute('value')).toBe('2024')
      expect(doc.querySelector('a[href="/country/RU"]')?.textContent).toBe('Clear the filters')
    })

    it.each([
      ['/country/Россия', 301, '/country/RU'],
      ['/country/ru', 301, '/country/RU'],
      ['/country/%D0%A0%D0%B5%D1%81%D0%B5%D0%B9.csv?kind=agreement', 301, '/country/RU.csv?kind=agreement'],
      ['/country/france?lang=ru', 301, '/country/FR?lang=ru'],
      // The bot's country index: Russian transliterated, a name asked with a preposition, in any language.
      ['/country/Kitay', 301, '/country/CN'],
      ['/country/Rossiya.json', 301, '/country/RU.json'],
      ['/country/with%20France?kind=event', 301, '/country/FR?kind=event'],
      ['/country/South+Korea', 301, '/country/KR'],
      ['/country/with+France.csv', 301, '/country/FR.csv'],
      ['/country/%D0%BF%D0%BE%20%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B8', 301, '/country/RU'],
      // The home country misspelt, as the bot answers it: its page, which says every item is about its cooperation.
      ['/country/Kazakhstn', 302, '/country/KZ'],
      ['/country/%D0%9A%D0%B0%D0%B7%D0%B0%D0%BA%D1%85%D1%81%D1%82%D0%B0%D0%BD.csv', 302, '/country/KZ.csv'],
      ['/country/RU?kind=&year=2024', 302, '/country/RU?year=2024'],
      // The search form sent empty: the form itself, which answers (a search export's empty words are a 400 below).
      ['/search?q=&lang=kk', 302, '/search?lang=kk'],
      ['/country/RU/?kind=agreement', 301, '/country/RU?kind=agreement'],
      ['/search/?q=museum&lang=kk', 301, '/search?q=museum&lang=kk'],
      ['/country/RU.csv/', 301, '/country/RU.csv'],
      // An export's suffix in capitals is the export, at its own address.
      ['/country/RU.CSV', 301, '/country/RU.csv'],
      ['/country/RU.Atom?kind=agreement&lang=kk', 301, '/country/RU.atom?kind=agreement&lang=kk'],
      ['/country/%D0%A0%D0%B5%D1%81%D0%B5%D0%B9.JSON', 301, '/country/%D0%A0%D0%B5%D1%81%D0%B5%D0%B9.json'],
      ['/search.CSV?q=museum', 301, '/search.csv?q=museum'],
      ['/index.JSON', 301, '/index.json'],
      ['/country/RU.CSV/', 301, '/country/RU.csv'],
    ])('redirects %s to the code, to the export suffix in lower case, or to the address without a trailing slash (%i)', async (path, status, location) => {
      const res = await s.get(path)
      expect(res.status).toBe(status)
      expect(res.headers.get('location')).toBe(location)
    })

    it('answers 404 for a country it does not know, with suggestions', async () => {
      const { res, body } = await html('/country/Rusia')
      expect(res.status).toBe(404)
      expect(textOf(body)).toContain('«Rusia» is not a country this archive knows.')
      expect(documentOf(body).querySelector('a[href="/country/RU"]')).not.toBeNull()
      expect((await s.get('/country/Atlantis.csv')).status).toBe(404)
    })

    it('suggests for a misspelt country the countries with items first', async () => {
      // «Ruaia» is nearer the UAE, which has no items here, than Russia, which has.
      const { res, body } = await html('/country/Ruaia')
      expect(res.status).toBe(404)
      expect([...documentOf(body).querySelectorAll('a[href^="/country/"]')].map((a) => a.getAttribute('href')).filter((href) => /^\/country\/[A-Z]{2}$/.test(href!))).toEqual(['/country/RU', '/country/AE'])
    })

    it.each([
      ['with', 'with'],
      ['France%20and%20Germany', 'France and Germany'],
      ['v%20Kitae.csv', 'v Kitae'],
    ])('answers /country/%s, which names no one country, with the usual 404 page', async (segment, name) => {
      const { res, body } = await html(`/country/${segment}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(textOf(body)).toContain(`«${name}» is not a country this archive knows.`)
    })

    it('shows a country without items and the home country with a note', async () => {
      expect(textOf((await html('/country/JP')).body)).toContain('No published items with Japan yet.')
      expect(textOf((await html('/country/NL')).body)).toContain('No published items with the Netherlands yet.')
      expect(textOf((await html('/country/GB')).body)).toContain('No published items with the United Kingdom yet.')
      expect(textOf((await html('/country/KZ')).body)).toContain('Kazakhstan is the home country')
    })
  })

  describe('a day', () => {
    it.each([
      ['/?day=2026-11-10', [TITLES.museums]],
      ['/?day=2026-11-09', [TITLES.domestic]],
      ['/country/RU?day=2026-11-10', [TITLES.museums]],
      ['/search?q=museum&day=2026-11-09', [TITLES.domestic]],
    ])('%s lists that day\'s items, the day shown among the filters and kept by the exports', async (path, expected) => {
      const { res, body } = await html(path)
      expect(res.status).toBe(200)
      expect(itemTitles(body)).toEqual(expected)
      const doc = documentOf(body)
      expect(doc.querySelector('select[name="day"] option[selected]')?.textContent).toMatch(/^(9|10) November 2026$/)
      expect(doc.querySelector('a[href*=".csv"]')?.getAttribute('href')).toContain('day=2026-11')
    })
  })

  it('reads a filter typed in capitals (kind=Agreement, language=RU, sector=Museums) as the filter, not as a malformed one, its links written in lower case', async () => {
    const asked = await html('/country/RU?kind=Agreement&language=RU')
    expect(asked.res.status).toBe(200)
    expect(itemTitles(asked.body)).toEqual(itemTitles((await html('/country/RU?kind=agreement&language=ru')).body))
    const csv = documentOf(asked.body).querySelector('a[href*=".csv"]')?.getAttribute('href')
    expect(csv).toContain('kind=agreement')
    expect(csv).toContain('language=ru')
    expect((await s.get('/index.json?sector=MUSEUMS')).status).toBe(200)
  })

  it('reads a page position past every item (a hand-edited before=99999999999999999999) as the newest page, not as a malformed address', async () => {
    const huge = await html('/country/RU?before=99999999999999999999')
    expect(huge.res.status).toBe(200)
    expect(itemTitles(huge.body)).toEqual(itemTitles((await html('/country/RU')).body))
    expect((await html('/?after=000000000000000000000000000012')).res.status).toBe(200)
    expect((await html('/?before=0')).res.status).toBe(400)
  })

  describe('malformed filters', () => {
    it.each([
      ['/country/RU?kind=treaty', '«treaty» is not a valid kind; expected one of: agreement, commission, meeting, event.'],
      ['/country/RU?sector=space', '«space» is not a valid sector'],
      ['/country/RU?year=20x4', '«20x4» is not a year'],
      ['/country/RU?year=1850', '«1850» is not a year'],
      ['/country/RU?language=de', '«de» is not a valid language'],
      ['/country/RU?before=abc', '«abc» is not an item number'],
      ['/country/RU?before=1&after=2', 'A page is either before or after an item, not both.'],
      ['/country/RU?kind=event&kind=meeting', '«kind» is given more than once.'],
      ['/country/RU.csv?kind=treaty', '«treaty» is not a valid kind'],
      ['/search?q=museum&year=next', '«next» is not a year'],
      ['/?day=2026-02-30', '«2026-02-30» is not a day (expected YYYY-MM-DD, such as 2025-03-03).'],
      ['/?day=10.11.2026', '«10.11.2026» is not a day'],
      ['/index.json?sector=x', '«x» is not a valid sector'],
      ['/search.csv', 'The export of a search needs words to search for'],
      // The search form's field left empty: answered here, not redirected to an address without q that refuses it.
      ['/search.json?q=', 'The export of a search needs words to search for'],
      ['/search.csv?q=+&kind=event', 'The export of a search needs words to search for'],
      ['/search.atom?q=&lang=en', 'The export of a search needs words to search for'],
      ['/search.csv?q=%22', '«"» holds no words to search for'],
      ['/country/%E0%A4%A', 'The address is not validly encoded.'],
      // A lone or cut-off escape, or a query written in another encoding (windows-1251's «музей»), read as «�» would search for nothing the reader typed.
      ['/search?q=%E0', 'The address is not validly encoded.'],
      ['/search.csv?q=%EC%F3%E7%E5%E9', 'The address is not validly encoded.'],
      ['/country/RU?kind=event%E2%82', 'The address is not validly encoded.'],
      ['/search?q=%D0%BC%D1%83%D0%B7%D0%B5%D0%B9%', 'The address is not validly encoded.'],
    ])('%s is a 400 page saying what is wrong', async (path, message) => {
      const { res, body } = await html(path)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(textOf(body)).toContain(message)
      expect(documentOf(body).querySelector('h1')?.textContent).toBe('This address cannot be read')
    })

    it('explains in the reader language', async () => {
      expect(textOf((await html('/country/RU?kind=treaty&lang=ru')).body)).toContain('«treaty» — недопустимое значение kind')
    })
  })

  describe('item', () => {
    it('shows title, date, kind, partners with flags, organisations, sectors, lead, source and related items', async () => {
      const { res, body } = await html(`/item/${ids.museums}?lang=ru`)
      expect(res.status).toBe(200)
      const doc = documentOf(body)
      expect(doc.querySelector('h1')?.textContent).toBe(TITLES.museums)
      const facts = Object.fromEntries([...doc.querySelectorAll('.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.trim()]))
      expect(facts).toMatchObject({ Дата: '10 ноября 2026 г.', Вид: 'Соглашение', Партнёры: '🇷🇺 Россия', Организации: '🏛 ЮНЕСКО', Сферы: 'музеи', Язык: 'русский', Источник: 'Ministry of Culture' })
      expect(doc.querySelector('.facts a[href="/country/RU?lang=ru"]')).not.toBeNull()
      expect(doc.querySelector('.lead')?.textContent?.trim()).toBe('Стороны договорились о сотрудничестве музеев.')
      expect(doc.querySelector('article a[rel~="noopener"]')?.getAttribute('href')).toMatch(/^https:\/\/www\.gov\.kz\//)
      expect(itemTitles(body)).toEqual([TITLES.kazakh, TITLES.tricky])
    })

    it.each([
      ['en', 'Other items with the same partners'],
      ['ru', 'Другие записи с теми же партнёрами'],
      ['kk', 'Осы серіктестерге қатысты басқа жазбалар'],
    ])('heads the related items in %s', async (lang, heading) => {
      expect(documentOf((await html(`/item/${ids.museums}?lang=${lang}`)).body).querySelector('article + h2')?.textContent).toBe(heading)
    })

    it('marks the title and the lead with the item language, not the page one', async () => {
      const doc = documentOf((await html(`/item/${ids.kazakh}?lang=en`)).body)
      expect(doc.documentElement.getAttribute('lang')).toBe('en')
      expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('kk')
      expect(doc.querySelector('.lead')?.getAttribute('lang')).toBe('kk')
    })

    it('escapes scraped text and never links a non-http source', async () => {
      const france = (await html(`/item/${ids.france}`)).body
      expect(france).toContain('Days of Kazakh culture in France &lt;script&gt;alert(1)&lt;/script&gt;')
      expect(france).not.toContain('<script>')
      const tricky = documentOf((await html(`/item/${ids.tricky}`)).body)
      expect(tricky.querySelector('a[href^="javascript:"]')).toBeNull()
    })

    it('redirects an item number with leading zeros, percent-encoded or in full-width digits to the one address of that item', async () => {
      for (const [path, location] of [
        [`/item/0${ids.museums}`, `/item/${ids.museums}`],
        [`/item/000${ids.museums}?lang=kk`, `/item/${ids.museums}?lang=kk`],
        [`/item/${'0'.repeat(20)}${ids.museums}`, `/item/${ids.museums}`],
        // Percent-encoded digits (a link encoder's) and full-width ones (an East Asian keyboard's).
        [`/item/${[...String(ids.museums)].map((d) => `%3${d}`).join('')}`, `/item/${ids.museums}`],
        [`/item/${encodeURIComponent(String.fromCharCode(...[...String(ids.museums)].map((d) => 0xff10 + Number(d))))}`, `/item/${ids.museums}`],
      ] as const) {
        const res = await s.get(path)
        expect(res.status).toBe(301)
        expect(res.headers.get('location')).toBe(location)
        expect((await html(location)).res.status).toBe(200)
      }
      // No item has the number nought, however written, nor one padded to a number past every item.
      for (const path of ['/item/0', '/item/000', '/item/%30', `/item/0${ids.flagged}`, '/item/01234567890123456789', '/item/%ZZ', '/item/1e3']) {
        const res = await s.get(path)
        expect(res.status, path).toBe(path === `/item/0${ids.flagged}` ? 301 : 404)
      }
    })

    it.each([
      ['flagged', () => ids.flagged],
      ['rejected', () => ids.rejected],
      ['unknown', () => 999_999],
      ['not a number', () => 'abc'],
    ])('answers 404 for a %s item', async (_, id) => {
      const { res, body } = await html(`/item/${id()}`)
      expect(res.status).toBe(404)
      expect(documentOf(body).querySelector('h1')?.textContent).toBe('Not found')
    })
  })

  describe('search', () => {
    it.each([
      ['музейное', [TITLES.museums]],
      ['ынтымақтастығы', [TITLES.kazakh]],
      ['Ресей', [TITLES.kazakh]],
      // Kazakh typed in Latin letters, 2018's or 2021's, finds it in Cyrillic.
      ['Reseımen', [TITLES.kazakh]],
      ['yntymaqtastyǵy', [TITLES.kazakh]],
      ['yntymaqtastyğy', [TITLES.kazakh]],
      ['culture', [TITLES.france]],
      ['museum', [TITLES.domestic]],
    ])('finds word forms of %s in published items', async (q, expected) => {
      const { res, body } = await html(`/search?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      expect(itemTitles(body)).toEqual(expected)
      const csv = await (await s.get(`/search.csv?q=${encodeURIComponent(q)}`)).text()
      expect(csv.trim().split('\r\n')).toHaveLength(expected.length + 1)
    })

    it('shows the form alone without words, and says when nothing is found', async () => {
      const empty = documentOf((await html('/search')).body)
      expect(empty.querySelector('input#search-words')).not.toBeNull()
      expect(empty.querySelector('.items')).toBeNull()
      expect(textOf((await html('/search?q=xylophone')).body)).toContain('Nothing found for «xylophone».')
      expect(textOf((await html('/search?q=c%2B%2B')).body)).toContain('«c++» holds no words to search for')
      // Words only left out hold letters: what was understood and what to type, as /search says it.
      expect(textOf((await html('/search?q=-museum+-theatre')).body)).toContain('«-museum -theatre» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: exhibition -museum -theatre')
      expect(textOf((await html(`/search?q=${encodeURIComponent('-музей')}&lang=ru`)).body)).toContain('В «-музей» только то, что исключить (слова после минуса или NOT), а искать нечего. Добавьте слово, которое должно быть в материале: выставка -музей')
      expect(textOf((await html('/search?q=Secret')).body)).toContain('Nothing found')
    })

    it.each([
      ['музейное 10.11.2026', [TITLES.museums]],
      ['музейное 10 ноября 2026', [TITLES.museums]],
      ['2026 жылғы 10 қараша музейное', [TITLES.museums]],
      ['музейное 09.11.2026', []],
    ])('narrows a search to a day typed with the words, as /search does (%s)', async (q, expected) => {
      const { res, body } = await html(`/search?q=${encodeURIComponent(q)}&lang=ru`)
      expect(res.status).toBe(200)
      expect(itemTitles(body)).toEqual(expected)
      const doc = documentOf(body)
      expect(doc.querySelector<HTMLInputElement>('input#search-words')?.value).toBe('музейное')
      expect(doc.querySelector('select[name="day"] option[selected]')?.textContent).toMatch(/^(10|9) ноября 2026/)
    })

    it('says a day typed alone is a date, with what to type', async () => {
      expect(textOf((await html(`/search?q=${encodeURIComponent('10.11.2026')}`)).body)).toContain('«10.11.2026» is a date, with no words to look for on it: add a word the items must have (museum 10.11.2026).')
    })

    it('combines words with filters', async () => {
      expect(itemTitles((await html('/search?q=item&kind=event&year=2026')).body)).toHaveLength(20)
      expect(itemTitles((await html('/search?q=item&kind=agreement')).body)).toEqual([])
    })
  })

  describe('exports', () => {
    it('serves CSV with a header, quoting, neutralised formulas and every filtered row', async () => {
      const res = await s.get('/country/RU.csv')
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="coopwatch-RU.csv"')
      const bytes = Buffer.from(await res.arrayBuffer())
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString('utf8').split('\r\n')
      expect(lines[0]).toBe('id,published_at,kind,partners,partner_names,orgs,sectors,language,title,lead,source,url,archive_url,date,kind_name,sector_names,org_names')
      expect(lines).toHaveLength(5) // three items and the empty string after the last CRLF
      expect(lines[2]).toContain(',commission,CN RU,China; Russia,,heritage,kk,')
      expect(lines[3]).toContain(`,"${TITLES.tricky.replace(/"/g, '""')}","'=HYPERLINK(""http://evil.example"")",`)
      expect(lines[1]).toMatch(new RegExp(`,${s.origin}/item/${ids.museums},\\d{4}-\\d{2}-\\d{2},`))
    })

    it.each([
      ['?lang=ru', {}, ';'],
      ['?lang=kk', {}, ';'],
      ['?lang=en', {}, ','],
      ['', { 'accept-language': 'ru-RU,ru;q=0.9' }, ','],
    ])('separates CSV columns for the language the address asks for (%s %j: «%s»), as the bot\'s exports do, where every file had commas', async (query, headers, delimiter) => {
      const res = await s.get(`/country/RU.csv${query}`, headers)
      const lines = Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8').split('\r\n')
      expect(lines[0]).toBe(['id', 'published_at', 'kind', 'partners', 'partner_names', 'orgs', 'sectors', 'language', 'title', 'lead', 'source', 'url', 'archive_url', 'date', 'kind_name', 'sector_names', 'org_names'].join(delimiter))
      expect(lines).toHaveLength(5)
    })

    it.each([
      ['csv', 'text/csv'],
      ['json', 'application/json'],
      ['atom', 'application/atom+xml'],
    ])('serves the home list as .%s with the suffix on / itself, as at /index', async (format, type) => {
      const [bare, index] = await Promise.all([s.get(`/.${format}`), s.get(`/index.${format}`)])
      expect(bare.status).toBe(200)
      expect(bare.headers.get('content-type')?.split(';')[0]).toBe(type)
      // An Atom feed names its own address (its id and self link).
      expect((await bare.text()).replaceAll(`${s.origin}/.atom`, `${s.origin}/index.atom`)).toBe(await index.text())
    })

    it('serves JSON with partner names in the reader language', async () => {
      const res = await s.get('/country/CN.json?lang=kk')
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await res.json()).toEqual({
        filter: { country: 'CN' },
        items: [expect.objectContaining({ id: ids.kazakh, kind: 'commission', partners: [{ code: 'CN', name: 'Қытай' }, { code: 'RU', name: 'Ресей' }], sectors: ['heritage'], language: 'kk', archive_url: `${s.origin}/item/${ids.kazakh}?lang=kk` })],
      })
    })

    it('states a search in its JSON by the words asked, as the bot\'s /export does', async () => {
      const res = await s.get(`/search.json?q=${encodeURIComponent('музейное')}&year=2026`)
      expect((await res.json()).filter).toEqual({ year: 2026, words: 'музейное' })
    })

    it('serves a well-formed Atom feed of the newest 50, escaped and without control characters', async () => {
      const res = await s.get('/index.atom')
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const xml = await res.text()
      const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document
      expect(doc.querySelector('parsererror')).toBeNull()
      expect(doc.querySelectorAll('entry')).toHaveLength(30)
      const france = [...doc.querySelectorAll('entry')].find((e) => e.querySelector('title')?.textContent === TITLES.france)
      expect(france?.querySelector('summary')?.textContent).toBe('Concerts and exhibitions.')
      expect(france?.querySelector('category[term="FR"]')?.getAttribute('label')).toBe('France')
      // The feed is in the reader's language (its categories too), each entry's text in the item's.
      const xmlLang = (e: Element | null | undefined) => e?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')
      const museums = [...doc.querySelectorAll('entry')].find((e) => e.querySelector('title')?.textContent === TITLES.museums)
      expect(xmlLang(doc.querySelector('feed'))).toBe('en')
      expect([xmlLang(museums?.querySelector('title')), xmlLang(museums?.querySelector('summary'))]).toEqual(['ru', 'ru'])
      expect(xmlLang(france?.querySelector('title'))).toBe('en')
      expect(museums?.querySelector('category')?.hasAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe(false)
      expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(`${s.origin}/index.atom`)
      const search = await (await s.get('/search.atom?q=museum')).text()
      expect(search).toContain('<title>coopwatch: museum</title>')
    })

    it('streams a long export in full', async () => {
      const more = await startArchiveServer()
      try {
        await seedItems(more.db, dailyItems(1_200, ['TR'], '2026-11-20T06:00:00.000Z', { kind: 'meeting' }))
        const res = await more.get('/country/TR.csv', { 'accept-encoding': 'gzip' })
        expect(res.headers.get('content-encoding')).toBe('gzip')
        expect(res.headers.get('content-length')).toBeNull()
        expect((await res.text()).trim().split('\r\n')).toHaveLength(1_201)
      } finally {
        await more.close()
      }
    })
  })

  describe('languages', () => {
    it.each([
      ['?lang=ru', {}, 'ru', 'Архив сотрудничества', 'Россия'],
      ['?lang=kk', {}, 'kk', 'Ынтымақтастық мұрағаты', 'Ресей'],
      ['', { 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8' }, 'kk', 'Ынтымақтастық мұрағаты', 'Ресей'],
      ['', { 'accept-language': 'de-DE,ru;q=0.7' }, 'ru', 'Архив сотрудничества', 'Россия'],
      ['', { 'accept-language': 'de' }, 'en', 'Cooperation archive', 'Russia'],
      // Ukrainian and Belarusian readers read Russian, as the bot answers their Telegram; a language of ours they name comes first.
      ['', { 'accept-language': 'uk' }, 'ru', 'Архив сотрудничества', 'Россия'],
      ['', { 'accept-language': 'be-BY,be;q=0.9,de;q=0.5' }, 'ru', 'Архив сотрудничества', 'Россия'],
      ['', { 'accept-language': 'uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7' }, 'en', 'Cooperation archive', 'Russia'],
      ['', { 'accept-language': 'uk,kk;q=0.3' }, 'kk', 'Ынтымақтастық мұрағаты', 'Ресей'],
      ['?lang=xx', {}, 'en', 'Cooperation archive', 'Russia'],
      // A hand-typed or a locale-style code (a CMS's `ru-RU`, a caps-locked `KK`) is the language it names, not ignored.
      ['?lang=KK', { 'accept-language': 'en' }, 'kk', 'Ынтымақтастық мұрағаты', 'Ресей'],
      ['?lang=ru-RU', { 'accept-language': 'en' }, 'ru', 'Архив сотрудничества', 'Россия'],
      ['?lang=kk_KZ', {}, 'kk', 'Ынтымақтастық мұрағаты', 'Ресей'],
      ['?lang=%20Ru%20', {}, 'ru', 'Архив сотрудничества', 'Россия'],
    ])('%s %o → %s', async (query, headers, lang, title, russia) => {
      const { res, body } = await html(`/${query}`, headers)
      const doc = documentOf(body)
      expect(doc.documentElement.getAttribute('lang')).toBe(lang)
      expect(doc.querySelector('h1')?.textContent).toBe(title)
      expect(doc.querySelector('.countries')?.textContent).toContain(russia)
      expect(res.headers.get('vary')).toBe(query.startsWith('?lang=') && query !== '?lang=xx' ? 'Accept-Encoding' : 'Accept-Encoding, Accept-Language')
    })

    it('keeps a language asked for in capitals or with a region in every link, written as the archive writes it', async () => {
      const doc = documentOf((await html('/country/RU?lang=RU-ru', { 'accept-language': 'en' })).body)
      expect(doc.documentElement.getAttribute('lang')).toBe('ru')
      const internal = [...doc.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/static/'))
      expect(internal.length).toBeGreaterThan(5)
      for (const href of internal) expect(href).toMatch(/lang=(ru|en|kk)(&|$)/)
      expect(internal.filter((h) => /lang=RU/i.test(h) && !/lang=ru(&|$)/.test(h))).toEqual([])
    })

    it('words the filters\' "any" choice to agree with each filter\'s name in Russian (Сфера is feminine)', async () => {
      const doc = documentOf((await html('/?lang=ru')).body)
      const choices = [...doc.querySelectorAll('.filters label')].map((label) => `${label.firstChild?.textContent?.trim()}: ${label.querySelector('option')?.textContent}`)
      expect(choices).toEqual(['Вид: Все', 'Сфера: Все', 'Год: Все', 'Язык записи: Все'])
    })

    it.each([
      ['ru', 'Столбцы по месяцам, по видам записей: март 2024 г. — ноябрь 2026 г.'],
      ['kk', 'Айлар бойынша бағандар, жазба түрлеріне бөлінген, 2024 ж. наурыз – 2026 ж. қараша.'],
      ['en', 'Bars per month, stacked by kind, from March 2024 to November 2026.'],
    ])('describes the timeline\'s span in words that agree with its months (%s)', async (lang, description) => {
      const doc = documentOf((await html(`/?lang=${lang}`)).body)
      expect(doc.querySelector('svg.timeline desc')?.textContent).toBe(description)
    })

    it('keeps a chosen language in every internal link', async () => {
      const doc = documentOf((await html('/country/RU?lang=kk')).body)
      const internal = [...doc.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/country/RU?') || !h.includes('lang=en') && !h.includes('lang=ru'))
      expect(internal.length).toBeGreaterThan(5)
      for (const href of internal) expect(href).toMatch(/lang=kk/)
    })
  })

  describe('HTTP', () => {
    it('sets the security and caching headers, and no inline script or style is needed', async () => {
      const { res, body } = await html('/')
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('cache-control')).toBe('public, max-age=60')
      expect(res.headers.get('etag')).toMatch(/^W\/"\d+-\w+-en"$/)
      expect(Date.parse(res.headers.get('last-modified')!)).not.toBeNaN()
      expect(body).not.toMatch(/<script|\sstyle=|<style/)
      const css = documentOf(body).querySelector('link[rel="stylesheet"]')!.getAttribute('href')!
      const sheet = await s.get(css)
      expect(sheet.status).toBe(200)
      expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8')
      expect(sheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    })

    it.each([['br'], ['gzip']])('compresses with %s when asked', async (encoding) => {
      const res = await s.get('/', { 'accept-encoding': encoding })
      expect(res.headers.get('content-encoding')).toBe(encoding)
      expect(await res.text()).toContain('</html>')
      expect((await s.get('/', { 'accept-encoding': 'identity' })).headers.get('content-encoding')).toBeNull()
    })

    it.each([
      ['br;q=0.1, gzip;q=1', 'gzip'],
      ['gzip;q=0, br', 'br'],
      ['gzip, br', 'br'],
      ['gzip;q=0.8, *', 'br'],
      ['br;q=0', null],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['identity', null],
      ['*;q=0, identity', null],
      ['gzip;q=0.5, identity', null],
      ['x-gzip', 'gzip'],
      ['x-gzip;q=0.2, gzip;q=0.9, br;q=0.5', 'gzip'],
      ['gzip, x-gzip;q=0', null],
      ['x-gzip;q=0, gzip', null],
      ['gzip;q=0, x-gzip, br;q=0.5', 'br'],
    ])('follows the q-values of Accept-Encoding: %j gets %s', async (accept, encoding) => {
      const res = await s.get('/', { 'accept-encoding': accept })
      expect(res.headers.get('content-encoding')).toBe(encoding)
      expect(await res.text()).toContain('</html>')
    })

    it('answers HEAD without a body and other methods with 405', async () => {
      const head = await fetch(`${s.origin}/country/RU.csv`, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('content-type')).toMatch(/^text\/csv/)
      expect(await head.text()).toBe('')
      const post = await fetch(`${s.origin}/country/RU`, { method: 'POST', body: 'x' })
      expect(post.status).toBe(405)
      expect(post.headers.get('allow')).toBe('GET, HEAD')
      expect((await s.get('/no/such/page')).status).toBe(404)
      expect((await s.get('/no/such/page/')).status).toBe(404)
      expect((await s.get('/healthz')).headers.get('content-type')).toBe('application/json')
    })

    /** What the server answers to bytes sent as they are, as curl sends an address typed with Cyrillic letters. */
    const rawExchange = (request: string) => new Promise<string>((resolve, reject) => {
      const { port } = new URL(s.origin)
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(Buffer.from(request, 'utf8')))
      const chunks: Buffer[] = []
      socket.on('data', (chunk: Buffer) => chunks.push(chunk))
      socket.on('error', reject)
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
    })

    it.each([
      ['GET', '/search?q=музей', '/search?q=%D0%BC%D1%83%D0%B7%D0%B5%D0%B9', TITLES.museums],
      ['GET', '/country/Ресей.csv?kind=commission', '/country/%D0%A0%D0%B5%D1%81%D0%B5%D0%B9.csv?kind=commission', null],
      ['GET', '/search?q=ынтымақтастық&lang=kk', '/search?q=%D1%8B%D0%BD%D1%82%D1%8B%D0%BC%D0%B0%D2%9B%D1%82%D0%B0%D1%81%D1%82%D1%8B%D2%9B&lang=kk', TITLES.kazakh],
      ['HEAD', '/country/Россия', '/country/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F', null],
    ])('sends %s %s, typed raw in UTF-8, on to the same address percent-encoded, not a bare 400', async (method, typed, encoded, title) => {
      const answer = await rawExchange(`${method} ${typed} HTTP/1.1\r\nHost: archive\r\nConnection: close\r\n\r\n`)
      expect(answer).toMatch(/^HTTP\/1\.1 301 Moved Permanently\r\n/)
      expect(answer).toContain(`\r\nLocation: ${encoded}\r\n`)
      expect(answer.endsWith('\r\n\r\n')).toBe(method === 'HEAD')
      const followed = await fetch(`${s.origin}${encoded}`)
      expect(followed.status).toBe(200)
      if (title) expect(itemTitles(await followed.text())).toContain(title)
      else await followed.body?.cancel()
    })

    it('still answers a request line it cannot read with a plain 400, and keeps serving', async () => {
      expect(await rawExchange('GET /search?q=a b c HTTP/1.1\r\nHost: archive\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
      expect(await rawExchange('NONSENSE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
      expect((await s.get('/')).status).toBe(200)
    })
  })
})

describe('web archive revalidation', () => {
  let s: ArchiveServer
  afterEach(async () => s.close())

  it('answers 304 to a current ETag or date, and 200 once the archive changed', async () => {
    s = await startArchiveServer()
    const [id] = await seedItems(s.db, [{ partners: ['RU'], title: 'Before' }])
    for (const path of ['/', '/country/RU', `/item/${id}`, '/search?q=before', '/country/RU.csv', '/index.atom']) {
      const first = await s.get(path)
      await first.arrayBuffer()
      const etag = first.headers.get('etag')!
      const notModified = await s.get(path, { 'if-none-match': etag })
      expect(notModified.status, path).toBe(304)
      expect(notModified.headers.get('etag')).toBe(etag)
      expect(notModified.headers.get('cache-control')).toBe('public, max-age=60')
      expect((await s.get(path, { 'if-modified-since': first.headers.get('last-modified')! })).status).toBe(304)
      expect((await s.get(path, { 'if-none-match': etag, 'accept-language': 'ru' })).status).toBe(200)
    }
    const etag = (await s.get('/country/RU')).headers.get('etag')!
    await s.db.updateTable('article').set({ title: 'After' }).where('id', '=', id!).execute()
    const changed = await s.get('/country/RU', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('After')
  })

  it('dates a page no earlier than the release serving it, and takes an If-Modified-Since in the future for no date', async () => {
    // A release started after the archive's last change (the bot restarted with new templates).
    s = await startArchiveServer({}, { clock: new TestClock('2100-01-01T00:00:00.000Z') })
    await seedItems(s.db, [{ partners: ['RU'] }])
    const page = await s.get('/country/RU')
    expect(page.headers.get('last-modified')).toBe('Fri, 01 Jan 2100 00:00:00 GMT')
    // A copy from before the release, revalidated by its date alone, is sent again.
    const before = new Date((await getArchiveVersion(s.db)).changedAt).toUTCString()
    expect((await s.get('/country/RU', { 'if-modified-since': before })).status).toBe(200)
    expect((await s.get('/country/RU', { 'if-modified-since': page.headers.get('last-modified')! })).status).toBe(304)
    expect((await s.get('/country/RU', { 'if-modified-since': 'Sat, 01 Jan 2101 00:00:00 GMT' })).status).toBe(200)
  })

  it('links Atom entries to PUBLIC_URL when it is set', async () => {
    s = await startArchiveServer({ PUBLIC_URL: 'https://archive.example.org/' })
    const [id] = await seedItems(s.db, [{ partners: ['RU'] }])
    const xml = await (await s.get('/country/RU.atom')).text()
    expect(xml).toContain(`<id>https://archive.example.org/item/${id}</id>`)
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://archive.example.org/country/RU.atom"/>')
  })
})

describe('web archive search paging', () => {
  let s: ArchiveServer
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    // Many in one minute (feeds that give only a day), and one a day.
    await seedItems(s.db, Array.from({ length: 45 }, (_, i) => ({ title: `Festival number ${i + 1}`, partners: ['FR'], kind: 'event' as const, lang: 'en' as const, publishedAt: '2025-05-05T00:00:00.000Z' })))
    await seedItems(s.db, Array.from({ length: 25 }, (_, i) => ({ title: `Exhibition day ${i + 1}`, partners: ['UZ'], kind: 'event' as const, lang: 'en' as const, publishedAt: new Date(Date.parse('2026-10-20T06:00:00Z') - i * 86_400_000).toISOString() })))
  })
  afterAll(async () => s.close())

  const idsOn = (html: string) => [...documentOf(html).querySelectorAll('.items h3 a')].map((a) => Number(/\/item\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]))

  it.each([
    ['/search?q=festival', 45],
    ['/search?q=exhibition', 25],
  ])('%s: the older links list every match once, and the newer links come back the same way', async (start, total) => {
    const pages: { ids: number[]; newer: string | null | undefined }[] = []
    let path: string | null | undefined = start
    while (path && pages.length < 20) {
      const res = await s.get(path)
      expect(res.status).toBe(200)
      const doc = documentOf(await res.text())
      pages.push({ ids: idsOn(doc.documentElement.outerHTML), newer: doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href') })
      path = doc.querySelector('.pager a[rel="next"]')?.getAttribute('href')
    }
    const seen = pages.flatMap((p) => p.ids)
    expect(pages.length).toBeGreaterThan(1)
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
    expect(idsOn(await (await s.get(pages[1]!.newer!)).text())).toEqual(pages[0]!.ids)
  })
})

describe('web archive filtered paging past the scan window', () => {
  let s: ArchiveServer
  let agreements: number[]
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    // More older non-matching items than one window reads: the first page's window ends among them.
    await seedItems(s.db, dailyItems(SCAN_WINDOW + 100, ['UZ'], '2020-11-20T06:00:00.000Z', { kind: 'event' }))
    agreements = await seedItems(s.db, dailyItems(3, ['RU'], '2026-11-20T06:00:00.000Z', { kind: 'agreement' }))
  })
  afterAll(async () => s.close())

  const pageAt = async (path: string) => {
    const doc = documentOf(await (await s.get(path)).text())
    const ids = [...doc.querySelectorAll('.items h3 a')].map((a) => Number(/\/item\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]))
    const link = (rel: string) => doc.querySelector(`.pager a[rel="${rel}"]`)?.getAttribute('href') ?? null
    return { ids, older: link('next'), newer: link('prev'), text: textOf(doc.documentElement.outerHTML) }
  }

  it.each([['/?kind=agreement'], ['/search?q=item&kind=agreement']])('%s: "Older" lists every match once and ends on a page that links back', async (start) => {
    const pages = [await pageAt(start)]
    while (pages.at(-1)!.older && pages.length < 5) pages.push(await pageAt(pages.at(-1)!.older!))
    expect(pages.flatMap((p) => p.ids)).toEqual(agreements)
    const end = pages.at(-1)!
    expect(end.older).toBeNull()
    expect(end.text).toContain('No older items match.')
    expect(end.text).not.toContain('Nothing found')
    expect(end.newer).not.toBeNull()
    expect((await pageAt(end.newer!)).ids).toEqual(agreements)
  })

  it('heads a filtered list it cannot count cheaply with the total and that the list is narrowed', async () => {
    const total = SCAN_WINDOW + 103
    expect(documentOf(await (await s.get('/?language=en')).text()).querySelector('.lede')?.textContent).toBe(`Of ${total.toLocaleString('en')} published items, the list shows those that match the chosen filters.`)
    // A kind and a year are summed from the month counts, however many items there are.
    expect(documentOf(await (await s.get('/?kind=agreement')).text()).querySelector('.lede')?.textContent).toBe(`3 of ${total.toLocaleString('en')} published items match the chosen filters`)
  })

  it('says that no items match when nothing does, and no page links either way', async () => {
    const page = await pageAt('/?kind=commission&year=2019')
    expect([page.ids, page.older, page.newer]).toEqual([[], null, null])
    expect(page.text).toContain('No items match.')
    expect(page.text).not.toContain('older')
  })
})

describe('web archive exports and clients that stop reading', () => {
  let s: ArchiveServer
  const sockets: Socket[] = []
  beforeAll(async () => {
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' }, { exportStallMs: 300 })
    // ~24 MB of CSV: more than a loopback socket's buffers hold.
    const now = '2026-11-21T00:00:00.000Z'
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 12000)
      insert into article (source_id, url, url_key, guid, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
      select null, 'https://example.org/' || i, 'k' || i, null, 'T' || i || ' ' || printf('%.2000c', 'x'), 'Body.', 'en',
             strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-01', '-' || i || ' minutes'), 'feed', ${now}, ${now}, 'h' || i, 's' || i from n`.execute(s.db)
    await sql`
      insert into classification (article_id, is_relevant, kind, confidence, sectors, orgs, status, status_changed_at, classified_at)
      select id, 1, 'event', 0.9, '[]', '[]', 'published', ${now}, ${now} from article`.execute(s.db)
  })
  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await s.close()
  })

  it('ends the exports of clients that read nothing, so they cannot hold every export slot', async () => {
    const { hostname, port } = new URL(s.origin)
    for (let i = 0; i < 4; i++) {
      const socket = connect(Number(port), hostname)
      sockets.push(socket)
      socket.on('error', () => {})
      socket.write(`GET /index.csv?reader=${i} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`)
      socket.pause()
    }
    // Each stalled export is ended by the server (a paused client sees no close), then exports are served again. The slot
    // frees once the ended export's pipeline settles, a moment after the count, and on a loaded machine the client's pooled
    // connection may be one the server just closed as idle: so the export is asked for until it is served.
    await expect.poll(async () => /^coopwatch_web_exports_stalled_total (\d+)$/m.exec(await (await s.get('/metrics')).text())?.[1], { timeout: 20_000, interval: 100 }).toBe('4')
    await expect.poll(async () => {
      const res = await s.get('/index.json')
      await res.body?.cancel()
      return res.status
    }, { timeout: 20_000, interval: 100 }).toBe(200)
  })
})

describe('web archive of another home country', () => {
  it('names HOME_COUNTRY in its tagline, in each language', async () => {
    const s = await startArchiveServer({ HOME_COUNTRY: 'RU' })
    try {
      const tagline = async (lang: string) => documentOf(await (await s.get(`/?lang=${lang}`)).text()).querySelector('.tagline')?.textContent
      expect(await tagline('en')).toBe("Russia's cultural and humanitarian cooperation, as ministries and the press announce it")
      expect(await tagline('ru')).toMatch(/^Культурное и гуманитарное сотрудничество \(Россия\)/)
      expect(await tagline('kk')).toMatch(/^Ресей елінің мәдени-гуманитарлық/)
    } finally {
      await s.close()
    }
  })
})
