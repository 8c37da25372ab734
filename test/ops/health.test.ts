import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ALERT_STUCK_SECONDS, evaluateHealth, STALE_POLL_MIN_SECONDS } from '../../src/http/health.js'
import type { Db } from '../../src/db/database.js'
import { readHealthSnapshot } from '../../src/db/health.js'
import { setAlertSettings } from '../../src/db/subscriptions.js'
import { publish, seedAlertItems, seedSubscriber } from '../alerts/alert-fixtures.js'
import { errors } from '../helpers/fake-bot-api.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { addQueuedAlert, type OpsApp, startOpsApp } from './ops-app.js'

const HOUR_MS = 3600_000

async function addSource(db: Db, name: string, fields: { lastSuccessAt?: string | null; failures?: number; nextPollAt: string }): Promise<void> {
  await db
    .insertInto('source')
    .values({
      name,
      // Never due while the test runs (its clock stands still), so the poller leaves it alone.
      url: `http://127.0.0.1:9/${name}.xml`,
      type: 'rss',
      lang: 'en',
      last_success_at: fields.lastSuccessAt ?? null,
      consecutive_failures: fields.failures ?? 0,
      next_poll_at: fields.nextPollAt,
      created_at: '2026-11-01T00:00:00.000Z',
      updated_at: '2026-11-01T00:00:00.000Z',
    })
    .execute()
}

async function getHealth(t: OpsApp): Promise<{ status: number; body: any }> {
  const res = await fetch(t.url('/healthz'))
  expect(res.headers.get('content-type')).toBe('application/json')
  return { status: res.status, body: await res.json() }
}

describe('GET /healthz', () => {
  let t: OpsApp
  afterEach(async () => t.close())

  it('is 200 with the checks spelled out when the database answers and polls are recent', async () => {
    t = await startOpsApp({ POLL_INTERVAL_SECONDS: '900' })
    const now = t.clock.now().getTime()
    await addSource(t.db, 'recent', { lastSuccessAt: new Date(now - HOUR_MS).toISOString(), nextPollAt: new Date(now + HOUR_MS).toISOString() })
    await addSource(t.db, 'broken', { failures: 4, nextPollAt: new Date(now + HOUR_MS).toISOString() })

    const { status, body } = await getHealth(t)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'ok',
      problems: [],
      database: 'ok',
      updates: 'receiving',
      sources: { enabled: 2, failing: 1, lastSuccessAgeSeconds: 3600, staleAfterSeconds: 2700 },
      alerts: { waiting: 0, due: 0 },
    })
  })

  it('is 503 once no source has been polled successfully for three intervals', async () => {
    t = await startOpsApp({ POLL_INTERVAL_SECONDS: '900' })
    const now = t.clock.now().getTime()
    await addSource(t.db, 'stale', { lastSuccessAt: new Date(now - 2 * HOUR_MS).toISOString(), nextPollAt: new Date(now + 24 * HOUR_MS).toISOString() })

    // Just started: the process gets three intervals to poll before the old success counts.
    expect((await getHealth(t)).status).toBe(200)
    t.clock.advance(2700_000 + 1000)
    const { status, body } = await getHealth(t)
    expect(status).toBe(503)
    expect(body.status).toBe('unhealthy')
    expect(body.problems).toEqual([expect.stringMatching(/^no successful poll for \d+ s \(limit 2700 s\)$/)])
  })

  it('is 503 when due alerts have waited past the limit', async () => {
    t = await startOpsApp()
    await addQueuedAlert(t.db, new Date(t.clock.now().getTime() - (ALERT_STUCK_SECONDS + 60) * 1000).toISOString())
    const { status, body } = await getHealth(t)
    expect(status).toBe(503)
    expect(body.alerts).toMatchObject({ waiting: 1, due: 1, oldestDueAgeSeconds: ALERT_STUCK_SECONDS + 60 })
    expect(body.problems).toEqual([expect.stringContaining('1 alerts due')])
  })

  it('is 503 when the database is unreachable', async () => {
    t = await startOpsApp()
    await t.db.destroy()
    const { status, body } = await getHealth(t)
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'unhealthy', database: 'unreachable' })
    expect(body.problems[0]).toMatch(/^database unreachable/)
  })

  it('answers 404 elsewhere and 405 to writes', async () => {
    t = await startOpsApp()
    expect((await fetch(t.url('/nope'))).status).toBe(404)
    expect((await fetch(t.url('/healthz'), { method: 'POST' })).status).toBe(405)
  })
})

describe('evaluateHealth thresholds', () => {
  const now = new Date('2026-11-21T12:00:00.000Z')
  const startedAt = new Date('2026-11-20T00:00:00.000Z')
  const snapshot = { enabledSources: 3, failingSources: 0, lastPollSuccessAt: null, alertsWaiting: 0, alertsDue: 0, oldestAlertDueAt: null }
  const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString()

  it.each([
    ['a poll within 3 intervals', { lastPollSuccessAt: ago(2699) }, 900, 'ok'],
    ['no poll for more than 3 intervals', { lastPollSuccessAt: ago(2701) }, 900, 'unhealthy'],
    ['never a successful poll, long after start', {}, 900, 'unhealthy'],
    ['no sources at all', { enabledSources: 0 }, 900, 'ok'],
    ['a 1 s test interval uses the floor', { lastPollSuccessAt: ago(STALE_POLL_MIN_SECONDS - 1) }, 1, 'ok'],
    ['beyond the floor', { lastPollSuccessAt: ago(STALE_POLL_MIN_SECONDS + 1) }, 1, 'unhealthy'],
    ['alerts busy but moving', { lastPollSuccessAt: ago(10), alertsDue: 500, oldestAlertDueAt: ago(ALERT_STUCK_SECONDS - 1) }, 900, 'ok'],
  ])('%s → %s', (_, override, pollIntervalSeconds, expected) => {
    const report = evaluateHealth({ snapshot: { ...snapshot, ...override }, isReceivingUpdates: true, now, startedAt, pollIntervalSeconds })
    expect(report.status).toBe(expected)
  })

  it('is unhealthy when updates stopped arriving', () => {
    const report = evaluateHealth({ snapshot: { ...snapshot, enabledSources: 0 }, isReceivingUpdates: false, now, startedAt, pollIntervalSeconds: 900 })
    expect(report).toMatchObject({ status: 'unhealthy', updates: 'stopped', problems: ['not receiving Telegram updates'] })
  })
})

