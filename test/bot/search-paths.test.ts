import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTopicMatcher } from '../../src/alerts/match.js'
import { isUploadedFile } from '../helpers/fake-bot-api.js'
import { lastPayload, plain } from '../helpers/payloads.js'
import { itemWithPartner, type SeedItem, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, inlineQuery, user } from '../helpers/updates.js'
import { type ArchiveServer, startArchiveServer } from '../web/web-fixtures.js'

/**
 * One query through every way a user searches: /search, a keyword alert, the web archive's search box, inline mode and /export.
 * Each finds the same items, and each that has a place for it says when alternatives joined by OR were cut.
 */
const items: SeedItem[] = [
  itemWithPartner('FR', { title: 'Гастроли театра во Франции', body: 'Театр из Франции приедет в Астану.', sectors: ['theatre'] }),
  itemWithPartner('DE', { title: 'Театр Астаны на гастролях', body: 'Спектакль покажут в Берлине.', sectors: ['theatre'] }),
  itemWithPartner('RU', { title: 'Дни культуры Казахстана', body: 'Участвуют музеи и оркестры.' }),
  itemWithPartner('RU', { title: 'Открытых дверей неделя', body: 'В днях открытых дверей участвуют школы.' }),
  itemWithPartner('TR', { title: 'Гастроли «Астана Опера»', body: 'Оперный театр выступит в Анкаре.', sectors: ['theatre'] }),
  itemWithPartner('CN', { title: 'Музейная выставка в Пекине', body: 'Экспозиция откроется весной.' }),
  itemWithPartner('IT', { title: 'День джаза в Риме', body: 'Джазовый фестиваль пройдёт летом.' }),
  itemWithPartner('AE', { title: 'Лувр Абу-Даби открыл зал', body: 'Выставка продлится до весны.' }),
  itemWithPartner('SA', { title: 'Абу Бакр в Астане', body: 'Даби — фамилия переводчика.' }),
]
const titles = items.map((item) => item.title!)
const byTitle = (found: readonly string[]) => titles.filter((title) => found.includes(title))

/** Nine phrases joined by OR: the ninth, «день джаза», is past the bound and not searched. */
const NINE = ['день театра', 'день музея', 'день кино', 'день оперы', 'день балета', 'день цирка', 'день поэзии', 'день танца', 'день джаза'].map((p) => `"${p}"`).join(' OR ')

