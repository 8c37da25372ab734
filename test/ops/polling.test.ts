import { afterEach, describe, expect, it } from 'vitest'
import { BOT_USER } from '../helpers/fake-bot-api.js'
import { command, inlineQuery, user } from '../helpers/updates.js'
import { type OpsApp, startOpsApp } from './ops-app.js'

describe('long polling', () => {
  let t: OpsApp
  afterEach(async () => t.close())

  it('finishes the updates in progress on stop before closing anything else', async () => {
    t = await startOpsApp()
    let answer = () => {}
    const reachedTelegram = new Promise<void>((reached) => {
      t.api.once('sendMessage', (payload) => {
        reached()
        return new Promise((resolve) => {
          answer = () => resolve({ body: { ok: true, result: { message_id: 1, date: 0, chat: { id: payload.chat_id, type: 'private' }, from: BOT_USER, text: payload.text } } })
        })
      })
    })
    t.api.pushUpdate(command(user(601), '/start'))
    await reachedTelegram

    let isStopped = false
    const stopping = t.app.stop().then(() => (isStopped = true))
    // Polling has stopped, yet the HTTP server (closed last) still answers: stop is waiting.
    await expect.poll(async () => ((await (await fetch(t.url('/healthz'))).json()) as { updates: string }).updates).toBe('stopped')
    expect(isStopped).toBe(false)
    answer()
    await stopping
    expect(t.api.sent().filter((c) => c.payload.chat_id === 601)).toHaveLength(1)
  })

  it('asks Telegram for inline queries too, and answers them', async () => {
    // Telegram delivers only the update types getUpdates lists: inline mode was never asked for.
    t = await startOpsApp()
    t.api.pushUpdate(inlineQuery(user(602), 'russia'))
    await expect.poll(() => t.api.sent('answerInlineQuery')).toHaveLength(1)
  })
})
