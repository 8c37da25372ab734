import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBackfillWorker } from '../../../src/bot/backfill-worker.js'
import { createI18n } from '../../../src/bot/i18n/i18n.js'
import { beginBackfill, getBackfill } from '../../../src/db/backfill.js'
import { type Source, insertSource } from '../../../src/db/sources.js'
import { errors, telegramError } from '../../helpers/fake-bot-api.js'
import { FixtureArchive } from '../../helpers/fixture-archive.js'
import { FixtureServer } from '../../helpers/fixture-server.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../../helpers/test-app.js'
import { callback, command, user } from '../../helpers/updates.js'
import { auditRows, lastButtons, lastText } from './helpers.js'

const DAY_MS = 86_400_000
const admin = user(ADMIN_ID, 'en')
const stranger = user(777, 'en')

let server: FixtureServer
let archive: FixtureArchive
let t: TestApp

beforeAll(async () => {
  server = new FixtureServer()
  await server.start()
  // 20 pages of two items, a page every ten days back from the test clock's day.
  archive = new FixtureArchive(server, { pages: 20, perPage: 2, newest: new Date('2026-11-20T06:00:00.000Z'), pageSpanMs: 10 * DAY_MS })
})
afterAll(async () => server.stop())
afterEach(async () => t.close())

async function addHtmlSource(): Promise<Source> {
  const input = archive.sources().find((s) => s.type === 'html')!
  return (await insertSource(t.db, input, 'file', t.clock.now())).source
}

async function subscribeEveryone(): Promise<void> {
  const at = '2020-01-01T00:00:00.000Z'
  await t.db.insertInto('subscriber').values({ chat_id: 42, chat_type: 'private', language: 'en', created_at: at, updated_at: at }).execute()
  await t.db.insertInto('subscription').values({ chat_id: 42, topic_type: 'all', topic_value: '', created_at: at }).execute()
}

