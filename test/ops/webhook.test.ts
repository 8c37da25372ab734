import { afterEach, describe, expect, it } from 'vitest'
import type { Update } from 'grammy/types'
import { command, user } from '../helpers/updates.js'
import { HoldingProxy, type OpsApp, startOpsApp } from './ops-app.js'

const SECRET = 'webhook-secret_42'
const WEBHOOK = { WEBHOOK_URL: 'https://coopwatch.example.org/telegram/hook', WEBHOOK_SECRET: SECRET }

function post(t: OpsApp, body: unknown, secret: string | null = SECRET, path = '/telegram/hook'): Promise<Response> {
  return fetch(t.url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const repliesTo = (t: OpsApp, chatId: number) => t.api.sent().filter((c) => c.payload.chat_id === chatId)

describe('webhook mode', () => {
  let t: OpsApp
  let proxy: HoldingProxy | undefined
  afterEach(async () => {
    await t.close()
    await proxy?.stop()
    proxy = undefined
  })

  it('registers the webhook with its secret and allowed updates instead of polling', async () => {
    t = await startOpsApp(WEBHOOK)
    expect(t.api.calls.find((c) => c.method === 'setWebhook')?.payload).toEqual({
      url: WEBHOOK.WEBHOOK_URL,
      secret_token: SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member', 'channel_post'],
    })
    expect(t.api.calls.map((c) => c.method)).not.toContain('deleteWebhook')
    const health = await (await fetch(t.url('/healthz'))).json()
    expect(health).toMatchObject({ status: 'ok', updates: 'receiving' })
  })

  it('handles an update carrying the right secret and answers it through the Bot API', async () => {
    t = await startOpsApp(WEBHOOK)
    const res = await post(t, command(user(301), '/start'))
    expect(res.status).toBe(200)
    await expect.poll(() => repliesTo(t, 301).length).toBe(1)
    expect(repliesTo(t, 301)[0]?.payload).toMatchObject({ parse_mode: 'HTML', text: expect.stringContaining('coopwatch') })
  })

  it.each([
    ['a wrong secret', 'guess'],
    ['a secret differing only in length', `${SECRET}x`],
    ['no secret', null],
  ])('refuses %s with 401 and handles nothing', async (_, secret) => {
    t = await startOpsApp(WEBHOOK)
    const res = await post(t, command(user(302), '/start'), secret)
    expect(res.status).toBe(401)
    // A valid update sent afterwards is answered, so the refused one would have been by now.
    await post(t, command(user(303), '/start'))
    await expect.poll(() => repliesTo(t, 303).length).toBe(1)
    expect(repliesTo(t, 302)).toEqual([])
    const metrics = await (await fetch(t.url('/metrics'))).text()
    expect(metrics).toContain('coopwatch_webhook_updates_total{outcome="unauthorized"} 1')
  })

  it('rejects bodies that are not updates, other methods and other paths', async () => {
    t = await startOpsApp(WEBHOOK)
    expect((await post(t, '{not json')).status).toBe(400)
    expect((await post(t, { message: {} })).status).toBe(400)
    expect((await fetch(t.url('/telegram/hook'))).status).toBe(405)
    expect((await post(t, command(user(304), '/start'), SECRET, '/other')).status).toBe(404)
  })

  it('handles an update Telegram redelivers only once', async () => {
    t = await startOpsApp(WEBHOOK)
    const update = command(user(305), '/start')
    expect((await post(t, update)).status).toBe(200)
    expect((await post(t, update)).status).toBe(200)
    await post(t, command(user(305), '/help'))
    await expect.poll(() => repliesTo(t, 305).length).toBe(2)
    expect(repliesTo(t, 305).map((c) => c.payload.text)).toEqual([expect.stringContaining('coopwatch'), expect.stringContaining('/country')])
  })

  it('answers at once, keeps one chat in order and lets other chats go ahead', async () => {
    proxy = new HoldingProxy()
    const p = proxy
    t = await startOpsApp(WEBHOOK, async (api) => {
      await p.start(api.apiRoot)
      return p.root
    })
    const chatA = 401
    const chatB = 402
    const release = proxy.hold((method, payload) => method === 'sendMessage' && payload.chat_id === chatA)
    const updates: Update[] = [command(user(chatA), '/start'), command(user(chatA), '/help'), command(user(chatB), '/help')]
    for (const update of updates) expect((await post(t, update)).status).toBe(200)

    // Chat A's first reply is held in the proxy; chat B is not blocked behind it…
    await expect.poll(() => repliesTo(t, chatB).length).toBe(1)
    // …and chat A's second update has not overtaken its first.
    expect(repliesTo(t, chatA)).toEqual([])
    release()
    await expect.poll(() => repliesTo(t, chatA).length).toBe(2)
    expect(repliesTo(t, chatA).map((c) => c.payload.text)).toEqual([expect.stringContaining('coopwatch'), expect.stringContaining('/country')])
  })

  it('finishes the updates in progress on stop', async () => {
    proxy = new HoldingProxy()
    const p = proxy
    t = await startOpsApp(WEBHOOK, async (api) => {
      await p.start(api.apiRoot)
      return p.root
    })
    const release = proxy.hold((method) => method === 'sendMessage')
    let isReplyHeld = false
    proxy.onCall = (method) => {
      if (method === 'sendMessage') isReplyHeld = true
    }
    expect((await post(t, command(user(501), '/start'))).status).toBe(200)
    await expect.poll(() => isReplyHeld).toBe(true)
    let isStopped = false
    const stopping = t.app.stop().then(() => (isStopped = true))
    await expect.poll(async () => (await post(t, command(user(502), '/start'))).status).toBe(503)
    expect(isStopped).toBe(false)
    release()
    await stopping
    expect(repliesTo(t, 501)).toHaveLength(1)
    expect(repliesTo(t, 502)).toEqual([])
  })
})
