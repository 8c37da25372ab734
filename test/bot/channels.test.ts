import type { Chat, Update, User } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getChatPreferences } from '../../src/db/chat-preferences.js'
import { getChatLanguage, holdChatSends, readChatSendHold } from '../../src/db/subscribers.js'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { BOT_USER, telegramError } from '../helpers/fake-bot-api.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { langCodec } from '../../src/bot/keyboards/lang.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { basicGroupChat, callback, command, groupChat, groupUpgraded, message, user } from '../helpers/updates.js'

const CHANNEL = { id: -1001234567890, type: 'channel' as const, title: 'Culture <Desk>', username: 'culturedesk' }
const topics = async (t: TestApp, chatId: number) => (await listSubscriptions(t.db, { chatId, threadId: 0 })).map((s) => `${s.type}:${s.value}`)

describe('a channel managed from a private chat', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    t.api.addChat(CHANNEL, [70, BOT_USER.id])
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/subscribe @culturedesk russia, museums', /^📣 Culture <Desk>\n✅ Subscribed: 🇷🇺 Russia, museums\. New items will be posted there\.$/],
    ['ru', '/subscribe @culturedesk россия, музеи', /^📣 Culture <Desk>\n✅ Подписка оформлена: 🇷🇺 Россия, музеи\. Новые материалы будут публиковаться там\.$/],
    ['kk', '/subscribe @culturedesk ресей, мұражайлар', /^📣 Culture <Desk>\n✅ Жазылым рәсімделді: 🇷🇺 Ресей, мұражайлар\. Жаңа материалдар сонда жарияланады\.$/],
  ])('subscribes the channel, checked with getChatMember, answering in private (%s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(70, lang), text))
    const reply = lastPayload(t)
    expect(reply.chat_id).toBe(70)
    expect(plain(reply.text)).toMatch(answer)
    expect(await topics(t, CHANNEL.id)).toEqual(['country:RU', 'sector:museums'])
    expect(await getChatLanguage(t.db, CHANNEL.id)).toBe(lang)
    expect(t.api.sent('getChatMember').map((c) => c.payload.user_id).sort()).toEqual([70, BOT_USER.id].sort())
    expect(t.api.sent().filter((c) => c.payload.chat_id === CHANNEL.id)).toEqual([])
  })

  it('offers the closest countries to a misspelt one in a channel\'s narrowed subscription, subscribing the channel so narrowed', async () => {
    const from = user(70, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe @culturedesk Frnace + museums + agreements'))
    const [france] = buttonsOf(lastPayload(t))
    expect(france?.text).toBe('🔔 🇫🇷 France + museums (agreements only)')
    await t.bot.handleUpdate(callback(from, france!.callback_data))
    expect((await listSubscriptions(t.db, { chatId: CHANNEL.id, threadId: 0 })).map((s) => [s.value, s.sector, s.kinds])).toEqual([['FR', 'museums', ['agreement']]])
    expect(await topics(t, 70)).toEqual([])
  })

  it('removes every subscription of the channel on /unsubscribe all from the private chat, leaving the private chat\'s', async () => {
    const from = user(70, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe @culturedesk russia, france'))
    await t.bot.handleUpdate(command(from, '/subscribe museums'))
    await t.bot.handleUpdate(command(from, '/unsubscribe @culturedesk all'))
    expect(plain(lastPayload(t).text)).toMatch(/^📣 Culture <Desk>\nThis chat does not follow 📰 everything/)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[0]!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toBe('📣 Culture <Desk>\nUnsubscribed: 🇫🇷 France, 🇷🇺 Russia.')
    expect(await topics(t, CHANNEL.id)).toEqual([])
    expect(await topics(t, 70)).toEqual(['sector:museums'])
  })

  it('lists, removes with buttons, unsubscribes and sets the channel\'s settings from the private chat', async () => {
    const from = user(70, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe @culturedesk russia, france'))
    await t.bot.handleUpdate(command(from, '/subscriptions @culturedesk'))
    const list = lastPayload(t)
    expect(plain(list.text)).toMatch(/^Subscriptions of Culture <Desk> \(2\)/)
    expect(buttonsOf(list).map((b) => b.text)).toEqual(['❌ 🇫🇷 France', '❌ 🇷🇺 Russia'])
    await t.bot.handleUpdate(callback(from, buttonsOf(list)[0]!.callback_data))
    expect(await topics(t, CHANNEL.id)).toEqual(['country:RU'])
    await t.bot.handleUpdate(command(from, '/unsubscribe @culturedesk russia'))
    expect(plain(lastPayload(t).text)).toMatch(/Unsubscribed: 🇷🇺 Russia/)
    await t.bot.handleUpdate(command(from, '/settings @culturedesk silent on'))
    expect(plain(lastPayload(t).text)).toMatch(/^⚙️ Settings of Culture <Desk>[\s\S]*🔕 Alerts come without sound/)
    expect((await getChatPreferences(t.db, CHANNEL.id)).isSilent).toBe(true)
    expect((await getChatPreferences(t.db, 70)).isSilent).toBe(false)
  })

  it('refuses someone who does not administer the channel, on commands and on buttons', async () => {
    await t.bot.handleUpdate(command(user(70, 'en'), '/subscriptions @culturedesk'))
    await t.bot.handleUpdate(command(user(70, 'en'), '/subscribe @culturedesk russia'))
    await t.bot.handleUpdate(command(user(70, 'en'), '/subscriptions @culturedesk'))
    const remove = buttonsOf(lastPayload(t))[0]!
    await t.bot.handleUpdate(command(user(71, 'en'), '/subscribe @culturedesk france'))
    expect(plain(lastPayload(t).text)).toBe('Only administrators of «Culture <Desk>» can change its subscriptions.')
    await t.bot.handleUpdate(callback(user(71, 'en'), remove.callback_data))
    expect(lastPayload(t, 'answerCallbackQuery')).toMatchObject({ show_alert: true })
    expect(await topics(t, CHANNEL.id)).toEqual(['country:RU'])
  })

  it('says when the channel is unknown or the bot cannot post there', async () => {
    await t.bot.handleUpdate(command(user(70, 'ru'), '/subscribe @nosuchchannel russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^Не нахожу @nosuchchannel\. Добавьте меня в канал/)
    t.api.addChat({ id: -1009876543210, type: 'channel', title: 'Other', username: 'otherdesk' }, [70])
    await t.bot.handleUpdate(command(user(70, 'ru'), '/subscribe @otherdesk russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^Я пока не администратор «Other»/)
    expect(await topics(t, -1009876543210)).toEqual([])
  })
})

describe('joining a chat', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  function added(chat: Chat, from: User, status: 'member' | 'administrator', before: 'left' | 'member' = 'left'): Update {
    const member = (s: string) => ({ status: s, user: BOT_USER, ...(s === 'administrator' ? { can_be_edited: false, can_post_messages: true } : {}) })
    return { update_id: Math.floor(Math.random() * 1e9), my_chat_member: { chat, from, date: 0, old_chat_member: member(before), new_chat_member: member(status) } } as unknown as Update
  }

  it.each([
    ['en', /^👋 Hello! I follow ministry and news sites[\s\S]*\/subscribe russia, museums/],
    ['ru', /^👋 Здравствуйте! Я слежу за сайтами министерств[\s\S]*\/subscribe россия, музеи/],
    ['kk', /^👋 Сәлеметсіздер ме! Мен министрліктер[\s\S]*\/subscribe ресей, мұражайлар/],
  ])('greets a group once, in the language of whoever added the bot (%s)', async (lang, greeting) => {
    const group = groupChat(-1002)
    await t.bot.handleUpdate(added(group, user(72, lang), 'member'))
    expect(t.api.sent()).toHaveLength(1)
    expect(lastPayload(t)).toMatchObject({ chat_id: -1002 })
    expect(plain(lastPayload(t).text)).toMatch(greeting)
    await t.bot.handleUpdate(added(group, user(72, lang), 'administrator', 'member'))
    expect(t.api.sent()).toHaveLength(1)
  })

  it('moves a group\'s subscriptions and settings when Telegram says it became a supergroup, whichever service message comes first', async () => {
    const admin = user(73, 'ru')
    const oldGroup = basicGroupChat(-4001)
    for (const [first, second] of [['migrate_to', 'migrate_from'], ['migrate_from', 'migrate_to']] as const) {
      const newGroup = groupChat(first === 'migrate_to' ? -1004001 : -1004002)
      t.api.addChat(oldGroup, [admin.id])
      await t.bot.handleUpdate(command(admin, '/subscribe россия', oldGroup))
      await t.bot.handleUpdate(callback(admin, langCodec.encode('kk'), oldGroup))
      const notices = { migrate_to: groupUpgraded(admin, oldGroup, newGroup), migrate_from: message(admin, '', newGroup, { migrate_from_chat_id: oldGroup.id }) }
      await t.bot.handleUpdate(notices[first])
      await t.bot.handleUpdate(notices[second])
      expect(await topics(t, newGroup.id)).toEqual(['country:RU'])
      expect(await topics(t, oldGroup.id)).toEqual([])
      expect(await getChatLanguage(t.db, newGroup.id)).toBe('kk')
    }
  })

  it("moves a group's saved searches and its send hold with it when Telegram says it became a supergroup", async () => {
    const admin = user(74, 'en')
    const oldGroup = basicGroupChat(-4101)
    const newGroup = groupChat(-1004101)
    t.api.addChat(oldGroup, [admin.id])
    await t.bot.handleUpdate(command(admin, '/subscribe turkey', oldGroup))
    await seedItems(t.db, dailyItems(8, ['TR'], undefined, { body: 'Дни культуры Турции в Астане' }))
    await t.bot.handleUpdate(command(admin, '/search культуры', oldGroup))
    const next = buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data
    // The supergroup already has settings of its own: the two rows are merged, not moved.
    t.api.addChat(newGroup, [admin.id])
    await t.bot.handleUpdate(callback(admin, langCodec.encode('kk'), newGroup))
    expect(await getChatLanguage(t.db, newGroup.id)).toBe('kk')
    const holdEnd = new Date('2026-11-21T09:05:00.000Z')
    await holdChatSends(t.db, oldGroup.id, holdEnd)

    await t.bot.handleUpdate(groupUpgraded(admin, oldGroup, newGroup))
    expect(await readChatSendHold(t.db, newGroup.id, t.clock.now())).toEqual(holdEnd)
    await t.bot.handleUpdate(callback(admin, next, newGroup))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/Item 6 with TR[\s\S]*Item 8 with TR/)
  })

  it("keeps a group's 🔤 button working in the supergroup it became, for a word too long for the button to carry", async () => {
    const admin = user(75, 'en')
    const oldGroup = basicGroupChat(-4201)
    const newGroup = groupChat(-1004201)
    t.api.addChat(oldGroup, [admin.id])
    await t.bot.handleUpdate(command(admin, '/subscribe Национальный государственный галерея театр Эрмитаж', oldGroup))
    const onlyTheWord = buttonsOf(lastPayload(t)).find((b) => b.text.startsWith('🔤'))!.callback_data
    t.api.addChat(newGroup, [admin.id])
    await t.bot.handleUpdate(groupUpgraded(admin, oldGroup, newGroup))
    await t.bot.handleUpdate(callback(admin, onlyTheWord, newGroup))
    expect(await topics(t, newGroup.id)).toEqual(['keyword:национальный государственный галерея театр эрмитаж'])
  })

  it('tells a forum where the alerts go', async () => {
    await t.bot.handleUpdate(added(groupChat(-1003, 'Forum', true), user(73, 'en'), 'member'))
    expect(plain(lastPayload(t).text)).toMatch(/in the topic where the alerts should come/)
  })

  it('explains a channel to whoever added the bot, in private, and never posts to the channel', async () => {
    await t.bot.handleUpdate(added({ id: CHANNEL.id, type: 'channel', title: CHANNEL.title, username: CHANNEL.username }, user(74, 'en'), 'administrator'))
    expect(lastPayload(t)).toMatchObject({ chat_id: 74 })
    expect(plain(lastPayload(t).text)).toMatch(/^👋 You added me to «Culture <Desk>»\. [\s\S]*\/subscribe @culturedesk russia, museums/)
    t.api.once('sendMessage', () => telegramError(403, "Forbidden: bot can't initiate conversation with a user"))
    await t.bot.handleUpdate(added({ id: CHANNEL.id, type: 'channel', title: CHANNEL.title }, user(75, 'en'), 'administrator'))
    expect(t.api.sent().filter((c) => c.payload.chat_id === CHANNEL.id)).toEqual([])
  })

  it.each([
    ['ru', /^👋 Вы добавили меня в «Culture <Desk>»\. [\s\S]*\/subscribe @culturedesk россия, музеи/],
    ['kk', /^👋 Сіз мені «Culture <Desk>» арнасына қостыңыз\. [\s\S]*\/subscribe @culturedesk ресей, мұражайлар/],
  ])('explains a channel in the language of whoever added the bot (%s)', async (lang, explanation) => {
    await t.bot.handleUpdate(added({ id: CHANNEL.id, type: 'channel', title: CHANNEL.title, username: CHANNEL.username }, user(76, lang), 'administrator'))
    expect(lastPayload(t)).toMatchObject({ chat_id: 76 })
    expect(plain(lastPayload(t).text)).toMatch(explanation)
  })
})
