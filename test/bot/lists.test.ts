import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { searchCodec } from '../../src/bot/keyboards/search.js'
import { dailyItems, itemWithPartner, type SeedItem, seedItems } from '../helpers/seed-items.js'
import { lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'

const button = (payload: Record<string, any>, text: string): string => {
  const found = (payload.reply_markup?.inline_keyboard ?? []).flat().find((b: { text: string }) => b.text === text)
  if (!found) throw new Error(`no ${text} button`)
  return found.callback_data
}

describe('/latest', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/latest 3 March', /^🆕 The newest items · 3 Mar 2026: 1\n/, 'March item'],
    ['ru', '/latest 3 марта', /^🆕 Самые новые материалы · 3 мар\. 2026 г\.: 1\n/, 'March item'],
    ['kk', '/latest 3 наурыз', /^🆕 Ең жаңа материалдар · 2026 ж\. 3 нау\.: 1\n/, 'March item'],
    ['en', '/latest December 25', /^🆕 The newest items · 25 Dec 2025: 1\n/, 'Christmas item'],
    ['en', '/search exhibition March 3', /^🔎 «exhibition» · 3 Mar 2026: 1 item\n/, 'March item'],
    ['ru', '/search выставка 25 декабря', /^🔎 «выставка» · 25 дек\. 2025 г\.: 1 материал\n/, 'Christmas item'],
  ])('reads a day typed without its year as its latest, on or before today (%s: %s), where it did not understand it', async (lang, text, header, title) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: 'March item', body: 'An exhibition opened.', publishedAt: '2026-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'March item a year before', body: 'An exhibition opened.', publishedAt: '2025-03-03T06:00:00.000Z' }),
      itemWithPartner('FR', { title: 'Christmas item', body: 'An exhibition opened. Выставка открылась.', publishedAt: '2025-12-25T06:00:00.000Z' }),
    ])
    await t.bot.handleUpdate(command(user(12, lang), text))
    const shown = plain(lastPayload(t).text)
    expect(shown).toMatch(header)
    expect(shown).toContain(title)
  })

  it.each([
    ['en', /The newest items/, /Agreement/],
    ['ru', /Самые новые материалы/, /Соглашение/],
    ['kk', /Ең жаңа материалдар/, /Келісім/],
  ])('lists the newest published items for a %s speaker, domestic ones included', async (lang, header, kind) => {
    await seedItems(t.db, [
      ...dailyItems(3, ['KG']),
      { title: 'Two Almaty museums sign a memorandum', partners: [], publishedAt: '2026-11-20T12:00:00.000Z' },
      { title: 'Flagged one', status: 'flagged', publishedAt: '2026-11-20T13:00:00.000Z' },
    ])
    await t.bot.handleUpdate(command(user(50, lang), '/latest'))
    const text = plain(lastPayload(t).text)
    expect(text).toMatch(header)
    expect(text).toMatch(kind)
    expect(text.indexOf('Two Almaty museums')).toBeLessThan(text.indexOf('Item 1 with KG'))
    expect(text).not.toMatch(/Flagged one/)
    expect(lastPayload(t).reply_markup).toBeUndefined()
  })

  it('pages with ◀ ▶ by editing the message', async () => {
    await seedItems(t.db, dailyItems(11, ['CN']))
    const from = user(51, 'en')
    await t.bot.handleUpdate(command(from, '/latest'))
    await t.bot.handleUpdate(callback(from, button(lastPayload(t), '▶')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 6 with CN[\s\S]*Item 10 with CN[\s\S]*Page 2/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '▶')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 11 with CN/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '◀')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 6 with CN/)
  })

  it('never calls a page with newer items page 1, when items came in after its button was sent', async () => {
    await seedItems(t.db, dailyItems(10, ['FR']))
    const from = user(52, 'en')
    await t.bot.handleUpdate(command(from, '/latest'))
    await t.bot.handleUpdate(callback(from, button(lastPayload(t), '▶')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Page 2 of 2/)
    await seedItems(t.db, dailyItems(3, ['FR'], '2026-11-25T06:00:00.000Z', { title: 'Newer item' }))
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '◀')))
    const page = lastPayload(t, 'editMessageText')
    expect(plain(page.text)).toMatch(/Item 1 with FR[\s\S]*Page 2 of 3/)
    expect(button(page, '◀')).toBeTruthy()
  })

  it('says so when there is nothing yet', async () => {
    await t.bot.handleUpdate(command(user(52, 'ru'), '/latest'))
    expect(plain(lastPayload(t).text)).toMatch(/Опубликованных материалов пока нет/)
  })

  it('numbers a page by the items before it, when items came in after the first page was sent', async () => {
    await seedItems(t.db, dailyItems(10, ['FR']))
    const from = user(57, 'en')
    await t.bot.handleUpdate(command(from, '/latest'))
    await seedItems(t.db, dailyItems(3, ['FR'], '2026-11-25T06:00:00.000Z', { title: 'Newer item' }))
    await t.bot.handleUpdate(callback(from, button(lastPayload(t), '▶')))
    const end = lastPayload(t, 'editMessageText')
    expect(plain(end.text)).toMatch(/13 in all[\s\S]*Item 6 with FR[\s\S]*Item 10 with FR[\s\S]*Page 3 of 3$/)
    expect(() => button(end, '▶')).toThrow()
    await t.bot.handleUpdate(callback(from, button(end, '◀')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 1 with FR[\s\S]*Item 5 with FR[\s\S]*Page 2 of 3$/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '◀')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Newer item[\s\S]*Page 1 of 3$/)
  })
})

