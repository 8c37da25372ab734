import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findKeptText, keepText, MAX_SEARCH_QUERIES_PER_CHAT, SEARCH_QUERY_DAYS } from '../../src/db/kept-texts.js'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { searchCodec } from '../../src/bot/keyboards/search.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { dailyItems, itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { callback, command, groupChat, message, user } from '../helpers/updates.js'

/** Every message asks for an answer: nothing a user types or taps is left without one. */
describe('no dead ends', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', 'Россия', /🇷🇺 Россия: 1 материал с 2026 года/],
    ['kk', 'Ресей', /🇷🇺 Ресей: 2026 жылдан бері 1 материал/],
    ['en', 'russia', /🇷🇺 Russia: 1 item since 2026/],
    ['en', '🇷🇺', /🇷🇺 Russia: 1 item since 2026/],
    ['kk', 'Reseı', /🇷🇺 Ресей: 2026 жылдан бері 1 материал/],
  ])('answers a country named alone in a private chat (%s: %s) as /country', async (lang, text, header) => {
    await seedItems(t.db, [itemWithPartner('RU')])
    await t.bot.handleUpdate(message(user(1, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(header)
  })

  it('reads flags and Kazakh Latin names in /country and /subscribe', async () => {
    await seedItems(t.db, [itemWithPartner('FR')])
    const from = user(2, 'kk')
    await t.bot.handleUpdate(command(from, '/country 🇫🇷'))
    expect(plain(lastPayload(t).text)).toMatch(/🇫🇷 Франция/)
    await t.bot.handleUpdate(command(from, '/country Fransııa'))
    expect(plain(lastPayload(t).text)).toMatch(/🇫🇷 Франция/)
    await t.bot.handleUpdate(command(from, '/subscribe Fransııa, 🇩🇪'))
    expect(plain(lastPayload(t).text)).toMatch(/Жазылдыңыз: 🇫🇷 Франция, 🇩🇪 Германия/)
  })

  it('offers the closest countries for a misspelt name typed alone, and a search for anything else', async () => {
    await seedItems(t.db, [itemWithPartner('DE', { title: 'Goethe-Institut opens a reading room in Almaty' })])
    const from = user(3, 'en')
    await t.bot.handleUpdate(message(from, 'germny'))
    const suggestion = lastPayload(t)
    expect(plain(suggestion.text)).toMatch(/I don't know «germny»\. Did you mean/)
    expect(buttonsOf(suggestion)[0]?.text).toBe('🇩🇪 Germany')

    await t.bot.handleUpdate(message(from, 'reading room opening'))
    const offer = lastPayload(t)
    expect(plain(offer.text)).toMatch(/Shall I look for it in the archive\?/)
    const search = buttonsOf(offer)[0]!
    expect(search.text).toBe('🔎 Search «reading room opening»')
    await t.bot.handleUpdate(callback(from, search.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/«reading room opening»: 1 item[\s\S]*Goethe-Institut opens a reading room/)
  })

  it.each([
    ['en', /^I don't know «germny»: did you mean 🇩🇪 Germany\? No published items with it yet; follow it to hear about the first one\.$/, ['🔔 Follow 🇩🇪 Germany', '🔎 Search «germny»']],
    ['ru', /^Не знаю «germny»: возможно, 🇩🇪 Германия\? Опубликованных материалов с этой страной пока нет/, ['🔔 Следить: 🇩🇪 Германия']],
  ])('says what a misspelt country typed alone was read as, and that nothing is published with it yet, on a fresh install (%s)', async (lang, said, buttons) => {
    const from = user(5, lang)
    await t.bot.handleUpdate(message(from, 'germny'))
    const answer = lastPayload(t)
    expect(plain(answer.text)).toMatch(said)
    expect(plain(answer.text)).not.toMatch(/did not recognise|не распознал/)
    expect(buttonsOf(answer).map((b) => b.text).slice(0, buttons.length)).toEqual(buttons)
    await t.bot.handleUpdate(callback(from, buttonsOf(answer)[0]!.callback_data))
    expect(await t.db.selectFrom('subscription').select(['topic_type', 'topic_value']).where('chat_id', '=', 5).execute()).toEqual([{ topic_type: 'country', topic_value: 'DE' }])
  })

  it("keeps the 🔎 offers' words for a chat's newest searches only, and forgets every chat's unused for 30 days as it offers", async () => {
    const now = t.clock.now().getTime()
    const minutesAgo = (n: number) => new Date(now - n * 60_000)
    const stale = await keepText(t.db, 'search', 99, 'theatre tour', new Date(now - (SEARCH_QUERY_DAYS + 1) * 86_400_000))
    const earlier: number[] = []
    for (let i = MAX_SEARCH_QUERIES_PER_CHAT; i > 0; i -= 1) earlier.push(await keepText(t.db, 'search', 4, `words ${i}`, minutesAgo(i)))
    const from = user(4, 'en')
    await t.bot.handleUpdate(message(from, 'reading room opening'))
    expect(buttonsOf(lastPayload(t))[0]?.text).toBe('🔎 Search «reading room opening»')
    const kept = await t.db.selectFrom('search_query').select(['chat_id', 'text']).orderBy('last_used_at').execute()
    expect(kept).toHaveLength(MAX_SEARCH_QUERIES_PER_CHAT)
    expect(kept.at(-1)).toEqual({ chat_id: 4, text: 'reading room opening' })
    expect(await findKeptText(t.db, 'search', earlier[0]!, 4)).toBeNull()
    expect(await findKeptText(t.db, 'search', earlier[1]!, 4)).toBe(`words ${MAX_SEARCH_QUERIES_PER_CHAT - 1}`)
    expect(await findKeptText(t.db, 'search', stale, 99)).toBeNull()
    // The oldest offer's button now answers as out of date instead of searching.
    await t.bot.handleUpdate(callback(from, searchCodec.encode({ queryId: earlier[0]! })))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
  })

  it.each([
    ['ru', '"Лувр Абу-Даби"', 'Выставка «Лувр Абу-Даби» в Астане', 'AE'],
    ['ru', '"Эрмитаж"', 'Эрмитаж привёз в Астану гравюры', 'RU'],
    ['ru', '«Лувр Абу-Даби»', 'Выставка «Лувр Абу-Даби» в Астане', 'AE'],
    ['ru', '«Эрмитаж»', 'Эрмитаж привёз в Астану гравюры', 'RU'],
    ['ru', '„Эрмитаж“', 'Эрмитаж привёз в Астану гравюры', 'RU'],
  ])('offers a search for a "quoted phrase" sent alone, which names a place but asks for those words (%s: %s)', async (lang, text, title, partner) => {
    await seedItems(t.db, [itemWithPartner(partner, { title }), itemWithPartner(partner, { title: 'Соглашение о сотрудничестве' })])
    const from = user(9, lang)
    await t.bot.handleUpdate(message(from, text))
    const offer = lastPayload(t)
    expect(plain(offer.text)).toMatch(/Поискать это в архиве\?/)
    const search = buttonsOf(offer).find((b) => b.text.startsWith('🔎'))
    expect(search).toBeDefined()
    await t.bot.handleUpdate(callback(from, search!.callback_data))
    const list = plain(lastPayload(t, 'editMessageText').text)
    expect(list).toContain(title)
    expect(list).not.toContain('Соглашение о сотрудничестве')
  })

  it.each([
    ['ru', 'Эрмитаж', 'RU', 'Эрмитаж привёз в Астану гравюры', /^«Эрмитаж» относится к стране 🇷🇺 Россия\. Показать материалы этой страны или поискать эти слова в архиве\?$/, ['🇷🇺 Россия', '🔎 Искать «Эрмитаж»']],
    ['en', 'Louvre', 'FR', 'Louvre lends paintings to Astana', /^«Louvre» is in 🇫🇷 France\. Show that country's items, or look for these words in the archive\?$/, ['🇫🇷 France', '🔎 Search «Louvre»']],
    ['kk', 'Мәскеу', 'RU', 'Мәскеу театры Астанада', /^«Мәскеу» — 🇷🇺 Ресей еліне қатысты\. Сол елдің материалдарын көрсетейін бе, әлде осы сөздерді мұрағаттан іздейін бе\?$/, ['🇷🇺 Ресей', '🔎 «Мәскеу» іздеу']],
    ['en', 'Astana', 'RU', 'Astana Opera tours Russia', /Shall I look for it in the archive\?/, ['🔎 Search «Astana»']],
  ])('offers an institution or a city sent alone (%s: %s) its country and a search for its words, not the country\'s whole list', async (lang, text, partner, title, answer, offered) => {
    await seedItems(t.db, [itemWithPartner(partner, { title }), itemWithPartner(partner, { title: 'Cooperation agreement signed' })])
    const from = user(10, lang)
    await t.bot.handleUpdate(message(from, text))
    const offer = lastPayload(t)
    expect(plain(offer.text)).toMatch(answer)
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttonsOf(offer).at(-1)!.callback_data))
    const list = plain(lastPayload(t, 'editMessageText').text)
    expect(list).toContain(title)
    expect(list).not.toContain('Cooperation agreement signed')
  })

  it.each([
    ['ru', 'кино', 'Неделя кино Китая в Астане', '🔎 Искать «кино»'],
    ['en', 'opera', 'Opera gala of Astana Opera in Rome', '🔎 Search «opera»'],
    ['en', 'film', 'A film week of Kazakhstan in Fiji', '🔎 Search «film»'],
  ])('offers a search, besides the countries it is near, for a word sent alone that names none (%s: %s)', async (lang, word, title, searchButton) => {
    await seedItems(t.db, [itemWithPartner('CN', { title })])
    const from = user(8, lang)
    await t.bot.handleUpdate(message(from, word))
    const search = buttonsOf(lastPayload(t)).find((b) => b.text === searchButton)
    expect(search).toBeDefined()
    await t.bot.handleUpdate(callback(from, search!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toContain(title)
  })

  it.each([
    ['ru', 'Германя', /^Не знаю «Германя»\. Возможно, вы имели в виду/, '🇩🇪 Германия', 'читальный зал', /Поискать это в архиве\?/, '🔎 Искать «читальный зал»'],
    ['kk', 'Германя', /^«Германя» деген елді таппадым\. Мыналардың бірін айтқыңыз келген шығар:$/, '🇩🇪 Германия', 'оқу залы', /Мұрағаттан іздеп көрейін бе\?/, '🔎 «оқу залы» іздеу'],
  ])('offers countries for a misspelt name and a search for other text, in %s', async (lang, misspelt, suggestion, country, words, offer, searchButton) => {
    await seedItems(t.db, [itemWithPartner('DE', { title: 'Goethe-Institut in Almaty' })])
    const from = user(6, lang)
    await t.bot.handleUpdate(message(from, misspelt))
    expect(plain(lastPayload(t).text)).toMatch(suggestion)
    expect(buttonsOf(lastPayload(t))[0]?.text).toBe(country)
    await t.bot.handleUpdate(message(from, words))
    expect(plain(lastPayload(t).text)).toMatch(offer)
    expect(buttonsOf(lastPayload(t))[0]?.text).toBe(searchButton)
  })

  it.each([
    ['en', '/country Kazakhstn', /^🇰🇿 Kazakhstan is the home country: every item is about its cooperation\./],
    ['ru', '/country Казакхстан', /^🇰🇿 Казахстан — это наша страна/],
    ['kk', 'Qazaqstn', /^🇰🇿 Қазақстан — өз еліміз/],
  ])('answers the home country misspelt (%s: %s) as the home country, not as no country at all', async (lang, text, answer) => {
    await t.bot.handleUpdate(message(user(9, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
  })

  it.each([
    ['en', 'Kazakh cinema', '🔎 Search «Kazakh cinema»'],
    ['en', 'Kazakhstani films', '🔎 Search «Kazakhstani films»'],
    ['ru', 'казах кино', '🔎 Искать «казах кино»'],
  ])('offers a search for words beside the home country spelt right (%s: %s), which name no misspelt country', async (lang, text, searchButton) => {
    await t.bot.handleUpdate(message(user(9, lang), text))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual([searchButton])
  })

  it('offers a misspelt name the countries with items first, and text sent alone only countries with items beside its search', async () => {
    await seedItems(t.db, [itemWithPartner('AU', { title: 'Australian film week in Astana' })])
    const from = user(9, 'en')
    await t.bot.handleUpdate(command(from, '/country Austrlia'))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🇦🇺 Australia', '🇦🇹 Austria'])
    // «кино» is near the two Congos and China, which have nothing here: only the search is offered.
    await t.bot.handleUpdate(message(user(9, 'ru'), 'кино'))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🔎 Искать «кино»'])
    await t.bot.handleUpdate(message(user(9, 'en'), 'Austrlia'))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['🇦🇺 Australia', '🔎 Search «Austrlia»'])
  })

  it.each([
    ['en', 'Nothing to cancel: no edit is in progress.', /^I did not understand that\./],
    ['kk', 'Тоқтататын ештеңе жоқ: қазір ешқандай түзету жүріп жатқан жоқ.', /^Мұны түсінбедім\./],
  ])('says there is nothing to cancel and answers an unknown command, in %s', async (lang, nothing, unknown) => {
    const from = user(7, lang)
    await t.bot.handleUpdate(command(from, '/cancel'))
    expect(plain(lastPayload(t).text)).toBe(nothing)
    await t.bot.handleUpdate(command(from, '/frobnicate'))
    expect(plain(lastPayload(t).text)).toMatch(unknown)
  })

  it('says there is nothing to cancel, and keeps answering unknown commands', async () => {
    const from = user(4, 'ru')
    await t.bot.handleUpdate(command(from, '/cancel'))
    expect(plain(lastPayload(t).text)).toBe('Отменять нечего: сейчас ничего не редактируется.')
    await t.bot.handleUpdate(command(from, '/frobnicate'))
    expect(plain(lastPayload(t).text)).toMatch(/Не понял сообщение/)
  })

  it.each(['uk', 'ky', 'uz', 'be', 'ru-RU'])('answers a user whose Telegram speaks %s in Russian', async (code) => {
    await t.bot.handleUpdate(command(user(5, code), '/help'))
    expect(plain(lastPayload(t).text)).toMatch(/^Что я умею/)
  })

  it.each([
    ['en', /^🆕 The newest items, 7 in all[\s\S]*Page 1 of 2$/, /Page 2 of 2$/],
    ['ru', /^🆕 Самые новые материалы, всего 7[\s\S]*Страница 1 из 2$/, /Страница 2 из 2$/],
    ['kk', /^🆕 Ең жаңа материалдар, барлығы 7[\s\S]*Бет: 1\/2$/, /Бет: 2\/2$/],
  ])('counts /latest and its pages (%s)', async (lang, first, second) => {
    await seedItems(t.db, dailyItems(7, ['RU']))
    const from = user(6, lang)
    await t.bot.handleUpdate(command(from, '/latest'))
    expect(plain(lastPayload(t).text)).toMatch(first)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(second)
  })

  it('tells anyone their Telegram id, and a group its own', async () => {
    await t.bot.handleUpdate(command(user(7, 'en'), '/id'))
    expect(plain(lastPayload(t).text)).toMatch(/^Your Telegram id: 7\. .*ADMIN_IDS/)
    await t.bot.handleUpdate(command(user(7, 'kk'), '/id', groupChat(-1001234)))
    expect(plain(lastPayload(t).text)).toBe('Бұл чаттың id нөмірі: -1001234\nСіздің id нөміріңіз: 7')
  })

  it.each([
    ['en', 'For admins', '/cancel — stop an edit or a source being added', 'or a text list of addresses'],
    ['ru', 'Для администраторов', '/cancel — прервать правку или добавление источника', 'или текстового списка адресов'],
    ['kk', 'Әкімшілерге', '/cancel — түзетуді не дереккөз қосуды тоқтату', 'не мекенжайлардың мәтін тізімінен'],
  ])('lists the admin commands in an admin\'s /help only, /cancel as what stops /addsource too, /importsources taking a text list (%s)', async (lang, heading, cancel, textList) => {
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/help'))
    expect(plain(lastPayload(t).text)).toMatch(new RegExp(`${heading}\\n/review[\\s\\S]*/exportsources[\\s\\S]*/cancel`))
    expect(plain(lastPayload(t).text)).toContain(cancel)
    expect(plain(lastPayload(t).text)).toContain(textList)
    await t.bot.handleUpdate(command(user(8, lang), '/help'))
    expect(plain(lastPayload(t).text)).not.toContain(heading)
  })

  it('leaves a group\'s plain chatter alone', async () => {
    await t.bot.handleUpdate(message(user(9, 'en'), 'Россия', groupChat(-1005)))
    expect(t.api.sent()).toEqual([])
    expect(await listSubscriptions(t.db, { chatId: -1005, threadId: 0 })).toEqual([])
  })
})
