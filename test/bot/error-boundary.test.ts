import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { telegramError } from '../helpers/fake-bot-api.js'
import { buttonsOf, lastPayload } from '../helpers/payloads.js'
import { dailyItems, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'

// A refusal no helper expects (house style § 6): the handler fails with it, and the error boundary takes over.
const refused = () => telegramError(400, 'Bad Request: BUTTON_DATA_INVALID')
const queryTooOld = () => telegramError(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid')

describe('the error boundary under a pressed button', () => {
  let t: TestApp
  let errors: unknown[]
  let warnings: unknown[]
  beforeEach(async () => {
    t = await createTestApp()
    errors = []
    warnings = []
    t.deps.logger.error = ((...args: unknown[]) => void errors.push(args))
    t.deps.logger.warn = ((...args: unknown[]) => void warnings.push(args))
  })
  afterEach(async () => t.close())

  const button = (label: RegExp, method = 'sendMessage'): string => {
    const found = buttonsOf(lastPayload(t, method)).find((b) => label.test(b.text))
    if (!found) throw new Error(`no ${label} button`)
    return found.callback_data
  }

  it('leaves a press the handler answered before failing with that one answer, and logs the failure once', async () => {
    const from = user(71, 'en')
    await t.bot.handleUpdate(command(from, '/subscribe'))
    const everything = button(/Everything/)
    t.api.clearCalls()
    // Telegram takes the toggle's answer, then refuses the picker's new buttons, and would refuse any second answer.
    t.api.once('editMessageReplyMarkup', refused)
    t.api.once('answerCallbackQuery', () => ({ body: { ok: true, result: true } }))
    t.api.failFor({ method: 'answerCallbackQuery' }, queryTooOld)
    await t.bot.handleUpdate(callback(from, everything))
    expect(t.api.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual([undefined])
    expect(errors).toHaveLength(1)
    expect(warnings).toEqual([])
  })

  it.each([
    ['en', 'Sorry, something went wrong on our side. Please try again in a minute.'],
    ['ru', 'Извините, у нас что-то пошло не так. Попробуйте через минуту.'],
    ['kk', 'Кешіріңіз, бір қателік орын алды. Бір минуттан кейін қайталап көріңіз.'],
  ])('answers a press whose handler failed before answering once, in the reader\'s language (%s)', async (lang, text) => {
    await seedItems(t.db, dailyItems(11, ['CN']))
    const from = user(72, lang)
    await t.bot.handleUpdate(command(from, '/latest'))
    const next = button(/▶/)
    t.api.clearCalls()
    t.api.once('editMessageText', refused)
    await t.bot.handleUpdate(callback(from, next))
    expect(t.api.sent('answerCallbackQuery').map((c) => c.payload.text)).toEqual([text])
    expect(t.api.sent()).toEqual([])
    expect(errors).toHaveLength(1)
  })
})
