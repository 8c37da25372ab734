import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { addSuggestion, listUntoldSuggestions } from '../../src/db/suggestions.js'
import { syncSourcesFile } from '../../src/ingest/sources-file.js'
import { publish, seedAlertItems, seedSubscriber } from '../alerts/alert-fixtures.js'
import { errors, telegramError } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

const kazinform = { name: 'Kazinform', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru' }
const tengrinews = { name: 'Tengrinews', url: 'https://tengrinews.kz/news.rss', type: 'rss', lang: 'ru' }

/** The messages sent to one chat. */
const sentTo = (t: TestApp, chatId: number) => t.api.sent().filter((c) => c.payload.chat_id === chatId).map((c) => String(c.payload.text))

/** Another run of the app on `t`'s database and fake Bot API, as after a restart. */
async function restart(t: TestApp): Promise<void> {
  const app = createApp(t.deps)
  await app.start()
  await app.stop()
}

describe('senders of suggestions the sources file added', () => {
  let t: TestApp
  beforeEach(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'coopwatch-untold-')), 'sources.json')
    writeFileSync(file, JSON.stringify([kazinform, tengrinews]))
    t = await createTestApp({ SOURCES_FILE: file })
  })
  afterEach(async () => t.close())

  async function suggest(chatId: number, language: 'en' | 'ru' | 'kk', url = 'http://inform.kz/rss/rus.xml/'): Promise<void> {
    const suggested = await addSuggestion(t.db, { url, userId: chatId, userName: 'Aigerim', chatId, language, now: t.clock.now() }, 5)
    if (!suggested.ok) throw new Error('not suggested')
  }

  it('are told in their language when the bot starts, once, even across a restart before it', async () => {
    await suggest(80, 'kk')
    await syncSourcesFile(t.deps)
    expect(sentTo(t, 80)).toEqual([])
    // Closed at start-up, then the process stopped before the bot ran: the next start tells.
    await restart(t)
    expect(sentTo(t, 80)).toEqual(['✅ Сіз ұсынған http://inform.kz/rss/rus.xml/ дереккөзі енді бақыланады: <b>Kazinform</b>. Рақмет!'])
    await restart(t)
    await t.app.start()
    expect(sentTo(t, 80)).toHaveLength(1)
  })

  it('are tried again at the next start when Telegram turned the message away for now', async () => {
    await suggest(82, 'ru')
    await syncSourcesFile(t.deps)
    // Auto-retry's three attempts are used up too: the start gives up on this sender for now.
    t.api.failFor({ method: 'sendMessage', chatId: 82, times: 4 }, () => telegramError(429, 'Too Many Requests: retry after 0', { retry_after: 0 }))
    await t.app.start()
    expect(t.api.sent().filter((c) => c.payload.chat_id === 82)).toHaveLength(4)
    await restart(t)
    expect(sentTo(t, 82).at(-1)).toBe('✅ Предложенный вами источник http://inform.kz/rss/rus.xml/ теперь отслеживается: <b>Kazinform</b>. Спасибо!')
    await restart(t)
    expect(t.api.sent().filter((c) => c.payload.chat_id === 82)).toHaveLength(5)
  })

  it('start without fail when a sender blocked the bot, and are not tried again', async () => {
    await suggest(81, 'en')
    await syncSourcesFile(t.deps)
    t.api.failFor({ method: 'sendMessage', chatId: 81 }, () => telegramError(403, 'Forbidden: bot was blocked by the user'))
    await t.app.start()
    await restart(t)
    expect(t.api.sent().filter((c) => c.payload.chat_id === 81)).toHaveLength(1)
  })

  it.each([
    // Refused for good, as any 4xx Telegram gives no meaning to: not tried again.
    ['Telegram answers a sender with an error code it has no meaning for', () => telegramError(418, "I'm a teapot"), 1],
    // JSON null, as a broken proxy in front of the Bot API might answer: grammY's auto-retry throws a TypeError on it; tried again at the next start.
    ['a send fails with no answer from Telegram the bot can read', () => ({ status: 200, body: null }), 2],
  ] as const)('start without fail when %s, the others told', async (_case, answer, timesSent) => {
    await suggest(85, 'en')
    await suggest(86, 'en', tengrinews.url)
    await syncSourcesFile(t.deps)
    t.api.failFor({ method: 'sendMessage', chatId: 85, times: 1 }, answer)
    await t.app.start()
    expect(sentTo(t, 86)).toHaveLength(1)
    await restart(t)
    expect(sentTo(t, 85)).toHaveLength(timesSent)
    expect(sentTo(t, 85).at(-1)).toBe('✅ The source you suggested, http://inform.kz/rss/rus.xml/, is now watched as <b>Kazinform</b>. Thank you!')
  })

  it('are told in the supergroup their basic group became, when Telegram answers that it moved', async () => {
    await suggest(-555, 'en')
    await syncSourcesFile(t.deps)
    t.api.failFor({ method: 'sendMessage', chatId: -555 }, () => errors.migrated(-1001234567890))
    await t.app.start()
    expect(sentTo(t, -1001234567890)).toEqual(['✅ The source you suggested, http://inform.kz/rss/rus.xml/, is now watched as <b>Kazinform</b>. Thank you!'])
    expect(await listUntoldSuggestions(t.db)).toEqual([])
    const [row] = await t.db.selectFrom('source_suggestion').select('chat_id').execute()
    expect(row?.chat_id).toBe(-1001234567890)
  })

  it('hold back no alert: alerts go out while a sender is still waiting on Telegram', async () => {
    await suggest(84, 'en')
    await syncSourcesFile(t.deps)
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    // Every message waits for Telegram, as when a chat is told to wait and auto-retry sleeps.
    const release = t.api.holdAnswers('sendMessage')
    const started = t.app.start()
    await expect.poll(() => sentTo(t, 84), { timeout: 30_000 }).toHaveLength(1)
    await expect.poll(() => t.api.sent().filter((c) => c.payload.chat_id === 101), { timeout: 30_000 }).toHaveLength(1)
    release()
    await started
    // Longer than its two polls of up to 30 s each, which the suite's 30 s would otherwise cut short on a busy machine.
  }, 90_000)
})
