import type { Message, Update } from 'grammy/types'
import type { KyselyPlugin } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { subscribeCodec } from '../../src/bot/keyboards/subscribe.js'
import { listCountryCodes } from '../../src/classify/countries.js'
import { getSubscriberSettings, listSubscriptions, removeSubscriptions, setAlertSettings } from '../../src/db/subscriptions.js'
import { telegramLength } from '../../src/telegram/length.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, groupChat, message, user } from '../helpers/updates.js'

/** A button press under a message the bot sent in a forum topic. */
const pressedInTopic = (update: Update, threadId: number): Update => ({
  ...update,
  callback_query: { ...update.callback_query!, message: { ...update.callback_query!.message!, message_thread_id: threadId, is_topic_message: true } as Message },
})

const topics = async (t: TestApp, chatId: number, threadId = 0) => (await listSubscriptions(t.db, { chatId, threadId })).map((s) => `${s.type}:${s.value}`)

describe('/subscribe, /unsubscribe, /subscriptions', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/subscribe russia, museums', /Subscribed: 🇷🇺 Russia, museums/],
    ['ru', '/subscribe Францию, театры', /Подписка оформлена: 🇫🇷 Франция, театр/],
    ['kk', '/subscribe Түркиямен, мұражайлар', /Жазылдыңыз: 🇹🇷 Түркия, мұражайлар/],
  ])('subscribes a %s private chat to countries and sectors named in its language', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(20, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await topics(t, 20)).toHaveLength(2)
    expect(await getSubscriberSettings(t.db, 20)).toEqual({ alertMode: 'instant', digestHour: 9, timeZone: 'Asia/Almaty', isActive: true })
  })

  it.each([
    ['uk', '/subscribe Франція та Німеччина', ['country:FR', 'country:DE']],
    ['uk', '/subscribe Франція, Італія і Німеччина', ['country:FR', 'country:IT', 'country:DE']],
    ['en', '/subscribe Trinidad & Tobago', ['country:TT']],
    ['en', '/subscribe France, Bosnia & Herzegovina', ['country:FR', 'country:BA']],
    ['ru', '/subscribe Франция и Тринидад и Тобаго', ['country:FR', 'country:TT']],
    ['kk', '/subscribe Тринидад және Тобаго мен Ресей', ['country:TT', 'country:RU']],
    ['en', '/subscribe Russia & China', ['country:RU', 'country:CN']],
  ])('reads a list joined by Ukrainian «та», «і» or "&", and a name holding "&" or «и», whole (%s: %s), where «та» was not understood and "Trinidad & Tobago" was two unknown words', async (lang, text, expected) => {
    await t.bot.handleUpdate(command(user(27, lang), text))
    expect(plain(lastPayload(t).text)).not.toMatch(/understand|Не понял|түсінбедім/)
    expect((await topics(t, 27)).sort()).toEqual([...expected].sort())
  })

  it('takes a keyword in quotes and "all", and says when a subscription already exists', async () => {
    const from = user(21, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe "Louvre <&> museum"'))
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    await t.bot.handleUpdate(command(from, '/subscribe all'))
    expect(plain(lastPayload(t).text)).toMatch(/already follow 📰 everything/)
    expect(await topics(t, 21)).toEqual(['all:', 'keyword:louvre <&> museum'])
  })

  it('names what it did not understand and offers the closest countries as buttons that subscribe', async () => {
    const from = user(22, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe germny'))
    const answer = lastPayload(t)
    expect(plain(answer.text)).toMatch(/did not understand: germny[\s\S]*Did you mean one of these\? Tap to subscribe/)
    expect(await topics(t, 22)).toEqual([])
    const germany = buttonsOf(answer).find((b) => b.text === '🔔 🇩🇪 Germany')!
    await t.bot.handleUpdate(callback(from, germany.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toBe('Subscribed: 🇩🇪 Germany')
    expect(await topics(t, 22)).toEqual(['country:DE'])
  })

  it.each([
    ['en', '/subscribe Congo', '«Congo» is the name of more than one country: tap the one to follow.', ['🔔 🇨🇩 DR Congo', '🔔 🇨🇬 Republic of the Congo']],
    ['ru', '/subscribe Congo, Франция', '✅ Подписка оформлена: 🇫🇷 Франция. Новые материалы придут сюда.\n«Congo» — так называют не одну страну: нажмите на ту, за которой хотите следить.', ['🔔 🇨🇩 Демократическая Республика Конго', '🔔 🇨🇬 Республика Конго']],
  ])('asks which country a name two countries share means, not saying it did not understand it (%s: %s)', async (lang, text, answer, offered) => {
    const from = user(23, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[1]!.callback_data))
    expect(await topics(t, 23)).toContain('country:CG')
  })

  it.each([
    ['ru', '/subscribe музеи театры', /^✅ Подписка оформлена: музеи, театр\./, ['sector:museums', 'sector:theatre']],
    ['kk', '/subscribe мұражайлар театрлар', /^✅ Жазылдыңыз: мұражайлар, театр\./, ['sector:museums', 'sector:theatre']],
    ['en', '/subscribe museums blah', /^✅ Subscribed: museums\. [^\n]*\nI did not understand: blah\./, ['sector:museums']],
  ])('reads the words of a piece one by one, never as one inflected sector: «музеи театры» is no music (%s: %s)', async (lang, text, answer, followed) => {
    await t.bot.handleUpdate(command(user(25, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await topics(t, 25)).toEqual(followed)
  })

  it.each([
    ['/subscribe <b>', '<b>'],
    ['/subscribe <b>bold</b> & <i>', '<b>bold</b> & <i>'],
    ['/subscribe museums, <script>', '<script>'],
  ])('echoes what it did not understand in %s as typed, escaped, not as the letters read in it', async (text, echoed) => {
    await t.bot.handleUpdate(command(user(22, 'en'), text))
    expect(plain(lastPayload(t).text)).toContain(`I did not understand: ${echoed}. Use a country`)
  })

  it('refuses the home country misspelt with the reason, as when it is spelt right', async () => {
    await t.bot.handleUpdate(command(user(22, 'en'), '/subscribe Kazakhstn'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇰🇿 Kazakhstan is our own country: every item is about its cooperation\. Follow everything with \/subscribe all, or name a partner country\.$/)
    expect(await topics(t, 22)).toEqual([])
  })

  it('subscribes «Северная Корея» to North Korea, not to South Korea with «Северная» left over', async () => {
    await t.bot.handleUpdate(command(user(23, 'ru'), '/subscribe Северная Корея'))
    expect(plain(lastPayload(t).text)).toBe('✅ Подписка оформлена: 🇰🇵 КНДР. Новые материалы придут сюда.')
    expect(await topics(t, 23)).toEqual(['country:KP'])
  })

  it.each([
    ['/subscribe <br/>', [], 'I did not understand: <br/>.'],
    ['/subscribe Russia <br/>', ['RU'], 'I did not understand: <br/>.'],
    ['/subscribe Russia, </b>', ['RU'], 'I did not understand: </b>.'],
    // A bare ISO code typed on its own is still the country.
    ['/subscribe BR', ['BR'], 'Subscribed: 🇧🇷 Brazil.'],
  ])('reads no country in markup typed with the names (%s)', async (text, codes, answer) => {
    await t.bot.handleUpdate(command(user(28, 'en'), text))
    expect(plain(lastPayload(t).text)).toContain(answer)
    expect(await topics(t, 28)).toEqual(codes.map((code) => `country:${code}`))
  })

  it.each([
    ['ru', '/subscribe Франция + мероприятия', /^✅ Подписка оформлена: 🇫🇷 Франция \(только совместные мероприятия\)\./],
    ['kk', '/subscribe Франция + іс-шаралар', /^✅ Жазылдыңыз: 🇫🇷 Франция \(тек бірлескен іс-шаралар\)\./],
  ])('narrows a subscription to joint events by their everyday word (%s: %s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(29, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(plain(lastPayload(t).text)).not.toMatch(/Не понял|Түсінбедім/)
  })

  it.each([
    ['en', '/subscribe France + exhibitions', [], '«France + exhibitions»: nothing was followed, as I did not understand «exhibitions», and without it this would follow more than you asked for. I read 🇫🇷 France; to follow that, send /subscribe France. A subscription narrows with + by one sector (museums, heritage, archaeology, cinema, theatre, music, libraries, archives, literature, education, science, youth, tourism, sport, media, religion, arts) and kinds (agreements, commissions, talks, joint events), such as /subscribe russia + museums + agreements.'],
    ['ru', '/subscribe Германия, Франция + выставки', ['country:DE'], '«Франция + выставки»: подписка не оформлена — я не понял «выставки», а без этого она следила бы за большим, чем вы просили. Понял: 🇫🇷 Франция; чтобы подписаться на это, отправьте /subscribe Франция. Подписку сужает через + одна сфера (музеи, '],
    ['kk', '/subscribe Франция + мұражайлар + көрмелер', [], '«Франция + мұражайлар + көрмелер»: жазылым жасалмады — «көрмелер» дегенді түсінбедім, ал онсыз ол сұрағаныңыздан көбін бақылар еді. Түсінгенім: 🇫🇷 Франция + мұражайлар; соған жазылу үшін /subscribe Франция + мұражайлар жіберіңіз. Жазылымды + арқылы бір сала (мұражайлар, '],
  ])('follows nothing of a narrowed subscription whose narrowing it did not understand, and says what it read and what to type (%s: %s)', async (lang, text, followed, answer) => {
    await t.bot.handleUpdate(command(user(29, lang), text))
    const reply = plain(lastPayload(t).text)
    expect(reply).toContain(answer)
    expect(reply).not.toMatch(/Subscribed: 🇫🇷|оформлена: 🇫🇷|Жазылдыңыз: 🇫🇷|I did not understand:|Не понял:|Түсінбедім:/)
    expect(buttonsOf(lastPayload(t))).toEqual([])
    expect(await topics(t, 29)).toEqual(followed)
  })

  it.each([
    ['en', '/subscribe Frnace + museums', 'Did you mean one of these? Tap to subscribe:', ['🔔 🇫🇷 France + museums'], 'Subscribed: 🇫🇷 France + museums', 'country:FR:museums:'],
    ['ru', '/subscribe Фрнция + музеи + соглашения', 'Нажмите, чтобы подписаться:', ['🔔 🇫🇷 Франция + музеи (только соглашения)', '🔔 🇬🇷 Греция + музеи (только соглашения)'], 'Подписка оформлена: 🇫🇷 Франция + музеи (только соглашения)', 'country:FR:museums:agreement'],
    ['kk', '/subscribe Германя + келісімдер', 'Жазылу үшін басыңыз:', ['🔔 🇩🇪 Германия (тек келісімдер)'], '🇩🇪 Германия (тек келісімдер)', 'country:DE::agreement'],
    ['en', '/subscribe Congo + museums', 'Did you mean one of these? Tap to subscribe:', ['🔔 🇨🇩 DR Congo + museums', '🔔 🇨🇬 Republic of the Congo + museums'], 'Subscribed: 🇨🇩 DR Congo + museums', 'country:CD:museums:'],
    // Without +, as "France museums" is France narrowed to museums, not every museum.
    ['en', '/subscribe Frnace museums', 'Did you mean one of these? Tap to subscribe:', ['🔔 🇫🇷 France + museums'], 'Subscribed: 🇫🇷 France + museums', 'country:FR:museums:'],
  ])('offers the closest countries to a misspelt one in a narrowed subscription, narrowed alike (%s: %s)', async (lang, text, offer, offered, answer, topic) => {
    const from = user(29, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toContain(offer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
    expect(await topics(t, 29)).toEqual([])
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[0]!.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toContain(answer)
    expect((await listSubscriptions(t.db, { chatId: 29, threadId: 0 })).map((s) => [s.type, s.value, s.sector ?? '', (s.kinds ?? []).join('+')].join(':'))).toEqual([topic])
  })

  it('subscribes to countries named by initials written with dots (U.S., U.K.)', async () => {
    await t.bot.handleUpdate(command(user(24, 'en'), '/subscribe U.S., U.K. + museums'))
    expect(plain(lastPayload(t).text)).toMatch(/^✅ Subscribed: 🇺🇸 United States, 🇬🇧 United Kingdom \+ museums\./)
    expect(await topics(t, 24)).toHaveLength(2)
  })

  it('says an institution is in the United Kingdom, "the" before the name in an English sentence but not in the list of what was followed', async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe British Museum'))
    const answer = plain(lastPayload(t).text)
    expect(answer).toContain('Subscribed: 🇬🇧 United Kingdom.')
    expect(answer).toContain('«British Museum» is in 🇬🇧 the United Kingdom, so this follows every item with that country.')
  })

  it('subscribes to countries named with a compass word cut short (S. Korea, N. Korea, «Юж. Корея», W. Sahara, «Зап. Сахара», «Юж. Африка»)', async () => {
    await t.bot.handleUpdate(command(user(24, 'en'), '/subscribe S. Korea, N. Korea'))
    expect(plain(lastPayload(t).text)).toBe('✅ Subscribed: 🇰🇷 South Korea, 🇰🇵 North Korea. New items will come here.')
    await t.bot.handleUpdate(command(user(26, 'ru'), '/subscribe Юж. Корея'))
    expect(plain(lastPayload(t).text)).toBe('✅ Подписка оформлена: 🇰🇷 Республика Корея. Новые материалы придут сюда.')
    expect(await topics(t, 24)).toEqual(['country:KP', 'country:KR'])
    await t.bot.handleUpdate(command(user(25, 'en'), '/subscribe W. Sahara'))
    expect(plain(lastPayload(t).text)).toBe('✅ Subscribed: 🇪🇭 Western Sahara. New items will come here.')
    await t.bot.handleUpdate(command(user(26, 'ru'), '/subscribe Зап. Сахара, Юж. Африка'))
    expect(plain(lastPayload(t).text)).toBe('✅ Подписка оформлена: 🇪🇭 САДР, 🇿🇦 ЮАР. Новые материалы придут сюда.')
    expect(await topics(t, 26)).toEqual(['country:EH', 'country:KR', 'country:ZA'])
  })

  it.each([
    ['en', '/subscribe Russia <b>', 'I did not understand: &lt;b&gt;.'],
    ['ru', '/subscribe Россия <b>hi</b> <u>', 'Не понял: &lt;b&gt;hi&lt;/b&gt;, &lt;u&gt;.'],
    ['kk', '/subscribe Ресей <i>', 'Түсінбедім: &lt;i&gt;.'],
  ])('echoes what it did not read in %s as typed and escaped, not the letters it read out of it: %s', async (lang, text, unknown) => {
    await t.bot.handleUpdate(command(user(29, lang), text))
    expect(lastPayload(t).text).toContain(unknown)
    expect(await topics(t, 29)).toEqual(['country:RU'])
  })

  it.each([
    ['en', '/subscribe France N. Nazarbayev', 'I did not understand: N, Nazarbayev.'],
    ['ru', '/subscribe Франция Ю. Гагарин', 'Не понял: Ю, Гагарин.'],
  ])('names a person\'s initial left over in %s as typed, not as a compass word spelt out («North», «Южная»)', async (lang, text, unknown) => {
    await t.bot.handleUpdate(command(user(27, lang), text))
    expect(plain(lastPayload(t).text)).toContain(unknown)
    expect(await topics(t, 27)).toEqual(['country:FR'])
  })

  it.each([
    ['en', '/subscribe russia', '✅ Subscribed: 🇷🇺 Russia. New items will come here in the daily digest, at 08:00, Moscow (UTC+3).'],
    ['ru', '/subscribe Россия', '✅ Подписка оформлена: 🇷🇺 Россия. Новые материалы придут сюда в дайджесте раз в день, в 08:00, Москва (UTC+3).'],
    ['kk', '/subscribe Ресей', '✅ Жазылдыңыз: 🇷🇺 Ресей. Жаңа материалдар осында күнделікті дайджестпен келеді: Мәскеу (UTC+3) уақытымен сағат 08:00.'],
  ])('tells a %s chat in digest mode that the items come in its daily digest, at its hour and zone', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(28, lang), '/subscribe museums'))
    await setAlertSettings(t.db, { chatId: 28, chatType: 'private' }, { alertMode: 'digest', digestHour: 8, timeZone: 'Europe/Moscow' }, t.clock.now())
    await t.bot.handleUpdate(command(user(28, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it('subscribes to a Russian name joined by «и» as one country, and to a list joined by «и» as several', async () => {
    await t.bot.handleUpdate(command(user(25, 'ru'), '/subscribe Босния и Герцеговина, Тринидад и Тобаго'))
    expect(plain(lastPayload(t).text)).toBe('✅ Подписка оформлена: 🇧🇦 Босния и Герцеговина, 🇹🇹 Тринидад и Тобаго. Новые материалы придут сюда.')
    await t.bot.handleUpdate(command(user(25, 'ru'), '/subscribe Россия и Китай'))
    expect(await topics(t, 25)).toEqual(['country:BA', 'country:CN', 'country:RU', 'country:TT'])
  })

  it('subscribes to each of the flags sent side by side', async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe 🇫🇷🇩🇪 🇯🇵'))
    expect(plain(lastPayload(t).text)).toBe('✅ Subscribed: 🇫🇷 France, 🇩🇪 Germany, 🇯🇵 Japan. New items will come here.')
    expect(await topics(t, 27)).toEqual(['country:DE', 'country:FR', 'country:JP'])
    // A name and another country's flag: both, where the flag was dropped without a word.
    await t.bot.handleUpdate(command(user(28, 'ru'), '/subscribe Россия 🇨🇳'))
    expect(plain(lastPayload(t).text)).toBe('✅ Подписка оформлена: 🇷🇺 Россия, 🇨🇳 Китай. Новые материалы придут сюда.')
    // A flag beside its own country's name is that one country.
    await t.bot.handleUpdate(command(user(29, 'en'), '/subscribe 🇷🇺 Russia'))
    expect(plain(lastPayload(t).text)).toBe('✅ Subscribed: 🇷🇺 Russia. New items will come here.')
  })

  it('subscribes to Chad named alone, a name running text uses as a word', async () => {
    await t.bot.handleUpdate(command(user(26, 'en'), '/subscribe Chad'))
    expect(plain(lastPayload(t).text)).toBe('✅ Subscribed: 🇹🇩 Chad. New items will come here.')
    expect(await topics(t, 26)).toEqual(['country:TD'])
  })

  it('reads a Kazakh Latin name typed without its marks (Qytai for «Qytaı»): China, not a suggestion of Qatar', async () => {
    await t.bot.handleUpdate(command(user(25, 'kk'), '/subscribe Qytai, Germaniia'))
    const answer = lastPayload(t)
    expect(plain(answer.text)).toMatch(/^✅ Жазылдыңыз: 🇨🇳 Қытай, 🇩🇪 Германия\./)
    expect(buttonsOf(answer)).toEqual([])
    expect(await topics(t, 25)).toEqual(['country:CN', 'country:DE'])
  })

  it('reactivates a subscriber that had been deactivated', async () => {
    const from = user(23, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    await t.db.updateTable('subscriber').set({ is_active: 0, deactivated_reason: 'blocked' }).where('chat_id', '=', 23).execute()
    await t.bot.handleUpdate(command(from, '/subscribe france'))
    expect((await getSubscriberSettings(t.db, 23))?.isActive).toBe(true)
  })

  it('lists subscriptions with remove buttons, removes one, and unsubscribes by name', async () => {
    const from = user(24, 'ru')
    await t.bot.handleUpdate(command(from, '/subscribe россия, франция, кино'))
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    const list = lastPayload(t)
    expect(plain(list.text)).toMatch(/Подписки этого чата[\s\S]*каждый материал сразу[\s\S]*Россия[\s\S]*Франция[\s\S]*кино/)
    const remove = buttonsOf(list).find((b) => b.text === '❌ 🇫🇷 Франция')!
    await t.bot.handleUpdate(callback(from, remove.callback_data))
    expect(await topics(t, 24)).toEqual(['country:RU', 'sector:cinema'])
    expect(plain(lastPayload(t, 'editMessageText').text)).not.toMatch(/Франция/)
    await t.bot.handleUpdate(callback(from, remove.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/устарела/)

    await t.bot.handleUpdate(command(from, '/unsubscribe Россия'))
    expect(plain(lastPayload(t).text)).toMatch(/Подписка отменена: 🇷🇺 Россия/)
    await t.bot.handleUpdate(command(from, '/unsubscribe Япония'))
    expect(plain(lastPayload(t).text)).toMatch(/нет подписки «Япония»/)
    expect(await topics(t, 24)).toEqual(['sector:cinema'])
  })

  it.each([
    ['ru', '/unsubscribe все', 'Здесь пока нет подписок. Отправьте /subscribe россия или выберите ниже.'],
    ['en', '/unsubscribe Russia', 'You follow nothing here yet. Send /subscribe russia or pick below.'],
    ['kk', '/unsubscribe барлығы', 'Мұнда әзірге жазылым жоқ. /subscribe ресей жіберіңіз немесе төменнен таңдаңыз.'],
  ])('tells a chat that follows nothing that it follows nothing, with how to subscribe (%s: %s), where it said it follows no «все»', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(28, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it('reads a country whose name starts like a sector or kind as the country (Турция, not туризм)', async () => {
    const from = user(29, 'ru')
    await t.bot.handleUpdate(command(from, '/subscribe Турция'))
    expect(plain(lastPayload(t).text)).toMatch(/Подписка оформлена: 🇹🇷 Турция/)
    await t.bot.handleUpdate(command(from, '/subscribe Перу + музеи'))
    expect((await topics(t, 29)).sort()).toEqual(['country:PE', 'country:TR'])
    await t.bot.handleUpdate(command(from, '/unsubscribe Турция'))
    expect(plain(lastPayload(t).text)).toMatch(/Подписка отменена: 🇹🇷 Турция/)
    await t.bot.handleUpdate(command(from, '/latest турция'))
    expect(plain(lastPayload(t).text)).toMatch(/Только 🇹🇷 Турция: /)
  })

  it('refuses made-up button data that would subscribe to the home country, but follows the word of a home place', async () => {
    await t.bot.handleUpdate(callback(user(31, 'en'), subscribeCodec.encode({ action: 'country', country: 'KZ' })))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
    expect(await topics(t, 31)).toEqual([])
    // Astana names the home country: no subscription to it, but its 🔤 button follows the word.
    await t.bot.handleUpdate(command(user(31, 'en'), '/subscribe Astana'))
    const onlyWord = buttonsOf(lastPayload(t)).find((b) => b.text.includes('astana'))!
    await t.bot.handleUpdate(callback(user(31, 'en'), onlyWord.callback_data))
    expect(await topics(t, 31)).toEqual(['keyword:astana'])
  })

  it('unsubscribes by name from the word a name was turned into (🔤 Only the word «лувр»)', async () => {
    const from = user(30, 'ru')
    await t.bot.handleUpdate(command(from, '/subscribe Лувр'))
    const onlyWord = buttonsOf(lastPayload(t)).find((b) => b.text.includes('Только слово'))!
    await t.bot.handleUpdate(callback(from, onlyWord.callback_data))
    expect(await topics(t, 30)).toEqual(['keyword:лувр'])
    await t.bot.handleUpdate(command(from, '/unsubscribe Лувр'))
    expect(plain(lastPayload(t).text)).toMatch(/Подписка отменена: .*лувр/)
    expect(await topics(t, 30)).toEqual([])
  })

  it.each(['en', 'ru', 'kk'])('answers a %s /subscribe and /unsubscribe naming every country in one message, the rest counted', async (lang) => {
    const from = user(26, lang)
    const codes = listCountryCodes().filter((code) => code !== 'KZ')
    await t.bot.handleUpdate(command(from, `/subscribe ${codes.join(', ')}, museums + agreements`))
    const subscribed = lastPayload(t)
    expect(telegramLength(subscribed.text)).toBeLessThanOrEqual(4096)
    expect(plain(subscribed.text)).toMatch(/(and|и ещё|тағы) \d+/)
    expect(await topics(t, 26)).toHaveLength(codes.length + 1)
    await t.bot.handleUpdate(command(from, `/unsubscribe ${codes.join(', ')}`))
    expect(telegramLength(lastPayload(t).text)).toBeLessThanOrEqual(4096)
    expect(await topics(t, 26)).toHaveLength(1)
  })

  it.each([
    ['en', /Not added, this chat follows 300 topics already \(the most it may\): «k1w2s».*Remove some with \/unsubscribe or \/subscriptions/s],
    ['ru', /Не добавлено: в этом чате уже 300 подписок \(больше нельзя\): «k1w2s».*Удалите лишние/s],
    ['kk', /Қосылмады: бұл чатта 300 жазылым бар \(одан көп болмайды\): «k1w2s».*Артығын/s],
  ])('stops a chat at 300 subscriptions however many keywords are pasted, and says so (%s)', async (lang, refusal) => {
    const from = user(26, lang)
    const words = (batch: number) => Array.from({ length: 200 }, (_, i) => `"k${batch}w${i.toString(36)}"`).join(', ')
    await t.bot.handleUpdate(command(from, `/subscribe ${words(0)}`))
    await t.bot.handleUpdate(command(from, `/subscribe ${words(1)}`))
    expect(await topics(t, 26)).toHaveLength(300)
    expect(plain(lastPayload(t).text)).toMatch(refusal)
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    expect(await topics(t, 26)).not.toContain('country:RU')
    await t.bot.handleUpdate(command(from, '/unsubscribe "k0w0"'))
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    expect(await topics(t, 26)).toContain('country:RU')
    expect(await topics(t, 26)).toHaveLength(300)
  })

  it('says so when a suggestion button or the picker would pass the 300 subscriptions, instead of «already follow» or a silent tick', async () => {
    const from = user(28, 'en')
    for (const batch of [0, 1]) {
      await t.bot.handleUpdate(command(from, `/subscribe ${Array.from({ length: 150 }, (_, i) => `"k${batch}w${i.toString(36)}"`).join(', ')}`))
    }
    expect(await topics(t, 28)).toHaveLength(300)
    await t.bot.handleUpdate(callback(from, subscribeCodec.encode({ action: 'country', country: 'FR' })))
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/^Not added: this chat follows 300 topics already/)
    await t.bot.handleUpdate(command(from, '/subscribe'))
    const countries = buttonsOf(lastPayload(t)).find((b) => b.callback_data.startsWith('sub/0/0/'))!
    await t.bot.handleUpdate(callback(from, countries.callback_data, undefined, t.api.sent().length))
    const first = buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).find((b) => b.callback_data.startsWith('sub-c/'))!
    await t.bot.handleUpdate(callback(from, first.callback_data, undefined, t.api.sent().length))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: expect.stringMatching(/^Not added: this chat follows 300 topics already/), show_alert: true })
    expect(await topics(t, 28)).toHaveLength(300)
  })

  it('refuses a topic at 300 subscriptions, not «already follow», when a removal waiting for the database frees a place just after', async () => {
    let removal: Promise<number> | undefined
    // As an /unsubscribe of the same chat from elsewhere would: queued the moment the chat is counted full.
    const removeOneOnceFull: KyselyPlugin = {
      transformQuery: ({ node }) => node,
      transformResult({ result }) {
        if (!removal && (result.rows[0] as { n?: unknown } | undefined)?.n === 300) removal = removeSubscriptions(full.db, { chatId: 29, threadId: 0 }, [{ type: 'keyword', value: 'k0w0' }])
        return Promise.resolve(result)
      },
    }
    const full = await createTestApp({}, { appDb: (db) => db.withPlugin(removeOneOnceFull) })
    try {
      const from = user(29, 'en')
      for (const batch of [0, 1]) {
        await full.bot.handleUpdate(command(from, `/subscribe ${Array.from({ length: 150 }, (_, i) => `"k${batch}w${i.toString(36)}"`).join(', ')}`))
      }
      await full.bot.handleUpdate(command(from, '/subscribe russia'))
      expect(await removal).toBe(1)
      expect(plain(lastPayload(full).text)).toMatch(/^Not added, this chat follows 300 topics already \(the most it may\): 🇷🇺 Russia/)
      expect(await topics(full, 29)).toHaveLength(299)
    } finally {
      await full.close()
    }
  })

  it('reads names and keywords pasted with soft hyphens and zero-width characters as typed', async () => {
    await t.bot.handleUpdate(command(user(27, 'ru'), '/subscribe Рос\u00adсия, ＦＲＡＮＣＥ, "Лув\u00adр\u200b"'))
    expect(plain(lastPayload(t).text)).toMatch(/Подписка оформлена: 🇷🇺 Россия, 🇫🇷 Франция, «лувр»/)
    expect((await topics(t, 27)).sort()).toEqual(['country:FR', 'country:RU', 'keyword:лувр'])
  })

  it("takes a quoted keyword with an apostrophe in it as the keyword, not as the sector its first word names", async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), `/subscribe "Musée d'Orsay", «Jeanne d'Arc», 'Louvre'`))
    expect(plain(lastPayload(t).text)).toMatch(/^✅ Subscribed: «musée d'orsay», «jeanne d'arc», «louvre»\./)
    expect((await topics(t, 27)).sort()).toEqual(["keyword:jeanne d'arc", 'keyword:louvre', "keyword:musée d'orsay"])
  })

  it('keeps a quoted keyword\'s operators as /search reads them: NOT stays NOT (lower case it is the word «not»), OR and a minus as typed', async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe "Museum NOT Louvre", "Opera OR Ballet -Paris"'))
    expect((await topics(t, 27)).sort()).toEqual(['keyword:museum NOT louvre', 'keyword:opera or ballet -paris'])
  })

  it('says when a keyword has more words, phrases or alternatives joined by OR than its alerts match, as /search says it', async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe "opera ballet film jazz circus dance book poem art", \'"ás" or "ıs" or "oq" or "úı" or "ál"\''))
    const answer = plain(lastPayload(t).text)
    expect(answer).toContain('«opera ballet film jazz circus dance book poem art»: only 8 of its words and phrases are followed')
    expect(answer).toContain('«"ás" or "ıs" or "oq" or "úı" or "ál"»: only its first 4 alternatives joined by OR are followed')
    expect((await topics(t, 27)).length).toBe(2)
    await t.bot.handleUpdate(command(user(27, 'ru'), '/subscribe "опера балет"'))
    expect(plain(lastPayload(t).text)).not.toContain('⚠️')
  })

  it('takes a keyword in any quotes, nested ones part of it, as "double quotes" take it', async () => {
    await t.bot.handleUpdate(command(user(27, 'ru'), '/subscribe «Дни «культуры»», „Abai Days“, ”Tage der Kultur”, “Nauryz”'))
    expect((await topics(t, 27)).sort()).toEqual(['keyword:abai days', 'keyword:nauryz', 'keyword:tage der kultur', 'keyword:дни культуры'])
  })

  it('takes a quoted keyword with a capital İ as its plain spelling, as search reads it, not with a combining dot', async () => {
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe "İzmir State Opera", "istanbul"'))
    expect(plain(lastPayload(t).text)).toMatch(/^✅ Subscribed: «izmir state opera», «istanbul»\./)
    await t.bot.handleUpdate(command(user(27, 'en'), '/subscribe "İstanbul"'))
    expect((await topics(t, 27)).sort()).toEqual(['keyword:istanbul', 'keyword:izmir state opera'])
  })

  it("keeps a keyword's signs as typed, as stored texts keep them («№5», «м²»), full-width letters read as plain", async () => {
    await t.bot.handleUpdate(command(user(27, 'ru'), '/subscribe "гимназия №5", "300 м²", "ＵＮＥＳＣＯ"'))
    expect((await topics(t, 27)).sort()).toEqual(['keyword:300 м²', 'keyword:unesco', 'keyword:гимназия №5'])
  })

  it.each([
    ['en', /^Nothing changed: \/subscriptions takes no «russia <b>»\..*\n\nSubscriptions of this chat \(1\)/s],
    ['ru', /^Ничего не изменено: \/subscriptions не понимает «russia <b>»\..*\n\nПодписки этого чата \(1\)/s],
    ['kk', /^Ештеңе өзгермеді: \/subscriptions «russia <b>» дегенді түсінбейді\..*\n\nОсы чаттың жазылымдары \(1\)/s],
  ])('says that words after /subscriptions changed nothing, above the list (%s)', async (lang, answer) => {
    const from = user(29, lang)
    await t.bot.handleUpdate(command(from, '/subscribe france'))
    await t.bot.handleUpdate(command(from, '/subscriptions russia <b>'))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await topics(t, 29)).toEqual(['country:FR'])
  })

  it('says that words after /subscriptions changed nothing above an empty list too', async () => {
    await t.bot.handleUpdate(command(user(30, 'en'), '/subscriptions russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^Nothing changed: \/subscriptions takes no «russia»\..*\n\nYou follow nothing here yet\./s)
  })

  it('pages a long list of subscriptions', async () => {
    const from = user(25, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe museums, heritage, archaeology, cinema, theatre, music, libraries, archives, literature, education'))
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/Page 1 of 2/)
    const next = buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!
    await t.bot.handleUpdate(callback(from, next.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Page 2 of 2/)
  })

  it.each([
    ['en', '/unsubscribe all', 'This chat does not follow 📰 everything, so nothing was removed. To get no more alerts here, remove all its subscriptions (2):', '❌ Remove all (2)', 'Unsubscribed: 🇫🇷 France, 🇷🇺 Russia + museums.'],
    ['ru', '/unsubscribe все', 'Подписки на 📰 всё в этом чате нет, так что ничего не отменено. Чтобы уведомления сюда больше не приходили, отмените все его подписки (2):', '❌ Отменить все (2)', 'Подписка отменена: 🇫🇷 Франция, 🇷🇺 Россия + музеи.'],
    ['kk', '/unsubscribe барлығы', 'Бұл чатта 📰 барлығына жазылым жоқ, сондықтан ештеңе тоқтатылмады. Мұнда хабарламалар бұдан былай келмеуі үшін оның барлық жазылымын (2) тоқтатыңыз:', '❌ Барлығын тоқтату (2)', 'Жазылым тоқтатылды: 🇫🇷 Франция, 🇷🇺 Ресей + мұражайлар.'],
  ])('offers to remove every subscription on /unsubscribe all in a chat that follows no 📰 everything (%s: %s), its admins only', async (lang, text, offer, button, done) => {
    const group = groupChat(-1006, 'Press office')
    const [admin, member] = [user(33, lang), user(34, lang)]
    t.api.chatAdministrators.set(-1006, [33])
    await t.bot.handleUpdate(message(admin, '/subscribe France, Russia + museums', group))
    await t.bot.handleUpdate(message(admin, text, group))
    expect(plain(lastPayload(t).text)).toBe(offer)
    const [removeAll, ...others] = buttonsOf(lastPayload(t))
    expect([removeAll?.text, others]).toEqual([button, []])
    await t.bot.handleUpdate(callback(member, removeAll!.callback_data, group))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true })
    expect(await topics(t, -1006)).toHaveLength(2)
    await t.bot.handleUpdate(callback(admin, removeAll!.callback_data, group))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe(done)
    expect(await topics(t, -1006)).toEqual([])
  })

  it('removes on ❌ Remove all only what it offered: a chat that followed more since is offered its list anew', async () => {
    const from = user(35, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe France, Russia'))
    await t.bot.handleUpdate(command(from, '/unsubscribe all'))
    const [offered] = buttonsOf(lastPayload(t))
    expect(offered?.text).toBe('❌ Remove all (2)')
    await t.bot.handleUpdate(command(from, '/subscribe museums'))
    await t.bot.handleUpdate(callback(from, offered!.callback_data))
    expect(await topics(t, 35)).toHaveLength(3)
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/remove all its subscriptions \(3\):$/)
    const [renewed] = buttonsOf(lastPayload(t, 'editMessageText'))
    expect(renewed?.text).toBe('❌ Remove all (3)')
    await t.bot.handleUpdate(callback(from, renewed!.callback_data))
    expect(await topics(t, 35)).toEqual([])
    await t.bot.handleUpdate(callback(from, renewed!.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: expect.any(String) })
  })

  it('lets a group admin subscribe the group and refuses a non-admin', async () => {
    const group = groupChat(-1001, 'Press office')
    const admin = user(30, 'en')
    const member = user(31, 'en')
    t.api.chatAdministrators.set(-1001, [30])
    await t.bot.handleUpdate(message(member, '/subscribe russia', group))
    expect(plain(lastPayload(t).text)).toMatch(/Only this chat's admins/)
    expect(await topics(t, -1001)).toEqual([])
    await t.bot.handleUpdate(message(admin, '/subscribe@coopwatch_test_bot russia', group))
    expect(await topics(t, -1001)).toEqual(['country:RU'])
    await t.bot.handleUpdate(message(member, '/unsubscribe russia', group))
    expect(await topics(t, -1001)).toEqual(['country:RU'])
    // Buttons are checked too: a member pressing ❌ under the admin's list changes nothing.
    await t.bot.handleUpdate(message(admin, '/subscriptions', group))
    const remove = buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('❌'))!
    await t.bot.handleUpdate(callback(member, remove.callback_data, group))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: expect.stringMatching(/Only this chat's admins/), show_alert: true })
    expect(await topics(t, -1001)).toEqual(['country:RU'])
    expect(t.api.sent('getChatMember').map((c) => c.payload.user_id)).toContain(31)
  })

  it("reuses a group presser's admin check for 30 seconds to draw /subscriptions pages, while every change checks again", async () => {
    const group = groupChat(-1005, 'Press office')
    const admin = user(32, 'en')
    t.api.chatAdministrators.set(-1005, [32])
    await t.bot.handleUpdate(message(admin, '/subscribe museums, heritage, archaeology, cinema, theatre, music, libraries, archives, literature, education', group))
    const checks = () => t.api.sent('getChatMember').filter((c) => c.payload.user_id === 32).length
    await t.bot.handleUpdate(message(admin, '/subscriptions', group))
    const before = checks()
    const next = buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data
    await t.bot.handleUpdate(callback(admin, next, group))
    const back = buttonsOf(lastPayload(t, 'editMessageText')).find((b) => b.text === '◀')!.callback_data
    await t.bot.handleUpdate(callback(admin, back, group))
    await t.bot.handleUpdate(callback(admin, next, group))
    // Three page presses within the lifetime: no new check.
    expect(checks()).toBe(before)
    expect(buttonsOf(lastPayload(t, 'editMessageText')).filter((b) => b.text.startsWith('❌'))).toHaveLength(2)
    // A ❌ is a change: checked again, once, for the press and the page it redraws.
    await t.bot.handleUpdate(callback(admin, buttonsOf(lastPayload(t, 'editMessageText')).find((b) => b.text.startsWith('❌'))!.callback_data, group))
    expect(checks()).toBe(before + 1)
    expect(await topics(t, -1005)).toHaveLength(9)
    // The admin loses the rights: a change is refused at once, and the pages are drawn read-only once the lifetime is over.
    t.api.chatAdministrators.set(-1005, [])
    await t.bot.handleUpdate(callback(admin, buttonsOf(lastPayload(t, 'editMessageText')).find((b) => b.text.startsWith('❌'))!.callback_data, group))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: expect.stringMatching(/Only this chat's admins/), show_alert: true })
    expect(await topics(t, -1005)).toHaveLength(9)
    t.clock.advance(31_000)
    await t.bot.handleUpdate(callback(admin, back, group))
    expect(buttonsOf(lastPayload(t, 'editMessageText')).map((b) => b.text)).toEqual(['▶'])
  })

  it.each([
    ['en', /^This chat follows nothing yet\.\n\nOnly this chat's admins can change its subscriptions and settings\.$/],
    ['ru', /^Этот чат пока ни на что не подписан\.\n\nПодписки и настройки этого чата могут менять только его администраторы\.$/],
    ['kk', /^Бұл чат әзірге ештеңеге жазылмаған\.\n\n/],
  ])('tells a group member who is no admin (%s) that the group follows nothing, not to send /subscribe or pick below where nothing is offered', async (lang, answer) => {
    const group = groupChat(-1004, 'Press office')
    t.api.chatAdministrators.set(-1004, [32])
    await t.bot.handleUpdate(message(user(33, lang), '/subscriptions', group))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(buttonsOf(lastPayload(t))).toEqual([])
    await t.bot.handleUpdate(message(user(32, lang), '/subscriptions', group))
    expect(plain(lastPayload(t).text)).toMatch(/\/subscribe/)
    expect(buttonsOf(lastPayload(t))).toHaveLength(1)
  })

  it.each([
    ['en', /\n\nOnly this chat's admins can change its subscriptions and settings\.$/],
    ['ru', /\n\nПодписки и настройки этого чата могут менять только его администраторы\.$/],
  ])('shows a group\'s subscriptions to a member who is no admin (%s) without ❌ and ⚙, saying who may change them, and pages them so', async (lang, adminsOnly) => {
    const group = groupChat(-1003, 'Press office')
    const admin = user(30, lang)
    const member = user(31, lang)
    t.api.chatAdministrators.set(-1003, [30])
    await t.bot.handleUpdate(message(member, '/subscriptions', group))
    expect(plain(lastPayload(t).text)).toMatch(adminsOnly)
    expect(buttonsOf(lastPayload(t))).toEqual([])
    await t.bot.handleUpdate(message(admin, '/subscribe museums, heritage, archaeology, cinema, theatre, music, libraries, archives, literature, education', group))
    await t.bot.handleUpdate(message(member, '/subscriptions', group))
    expect(plain(lastPayload(t).text)).toMatch(adminsOnly)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(['▶'])
    await t.bot.handleUpdate(callback(member, buttonsOf(lastPayload(t))[0]!.callback_data, group))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(adminsOnly)
    expect(buttonsOf(lastPayload(t, 'editMessageText')).map((b) => b.text)).toEqual(['◀'])
    // A member paging the list an admin opened gets the read-only page: its ❌ and ⚙ would only answer a refusal.
    await t.bot.handleUpdate(message(admin, '/subscriptions', group))
    const shown = lastPayload(t)
    expect(plain(shown.text)).not.toMatch(adminsOnly)
    const pressed = callback(member, buttonsOf(shown).find((b) => b.text === '▶')!.callback_data, group)
    ;(pressed.callback_query!.message as Message.TextMessage).reply_markup = shown.reply_markup as Message.TextMessage['reply_markup']
    await t.bot.handleUpdate(pressed)
    expect(buttonsOf(lastPayload(t, 'editMessageText')).map((b) => b.text)).toEqual(['◀'])
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(adminsOnly)
    // And an admin paging it back gets the buttons again.
    await t.bot.handleUpdate(callback(admin, buttonsOf(lastPayload(t, 'editMessageText'))[0]!.callback_data, group))
    expect(buttonsOf(lastPayload(t, 'editMessageText')).filter((b) => b.text.startsWith('❌'))).toHaveLength(8)
    expect(plain(lastPayload(t, 'editMessageText').text)).not.toMatch(adminsOnly)
  })

  it('keeps a forum topic\'s subscriptions apart and replies into the topic', async () => {
    const forum = groupChat(-1002, 'Culture forum', true)
    const admin = user(32, 'en')
    t.api.chatAdministrators.set(-1002, [32])
    await t.bot.handleUpdate(message(admin, '/subscribe france', forum, { message_thread_id: 77, is_topic_message: true }))
    expect(lastPayload(t)).toMatchObject({ chat_id: -1002, message_thread_id: 77 })
    await t.bot.handleUpdate(message(admin, '/subscribe japan', forum))
    expect(await topics(t, -1002, 77)).toEqual(['country:FR'])
    expect(await topics(t, -1002, 0)).toEqual(['country:JP'])
    await t.bot.handleUpdate(message(admin, '/subscriptions', forum, { message_thread_id: 77, is_topic_message: true }))
    expect(plain(lastPayload(t).text)).toMatch(/Subscriptions of this topic \(1\)[\s\S]*France/)
  })

  it('removes with ❌ only a subscription of the topic the list was sent in', async () => {
    const forum = groupChat(-1002, 'Culture forum', true)
    const admin = user(32, 'en')
    t.api.chatAdministrators.set(-1002, [32])
    const topic = (threadId: number) => ({ message_thread_id: threadId, is_topic_message: true })
    await t.bot.handleUpdate(message(admin, '/subscribe france, japan', forum, topic(77)))
    await t.bot.handleUpdate(message(admin, '/subscribe japan', forum, topic(78)))
    await t.bot.handleUpdate(message(admin, '/subscriptions', forum, topic(78)))
    const [japanIn78] = buttonsOf(lastPayload(t)).filter((b) => b.text.startsWith('❌'))
    await t.bot.handleUpdate(message(admin, '/subscriptions', forum, topic(77)))
    const listIn77 = buttonsOf(lastPayload(t)).filter((b) => b.text.startsWith('❌'))
    expect(listIn77.map((b) => b.text)).toEqual(['❌ 🇫🇷 France', '❌ 🇯🇵 Japan'])
    // The button's data names topic 78's Japan (callback data can be forged), pressed under topic 77's list.
    await t.bot.handleUpdate(pressedInTopic(callback(admin, japanIn78!.callback_data, forum), 77))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: 'This button is out of date. Please run the command again.' })
    expect(await topics(t, -1002, 78)).toEqual(['country:JP'])
    expect(await topics(t, -1002, 77)).toEqual(['country:FR', 'country:JP'])
    await t.bot.handleUpdate(pressedInTopic(callback(admin, listIn77[1]!.callback_data, forum), 77))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ text: 'Removed.' })
    expect(await topics(t, -1002, 77)).toEqual(['country:FR'])
    expect(await topics(t, -1002, 78)).toEqual(['country:JP'])
  })

  it('takes commands posted in a channel (only its admins can post there)', async () => {
    const channel = { id: -1003, type: 'channel', title: 'Culture news' } as const
    await t.bot.handleUpdate({
      update_id: 1,
      channel_post: { message_id: 5, date: 0, chat: channel, sender_chat: channel, text: '/subscribe all', entities: [{ type: 'bot_command', offset: 0, length: 10 }] },
    })
    expect(lastPayload(t)).toMatchObject({ chat_id: -1003 })
    expect(await topics(t, -1003)).toEqual(['all:'])
    const row = await t.db.selectFrom('subscriber').select('chat_type').where('chat_id', '=', -1003).executeTakeFirst()
    expect(row?.chat_type).toBe('channel')
  })

  describe('the picker menu', () => {
    it('toggles countries (those with items first, then all others), sectors, the alert mode and the digest hour', async () => {
      await seedItems(t.db, [itemWithPartner('RU'), itemWithPartner('RU'), itemWithPartner('UZ')])
      const from = user(40, 'en')
      await t.bot.handleUpdate(command(from, '/subscribe'))
      const menu = lastPayload(t)
      expect(plain(menu.text)).toMatch(/What to follow here/)
      const press = async (label: RegExp) => {
        const source = t.api.calls.filter((c) => c.payload.reply_markup?.inline_keyboard).at(-1)!.payload
        const button = buttonsOf(source).find((b) => label.test(b.text))
        if (!button) throw new Error(`no button ${label} in ${JSON.stringify(buttonsOf(source).map((b) => b.text))}`)
        await t.bot.handleUpdate(callback(from, button.callback_data))
      }
      await press(/Countries/)
      const firstPage = buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)
      expect(firstPage.slice(0, 4)).toEqual(['🇷🇺 Russia', '🇺🇿 Uzbekistan', '🇦🇫 Afghanistan', '🇦🇽 Åland Islands'])
      expect(firstPage.slice(-2)).toEqual(['« Back', '▶'])
      expect(firstPage).not.toContain('🇰🇿 Kazakhstan')
      await press(/Uzbekistan/)
      expect(await topics(t, 40)).toEqual(['country:UZ'])
      expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)).toContain('✅ 🇺🇿 Uzbekistan')
      await press(/Uzbekistan/)
      expect(await topics(t, 40)).toEqual([])
      await press(/Back/)
      await press(/Sectors/)
      await press(/^museums$/)
      expect(await topics(t, 40)).toEqual(['sector:museums'])
      await press(/Back/)
      await press(/Organisations/)
      await press(/^🏛 UNESCO$/)
      expect(await topics(t, 40)).toEqual(['org:UNESCO', 'sector:museums'])
      expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)).toContain('✅ 🏛 UNESCO')
      await press(/^✅ 🏛 UNESCO$/)
      expect(await topics(t, 40)).toEqual(['sector:museums'])
      await press(/Back/)
      await press(/Digest hour/)
      await press(/^18:00$/)
      expect(await getSubscriberSettings(t.db, 40)).toMatchObject({ alertMode: 'digest', digestHour: 18 })
      expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text)).toContain('✅ 🗞 Daily digest at 18:00')
      await press(/Each item at once/)
      expect(await getSubscriberSettings(t.db, 40)).toMatchObject({ alertMode: 'instant', digestHour: 18 })
      for (const call of t.api.calls) {
        for (const b of buttonsOf(call.payload)) {
          expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64)
          // What subscribePicker checks in groups: every button of the picker and its submenus.
          expect(b.callback_data).toMatch(/^sub(?:-[a-z]+)?\//)
        }
      }
    })

    it('refuses a group member who presses the group admin\'s menu', async () => {
      const group = groupChat(-1004)
      t.api.chatAdministrators.set(-1004, [41])
      await t.bot.handleUpdate(message(user(41, 'en'), '/subscribe', group))
      const everything = buttonsOf(lastPayload(t)).find((b) => /Everything/.test(b.text))!
      await t.bot.handleUpdate(callback(user(42, 'en'), everything.callback_data, group))
      expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/Only this chat's admins/) })
      expect(await topics(t, -1004)).toEqual([])
    })

    it('refuses a group member who presses the admin\'s menu to move or close it (a submenu, Done)', async () => {
      const group = groupChat(-1005)
      t.api.chatAdministrators.set(-1005, [44])
      await t.bot.handleUpdate(message(user(44, 'en'), '/subscribe', group))
      const menu = lastPayload(t)
      for (const label of [/Countries/, /Done/]) {
        const button = buttonsOf(menu).find((b) => label.test(b.text))!
        await t.bot.handleUpdate(callback(user(45, 'en'), button.callback_data, group))
        expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true, text: expect.stringMatching(/Only this chat's admins/) })
      }
      expect(t.api.sent('editMessageReplyMarkup')).toEqual([])
      expect(t.api.sent('editMessageText')).toEqual([])
    })

    it('never follows a country other than the one a picker button showed, after the counts reordered the countries', async () => {
      await seedItems(t.db, [itemWithPartner('RU'), itemWithPartner('RU'), itemWithPartner('UZ')])
      const from = user(46, 'en')
      await t.bot.handleUpdate(command(from, '/subscribe'))
      await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => /Countries/.test(b.text))!.callback_data))
      const uzbekistan = buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).find((b) => b.text === '🇺🇿 Uzbekistan')!
      // Uzbekistan now leads, and Russia stands where the pressed button showed Uzbekistan.
      await seedItems(t.db, [itemWithPartner('UZ'), itemWithPartner('UZ')])
      await t.bot.handleUpdate(callback(from, uzbekistan.callback_data))
      expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
      expect(await topics(t, 46)).toEqual([])
      expect(buttonsOf(lastPayload(t, 'editMessageReplyMarkup')).map((b) => b.text).slice(0, 2)).toEqual(['🇺🇿 Uzbekistan', '🇷🇺 Russia'])
    })

    it('re-renders an outdated menu with a notice instead of acting on it', async () => {
      const from = user(43, 'en')
      await t.bot.handleUpdate(command(from, '/subscribe'))
      const everything = buttonsOf(lastPayload(t)).find((b) => /Everything/.test(b.text))!
      await t.bot.handleUpdate(command(from, '/subscribe all'))
      await t.bot.handleUpdate(callback(from, everything.callback_data))
      expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
      expect(await topics(t, 43)).toEqual(['all:'])
    })
  })
})

