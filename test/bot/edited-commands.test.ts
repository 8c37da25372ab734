import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listSubscriptions } from '../../src/db/subscriptions.js'
import { lastPayload, plain } from '../helpers/payloads.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, editedMessage, groupChat, message, user } from '../helpers/updates.js'

/** A typo in a command is as often fixed by editing the message as by sending it again. */
describe('a command fixed by editing its message', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [itemWithPartner('RU', { title: 'Russian memorandum' }), itemWithPartner('UZ', { title: 'Uzbek memorandum' })])
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/country Rusia', '/country Russia', /^🇷🇺 Russia: 1 item/],
    ['ru', '/countr Россия', '/country Россия', /^🇷🇺 Россия: 1 материал/],
    ['kk', '/latest 20255', '/Latest', /^🆕 Ең жаңа материалдар, барлығы 2/],
  ])('is answered anew (%s: «%s» edited to «%s»), where the edit got no answer', async (lang, typed, fixed, answer) => {
    const from = user(71, lang)
    const sent = command(from, typed)
    await t.bot.handleUpdate(sent)
    const before = t.api.sent().length
    await t.bot.handleUpdate(editedMessage(sent, fixed))
    expect(t.api.sent()).toHaveLength(before + 1)
    expect(plain(lastPayload(t).text)).toMatch(answer)
  })

  it('changes what the fixed command changes, in a group too, and leaves an edit that is no command alone', async () => {
    const from = user(72, 'ru')
    const sent = command(from, '/subscribe Узбекистн')
    await t.bot.handleUpdate(sent)
    await t.bot.handleUpdate(editedMessage(sent, '/subscribe Узбекистан'))
    expect(plain(lastPayload(t).text)).toMatch(/^✅ .*🇺🇿 Узбекистан/)
    expect((await listSubscriptions(t.db, { chatId: 72, threadId: 0 })).length).toBe(1)
    const group = groupChat(-1090)
    const inGroup = message(user(73, 'en'), '/country@Coopwatch_Test_Bot Rusia', group)
    await t.bot.handleUpdate(inGroup)
    await t.bot.handleUpdate(editedMessage(inGroup, '/country@Coopwatch_Test_Bot Russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia: 1 item/)
    const chatter = message(user(74, 'en'), 'Russia', group)
    await t.bot.handleUpdate(chatter)
    const before = t.api.sent().length
    await t.bot.handleUpdate(editedMessage(chatter, 'Russia!'))
    expect(t.api.sent()).toHaveLength(before)
    const privateText = message(user(75, 'en'), 'Rusia')
    await t.bot.handleUpdate(privateText)
    const afterText = t.api.sent().length
    await t.bot.handleUpdate(editedMessage(privateText, 'Russia'))
    expect(t.api.sent()).toHaveLength(afterText)
  })

  it('refuses an admin command edited in by a member as it refuses one sent, and runs it for an admin', async () => {
    const member = user(76, 'en')
    const sent = command(member, '/reviw')
    await t.bot.handleUpdate(sent)
    await t.bot.handleUpdate(editedMessage(sent, '/review'))
    expect(plain(lastPayload(t).text)).toMatch(/this command is only for/)
    const admin = user(ADMIN_ID, 'en')
    const typo = command(admin, '/reviw')
    await t.bot.handleUpdate(typo)
    await t.bot.handleUpdate(editedMessage(typo, '/review'))
    expect(plain(lastPayload(t).text)).not.toMatch(/this command is only for/)
    expect(lastPayload(t)).toMatchObject({ chat_id: ADMIN_ID })
  })
})
