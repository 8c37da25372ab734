import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { findCountryChart } from '../../src/bot/chart-photo.js'
import { createI18n } from '../../src/bot/i18n/i18n.js'
import { PNG_WIDTH } from '../../src/charts/raster.js'
import { listBacklog } from '../../src/db/charts.js'
import { isUploadedFile, telegramError } from '../helpers/fake-bot-api.js'
import { itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The PNG of the last sendPhoto, checked to be one (signature, IHDR size). */
function lastPng(t: TestApp): { width: number; height: number; bytes: Buffer } {
  const photo = t.api.sent('sendPhoto').at(-1)?.payload.photo
  if (!isUploadedFile(photo)) throw new Error('the last sendPhoto uploaded no file')
  expect(photo.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  expect(photo.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: photo.bytes.readUInt32BE(16), height: photo.bytes.readUInt32BE(20), bytes: photo.bytes }
}

function chartButton(t: TestApp): string {
  const button = (t.api.sent().at(-1)?.payload.reply_markup?.inline_keyboard ?? []).flat().find((b: { text: string }) => b.text.startsWith('📈'))
  if (!button) throw new Error('no 📈 button')
  return button.callback_data
}

describe('charts in Telegram', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it("sends a partner's items per quarter as a PNG photo, titled in the reader's language, and reuses it until the data changes", async () => {
    await seedItems(t.db, [
      itemWithPartner('RU', { publishedAt: '2025-02-10T06:00:00.000Z' }),
      itemWithPartner('RU', { publishedAt: '2025-08-10T06:00:00.000Z', kind: 'event' }),
      itemWithPartner('RU', { publishedAt: '2026-11-01T06:00:00.000Z', kind: 'meeting' }),
    ])
    const reader = user(20, 'ru')
    await t.bot.handleUpdate(command(reader, '/country россия'))
    const data = chartButton(t)
    await t.bot.handleUpdate(callback(reader, data))
    const first = t.api.sent('sendPhoto').at(-1)!.payload
    expect(first).toMatchObject({ chat_id: '20', parse_mode: 'HTML' })
    expect(first.caption).toContain('Россия')
    const png = lastPng(t)
    expect(png.width).toBe(PNG_WIDTH)
    expect(png.height).toBeGreaterThan(200)
    expect(png.bytes.length).toBeGreaterThan(5_000)
    expect(t.api.sent('answerCallbackQuery')).toHaveLength(1)

    await t.bot.handleUpdate(callback(reader, data))
    expect(t.api.sent('sendPhoto')).toHaveLength(2)
    expect(t.api.sent('sendPhoto').at(-1)!.payload.photo).toBe('photo-1')

    // Another language is another picture; new data draws a new one.
    await t.bot.handleUpdate(callback(user(21, 'kk'), data))
    expect(isUploadedFile(t.api.sent('sendPhoto').at(-1)!.payload.photo)).toBe(true)
    await seedItems(t.db, [itemWithPartner('RU', { publishedAt: '2026-11-15T06:00:00.000Z' })])
    await t.bot.handleUpdate(callback(reader, data))
    expect(isUploadedFile(t.api.sent('sendPhoto').at(-1)!.payload.photo)).toBe(true)
    await t.bot.handleUpdate(callback(reader, data))
    expect(t.api.sent('sendPhoto').at(-1)!.payload.photo).toBe('photo-3')
  })

  it('keys a remembered picture by its wording too, so a release that rewords it (Turkey → Türkiye) draws it anew, not the old file', async () => {
    await seedItems(t.db, [itemWithPartner('TR', { publishedAt: '2025-02-10T06:00:00.000Z' })])
    const i18n = createI18n()
    const now = (key: string, vars?: Record<string, string | number>) => i18n.t('en', key, vars)
    const before = (key: string, vars?: Record<string, string | number>) => (key === 'chart-country-title' ? 'Cooperation with Turkey: items per quarter' : now(key, vars))
    const [current, earlier] = await Promise.all([findCountryChart(t.db, 'TR', 'en', now), findCountryChart(t.db, 'TR', 'en', before)])
    expect(current!.key).toBe(earlier!.key)
    expect(JSON.stringify(current!.data)).not.toBe(JSON.stringify(earlier!.data))
  })

  it('titles the chart of a country whose English name takes "the" with it: Cooperation with the Netherlands', async () => {
    await seedItems(t.db, [itemWithPartner('NL', { publishedAt: '2025-02-10T06:00:00.000Z' })])
    const reader = user(22, 'en')
    await t.bot.handleUpdate(command(reader, '/country Netherlands'))
    await t.bot.handleUpdate(callback(reader, chartButton(t)))
    expect(t.api.sent('sendPhoto').at(-1)!.payload.caption).toBe('🇳🇱 Cooperation with the Netherlands: items per quarter')
  })

  it('draws one bar per quarter with items for a known fixture, stacked by kind, labelled in the language', async () => {
    await seedItems(t.db, [
      itemWithPartner('RU', { publishedAt: '2025-01-10T06:00:00.000Z' }),
      itemWithPartner('RU', { publishedAt: '2025-03-10T06:00:00.000Z', kind: 'event' }),
      itemWithPartner('RU', { publishedAt: '2025-08-10T06:00:00.000Z', kind: 'meeting' }),
      itemWithPartner('RU', { publishedAt: '2026-11-01T06:00:00.000Z' }),
      itemWithPartner('RU', { publishedAt: '2026-12-01T06:00:00.000Z', status: 'flagged' }),
      itemWithPartner('FR', { publishedAt: '2025-05-10T06:00:00.000Z' }),
    ])
    const i18n = createI18n()
    const chart = await findCountryChart(t.db, 'RU', 'kk', (key, vars) => i18n.t('kk', key, vars))
    const doc = new JSDOM(chart!.draw(), { contentType: 'image/svg+xml' }).window.document
    const bars = [...doc.querySelectorAll('g.bar')]
    expect(bars.map((b) => [b.getAttribute('data-quarter'), b.getAttribute('data-count')])).toEqual([['2025-Q1', '2'], ['2025-Q3', '1'], ['2026-Q4', '1']])
    expect([...bars[0]!.querySelectorAll('rect')].map((r) => r.getAttribute('data-kind'))).toEqual(['agreement', 'event'])
    expect(bars[0]!.querySelector('title')?.textContent).toBe('2025, 1-тоқсан: 2 жазба')
    expect(doc.querySelector('text')?.textContent).toBe('Ресей: ынтымақтастық, тоқсан бойынша жазбалар')
  })

  it('draws the picture anew when Telegram refuses the remembered file', async () => {
    await seedItems(t.db, [itemWithPartner('FR')])
    const reader = user(22, 'en')
    await t.bot.handleUpdate(command(reader, '/country france'))
    const data = chartButton(t)
    await t.bot.handleUpdate(callback(reader, data))
    t.api.once('sendPhoto', () => telegramError(400, 'Bad Request: wrong file identifier/HTTP URL specified'))
    await t.bot.handleUpdate(callback(reader, data))
    const sends = t.api.sent('sendPhoto')
    expect(sends).toHaveLength(3)
    expect(sends[1]!.payload.photo).toBe('photo-1')
    expect(lastPng(t).width).toBe(PNG_WIDTH)
  })

  it('answers the button of a partner without items with a notice, not a picture', async () => {
    await t.bot.handleUpdate(callback(user(23, 'en'), 'cty:c:DE'))
    expect(t.api.sent('sendPhoto')).toHaveLength(0)
    expect(t.api.sent('answerCallbackQuery').at(-1)!.payload.text).toMatch(/Nothing to chart/)
  })

  it('gives admins all items and the review backlog over time in /stats, and nobody else', async () => {
    t.clock.set('2026-11-21T09:00:00.000Z')
    await seedItems(t.db, [itemWithPartner('RU'), itemWithPartner('FR', { kind: 'event' }), itemWithPartner('RU', { status: 'flagged' }), itemWithPartner('FR', { status: 'flagged' })])
    await t.db.updateTable('classification').set({ status: 'published', status_changed_at: '2026-11-21T08:00:00.000Z' }).where('status', '=', 'flagged').where('article_id', '=', (eb) => eb.selectFrom('classification').select((e) => e.fn.max('article_id').as('m'))).execute()
    expect(await listBacklog(t.db, t.clock.now())).toEqual({ firstDay: '2026-11-21', lastDay: '2026-11-21', counts: [1] })

    await t.bot.handleUpdate(command(user(24, 'en'), '/stats'))
    expect(t.api.sent('sendPhoto')).toHaveLength(0)

    const admin = user(ADMIN_ID, 'en')
    await t.bot.handleUpdate(command(admin, '/stats'))
    expect(t.api.sent('sendPhoto').at(-1)!.payload).toMatchObject({ chat_id: String(ADMIN_ID) })
    expect(lastPng(t).width).toBe(PNG_WIDTH)
    await t.bot.handleUpdate(command(admin, '/stats'))
    expect(t.api.sent('sendPhoto').at(-1)!.payload.photo).toBe('photo-1')
  })

  it('keeps the backlog of past days from the triggers: entries, exits and the day in Kazakhstan', async () => {
    const [a, b] = await seedItems(t.db, [itemWithPartner('RU', { status: 'flagged' }), itemWithPartner('FR', { status: 'flagged' })])
    // 2026-11-21T00:00Z is 05:00 in Kazakhstan: both entered on the 21st.
    await t.db.updateTable('classification').set({ status: 'published', status_changed_at: '2026-11-22T20:00:00.000Z' }).where('article_id', '=', a!).execute()
    await t.db.updateTable('classification').set({ status: 'rejected', status_changed_at: '2026-11-24T03:00:00.000Z' }).where('article_id', '=', b!).execute()
    // Day by day from the 21st to the 25th (today in Kazakhstan): no entry or exit on the 23rd and 25th.
    expect(await listBacklog(t.db, new Date('2026-11-25T00:00:00.000Z'))).toEqual({ firstDay: '2026-11-21', lastDay: '2026-11-25', counts: [2, 2, 1, 0, 0] })
    expect(await listBacklog(t.db, new Date('2026-11-20T00:00:00.000Z'))).toMatchObject({ lastDay: '2026-11-24', counts: [2, 2, 1, 0] })
  })
})

