import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestLocalHour } from '../../../src/time-zone.js'
import { seedItems } from '../../helpers/seed-items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../../helpers/test-app.js'
import { command, user } from '../../helpers/updates.js'
import { lastText, subscribe } from './helpers.js'

describe('/stats', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('counts the last 30 days by kind and partner, the backlog, the audience, today\'s alerts and failing sources', async () => {
    // The clock stands at 2026-11-21 09:00 UTC, 14:00 in Almaty: "today" began at 19:00 UTC the day before.
    const ids = await seedItems(t.db, [
      { kind: 'agreement', partners: ['RU'], publishedAt: '2026-11-20T06:00:00.000Z' },
      { kind: 'agreement', partners: ['RU', 'FR'], publishedAt: '2026-11-10T06:00:00.000Z' },
      { kind: 'meeting', partners: ['FR'], publishedAt: '2026-11-01T06:00:00.000Z' },
      { kind: 'event', partners: ['CN'], publishedAt: '2026-09-01T06:00:00.000Z' },
      { kind: 'meeting', partners: ['TR'], status: 'flagged', publishedAt: '2026-11-19T06:00:00.000Z' },
      { kind: 'meeting', partners: ['TR'], status: 'flagged', publishedAt: '2026-11-18T06:00:00.000Z' },
      { kind: 'event', partners: ['DE'], status: 'rejected', publishedAt: '2026-11-18T06:00:00.000Z' },
    ])
    await subscribe(t.db, 1, ['RU', 'FR'])
    await subscribe(t.db, 2, ['CN'])
    await subscribe(t.db, 3, ['TR'])
    await t.db.updateTable('subscriber').set({ is_active: 0 }).where('chat_id', '=', 3).execute()
    const outbox = (chatId: number, articleId: number, state: 'sent' | 'pending' | 'failed', at: string) => ({
      article_id: articleId, chat_id: chatId, delivery: 'instant' as const, state, next_attempt_at: at, created_at: at,
      sent_at: state === 'sent' ? at : null, last_attempt_at: state === 'pending' ? null : at,
    })
    await t.db.insertInto('alert_outbox').values([
      outbox(1, ids[0]!, 'sent', '2026-11-21T08:00:00.000Z'),
      outbox(1, ids[1]!, 'sent', '2026-11-20T20:00:00.000Z'),
      outbox(1, ids[2]!, 'sent', '2026-11-20T18:00:00.000Z'),
      outbox(2, ids[0]!, 'pending', '2026-11-21T08:59:00.000Z'),
      outbox(2, ids[1]!, 'failed', '2026-11-21T07:00:00.000Z'),
    ]).execute()
    await t.db.updateTable('source').set({ consecutive_failures: 6, last_error: 'timeout after 30 s' }).execute()

    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/stats'))
    const text = lastText(t.api)
    expect(text).toContain('<b>Last 30 days</b>: 3 published items')
    expect(text).toContain('By kind: Agreement 2, Talks 1')
    expect(text).toContain('By partner: 🇫🇷 France 2, 🇷🇺 Russia 2')
    expect(text).toContain('Waiting for review: <b>2</b>')
    expect(text).toContain('Subscribers: <b>2</b>, subscriptions: <b>3</b> (countries 3)')
    expect(text).toContain('Alerts today: sent <b>2</b>, pending <b>1</b>, failed <b>1</b>')
    expect(text).toContain('Sources: 1 enabled, <b>1</b> failing')
    expect(text).toMatch(/• Ministry of Culture: 6 failed polls — <i>timeout after 30 s<\/i>/)
  })

  it('takes "today" as the day in Almaty (the last midnight there)', () => {
    const startOfDay = (now: Date, zone: string) => latestLocalHour(now, 0, zone)
    expect(startOfDay(new Date('2026-11-21T09:00:00.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-20T19:00:00.000Z')
    expect(startOfDay(new Date('2026-11-21T18:59:59.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-20T19:00:00.000Z')
    expect(startOfDay(new Date('2026-11-21T19:00:00.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-21T19:00:00.000Z')
  })
})