describe('/subscribe a region or a former state', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/subscribe Африка', /^«Африка» — регион, а не страна: подпишитесь на его страны по одной\. Страны, по которым есть материалы:$/, ['🔔 🇪🇬 Египет']],
    ['ru', '/subscribe СССР', /^«СССР» — государство, которого больше нет, а не страна/, ['🔔 🇷🇺 Россия']],
    ['en', '/subscribe USSR', /^«USSR» is a state that no longer exists, not a country/, ['🔔 🇷🇺 Russia']],
    ['kk', '/subscribe Латын Америкасы', /^«Латын Америкасы» — ел емес, аймақ: оның елдеріне бір-бірден жазылыңыз\. Әзірге бірде-бірі бойынша материал жоқ/, []],
    ['ru', '/subscribe Латинская Америка', /^«Латинская Америка» — регион, а не страна/, []],
  ])('offers the countries with items of a region or former state (%s: %s), following none, where Africa offered the USA and «Латын Америкасы» followed it', async (lang, text, answer, offered) => {
    await seedItems(t.db, ['EG', 'RU', 'FR', 'US'].map((code) => itemWithPartner(code, { title: `Item with ${code}` })))
    const from = user(70, lang)
    await t.bot.handleUpdate(command(from, text))
    const payload = t.api.sent().at(-1)!.payload
    expect(plain(String(payload.text))).toMatch(answer)
    expect(((payload.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.text)).toEqual(offered)
    expect(await listSubscriptions(t.db, { chatId: from.id, threadId: 0 })).toEqual([])
  })
})

