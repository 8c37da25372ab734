import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { insertSource } from '../../../src/db/sources.js'
import { MAX_MESSAGE_LENGTH, telegramLength } from '../../../src/telegram/length.js'
import { ADMIN_ID, createTestApp, type TestApp, testResolver } from '../../helpers/test-app.js'
import { callback, command, user } from '../../helpers/updates.js'
import { lastButtons } from './helpers.js'

const SECOND_ADMIN = 500_002
let server: Server
let base: string
let isBrokenUp = true

function feed(n: number): string {
  const items = Array.from({ length: n }, (_, i) =>
    `<item><title>Встреча ${i + 1}</title><link>${base}/news/${i + 1}</link><pubDate>Sat, 21 Nov 2026 0${i}:00:00 +0000</pubDate><description>${`Состоялась встреча номер ${i + 1}, обсуждались вопросы. `.repeat(60)}</description></item>`).join('')
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/good.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(3))
    else if (req.url === '/flaky.xml' && !isBrokenUp) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(0))
    else res.writeHead(503).end('down')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('admin notices after a poll cycle', () => {
  let t: TestApp
  afterEach(async () => t.close())

  it('sends each admin one message for the cycle\'s flagged items and one for source health, in their language, until muted', async () => {
    // A threshold of 1 flags every item, however sure the classifier (README), and one failure is enough to be reported.
    t = await createTestApp({ ADMIN_IDS: `${ADMIN_ID},${SECOND_ADMIN}`, CONFIDENCE_THRESHOLD: '1', SOURCE_FAILURES_BEFORE_NOTICE: '1' })
    const now = t.clock.now()
    await t.db.insertInto('subscriber').values({ chat_id: SECOND_ADMIN, chat_type: 'private', language: 'ru', created_at: now.toISOString(), updated_at: now.toISOString() }).execute()
    await insertSource(t.db, { name: 'Good', url: `${base}/good.xml`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', now)
    await insertSource(t.db, { name: 'Flaky <b>', url: `${base}/flaky.xml`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', now)

    await t.app.poller.runOnce()
    const toFirst = t.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).map((c) => String(c.payload.text))
    expect(toFirst).toHaveLength(2)
    expect(toFirst[0]).toMatch(/^🔎 <b>3 new items<\/b> to review:\n• <a href="[^"]+">Встреча \d<\/a> — <i>Good<\/i>/)
    expect(toFirst[1]).toBe('⚠️ <b>Flaky &lt;b&gt;</b> fails (1 in a row): the site\'s server is failing (error 503).')
    const toSecond = t.api.sent().filter((c) => c.payload.chat_id === SECOND_ADMIN).map((c) => String(c.payload.text))
    expect(toSecond[0]).toMatch(/3 новых материала<\/b> ждут проверки/)
    expect(toSecond[1]).toBe('⚠️ <b>Flaky &lt;b&gt;</b> не работает (ошибок подряд: 1): на сайте сбой сервера (ошибка 503).')

    const flaggedNotice = t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)!
    const buttons = (flaggedNotice.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat().map((b) => b.callback_data)
    expect(buttons).toEqual(['rv:n', 'ntc:f:1'])
    const admin = user(ADMIN_ID, 'en')
    await t.bot.handleUpdate(callback(admin, 'rv:n'))
    expect(String(t.api.sent().at(-1)?.payload.text)).toMatch(/1 of 3/)
    await t.bot.handleUpdate(callback(admin, 'ntc:f:1'))
    expect(String(t.api.sent().at(-1)?.payload.text)).toMatch(/New items to review: muted\nSource health: on/)

    // Next cycle: the flaky source recovers and more is flagged; the first admin hears only of the recovery.
    isBrokenUp = false
    t.clock.advance(2 * 24 * 3_600_000)
    t.api.clearCalls()
    await t.db.updateTable('source').set({ next_poll_at: '1970-01-01T00:00:00.000Z', etag: null, last_modified: null }).execute()
    await t.db.deleteFrom('article').execute()
    await t.app.poller.runOnce()
    const second = t.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).map((c) => String(c.payload.text))
    expect(second).toEqual(['✅ <b>Flaky &lt;b&gt;</b> works again.'])
    expect(t.api.sent().filter((c) => c.payload.chat_id === SECOND_ADMIN)).toHaveLength(2)

    await t.bot.handleUpdate(command(admin, '/notices'))
    expect(lastButtons(t.api).map((b) => b.data)).toEqual(['ntc:f:0', 'ntc:s:1'])
  })

  it.each([
    ['en', '⚠️ <b>Gone</b> fails (1 in a row): the site cannot be reached: it refuses the connection or breaks it off — technical detail: '],
    ['ru', '⚠️ <b>Gone</b> не работает (ошибок подряд: 1): с сайтом не удаётся связаться: он не принимает соединение или обрывает его — техническая подробность: '],
    ['kk', '⚠️ <b>Gone</b> жауап бермей тұр (қатарынан 1 рет): '],
  ] as const)('tells a failing source\'s count before its problem, the technical detail set off by a dash, never two brackets in a row (%s)', async (lang, start) => {
    t = await createTestApp({ SOURCE_FAILURES_BEFORE_NOTICE: '1' })
    const now = t.clock.now().toISOString()
    await t.db.insertInto('subscriber').values({ chat_id: ADMIN_ID, chat_type: 'private', language: lang, created_at: now, updated_at: now }).execute()
    // Port 1 on loopback: nothing listens, so the connection is refused and the fetcher's words follow as the detail.
    await insertSource(t.db, { name: 'Gone', url: 'http://127.0.0.1:1/feed.xml', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await t.app.poller.runOnce()
    const notice = String(t.api.sent().find((c) => c.payload.chat_id === ADMIN_ID)?.payload.text)
    expect(notice.startsWith(start)).toBe(true)
    expect(notice).toMatch(/ECONNREFUSED|fetch failed/)
    expect(notice).not.toMatch(/\)\s*\(|\)\)/)
  })

  it('tells of every source failing at once (DNS gone for the whole server) within one message, the rest counted and left to /sources', async () => {
    // No name resolves: each of the 24 sources fails in the same cycle, its host name long as gov.kz subdomains are.
    t = await createTestApp({ SOURCE_FAILURES_BEFORE_NOTICE: '1' }, { resolver: testResolver({}) })
    const now = t.clock.now().toISOString()
    await t.db.insertInto('subscriber').values({ chat_id: ADMIN_ID, chat_type: 'private', language: 'kk', created_at: now, updated_at: now }).execute()
    for (let i = 1; i <= 24; i++) {
      await insertSource(t.db, { name: `Қазақстан Республикасы Мәдениет және ақпарат министрлігінің жаңалықтары ${i}`, url: `https://ministry-of-culture-and-information-of-the-republic-of-kazakhstan-${i}.gov.kz/rss`, type: 'rss', lang: 'kk', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    }
    await t.app.poller.runOnce()
    const notices = t.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).map((c) => String(c.payload.text))
    expect(notices).toHaveLength(1)
    expect(telegramLength(notices[0]!)).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH)
    const lines = notices[0]!.split('\n')
    const shown = lines.filter((line) => line.startsWith('⚠️')).length
    expect(shown).toBeGreaterThan(3)
    expect(lines.at(-1)).toBe(`…және тағы ${24 - shown} дереккөз: бәрі /sources тізімінде.`)
  })

  it('opens /sources from a failing-source notice as a message of its own, at the page of the source, the notice left as it was', async () => {
    t = await createTestApp({ SOURCE_FAILURES_BEFORE_NOTICE: '1' })
    // Six healthy sources sort before the failing one, so it is on the second page of five.
    for (let i = 1; i <= 6; i++) await insertSource(t.db, { name: `A good ${i}`, url: `${base}/good.xml?${i}`, type: 'rss', lang: 'ru', isEnabled: false, list: null, project: null }, 'file', t.clock.now())
    await insertSource(t.db, { name: 'Z flaky', url: `${base}/down.xml`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    await t.app.poller.runOnce()
    const notice = t.api.sent().findIndex((c) => c.payload.chat_id === ADMIN_ID && String(c.payload.text).startsWith('⚠️'))
    expect(notice).not.toBe(-1)
    const open = lastButtons(t.api).find((b) => b.text === '📡 /sources')!
    await t.bot.handleUpdate(callback(user(ADMIN_ID, 'en'), open.data, undefined, notice + 1))
    expect(t.api.sent('editMessageText')).toHaveLength(0)
    const page = String(t.api.sent().at(-1)?.payload.text)
    expect(page).toMatch(/^📡 <b>Sources<\/b> \(7\)/)
    expect(page).toContain('<b>7. Z flaky</b> ⚠️')
  })

  it('keeps polling when an admin has blocked the bot', async () => {
    t = await createTestApp({ CONFIDENCE_THRESHOLD: '1' })
    await insertSource(t.db, { name: 'Good', url: `${base}/good.xml`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', t.clock.now())
    t.api.failFor({ method: 'sendMessage', chatId: ADMIN_ID }, () => ({ status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } }))
    await t.app.poller.runOnce()
    expect(await t.db.selectFrom('article').select('id').execute()).toHaveLength(3)
    expect(t.api.sent()).toHaveLength(1)
  })
})