describe('one query through /search, keyword alerts, the archive, inline mode and /export', () => {
  let t: TestApp
  let s: ArchiveServer
  let archiveTitles: Map<number, string>
  beforeAll(async () => {
    t = await createTestApp()
    s = await startArchiveServer({ HOME_COUNTRY: 'KZ' })
    await seedItems(t.db, items)
    const ids = await seedItems(s.db, items)
    archiveTitles = new Map(ids.map((id, i) => [id, titles[i]!]))
  })
  afterAll(async () => {
    await t.close()
    await s.close()
  })

  const from = user(70, 'ru')

  async function bySearch(query: string): Promise<{ found: string[]; answer: string }> {
    await t.bot.handleUpdate(command(from, `/search ${query}`))
    const answer = plain(lastPayload(t).text)
    return { found: titles.filter((title) => answer.includes(title)), answer }
  }

  const byAlerts = (query: string): string[] =>
    titles.filter((_, i) => createTopicMatcher({ title: items[i]!.title!, body: items[i]!.body!, partners: [], orgs: [], sectors: [] })({ topicType: 'keyword', topicValue: query }))

  async function byArchive(query: string): Promise<{ found: string[]; page: string }> {
    const page = await (await s.get(`/search?q=${encodeURIComponent(query)}&lang=ru`)).text()
    const doc = new JSDOM(page).window.document
    const ids = [...doc.querySelectorAll('.items h3 a')].map((a) => Number(/\/item\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]))
    return { found: byTitle(ids.map((id) => archiveTitles.get(id)!)), page: doc.querySelector('main')?.textContent ?? page }
  }

  async function byInline(query: string): Promise<string[]> {
    await t.bot.handleUpdate(inlineQuery(from, query))
    const results = t.api.sent('answerInlineQuery').at(-1)!.payload.results as { id: string; title: string }[]
    return byTitle(results.filter((r) => r.id.startsWith('item:')).map((r) => r.title))
  }

  async function byExport(query: string): Promise<{ found: string[]; answer: string }> {
    const before = t.api.sent('sendDocument').length
    await t.bot.handleUpdate(command(from, `/export ${query}`))
    const documents = t.api.sent('sendDocument')
    if (documents.length === before) return { found: [], answer: plain(lastPayload(t).text) }
    const { payload } = documents.at(-1)!
    if (!isUploadedFile(payload.document)) throw new Error('no document uploaded')
    const csv = payload.document.bytes.toString('utf8')
    return { found: titles.filter((title) => csv.includes(title)), answer: plain(payload.caption) }
  }

  it.each([
    // A word OR joined to a phrase is the loose word: «дни» as written, not the «днях» a one-word phrase would find.
    ['"Астана Опера" OR дни', ['Дни культуры Казахстана', 'Гастроли «Астана Опера»']],
    ['дни OR "Астана Опера"', ['Дни культуры Казахстана', 'Гастроли «Астана Опера»']],
    // A starred word OR joined to a phrase is either, not a second clause required beside it.
    ['"Астана Опера" OR музе*', ['Дни культуры Казахстана', 'Гастроли «Астана Опера»', 'Музейная выставка в Пекине']],
    // A word of several OR joined is one alternative, its words side by side: «Абу» here and «Даби» there is no Abu Dhabi.
    ['"Астана Опера" OR Абу-Даби', ['Гастроли «Астана Опера»', 'Лувр Абу-Даби открыл зал']],
    ['Абу-Даби OR дни', ['Дни культуры Казахстана', 'Лувр Абу-Даби открыл зал']],
    // Past eight phrases OR joined, the rest are not searched.
    [NINE, []],
    // A word after a minus or NOT is one to leave out, never a partner, and «театр» (the theatre sector's name) a word when nothing else is left to search for.
    ['театр -Франция', ['Театр Астаны на гастролях', 'Гастроли «Астана Опера»']],
    ['театр NOT Франция', ['Театр Астаны на гастролях', 'Гастроли «Астана Опера»']],
    ['театр -"Франция"', ['Театр Астаны на гастролях', 'Гастроли «Астана Опера»']],
    ['гастроли -Франции -Германия', ['Театр Астаны на гастролях', 'Гастроли «Астана Опера»']],
  ])('«%s»', async (query, expected) => {
    expect((await bySearch(query)).found, '/search').toEqual(expected)
    expect(byAlerts(query), 'alerts').toEqual(expected)
    expect((await byArchive(query)).found, 'archive').toEqual(expected)
    expect(await byInline(query), 'inline').toEqual(expected)
    expect((await byExport(query)).found, '/export').toEqual(expected)
  })

  it('says that only the first alternatives joined by OR were searched, where the answer has room for it', async () => {
    const query = `"Гастроли театра" OR ${NINE}`
    const note = 'Искали только первые 8 из вариантов, соединённых через ИЛИ (OR)'
    expect((await bySearch(query)).answer).toContain(note)
    expect((await bySearch(NINE)).answer).toContain(note)
    expect((await byArchive(query)).page).toContain(note)
    const exported = await byExport(query)
    expect(exported.found).toEqual(['Гастроли театра во Франции'])
    expect(exported.answer).toContain(note)
    expect((await byExport(NINE)).answer).toContain(note)
    // Eight are all searched: nothing to tell.
    expect((await bySearch('"Гастроли театра" OR "день джаза"')).answer).not.toContain('OR)')
    expect((await byArchive('"Гастроли театра" OR "день джаза"')).page).not.toContain('OR)')
  })

  it('says «<b>» holds no words to search for in /search as the archive does, escaped, where /search gave its usage', async () => {
    await t.bot.handleUpdate(command(from, '/search <b>'))
    expect(lastPayload(t).text).toBe('В «&lt;b&gt;» нет слов для поиска: наберите буквы или цифры.')
    expect((await byArchive('<b>')).page).toContain('В «<b>» нет слов для поиска: наберите буквы или цифры.')
    await t.bot.handleUpdate(command(from, '/search'))
    expect(plain(lastPayload(t).text)).toMatch(/^Напишите, что искать: \/search музей/)
  })

  it('says a search that only leaves words out has nothing to look for in /search, the archive and /export alike, not that it holds no letters', async () => {
    const leftOutOnly = 'В «-музей» только то, что исключить (слова после минуса или NOT), а искать нечего.'
    expect((await bySearch('-музей')).answer).toContain(leftOutOnly)
    expect((await byArchive('-музей')).page).toContain(leftOutOnly)
    expect((await byExport('-музей')).answer).toContain(leftOutOnly)
    const csv = await s.get(`/search.csv?q=${encodeURIComponent('NOT museum')}&lang=ru`)
    expect(csv.status).toBe(400)
    expect(await csv.text()).toContain('В «NOT museum» только то, что исключить')
  })

  it('says that only eight words and phrases were searched when more were typed, in /search, the archive and /export', async () => {
    // The ninth, a word to leave out, is not searched: the item with «Франции» is found.
    const query = 'гастроли театра астану приедет театр из во франции -франции'
    const note = 'Искали только 8 слов и словосочетаний'
    const { found, answer } = await bySearch(query)
    expect(found).toEqual(['Гастроли театра во Франции'])
    expect(answer).toContain(note)
    expect((await byArchive(query)).page).toContain(note)
    // /export reads a word as a partner or a sector where it can: ten words and one to leave out.
    expect((await byExport('гастроли астану приедет спектакль покажут весной выступит откроется оркестры -берлине')).answer).toContain(note)
    expect((await bySearch('гастроли театра астану приедет театр из во франции')).answer).not.toContain(note)
  })
})