describe('/subscriptions in the reader\'s alphabet', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/subscribe Китай, Германия, Египет, Австрия, музеи, кино', ['🇦🇹 Австрия', '🇩🇪 Германия', '🇪🇬 Египет', '🇨🇳 Китай', 'кино', 'музеи']],
    ['en', '/subscribe Türkiye, Germany, Spain, Hungary', ['🇩🇪 Germany', '🇭🇺 Hungary', '🇪🇸 Spain', '🇹🇷 Türkiye']],
    ['kk', '/subscribe Қытай, Германия, Мысыр, Австрия', ['🇦🇹 Австрия', '🇩🇪 Германия', '🇨🇳 Қытай', '🇪🇬 Мысыр']],
  ])('lists each kind of subscription by its name as the reader sees it (%s), where countries came in the order of their ISO codes', async (lang, subscribe, order) => {
    const from = user(90, lang)
    await t.bot.handleUpdate(command(from, subscribe))
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    const answer = lastPayload(t)
    const listed = plain(answer.text).split('\n').filter((line) => line.startsWith('• ')).map((line) => line.slice(2))
    expect(listed).toEqual(order)
    expect(buttonsOf(answer).filter((b) => b.text.startsWith('❌')).map((b) => b.text.slice(2))).toEqual(order)
  })
})
