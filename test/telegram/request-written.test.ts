import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSenderApi } from '../../src/telegram/api-defaults.js'
import { whenRequestWritten } from '../../src/telegram/request-written.js'
import { BOT_USER, FakeBotApi, type FakeAnswer } from '../helpers/fake-bot-api.js'

describe('whenRequestWritten', () => {
  let api: FakeBotApi
  beforeEach(async () => {
    api = new FakeBotApi()
    await api.start()
  })
  afterEach(async () => api.stop())

  it('tells each of several concurrent calls when its own request has left, before the answer', async () => {
    const client = createSenderApi({ botToken: api.token, telegramApiRoot: api.apiRoot })
    // Telegram answers each chat only once the test has heard that its request was written.
    const written = new Map<number, number>()
    const answers = new Map<number, () => void>()
    for (const chatId of [1, 2, 3]) {
      api.once(
        'sendMessage',
        (payload) =>
          new Promise<FakeAnswer>((resolve) => {
            answers.set(chatId, () => resolve({ body: { ok: true, result: { message_id: chatId, date: 0, chat: { id: payload.chat_id, type: 'private' }, from: BOT_USER, text: payload.text } } }))
          }),
        { chatId },
      )
    }
    const calls = [1, 2, 3].map((chatId) => whenRequestWritten(() => written.set(chatId, (written.get(chatId) ?? 0) + 1), () => client.sendMessage(chatId, `to ${chatId}`)))
    await expect.poll(() => answers.size, { timeout: 20_000 }).toBe(3)
    expect(Object.fromEntries(written)).toEqual({ 1: 1, 2: 1, 3: 1 })
    for (const answer of answers.values()) answer()
    expect((await Promise.all(calls)).map((m) => m.message_id)).toEqual([1, 2, 3])
    // Calls made outside it are not reported.
    await client.sendMessage(4, 'to 4')
    expect(written.size).toBe(3)
  })
})