describe('alerts due, for /healthz and /metrics', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const health = async () => {
    const now = t.clock.now()
    const snapshot = await readHealthSnapshot(t.db, now)
    return { snapshot, report: evaluateHealth({ snapshot, isReceivingUpdates: true, now, startedAt: now, pollIntervalSeconds: 900 }) }
  }

  it('counts items waiting for a digest hour as due only once that hour has come', async () => {
    // 09:00 in Almaty is 04:00 UTC; in Moscow 06:00 UTC.
    await seedSubscriber(t.db, { chatId: 201, alertMode: 'digest', digestHour: 9 })
    await seedSubscriber(t.db, { chatId: 202, alertMode: 'digest', digestHour: 9, timeZone: 'Europe/Moscow' })
    t.clock.set('2026-11-21T06:30:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ publishedAt: '2026-11-21T06:00:00.000Z' }]), t.clock.now())

    // Queued after today's digests: waiting for tomorrow's, all day long.
    for (const at of ['2026-11-21T07:01:00.000Z', '2026-11-21T23:00:00.000Z', '2026-11-22T03:59:00.000Z']) {
      t.clock.set(at)
      expect((await health()).snapshot).toMatchObject({ alertsWaiting: 2, alertsDue: 0, oldestAlertDueAt: null })
    }
    t.clock.set('2026-11-22T04:10:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 2, alertsDue: 1, oldestAlertDueAt: '2026-11-22T04:00:00.000Z' })
    expect((await health()).report.status).toBe('ok')
    // A digest worker that stopped: overdue past the limit.
    t.clock.set('2026-11-22T04:31:00.000Z')
    const { report } = await health()
    expect(report).toMatchObject({ status: 'unhealthy', alerts: { waiting: 2, due: 1, oldestDueAgeSeconds: ALERT_STUCK_SECONDS + 60 } })

    t.clock.set('2026-11-22T06:00:00.000Z')
    await t.app.alerts.digest.runOnce()
    expect(t.api.sent().map((c) => c.payload.chat_id)).toEqual([201, 202])
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 0, alertsDue: 0 })
  })

  it('counts a copy queued after the digest\'s hour, in place of an entry withdrawn as it went out, among the digest\'s alerts due once a 429 stopped it', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [kept, first, second] = await seedAlertItems(t.db, [
      { partners: ['RU'], publishedAt: '2026-11-21T04:30:00.000Z' },
      { partners: ['RU'], storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:40:00.000Z' },
      { partners: ['RU'], storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:50:00.000Z' },
    ])
    await publish(t.db, [kept!, first!, second!], t.clock.now())
    await t.db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', first!).execute()
    t.clock.set('2026-11-22T04:00:30.000Z')
    t.api.once('sendMessage', () => errors.tooManyRequests(60))
    await t.app.alerts.digest.runOnce()

    t.clock.set('2026-11-22T04:02:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 2, alertsDue: 2, oldestAlertDueAt: '2026-11-22T04:01:30.000Z' })
  })

  it('counts instant alerts as due from their next attempt, and a subscriber back on instant alerts from the switch', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await seedSubscriber(t.db, { chatId: 201, alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T05:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ publishedAt: '2026-11-21T04:30:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T05:10:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 2, alertsDue: 1, oldestAlertDueAt: '2026-11-21T05:00:00.000Z' })

    await setAlertSettings(t.db, { chatId: 201, chatType: 'private' }, { alertMode: 'instant' }, t.clock.now())
    t.clock.set('2026-11-21T05:20:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 2, alertsDue: 2, oldestAlertDueAt: '2026-11-21T05:00:00.000Z' })
    await t.db.updateTable('alert_outbox').set({ state: 'sent' }).where('chat_id', '=', 101).execute()
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 1, alertsDue: 1, oldestAlertDueAt: '2026-11-21T05:10:00.000Z' })
  })

  it('counts the alerts of a chat told to wait (429) as due once the wait ends, its digest and alerts queued meanwhile too', async () => {
    await seedSubscriber(t.db, { chatId: 101, alertMode: 'digest' })
    t.clock.set('2026-11-21T05:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ publishedAt: '2026-11-21T04:30:00.000Z' }]), t.clock.now())
    await setAlertSettings(t.db, { chatId: 101, chatType: 'private' }, { alertMode: 'instant' }, t.clock.now())
    await publish(t.db, await seedAlertItems(t.db, [{ publishedAt: '2026-11-21T04:40:00.000Z' }]), t.clock.now())
    t.api.once('sendMessage', () => errors.tooManyRequests(3600))
    await t.app.alerts.sender.runOnce()
    t.clock.set('2026-11-21T05:10:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ publishedAt: '2026-11-21T04:50:00.000Z' }]), t.clock.now())

    t.clock.set('2026-11-21T05:59:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 3, alertsDue: 0, oldestAlertDueAt: null })
    t.clock.set('2026-11-21T06:10:00.000Z')
    expect((await health()).snapshot).toMatchObject({ alertsWaiting: 3, alertsDue: 3, oldestAlertDueAt: '2026-11-21T06:00:00.000Z' })
  })
})