describe('Load history in /sources', () => {
  it('starts a walk from the button, shows its progress in a message of its own, and alerts nobody', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await subscribeEveryone()
    await t.bot.handleUpdate(command(admin, '/sources'))
    expect(lastText(t.api)).toContain('📜 loads a source\'s history: its archive 2 years back, stored without alerting anyone.')
    expect(lastButtons(t.api).map((b) => b.data)).toContain(`src:h:${source.id}:0`)

    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('Loading the history of archive-html…')
    const started = t.api.sent().at(-1)!
    expect(started.payload.text).toBe('📜 <b>History of archive-html</b>\nStarting: the archive back to 21 Nov 2024. This message shows the progress.')
    expect(await getBackfill(t.db, source.id)).toMatchObject({ state: 'running', progressMessage: { adminId: ADMIN_ID, chatId: ADMIN_ID, lang: 'en' } })

    await t.app.backfills.runOnce()
    const done = t.api.sent('editMessageText').at(-1)!.payload
    expect(done).toMatchObject({ chat_id: ADMIN_ID, message_id: t.api.sent().length, parse_mode: 'HTML' })
    expect(done.text).toMatch(/^📜 <b>History of archive-html<\/b>\n✅ Done, back to \d+ \w+ 2026 · pages: 20 · new items: 40 · relevant: \d+ · to review: \d+\. Nobody was alerted about them\.$/)
    expect(await t.db.selectFrom('article').select('is_backlog').execute()).toHaveLength(40)
    expect(await t.db.selectFrom('alert_outbox').selectAll().execute()).toEqual([])
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ admin_id: ADMIN_ID, action: 'backfill-source', source_id: source.id })

    await t.bot.handleUpdate(command(admin, '/sources'))
    expect(lastText(t.api)).toMatch(/📜 History loaded back to \d+ \w+ 2026/)
  })

  it.each([
    ['ru', '⚠️ Остановлено: <i>такой страницы нет (ошибка 404)</i>'],
    ['kk', '<i>мұндай бет жоқ (қате 404)</i>'],
  ])('says what stopped a walk in the admin\'s language (%s), the fetcher\'s English only as the technical detail', async (lang, stopped) => {
    t = await createTestApp()
    const { source } = await insertSource(t.db, { name: 'Gone news', url: server.url('/gone/news'), type: 'html', lang: 'ru', isEnabled: true, list: { item: '.news-item', link: 'a' }, project: null }, 'file', t.clock.now())
    await t.bot.handleUpdate(callback(user(ADMIN_ID, lang), `src:h:${source.id}:0`))
    await t.app.backfills.runOnce()
    const end = String(t.api.sent('editMessageText').at(-1)?.payload.text)
    expect(end).toContain(stopped)
    expect(end).not.toContain('HTTP 404')
  })

  it('edits the progress message at most every five seconds', async () => {
    // A second between requests to the host, in virtual time: the walk takes about a minute of it.
    t = await createTestApp({}, { backfillGapMs: 1_000 })
    const source = await addHtmlSource()
    const startedAt = t.clock.now().getTime()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    await t.app.backfills.runOnce()
    const elapsedMs = t.clock.now().getTime() - startedAt
    expect(elapsedMs).toBeGreaterThanOrEqual(59_000)
    const edits = t.api.sent('editMessageText').map((c) => String(c.payload.text))
    expect(edits.at(-1)).toContain('✅ Done')
    const progress = edits.slice(0, -1)
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress.length).toBeLessThanOrEqual(Math.floor(elapsedMs / 5_000))
    expect(progress.every((text) => /⏳ Back to \d+ \w+ 2026 of 21 Nov 2024 · pages: \d+ · new items: \d+ · relevant: \d+$/.test(text.split('\n')[1]!))).toBe(true)
  })

  it('goes on after a restart where the walk stopped, in the same message', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    const held = archive.hold((url) => url.endsWith('/html/news?page=6'))
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    const first = t.app.backfills.runOnce()
    await expect.poll(async () => (await getBackfill(t.db, source.id))?.counts.pages, { timeout: 30_000 }).toBe(5)
    await t.app.backfills.stop()
    await first
    held.release()
    expect(await getBackfill(t.db, source.id)).toMatchObject({ state: 'running', counts: { pages: 5 } })

    const restarted = createBackfillWorker(t.deps, { api: t.bot.api, i18n: createI18n(), backfiller: { pace: { minHostGapMs: 0 } } })
    await restarted.runOnce()
    await restarted.stop()
    expect(t.api.sent('editMessageText').at(-1)?.payload).toMatchObject({ message_id: t.api.sent().length, text: expect.stringContaining('pages: 20 · new items: 40') })
    expect(await t.db.selectFrom('article').select('id').execute()).toHaveLength(40)
    // Longer than its poll's 30 s, which the suite's 30 s would otherwise cut short on a busy machine.
  }, 90_000)

  it('shows the end of a walk after a 429 longer than auto-retry waits: the edit again after retry_after, then a new message', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    t.api.failFor({ method: 'editMessageText', times: 2 }, () => errors.tooManyRequests(120))
    await t.app.backfills.runOnce()
    expect(t.api.sent('editMessageText')).toHaveLength(1)
    // Not before retry_after has passed.
    await t.app.backfills.runOnce()
    expect(t.api.sent('editMessageText')).toHaveLength(1)

    t.clock.advance(120_000)
    await t.app.backfills.runOnce()
    expect(t.api.sent('editMessageText')).toHaveLength(2)
    expect(t.api.sent()).toHaveLength(1)
    t.clock.advance(120_000)
    await t.app.backfills.runOnce()
    const report = t.api.sent().at(-1)!.payload
    expect(t.api.sent()).toHaveLength(2)
    expect(report).toMatchObject({ chat_id: ADMIN_ID, parse_mode: 'HTML', text: expect.stringMatching(/^📜 <b>History of archive-html<\/b>\n✅ Done, back to .* · pages: 20 · new items: 40 /) })
    // Shown once: nothing more is sent.
    t.clock.advance(600_000)
    await t.app.backfills.runOnce()
    expect(t.api.sent('editMessageText')).toHaveLength(2)
    expect(t.api.sent()).toHaveLength(2)
  })

  it('shows the end of a walk after a restart when Telegram held it back past the shutdown, and once only', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    t.api.once('editMessageText', () => errors.tooManyRequests(120))
    await t.app.backfills.runOnce()
    await t.app.backfills.stop()
    expect(t.api.sent('editMessageText')).toHaveLength(1)

    t.clock.advance(120_000)
    const restarted = createBackfillWorker(t.deps, { api: t.bot.api, i18n: createI18n(), backfiller: { pace: { minHostGapMs: 0 } } })
    await restarted.runOnce()
    expect(t.api.sent('editMessageText').at(-1)?.payload).toMatchObject({ chat_id: ADMIN_ID, text: expect.stringMatching(/\n✅ Done, back to .* · pages: 20 · new items: 40 /) })
    await restarted.runOnce()
    await restarted.stop()
    expect(t.api.sent('editMessageText')).toHaveLength(2)
    // The row records it shown, so no later start shows it again.
    expect(await t.db.selectFrom('backfill').select('end_shown_at').executeTakeFirstOrThrow()).toEqual({ end_shown_at: t.clock.now().toISOString() })
  })

  it('shows the end of a walk in a new message at once when its progress message is gone', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    t.api.once('editMessageText', () => telegramError(400, 'Bad Request: message to edit not found'))
    await t.app.backfills.runOnce()
    expect(t.api.sent()).toHaveLength(2)
    expect(t.api.sent().at(-1)!.payload).toMatchObject({ chat_id: ADMIN_ID, text: expect.stringContaining('✅ Done') })
  })

  it('refuses a second walk of the same source while one is running, here or from the command line', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'The history of archive-html is already loading: its progress is in the message above.', show_alert: true })
    expect(t.api.sent()).toHaveLength(1)

    const other = await insertSource(t.db, { ...archive.sources().find((s) => s.type === 'rss')! }, 'file', t.clock.now())
    await beginBackfill(t.db, { sourceId: other.source.id, since: new Date('2025-01-01T00:00:00Z'), now: t.clock.now() })
    await t.bot.handleUpdate(callback(admin, `src:h:${other.source.id}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload.text).toBe('The history of archive-rss is being loaded from the command line (npm run backfill) right now.')
    // A command-line walk that stored nothing for a while was stopped: the bot takes it over.
    t.clock.advance(3 * 60_000)
    await t.bot.handleUpdate(callback(admin, `src:h:${other.source.id}:0`))
    expect(t.api.sent()).toHaveLength(2)
  })

  it('answers a non-admin with a refusal and starts nothing', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(stranger, `src:h:${source.id}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: "Sorry, these buttons are only for the bot's administrators.", show_alert: true })
    expect(await getBackfill(t.db, source.id)).toBeUndefined()
    expect(t.api.sent()).toEqual([])
  })

  it('answers a button for a source that is gone', async () => {
    t = await createTestApp()
    await t.bot.handleUpdate(callback(admin, 'src:h:999:0'))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'This source no longer exists.', show_alert: true })
    expect(await t.db.selectFrom('backfill').selectAll().execute()).toEqual([])
  })

  it('answers an old button of a file source since removed as gone, and leaves a walk asked for before the removal', async () => {
    t = await createTestApp()
    const source = await addHtmlSource()
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    expect(await getBackfill(t.db, source.id)).toMatchObject({ state: 'running' })
    await t.bot.handleUpdate(callback(admin, `src:d:${source.id}:0`))
    await t.bot.handleUpdate(callback(admin, `src:D:${source.id}:0`))
    expect(await t.db.selectFrom('source').select('removed_at').where('id', '=', source.id).executeTakeFirstOrThrow()).toEqual({ removed_at: expect.any(String) })
    await t.bot.handleUpdate(callback(admin, `src:h:${source.id}:0`))
    expect(t.api.sent('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'This source no longer exists.', show_alert: true })
    await t.app.backfills.runOnce()
    expect(await t.db.selectFrom('article').select('id').execute()).toEqual([])
  })
})
