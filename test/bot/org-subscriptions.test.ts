import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { publish, seedAlertItems } from '../alerts/alert-fixtures.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'

const topics = async (t: TestApp, chatId: number) =>
  (await listSubscriptions(t.db, { chatId, threadId: 0 })).map((s) => [s.type, s.value, s.sector ?? ''].join(':'))

const PUBLISHED_AT = new Date('2026-11-21T10:00:00.000Z')

describe('following an international organisation', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it.each([
    ['en', 'UNESCO', 'Subscribed: 🏛 UNESCO', 'UNESCO'],
    ['ru', 'ЮНЕСКО', 'Подписка оформлена: 🏛 ЮНЕСКО', 'UNESCO'],
    ['kk', 'ЮНЕСКО-ға', 'Жазылдыңыз: 🏛 ЮНЕСКО', 'UNESCO'],
    ['kk', 'ТҮРКСОЙ', 'Жазылдыңыз: 🏛 ТҮРКСОЙ', 'TURKSOY'],
    ['en', 'TURKSOY', 'Subscribed: 🏛 TURKSOY', 'TURKSOY'],
    ['ru', 'шос', 'Подписка оформлена: 🏛 ШОС', 'SCO'],
    ['kk', 'СНГ', 'Жазылдыңыз: 🏛 ТМД', 'CIS'],
  ])('reads an organisation by its name (%s: %s), before any country, and names it after its mark as a country after its flag', async (lang, name, answer, code) => {
    await t.bot.handleUpdate(command(user(30, lang), `/subscribe ${name}`))
    const reply = lastPayload(t)
    expect(reply).toMatchObject({ chat_id: 30, parse_mode: 'HTML' })
    expect(plain(reply.text)).toMatch(new RegExp(`^✅ ${answer}\\. `))
    expect(buttonsOf(reply)).toEqual([])
    expect(await topics(t, 30)).toEqual([`org:${code}:`])
  })

  it('follows a quoted organisation\'s name as a word, and says how to follow the organisation itself', async () => {
    await t.bot.handleUpdate(command(user(35, 'ru'), '/subscribe "unesco"'))
    expect(plain(lastPayload(t).text)).toMatch(/«unesco» отслеживается как слово, только в таком написании\. Чтобы следить за организацией ЮНЕСКО под любым её названием: \/subscribe ЮНЕСКО/)
    expect(await topics(t, 35)).toEqual(['keyword:unesco:'])
    await t.bot.handleUpdate(command(user(36, 'en'), '/subscribe "museum"'))
    expect(plain(lastPayload(t).text)).not.toMatch(/followed as a word/)
  })

  it('narrows an organisation like a country, lists it by its name in the chat\'s language, and unsubscribes by any name', async () => {
    const from = user(31, 'ru')
    await t.bot.handleUpdate(command(from, '/subscribe UNESCO + музеи, ТМД, франция'))
    expect(await topics(t, 31)).toEqual(['country:FR:', 'org:CIS:', 'org:UNESCO:museums'])
    await t.bot.handleUpdate(command(from, '/subscriptions'))
    expect(plain(lastPayload(t).text)).toMatch(/• 🇫🇷 Франция\n• 🏛 СНГ\n• 🏛 ЮНЕСКО \+ музеи/)
    await t.bot.handleUpdate(command(from, '/unsubscribe юнеско'))
    expect(plain(lastPayload(t).text)).toMatch(/ЮНЕСКО/)
    expect(await topics(t, 31)).toEqual(['country:FR:', 'org:CIS:'])
  })

  it('alerts a chat following an organisation the item names, with the organisation after its mark 🏛 in the header and the card, and no chat following another', async () => {
    await t.bot.handleUpdate(command(user(32, 'en'), '/subscribe UNESCO'))
    await t.bot.handleUpdate(command(user(33, 'ru'), '/subscribe ЮНЕСКО'))
    await t.bot.handleUpdate(command(user(34, 'en'), '/subscribe TURKSOY'))
    const ids = await seedAlertItems(t.db, [{ orgs: ['UNESCO'], sectors: ['heritage'], title: 'Казахстан и ЮНЕСКО обсудили охрану наследия' }])
    expect(await publish(t.db, ids, PUBLISHED_AT)).toBe(2)
    t.clock.set(PUBLISHED_AT.toISOString())
    t.api.clearCalls()
    await t.app.alerts.sender.runOnce()
    const alertsTo = (chatId: number) => t.api.sent().filter((c) => c.payload.chat_id === chatId).map((c) => plain(c.payload.text))
    expect(alertsTo(32)).toEqual([expect.stringMatching(/^🔔 New item for 🏛 UNESCO\n[\s\S]*🏛 UNESCO/)])
    expect(alertsTo(33)).toEqual([expect.stringMatching(/^🔔 Новый материал по подписке: 🏛 ЮНЕСКО\n/)])
    expect(alertsTo(34)).toEqual([])
  })

  it('withdraws a waiting alert when an admin takes the organisation off the item', async () => {
    await t.bot.handleUpdate(command(user(35, 'en'), '/subscribe UNESCO'))
    const ids = await seedAlertItems(t.db, [{ orgs: ['UNESCO'], title: 'UNESCO and Kazakhstan signed a memorandum' }])
    expect(await publish(t.db, ids, PUBLISHED_AT)).toBe(1)
    await t.db.updateTable('classification').set({ orgs: JSON.stringify(['TURKSOY']) }).where('article_id', '=', ids[0]!).execute()
    t.clock.set(PUBLISHED_AT.toISOString())
    t.api.clearCalls()
    await t.app.alerts.sender.runOnce()
    expect(t.api.sent().filter((c) => c.payload.chat_id === 35)).toEqual([])
  })
})
