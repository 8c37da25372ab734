import type { Update } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countryCodec } from '../../src/bot/keyboards/country.js'
import { latestCodec } from '../../src/bot/keyboards/latest.js'
import { subscribeCodec } from '../../src/bot/keyboards/subscribe.js'
import { getSubscriberSettings, listSubscriptions } from '../../src/db/subscriptions.js'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'

/** Issue 13.8: updates that are odd rather than wrong get a clear answer and change nothing they should not. */
describe('odd updates', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())


  it.each([
    ['/subscribe "', /did not understand: "/],
    ['/subscribe «»', /did not understand: «»/],
    ['/unsubscribe "', /matches «"»/],
    ['/subscribe \u200b\u200d', /did not understand: \u200b\u200d\./],
    ['/unsubscribe \u200b', /matches «\u200b»/],
  ])('answers %s with what it did not understand, never an empty message', async (text, answer) => {
    await t.bot.handleUpdate(command(user(30, 'en'), text))
    expect(t.api.sent()).toHaveLength(1)
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(await listSubscriptions(t.db, { chatId: 30, threadId: 0 })).toEqual([])
  })

  it('refuses a forged button for a country that does not exist (sub:c:ZZ)', async () => {
    await t.bot.handleUpdate(callback(user(31, 'en'), 'sub:c:ZZ'))
    expect(await listSubscriptions(t.db, { chatId: 31, threadId: 0 })).toEqual([])
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
  })

  it.each(['-1/-1', '__proto__/0', '0/constructor', '0.5/0', '0/-0'])('answers a forged picker button at position %s as out of date, without an error or a press', async (position) => {
    const from = user(35, 'en')
    const errors: unknown[] = []
    t.deps.logger.error = ((...args: unknown[]) => void errors.push(args))
    await t.bot.handleUpdate(command(from, '/subscribe'))
    const real = buttonsOf(lastPayload(t)).find((b) => b.callback_data.startsWith('sub/0/0/'))!.callback_data
    t.api.clearCalls()
    await t.bot.handleUpdate(callback(from, real.replace(/^sub\/0\/0\//, `sub/${position}/`)))
    expect(errors).toEqual([])
    expect(t.api.calls.map((c) => c.method)).toEqual(['answerCallbackQuery'])
    expect(lastPayload(t, 'answerCallbackQuery').text).toMatch(/out of date/)
  })

  it('answers a button pressed under an inline message (no message in the callback) without an error', async () => {
    const from = user(32, 'en')
    const errors: unknown[] = []
    t.deps.logger.error = ((...args: unknown[]) => void errors.push(args))
    const buttons = [
      subscribeCodec.encode({ action: 'country', country: 'FR' }),
      countryCodec.encode({ action: 'show', country: 'FR' }),
      countryCodec.encode({ action: 'page', country: 'FR', filter: {}, direction: 'older', cursorId: 5 }),
      latestCodec.encode({ filter: {}, direction: 'older', cursorId: 5 }),
      'lang:ru',
    ]
    for (const [i, data] of buttons.entries()) {
      await t.bot.handleUpdate({ update_id: 9_000 + i, callback_query: { id: `inline-${i}`, from, chat_instance: '1', inline_message_id: 'AAA', data } })
    }
    expect(errors).toEqual([])
    expect(t.api.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(buttons.length)
    expect(t.api.sent()).toEqual([])
  })

  it('deactivates a subscriber who blocks the bot (my_chat_member kicked) before any send fails', async () => {
    const from = user(33, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    const date = Math.floor(Date.now() / 1000)
    const member = (status: 'member' | 'kicked') => ({ user: { id: 1, is_bot: true, first_name: 'bot' }, status, ...(status === 'kicked' ? { until_date: 0 } : {}) })
    await t.bot.handleUpdate({
      update_id: 9_100,
      my_chat_member: { chat: { id: 33, type: 'private', first_name: 'u' }, from, date, old_chat_member: member('member'), new_chat_member: member('kicked') },
    } as Update)
    expect(await getSubscriberSettings(t.db, 33)).toMatchObject({ isActive: false })
    expect(t.api.sent()).toHaveLength(1)

    // Unblocked: what it followed alerts again, without subscribing anew.
    await t.bot.handleUpdate({
      update_id: 9_101,
      my_chat_member: { chat: { id: 33, type: 'private', first_name: 'u' }, from, date, old_chat_member: member('kicked'), new_chat_member: member('member') },
    } as Update)
    expect(await getSubscriberSettings(t.db, 33)).toMatchObject({ isActive: true })
  })

  it('alerts a user again who pressed /start after blocking the bot', async () => {
    const from = user(34, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe russia'))
    await t.db.updateTable('subscriber').set({ is_active: 0, deactivated_reason: 'blocked' }).where('chat_id', '=', 34).execute()
    await t.bot.handleUpdate(command(from, '/start'))
    expect(await getSubscriberSettings(t.db, 34)).toMatchObject({ isActive: true })
  })
})