describe('/search', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  /** Seeds `items`, sends `text` as the user, and returns the answer with the seeded titles it lists, in seeding order. */
  async function searchAmong(userId: number, lang: string, text: string, items: readonly SeedItem[]): Promise<{ answer: string; found: string[] }> {
    await seedItems(t.db, items)
    await t.bot.handleUpdate(command(user(userId, lang), text))
    const answer = plain(lastPayload(t).text)
    return { answer, found: items.map((item) => item.title).filter((title): title is string => title !== undefined && answer.includes(title)) }
  }

  it.each([
    ['ru', '/search большие театры России', 'Ни в одном материале нет «большие» ни в какой форме; без этого: /search театры России.'],
    ['en', '/search big Russian theatres', 'No item holds «big» in any form; without it: /search Russian theatres.'],
    ['kk', '/search үлкен Ресей театрлары', '«үлкен» ешбір материалда ешқандай тұлғада жоқ; онсыз: /search Ресей театрлары.'],
  ])('names the words that find nothing even alone, with the search without them (%s: %s), where it only said to try fewer words', async (lang, text, said) => {
    const { answer } = await searchAmong(90, lang, text, [
      { title: 'Театры России и Казахстана' },
      { title: 'Russian theatres on tour' },
      { title: 'Ресей театрлары гастрольде' },
    ])
    expect(answer.split('\n').at(-1)).toBe(said)
  })

  it.each([
    ['ru', '/search сотрудничество с Россией', /Меморандум о сотрудничестве с Российской Федерацией/],
    ['kk', '/search Ресеймен ынтымақтастық', /Ресей мен Қазақстан ынтымақтастығы/],
    ['en', '/search museums', /Museum directors met/],
    ['ru', '/search сотруд\u00adничество "Рос\u200bсийской"', /Меморандум о сотрудничестве с Российской Федерацией/],
    ['en', '/search ｍｕｓｅｕｍｓ\u2060', /Museum directors met/],
    // A name ending as a case ending does («-стан», «-тан» from): its bare form and its inflected forms meet.
    ['kk', '/search Өзбекстан', /Өзбекстанмен мәдени ынтымақтастық/],
    ['kk', '/search Үндістанның мәдениеті', /Үндістан мәдениет күндері/],
    // «ё» as the first vowel: «звёздами» and «Звёзды» meet at «звезд», as «звездами» and «Звезды» do.
    ['ru', '/search звёздами эстрады', /Звёзды казахской эстрады/],
    // A phrase with one-letter words in it, as the text writes it.
    ['ru', '/search "Дни культуры Казахстана в России"', /Дни культуры Казахстана в России открылись/],
    ['ru', '/search "музее искусств имени А. Кастеева"', /Дни культуры Казахстана в России открылись/],
    ['en', '/search "Côte d\'Ivoire"', /Days of culture of Côte d'Ivoire/],
    // Latin accents left out where the stem is cut otherwise («theatre» is «theatr», «théâtre» «theatre»), and typed where the text has none.
    ['en', '/search theatre du soleil', /Théâtre du Soleil en tournée/],
    ['kk', '/search korme', /Ulttyq kórme Almatyda/],
    ['en', '/search Bühne', /Buhne der Stadte in Astana/],
    // Kazakh Latin's ı typed i and its ý typed u, and the other way round.
    ['kk', '/search madeniet', /Mádenıet kúnderi: Qazaqstan Respýblıkasy/],
    ['kk', '/search Respýblıkasy', /Qazaqstan Respublikasy madeniet aptalygy/],
  ])('finds word forms for a %s query', async (lang, text, expected) => {
    await seedItems(t.db, [
      { title: 'Меморандум о сотрудничестве с Российской Федерацией', body: 'Стороны подписали меморандум.', partners: ['RU'] },
      { title: 'Ресей мен Қазақстан ынтымақтастығы', body: 'Ресеймен мәдени ынтымақтастық туралы келісім.', partners: ['RU'], lang: 'kk' },
      { title: 'Museum directors met in Astana', body: 'The museum directors discussed exchanges.', partners: ['FR'], lang: 'en' },
      { title: 'Өзбекстанмен мәдени ынтымақтастық', body: 'Министрлер жаңа жоспарға қол қойды.', partners: ['UZ'], lang: 'kk' },
      { title: 'Үндістан мәдениет күндері Астанада', body: 'Елшілік кино апталығын ашты.', partners: ['IN'], lang: 'kk' },
      { title: 'Звёзды казахской эстрады дали концерт в Москве', body: 'Зрители аплодировали.', partners: ['RU'] },
      { title: 'Дни культуры Казахстана в России открылись', body: 'В Государственном музее искусств имени А. Кастеева прошла встреча.', partners: ['RU'] },
      { title: "Days of culture of Côte d'Ivoire in Astana", body: 'Dancers from Abidjan performed.', partners: ['CI'], lang: 'en' },
      { title: 'Théâtre du Soleil en tournée', body: 'La troupe joue à Almaty.', partners: ['FR'], lang: 'en' },
      { title: 'Ulttyq kórme Almatyda', body: 'Qazaqstan men Fransıa.', partners: ['FR'], lang: 'kk' },
      { title: 'Buhne der Stadte in Astana', body: 'Ein Gastspiel aus Berlin.', partners: ['DE'], lang: 'en' },
      { title: 'Mádenıet kúnderi: Qazaqstan Respýblıkasy men Fransıa', body: 'Almatyda ashyldy.', partners: ['FR'], lang: 'kk' },
      { title: 'Qazaqstan Respublikasy madeniet aptalygy', body: 'Astanada ótti.', partners: ['FR'], lang: 'kk' },
      { title: 'Меморандум о сотрудничестве в энергетике', body: 'Россия', status: 'rejected' },
    ])
    await t.bot.handleUpdate(command(user(53, lang), text))
    const result = plain(lastPayload(t).text)
    expect(result).toMatch(expected)
    expect(result).not.toMatch(/энергетике/)
  })

  it('pages results through a short saved-query id', async () => {
    await seedItems(t.db, dailyItems(8, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    const from = user(54, 'en')
    await t.bot.handleUpdate(command(from, '/search культуры'))
    expect(plain(lastPayload(t).text)).toMatch(/«культуры»: 8 items[\s\S]*Page 1 of 2/)
    const next = button(lastPayload(t), '▶')
    expect(next).toMatch(/^srch:\w+:o:\w+:2$/)
    await t.bot.handleUpdate(callback(from, next))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 6 with TR[\s\S]*Item 8 with TR[\s\S]*Page 2 of 2/)
  })

  it('pages on past the 1,000 results it counts, to the last one', async () => {
    const ids = await seedItems(t.db, dailyItems(1003, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    const from = user(56, 'en')
    await t.bot.handleUpdate(command(from, '/search культуры'))
    expect(plain(lastPayload(t).text)).toMatch(/more than 1,000 items[\s\S]*Page 1 of 200\+/)
    const { queryId } = searchCodec.decode(button(lastPayload(t), '▶'))!
    // ▶ under page 199, whose last result is Item 995.
    await t.bot.handleUpdate(callback(from, searchCodec.encode({ queryId, step: { direction: 'older', cursorId: ids[994]! } })))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 996 with TR[\s\S]*Item 1000 with TR[\s\S]*Page 200 of 201\+/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '▶')))
    const last = lastPayload(t, 'editMessageText')
    expect(plain(last.text)).toMatch(/Item 1001 with TR[\s\S]*Item 1003 with TR[\s\S]*Page 201 of 201$/)
    expect(() => button(last, '▶')).toThrow()
    expect(button(last, '◀')).toBe(searchCodec.encode({ queryId, step: { direction: 'newer', cursorId: ids[1000]!, page: 200 } }))
  })

  it('tells a long start\'s count as at least what the walk of its candidates found, when it stopped before the end', async () => {
    // «культуролог*» is looked up by «куль», which every item has: one in twenty is a «культурологи» item.
    await seedItems(t.db, dailyItems(2_100, ['TR']).map((item, i) => ({ ...item, body: (i + 1) % 20 === 0 ? 'Культурологи о культуре' : 'Дни культуры' })))
    const from = user(58, 'en')
    await t.bot.handleUpdate(command(from, '/search культуролог*'))
    expect(plain(lastPayload(t).text)).toMatch(/«культуролог\*»: at least 100 items, the newest first[\s\S]*Item 20 with TR[\s\S]*Item 100 with TR[\s\S]*Page 1 of 20\+/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t), '▶')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 120 with TR[\s\S]*Item 200 with TR[\s\S]*Page 2 of 20\+/)
    await t.bot.handleUpdate(command(user(59, 'ru'), '/search культуролог*'))
    expect(plain(lastPayload(t).text)).toMatch(/не меньше 100 материалов, сначала новые/)
  })

  it('numbers a page past the 1,000 results it counts by the button that leads to it, not by counting the results before it', async () => {
    const ids = await seedItems(t.db, dailyItems(1013, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    const from = user(57, 'en')
    await t.bot.handleUpdate(command(from, '/search "дни культуры"'))
    const { queryId } = searchCodec.decode(button(lastPayload(t), '▶'))!
    // ▶ under page 201, whose last result is Item 1005: 1,005 results before the next page, more than are counted.
    await t.bot.handleUpdate(callback(from, searchCodec.encode({ queryId, step: { direction: 'older', cursorId: ids[1004]!, page: 202 } })))
    const deep = lastPayload(t, 'editMessageText')
    expect(plain(deep.text)).toMatch(/Item 1006 with TR[\s\S]*Item 1010 with TR[\s\S]*Page 202 of 203\+$/)
    expect(button(deep, '◀')).toBe(searchCodec.encode({ queryId, step: { direction: 'newer', cursorId: ids[1005]!, page: 201 } }))
    await t.bot.handleUpdate(callback(from, button(deep, '▶')))
    const last = lastPayload(t, 'editMessageText')
    expect(plain(last.text)).toMatch(/Item 1011 with TR[\s\S]*Item 1013 with TR[\s\S]*Page 203 of 203$/)
    // A button made before pages carried their number: the first page past the counted results stands in for it.
    await t.bot.handleUpdate(callback(from, searchCodec.encode({ queryId, step: { direction: 'older', cursorId: ids[1009]! } })))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 1011 with TR[\s\S]*Page 202 of 202$/)
  })

  it.each([
    ['/search культуры', /«культуры»: 9 items/],
    ['/search культуры 2026', /«культуры» · 2026: 9 items/],
  ])('shows each result once after results came in and one was withdrawn since the first page (%s)', async (text, header) => {
    const ids = await seedItems(t.db, dailyItems(8, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    const from = user(58, 'en')
    await t.bot.handleUpdate(command(from, text))
    await seedItems(t.db, dailyItems(2, ['TR'], '2026-11-25T06:00:00.000Z', { title: 'Newer item', body: 'Дни культуры' }))
    await t.db.updateTable('classification').set({ status: 'flagged' }).where('article_id', '=', ids[1]!).execute()
    await t.bot.handleUpdate(callback(from, button(lastPayload(t), '▶')))
    const next = plain(lastPayload(t, 'editMessageText').text)
    expect(next.match(/Item \d+|Newer item/g)).toEqual(['Item 6', 'Item 7', 'Item 8'])
    expect(next).toMatch(header)
    expect(next).toMatch(/Page 3 of 3$/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '◀')))
    const back = plain(lastPayload(t, 'editMessageText').text)
    expect(back.match(/Item \d+|Newer item/g)).toEqual(['Newer item', 'Item 1', 'Item 3', 'Item 4', 'Item 5'])
    expect(back).toMatch(/Page 2 of 3$/)
    await t.bot.handleUpdate(callback(from, button(lastPayload(t, 'editMessageText'), '◀')))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Newer item[\s\S]*Page 1 of 3$/)
    expect(() => button(lastPayload(t, 'editMessageText'), '◀')).toThrow()
  })

  it("refuses another chat's page button: the words searched are that chat's", async () => {
    await seedItems(t.db, dailyItems(6, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    await t.bot.handleUpdate(command(user(59, 'en'), '/search культуры Турции'))
    await t.bot.handleUpdate(callback(user(60, 'en'), button(lastPayload(t), '▶')))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
    expect(t.api.sent('editMessageText')).toEqual([])
  })

  it('never breaks on FTS5 syntax in the words and says when nothing is found', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    for (const q of ['"unbalanced', 'NEAR(a b) OR AND', 'col:umn ^x * -', 'ничегоподобного']) {
      await t.bot.handleUpdate(command(user(55, 'ru'), `/search ${q}`))
      expect(plain(lastPayload(t).text)).toMatch(/ничего не нашлось|Напишите, что искать/)
    }
    expect(t.api.sent().some((c) => /пошло не так/.test(String(c.payload.text)))).toBe(false)
  })

  it.each([
    ['ru', '/search «Дни культуры»', ['Дни культуры Казахстана']],
    ['en', '/search “Abai Days”', ['Abai Days in Paris']],
    ['en', '/search „Tage der Kultur“', ['Tage der Kultur Kasachstans']],
    ['en', '/search „Tage der Kultur”', ['Tage der Kultur Kasachstans']],
    ['en', '/search ”Abai Days”', ['Abai Days in Paris']],
    ['de', '/search »Tage der Kultur«', ['Tage der Kultur Kasachstans']],
    // Quotes inside a phrase belong to it; a mark that closes nothing leaves its words loose.
    ['ru', '/search «Дни «культуры»»', ['Дни культуры Казахстана']],
    ['ru', '/search «Дни "культуры"»', ['Дни культуры Казахстана']],
    ['ru', '/search «Дни культуры', ['Дни культуры Казахстана', 'Культура и дни кино']],
    ['ru', '/search Дни культуры»', ['Дни культуры Казахстана', 'Культура и дни кино']],
    ['ru', '/search «Дни культуры» 2025', ['Дни культуры Казахстана']],
    // OR between phrases, or a phrase and a word: either will do.
    ['ru', '/search «Дни культуры» ИЛИ "Abai Days"', ['Дни культуры Казахстана', 'Abai Days in Paris']],
    ['en', '/search "Tage der Kultur" OR poetry', ['Abai Days in Paris', 'Days of poetry: Abai', 'Tage der Kultur Kasachstans']],
    // A phrase after a minus is left out.
    ['en', '/search Abai -"Abai Days"', ['Days of poetry: Abai']],
  ])('searches typographic quotes as a phrase, as "double quotes" (%s: %s)', async (lang, text, titles) => {
    const { found } = await searchAmong(58, lang, text, [
      { title: 'Дни культуры Казахстана', body: 'Открытие.', partners: ['RU'], publishedAt: '2025-06-01T06:00:00.000Z' },
      { title: 'Культура и дни кино', body: 'Фестиваль.', partners: ['RU'], publishedAt: '2025-06-02T06:00:00.000Z' },
      { title: 'Abai Days in Paris', body: 'Poetry.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-03T06:00:00.000Z' },
      { title: 'Days of poetry: Abai', body: 'Readings.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-04T06:00:00.000Z' },
      { title: 'Tage der Kultur Kasachstans', body: 'Berlin.', partners: ['DE'], lang: 'en', publishedAt: '2025-06-05T06:00:00.000Z' },
      { title: 'Kultur der Tage', body: 'Berlin.', partners: ['DE'], lang: 'en', publishedAt: '2025-06-06T06:00:00.000Z' },
    ])
    expect(found).toEqual(titles)
  })

  it.each([
    ['en', '/search Louvre OR Hermitage', ['The Louvre lends paintings', 'Hermitage exhibition in Astana']],
    ['en', '/search museum AND Louvre', ['The Louvre lends paintings']],
    ['en', '/search museum -Louvre', ['Hermitage exhibition in Astana']],
    ['en', '/search museum NOT Louvre', ['Hermitage exhibition in Astana']],
    ['ru', '/search Лувр ИЛИ Эрмитаж', ['Выставка Эрмитажа в Астане', 'Лувр привёз картины']],
    ['ru', '/search театр или опера', ['Гастроли театра в Москве', 'Опера в Алматы', 'Театр гастрольдері', 'Опера маусымы']],
    ['ru', '/search выставка -Эрмитаж', []],
    ['ru', '/search музей -Лувр', ['Выставка Эрмитажа в Астане']],
    ['ru', '/search картины NOT соглашения', ['Выставка Эрмитажа в Астане']],
    // A kind or year joined by OR is one of the words either of which will do, not a narrowing.
    ['ru', '/search опера или соглашения', ['Лувр привёз картины', 'Опера в Алматы', 'Опера маусымы']],
    ['ru', '/search соглашения OR опера', ['Лувр привёз картины', 'Опера в Алматы', 'Опера маусымы']],
    ['kk', '/search театр немесе опера', ['Гастроли театра в Москве', 'Опера в Алматы', 'Театр гастрольдері', 'Опера маусымы']],
    ['kk', '/search театр -гастроль', []],
    ['en', '/search Herm*', ['Hermitage exhibition in Astana']],
    ['ru', '/search карт*', ['Выставка Эрмитажа в Астане', 'Лувр привёз картины']],
    ['kk', '/search гастрол*', ['Гастроли театра в Москве', 'Театр гастрольдері']],
  ])('reads OR, AND, NOT, -word and word* as operators, not as words to find (%s: %s)', async (lang, text, titles) => {
    const { found } = await searchAmong(60, lang, text, [
      { title: 'The Louvre lends paintings', body: 'The museum and its partners.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-01T06:00:00.000Z' },
      { title: 'Hermitage exhibition in Astana', body: 'A museum show.', partners: ['RU'], lang: 'en', publishedAt: '2025-06-02T06:00:00.000Z' },
      { title: 'Выставка Эрмитажа в Астане', body: 'Музей привёз картины.', partners: ['RU'], publishedAt: '2025-06-03T06:00:00.000Z' },
      { title: 'Лувр привёз картины', body: 'Музей во Франции. Соглашения подписаны.', partners: ['FR'], publishedAt: '2025-06-04T06:00:00.000Z' },
      { title: 'Гастроли театра в Москве', body: 'Труппа.', partners: ['RU'], publishedAt: '2025-06-05T06:00:00.000Z' },
      { title: 'Опера в Алматы', body: 'Премьера.', partners: ['IT'], publishedAt: '2025-06-06T06:00:00.000Z' },
      { title: 'Театр гастрольдері', body: 'Астанада.', partners: ['RU'], lang: 'kk', publishedAt: '2025-06-07T06:00:00.000Z' },
      { title: 'Опера маусымы', body: 'Алматыда.', partners: ['IT'], lang: 'kk', publishedAt: '2025-06-08T06:00:00.000Z' },
    ])
    expect(found).toEqual(titles)
  })

  /** Museum items a day apart around 3 March 2025 (in Almaty: 23:30 on 2 March UTC is already the 3rd there), and one of the theatre that day. */
  const DAYS: SeedItem[] = [
    { title: 'Музей 2 марта', body: 'Музей и выставка.', partners: ['RU'], publishedAt: '2025-03-02T12:00:00.000Z' },
    { title: 'Музей 3 марта рано', body: 'Музей и выставка.', partners: ['RU'], publishedAt: '2025-03-02T19:30:00.000Z' },
    { title: 'Музей 3 марта', body: 'Музей и выставка.', partners: ['FR'], publishedAt: '2025-03-03T06:00:00.000Z', kind: 'agreement' },
    { title: 'Театр 3 марта', body: 'Театр и гастроли.', partners: ['FR'], publishedAt: '2025-03-03T07:00:00.000Z' },
    { title: 'Музей 4 марта', body: 'Музей и выставка.', partners: ['RU'], publishedAt: '2025-03-04T06:00:00.000Z' },
    { title: 'Музей 3 марта 2024', body: 'Музей и выставка.', partners: ['RU'], publishedAt: '2024-03-03T06:00:00.000Z' },
  ]

  it.each([
    ['ru', '/search музей 03.03.2025', /^🔎 «музей» · 3 мар\. 2025 г\.: 2 материала/],
    ['ru', '/search музей 3 марта 2025', /^🔎 «музей» · 3 мар\. 2025 г\.: 2 материала/],
    ['ru', '/search музей 3 марта 2025 года', /^🔎 «музей» · 3 мар\. 2025 г\.: 2 материала/],
    ['en', '/search музей 3 March 2025', /^🔎 «музей» · 3 Mar 2025: 2 items/],
    ['en', '/search музей on March 3, 2025', /^🔎 «музей» · 3 Mar 2025: 2 items/],
    ['kk', '/search музей 2025 жылғы 3 наурыз', /^🔎 «музей» · 2025 ж\. 3 нау\.: 2 материал/],
    ['ru', '/search 2025-03-03 музей', /^🔎 «музей» · 3 мар\. 2025 г\.: 2 материала/],
  ])('narrows a search to a day typed with it, as to a year (%s: %s)', async (lang, text, header) => {
    const { answer, found } = await searchAmong(64, lang, text, DAYS)
    expect(answer).toMatch(header)
    expect(found).toEqual(['Музей 3 марта рано', 'Музей 3 марта'])
  })

  it("links a day's search to the same day in the web archive", async () => {
    const linked = await createTestApp({ PUBLIC_URL: 'https://archive.example' })
    try {
      await seedItems(linked.db, DAYS)
      await linked.bot.handleUpdate(command(user(67, 'ru'), '/search музей 03.03.2025'))
      const href = /href="([^"]+)"/.exec(String(lastPayload(linked).text))?.[1]
      expect(href).toBe('https://archive.example/search?q=%D0%BC%D1%83%D0%B7%D0%B5%D0%B9&amp;day=2025-03-03&amp;lang=ru')
    } finally {
      await linked.close()
    }
  })

  it.each([
    ['ru', '/search 03.03.2025', '«03.03.2025» — это дата, а слов для поиска в этот день нет: /search сужает поиск слов до дня (/search музей 03.03.2025), а все материалы этого дня покажет /latest 03.03.2025.'],
    ['en', '/search 3 March 2025', "«3 March 2025» is a date, with no words to look for on it: /search narrows words to a day (/search museum 3 March 2025), and /latest 3 March 2025 lists all that day's items."],
  ])('says a day typed alone is a date, with what to type (%s: %s)', async (lang, text, answer) => {
    expect((await searchAmong(65, lang, text, DAYS)).answer).toBe(answer)
  })

  it('lists a day\'s items with /latest 03.03.2025, its pages staying within the day', async () => {
    const { answer, found } = await searchAmong(66, 'ru', '/latest 03.03.2025', DAYS)
    expect(answer).toMatch(/^🆕 Самые новые материалы · 3 мар\. 2025 г\.: 3/)
    expect(found).toEqual(['Музей 3 марта рано', 'Музей 3 марта', 'Театр 3 марта'])
  })

  it.each([
    ['ru', '/search -музей', 'В «-музей» только то, что исключить (слова после минуса или NOT), а искать нечего. Добавьте слово, которое должно быть в материале: /search выставка -музей'],
    ['en', '/search -museum -theatre', '«-museum -theatre» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: /search exhibition -museum -theatre'],
    ['en', '/search NOT museum', '«NOT museum» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: /search exhibition NOT museum'],
    ['kk', '/search -"Лувр Абу-Даби"', '«-"Лувр Абу-Даби"» ішінде тек алып тастайтын сөздер бар (минустан не NOT-тан кейінгі), ал іздейтін сөз жоқ. Материалда болуға тиіс сөзді қосыңыз: /search көрме -"Лувр Абу-Даби"'],
    // A year narrows: what is left only leaves a word out, and the suggestion keeps the year typed.
    ['ru', '/search -музей 2024', 'В «-музей 2024» только то, что исключить (слова после минуса или NOT), а искать нечего. Добавьте слово, которое должно быть в материале: /search выставка -музей 2024'],
    ['en', '/search NOT museum agreements 2025', '«NOT museum agreements 2025» only says what to leave out (words after a minus or NOT), so there is nothing to look for. Add a word the items must have: /search exhibition NOT museum agreements 2025'],
  ])('says a search that only leaves words out has nothing to look for, and what to type (%s: %s)', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('FR', { title: 'Лувр и театр', body: 'Музей во Франции.' })])
    await t.bot.handleUpdate(command(user(61, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it.each([
    ['ru', '/search «Большой театр»', ['Гастроли Большого театра в Астане']],
    ['ru', '/search "Российская Федерация"', ['Гастроли Большого театра в Астане']],
    ['kk', '/search «Астана Опера»', ['Астана Операсында жаңа маусым']],
    ['kk', '/search "Абай мұрасы"', ['Астана Операсында жаңа маусым']],
    ['en', '/search “Culture Days”', ['Cultural Days of Kazakhstan in Paris']],
    // The words side by side, in this order; a word that only begins the same («операция») is not a form.
    ['ru', '/search «театр Большой»', []],
    ['kk', '/search «Опера Астана»', []],
    // Each word's form in its place: «Больница театральная» beside «большого завода» and «театра» is no «Большой театр» (above).
    ['ru', '/search «Больница театральная»', ['Больница театральная открылась']],
    // A three-letter word by its stem, a shorter one as it is; ё as е and Kazakh Latin's ı as i, either way.
    ['ru', '/search «Дни культуры»', ['В Днях культуры Казахстана']],
    ['en', '/search "Art Days"', ['Arts Days in Almaty']],
    ['kk', '/search "жыл адамы"', ['Жылдың адамы атанды']],
    ['ru', '/search "ёлка в Астане"', ['Новогодняя елка в Астане']],
    ['kk', '/search "jana ideia"', ['Jańa ıdeıa kórmesi']],
  ])('finds a quoted phrase in any of its word forms, its words side by side (%s: %s)', async (lang, text, titles) => {
    const { found, answer } = await searchAmong(59, lang, text, [
      { title: 'Гастроли Большого театра в Астане', body: 'Приехала делегация Российской Федерации.', partners: ['RU'], publishedAt: '2025-06-01T06:00:00.000Z' },
      { title: 'Большой зал и новый театр', body: 'Опера в Астане.', partners: ['RU'], publishedAt: '2025-06-02T06:00:00.000Z' },
      { title: 'Астана Операсында жаңа маусым', body: 'Абайдың мұрасы туралы қойылым.', partners: ['IT'], lang: 'kk', publishedAt: '2025-06-03T06:00:00.000Z' },
      { title: 'Астана операция жүргізді', body: 'Абай ауданы.', partners: ['IT'], lang: 'kk', publishedAt: '2025-06-04T06:00:00.000Z' },
      { title: 'Cultural Days of Kazakhstan in Paris', body: 'Dancers performed.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-05T06:00:00.000Z' },
      { title: 'Days of culture', body: 'Readings.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-06T06:00:00.000Z' },
      { title: 'Больница театральная открылась', body: 'Директор большого завода и труппа театра пришли.', partners: ['RU'], publishedAt: '2025-06-07T06:00:00.000Z' },
      { title: 'В Днях культуры Казахстана', body: 'Открытие.', partners: ['RU'], publishedAt: '2025-06-08T06:00:00.000Z' },
      { title: 'Arts Days in Almaty', body: 'Artist Days next.', partners: ['FR'], lang: 'en', publishedAt: '2025-06-09T06:00:00.000Z' },
      { title: 'Жылдың адамы атанды', body: 'Марапат.', partners: ['IT'], lang: 'kk', publishedAt: '2025-06-10T06:00:00.000Z' },
      { title: 'Новогодняя елка в Астане', body: 'Праздник.', partners: ['RU'], publishedAt: '2025-06-11T06:00:00.000Z' },
      { title: 'Jańa ıdeıa kórmesi', body: 'Almatyda.', partners: ['IT'], lang: 'kk', publishedAt: '2025-06-12T06:00:00.000Z' },
    ])
    expect(found).toEqual(titles)
    if (titles.length === 0) expect(answer).toMatch(/ничего не нашлось|ештеңе табылмады|Nothing found/i)
  })

  it('answers lone or unbalanced typographic quotes sensibly, never with an error', async () => {
    await seedItems(t.db, [itemWithPartner('RU')])
    for (const q of ['«', '»', '“', '„', '«»', '«"»', '«a „b» c“', '””']) {
      await t.bot.handleUpdate(command(user(55, 'ru'), `/search ${q}`))
      expect(plain(lastPayload(t).text)).toMatch(/ничего не нашлось|Напишите, что искать|нет слов для поиска/)
    }
    expect(t.api.sent().some((c) => /пошло не так/.test(String(c.payload.text)))).toBe(false)
  })

  it('explains itself when there are no words, and refuses a forged page button', async () => {
    const from = user(56, 'kk')
    await t.bot.handleUpdate(command(from, '/search'))
    expect(plain(lastPayload(t).text)).toMatch(/Не іздейтініңізді жазыңыз/)
    await t.bot.handleUpdate(callback(from, 'srch:zzzz:2'))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/мерзімі өтіп кетті/)
  })
})

