import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getSubscriberSettings } from '../../src/db/subscriptions.js'
import { lastPayload, plain } from '../helpers/payloads.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, groupChat, message, user } from '../helpers/updates.js'

/** A phone's keyboard capitalises the first letter of a message: «/Country Россия» is typed as often as «/country Россия». */
describe('commands typed with capital letters', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Russian memorandum' })])
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/Country Россия', /^🇷🇺 Россия: 1 материал/],
    ['en', '/COUNTRY russia', /^🇷🇺 Russia: 1 item/],
    ['kk', '/Latest', /^🆕 Ең жаңа материалдар, барлығы 1/],
    ['en', '/Search memorandum', /^🔎 «memorandum»: 1 item/],
    ['en', '/Help', /^What I can do/],
  ])('answers %s «%s» as the command in small letters, where it answered that the message was not understood', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(41, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
  })

  it('changes what the command in small letters changes, addressed to the bot by name in a group too', async () => {
    await t.bot.handleUpdate(command(user(42, 'en'), '/Subscribe russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^✅ Subscribed: 🇷🇺 Russia/)
    expect(await getSubscriberSettings(t.db, 42)).toMatchObject({ isActive: true })
    await t.bot.handleUpdate(message(user(43, 'en'), '/Country@Coopwatch_Test_Bot russia', groupChat(-1070)))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia: 1 item/)
  })

  it('leaves a command addressed to another bot alone', async () => {
    const before = t.api.sent().length
    await t.bot.handleUpdate(message(user(44, 'en'), '/Country@Other_Bot russia', groupChat(-1071)))
    expect(t.api.sent()).toHaveLength(before)
  })
})
