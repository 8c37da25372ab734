import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONVERSATION_WAIT_MS as WAIT_MS } from '../../../src/bot/create-bot.js'
import { getItemsByIds } from '../../../src/db/items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../../helpers/test-app.js'
import { callback, command, message, user } from '../../helpers/updates.js'
import { auditRows, lastMessageId, lastText, seedFlagged } from './helpers.js'

/*
 * An admin conversation left waiting expires after CONVERSATION_WAIT_MS, 30 minutes
 * (createConversation's maxMillisecondsToWait in create-bot.ts). The plugin times a wait by Date.now() (its
 * conversation.now()), not by deps.clock, so the test moves vitest's fake Date: timers and I/O
 * stay real, nothing of ours is mocked and nothing sleeps.
 */
const START = new Date('2026-11-21T09:00:00.000Z')

const RSS = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Министерство культуры</title><language>ru</language>
  <item><title>Новость</title><link>https://example.kz/news/1</link><pubDate>Fri, 20 Nov 2026 10:00:00 +0500</pubDate><description>Кратко</description></item>
</channel></rss>`

let server: Server
let feedUrl: string
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('an admin conversation left waiting', () => {
  let t: TestApp
  const admin = user(ADMIN_ID, 'en')
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(START)
    t = await createTestApp({ ALLOW_PRIVATE_ADDRESSES: 'true' })
  })
  afterEach(async () => {
    vi.useRealTimers()
    await t.close()
  })

  const conversationRows = async () => (await t.db.selectFrom('bot_storage').select('key').where('key', 'like', 'conversation:%').execute()).map((r) => r.key)
  const wait = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms))

  it('takes an answer just inside 30 minutes, and after 30 minutes ends the edit, changing nothing', async () => {
    const [id] = await seedFlagged(t.db, [{ title: 'Minister met colleagues', partners: ['BY'], kind: 'meeting' }])
    await t.bot.handleUpdate(callback(admin, `rv:p:${id}`))
    wait(WAIT_MS - 1)
    await t.bot.handleUpdate(message(admin, 'France'))
    expect(lastText(t.api)).toMatch(/^I understood: 🇫🇷 France\./)
    const confirmId = lastMessageId(t.api, ADMIN_ID)
    const sentBefore = t.api.sent().length

    wait(WAIT_MS)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, confirmId))
    expect((await getItemsByIds(t.db, [id!]))[0]).toMatchObject({ partners: ['BY'], status: 'flagged' })
    expect(await auditRows(t.db)).toEqual([])
    expect(await conversationRows()).toEqual([])
    // The late press goes on to the rest of the bot, which answers the button as expired.
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/out of date/) })
    expect(t.api.sent().length).toBe(sentBefore)
    // Typed text is no longer taken as countries.
    await t.bot.handleUpdate(message(admin, 'Germany'))
    expect(lastText(t.api)).not.toMatch(/I understood/)
  })

  it('ends /addsource left at its preview for 30 minutes: the late "Add" adds nothing', async () => {
    await t.bot.handleUpdate(command(admin, `/addsource ${feedUrl}`))
    expect(lastText(t.api)).toMatch(/Министерство культуры/)
    const previewId = lastMessageId(t.api, ADMIN_ID)
    expect(await conversationRows()).toEqual([`conversation:${ADMIN_ID}`])

    wait(WAIT_MS)
    await t.bot.handleUpdate(callback(admin, 'cv:ok', undefined, previewId))
    expect(await t.db.selectFrom('source').select('url').execute()).toEqual([])
    expect(await auditRows(t.db)).toEqual([])
    expect(await conversationRows()).toEqual([])
  })
})
