import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseTelegramHtml } from '../helpers/telegram-html.js'
import { dailyItems, itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, message, user } from '../helpers/updates.js'

function lastText(t: TestApp, method = 'sendMessage'): string {
  const text = t.api.sent(method).at(-1)?.payload.text
  if (typeof text !== 'string') throw new Error(`no ${method} recorded`)
  return text
}

function plain(html: string): string {
  const parsed = parseTelegramHtml(html)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.text
}

function buttons(t: TestApp, method = 'sendMessage'): { text: string; callback_data: string }[] {
  return (t.api.sent(method).at(-1)?.payload.reply_markup?.inline_keyboard ?? []).flat()
}

describe('/country', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', 'russia', /🇷🇺 Russia: 3 items since 2026/],
    ['ru', 'России', /🇷🇺 Россия: 3 материала с 2026 года/],
    ['kk', 'Ресей', /🇷🇺 Ресей: 2026 жылдан бері 3 материал/],
    ['en', 'RU', /Russia: 3 items/],
    ['ru', 'РФ', /Россия: 3 материала/],
  ])('answers a %s speaker asking for %s with the published items, newest first', async (lang, name, header) => {
    await seedItems(t.db, [
      itemWithPartner('RU', { title: 'Older', publishedAt: '2026-03-01T06:00:00.000Z' }),
      itemWithPartner(['BY', 'RU'], { title: 'Newest', publishedAt: '2026-11-01T06:00:00.000Z' }),
      itemWithPartner('RU', { title: 'Middle', publishedAt: '2026-06-01T06:00:00.000Z', kind: 'meeting' }),
      itemWithPartner('RU', { title: 'Waiting for review', status: 'flagged' }),
      itemWithPartner('RU', { title: 'Rejected', status: 'rejected' }),
      itemWithPartner('FR', { title: 'Other country' }),
    ])
    await t.bot.handleUpdate(command(user(10, lang), `/country ${name}`))
    const sent = t.api.sent().at(-1)!.payload
    expect(sent).toMatchObject({ chat_id: 10, parse_mode: 'HTML' })
    const text = plain(String(sent.text))
    expect(text).toMatch(header)
    expect(text.indexOf('Newest')).toBeLessThan(text.indexOf('Middle'))
    expect(text.indexOf('Middle')).toBeLessThan(text.indexOf('Older'))
    expect(text).not.toMatch(/Waiting for review|Rejected|Other country/)
    if (lang === 'ru') expect(text).toMatch(/🇧🇾 Беларусь, 🇷🇺 Россия/)
    if (lang === 'en') expect(text).toMatch(/Talks/)
  })

  it.each([
    ['en', '/country Trinidad & Tobago', /^🇹🇹 Trinidad and Tobago: 1 item/],
    ['en', '/country Trinidad&Tobago 2026', /^🇹🇹 Trinidad and Tobago · 2026: 1 item/],
    ['en', 'Bosnia & Herzegovina', /^🇧🇦 Bosnia and Herzegovina: 1 item/],
    ['en', '/latest Trinidad & Tobago', /^\/latest lists every country's newest items\. For 🇹🇹 Trinidad and Tobago alone/],
  ])('reads a name holding "&" whole (%s: %s), where it was split at "&" and offered as a misspelling', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('TT', { title: 'Trinidad item' }), itemWithPartner('BA', { title: 'Bosnian item' })])
    await t.bot.handleUpdate(command(user(16, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
  })

  it('answers a long message with a joining word in it at once, where every span of words around the «и» was looked up (minutes)', async () => {
    const half = Array.from({ length: 450 }, (_, i) => `w${i % 10}`).join(' ')
    await t.bot.handleUpdate(command(user(16, 'ru'), `/country ${half} и ${half}`))
    expect(plain(lastText(t))).toMatch(/^Не знаю страну «w0 w1 w2 .*…»\. Напишите название/)
  })

  it.each([
    ['uk', '/country Франція та Німеччина'],
    ['uk', '/country Франція і Тринідад і Тобаго'],
    ['ru', '/country Франция и Тринидад и Тобаго'],
  ])('offers each country of a list joined by Ukrainian «та», «і» or «и» around a name holding «и» (%s: %s), where «Тринидад» and «Тобаго» were not understood', async (lang, text) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE'), itemWithPartner('TT')])
    await t.bot.handleUpdate(command(user(16, lang), text))
    expect(plain(lastText(t))).toMatch(/названо несколько стран/)
    expect(buttons(t).map((b) => b.callback_data)).toEqual(text.includes('Тоб') ? ['cty:s:FR', 'cty:s:TT'] : ['cty:s:FR', 'cty:s:DE'])
  })

  it.each([
    ['en', '/country France, Germany, Foo, Bar', /^«France, Germany, Foo, Bar» names several countries, and \/country lists one at a time; I did not read «Foo, Bar», which is no country, year, kind of item or sector\. Pick one:$/],
    ['ru', '/country Франция, Германия, большие', /^В «Франция, Германия, большие» названо несколько стран, а \/country показывает по одной; «большие» я не понял: это не страна, не год, не вид материалов и не сфера\. Выберите:$/],
    ['kk', '/country Франция, Германия, үлкен', /; «үлкен» дегенді түсінбедім: бұл ел де, жыл да, материал түрі де, сала да емес\. Біреуін таңдаңыз:$/],
    ['ru', '/country Франция, Германия и музеи', /^В «Франция, Германия и музеи» названо несколько стран, а \/country показывает по одной\. Выберите:$/],
  ])('names the words of a list of countries it did not read (%s: %s), where they were dropped unsaid', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE')])
    await t.bot.handleUpdate(command(user(19, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.callback_data.slice(0, 8))).toEqual(['cty:s:FR', 'cty:s:DE'])
  })

  it.each([
    ['a soft hyphen', 'Рос\u00adсия'],
    ['a zero-width space', 'Фран\u200bция'],
    ['a word joiner and a direction mark', '\u200fРе\u2060сей'],
    ['full-width letters', 'ＦＲＡＮＣＥ'],
  ])('reads a name pasted with %s as the country', async (_what, name) => {
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Russian item' }), itemWithPartner('FR', { title: 'French item' })])
    await t.bot.handleUpdate(command(user(15, 'en'), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(/^🇷🇺 Russia: 1 item|^🇫🇷 France: 1 item/)
  })

  it.each([
    ['ru', 'по России', /^🇷🇺 Россия: 1 материал/],
    ['ru', 'с Францией', /^🇫🇷 Франция: 1 материал/],
    ['ru', 'со Францией', /^🇫🇷 Франция: 1 материал/],
    ['ru', 'во Франции', /^🇫🇷 Франция: 1 материал/],
    ['ru', 'из Китая', /^🇨🇳 Китай: 1 материал/],
    ['en', 'with France', /^🇫🇷 France: 1 item/],
    ['en', 'in Germany', /^🇩🇪 Germany: 1 item/],
    ['en', 'to the Netherlands', /^🇳🇱 Netherlands: 1 item/],
    ['kk', 'Ресеймен', /^🇷🇺 Ресей: 2026 жылдан бері 1 материал/],
    ['kk', 'Францияда', /^🇫🇷 Франция: 2026 жылдан бері 1 материал/],
    ['kk', 'Ресей туралы', /^🇷🇺 Ресей: 2026 жылдан бері 1 материал/],
    ['kk', 'Ресеймен бірге', /^🇷🇺 Ресей: 2026 жылдан бері 1 материал/],
    ['kk', 'Қытай үшін', /^🇨🇳 Қытай: 2026 жылдан бері 1 материал/],
  ])('answers a %s speaker asking «%s» (a preposition, a postposition or an ending around the name) with that country', async (lang, name, header) => {
    await seedItems(t.db, ['RU', 'FR', 'DE', 'CN', 'NL'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(16, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['ru', 'Нигерии', /^🇳🇬 Нигерия: 1 материал/],
    ['ru', 'с Нигерией', /^🇳🇬 Нигерия: 1 материал/],
    ['ru', 'в Нигере', /^🇳🇪 Нигер: 1 материал/],
    ['kk', 'Нигериядан', /^🇳🇬 Нигерия: 2026 жылдан бері 1 материал/],
    ['kk', 'Нигерден', /^🇳🇪 Нигер: 2026 жылдан бері 1 материал/],
  ])('tells Nigeria from Niger for a %s speaker asking «%s»', async (lang, name, header) => {
    await seedItems(t.db, ['NG', 'NE'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['ru', 'Северная Корея', /^🇰🇵 КНДР: 1 материал/],
    ['ru', 'с Северной Кореей', /^🇰🇵 КНДР: 1 материал/],
    ['en', 'DPRK', /^🇰🇵 North Korea: 1 item/],
    ['kk', 'Солтүстік Кореямен', /^🇰🇵 Солтүстік Корея: 2026 жылдан бері 1 материал/],
    ['ru', 'Южной Кореи', /^🇰🇷 Республика Корея: 1 материал/],
  ])('tells North Korea from South Korea for a %s speaker asking «%s»', async (lang, name, header) => {
    await seedItems(t.db, ['KP', 'KR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['en', 'U.S.', /^🇺🇸 United States: 1 item/],
    ['en', 'the U.S.', /^🇺🇸 United States: 1 item/],
    ['en', 'U.S.A.', /^🇺🇸 United States: 1 item/],
    ['en', 'U.K.', /^🇬🇧 United Kingdom: 1 item/],
    ['ru', 'U.A.E.', /^🇦🇪 ОАЭ: 1 материал/],
  ])('reads initials written with dots for a %s speaker asking «%s»', async (lang, name, header) => {
    await seedItems(t.db, ['US', 'GB', 'AE'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['Босния и Герцеговина', /^🇧🇦 Босния и Герцеговина: 1 материал/],
    ['с Боснией и Герцеговиной', /^🇧🇦 Босния и Герцеговина: 1 материал/],
    ['Тринидад и Тобаго', /^🇹🇹 Тринидад и Тобаго: 1 материал/],
    ["Кот-д'Ивуар", /^🇨🇮 Кот-д’Ивуар: 1 материал/],
  ])('reads a Russian name with a one-letter word in it, «%s», as its country', async (name, header) => {
    await seedItems(t.db, ['BA', 'TT', 'CI'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, 'ru'), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['en', 'S. Korea', /^🇰🇷 South Korea: 1 item/],
    ['en', 'N. Korea', /^🇰🇵 North Korea: 1 item/],
    ['en', 'S.Korea', /^🇰🇷 South Korea: 1 item/],
    ['en', 'S Korea', /^🇰🇷 South Korea: 1 item/],
    ['ru', 'Юж. Корея', /^🇰🇷 Республика Корея: 1 материал/],
    ['ru', 'Сев. Корея', /^🇰🇵 КНДР: 1 материал/],
    ['ru', 'Вост. Тимор', /^🇹🇱 Восточный Тимор: 1 материал/],
    ['kk', 'Оңт. Корея', /^🇰🇷 Оңтүстік Корея: 2026 жылдан бері 1 материал/],
    ['en', 'U.S.', /^🇺🇸 United States: 1 item/],
    // Spelt out with -ern where the name has it ("Western Sahara"), and in Russian names the tables lack.
    ['en', 'W. Sahara', /^🇪🇭 Western Sahara: 1 item/],
    ['ru', 'Зап. Сахара', /^🇪🇭 САДР: 1 материал/],
    ['ru', 'Западная Сахара', /^🇪🇭 САДР: 1 материал/],
    ['ru', 'Юж. Африка', /^🇿🇦 ЮАР: 1 материал/],
    ['en', 'N. Mariana Islands', /^🇲🇵 Northern Mariana Islands: 1 item/],
    ['en', 'N. Ireland', /^ℹ️ «N. Ireland» is in 🇬🇧 the United Kingdom[^\n]*\n+🇬🇧 United Kingdom: 1 item/],
    ['ru', 'Сев. Ирландия', /^ℹ️ «Сев. Ирландия» [^\n]*🇬🇧 Великобритания[^\n]*\n+🇬🇧 Великобритания: 1 материал/],
    ['ru', 'Сев. Марианские острова', /^🇲🇵 Северные Марианские Острова: 1 материал/],
  ])('reads a %s compass word cut short, «%s», as its country spelt out', async (lang, name, header) => {
    await seedItems(t.db, ['KR', 'KP', 'TL', 'US', 'EH', 'ZA', 'MP', 'GB'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['en', 'S. Ireland', ['🇮🇪 Ireland']],
    ['ru', 'Юж. Ирландия', ['🇮🇪 Ирландия']],
  ])('suggests for a cut compass word whose spelling out names no country, «%s», what the text as typed is near, not South Korea', async (lang, name, first) => {
    await seedItems(t.db, ['IE', 'KR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(buttons(t).map((b) => b.text).slice(0, 1)).toEqual(first)
    expect(buttons(t).map((b) => b.text).join(' ')).not.toMatch(/🇰🇷/)
  })

  it.each([
    ['ru', 'США новости', '«США новости»: страну 🇺🇸 США я понял, а «новости» — нет: это не год, не вид материалов (соглашения, комиссии, переговоры, совместные мероприятия) и не сфера. Показать материалы страны или поискать эти слова?', '🇺🇸 США'],
    ['en', 'france 2025 exhibitions', '«france 2025 exhibitions»: I read the country 🇫🇷 France, but not «exhibitions», which is no year, kind of item (agreements, commissions, talks, joint events) or sector. Show the country\'s items, or search for the words?', '🇫🇷 France · 2025'],
    ['kk', 'Ресей жаңалықтары', '«Ресей жаңалықтары»: 🇷🇺 Ресей елін түсіндім, ал «жаңалықтары» сөзін түсінбедім: бұл жыл да, материал түрі де (келісімдер, комиссиялар, келіссөздер, бірлескен іс-шаралар), сала да емес. Елдің материалдарын көрсетейін бе, әлде бұл сөздерді іздейін бе?', '🇷🇺 Ресей'],
  ])('says which words beside a country it did not read, offering the country\'s list and their search, where it knew no such country (%s: %s)', async (lang, query, answer, country) => {
    await seedItems(t.db, [itemWithPartner('US'), itemWithPartner('FR'), itemWithPartner('RU')])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t).map((b) => b.text)).toEqual([country, expect.stringMatching(/^🔎 /)])
    await t.bot.handleUpdate(callback(user(18, lang), buttons(t)[0]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(new RegExp(`^${country}`))
  })

  it.each([
    ['ru', 'большие театры России', 'большие', '🇷🇺 Россия · театр', /^🇷🇺 Россия · театр: 1 материал/],
    ['en', 'big theatres of Russia', 'big', '🇷🇺 Russia · theatre', /^🇷🇺 Russia · theatre: 1 item/],
    ['kk', 'үлкен Ресей театрлары', 'үлкен', '🇷🇺 Ресей · театр', /^🇷🇺 Ресей · театр: 1 материал/],
  ])('keeps a sector among words it did not read beside a country as the list\'s narrowing (%s: %s), where it said no such country was known or dropped the sector', async (lang, query, unread, country, header) => {
    await seedItems(t.db, [itemWithPartner('RU', { sectors: ['theatre'] }), itemWithPartner('RU', { sectors: ['museums'] })])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).toContain(`«${unread}»`)
    expect(buttons(t).map((b) => b.text)).toEqual([country, expect.stringMatching(/^🔎 /)])
    await t.bot.handleUpdate(callback(user(18, lang), buttons(t)[0]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(header)
  })

  it.each([
    ['en', 'UNESCO', '«UNESCO» is 🏛 UNESCO, an international organisation, not a country: /country lists one partner country\'s items. Search for it below, or follow it with /subscribe UNESCO.'],
    ['ru', 'ШОС', '«ШОС» — это 🏛 ШОС, международная организация, а не страна: /country показывает материалы одной страны-партнёра. Поищите её по кнопке ниже или подпишитесь: /subscribe ШОС.'],
    ['kk', 'ТҮРКСОЙ', '«ТҮРКСОЙ» — 🏛 ТҮРКСОЙ, ел емес, халықаралық ұйым: /country бір серіктес елдің материалдарын көрсетеді. Оны төмендегі түймемен іздеңіз немесе жазылыңыз: /subscribe ТҮРКСОЙ.'],
  ])('says an organisation is no country, with its search and how to follow it (%s: /country %s), where it offered Turkey, Laos or nothing', async (lang, name, answer) => {
    await seedItems(t.db, [itemWithPartner('TR'), itemWithPartner('LA')])
    await t.bot.handleUpdate(command(user(19, lang), `/country ${name}`))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t).map((b) => b.text)).toEqual([expect.stringMatching(/^🔎 /)])
  })

  it.each([
    ['uk', '/country Франція', /^🇫🇷 Франция: 1 материал/],
    ['uk', 'Німеччина', /^🇩🇪 Германия: 1 материал/],
    ['be', '/country Расія', /^🇷🇺 Россия: 1 материал/],
    ['be', '/country Францыя', /^🇫🇷 Франция: 1 материал/],
  ])('reads a country named in Ukrainian or Belarusian, as its reader is answered in Russian (%s: %s), where it knew no such country', async (lang, text, header) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE'), itemWithPartner('RU')])
    await t.bot.handleUpdate(command(user(19, lang), text))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['uk', '/country Франції', /^🇫🇷 Франция: 1 материал/],
    ['uk', '/country Німеччини', /^🇩🇪 Германия: 1 материал/],
    ['uk', 'Францією', /^🇫🇷 Франция: 1 материал/],
    ['uk', '/country Туреччини 2026', /^🇹🇷 Турция · 2026: 1 материал/],
    ['uk', '/subscribe Німеччини', /^✅ Подписка оформлена: 🇩🇪 Германия\./],
    ['be', '/country Францыі', /^🇫🇷 Франция: 1 материал/],
    ['en', '/country Франції', /^🇫🇷 France: 1 item/],
  ])('reads a Ukrainian or Belarusian name in its other cases as the country (%s: %s), where they were offered as misspellings', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE'), itemWithPartner('TR')])
    await t.bot.handleUpdate(command(user(19, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).not.toContainEqual(expect.stringMatching(/^🇫🇷 Франция$|^🇩🇪 Германия$/))
  })

  it.each([
    ['/country &lt;Франция&gt;', /^Не знаю страну «<Франция>»/],
    ['/country Россия&nbsp;2026', /^🇷🇺 Россия · 2026: 1 материал/],
    ['/subscribe &lt;b&gt;Россия&lt;/b&gt;', /^Не понял: <b>Россия<\/b>\./],
    ['/subscribe Франция &amp; Германия', /^✅ Подписка оформлена: 🇫🇷 Франция, 🇩🇪 Германия\./],
  ])('reads HTML character references copied from a page\'s source (%s) as the page shows them, where «lt» and «gt» were Lithuania and Guatemala', async (text, answer) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE'), itemWithPartner('RU'), itemWithPartner('LT'), itemWithPartner('GT')])
    await t.bot.handleUpdate(command(user(19, 'ru'), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(plain(lastText(t))).not.toMatch(/Литва|Гватемала/)
    expect(buttons(t).map((b) => b.text).join()).not.toMatch(/Литва|Гватемала/)
  })

  it.each([
    ['uk', '/country з Францією', /^🇫🇷 Франция: 1 материал/],
    ['uk', '/country із Францією 2026', /^🇫🇷 Франция · 2026: 1 материал/],
    ['uk', '/country у Німеччині', /^🇩🇪 Германия: 1 материал/],
    ['uk', '/country від Франції', /^🇫🇷 Франция: 1 материал/],
    ['uk', 'щодо Німеччини', /^🇩🇪 Германия: 1 материал/],
    ['uk', '/subscribe з Францією', /^✅ Подписка оформлена: 🇫🇷 Франция\./],
    ['be', '/country з Расіяй', /^🇷🇺 Россия: 1 материал/],
    ['be', '/country пра Францыю', /^🇫🇷 Франция: 1 материал/],
  ])('reads a name asked with a Ukrainian or Belarusian preposition (%s: %s) without it, where the preposition was not understood', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('FR'), itemWithPartner('DE'), itemWithPartner('RU')])
    await t.bot.handleUpdate(command(user(19, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(plain(lastText(t))).not.toMatch(/нет|не понял/)
  })

  it.each([
    ['/country Єгипту', /^🇪🇬 Египет: 1 материал/],
    ['/country з Єгиптом', /^🇪🇬 Египет: 1 материал/],
    ['Єгипті', /^🇪🇬 Египет: 1 материал/],
    ['/country Китаю', /^🇨🇳 Китай: 1 материал/],
    ['/country з Ізраїлем', /^🇮🇱 Израиль: 1 материал/],
    ['/country Нідерландів', /^🇳🇱 Нидерланды: 1 материал/],
    ['/country Гвінеї', /^🇬🇳 Гвинея: 1 материал/],
  ])('reads a Ukrainian name whose vowel drops or whose ending declines otherwise (%s) as the country, where it was offered as a misspelling', async (text, answer) => {
    await seedItems(t.db, ['EG', 'CN', 'IL', 'NL', 'GN'].map((code) => itemWithPartner(code)))
    await t.bot.handleUpdate(command(user(19, 'uk'), text))
    expect(plain(lastText(t))).toMatch(answer)
  })

  it.each([
    ['ru', 'Россия и музеи', /^🇷🇺 Россия · музеи: 1 материал/],
    ['en', 'Russia and museums', /^🇷🇺 Russia · museums: 1 item/],
    ['kk', 'Ресей және мұражайлар', /^🇷🇺 Ресей · мұражайлар: 1 материал/],
  ])('reads a sector beside a country and a common word as the list\'s narrowing, never calling it unread nor the country unknown (%s: %s)', async (lang, query, header) => {
    await seedItems(t.db, [itemWithPartner('RU', { sectors: ['museums'] })])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['ru', 'Россия 2025 год'],
    ['ru', 'Россия в 2025 году'],
    ['ru', 'Россия 2025 г.'],
    ['kk', 'Ресей 2025 жыл'],
    ['en', 'Russia 2025 year'],
  ])('reads the word for a year beside one as the year\'s, not as a word it did not read (%s: %s)', async (lang, query) => {
    await seedItems(t.db, [itemWithPartner('RU', { publishedAt: '2025-05-01T06:00:00.000Z' })])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).toMatch(/^🇷🇺 (Россия|Ресей|Russia) · 2025/)
  })

  it.each([
    ['en', 'Russia in 2025'],
    ['ru', 'Россия в 2025'],
  ])('reads a preposition before a year at the end as the year\'s, not as a country (%s: %s: "in" is no India)', async (lang, query) => {
    await seedItems(t.db, [itemWithPartner('RU', { publishedAt: '2025-05-01T06:00:00.000Z' }), itemWithPartner('IN')])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).toMatch(/^🇷🇺 (Россия|Russia) · 2025/)
  })

  it.each([
    ['en', 'S. Ireland'],
    ['en', 'Southern Ireland'],
    ['ru', 'Юж. Ирландия'],
    ['en', 'W. Germany'],
  ])('does not say it read another country in a name with a compass word beside it (%s: %s), but knows no such name, as before', async (lang, query) => {
    await seedItems(t.db, [itemWithPartner('IE'), itemWithPartner('DE')])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${query}`))
    expect(plain(lastText(t))).not.toMatch(/I read the country|я понял/)
    expect(plain(lastText(t))).toMatch(/^I don't know|^Не знаю/)
  })

  it('echoes words beside a country it did not read as typed, escaped, not the letters it read out of them', async () => {
    await seedItems(t.db, [itemWithPartner('US')])
    await t.bot.handleUpdate(command(user(18, 'en'), '/country США <b>'))
    expect(plain(lastText(t))).toMatch(/^«США <b>»: I read the country 🇺🇸 United States, but not «<b>», /)
  })

  it('names the two Congos apart in English, on the buttons a plain «Congo» offers and on the keyboard of countries', async () => {
    await seedItems(t.db, ['CD', 'CG', 'MD'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    const from = user(17, 'en')
    await t.bot.handleUpdate(command(from, '/country Congo'))
    expect(buttons(t).map((b) => b.text).slice(0, 2)).toEqual(['🇨🇩 DR Congo', '🇨🇬 Republic of the Congo'])
    await t.bot.handleUpdate(command(from, '/country'))
    expect(buttons(t).map((b) => b.text)).toEqual(['🇨🇩 DR Congo · 1', '🇨🇬 Republic of the Congo · 1', '🇲🇩 Moldova · 1'])
    await t.bot.handleUpdate(command(from, '/country Republic of the Congo'))
    expect(plain(lastText(t))).toMatch(/^🇨🇬 Republic of the Congo: 1 item/)
  })

  it.each([
    ['en', '/country Congo', '«Congo» is the name of more than one country. Which one do you mean?', []],
    ['en', '/country Congo 2025', '«Congo» is the name of more than one country. Which one do you mean?', []],
    ['en', 'Congo', '«Congo» is the name of more than one country. Which one do you mean?', ['🔎 Search «Congo»']],
  ])('asks which country a name two countries share means (%s: %s), offering the two and no name spelt near it', async (lang, text, answer, more) => {
    await seedItems(t.db, ['CD', 'CG', 'TG'].map((code) => itemWithPartner(code, { title: `Item with ${code}`, publishedAt: '2025-05-01T06:00:00.000Z' })))
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(['🇨🇩 DR Congo', '🇨🇬 Republic of the Congo', ...more])
    await t.bot.handleUpdate(callback(from, buttons(t)[1]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(/^🇨🇬 Republic of the Congo(?: · 2025)?: 1 item/)
  })

  it.each([
    ['ru', '/country Конго', '«Конго» — так называют не одну страну. Какую вы имеете в виду?', ['🇨🇩 Демократическая Республика Конго', '🇨🇬 Республика Конго']],
    ['ru', 'Конго', '«Конго» — так называют не одну страну. Какую вы имеете в виду?', ['🇨🇩 Демократическая Республика Конго', '🇨🇬 Республика Конго', '🔎 Искать «Конго»']],
    ['kk', '/country Конгомен', '«Конгомен» деп бірнеше елді атайды. Қайсысын айтып тұрсыз?', ['🇨🇩 Конго', '🇨🇬 Конго Республикасы']],
    ['ru', '/subscribe Конго', '«Конго» — так называют не одну страну: нажмите на ту, за которой хотите следить.', ['🔔 🇨🇩 Демократическая Республика Конго', '🔔 🇨🇬 Республика Конго']],
  ])('asks which Congo a Russian or Kazakh «Конго» means, as it asks of "Congo" (%s: %s), where it read the DR Congo', async (lang, text, answer, offered) => {
    await seedItems(t.db, ['CD', 'CG'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), text))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['ru', '/country США', /^🇺🇸 США: 1 материал/],
    ['ru', 'США', /^🇺🇸 США: 1 материал/],
    ['ru', '/country Великобритания', /^🇬🇧 Великобритания: 1 материал/],
    ['kk', '/country АҚШ', /^🇺🇸 Америка Құрама Штаттары: 2026 жылдан бері 1 материал/],
  ])('reads a state\'s name as the state, not as a territory naming it in parentheses too (%s: %s), where it asked which of three', async (lang, text, header) => {
    await seedItems(t.db, ['US', 'GB', 'VI', 'UM', 'VG'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(19, lang), text))
    expect(plain(lastText(t))).toMatch(header)
    expect(buttons(t).map((b) => b.text).join(' ')).not.toMatch(/Виргин|острова|аралдар/)
  })

  it('subscribes «США» to the United States, where it asked which of three', async () => {
    await t.bot.handleUpdate(command(user(19, 'ru'), '/subscribe США'))
    expect(plain(lastText(t))).toBe('✅ Подписка оформлена: 🇺🇸 США. Новые материалы придут сюда.')
  })

  it.each([
    ['ru', '/country Конго, Франция', 'В «Конго, Франция» названо несколько стран, а /country показывает по одной. Выберите:', ['🇫🇷 Франция', '🇨🇩 Демократическая Республика Конго', '🇨🇬 Республика Конго']],
    ['en', '/country France and Congo', '«France and Congo» names several countries, and /country lists one at a time. Pick one:', ['🇫🇷 France', '🇨🇩 DR Congo', '🇨🇬 Republic of the Congo']],
    ['ru', '/subscribe Конго и Франция', '✅ Подписка оформлена: 🇫🇷 Франция. Новые материалы придут сюда.\n«Конго» — так называют не одну страну: нажмите на ту, за которой хотите следить.', ['🔔 🇨🇩 Демократическая Республика Конго', '🔔 🇨🇬 Республика Конго']],
  ])('offers both Congos for a «Конго» in a list of countries (%s: %s), where it read the DR Congo without asking', async (lang, text, answer, offered) => {
    await seedItems(t.db, ['CD', 'CG', 'FR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(18, lang), text))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['en', 'Congo-Brazzaville', /^🇨🇬 Republic of the Congo: 1 item/],
    ['en', 'Republic of Congo', /^🇨🇬 Republic of the Congo: 1 item/],
    ['ru', 'Конго-Браззавиль', /^🇨🇬 Республика Конго: 1 материал/],
    ['en', 'Democratic Republic of Congo', /^🇨🇩 DR Congo: 1 item/],
  ])('reads a name that tells the Congos apart as that one (%s: %s)', async (lang, name, header) => {
    await seedItems(t.db, ['CD', 'CG'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['en', 'Turkey', '🇹🇷 Türkiye: 1 item since 2026', '🔔 Follow 🇹🇷 Türkiye'],
    ['en', 'Türkiye', '🇹🇷 Türkiye: 1 item since 2026', '🔔 Follow 🇹🇷 Türkiye'],
    ['ru', 'Турция', '🇹🇷 Турция: 1 материал с 2026 года', '🇹🇷 Турция'],
    ['kk', 'Түркия', '🇹🇷 Түркия: 2026 жылдан бері 1 материал', '🇹🇷 Түркия'],
  ])('names Türkiye by the name it has asked for since 2022, as the UN does (%s: %s), where English cards said Turkey', async (lang, name, header, follow) => {
    await seedItems(t.db, [itemWithPartner(['TR', 'AZ'], { title: 'Turkic heritage exhibition' })])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${name}`))
    const text = plain(lastText(t))
    expect(text.split('\n')[0]).toBe(header)
    expect(text).not.toMatch(/Turkey/)
    expect(buttons(t).map((b) => b.text).join(' ')).toContain(follow)
  })

  it.each([
    ['en', 'Turkey', '🇹🇷 Türkiye'],
    ['ru', 'Турцией', '🇹🇷 Турция'],
    ['kk', 'Түркиямен', '🇹🇷 Түркия'],
  ])('keeps the country asked for in view on a card naming more partners than a card shows (%s: %s)', async (lang, name, shown) => {
    // Ten partners, Turkey last by code: the card names eight and "2 more", which hid the one asked for.
    await seedItems(t.db, [itemWithPartner(['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR'], { title: 'CICA youth council' })])
    await t.bot.handleUpdate(command(user(18, lang), `/country ${name}`))
    const partnersLine = plain(lastText(t)).split('\n').find((line) => line.includes('🇦🇿'))
    expect(partnersLine).toContain(shown)
    expect(partnersLine!.indexOf(shown)).toBe(0)
  })

  it.each([
    ['ru', 'Эрмитаж', 'RU', 'Эрмитаж привёз в Астану гравюры', /^ℹ️ «Эрмитаж» относится к стране 🇷🇺 Россия: вот материалы этой страны\.\n🇷🇺 Россия: 2 материала с 2026 года\n/, '🔎 Искать «Эрмитаж»'],
    ['en', 'Louvre', 'FR', 'Louvre lends paintings to Astana', /^ℹ️ «Louvre» is in 🇫🇷 France: here are that country's items\.\n🇫🇷 France: 2 items since 2026\n/, '🔎 Search «Louvre»'],
    ['kk', 'Мәскеу 2026', 'RU', 'Мәскеу театры Астанада', /^ℹ️ «Мәскеу» — 🇷🇺 Ресей еліне қатысты: сол елдің материалдары төменде\.\n🇷🇺 Ресей · 2026: 2 материал\n/, '🔎 «Мәскеу» іздеу'],
    // Well-known ones the classifier's tables lack.
    ['en', 'Amsterdam 2026', 'NL', 'Amsterdam hosts Days of Kazakh culture', /^ℹ️ «Amsterdam» is in 🇳🇱 the Netherlands: here are that country's items\.\n🇳🇱 Netherlands · 2026: 2 items\n/, '🔎 Search «Amsterdam»'],
    ['ru', 'Рейксмузеум', 'NL', 'Рейксмузеум покажет в Астане голландцев', /^ℹ️ «Рейксмузеум» относится к стране 🇳🇱 Нидерланды: вот материалы этой страны\.\n🇳🇱 Нидерланды: 2 материала с 2026 года\n/, '🔎 Искать «Рейксмузеум»'],
  ])('says an institution or a city asked for (%s: %s) was read as its country, and offers a search for its words', async (lang, asked, partner, title, answer, searchButton) => {
    await seedItems(t.db, [itemWithPartner(partner, { title }), itemWithPartner(partner, { title: 'Cooperation agreement signed' })])
    const from = user(19, lang)
    await t.bot.handleUpdate(command(from, `/country ${asked}`))
    expect(plain(lastText(t))).toMatch(answer)
    const search = buttons(t).find((b) => b.text === searchButton)
    expect(search).toBeDefined()
    await t.bot.handleUpdate(callback(from, search!.callback_data))
    const found = plain(lastText(t, 'editMessageText'))
    expect(found).toContain(title)
    expect(found).not.toContain('Cooperation agreement signed')
  })

  it.each([
    ['ru', 'Женева', /^ℹ️ «Женева» относится к стране 🇨🇭 Швейцария\. «Женева» может упоминаться и в других материалах: 🔎 ниже ищет это слово\.\n🇨🇭 Опубликованных материалов со страной Швейцария пока нет\./, '🔎 Искать «Женева»'],
    ['en', 'Geneva 2025', /^ℹ️ «Geneva» is in 🇨🇭 Switzerland\. Articles may still mention «Geneva»: 🔎 below searches for it\.\n🇨🇭 Switzerland · 2025: nothing published\./, '🔎 Search «Geneva»'],
    ['kk', 'Женева', /^ℹ️ «Женева» — 🇨🇭 Швейцария еліне қатысты\. «Женева» басқа материалдарда да кездесуі мүмкін: 🔎 түймесі оны іздейді\.\n🇨🇭 Швейцария бойынша әзірге жарияланған материал жоқ\./, '🔎 «Женева» іздеу'],
  ])('says a city read as a country with no items (%s: %s) was read so, and offers its search, which finds what mentions it', async (lang, asked, answer, searchButton) => {
    await seedItems(t.db, [itemWithPartner('FR', { title: 'Women in culture forum', body: 'The forum in Geneva and Женева gathered curators.' })])
    const from = user(19, lang)
    await t.bot.handleUpdate(command(from, `/country ${asked}`))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toContain(searchButton)
    await t.bot.handleUpdate(callback(from, buttons(t).find((b) => b.text === searchButton)!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toContain('Women in culture forum')
  })

  it.each([
    ['en', 'British museums', /^🇬🇧 United Kingdom · museums: 1 item\n/],
    ['ru', 'Британские музеи', /^🇬🇧 Великобритания · музеи: 1 материал\n/],
    ['ru', 'Британского музея', /^ℹ️ «Британского музея» относится к стране 🇬🇧 Великобритания: вот материалы этой страны\.\n🇬🇧 Великобритания: 2 материала с 2026 года\n/],
  ])('reads the plural of an institution\'s name as its country\'s sector, and the institution in any case as its country (%s: %s)', async (lang, asked, answer) => {
    await seedItems(t.db, [itemWithPartner('GB', { sectors: ['museums'] }), itemWithPartner('GB', { sectors: ['theatre'] })])
    await t.bot.handleUpdate(command(user(19, lang), `/country ${asked}`))
    expect(plain(lastText(t))).toMatch(answer)
  })

  it.each([
    ['en', 'Chad', /^🇹🇩 Chad: 1 item/],
    ['ru', 'Чад', /^🇹🇩 Чад: 1 материал/],
    ['kk', 'Того', /^🇹🇬 Того: 2026 жылдан бері 1 материал/],
  ])('answers a %s speaker asking for %s, a name running text uses as a word, with that country', async (lang, name, header) => {
    await seedItems(t.db, ['TD', 'TG'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['en', 'France, Germany', /^«France, Germany» names several countries/, ['🇫🇷 France', '🇩🇪 Germany']],
    ['ru', 'Россия и Китай', /^В «Россия и Китай» названо несколько стран/, ['🇷🇺 Россия', '🇨🇳 Китай']],
    ['kk', 'Германия мен Франция', /^«Германия мен Франция» ішінде бірнеше ел аталған/, ['🇩🇪 Германия', '🇫🇷 Франция']],
    ['en', '🇷🇺🇨🇳', /^«🇷🇺🇨🇳» names several countries/, ['🇷🇺 Russia', '🇨🇳 China']],
    ['ru', '🇫🇷 🇩🇪', /^В «🇫🇷 🇩🇪» названо несколько стран/, ['🇫🇷 Франция', '🇩🇪 Германия']],
    // A name and another country's flag: both, not the name alone.
    ['en', 'Russia 🇫🇷', /^«Russia 🇫🇷» names several countries/, ['🇷🇺 Russia', '🇫🇷 France']],
    ['ru', '🇫🇷 Россия', /^В «🇫🇷 Россия» названо несколько стран/, ['🇫🇷 Франция', '🇷🇺 Россия']],
  ])('offers each country a %s list names as a button, «%s»', async (lang, name, answer, offered) => {
    await seedItems(t.db, ['RU', 'CN', 'FR', 'DE'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, `/country ${name}`))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttons(t)[1]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(new RegExp(`^${offered[1]}: `))
  })

  it('offers a list of countries sent alone in a private chat as buttons, beside the search for its words', async () => {
    await seedItems(t.db, ['RU', 'CN'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(message(user(17, 'ru'), 'Россия и Китай'))
    expect(plain(lastText(t))).toMatch(/^В «Россия и Китай» названо несколько стран/)
    expect(buttons(t).map((b) => b.text)).toEqual(['🇷🇺 Россия', '🇨🇳 Китай', '🔎 Искать «Россия и Китай»'])
  })

  it.each([
    ['ru', 'Казахстан и Россия', /^🇷🇺 Россия: 1 материал/],
    ['en', 'Kazakhstan and France 2026', /^🇫🇷 France · 2026: 1 item/],
    ['kk', 'Қазақстан мен Түркия', /^🇹🇷 Түркия: 2026 жылдан бері 1 материал/],
  ])('answers a %s speaker naming the home country beside another («%s») with the other', async (lang, name, header) => {
    await seedItems(t.db, ['RU', 'FR', 'TR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([['/country большие театры'], ['/country большие'], ['большие']])('offers no country for an ordinary word («%s»), where Belgium, Bolivia and Poland were offered', async (text) => {
    await seedItems(t.db, ['BE', 'BO', 'PL'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, 'ru'), text))
    expect(buttons(t).map((b) => b.text).filter((label) => /Бельгия|Боливия|Польша/.test(label))).toEqual([])
  })

  it.each([
    ['/country great', /United Kingdom|Greece/],
    ['/country capital', /Italy/],
    ['/country national', /Nauru/],
    ['/country famous', /.+/],
    ['great', /United Kingdom|Greece/],
    ['/subscribe capital', /Italy/],
  ])('offers no country for an English word near a name by its letters only («%s»), where the United Kingdom, Greece or Italy were offered', async (text, offeredBefore) => {
    await seedItems(t.db, ['GB', 'GR', 'IT', 'NR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, 'en'), text))
    expect(buttons(t).map((b) => b.text).filter((label) => offeredBefore.test(label) && !label.startsWith('🔎'))).toEqual([])
  })

  it.each([
    ['Grece', '🇬🇷 Greece'],
    ['Itly', '🇮🇹 Italy'],
    ['Senagal', '🇸🇳 Senegal'],
  ])('still offers its country for a misspelt name (%s)', async (name, offered) => {
    await seedItems(t.db, ['GR', 'IT', 'SN'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, 'en'), `/country ${name}`))
    expect(buttons(t).map((b) => b.text)).toContain(offered)
  })

  it.each([
    ['ru', '/country Африка', /^«Африка» — это регион, а не страна/, ['🇪🇬 Египет · 2', '🇲🇦 Марокко · 1']],
    ['en', '/country Africa', /^«Africa» is a region, not a country/, ['🇪🇬 Egypt · 2', '🇲🇦 Morocco · 1']],
    ['kk', '/country Еуропа', /^«Еуропа» — ел емес, аймақ/, ['🇫🇷 Франция · 1']],
    ['ru', 'Европа', /^«Европа» — это регион/, ['🇫🇷 Франция · 1']],
    ['en', '/country Central Asia', /^«Central Asia» is a region/, ['🇺🇿 Uzbekistan · 1']],
    ['kk', '/country Орталық Азия', /^«Орталық Азия» — ел емес, аймақ/, ['🇺🇿 Өзбекстан · 1']],
    ['ru', '/country Ближний Восток', /^«Ближний Восток» — это регион/, ['🇪🇬 Египет · 2']],
    ['en', '/country Middle East', /^«Middle East» is a region/, ['🇪🇬 Egypt · 2']],
    ['ru', '/country по Латинской Америке', /^«по Латинской Америке» — это регион, а не страна, и ни по одной из его стран материалов пока нет/, []],
    ['en', '/country Latin America', /^«Latin America» is a region, not a country, and none of its countries has items yet/, []],
  ])('answers a region asked for as a country with its countries that have items (%s: %s), where Africa was offered the USA and Europe was unknown', async (lang, text, answer, offered) => {
    await seedItems(t.db, ['EG', 'EG', 'MA', 'FR', 'UZ', 'US', 'KZ'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
    if (offered.length === 0) return
    await t.bot.handleUpdate(callback(from, buttons(t)[0]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(new RegExp(`^${offered[0]!.replace(/ · \d+$/u, '')}: `, 'u'))
  })

  it.each([
    ['en', '/country Europe 2025', /^«Europe» is a region, not a country[^]*\nCounted: 2025\.$/, ['🇫🇷 France · 2']],
    ['ru', '/country Африка соглашения', /^«Африка» — это регион, а не страна[^]*\nПосчитаны материалы: соглашения\.$/, ['🇪🇬 Египет · 1']],
    ['kk', '/country Еуропа 2025', /^«Еуропа» — ел емес, аймақ[^]*\nСаналғаны: 2025\.$/, ['🇫🇷 Франция · 2']],
    ['en', '/country Europe 2024', /^None of the countries of «Europe» has items · 2024\. Without the narrowing: \/country Europe\.$/, []],
  ])('answers a region narrowed by a year or kinds (%s: %s) with its countries counted so, their buttons narrowed alike, where it was no country known', async (lang, text, answer, offered) => {
    await seedItems(t.db, [
      itemWithPartner('FR', { publishedAt: '2025-05-01T06:00:00.000Z', title: 'French 2025 one' }),
      itemWithPartner('FR', { publishedAt: '2025-06-01T06:00:00.000Z', title: 'French 2025 two' }),
      itemWithPartner('FR', { publishedAt: '2026-05-01T06:00:00.000Z', title: 'French 2026' }),
      itemWithPartner('DE', { publishedAt: '2026-05-01T06:00:00.000Z', title: 'German 2026' }),
      itemWithPartner('EG', { publishedAt: '2026-05-01T06:00:00.000Z', title: 'Egyptian agreement', kind: 'agreement' }),
      itemWithPartner('EG', { publishedAt: '2026-06-01T06:00:00.000Z', title: 'Egyptian talks', kind: 'meeting' }),
      itemWithPartner('MA', { publishedAt: '2026-06-01T06:00:00.000Z', title: 'Moroccan talks', kind: 'meeting' }),
    ])
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
    if (offered.length === 0) return
    await t.bot.handleUpdate(callback(from, buttons(t)[0]!.callback_data))
    const list = plain(lastText(t, 'editMessageText'))
    expect(list).toMatch(/French 2025 one|Egyptian agreement/)
    expect(list).not.toMatch(/French 2026|Egyptian talks/)
  })

  it.each([
    ['en', '/country Europe 2030', /^«2030»: a list is narrowed by a year from 1991 to 2027, such as \/country Europe 2026; the countries below are counted without it\.\n«Europe» is a region, not a country/, ['🇫🇷 France · 1']],
    ['ru', '/country Европа 2030', /^«2030»: список сужается годом от 1991 до 2027, например \/country Европа 2026; страны ниже посчитаны без этого года\.\n«Европа» — это регион/, ['🇫🇷 Франция · 1']],
    ['kk', '/country 1900 Еуропа', /^«1900»: тізімді 1991 жылдан 2027 жылға дейінгі жылмен тарылтуға болады, мысалы \/country Еуропа 2026; төмендегі елдер бұл жылсыз саналды\.\n«Еуропа» — ел емес, аймақ/, ['🇫🇷 Франция · 1']],
    ['en', '/country Africa 2030', /^«2030»: [^\n]*\n«Africa» is a region, not a country, and none of its countries has items yet/, []],
  ])('answers a region beside a year out of the lists\' range (%s: %s) with the years they take above its countries, where it was no country known', async (lang, text, answer, offered) => {
    await seedItems(t.db, [itemWithPartner('FR', { publishedAt: '2026-05-01T06:00:00.000Z', title: 'French 2026' })])
    await t.bot.handleUpdate(command(user(18, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['ru', '/country Европа в 2030 году', /^«2030»: список сужается годом от 1991 до 2027, например \/country Европа 2026; страны ниже посчитаны без этого года\.\n«Европа» — это регион/, ['🇫🇷 Франция · 1', '🇷🇺 Россия · 1']],
    ['ru', '/country Европа 2030 года', /^«2030»: список сужается [^\n]*\n«Европа» — это регион/, ['🇫🇷 Франция · 1', '🇷🇺 Россия · 1']],
    ['en', '/country Europe in 2030', /^«2030»: a list is narrowed by a year from 1991 to 2027, such as \/country Europe 2026; the countries below are counted without it\.\n«Europe» is a region, not a country/, ['🇫🇷 France · 1', '🇷🇺 Russia · 1']],
    ['kk', '/country Еуропа 2030 жылы', /^«2030»: тізімді [^\n]*\n«Еуропа» — ел емес, аймақ/, ['🇫🇷 Франция · 1', '🇷🇺 Ресей · 1']],
    ['en', '/country Russia in 2031', /^«Russia in 2031»: I read the country 🇷🇺 Russia, but a list is narrowed by a year from 1991 to 2027, not 2031/, ['🇷🇺 Russia']],
    ['ru', '/country Россия в 2031 году', /^«Россия в 2031 году»: страну 🇷🇺 Россия я понял, но список сужается годом от 1991 до 2027, а не 2031/, ['🇷🇺 Россия']],
  ])('reads a year out of the lists\' range with its preposition and word (%s: %s) as the bare year, where it knew no country, offered India for "in" or did not understand «году»', async (lang, text, answer, offered) => {
    await seedItems(t.db, [itemWithPartner('FR', { title: 'French 2026' }), itemWithPartner('RU', { title: 'Russian 2026' }), itemWithPartner('IN', { title: 'Indian 2026' })])
    await t.bot.handleUpdate(command(user(18, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text).filter((b) => !b.startsWith('🔎'))).toEqual(offered)
  })

  it.each([
    ['ru', '/country СССР', /^«СССР» — государство, которого больше нет/, ['🇷🇺 Россия · 2', '🇺🇿 Узбекистан · 1']],
    ['en', '/country USSR', /^«USSR» is a state that no longer exists/, ['🇷🇺 Russia · 2', '🇺🇿 Uzbekistan · 1']],
    ['kk', '/country КСРО', /^«КСРО» — қазір жоқ мемлекет/, ['🇷🇺 Ресей · 2', '🇺🇿 Өзбекстан · 1']],
    ['ru', 'Советский Союз', /^«Советский Союз» — государство, которого больше нет/, ['🇷🇺 Россия · 2', '🇺🇿 Узбекистан · 1']],
    ['ru', '/country Югославия', /^«Югославия» — государство, которого больше нет, и ни по одному из государств-преемников материалов пока нет/, []],
  ])('answers a former state (%s: %s) with the states that succeeded it that have items, where «СССР» was offered the Central African Republic', async (lang, text, answer, offered) => {
    await seedItems(t.db, ['RU', 'RU', 'UZ', 'CF', 'KZ', 'FR'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(buttons(t).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['en', '/country Persia', /^🇮🇷 Iran: 1 item/],
    ['ru', '/country Персии', /^🇮🇷 Иран: 1 материал/],
    ['en', '/country Burma', /^🇲🇲 Myanmar: 1 item/],
    ['en', '/country Swaziland', /^🇸🇿 Eswatini: 1 item/],
    ['ru', 'Цейлон', /^🇱🇰 Шри-Ланка: 1 материал/],
    ['en', '/subscribe Persia', /^✅ Subscribed: 🇮🇷 Iran\./],
  ])('reads a country\'s former name as the country (%s: %s), where Persia was offered Serbia and Swaziland Thailand', async (lang, text, answer) => {
    await seedItems(t.db, ['IR', 'MM', 'SZ', 'LK', 'RS', 'TH'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(17, lang), text))
    expect(plain(lastText(t))).toMatch(answer)
  })

  it('keeps a year after a name asked with a preposition as the narrowing, and suggests for a misspelt one', async () => {
    await seedItems(t.db, [
      itemWithPartner('DE', { title: 'Berlin agreement', publishedAt: '2025-05-01T06:00:00.000Z' }),
      itemWithPartner('DE', { title: 'Goethe week', publishedAt: '2026-05-01T06:00:00.000Z' }),
    ])
    const from = user(17, 'ru')
    await t.bot.handleUpdate(command(from, '/country в Германии 2025'))
    const list = plain(lastText(t))
    expect(list).toMatch(/^🇩🇪 Германия · 2025: 1 материал[\s\S]*Berlin agreement/)
    expect(list).not.toMatch(/Goethe week/)
    await t.bot.handleUpdate(command(from, '/country по Гермнии'))
    expect(plain(lastText(t))).toMatch(/Не знаю «по Гермнии»/)
    expect(buttons(t)[0]?.text).toBe('🇩🇪 Германия')
  })

  it.each([
    ['Kitay', /^🇨🇳 China: 1 item/],
    ['Qytai', /^🇨🇳 China: 1 item/],
    ['Qytay', /^🇨🇳 China: 1 item/],
    ['Rossiya', /^🇷🇺 Russia: 1 item/],
    ['Resei', /^🇷🇺 Russia: 1 item/],
    ['Germaniya', /^🇩🇪 Germany: 1 item/],
    ['Frantsiya', /^🇫🇷 France: 1 item/],
    ['Turtsiya', /^🇹🇷 Türkiye: 1 item/],
    ['Koreya', /^🇰🇷 South Korea: 1 item|^🇰🇷 Korea/],
    ['Yaponiya', /^🇯🇵 Japan: 1 item/],
    ['Rossii', /^🇷🇺 Russia: 1 item/],
    ['Frantsii', /^🇫🇷 France: 1 item/],
    ['Kitaya', /^🇨🇳 China: 1 item/],
    ['Qytaidyn', /^🇨🇳 China: 1 item/],
    ['Rossija', /^🇷🇺 Russia: 1 item/],
    ['Kitaj', /^🇨🇳 China: 1 item/],
    ['Sen-Bartelemi', /^🇧🇱 (?:St\. |Saint )Barth/],
  ])('reads %s, a Russian or Kazakh name in Latin letters, as that country', async (name, header) => {
    await seedItems(t.db, ['CN', 'RU', 'DE', 'FR', 'TR', 'KR', 'JP', 'IT', 'BL'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(18, 'en'), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(header)
  })

  it.each([
    ['Kytaj', '🇨🇳 China'],
  ])('offers the country a misspelt transliteration (%s) is nearest to first', async (name, first) => {
    await t.bot.handleUpdate(command(user(19, 'en'), `/country ${name}`))
    expect(plain(lastText(t))).toMatch(new RegExp(`I don't know «${name}»`))
    expect(buttons(t)[0]?.text).toBe(first)
  })

  it('pages 5 at a time with ◀ ▶ that edit the same message, and keeps callback data short', async () => {
    await seedItems(t.db, dailyItems(12, ['FR']))
    const from = user(11, 'en')
    await t.bot.handleUpdate(command(from, '/country france'))
    const first = plain(lastText(t))
    expect(first).toMatch(/France: 12 items since 2026/)
    expect(first).toMatch(/Item 1 with FR/)
    expect(first).toMatch(/Page 1 of 3/)
    expect(first).not.toMatch(/Item 6 with FR/)
    const next = buttons(t).find((b) => b.text === '▶')!
    expect(buttons(t).some((b) => b.text === '◀')).toBe(false)
    const messageId = 1 // the fake numbers messages from 1

    await t.bot.handleUpdate(callback(from, next.callback_data, undefined, messageId))
    const second = plain(lastText(t, 'editMessageText'))
    expect(second).toMatch(/Item 6 with FR/)
    expect(second).toMatch(/Item 10 with FR/)
    expect(second).toMatch(/Page 2 of 3/)
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBeUndefined()

    await t.bot.handleUpdate(callback(from, buttons(t, 'editMessageText').find((b) => b.text === '▶')!.callback_data, undefined, messageId))
    const third = plain(lastText(t, 'editMessageText'))
    expect(third).toMatch(/Item 11 with FR[\s\S]*Item 12 with FR/)
    expect(third).toMatch(/Page 3 of 3/)
    expect(buttons(t, 'editMessageText').some((b) => b.text === '▶')).toBe(false)

    await t.bot.handleUpdate(callback(from, buttons(t, 'editMessageText').find((b) => b.text === '◀')!.callback_data, undefined, messageId))
    const back = plain(lastText(t, 'editMessageText'))
    expect(back).toMatch(/Item 6 with FR/)
    expect(back).toMatch(/Page 2 of 3/)
    for (const call of t.api.calls) {
      for (const b of call.payload.reply_markup?.inline_keyboard?.flat() ?? []) expect(Buffer.byteLength(b.callback_data ?? '')).toBeLessThanOrEqual(64)
    }
  })

  it('walks items that share a timestamp each once, numbering pages by where they stand after one was withdrawn', async () => {
    // Seeded oldest-numbered first, so that at one timestamp (newest first by id) Item 1 leads.
    const ids = await seedItems(t.db, dailyItems(11, ['FR']).reverse().map((item) => ({ ...item, publishedAt: '2026-11-20T06:00:00.000Z' })))
    const from = user(17, 'en')
    const titles = (text: string) => text.match(/Item \d+/g)
    const press = async (method: string, text: string) => {
      await t.bot.handleUpdate(callback(from, buttons(t, method).find((b) => b.text === text)!.callback_data))
      return plain(lastText(t, 'editMessageText'))
    }
    await t.bot.handleUpdate(command(from, '/country france'))
    expect(titles(await press('sendMessage', '▶'))).toEqual(['Item 6', 'Item 7', 'Item 8', 'Item 9', 'Item 10'])
    // An admin withdraws Item 3 (undoes its approval) while page 2 is shown.
    await t.db.updateTable('classification').set({ status: 'flagged' }).where('article_id', '=', ids[8]!).execute()
    const first = await press('editMessageText', '◀')
    expect(titles(first)).toEqual(['Item 1', 'Item 2', 'Item 4', 'Item 5'])
    expect(first).toMatch(/France: 10 items[\s\S]*Page 1 of 3$/)
    expect(await press('editMessageText', '▶')).toMatch(/Item 6[\s\S]*Item 10 with FR[\s\S]*Page 2 of 3$/)
    const last = await press('editMessageText', '▶')
    expect(titles(last)).toEqual(['Item 11'])
    expect(last).toMatch(/Page 3 of 3$/)
    expect(buttons(t, 'editMessageText').some((b) => b.text === '▶')).toBe(false)
  })

  it('offers the closest countries as buttons for a typo, and the button opens the list', async () => {
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Days of culture' })])
    const from = user(12, 'en')
    await t.bot.handleUpdate(command(from, '/country rusia'))
    expect(plain(lastText(t))).toMatch(/I don't know «rusia»/)
    const suggestion = buttons(t).find((b) => b.text.includes('Russia'))
    expect(suggestion).toBeDefined()
    await t.bot.handleUpdate(callback(from, suggestion!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(/Russia: 1 item since 2026[\s\S]*Days of culture/)
  })

  it('offers the closest countries for a typo followed by a year or a kind, and the button opens the list so narrowed', async () => {
    await seedItems(t.db, [
      itemWithPartner('DE', { title: 'Berlin agreement', publishedAt: '2025-05-01T06:00:00.000Z' }),
      itemWithPartner('DE', { title: 'Goethe week', kind: 'event', publishedAt: '2026-05-01T06:00:00.000Z' }),
    ])
    const from = user(14, 'ru')
    await t.bot.handleUpdate(command(from, '/country Германя 2025'))
    expect(plain(lastText(t))).toMatch(/Не знаю «Германя 2025»/)
    const suggestion = buttons(t).find((b) => b.text.includes('Германия'))
    expect(suggestion).toBeDefined()
    await t.bot.handleUpdate(callback(from, suggestion!.callback_data))
    const list = plain(lastText(t, 'editMessageText'))
    expect(list).toMatch(/Германия · 2025: 1 материал[\s\S]*Berlin agreement/)
    expect(list).not.toMatch(/Goethe week/)
  })

  it.each([
    ['/country <br/>', /^I don't know a country called «<br\/>»/],
    ['/country Russia <br/>', /^«Russia <br\/>»: I read the country 🇷🇺 Russia, but not «<br\/>»/],
    ['<br/>', /^(?!.*Brazil)/s],
  ])('reads no country in markup typed beside or instead of a name (%s)', async (text, answer) => {
    await seedItems(t.db, [itemWithPartner('BR', { title: 'Samba in Astana' }), itemWithPartner('RU', { title: 'Ballet in Astana' })])
    await t.bot.handleUpdate(command(user(13, 'en'), text))
    expect(plain(lastText(t))).toMatch(answer)
    expect(JSON.stringify(t.api.sent('sendMessage').at(-1)?.payload)).not.toContain('Brazil')
  })

  it.each([
    ['ru', '/country соглашения', 'В «соглашения» нет страны: /country показывает материалы одной страны-партнёра, и так их можно сузить (/country россия соглашения); материалы всех стран — /latest соглашения.'],
    ['en', '/country museums 2025', '«museums 2025» names no country: /country lists one partner\'s items, narrowed so (/country russia museums 2025); every country\'s are at /latest museums 2025.'],
    ['kk', '/country 03.03.2025', '«03.03.2025» ішінде ел жоқ: /country бір серіктес елдің материалдарын көрсетеді, оларды осылай тарылтуға болады (/country ресей 03.03.2025); барлық елдердікі — /latest 03.03.2025.'],
  ])('says a year, kind, sector or day alone names no country, with what to type (%s: %s)', async (lang, text, answer) => {
    await seedItems(t.db, [itemWithPartner('SI', { title: 'Slovenian days' })])
    await t.bot.handleUpdate(command(user(13, lang), text))
    expect(plain(lastText(t))).toBe(answer)
    expect(buttons(t)).toEqual([])
  })

  it('says so when nothing matches at all, escaping what the user typed', async () => {
    await t.bot.handleUpdate(command(user(13, 'ru'), '/country <b>qqqqzzzz</b>'))
    expect(plain(lastText(t))).toMatch(/Не знаю страну «<b>qqqqzzzz<\/b>»/)
  })

  it.each([
    ['Netherlands', 'No published items with the Netherlands yet'],
    ['UK', 'No published items with the United Kingdom yet'],
    ['USA', 'No published items with the United States yet'],
    ['UAE', 'No published items with the United Arab Emirates yet'],
    ['Philippines', 'No published items with the Philippines yet'],
    ['Côte d’Ivoire', 'No published items with the Ivory Coast yet'],
  ])('names %s with "the" in an English sentence, not in a label', async (name, sentence) => {
    await t.bot.handleUpdate(command(user(14, 'en'), `/country ${name}`))
    expect(plain(lastText(t))).toContain(sentence)
    expect(buttons(t).map((b) => b.text).join(' ')).not.toContain(' the ')
  })

  it('keeps a country\'s name bare in a header and in Russian, and gives "the" to no country that takes none', async () => {
    await seedItems(t.db, [itemWithPartner('NL', { title: 'Rijksmuseum loan' })])
    await t.bot.handleUpdate(command(user(14, 'en'), '/country Netherlands'))
    expect(plain(lastText(t))).toMatch(/^🇳🇱 Netherlands: 1 item/)
    await t.bot.handleUpdate(command(user(14, 'ru'), '/country Япония'))
    expect(plain(lastText(t))).toContain('Япония')
    await t.bot.handleUpdate(command(user(14, 'en'), '/country Japan'))
    expect(plain(lastText(t))).toContain('No published items with Japan yet')
  })

  it('says a known country has nothing yet and offers to subscribe to it', async () => {
    const from = user(14, 'en')
    await t.bot.handleUpdate(command(from, '/country Japan'))
    expect(plain(lastText(t))).toMatch(/No published items with Japan yet/)
    const follow = buttons(t).find((b) => b.text.includes('Follow'))!
    await t.bot.handleUpdate(callback(from, follow.callback_data))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/Subscribed: 🇯🇵 Japan/)
    const subs = await t.db.selectFrom('subscription').select(['chat_id', 'topic_type', 'topic_value']).execute()
    expect(subs).toEqual([{ chat_id: 14, topic_type: 'country', topic_value: 'JP' }])
  })

  it('without an argument shows a keyboard of the countries that have items', async () => {
    await seedItems(t.db, [itemWithPartner('RU'), itemWithPartner('RU'), itemWithPartner('TR'), itemWithPartner('CN', { status: 'flagged' })])
    await t.bot.handleUpdate(command(user(15, 'kk'), '/country'))
    expect(plain(lastText(t))).toMatch(/Материалы бар елдер \(2\)/)
    expect(buttons(t).map((b) => b.text)).toEqual(['🇷🇺 Ресей · 2', '🇹🇷 Түркия · 1'])
  })

  it('opens the country a keyboard button showed, even after the counts reordered the keyboard', async () => {
    await seedItems(t.db, [itemWithPartner('RU'), itemWithPartner('RU'), itemWithPartner('TR')])
    const from = user(17, 'en')
    await t.bot.handleUpdate(command(from, '/country'))
    const turkey = buttons(t).find((b) => b.text === '🇹🇷 Türkiye · 1')!
    await seedItems(t.db, [itemWithPartner('TR'), itemWithPartner('TR')])
    await t.bot.handleUpdate(callback(from, turkey.callback_data))
    expect(plain(t.api.sent('editMessageText').at(-1)?.payload.text)).toMatch(/^🇹🇷 Türkiye: 3 items/)
  })

  it('pages the keyboard of countries on from the last country shown, so a count that changed between presses shows none twice', async () => {
    const codes = ['AE', 'AM', 'AT', 'AZ', 'BE', 'BY', 'CA', 'CH', 'CN', 'CZ', 'DE', 'EG', 'ES', 'FI', 'FR', 'GB', 'GE', 'HU', 'IN', 'IR', 'IT', 'JP', 'KG', 'KR', 'TR', 'UZ']
    await seedItems(t.db, codes.map((code) => itemWithPartner(code)))
    const from = user(18, 'en')
    const countriesOn = (method: string) => buttons(t, method).flatMap((b) => /^cty:s:(\w\w)$/.exec(b.callback_data)?.slice(1) ?? [])
    await t.bot.handleUpdate(command(from, '/country'))
    const firstPage = countriesOn('sendMessage')
    expect(firstPage).toEqual(codes.slice(0, 24))
    const next = buttons(t).find((b) => b.text === '▶')!
    // Uzbekistan, on the second page, gains an item and moves to the top before ▶ is pressed.
    await seedItems(t.db, [itemWithPartner('UZ')])
    await t.bot.handleUpdate(callback(from, next.callback_data))
    expect(countriesOn('editMessageText')).toEqual(['TR'])
    await t.bot.handleUpdate(callback(from, buttons(t, 'editMessageText').find((b) => b.text === '◀')!.callback_data))
    expect(countriesOn('editMessageText')).toEqual(codes.slice(0, 24))
    // Before the UAE only Uzbekistan is left: a short first page rather than one showing the UAE again.
    await t.bot.handleUpdate(callback(from, buttons(t, 'editMessageText').find((b) => b.text === '◀')!.callback_data))
    expect(countriesOn('editMessageText')).toEqual(['UZ'])

    // A ▶ from when the keyboard paged by number is out of date; the first page (in old /start messages) still opens.
    await t.bot.handleUpdate(callback(from, 'cty:k:2'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/out of date/)
    await t.bot.handleUpdate(callback(from, 'cty:k:1'))
    expect(countriesOn('editMessageText')).toEqual(['UZ', ...codes.slice(0, 23)])
  })

  it('answers a stale or forged button politely instead of failing', async () => {
    const [id] = await seedItems(t.db, dailyItems(7, ['FR']))
    const from = user(16, 'en')
    for (const data of ['cty:p:FR:o:zzzzzz:2', 'cty:p:fr:o:1:2', 'cty:x', 'cty:p:FR:o:1:0', `cty:p:FR:q:${id}:2`]) {
      await t.bot.handleUpdate(callback(from, data))
      expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toMatch(/out of date|has changed/)
    }
    expect(t.api.sent('sendMessage').filter((c) => /went wrong/.test(String(c.payload.text)))).toEqual([])
  })
})

describe('official names copied from a document', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['/country Южно-Африканская Республика', /^🇿🇦 ЮАР: 1 материал/],
    ['/country с Южно-Африканской Республикой 2026', /^🇿🇦 ЮАР · 2026: 1 материал/],
    ['/country Федеративная Республика Германия', /^🇩🇪 Германия: 1 материал/],
    ['/country Исламская Республика Иран', /^🇮🇷 Иран: 1 материал/],
    ['/country Арабской Республики Египет', /^🇪🇬 Египет: 1 материал/],
    ['/country Соединённое Королевство', /^🇬🇧 Великобритания: 1 материал/],
  ])('are read as their countries (%s), where the Dominican Republic was offered or «Федеративная Республика» not understood', async (text, header) => {
    await seedItems(t.db, ['ZA', 'DE', 'IR', 'EG', 'GB', 'DO'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    await t.bot.handleUpdate(command(user(19, 'ru'), text))
    expect(plain(lastText(t))).toMatch(header)
  })

  it('follows one with /subscribe', async () => {
    await t.bot.handleUpdate(command(user(19, 'ru'), '/subscribe Южно-Африканская Республика'))
    expect(plain(lastText(t))).toMatch(/^✅ Подписка оформлена: 🇿🇦 ЮАР\./)
  })
})

describe('a misspelt country beside one read right', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Russian item' }), itemWithPartner('DE', { title: 'German item' })])
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/country Россия, Германя', 'Если «Германя» — это 🇩🇪 Германия с опечаткой, материалы этой страны — по кнопке ниже.', ['🇷🇺 Россия', '🇩🇪 Германия'], /^🇩🇪 Германия: 1 материал/],
    ['en', '/country Russia and Germny', 'If «Germny» is 🇩🇪 Germany misspelt, its items are on its button below.', ['🇷🇺 Russia', '🇩🇪 Germany'], /^🇩🇪 Germany: 1 item/],
    ['kk', '/country Ресей, Германя', 'Егер «Германя» — қате жазылған 🇩🇪 Германия болса, сол елдің материалдары — төмендегі түймеде.', ['🇷🇺 Ресей', '🇩🇪 Германия'], /^🇩🇪 Германия: 2026 жылдан бері 1 материал/],
  ])('is offered as that country (%s: %s), where it was only named as not understood', async (lang, text, note, offered, list) => {
    const from = user(20, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastText(t)).split('\n').at(-1)).toBe(note)
    expect(buttons(t).map((b) => b.text).filter((b) => !b.startsWith('🔎'))).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttons(t)[1]!.callback_data))
    expect(plain(lastText(t, 'editMessageText'))).toMatch(list)
  })

  it('offers no country for an ordinary word beside one («Россия большие»)', async () => {
    await t.bot.handleUpdate(command(user(20, 'ru'), '/country Россия большие'))
    expect(buttons(t).map((b) => b.text).filter((b) => !b.startsWith('🔎'))).toEqual(['🇷🇺 Россия'])
  })
})
