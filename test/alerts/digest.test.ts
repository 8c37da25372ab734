import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backoffMs, MAX_WAIT_HOURS } from '../../src/alerts/deliver.js'
import { MAX_IN_FLIGHT } from '../../src/alerts/pacer.js'
import { recoverInterruptedAlerts } from '../../src/db/outbox.js'
import { enqueueAlerts } from '../../src/alerts/enqueue.js'
import { approveItem, type CurationResult, setItemPartners, undoAction } from '../../src/db/review.js'
import { earliestLocalHour, latestLocalHour } from '../../src/time-zone.js'
import { telegramLength } from '../../src/telegram/length.js'
import { errors, type FakeAnswer, telegramError } from '../helpers/fake-bot-api.js'
import { ADMIN_ID, createTestApp, type TestApp } from '../helpers/test-app.js'
import { command, user } from '../helpers/updates.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

describe('latestLocalHour', () => {
  it.each([
    ['2026-11-21T04:00:00.000Z', 9, 'Asia/Almaty', '2026-11-21T04:00:00.000Z'],
    ['2026-11-21T03:59:59.000Z', 9, 'Asia/Almaty', '2026-11-20T04:00:00.000Z'],
    ['2026-11-21T23:30:00.000Z', 0, 'Asia/Almaty', '2026-11-21T19:00:00.000Z'],
    ['2026-11-21T06:00:00.000Z', 9, 'Europe/Moscow', '2026-11-21T06:00:00.000Z'],
    ['2026-03-29T08:00:00.000Z', 9, 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
    ['2026-03-01T12:00:00.000Z', 8, 'America/New_York', '2026-02-28T13:00:00.000Z'],
    ['2026-11-21T04:00:00.000Z', 9, 'Not/AZone', '2026-11-21T04:00:00.000Z'],
    // New York's clocks skip 02:00–03:00 on 8 March 2026: the day's 02:00 is 03:00 EDT, not 01:00 EST.
    ['2026-03-08T06:30:00.000Z', 2, 'America/New_York', '2026-03-07T07:00:00.000Z'],
    ['2026-03-08T07:00:00.000Z', 2, 'America/New_York', '2026-03-08T07:00:00.000Z'],
    // …and go through 01:00–02:00 twice on 1 November: the first 01:00 (EDT) is the day's.
    ['2026-11-01T06:30:00.000Z', 1, 'America/New_York', '2026-11-01T05:00:00.000Z'],
  ])('at %s, hour %i in %s → %s', (now, hour, zone, expected) => {
    expect(latestLocalHour(new Date(now), hour, zone).toISOString()).toBe(expected)
  })
})

describe('earliestLocalHour', () => {
  it.each([
    ['2026-11-21T04:00:00.000Z', 9, 'Asia/Almaty', '2026-11-21T04:00:00.000Z'],
    ['2026-11-21T04:00:00.001Z', 9, 'Asia/Almaty', '2026-11-22T04:00:00.000Z'],
    ['2026-11-20T23:00:00.000Z', 9, 'Asia/Almaty', '2026-11-21T04:00:00.000Z'],
    ['2026-03-28T08:00:00.001Z', 9, 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
    ['2026-10-24T08:00:00.000Z', 9, 'Europe/Berlin', '2026-10-25T08:00:00.000Z'],
    ['2026-03-07T07:00:00.001Z', 2, 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-03-08T07:00:00.001Z', 2, 'America/New_York', '2026-03-09T06:00:00.000Z'],
  ])('from %s, hour %i in %s → %s', (from, hour, zone, expected) => {
    expect(earliestLocalHour(new Date(from), hour, zone).toISOString()).toBe(expected)
  })
})

/** expect.poll's limit only bounds a failing run; passing never depends on it. */
const POLL = { timeout: 20_000, interval: 20 }

describe('daily digest', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const runDigest = () => t.app.alerts.digest.runOnce()
  const sentTo = (chatId: number) => t.api.sent().filter((c) => c.payload.chat_id === chatId).map((c) => String(c.payload.text))

  /**
   * A kept item and a story told by two sources, queued for chat 203's digest: the second copy is
   * held back as a repeat of the first (published at `copyAt`), and the first is then rejected.
   */
  async function seedWithdrawnStory(copyAt: string): Promise<{ kept: number; first: number; second: number }> {
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [kept, first, second] = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Kept item', publishedAt: '2026-11-21T04:30:00.000Z' },
      { partners: ['RU'], title: 'Memorandum with Russia (ministry)', storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:40:00.000Z' },
      { partners: ['RU'], title: 'Memorandum with Russia (agency)', storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:50:00.000Z' },
    ])
    await publish(t.db, [kept!, first!], t.clock.now())
    t.clock.set(copyAt)
    expect(await publish(t.db, [second!], t.clock.now())).toBe(0)
    await t.db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', first!).execute()
    return { kept: kept!, first: first!, second: second! }
  }

  it('leaves out an item rejected after its row was queued', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [kept, rejected] = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Kept item', publishedAt: '2026-11-21T04:30:00.000Z' },
      { partners: ['RU'], title: 'Soon rejected item', publishedAt: '2026-11-21T04:40:00.000Z' },
    ])
    await publish(t.db, [kept!, rejected!], t.clock.now())
    await t.db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', rejected!).execute()
    t.clock.set('2026-11-22T04:00:30.000Z')
    await runDigest()
    expect(sentTo(203).join('\n')).toContain('Kept item')
    expect(sentTo(203).join('\n')).not.toContain('Soon rejected item')
    expect(await t.db.selectFrom('alert_outbox').select(['article_id', 'state', 'last_error']).orderBy('article_id').execute()).toEqual([
      { article_id: kept, state: 'sent', last_error: null },
      { article_id: rejected, state: 'skipped', last_error: 'withdrawn: no longer published' },
    ])
  })

  it('carries, in place of an item withdrawn as the digest goes out, another source\'s copy of its story held back as a repeat', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU', threadId: 0 }, { type: 'country', value: 'RU', threadId: 42 }] })
    const { first } = await seedWithdrawnStory('2026-11-21T06:00:00.000Z')

    t.clock.set('2026-11-22T04:00:30.000Z')
    await runDigest()
    const digests = sentTo(203)
    expect(digests).toEqual([expect.stringMatching(/— 2 new items[\s\S]*Memorandum with Russia \(agency\)/), expect.stringMatching(/— 2 new items[\s\S]*Memorandum with Russia \(agency\)/)])
    expect(t.api.sent().map((c) => c.payload.message_thread_id ?? 0)).toEqual([0, 42])
    expect(await t.db.selectFrom('alert_outbox').select(['article_id', 'state']).where('state', '!=', 'sent').execute()).toEqual([
      { article_id: first, state: 'skipped' },
      { article_id: first, state: 'skipped' },
    ])
  })

  it('keeps the copy queued in a withdrawn entry\'s place, though queued after the digest\'s hour, in that digest when it is sent again after a 429', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    const { kept, first, second } = await seedWithdrawnStory('2026-11-21T05:00:00.000Z')

    t.clock.set('2026-11-22T04:00:30.000Z')
    t.api.once('sendMessage', () => errors.tooManyRequests(60))
    await runDigest()
    expect(await t.db.selectFrom('alert_outbox').select(['article_id', 'state', 'created_at']).where('article_id', '=', second).execute()).toEqual([
      { article_id: second, state: 'pending', created_at: '2026-11-22T04:00:30.000Z' },
    ])
    t.clock.advance(60_000)
    await runDigest()
    expect(sentTo(203)).toHaveLength(2)
    expect(sentTo(203)[1]).toMatch(/— 2 new items[\s\S]*Memorandum with Russia \(agency\)/)
    expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[kept, 'sent'], [first, 'skipped'], [second, 'sent']])
  })

  it('carries the copy queued in a withdrawn entry\'s place in the digest a restart sends, when the process died right after queueing it, and sends again none of what went out before', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU', threadId: 0 }, { type: 'country', value: 'RU', threadId: 42 }] })
    await seedSubscriber(t.db, { chatId: 204, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    const { kept, first, second } = await seedWithdrawnStory('2026-11-21T06:00:00.000Z')
    // The process dies once the copy is queued for topic 42 and before it is claimed for the digest:
    // the claim's write fails (a trigger refuses it), and nothing after it runs.
    await sql`CREATE TRIGGER died_before_claim BEFORE UPDATE OF state ON alert_outbox
      WHEN NEW.article_id = ${sql.lit(second)} AND NEW.message_thread_id = 42 AND NEW.state = 'sending'
      BEGIN SELECT RAISE(ABORT, 'process killed'); END`.execute(t.db)

    t.clock.set('2026-11-22T04:00:30.000Z')
    await runDigest()
    const sentAll = () => t.api.sent().map((c) => ({ chat: c.payload.chat_id, thread: c.payload.message_thread_id ?? 0, text: String(c.payload.text) }))
    expect(sentAll().map(({ chat, thread }) => [chat, thread]).sort()).toEqual([[203, 0], [204, 0]])
    await sql`DROP TRIGGER died_before_claim`.execute(t.db)

    // The restart: the alerts left claimed are due again, and the digest loop runs.
    t.clock.advance(60_000)
    await recoverInterruptedAlerts(t.db, t.clock.now())
    await runDigest()
    const sent = sentAll()
    expect(sent).toHaveLength(3)
    expect(sent.slice(0, 2)).toEqual(expect.arrayContaining([
      { chat: 203, thread: 0, text: expect.stringMatching(/— 2 new items[\s\S]*Memorandum with Russia \(agency\)/) },
      { chat: 204, thread: 0, text: expect.stringMatching(/— 2 new items[\s\S]*Memorandum with Russia \(agency\)/) },
    ]))
    expect(sent[2]).toEqual({ chat: 203, thread: 42, text: expect.stringMatching(/— 2 new items[\s\S]*Kept item[\s\S]*Memorandum with Russia \(agency\)/) })
    const rows = await t.db.selectFrom('alert_outbox').select(['chat_id', 'message_thread_id', 'article_id', 'state']).where('chat_id', '=', 203).orderBy('message_thread_id').orderBy('article_id').execute()
    expect(rows.map((r) => [r.message_thread_id, r.article_id, r.state])).toEqual([
      [0, kept, 'sent'], [0, first, 'skipped'], [0, second, 'sent'],
      [42, kept, 'sent'], [42, first, 'skipped'], [42, second, 'sent'],
    ])
    await runDigest()
    expect(t.api.sent()).toHaveLength(3)
  })

  it('carries an entry an admin\'s relabel withdrew from a digest not yet sent (told to wait) in that digest once the relabel is undone, and in no later one', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [kept, moved] = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Kept item', publishedAt: '2026-11-21T04:30:00.000Z' },
      { partners: ['RU'], title: 'Relabelled item', publishedAt: '2026-11-21T04:40:00.000Z' },
    ])
    await publish(t.db, [kept!, moved!], t.clock.now())
    const curationAlerts = () => {
      const policy = { now: t.clock.now(), maxAgeHours: t.deps.config.alertMaxAgeHours }
      return (trx: Parameters<typeof enqueueAlerts>[0], articleId: number) => enqueueAlerts(trx, articleId, policy)
    }
    t.clock.set('2026-11-21T06:00:00.000Z')
    const edit = await setItemPartners(t.db, { articleId: moved!, adminId: ADMIN_ID, now: t.clock.now(), partners: ['FR'] }, curationAlerts())

    t.clock.set('2026-11-22T04:00:30.000Z')
    t.api.once('sendMessage', () => errors.tooManyRequests(600))
    await runDigest()
    expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[kept, 'pending'], [moved, 'skipped']])

    t.clock.advance(60_000)
    expect(await undoAction(t.db, { auditId: (edit as Extract<CurationResult, { ok: true }>).auditId, adminId: ADMIN_ID, now: t.clock.now() }, curationAlerts())).toMatchObject({ ok: true, alertsQueued: 1 })
    t.clock.advance(600_000)
    await runDigest()
    expect(sentTo(203)).toHaveLength(2)
    expect(sentTo(203)[1]).toMatch(/— 2 new items[\s\S]*Kept item[\s\S]*Relabelled item/)
    expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[kept, 'sent'], [moved, 'sent']])
    t.clock.set('2026-11-23T04:00:30.000Z')
    await runDigest()
    expect(sentTo(203)).toHaveLength(2)
  })

  it('carries, in place of an entry whose approval is undone while its digest waits to go out (told to wait), another source\'s copy held back as its repeat, in that digest', async () => {
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    const curationAlerts = () => {
      const policy = { now: t.clock.now(), maxAgeHours: t.deps.config.alertMaxAgeHours }
      return (trx: Parameters<typeof enqueueAlerts>[0], articleId: number) => enqueueAlerts(trx, articleId, policy)
    }
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [approved, copy] = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Memorandum with Russia (ministry)', storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:40:00.000Z', status: 'flagged', kind: 'agreement' },
      { partners: ['RU'], title: 'Memorandum with Russia (agency)', storyKey: 'kz-ru-memorandum', publishedAt: '2026-11-21T04:50:00.000Z', status: 'flagged' },
    ])
    const approval = await approveItem(t.db, { articleId: approved!, adminId: ADMIN_ID, now: t.clock.now() }, curationAlerts())
    t.clock.set('2026-11-21T06:00:00.000Z')
    await t.db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', copy!).execute()
    expect(await publish(t.db, [copy!], t.clock.now())).toBe(0)

    t.clock.set('2026-11-22T04:00:30.000Z')
    t.api.once('sendMessage', () => errors.tooManyRequests(600))
    await runDigest()
    t.clock.advance(60_000)
    expect(await undoAction(t.db, { auditId: (approval as Extract<CurationResult, { ok: true }>).auditId, adminId: ADMIN_ID, now: t.clock.now() }, curationAlerts())).toMatchObject({ ok: true, alertsWithdrawn: 1, storyAlertsQueued: 1 })
    t.clock.advance(600_000)
    await runDigest()
    // The first is the digest Telegram told to wait.
    expect(sentTo(203)).toEqual([expect.stringContaining('(ministry)'), expect.stringMatching(/— 1 new item\b[\s\S]*Memorandum with Russia \(agency\)/)])
    t.clock.set('2026-11-23T04:00:30.000Z')
    await runDigest()
    expect(sentTo(203)).toHaveLength(2)
  })

  it('leaves out an item whose partners an admin changed so that it no longer matches, unless another subscription of that chat or topic still does', async () => {
    await seedSubscriber(t.db, { chatId: 204, alertMode: 'digest', topics: [{ type: 'country', value: 'RU' }] })
    await seedSubscriber(t.db, { chatId: 205, alertMode: 'digest', topics: [{ type: 'country', value: 'RU' }, { type: 'country', value: 'FR' }] })
    await seedSubscriber(t.db, { chatId: 206, alertMode: 'digest', topics: [{ type: 'country', value: 'RU' }, { type: 'keyword', value: 'theatre' }] })
    // France followed in another forum topic of the chat does not carry the item to this one.
    await seedSubscriber(t.db, { chatId: -1207, alertMode: 'digest', topics: [{ type: 'country', value: 'RU', threadId: 42 }, { type: 'country', value: 'FR', threadId: 43 }] })
    t.clock.set('2026-11-21T05:00:00.000Z')
    const [moved, kept] = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Theatre tour abroad', lang: 'en', body: 'The national theatre goes on tour.', publishedAt: '2026-11-21T04:30:00.000Z' },
      { partners: ['RU'], title: 'Russian museum days', lang: 'en', body: 'Museums open their doors.', publishedAt: '2026-11-21T04:40:00.000Z' },
    ])
    await publish(t.db, [moved!, kept!], t.clock.now())
    t.clock.set('2026-11-21T06:00:00.000Z')
    expect(await setItemPartners(t.db, { articleId: moved!, adminId: ADMIN_ID, now: t.clock.now(), partners: ['FR'] }, () => Promise.resolve(0))).toMatchObject({ ok: true })

    t.clock.set('2026-11-22T04:00:30.000Z')
    await runDigest()
    for (const chatId of [204, -1207]) expect(sentTo(chatId)).toEqual([expect.stringMatching(/— 1 new item[\s\S]*Russian museum days/)])
    for (const chatId of [205, 206]) expect(sentTo(chatId)).toEqual([expect.stringMatching(/— 2 new items[\s\S]*Theatre tour abroad/)])
    const rows = await t.db.selectFrom('alert_outbox').select(['chat_id', 'state', 'last_error']).where('article_id', '=', moved!).orderBy('chat_id').execute()
    expect(rows).toEqual([
      { chat_id: -1207, state: 'skipped', last_error: 'withdrawn: no longer matches' },
      { chat_id: 204, state: 'skipped', last_error: 'withdrawn: no longer matches' },
      { chat_id: 205, state: 'sent', last_error: null },
      { chat_id: 206, state: 'sent', last_error: null },
    ])
  })

  describe('an item an admin relabelled while the digests are going out', () => {
    const relabel = (articleId: number) => setItemPartners(t.db, { articleId, adminId: ADMIN_ID, now: t.clock.now(), partners: ['FR'] }, () => Promise.resolve(0))
    const rowsOf = async (articleId: number) => t.db.selectFrom('alert_outbox').select(['chat_id', 'state', 'last_error']).where('article_id', '=', articleId).orderBy('chat_id').execute()

    it('is left out of the digests not sent yet', async () => {
      // More chats than digests go out at once: the others start once those are answered.
      const chats = Array.from({ length: MAX_IN_FLIGHT + 4 }, (_, i) => 301 + i)
      for (const chatId of chats) await seedSubscriber(t.db, { chatId, alertMode: 'digest', topics: [{ type: 'country', value: 'RU' }] })
      t.clock.set('2026-11-21T05:00:00.000Z')
      const [moved, kept] = await seedAlertItems(t.db, [
        { partners: ['RU'], title: 'Theatre tour abroad', publishedAt: '2026-11-21T04:30:00.000Z' },
        { partners: ['RU'], title: 'Russian museum days', publishedAt: '2026-11-21T04:40:00.000Z' },
      ])
      await publish(t.db, [moved!, kept!], t.clock.now())
      t.clock.set('2026-11-22T04:00:30.000Z')
      const release = t.api.holdAnswers('sendMessage')

      const digest = runDigest()
      await expect.poll(() => t.api.pending, POLL).toBe(MAX_IN_FLIGHT)
      const onTheWire = t.api.sent().map((c) => Number(c.payload.chat_id))
      expect(await relabel(moved!)).toMatchObject({ ok: true })
      release()
      await digest

      for (const chatId of chats) {
        expect(sentTo(chatId)).toEqual([onTheWire.includes(chatId) ? expect.stringMatching(/— 2 new items/) : expect.stringMatching(/— 1 new item\b[\s\S]*Russian museum days/)])
      }
      expect(await rowsOf(moved!)).toEqual(chats.map((chatId) => (onTheWire.includes(chatId) ? { chat_id: chatId, state: 'sent', last_error: null } : { chat_id: chatId, state: 'skipped', last_error: 'withdrawn: no longer matches' })))
      expect((await rowsOf(kept!)).map((r) => r.state)).toEqual(Array(chats.length).fill('sent'))
    })

    /** A digest of 60 items whose first part is on the wire, its answer held: the items, that part, and what lets the rest go. */
    async function holdFirstPartOfLongDigest(): Promise<{ ids: number[]; first: string; finish: () => Promise<void> }> {
      await seedSubscriber(t.db, { chatId: 201, alertMode: 'digest', topics: [{ type: 'country', value: 'RU' }] })
      t.clock.set('2026-11-21T03:00:00.000Z')
      const ids = await seedAlertItems(t.db, Array.from({ length: 60 }, (_, i) => ({ partners: ['RU'], title: `Item ${i} <${'x'.repeat(180)}>`, publishedAt: '2026-11-20T10:00:00.000Z' })))
      await publish(t.db, ids, t.clock.now())
      t.clock.set('2026-11-21T04:00:00.000Z')
      const release = t.api.holdAnswers('sendMessage')
      const digest = runDigest()
      await expect.poll(() => t.api.pending, POLL).toBe(1)
      const [first] = sentTo(201)
      return { ids, first: first!, finish: async () => {
        release()
        await digest
      } }
    }

    it('is left out of the parts of a long digest not sent yet', async () => {
      const { ids, first, finish } = await holdFirstPartOfLongDigest()
      const moved = ids.findIndex((_, i) => !first.includes(`Item ${i} &lt;`))
      expect(await relabel(ids[moved]!)).toMatchObject({ ok: true })
      await finish()

      // The parts after the change count the items of the digest without it, and are numbered on.
      const parts = sentTo(201)
      expect(parts.length).toBeGreaterThan(2)
      for (const [i, part] of parts.entries()) {
        expect(part).toMatch(i === 0 ? /— 60 new items/ : /— 59 new items/)
        expect(part).toContain(`Part ${i + 1} of ${parts.length}`)
      }
      for (const [i] of ids.entries()) expect(parts.filter((p) => p.includes(`Item ${i} &lt;`))).toHaveLength(i === moved ? 0 : 1)
      expect(await rowsOf(ids[moved]!)).toEqual([{ chat_id: 201, state: 'skipped', last_error: 'withdrawn: no longer matches' }])
      expect((await outboxRows(t.db, 'sent')).length).toBe(ids.length - 1)
    })

    /** Relabels all but `kept` of the items the first part of a long digest does not show, while it is on the wire: the parts sent, the number the first announced, the items kept. */
    async function withdrawMostDuringFirstPart(kept: number): Promise<{ parts: string[]; announced: number; keptTitles: string[] }> {
      const { ids, first, finish } = await holdFirstPartOfLongDigest()
      const announced = Number(/Part 1 of (\d+)/.exec(first)?.[1])
      const unsent = ids.map((id, i) => ({ id, title: `Item ${i} &lt;` })).filter(({ title }) => !first.includes(title))
      for (const { id } of unsent.slice(kept)) expect(await relabel(id)).toMatchObject({ ok: true })
      await finish()
      // Each item left sent once, none withdrawn sent.
      expect((await outboxRows(t.db, 'sent')).length).toBe(ids.length - unsent.length + kept)
      expect((await outboxRows(t.db, 'skipped')).length).toBe(unsent.length - kept)
      return { parts: sentTo(201), announced, keptTitles: unsent.slice(0, kept).map(({ title }) => title) }
    }

    it('keeps, when most items of a long digest are withdrawn, the number of parts the first announced, with fewer items in the parts still to come', async () => {
      const { parts, announced, keptTitles } = await withdrawMostDuringFirstPart(5)
      // The 5 items left would fit one part, where 2 or more were announced after the first.
      expect(announced).toBeGreaterThanOrEqual(3)
      expect(announced - 1).toBeLessThanOrEqual(keptTitles.length)
      expect(parts).toHaveLength(announced)
      for (const [i, part] of parts.entries()) expect(part).toContain(`Part ${i + 1} of ${announced}</i>`)
      for (const title of keptTitles) expect(parts.slice(1).filter((p) => p.includes(title))).toHaveLength(1)
    })

    it('says the parts of a long digest were recounted when too few items are left to fill those announced', async () => {
      const { parts, announced, keptTitles } = await withdrawMostDuringFirstPart(1)
      expect(announced).toBeGreaterThanOrEqual(3)
      expect(parts).toEqual([
        expect.stringContaining(`Part 1 of ${announced}</i>`),
        expect.stringContaining(`Part 2 of 2 (not ${announced}: items were withdrawn or changed while the digest was being sent)</i>`),
      ])
      expect(parts[1]).toContain(keptTitles[0])
    })
  })

  it('dates an English digest day before month, as its items are dated', async () => {
    await seedSubscriber(t.db, { chatId: 204, language: 'en', alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T03:30:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Days of Russian culture in Astana', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    expect(sentTo(204)).toEqual([expect.stringMatching(/^📰 <b>Daily digest, 21 November<\/b> — 1 new item\n[\s\S]*20 Nov 2026/)])
  })

  it('dates a digest held past midnight by a 429 the day it was due, not the day it leaves', async () => {
    await seedSubscriber(t.db, { chatId: 204, language: 'ru', alertMode: 'digest', digestHour: 23 })
    t.clock.set('2026-11-21T12:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Дни культуры России в Астане', publishedAt: '2026-11-21T11:00:00.000Z' }]), t.clock.now())
    // 23:00 in Almaty on 21 November is 17:00 or 18:00 UTC, by the zone data's offset; 18:30 UTC is past it either way.
    t.clock.set('2026-11-21T18:30:00.000Z')
    t.api.once('sendMessage', () => errors.tooManyRequests(7200))
    await runDigest()
    expect(sentTo(204)).toHaveLength(1)
    t.clock.advance(7_200_000)
    await runDigest()
    expect(sentTo(204)).toHaveLength(2)
    expect(sentTo(204)[1]).toMatch(/^📰 <b>Дайджест за 21 ноября<\/b>/)
  })

  it.each([
    ['ru', /^📰 <b>Дайджест за 21 ноября<\/b>/],
    ['kk', /^📰 <b>21 қараша күнгі дайджест<\/b>/],
    ['en', /^📰 <b>Daily digest, 21 November<\/b>/],
  ] as const)('heads a digest due at 00:00 with the day it covers, not the day that begins (%s)', async (language, heading) => {
    await seedSubscriber(t.db, { chatId: 205, language, alertMode: 'digest', digestHour: 0 })
    t.clock.set('2026-11-21T12:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Дни культуры России в Астане', publishedAt: '2026-11-21T11:00:00.000Z' }]), t.clock.now())
    // 00:00 on 22 November in Almaty is 18:00 or 19:00 UTC on the 21st, by the zone data's offset; 19:30 is past it either way.
    t.clock.set('2026-11-21T19:30:00.000Z')
    await runDigest()
    expect(sentTo(205)).toEqual([expect.stringMatching(heading)])
  })

  it('numbers the parts a retry sends on from those already sent, under the same count, not as a new digest from part 1', async () => {
    await seedSubscriber(t.db, { chatId: 206, language: 'ru', alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const items = Array.from({ length: 40 }, (_, i) => ({
      partners: [['RU', 'FR', 'DE'][i % 3]!],
      title: `Материал ${i + 1}: ${'о сотрудничестве в области культуры и искусства '.repeat(3)}`,
      publishedAt: new Date(Date.parse('2026-11-20T10:00:00.000Z') + i * 60_000).toISOString(),
    }))
    await publish(t.db, await seedAlertItems(t.db, items), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    let calls = 0
    // The first part leaves, the second meets a 5xx: the digest is tried again later.
    t.api.failFor({ method: 'sendMessage', chatId: 206, times: 2 }, (payload) => (++calls === 2 ? errors.serverError() : { body: { ok: true, result: { message_id: 9001, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text } } }))
    await runDigest()
    for (let hour = 0; hour < 5; hour += 1) {
      t.clock.advance(3_600_000)
      await runDigest()
    }
    const delivered = sentTo(206).filter((_, i) => i !== 1)
    expect(delivered.map((text) => text.split('\n').at(-1))).toEqual(['<i>Часть 1 из 3</i>', '<i>Часть 2 из 3</i>', '<i>Часть 3 из 3</i>'])
    expect(delivered.every((text) => text.startsWith('📰 <b>Дайджест за 21 ноября</b> — 40 новых материалов'))).toBe(true)
    const numbers = delivered.flatMap((text) => [...text.matchAll(/Материал (\d+):/g)].map((m) => Number(m[1])))
    expect(numbers.sort((a, b) => a - b)).toEqual(items.map((_, i) => i + 1))
  })

  it('sends no digest of what a chat has unsubscribed from, when it follows nothing else', async () => {
    await seedSubscriber(t.db, { chatId: 61, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'RU' }] })
    t.clock.set('2026-11-21T05:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Russian item', publishedAt: '2026-11-21T04:30:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T10:00:00.000Z')
    await t.bot.handleUpdate(command(user(61, 'en'), '/unsubscribe russia'))
    t.api.clearCalls()
    t.clock.set('2026-11-22T04:00:30.000Z')
    await runDigest()
    expect(t.api.sent()).toEqual([])
    expect(await t.db.selectFrom('alert_outbox').selectAll().execute()).toEqual([])
  })

  it.each([
    ['en', /\n\n🇫🇷 <b>France<\/b>\n• [^\n]*Louvre loan[^\n]*\n\n🏛 <b>UNESCO<\/b>\n• [^\n]*Heritage listing[^\n]*\n\n<b>🏠 Domestic cooperation<\/b>\n• [^\n]*Two museums of Kazakhstan/],
    ['ru', /\n\n🇫🇷 <b>Франция<\/b>\n• [^\n]*Louvre loan[^\n]*\n\n🏛 <b>ЮНЕСКО<\/b>\n• [^\n]*Heritage listing[^\n]*\n\n<b>🏠 Сотрудничество внутри страны<\/b>\n• [^\n]*Two museums of Kazakhstan/],
    ['kk', /\n\n🇫🇷 <b>Франция<\/b>\n• [^\n]*Louvre loan[^\n]*\n\n🏛 <b>ЮНЕСКО<\/b>\n• [^\n]*Heritage listing[^\n]*\n\n<b>🏠 Ел ішіндегі ынтымақтастық<\/b>\n• [^\n]*Two museums of Kazakhstan/],
  ] as const)('heads domestic items with their own mark, not an organisation\'s, and files an organisation\'s item under it (%s)', async (language, grouped) => {
    await seedSubscriber(t.db, { chatId: 204, language, alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const ids = await seedAlertItems(t.db, [
      { partners: [], title: 'Two museums of Kazakhstan sign a memorandum', publishedAt: '2026-11-20T10:00:00.000Z' },
      { partners: [], orgs: ['UNESCO'], title: 'Heritage listing with UNESCO', publishedAt: '2026-11-20T11:00:00.000Z' },
      { partners: ['FR'], title: 'Louvre loan', publishedAt: '2026-11-20T12:00:00.000Z' },
    ])
    await publish(t.db, ids, t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const [digest, ...more] = sentTo(204)
    expect(more).toEqual([])
    expect(digest).toMatch(grouped)
  })

  it('arrives at the subscriber\'s hour in their time zone and language, grouped by country, once a day', async () => {
    await seedSubscriber(t.db, { chatId: 201, language: 'ru', alertMode: 'digest', digestHour: 9 })
    await seedSubscriber(t.db, { chatId: 202, language: 'kk', alertMode: 'digest', digestHour: 9, timeZone: 'Europe/Moscow' })
    await seedSubscriber(t.db, { chatId: 203, alertMode: 'digest', topics: [{ type: 'country', value: 'JP' }] })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const ids = await seedAlertItems(t.db, [
      { partners: ['RU'], title: 'Дни культуры России в Астане', publishedAt: '2026-11-20T10:00:00.000Z' },
      { partners: ['FR'], title: 'Лувр & Национальный музей', publishedAt: '2026-11-20T11:00:00.000Z' },
      { partners: ['RU', 'BY'], title: 'Гастроли МХАТ', publishedAt: '2026-11-20T12:00:00.000Z' },
      { partners: [], title: 'Меморандум двух музеев Казахстана', publishedAt: '2026-11-20T13:00:00.000Z' },
    ])
    await publish(t.db, ids, t.clock.now())
    expect(await outboxRows(t.db)).toHaveLength(8)

    await runDigest()
    expect(t.api.sent()).toHaveLength(0)

    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    await runDigest()
    const [ru, ...moreRu] = sentTo(201)
    expect(moreRu).toEqual([])
    expect(ru).toMatch(/^📰 <b>Дайджест за 21 ноября<\/b> — 4 новых материала/)
    expect(ru).toContain('Лувр &amp; Национальный музей')
    // Grouped under the first partner, countries by name in the reader's language, domestic last.
    const order = ['🇧🇾 <b>Беларусь', 'Гастроли МХАТ', '🇷🇺 <b>Россия', 'Дни культуры России', '🇫🇷 <b>Франция', '🏠 Сотрудничество внутри страны', 'Меморандум двух музеев'].map((s) => ru!.indexOf(s))
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true)
    expect(sentTo(202)).toEqual([])

    t.clock.set('2026-11-21T06:00:00.000Z')
    await runDigest()
    expect(sentTo(202)).toEqual([expect.stringMatching(/дайджест<\/b> — 4 жаңа материал/)])
    expect(sentTo(203)).toEqual([])
    expect((await outboxRows(t.db)).map((r) => r.state)).toEqual(Array(8).fill('sent'))

    // Published after today's digest: waits for tomorrow's, and nothing is sent in between.
    t.clock.set('2026-11-21T07:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Новый меморандум', publishedAt: '2026-11-21T06:30:00.000Z' }]), t.clock.now())
    await runDigest()
    t.clock.set('2026-11-22T03:59:00.000Z')
    await runDigest()
    expect(sentTo(201)).toHaveLength(1)
    t.clock.set('2026-11-22T04:00:00.000Z')
    await runDigest()
    expect(sentTo(201)).toEqual([expect.any(String), expect.stringMatching(/1 новый материал[\s\S]*Новый меморандум/)])
  })

  it('files an item with several partners under the one the chat follows, naming the others on its line', async () => {
    await seedSubscriber(t.db, { chatId: 204, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'IT' }] })
    await seedSubscriber(t.db, { chatId: 205, language: 'ru', alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'FR' }, { type: 'country', value: 'IT' }] })
    t.clock.set('2026-11-21T03:30:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['FR', 'IT'], title: 'Joint exhibition in Paris and Rome', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const [italian] = sentTo(204)
    expect(italian).toMatch(/🇮🇹 <b>Italy<\/b>\n• Agreement · 20 Nov 2026 · 🇫🇷 France — <a [^>]+>Joint exhibition in Paris and Rome<\/a>/)
    expect(italian).not.toContain('🇫🇷 <b>France')
    // A chat that follows both has it once, under the first of them it follows, the other named beside it.
    const [both] = sentTo(205)
    expect(both).toMatch(/🇫🇷 <b>Франция<\/b>\n• Соглашение · 20 нояб\. 2026 г\. · 🇮🇹 Италия — /)
    expect(both).not.toContain('🇮🇹 <b>Италия')
  })

  it('files an item, for a chat that follows all, under the partner its headline names first, not the first by ISO code', async () => {
    await seedSubscriber(t.db, { chatId: 206, language: 'ru', alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T03:30:00.000Z')
    await publish(
      t.db,
      await seedAlertItems(t.db, [
        { partners: ['AT', 'FR', 'TR'], title: 'Казахстан и Турция подписали меморандум о культурном сотрудничестве', body: 'На церемонии присутствовали послы Франции и Австрии.', publishedAt: '2026-11-20T10:00:00.000Z' },
        { partners: ['AT', 'IT'], title: 'Гастроли театра', body: 'Театр выступит в Италии, затем в Австрии.', publishedAt: '2026-11-20T11:00:00.000Z' },
      ]),
      t.clock.now(),
    )
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const [digest] = sentTo(206)
    expect(digest).toMatch(/🇹🇷 <b>Турция<\/b>\n• [^\n]*🇦🇹 Австрия · 🇫🇷 Франция — <a [^>]+>Казахстан и Турция подписали/)
    // Named by its lead where its headline names no partner.
    expect(digest).toMatch(/🇮🇹 <b>Италия<\/b>\n• [^\n]*🇦🇹 Австрия — <a [^>]+>Гастроли театра/)
    expect(digest).not.toContain('<b>Австрия</b>')
  })

  it('files an item a chat follows for an organisation under that organisation, its countries named on its line, and names its organisations on the line as its card does', async () => {
    await seedSubscriber(t.db, { chatId: 208, language: 'ru', alertMode: 'digest', digestHour: 9, topics: [{ type: 'org', value: 'TURKSOY' }] })
    await seedSubscriber(t.db, { chatId: 209, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'TR' }] })
    t.clock.set('2026-11-21T03:30:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['TR', 'AZ'], orgs: ['TURKSOY'], title: 'Turkic culture days', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const [byOrg] = sentTo(208)
    expect(byOrg).toMatch(/🏛 <b>ТЮРКСОЙ<\/b>\n• Соглашение · 20 нояб\. 2026 г\. · 🇦🇿 Азербайджан · 🇹🇷 Турция — <a [^>]+>Turkic culture days<\/a>/)
    expect(byOrg).not.toContain('<b>Азербайджан')
    // A chat following a country has it under that country, the organisation named beside its other partners.
    const [byCountry] = sentTo(209)
    expect(byCountry).toMatch(/🇹🇷 <b>Türkiye<\/b>\n• Agreement · 20 Nov 2026 · 🇦🇿 Azerbaijan · 🏛 TURKSOY — /)
  })

  it('names no more of an item\'s partners on its line than its card does, the rest counted (13 partners: the one it is filed under, 7 beside it, "and 5 more")', async () => {
    await seedSubscriber(t.db, { chatId: 206, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'IT' }] })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const partners = ['FR', 'IT', 'DE', 'ES', 'PT', 'NL', 'BE', 'AT', 'PL', 'CZ', 'HU', 'GR', 'SE']
    await publish(t.db, await seedAlertItems(t.db, [{ partners, title: 'Days of European cinema', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const [digest] = sentTo(206)
    expect(digest).toMatch(/🇮🇹 <b>Italy<\/b>\n• Agreement · 20 Nov 2026 · 🇦🇹 Austria · 🇧🇪 Belgium · 🇨🇿 Czechia · 🇩🇪 Germany · 🇪🇸 Spain · 🇫🇷 France · 🇬🇷 Greece and 5 more — <a /)
    expect(digest).not.toContain('Poland')
  })

  it('names on an item\'s line every organisation the chat follows, where the second would fall among the "and N more" (filed under a country or under the first)', async () => {
    const topics = [{ type: 'org' as const, value: 'UNESCO' }, { type: 'org' as const, value: 'TURKSOY' }]
    await seedSubscriber(t.db, { chatId: 211, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'IT' }, ...topics] })
    await seedSubscriber(t.db, { chatId: 212, alertMode: 'digest', digestHour: 9, topics })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const partners = ['FR', 'IT', 'DE', 'ES', 'PT', 'NL', 'BE', 'AT', 'PL', 'CZ', 'HU', 'GR', 'SE']
    await publish(t.db, await seedAlertItems(t.db, [{ partners, orgs: ['UNESCO', 'TURKSOY'], title: 'Days of heritage', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    const line = (chatId: number) => sentTo(chatId)[0]!.split('\n').find((l) => l.includes('Days of heritage'))!
    expect(line(211)).toContain('🏛 UNESCO')
    expect(line(211)).toContain('🏛 TURKSOY')
    expect(line(211)).toMatch(/ and 7 more — /)
    expect(sentTo(212)[0]).toMatch(/🏛 <b>(UNESCO|TURKSOY)<\/b>\n• /)
    expect(line(212)).toMatch(/ · 🏛 (UNESCO|TURKSOY) · /)
  })

  it('names on an item\'s line the organisation the chat follows, first, where it would fall among the "and N more"', async () => {
    await seedSubscriber(t.db, { chatId: 210, alertMode: 'digest', digestHour: 9, topics: [{ type: 'country', value: 'IT' }, { type: 'org', value: 'UNESCO' }] })
    t.clock.set('2026-11-21T03:30:00.000Z')
    const partners = ['FR', 'IT', 'DE', 'ES', 'PT', 'NL', 'BE', 'AT', 'PL', 'CZ', 'HU', 'GR', 'SE']
    await publish(t.db, await seedAlertItems(t.db, [{ partners, orgs: ['UNESCO'], title: 'Days of European heritage', publishedAt: '2026-11-20T10:00:00.000Z' }]), t.clock.now())
    t.clock.set('2026-11-21T04:00:30.000Z')
    await runDigest()
    expect(sentTo(210)[0]).toMatch(/🇮🇹 <b>Italy<\/b>\n• Agreement · 20 Nov 2026 · 🏛 UNESCO · 🇦🇹 Austria · 🇧🇪 Belgium · 🇨🇿 Czechia · 🇩🇪 Germany · 🇪🇸 Spain · 🇫🇷 France and 6 more — <a /)
  })

  it('comes, on the day the clocks skip the subscriber\'s hour, at the first hour that exists after it (02:00 in New York on 8 March: 03:00 EDT), not an hour early', async () => {
    await seedSubscriber(t.db, { chatId: 207, alertMode: 'digest', digestHour: 2, timeZone: 'America/New_York' })
    t.clock.set('2026-03-08T05:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Spring item', publishedAt: '2026-03-08T04:30:00.000Z' }]), t.clock.now())

    for (const at of ['2026-03-08T06:00:30.000Z', '2026-03-08T06:59:59.000Z']) {
      t.clock.set(at)
      await runDigest()
    }
    expect(sentTo(207)).toEqual([])
    t.clock.set('2026-03-08T07:00:30.000Z')
    await runDigest()
    expect(sentTo(207)).toEqual([expect.stringContaining('Spring item')])

    // The next day 02:00 exists again, in summer time.
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Next day item', publishedAt: '2026-03-08T06:50:00.000Z' }]), t.clock.now())
    t.clock.set('2026-03-09T05:59:59.000Z')
    await runDigest()
    t.clock.set('2026-03-09T06:00:30.000Z')
    await runDigest()
    expect(sentTo(207)).toEqual([expect.stringContaining('Spring item'), expect.stringContaining('Next day item')])
  })

  it('pages a long digest into messages under 4096 characters, each item in exactly one', async () => {
    await seedSubscriber(t.db, { chatId: 201, language: 'en', alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T03:00:00.000Z')
    const partners = ['RU', 'FR', 'CN', 'TR', 'DE']
    const ids = await seedAlertItems(
      t.db,
      Array.from({ length: 60 }, (_, i) => ({ partners: [partners[i % 5]!], title: `Item ${i} <${'x'.repeat(180)}>`, publishedAt: '2026-11-20T10:00:00.000Z' })),
    )
    await publish(t.db, ids, t.clock.now())
    t.clock.set('2026-11-21T04:00:00.000Z')
    await runDigest()

    const pages = sentTo(201)
    expect(pages.length).toBeGreaterThan(1)
    for (const [i, page] of pages.entries()) {
      expect(telegramLength(page)).toBeLessThanOrEqual(4096)
      expect(page).toContain(`Part ${i + 1} of ${pages.length}`)
    }
    for (let i = 0; i < 60; i += 1) expect(pages.filter((p) => p.includes(`Item ${i} &lt;`))).toHaveLength(1)
    const rows = await outboxRows(t.db)
    expect(rows.every((r) => r.state === 'sent')).toBe(true)
    expect(new Set(rows.map((r) => r.telegram_message_id)).size).toBe(pages.length)
  })

  describe('in a forum', () => {
    const FORUM = -1002
    const threadsSent = () => t.api.sent().map((c) => c.payload.message_thread_id as number)
    const statesIn = async (threadId: number) => (await outboxRows(t.db)).filter((r) => r.message_thread_id === threadId).map((r) => r.state)

    beforeEach(async () => {
      await seedSubscriber(t.db, { chatId: FORUM, alertMode: 'digest', topics: [{ type: 'country', value: 'RU', threadId: 7 }, { type: 'country', value: 'RU', threadId: 8 }] })
      t.clock.set('2026-11-21T05:00:00.000Z')
      const items = [{ partners: ['RU'], title: 'First item', publishedAt: '2026-11-21T04:30:00.000Z' }, { partners: ['RU'], title: 'Second item', publishedAt: '2026-11-21T04:40:00.000Z' }]
      await publish(t.db, await seedAlertItems(t.db, items), t.clock.now())
      t.clock.set('2026-11-22T04:00:30.000Z')
    })

    it.each<[string, FakeAnswer, 'pending' | 'failed']>([
      ['a 5xx', telegramError(500, 'Internal Server Error'), 'pending'],
      ['its topic deleted', telegramError(400, 'Bad Request: message thread not found'), 'failed'],
    ])('sends the other topics their digest when one topic\'s fails (%s), and retries only that one', async (_, answer, state) => {
      t.api.once('sendMessage', () => answer, { chatId: FORUM })
      await runDigest()
      const [failed, other] = threadsSent()
      expect([failed, other].sort()).toEqual([7, 8])
      expect(await statesIn(other!)).toEqual(['sent', 'sent'])
      expect(await statesIn(failed!)).toEqual([state, state])

      t.clock.advance(backoffMs(1))
      await runDigest()
      await runDigest()
      if (state === 'failed') {
        expect(threadsSent()).toEqual([failed, other])
        return
      }
      expect(threadsSent()).toEqual([failed, other, failed])
      expect(String(t.api.sent().at(-1)?.payload.text)).toMatch(/2 new items[\s\S]*First item[\s\S]*Second item/)
      expect(await statesIn(failed!)).toEqual(['sent', 'sent'])
    })

    it('stops following in a topic that was deleted (400 message thread not found): the next day\'s digest goes to the other topic alone', async () => {
      t.api.once('sendMessage', () => telegramError(400, 'Bad Request: message thread not found'), { chatId: FORUM })
      await runDigest()
      const [deleted, other] = threadsSent()
      t.clock.set('2026-11-22T05:00:00.000Z')
      await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'], title: 'Third item', publishedAt: '2026-11-22T04:50:00.000Z' }]), t.clock.now())
      t.clock.set('2026-11-23T04:00:30.000Z')
      await runDigest()
      expect(threadsSent()).toEqual([deleted, other, other])
      expect(String(t.api.sent().at(-1)?.payload.text)).toMatch(/1 new item[\s\S]*Third item/)
      expect(await statesIn(deleted!)).toEqual(['failed', 'failed'])
    })

    it.each([
      ['told to wait (429)', errors.tooManyRequests(600)],
      ['blocked', errors.kicked()],
    ])('stops the whole digest when the chat is %s', async (_, answer) => {
      t.api.once('sendMessage', () => answer, { chatId: FORUM })
      await runDigest()
      expect(threadsSent()).toHaveLength(1)
    })

    it(`gives up the topic's entries told to wait past ${MAX_WAIT_HOURS} h since their first attempt, the other topic's waiting for the chat's hold`, async () => {
      const waitSeconds = MAX_WAIT_HOURS * 3_600 + 60
      t.api.once('sendMessage', () => errors.tooManyRequests(waitSeconds), { chatId: FORUM })
      await runDigest()
      const [stoppedIn] = threadsSent()
      expect(await statesIn(stoppedIn!)).toEqual(['failed', 'failed'])
      const resumeAt = new Date(t.clock.now().getTime() + waitSeconds * 1000)
      const other = (await outboxRows(t.db)).filter((r) => r.message_thread_id !== stoppedIn)
      expect(other.map((r) => [r.state, r.next_attempt_at])).toEqual([['pending', resumeAt.toISOString()], ['pending', resumeAt.toISOString()]])

      t.clock.set(resumeAt.toISOString())
      await runDigest()
      expect(threadsSent().slice(1)).toEqual([other[0]!.message_thread_id])
      expect(await statesIn(other[0]!.message_thread_id)).toEqual(['sent', 'sent'])
    })

    it.each([
      ['told to wait (429)', errors.tooManyRequests(30), 30_000, FORUM, 0],
      ['moved to a supergroup', errors.migrated(-1001234567890), 0, -1001234567890, 0],
    ])('sends the topics a stopped digest left out once the chat may be written to again (%s), each once', async (_, answer, waitMs, chatId, stoppedAttempts) => {
      t.api.once('sendMessage', () => answer, { chatId: FORUM })
      await runDigest()
      const [stoppedIn] = threadsSent()
      const resumeAt = new Date(t.clock.now().getTime() + waitMs).toISOString()
      // The topic not sent was never tried: its claim is undone, not counted as an attempt; nor is a wait (429) or a move.
      const rows = await outboxRows(t.db)
      expect(rows.map((r) => [r.chat_id, r.state, r.next_attempt_at, r.attempts])).toEqual(
        rows.map((r) => [chatId, 'pending', resumeAt, r.message_thread_id === stoppedIn ? stoppedAttempts : 0]),
      )

      if (waitMs > 0) {
        t.clock.advance(waitMs - 1_000)
        await runDigest()
        expect(threadsSent()).toHaveLength(1)
        t.clock.advance(1_000)
      }
      await runDigest()
      await runDigest()
      expect(threadsSent().slice(1).sort()).toEqual([7, 8])
      expect(t.api.sent().slice(1).map((c) => c.payload.chat_id)).toEqual([chatId, chatId])
      expect((await outboxRows(t.db)).map((r) => r.state)).toEqual(Array(4).fill('sent'))
    })
  })

  describe('a chat told to wait (429) by an instant alert', () => {
    const CHAT = 205
    const rowOf = async (title: string) => (await t.db.selectFrom('alert_outbox as o').innerJoin('article as a', 'a.id', 'o.article_id').selectAll('o').where('a.title', '=', title).executeTakeFirstOrThrow())

    it('gets no digest before the wait ends, not even of an item queued during it', async () => {
      await seedSubscriber(t.db, { chatId: CHAT })
      t.clock.set('2026-11-21T03:50:00.000Z')
      await publish(t.db, await seedAlertItems(t.db, [{ title: 'Instant item', publishedAt: '2026-11-21T03:40:00.000Z' }]), t.clock.now())
      await t.db.updateTable('subscriber').set({ alert_mode: 'digest' }).execute()
      t.api.once('sendMessage', () => errors.tooManyRequests(3600), { chatId: CHAT })
      await t.app.alerts.sender.runOnce()
      t.clock.set('2026-11-21T03:55:00.000Z')
      await publish(t.db, await seedAlertItems(t.db, [{ title: 'Digest item', publishedAt: '2026-11-21T03:45:00.000Z' }]), t.clock.now())

      t.clock.set('2026-11-21T04:00:30.000Z')
      await runDigest()
      expect(sentTo(CHAT)).toHaveLength(1)
      expect(await rowOf('Digest item')).toMatchObject({ state: 'pending', last_attempt_at: null })

      t.clock.set('2026-11-21T04:50:00.000Z')
      await runDigest()
      await t.app.alerts.sender.runOnce()
      expect(sentTo(CHAT).slice(1)).toEqual([expect.stringMatching(/Daily digest[\s\S]*Digest item/), expect.stringContaining('Instant item')])
    })

    it('stops a digest claimed before the 429, giving its entries back for after the wait, untried', async () => {
      await seedSubscriber(t.db, { chatId: CHAT, alertMode: 'digest' })
      await publish(t.db, await seedAlertItems(t.db, [{ title: 'Digest item' }]), t.clock.now())
      await t.db.updateTable('subscriber').set({ alert_mode: 'instant' }).execute()
      await publish(t.db, await seedAlertItems(t.db, [{ title: 'Instant item' }]), t.clock.now())
      let answerWithWait = () => {}
      t.api.once('sendMessage', () => new Promise((resolve) => (answerWithWait = () => resolve(errors.tooManyRequests(600)))), { chatId: CHAT })

      // The instant alert is on the wire when the digest claims its entry and waits for the chat.
      const sending = t.app.alerts.sender.runOnce()
      await expect.poll(() => sentTo(CHAT), POLL).toEqual([expect.stringContaining('Instant item')])
      const digest = runDigest()
      await expect.poll(async () => (await rowOf('Digest item')).state, POLL).toBe('sending')
      answerWithWait()
      await Promise.all([sending, digest])
      expect(sentTo(CHAT)).toHaveLength(1)
      const resumeAt = new Date(t.clock.now().getTime() + 600_000).toISOString()
      expect(await rowOf('Digest item')).toMatchObject({ state: 'pending', attempts: 0, next_attempt_at: resumeAt })

      t.clock.advance(600_000)
      await runDigest()
      await t.app.alerts.sender.runOnce()
      expect(sentTo(CHAT).slice(1)).toEqual([expect.stringMatching(/Daily digest[\s\S]*Digest item/), expect.stringContaining('Instant item')])
    })
  })

  it('sends what was waiting at once to a subscriber who went back to instant alerts', async () => {
    await seedSubscriber(t.db, { chatId: 201, alertMode: 'digest', digestHour: 9 })
    t.clock.set('2026-11-21T05:00:00.000Z')
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Waiting item', publishedAt: '2026-11-21T04:30:00.000Z' }]), t.clock.now())
    await t.db.updateTable('subscriber').set({ alert_mode: 'instant' }).execute()
    await runDigest()
    expect(sentTo(201)).toEqual([expect.stringMatching(/Daily digest[\s\S]*Waiting item/)])
  })
})
