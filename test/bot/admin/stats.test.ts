import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enqueueAlerts } from '../../../src/alerts/enqueue.js'
import { setItemPartners } from '../../../src/db/review.js'
import { latestLocalHour } from '../../../src/time-zone.js'
import { seedItems } from '../../helpers/seed-items.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../../helpers/test-app.js'
import { callback, command, user } from '../../helpers/updates.js'
import { lastText, seedFlagged, subscribe } from './helpers.js'

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
    expect(text).toContain('Alerts today: sent <b>2</b>, pending <b>1</b>, failed <b>1</b>, withdrawn <b>0</b>')
    expect(text).toContain('Sources: 1 enabled, <b>1</b> failing')
    // The count in brackets: a dash before the problem made two in a row with the dash before its technical detail.
    expect(text).toContain('• Ministry of Culture (6 failed polls): <i>the site does not answer in time — technical detail: timeout after 30 s</i>')
    expect(text).not.toMatch(/ — [^\n]* — /)
  })

  it.each([
    ['en', 'Sources: 13 enabled, <b>13</b> failing', '…and 3 more: /sources lists them all.'],
    ['ru', 'Источники: включено 13, с ошибками <b>13</b>', '…и ещё 3: все они в /sources.'],
    ['kk', 'Дереккөздер: 13 қосулы, оның <b>13</b> қатемен істеп тұр', '…және тағы 3 дереккөз: бәрі /sources тізімінде.'],
  ])('names the first 10 failing sources and says how many more fail (%s)', async (lang, header, more) => {
    const at = '2026-11-21T08:00:00.000Z'
    await t.db
      .insertInto('source')
      .values(Array.from({ length: 13 }, (_, i) => ({
        name: `Feed ${String(i + 1).padStart(2, '0')}`, url: `https://feed-${i + 1}.example/rss`, type: 'rss' as const, lang: 'ru', list_selectors: null, project: null,
        etag: null, last_modified: null, first_polled_at: at, last_polled_at: at, last_success_at: null, last_error: 'HTTP 503', last_error_at: at, created_at: at, updated_at: at,
      })))
      .execute()
    await t.db.updateTable('source').set({ consecutive_failures: 2 }).execute()
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/stats'))
    const text = lastText(t.api)
    expect(text).toContain(header)
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(10)
    expect(text.split('\n').at(-1)).toBe(more)
  })

  it('counts as subscribers the chats that follow something, not those that only chose a language', async () => {
    await subscribe(t.db, 300, ['RU'])
    await t.bot.handleUpdate(command(user(301, 'en'), '/lang'))
    await t.bot.handleUpdate(callback(user(301, 'en'), 'lang:ru'))
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/stats'))
    expect(lastText(t.api)).toContain('👥 Subscribers: <b>1</b>, subscriptions: <b>1</b>')
  })

  it('says one published item in the singular', async () => {
    await seedItems(t.db, [{ kind: 'agreement', partners: ['RU'], publishedAt: '2026-11-20T06:00:00.000Z' }])
    await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/stats'))
    expect(lastText(t.api)).toContain('<b>Last 30 days</b>: 1 published item\n')
  })

  it.each([
    ['en', '🔎 Waiting for review: <b>0</b>\n'],
    ['ru', '🔎 Ждут проверки: <b>0</b>\n'],
    ['kk', '🔎 Тексеруді күтіп тұр: <b>0</b>\n'],
  ])('names no oldest flagged item when none waits (%s)', async (lang, said) => {
    await t.bot.handleUpdate(command(user(ADMIN_ID, lang), '/stats'))
    expect(lastText(t.api)).toContain(said)
  })

  it.each([
    ['en', 'Alerts today: sent <b>0</b>, pending <b>0</b>, failed <b>1</b>, withdrawn <b>1</b>'],
    ['ru', 'Оповещения сегодня: отправлено <b>0</b>, в очереди <b>0</b>, с ошибкой <b>1</b>, отозвано <b>1</b>'],
    ['kk', 'Бүгінгі хабарламалар: жіберілгені <b>0</b>, кезектегісі <b>0</b>, жеткізілмегені <b>1</b>, кері алынғаны <b>1</b>'],
  ])('counts an alert withdrawn by an admin\'s edit as withdrawn, not failed (%s)', async (lang, said) => {
    const admin = user(ADMIN_ID, lang)
    const [id] = await seedFlagged(t.db, [{ title: 'Kazakhstan and Russia sign a memorandum', partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z', kind: 'agreement' }])
    await subscribe(t.db, 1, ['RU'])
    await subscribe(t.db, 2, ['FR'])
    await t.bot.handleUpdate(callback(admin, `rv:a:${id}`))
    // Another admin moves the item from Russia to France: chat 1's alert is withdrawn as it is about to leave, chat 2's is queued.
    const policy = { now: t.clock.now(), maxAgeHours: t.deps.config.alertMaxAgeHours }
    await setItemPartners(t.db, { articleId: id!, adminId: ADMIN_ID, now: t.clock.now(), partners: ['FR'] }, (trx, articleId) => enqueueAlerts(trx, articleId, policy))
    // Chat 2's send is refused for good: a failure.
    t.api.once('sendMessage', () => ({ status: 400, body: { ok: false, error_code: 400, description: "Bad Request: can't parse entities" } }))
    await t.app.alerts.sender.runOnce()
    const rows = await t.db.selectFrom('alert_outbox').select(['chat_id', 'state', 'last_error']).orderBy('chat_id').execute()
    expect(rows).toMatchObject([{ chat_id: 1, state: 'skipped', last_error: 'withdrawn: no longer matches' }, { chat_id: 2, state: 'failed' }])

    await t.bot.handleUpdate(command(admin, '/stats'))
    expect(lastText(t.api)).toContain(said)
  })

  it('takes "today" as the day in Almaty (the last midnight there)', () => {
    const startOfDay = (now: Date, zone: string) => latestLocalHour(now, 0, zone)
    expect(startOfDay(new Date('2026-11-21T09:00:00.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-20T19:00:00.000Z')
    expect(startOfDay(new Date('2026-11-21T18:59:59.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-20T19:00:00.000Z')
    expect(startOfDay(new Date('2026-11-21T19:00:00.000Z'), 'Asia/Almaty').toISOString()).toBe('2026-11-21T19:00:00.000Z')
  })
})
