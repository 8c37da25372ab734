import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepText } from '../../src/db/kept-texts.js'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { publish, seedAlertItems } from '../alerts/alert-fixtures.js'
import { BOT_USER, errors } from '../helpers/fake-bot-api.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, groupChat, user } from '../helpers/updates.js'

const topics = async (t: TestApp, chatId: number) =>
  (await listSubscriptions(t.db, { chatId, threadId: 0 })).map((s) => [s.type, s.value, s.sector ?? '', (s.kinds ?? []).join('+')].join(':'))

const MUSEUM_BODY = [
  'Главная · Новости · Культура',
  'АСТАНА. KAZINFORM — Казахстан и Россия подписали меморандум о сотрудничестве музеев. Документ предусматривает обмен выставками и стажировки реставраторов.',
  'Подробнее о программе расскажут позже.',
].join('\n')

describe('subscriptions say what they understood', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', 'Louvre', /Subscribed: 🇫🇷 France[\s\S]*«Louvre» is in 🇫🇷 France/, '🔤 Only the word «louvre»', '✅ Now following the word «louvre» instead of 🇫🇷 France.', 'keyword:louvre'],
    ['ru', 'Эрмитаж', /Подписка оформлена: 🇷🇺 Россия[\s\S]*«Эрмитаж» относится к стране 🇷🇺 Россия/, '🔤 Только слово «эрмитаж»', '✅ Подписка заменена: 🇷🇺 Россия → слово «эрмитаж».', 'keyword:эрмитаж'],
    ['ru', 'Государственный Русский музей', /Подписка оформлена: 🇷🇺 Россия[\s\S]*«Государственный Русский музей» относится к стране 🇷🇺 Россия/, '🔤 Только слово «государственный русский музей»', '✅ Подписка заменена: 🇷🇺 Россия → слово «государственный русский музей».', 'keyword:государственный русский музей'],
    ['en', 'Rijksmuseum', /Subscribed: 🇳🇱 Netherlands[\s\S]*«Rijksmuseum» is in 🇳🇱 the Netherlands/, '🔤 Only the word «rijksmuseum»', '✅ Now following the word «rijksmuseum» instead of 🇳🇱 Netherlands.', 'keyword:rijksmuseum'],
    ['kk', 'Лувр', /Жазылдыңыз: 🇫🇷 Франция[\s\S]*«Лувр» — 🇫🇷 Франция еліне қатысты/, '🔤 Тек «лувр» сөзі', '✅ Жазылым ауыстырылды: енді 🇫🇷 Франция емес, «лувр» сөзін бақылайсыз.', 'keyword:лувр'],
  ])('reads an institution as its country, says so, and swaps it for the word on a tap (%s: %s)', async (lang, name, answer, button, swapped, keyword) => {
    const from = user(10, lang)
    await t.bot.handleUpdate(command(from, `/subscribe ${name}`))
    const reply = lastPayload(t)
    expect(plain(reply.text)).toMatch(answer)
    expect(plain(reply.text)).toContain(`/subscribe "${name}"`)
    const swap = buttonsOf(reply).find((b) => b.text === button)!
    await t.bot.handleUpdate(callback(from, swap.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe(swapped)
    expect(await topics(t, 10)).toEqual([`${keyword}::`])
  })

  const CHANNEL = { id: -1001234567890, type: 'channel' as const, title: 'Culture Desk', username: 'culturedesk' }

  it.each([
    // 50 letters: one past what a button holds packed, and still a word /subscribe takes.
    ['ru', 'Национальный государственный галерея театр Эрмитаж', /«Национальный государственный галерея театр Эрмитаж» относится к стране 🇷🇺 Россия, поэтому подписка оформлена на все материалы с этой страной\. Чтобы следить только за словом, нажмите кнопку ниже или отправьте \/subscribe "Национальный государственный галерея театр Эрмитаж"\.$/, 'keyword:национальный государственный галерея театр эрмитаж::'],
    // Latin and Cyrillic: UTF-8's two bytes a Cyrillic letter, 80 in all.
    ['kk', 'Государственный национальный Hermitage', /«Государственный национальный Hermitage» — 🇷🇺 Ресей еліне қатысты, сондықтан сол елдің барлық материалына жазылдыңыз\. Тек осы сөзді бақылау үшін төмендегі түймені басыңыз немесе \/subscribe "Государственный национальный Hermitage" жіберіңіз\.$/, 'keyword:государственный национальный hermitage::'],
    // Narrowed: the button and the command carry the sector and kinds alike.
    ['en', 'State National Museum Gallery Theatre Hermitage + museums + agreements', /«State National Museum Gallery Theatre Hermitage» is in 🇷🇺 Russia, so this follows every item with that country\. To follow only the word, tap below or send \/subscribe "State National Museum Gallery Theatre Hermitage" \+ museums \+ agreements\.$/, 'keyword:state national museum gallery theatre hermitage:museums:agreement'],
  ])('keeps the 🔤 button for a word too long for its 64 bytes, the word kept for the chat under a short id (%s: %s)', async (lang, typed, answer, word) => {
    const from = user(17, lang)
    await t.bot.handleUpdate(command(from, `/subscribe ${typed}`))
    const reply = lastPayload(t)
    expect(plain(reply.text)).toMatch(answer)
    const [button, ...others] = buttonsOf(reply)
    expect(others).toEqual([])
    expect(button!.text).toMatch(/^🔤 /)
    expect(Buffer.byteLength(button!.callback_data)).toBeLessThanOrEqual(64)
    await t.bot.handleUpdate(callback(from, button!.callback_data))
    expect(await topics(t, 17)).toEqual([word])
    // The command given does what the button did: the word, narrowed alike.
    const [, given] = /<code>(.*?)<\/code>/.exec(String(reply.text))!
    await t.bot.handleUpdate(command(user(24, lang), given!))
    expect(await topics(t, 24)).toEqual([word])
  })

  it('answers a kept word\'s 🔤 button as out of date in another chat, or once the word is no longer kept (30 days)', async () => {
    const name = 'Национальный государственный галерея театр Эрмитаж'
    const from = user(26, 'en')
    await t.bot.handleUpdate(command(from, `/subscribe ${name}`))
    const data = buttonsOf(lastPayload(t))[0]!.callback_data
    // Pressed (forged) in another chat: that chat kept no such word.
    const other = user(27, 'en')
    await t.bot.handleUpdate(callback(other, data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
    expect(await topics(t, 27)).toEqual([])
    t.clock.advance(31 * 86_400_000)
    await t.bot.handleUpdate(callback(from, data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
    expect(await topics(t, 26)).toEqual(['country:RU::'])
  })

  it('keeps a chat\'s newest 100 words for 🔤 buttons, the least recently offered one\'s button then out of date', async () => {
    const from = user(28, 'en')
    const words = ['Национальный государственный галерея театр Эрмитаж', 'Государственный национальный Hermitage']
    await t.bot.handleUpdate(command(from, `/subscribe ${words[0]}`))
    const oldest = buttonsOf(lastPayload(t))[0]!.callback_data
    for (let i = 0; i < 99; i++) {
      t.clock.advance(60_000)
      await keepText(t.db, 'word', 28, `kept word ${i}`, t.clock.now())
    }
    t.clock.advance(60_000)
    await t.bot.handleUpdate(command(from, `/subscribe ${words[1]}`))
    const newest = buttonsOf(lastPayload(t))[0]!.callback_data
    expect(await t.db.selectFrom('word_choice').where('chat_id', '=', 28).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 100 })
    await t.bot.handleUpdate(callback(from, oldest))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
    await t.bot.handleUpdate(callback(from, newest))
    expect(await topics(t, 28)).toEqual(['country:RU::', 'keyword:государственный национальный hermitage::'])
  })

  it('lets only a group\'s admins press a kept word\'s 🔤 button', async () => {
    const group = groupChat(-1_006)
    t.api.chatAdministrators.set(-1_006, [28])
    await t.bot.handleUpdate(command(user(28, 'en'), '/subscribe Национальный государственный галерея театр Эрмитаж', group))
    const data = buttonsOf(lastPayload(t))[0]!.callback_data
    await t.bot.handleUpdate(callback(user(29, 'en'), data, group))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/Only this chat's admins/) })
    expect(await topics(t, -1_006)).toEqual(['country:RU::'])
    await t.bot.handleUpdate(callback(user(28, 'en'), data, group))
    expect(await topics(t, -1_006)).toEqual(['keyword:национальный государственный галерея театр эрмитаж::'])
  })

  it.each([
    ['ru', 'Государственный «Эрмитаж»', '/subscribe "Государственный Эрмитаж"', 'keyword:государственный эрмитаж::'],
    ['en', 'State "Hermitage"', '/subscribe "State Hermitage"', 'keyword:state hermitage::'],
    ['en', "State 'Hermitage'", '/subscribe "State \'Hermitage\'"', "keyword:state 'hermitage'::"],
  ])('gives a command that /subscribe reads for a name typed with quotes in it (%s: %s)', async (lang, name, given, word) => {
    const from = user(25, lang)
    await t.bot.handleUpdate(command(from, `/subscribe ${name}`))
    expect(plain(lastPayload(t).text)).toContain(given)
    await t.bot.handleUpdate(command(from, given))
    expect(await topics(t, 25)).toEqual(['country:RU::', word])
  })

  it('names no way to follow only the word when neither a button nor /subscribe can hold it (over 50 letters)', async () => {
    await t.bot.handleUpdate(command(user(18, 'en'), '/subscribe National State Museum Gallery Theatre Library Hermitage'))
    const reply = lastPayload(t)
    expect(plain(reply.text)).toMatch(/«National State Museum Gallery Theatre Library Hermitage» is in 🇷🇺 Russia, so this follows every item with that country\.$/)
    expect(buttonsOf(reply)).toEqual([])
  })

  it.each([
    ['Louvre', /To follow only the word, tap below or send \/subscribe @culturedesk "Louvre"\.$/, 'keyword:louvre::'],
    // Fits in a private chat's button (62 bytes), not with the channel's id in it: the button carries the kept word's id.
    ['State National Museum Gallery Theatre Hermitage', /To follow only the word, tap below or send \/subscribe @culturedesk "State National Museum Gallery Theatre Hermitage"\.$/, 'keyword:state national museum gallery theatre hermitage::'],
  ])('gives a channel\'s command with the channel in it, and a 🔤 button acting on the channel (%s)', async (name, answer, word) => {
    t.api.addChat(CHANNEL, [19, BOT_USER.id])
    const from = user(19, 'en')
    await t.bot.handleUpdate(command(from, `/subscribe @culturedesk ${name}`))
    const reply = lastPayload(t)
    expect(plain(reply.text)).toMatch(answer)
    const [button, ...others] = buttonsOf(reply)
    expect(others).toEqual([])
    await t.bot.handleUpdate(callback(from, button!.callback_data))
    expect(await topics(t, CHANNEL.id)).toEqual([word])
    const [, given] = /<code>(.*?)<\/code>/.exec(String(reply.text))!
    await t.bot.handleUpdate(command(from, given!))
    expect(await topics(t, CHANNEL.id)).toContain(word)
    expect(await topics(t, 19)).toEqual([])
  })

  it.each([
    ['en', 'Hermitage Museum', 'RU'],
    ['en', 'Goethe Institute', 'DE'],
    ['ru', 'Мариинский театр', 'RU'],
    ['ru', 'Государственный Эрмитаж', 'RU'],
    ['kk', 'Эрмитаж мұражайы', 'RU'],
    ['ru', 'Русский музей', 'RU'],
    ['en', 'Russian Museum', 'RU'],
    ['en', 'State Russian Museum', 'RU'],
    ['kk', 'Орыс мұражайы', 'RU'],
    ['kk', 'Мемлекеттік Орыс мұражайы', 'RU'],
    // The British Museum by its name in each language: the United Kingdom alone, not it and every museum.
    ['en', 'British Museum', 'GB'],
    ['ru', 'Британский музей', 'GB'],
    ['ru', 'британский Музей', 'GB'],
    ['kk', 'Британ музейі', 'GB'],
    ['kk', 'Британ мұражайы', 'GB'],
    // In any case, not the country's adjective and a sector.
    ['ru', 'Британского музея', 'GB'],
    ['ru', 'Русского музея', 'RU'],
    ['kk', 'Британ мұражайының', 'GB'],
  ])('reads an institution named with what it is (%s: %s) as its country alone, not as a sector too', async (lang, name, code) => {
    const from = user(15, lang)
    await t.bot.handleUpdate(command(from, `/subscribe ${name}`))
    const reply = lastPayload(t)
    expect(plain(reply.text).split('\n')).toHaveLength(2)
    expect(plain(reply.text)).toContain(`«${name}»`)
    expect(buttonsOf(reply).map((b) => b.text)).toEqual([expect.stringContaining(`«${name.toLowerCase()}»`)])
    expect(await topics(t, 15)).toEqual([`country:${code}::`])
  })

  it.each([
    ['en', 'French museums', 'country:FR:museums:'],
    ['ru', 'Британские музеи', 'country:GB:museums:'],
    ['ru', 'Французский театр', 'country:FR:theatre:'],
    ['kk', 'Француз театрлары', 'country:FR:theatre:'],
    ['ru', 'Российские музеи', 'country:RU:museums:'],
    ['kk', 'Қытай мұражайлары', 'country:CN:museums:'],
    ['en', 'South Korea museums', 'country:KR:museums:'],
    ['en', 'France museums', 'country:FR:museums:'],
    // An institution's name in the plural, or with another word that starts as its own: the country's museums or music.
    ['en', 'British museums', 'country:GB:museums:'],
    ['ru', 'Русские музеи', 'country:RU:museums:'],
    ['ru', 'Британских музеев', 'country:GB:museums:'],
    ['kk', 'Орыс мұражайлары', 'country:RU:museums:'],
    ['ru', 'Британская музыка', 'country:GB:music:'],
    ['ru', 'Русская музыка', 'country:RU:music:'],
  ])('reads a country or its adjective beside a sector (%s: %s) as the country narrowed to it, not the country and the whole sector', async (lang, typed, topic) => {
    await t.bot.handleUpdate(command(user(14, lang), `/subscribe ${typed}`))
    expect(plain(lastPayload(t).text).split('\n')).toHaveLength(1)
    expect(await topics(t, 14)).toEqual([topic])
  })

  it.each([
    ['ru', 'музеи Франции', 'country:FR:museums:'],
    ['en', 'museums of France', 'country:FR:museums:'],
    // "in" is a preposition here, not India's code.
    ['en', 'museums in France', 'country:FR:museums:'],
    ['ru', 'Франция соглашения', 'country:FR::agreement'],
    ['ru', 'соглашения с Францией', 'country:FR::agreement'],
    ['en', 'agreements with France', 'country:FR::agreement'],
    ['kk', 'Ресей келісімдері', 'country:RU::agreement'],
    ['ru', 'Франция музеи соглашения', 'country:FR:museums:agreement'],
    ['en', 'UNESCO museums', 'org:UNESCO:museums:'],
    ['ru', 'ЮНЕСКО музеи', 'org:UNESCO:museums:'],
  ])('reads a country or an organisation with a sector or kinds on either side of it (%s: %s) as it narrowed so, not it and the whole sector or kind', async (lang, typed, topic) => {
    await t.bot.handleUpdate(command(user(14, lang), `/subscribe ${typed}`))
    expect(plain(lastPayload(t).text).split('\n')).toHaveLength(1)
    expect(await topics(t, 14)).toEqual([topic])
  })

  it.each([
    ['en', 'France and museums', ['country:FR::', 'sector:museums::']],
    ['ru', 'Россия и музеи', ['country:RU::', 'sector:museums::']],
    // «Перу» starts as «переговоры» does: two countries, not Turkey's talks.
    ['ru', 'Турция Перу', ['country:PE::', 'country:TR::']],
  ])('still lists apart what "and" joins, and two countries side by side (%s: %s)', async (lang, typed, followed) => {
    await t.bot.handleUpdate(command(user(14, lang), `/subscribe ${typed}`))
    expect(await topics(t, 14)).toEqual(followed)
  })

  it('keeps the other names\' 🔤 buttons under the reply when one is pressed (/subscribe Louvre, Hermitage)', async () => {
    const from = user(16, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe Louvre, Hermitage'))
    const reply = lastPayload(t)
    const [louvre, hermitage] = buttonsOf(reply)
    expect([louvre?.text, hermitage?.text]).toEqual(['🔤 Only the word «louvre»', '🔤 Only the word «hermitage»'])
    // The pressed button's message as Telegram sends it: its keyboard included.
    const press = callback(from, louvre!.callback_data)
    Object.assign(press.callback_query!.message!, { reply_markup: reply.reply_markup })
    await t.bot.handleUpdate(press)
    expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup'))).toEqual([hermitage])
    expect(plain(lastPayload(t).text)).toBe('✅ Now following the word «louvre» instead of 🇫🇷 France.')
    expect(await topics(t, 16)).toEqual(['country:RU::', 'keyword:louvre::'])
  })

  it('answers a second tap of a 🔤 button kept beside others (Telegram: "message is not modified") as the first, not as an error', async () => {
    const from = user(30, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe Louvre, Hermitage'))
    const reply = lastPayload(t)
    const [louvre] = buttonsOf(reply)
    // Both taps reach the bot before its first edit: each carries the keyboard as it was.
    const tap = () => {
      const press = callback(from, louvre!.callback_data)
      Object.assign(press.callback_query!.message!, { reply_markup: reply.reply_markup })
      return press
    }
    await t.bot.handleUpdate(tap())
    t.api.once('editMessageReplyMarkup', () => errors.notModified())
    const answers = t.api.sent('answerCallbackQuery').length
    await t.bot.handleUpdate(tap())
    expect(t.api.sent('answerCallbackQuery').slice(answers).map((c) => c.payload.text)).toEqual([undefined])
    expect(plain(lastPayload(t).text)).toBe('✅ Now following the word «louvre» instead of 🇫🇷 France.')
    expect(await topics(t, 30)).toEqual(['country:RU::', 'keyword:louvre::'])
  })

  it('keeps a country followed before when the word is added', async () => {
    const from = user(11, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe france'))
    await t.bot.handleUpdate(command(from, '/subscribe Louvre'))
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('🔤'))!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Also following the word «louvre»\. 🇫🇷 France stays/)
    expect(await topics(t, 11)).toEqual(['country:FR::', 'keyword:louvre::'])
  })

  it('swaps a narrowed institution for the word narrowed alike, leaving the country followed before', async () => {
    const from = user(13, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe france'))
    await t.bot.handleUpdate(command(from, '/subscribe Louvre + museums + agreements'))
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('🔤'))!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe('✅ Now following the word «louvre» + museums (agreements only) instead of 🇫🇷 France + museums (agreements only).')
    expect(await topics(t, 13)).toEqual(['country:FR::', 'keyword:louvre:museums:agreement'])
  })

  it('follows the word of a home place without claiming the home country is followed', async () => {
    const from = user(14, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe Astana'))
    const reply = plain(lastPayload(t).text)
    expect(reply).toMatch(/🇰🇿 Kazakhstan is our own country/)
    expect(reply).not.toMatch(/follows every item/)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('🔤'))!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe('✅ Subscribed: «astana». New items will come here.')
    expect(await topics(t, 14)).toEqual(['keyword:astana::'])
  })

  it('refuses the home country as a topic, saying why', async () => {
    await t.bot.handleUpdate(command(user(12, 'ru'), '/subscribe Казахстан'))
    expect(plain(lastPayload(t).text)).toMatch(/🇰🇿 Казахстан — наша страна/)
    expect(await topics(t, 12)).toEqual([])
  })
})

describe('narrowed subscriptions', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/subscribe russia + museums + agreements, agreements', /Subscribed: 🇷🇺 Russia \+ museums \(agreements only\), 📰 everything \(agreements only\)/],
    ['ru', '/subscribe россия + музеи + соглашения, соглашения', /Подписка оформлена: 🇷🇺 Россия \+ музеи \(только соглашения\), 📰 всё \(только соглашения\)/],
    ['kk', '/subscribe ресей + мұражайлар + келісімдер, келісімдер', /Жазылдыңыз: 🇷🇺 Ресей \+ мұражайлар \(тек келісімдер\), 📰 барлығы \(тек келісімдер\)/],
  ])('joins a country, a sector and kinds with + (%s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(20, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await topics(t, 20)).toEqual(['all:::agreement', 'country:RU:museums:agreement'])
  })

  it('explains a combination one subscription cannot hold', async () => {
    await t.bot.handleUpdate(command(user(21, 'en'), '/subscribe russia + france'))
    expect(plain(lastPayload(t).text)).toMatch(/«russia \+ france»: one subscription joins one country/)
    expect(await topics(t, 21)).toEqual([])
  })

  it('lists narrowed subscriptions, and /unsubscribe <country> removes them with the plain one', async () => {
    const from = user(22, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia, russia + theatre, france + talks'))
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/• 🇫🇷 France \(talks only\)\n• 🇷🇺 Russia\n• 🇷🇺 Russia \+ theatre/)
    await t.bot.handleUpdate(command(from, '/unsubscribe russia'))
    expect(await topics(t, 22)).toEqual(['country:FR::meeting'])
  })

  it.each([
    ['ru', '/subscribe большие театры России', '«большие театры России»: подписка не оформлена — я не понял «большие»', '/subscribe Россия + театр'],
    ['ru', '/subscribe новые музеи Франции', '«новые музеи Франции»: подписка не оформлена — я не понял «новые»', '/subscribe Франция + музеи'],
    ['en', '/subscribe big theatres of Russia', '«big theatres of Russia»: nothing was followed, as I did not understand «big»', '/subscribe Russia + theatre'],
    ['kk', '/subscribe үлкен Ресей театрлары', '«үлкен Ресей театрлары»: жазылым жасалмады — «үлкен» дегенді түсінбедім', '/subscribe Ресей + театр'],
  ])('follows nothing of a country and sector beside a word it cannot read, naming the word and what it read (%s: %s), where it followed the country alone (or it and every such item) silently', async (lang, text, said, offered) => {
    await t.bot.handleUpdate(command(user(77, lang), text))
    const answer = plain(lastPayload(t).text)
    expect(answer.startsWith(said)).toBe(true)
    expect(answer).toContain(offered)
    expect(await topics(t, 77)).toEqual([])
  })

  it.each([
    ['ru', '/subscribe большие театры', 'Не понял: большие.', ['sector:theatre::']],
    ['ru', '/subscribe больших музеев', 'Не понял: больших.', ['sector:museums::']],
    ['en', '/subscribe this museums', 'I did not understand: this.', ['sector:museums::']],
    ['en', '/subscribe big theatres', 'I did not understand: big.', ['sector:theatre::']],
  ])('offers no country for an ordinary word beside a sector and reads it as English does (%s: %s), where «большие» was offered Belgium and Bolivia', async (lang, text, said, followed) => {
    await t.bot.handleUpdate(command(user(79, lang), text))
    expect(plain(lastPayload(t).text)).toContain(said)
    expect(buttonsOf(lastPayload(t))).toEqual([])
    expect(await topics(t, 79)).toEqual(followed)
  })

  it.each([
    ['ru', '/subscribe Бельгие + театры', '🔔 🇧🇪 Бельгия + театр'],
    ['ru', '/subscribe Француские музеи', '🔔 🇫🇷 Франция + музеи'],
  ])('still offers the country a misspelt name or adjective begins as (%s: %s)', async (lang, text, offered) => {
    await t.bot.handleUpdate(command(user(80, lang), text))
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toContain(offered)
  })

  it.each([
    ['ru', '/subscribe Франция музеи 2025', '«Франция музеи 2025»: подписка не оформлена — подписка присылает новые материалы по мере выхода, и год (2025) её не сужает. Понял: 🇫🇷 Франция + музеи; чтобы подписаться на это, отправьте /subscribe Франция + музеи. Годом сужаются списки: /latest 2025, /country россия 2025.'],
    ['en', '/subscribe France + museums + 2025', '«France + museums + 2025»: nothing was followed, as a subscription alerts new items as they appear, and a year (2025) does not narrow it. I read 🇫🇷 France + museums; to follow that, send /subscribe France + museums. A year narrows the lists: /latest 2025, /country russia 2025.'],
  ])('says a year does not narrow a subscription (%s: %s), where it said it did not understand the year', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(78, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(await topics(t, 78)).toEqual([])
  })

  it('says which part of /unsubscribe it did not understand when it removed the rest («russia, franse»)', async () => {
    const from = user(24, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia, france'))
    await t.bot.handleUpdate(command(from, '/unsubscribe russia, franse'))
    expect(plain(lastPayload(t).text)).toMatch(/Unsubscribed: 🇷🇺 Russia\.\nI did not understand: franse\. Nothing of it was removed\./)
    expect(await topics(t, 24)).toEqual(['country:FR::'])
  })

  it('alerts only items that pass the narrowing, and each alert names the subscription it matched', async () => {
    const from = user(23, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia + museums + agreements, "гастрол"'))
    const ids = await seedAlertItems(t.db, [
      { partners: ['RU'], sectors: ['museums'], kind: 'agreement', title: 'Казахстан и Россия подписали меморандум о музеях', body: MUSEUM_BODY },
      { partners: ['RU'], sectors: ['museums'], kind: 'meeting', title: 'Министры обсудили музейные обмены' },
      { partners: ['RU'], sectors: ['theatre'], kind: 'agreement', title: 'Подписано соглашение о театрах' },
      { partners: ['BY'], sectors: ['theatre'], kind: 'event', title: 'Гастроли белорусского театра в Астане' },
    ])
    const now = new Date('2026-11-21T10:00:00.000Z')
    expect(await publish(t.db, ids, now)).toBe(2)
    t.clock.set(now.toISOString())
    t.api.clearCalls()
    await t.app.alerts.sender.runOnce()
    const alerts = t.api.sent().filter((c) => c.payload.chat_id === 23).map((c) => c.payload)
    expect(alerts).toHaveLength(2)
    const museum = plain(alerts.find((a) => String(a.text).includes('меморандум'))!.text)
    expect(museum).toMatch(/^🔔 New item for 🇷🇺 Russia \+ museums \(agreements only\)\n\n🇷🇺 Russia\nAgreement · /)
    // The lead: the first sentences after the dateline, not the menu line above it.
    expect(museum).toContain('Казахстан и Россия подписали меморандум о сотрудничестве музеев. Документ предусматривает обмен выставками и стажировки реставраторов.')
    expect(museum).not.toContain('Главная')
    expect(plain(alerts.find((a) => String(a.text).includes('Гастроли'))!.text)).toMatch(/^🔔 New item for «гастрол»/)
  })

  it.each([
    ['ru', '/subscribe россия + музеи + соглашения', /^🔔 Новый материал по подписке: 🇷🇺 Россия \+ музеи \(только соглашения\)\n\n🇷🇺 Россия\n/],
    ['kk', '/subscribe ресей + мұражайлар + келісімдер', /^🔔 Жазылымыңыз бойынша жаңа материал: 🇷🇺 Ресей \+ мұражайлар \(тек келісімдер\)\n\n🇷🇺 Ресей\n/],
  ])('names the matched subscription in the chat\'s language, with the lead (%s)', async (lang, text, header) => {
    await t.bot.handleUpdate(command(user(24, lang), text))
    const ids = await seedAlertItems(t.db, [
      { partners: ['RU'], sectors: ['museums'], kind: 'agreement', title: 'Казахстан и Россия подписали меморандум о музеях', body: MUSEUM_BODY },
    ])
    const now = new Date('2026-11-21T10:00:00.000Z')
    expect(await publish(t.db, ids, now)).toBe(1)
    t.clock.set(now.toISOString())
    t.api.clearCalls()
    await t.app.alerts.sender.runOnce()
    const [alert] = t.api.sent().filter((c) => c.payload.chat_id === 24).map((c) => plain(c.payload.text))
    expect(alert).toMatch(header)
    expect(alert).toContain('Документ предусматривает обмен выставками и стажировки реставраторов.')
  })
})