describe('messages stay valid Telegram HTML within 4096 characters', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('escapes a title full of <, & and emoji, and its URL', async () => {
    await seedItems(t.db, [
      itemWithPartner('FR', { title: '<script>alert("x")</script> & «Лувр» 🇫🇷🎭 <b>bold</b> &amp;', url: 'https://example.kz/news?a=1&b="2"', source: 'Agency <&>' }),
    ])
    await t.bot.handleUpdate(command(user(60, 'en'), '/country france'))
    const payload = lastPayload(t)
    expect(payload.text).toContain('href="https://example.kz/news?a=1&amp;b=&quot;2&quot;"')
    expect(plain(payload.text)).toContain('<script>alert("x")</script> & «Лувр» 🇫🇷🎭 <b>bold</b> &amp;')
    expect(plain(payload.text)).toContain('Agency <&>')
  })

  it('shortens absurdly long titles instead of overflowing a page', async () => {
    const title = '<&>🎭'.repeat(3000)
    await seedItems(t.db, Array.from({ length: 6 }, (_, i) => itemWithPartner(['RU', 'BY', 'UZ', 'KG', 'TJ', 'AM', 'AZ', 'CN', 'TR', 'FR', 'DE'], { title: `${i} ${title}`, source: 'S'.repeat(500) })))
    for (const [text, method] of [['/country russia', 'sendMessage'], ['/latest', 'sendMessage'], ['/search культуры', 'sendMessage']] as const) {
      await t.bot.handleUpdate(command(user(61, 'ru'), text))
      const sent = lastPayload(t, method)
      const visible = plain(sent.text)
      expect(visible.length).toBeLessThanOrEqual(4096)
      expect(visible).toMatch(/…/)
    }
    const ru = plain(lastPayload(t).text)
    expect(ru).toMatch(/и ещё \d+/)
    expect(ru).not.toMatch(/\uFFFD/)
  })
})
