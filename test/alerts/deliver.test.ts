import { createLeadPartner } from '../../src/lead-partner.js'
import { GrammyError, HttpError } from 'grammy'
import type { Transaction } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backoffMs, MAX_ATTEMPTS, MAX_WAIT_HOURS, recordSendFailure } from '../../src/alerts/deliver.js'
import { enqueueAlerts } from '../../src/alerts/enqueue.js'
import { MAX_IN_FLIGHT, Pacer, TELEGRAM_PACE } from '../../src/alerts/pacer.js'
import { createAlerts } from '../../src/alerts/worker.js'
import { getItemsByIds } from '../../src/db/items.js'
import { claimAlerts } from '../../src/db/outbox.js'
import { approveItem, type CurationResult, setItemKind, setItemPartners, undoAction } from '../../src/db/review.js'
import type { Database } from '../../src/db/schema.js'
import { holdChatSends } from '../../src/db/subscribers.js'
import { addSubscription, type Topic } from '../../src/db/subscriptions.js'
import { classifyTelegramError } from '../../src/telegram/errors.js'
import { telegramLength } from '../../src/telegram/length.js'
import { errors, telegramError } from '../helpers/fake-bot-api.js'
import { ADMIN_ID, createTestApp, type TestApp, virtualPaceTimer } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

/** expect.poll's limit only bounds a failing run; passing never depends on it. */
const POLL = { timeout: 20_000, interval: 20 }

describe('alert sender', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  const deliver = () => t.app.alerts.sender.runOnce()
  const subscriber = (chatId: number) => t.db.selectFrom('subscriber').selectAll().where('chat_id', '=', chatId).executeTakeFirst()

  it('sends each alert once, in the subscriber\'s language, to its forum topic, and marks it sent', async () => {
    await seedSubscriber(t.db, { chatId: 101, language: 'ru' })
    await seedSubscriber(t.db, { chatId: -1001, topics: [{ type: 'country', value: 'FR', threadId: 42 }] })
    const ids = await seedAlertItems(t.db, [{ title: 'Меморандум с Францией <музеи>', partners: ['FR'] }])
    await publish(t.db, ids, t.clock.now())

    await deliver()
    await deliver()
    const sent = t.api.sent()
    expect(sent).toHaveLength(2)
    expect(sent.find((c) => c.payload.chat_id === 101)?.payload).toMatchObject({
      parse_mode: 'HTML',
      text: expect.stringMatching(/Новый материал[\s\S]*Меморандум с Францией &lt;музеи&gt;/),
      reply_markup: { inline_keyboard: [[{ text: '↗️ Поделиться', switch_inline_query: `#${ids[0]}` }]] },
    })
    expect(sent.find((c) => c.payload.chat_id === -1001)?.payload).toMatchObject({ message_thread_id: 42 })
    expect(sent.find((c) => c.payload.chat_id === 101)?.payload).not.toHaveProperty('message_thread_id')
    const rows = await outboxRows(t.db)
    expect(rows.map((r) => [r.state, r.attempts, r.telegram_message_id !== null])).toEqual([['sent', 1, true], ['sent', 1, true]])
    expect(await t.deps.metrics.alertsSent.get()).toMatchObject({ values: [{ value: 2 }] })
  })

  it('names at most what fits of the many subscriptions an item matched, the rest counted', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `ключевоеслово${String.fromCharCode(1072 + (i % 32))}${String.fromCharCode(1072 + Math.floor(i / 32))}${'м'.repeat(30)}`)
    await seedSubscriber(t.db, { chatId: 102, language: 'ru', topics: words.map((value) => ({ type: 'keyword', value })) })
    const ids = await seedAlertItems(t.db, [{ title: 'Меморандум с Францией', body: words.join(' '), partners: ['FR'] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const [alert] = t.api.sent()
    expect(telegramLength(String(alert?.payload.text))).toBeLessThanOrEqual(4096)
    expect(alert?.payload.text).toMatch(/и ещё \d+[\s\S]*Меморандум с Францией/)
  })

  it.each([
    ['en', '🏠 Domestic cooperation'],
    ['ru', '🏠 Сотрудничество внутри страны'],
    ['kk', '🏠 Ел ішіндегі ынтымақтастық'],
  ] as const)('marks a domestic item\'s card with its own mark, not the one organisations have (%s)', async (language, line) => {
    await seedSubscriber(t.db, { chatId: 106, language })
    const ids = await seedAlertItems(t.db, [{ title: 'Two museums of Kazakhstan sign a memorandum', partners: [] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const [, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(card?.split('\n')[0]).toBe(line)
  })

  it.each([
    ['kk', 'АСТАНА. ҚазАқпарат — Қазақстан мен Түркия мұражайлары ынтымақтастық туралы меморандумға қол қойды. Құжат көрмелер алмасуды көздейді.'],
    ['kk', 'ASTANA. QazAqparat – Qazaqstan men Túrkııa mýzeılerі yntymaqtastyq týraly memorandýmǵa qol qoıdy. Qujat kórmeler almasýdy kózdeıdi.'],
    ['kk', 'АСТАНА. 28 қараша. ҚазАқпарат — Қазақстан мен Түркия мұражайлары ынтымақтастық туралы меморандумға қол қойды.'],
    ['ru', 'АСТАНА — АНКАРА. КАЗИНФОРМ — Музеи Казахстана и Турции подписали меморандум о сотрудничестве. Документ предусматривает обмен выставками.'],
    ['ru', 'АСТАНА. 13 мая. Музеи Казахстана и Турции подписали меморандум о сотрудничестве. Документ предусматривает обмен выставками.'],
    ['en', 'KAZAN. April 29. KAZINFORM – Museums of Kazakhstan and Türkiye have signed a memorandum of cooperation. It provides for exchanges of exhibitions.'],
  ] as const)('starts an alert\'s lead with what was signed, not the agency\'s dateline (%s: %s)', async (language, body) => {
    await seedSubscriber(t.db, { chatId: 107, language })
    const ids = await seedAlertItems(t.db, [{ title: 'Меморандум', body, partners: ['TR'] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const lead = String(t.api.sent()[0]?.payload.text).split('\n').at(-2)
    expect(lead).toMatch(/^(?:Қазақстан мен|Qazaqstan men|Музеи Казахстана|Museums of Kazakhstan)/)
  })

  it('names on the card the country a chat follows, even among more partners than a card shows', async () => {
    await seedSubscriber(t.db, { chatId: 103, language: 'kk', topics: [{ type: 'country', value: 'TR' }] })
    const ids = await seedAlertItems(t.db, [{ title: 'АӨСШК жастар кеңесі', partners: ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR'] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const [, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(card).toMatch(/^🇹🇷 Түркия, 🇦🇿 Әзірбайжан, [^\n]* және тағы 2\n/)
  })

  it('names on the card the organisation a chat follows, even after more partners than a card shows', async () => {
    await seedSubscriber(t.db, { chatId: 104, language: 'en', topics: [{ type: 'org', value: 'UNESCO' }] })
    const ids = await seedAlertItems(t.db, [{ title: 'Youth forum', partners: ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR'], orgs: ['UNESCO'] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const [header, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(header).toBe('🔔 <b>New item</b> for 🏛 UNESCO')
    expect(card).toMatch(/^🏛 UNESCO, 🇦🇿 Azerbaijan, [^\n]* and 3 more\n/)
  })

  it.each([
    ['the country among the "and N more" too', ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR']],
    ['the country in view already', ['AZ', 'TR', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ']],
  ])('names on the card both the country and the organisation a chat follows, among more parties than a card shows (%s)', async (_, partners) => {
    await seedSubscriber(t.db, { chatId: 105, language: 'en', topics: [{ type: 'country', value: 'TR' }, { type: 'org', value: 'UNESCO' }] })
    const ids = await seedAlertItems(t.db, [{ title: 'Youth forum', partners, orgs: ['UNESCO'] }])
    await publish(t.db, ids, t.clock.now())
    await deliver()
    const [header, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(header).toContain('🇹🇷 Türkiye')
    expect(header).toContain('🏛 UNESCO')
    expect(card).toMatch(/^🇹🇷 Türkiye, 🏛 UNESCO, 🇦🇿 Azerbaijan, [^\n]* and 3 more\n/)
  })

  it('names on the card every organisation a chat follows, among more parties than a card shows, as its header does', async () => {
    await seedSubscriber(t.db, { chatId: 106, language: 'en', topics: [{ type: 'org', value: 'UNESCO' }, { type: 'org', value: 'TURKSOY' }] })
    const partners = ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR']
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Youth forum', partners, orgs: ['UNESCO', 'TURKSOY'] }]), t.clock.now())
    await deliver()
    const [header, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(header).toContain('🏛 TURKSOY')
    expect(card).toMatch(/^🏛 UNESCO, 🏛 TURKSOY, 🇦🇿 Azerbaijan, [^\n]* and 4 more\n/)
  })

  it('names on the card every country a chat follows, among more partners than a card shows, as its header does', async () => {
    await seedSubscriber(t.db, { chatId: 107, language: 'ru', topics: [{ type: 'country', value: 'TJ' }, { type: 'country', value: 'TR' }] })
    const partners = ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR']
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Молодёжный форум', partners }]), t.clock.now())
    await deliver()
    const [header, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(header).toMatch(/🇹🇯 Таджикистан, 🇹🇷 Турция|🇹🇷 Турция, 🇹🇯 Таджикистан/)
    expect(card).toMatch(/^🇹🇯 Таджикистан, 🇹🇷 Турция, 🇦🇿 Азербайджан, [^\n]* и ещё 2\n/)
  })

  it('keeps on the card of a chat following all the country the headline names, where it would fall among the "and N more"', async () => {
    await seedSubscriber(t.db, { chatId: 108, language: 'ru' })
    const partners = ['AZ', 'BD', 'BH', 'CN', 'IL', 'KG', 'KH', 'MN', 'TJ', 'TR']
    await publish(t.db, await seedAlertItems(t.db, [{ title: 'Казахстан и Турция открыли молодёжный форум', partners }]), t.clock.now())
    await deliver()
    const [, card] = String(t.api.sent()[0]?.payload.text).split('\n\n')
    expect(card).toMatch(/^🇹🇷 Турция, 🇦🇿 Азербайджан, [^\n]* и ещё 2\n/)
  })

  it('retries at once when retry_after is 0, in the same pass', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    t.api.once('sendMessage', () => errors.tooManyRequests(0))
    await deliver()
    expect(t.api.sent()).toHaveLength(2)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'sent', attempts: 1 })
  })

  it('keeps a long retry_after in the row and sends only once it has passed', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    t.api.once('sendMessage', () => errors.tooManyRequests(600))
    await deliver()
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'pending', next_attempt_at: new Date(t.clock.now().getTime() + 600_000).toISOString() })

    t.clock.advance(599_000)
    await deliver()
    expect(t.api.sent()).toHaveLength(1)
    t.clock.advance(1_000)
    await deliver()
    expect(t.api.sent()).toHaveLength(2)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'sent', attempts: 1 })
  })

  it('does not count a chat\'s waits (429) as tries: an alert told to wait still gets MAX_ATTEMPTS tries against 5xx', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    t.api.failFor({ method: 'sendMessage', chatId: 101, times: 3 }, () => errors.tooManyRequests(5))
    t.api.failFor({ method: 'sendMessage', chatId: 101, times: MAX_ATTEMPTS - 1 }, () => errors.serverError())
    for (let tries = 1; tries < 3 + MAX_ATTEMPTS; tries += 1) {
      await deliver()
      t.clock.set((await outboxRows(t.db))[0]!.next_attempt_at)
    }
    await deliver()
    expect(t.api.sent()).toHaveLength(3 + MAX_ATTEMPTS)
    expect(await outboxRows(t.db)).toMatchObject([{ state: 'sent', attempts: MAX_ATTEMPTS }])
  })

  describe(`an alert told to wait past ${MAX_WAIT_HOURS} h since its first attempt`, () => {
    it('is given up after waits over and over, while another chat\'s alerts go on', async () => {
      await seedSubscriber(t.db, { chatId: 101 })
      await seedSubscriber(t.db, { chatId: 102 })
      await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
      const firstAttemptAt = t.clock.now().getTime()
      t.api.failFor({ method: 'sendMessage', chatId: 101 }, () => errors.tooManyRequests(3_600))
      await deliver()
      expect(t.api.sent().filter((c) => c.payload.chat_id === 102)).toHaveLength(1)
      // Each wait is honoured while the alert could still leave within the budget.
      for (let wait = 1; wait <= MAX_WAIT_HOURS - 1; wait += 1) {
        t.clock.set((await outboxRows(t.db))[0]!.next_attempt_at)
        await deliver()
        expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'pending', attempts: 0 })
      }
      expect(t.clock.now().getTime() - firstAttemptAt).toBe((MAX_WAIT_HOURS - 1) * 3_600_000)
      t.clock.set((await outboxRows(t.db))[0]!.next_attempt_at)
      await deliver()
      const [held, other] = await outboxRows(t.db)
      expect(held).toMatchObject({ chat_id: 101, state: 'failed', last_error: expect.stringMatching(/^Too Many Requests: retry after 3600 \(given up: told to wait past 24 h/) })
      expect(other).toMatchObject({ chat_id: 102, state: 'sent' })
      expect(await t.deps.metrics.alertsFailed.get()).toMatchObject({ values: [{ value: 1 }] })
      // The chat's hold still stands, as Telegram asked, for whatever is queued for it next.
      expect((await subscriber(101))?.send_hold_until).toBe(new Date(t.clock.now().getTime() + 3_600_000).toISOString())
    })

    it('is given up at once when a single retry_after reaches past it', async () => {
      await seedSubscriber(t.db, { chatId: 101 })
      await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
      t.api.once('sendMessage', () => errors.tooManyRequests(MAX_WAIT_HOURS * 3_600 + 1))
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'failed', last_error: expect.stringContaining('given up') }])
    })

    it('keeps a wait that ends exactly at the budget', async () => {
      await seedSubscriber(t.db, { chatId: 101 })
      await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
      t.api.once('sendMessage', () => errors.tooManyRequests(MAX_WAIT_HOURS * 3_600))
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'pending' }])
      t.clock.set((await outboxRows(t.db))[0]!.next_attempt_at)
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'sent', attempts: 1 }])
    })
  })

  it('gives an alert back untried when its chat is told to wait after the alert was found due', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    const until = new Date(t.clock.now().getTime() + 600_000)
    // A digest's message to the chat draws a 429 between the sender's look at due alerts and its taking the chat.
    let holding: Promise<void> | undefined
    class RacedPacer extends Pacer {
      override tryAcquire(chatId: number, isGroup: boolean): boolean {
        holding ??= holdChatSends(t.db, chatId, until)
        return super.tryAcquire(chatId, isGroup)
      }
    }
    const alerts = createAlerts(t.deps, { api: t.app.alerts.api, translate: () => (key) => key, pacer: new RacedPacer(TELEGRAM_PACE, virtualPaceTimer()) })
    await alerts.sender.runOnce()
    await holding
    expect(t.api.sent()).toHaveLength(0)
    expect(await outboxRows(t.db)).toMatchObject([{ state: 'pending', attempts: 0, next_attempt_at: until.toISOString() }])

    t.clock.set(until.toISOString())
    await deliver()
    expect(await outboxRows(t.db)).toMatchObject([{ state: 'sent', attempts: 1 }])
  })

  describe('in a forum', () => {
    const FORUM = -1003
    const sentTitles = () => t.api.sent().map((c) => [c.payload.message_thread_id, String(c.payload.text).match(/(First|Second|Third) item/)?.[1]])

    beforeEach(async () => {
      await seedSubscriber(t.db, { chatId: FORUM, topics: [{ type: 'country', value: 'RU', threadId: 7 }, { type: 'country', value: 'FR', threadId: 8 }] })
      for (const [title, partner] of [['First item', 'RU'], ['Second item', 'FR'], ['Third item', 'RU']] as const) {
        await publish(t.db, await seedAlertItems(t.db, [{ title, partners: [partner] }]), t.clock.now())
      }
    })

    it('backs off one topic\'s alert (a 5xx) without holding back the other topics\', its own later ones waiting behind it', async () => {
      t.api.once('sendMessage', () => errors.serverError(), { chatId: FORUM })
      await deliver()
      expect(sentTitles()).toEqual([[7, 'First'], [8, 'Second']])

      t.clock.advance(backoffMs(1))
      await deliver()
      expect(sentTitles()).toEqual([[7, 'First'], [8, 'Second'], [7, 'First'], [7, 'Third']])
    })

    it('stops following in a topic that was deleted (400 message thread not found), so later items are not sent there to fail, while the other topics follow on', async () => {
      t.api.once('sendMessage', () => telegramError(400, 'Bad Request: message thread not found'), { chatId: FORUM })
      await deliver()
      await deliver()
      expect(sentTitles().slice(0, 2)).toEqual([[7, 'First'], [8, 'Second']])
      const topicsOf = async (threadId: number) => (await t.db.selectFrom('subscription').select('topic_value').where('chat_id', '=', FORUM).where('message_thread_id', '=', threadId).execute()).map((r) => r.topic_value)
      expect([await topicsOf(7), await topicsOf(8)]).toEqual([[], ['FR']])

      t.api.clearCalls()
      const later = await seedAlertItems(t.db, [{ title: 'Fourth item', partners: ['RU'] }, { title: 'Fifth item', partners: ['FR'] }])
      await publish(t.db, later, t.clock.now())
      await deliver()
      expect(t.api.sent().map((c) => [c.payload.message_thread_id, String(c.payload.text).match(/(Fourth|Fifth) item/)?.[1]])).toEqual([[8, 'Fifth']])
      expect((await outboxRows(t.db)).filter((r) => later.includes(r.article_id)).map((r) => r.message_thread_id)).toEqual([8])
    })

    it('holds every topic back while the chat is told to wait (429)', async () => {
      t.api.once('sendMessage', () => errors.tooManyRequests(30), { chatId: FORUM })
      await deliver()
      t.clock.advance(29_000)
      await deliver()
      expect(sentTitles()).toEqual([[7, 'First']])

      t.clock.advance(1_000)
      await deliver()
      expect(sentTitles()).toEqual([[7, 'First'], [7, 'First'], [8, 'Second'], [7, 'Third']])
    })

    it('holds back an alert queued while the chat waits (429), in a topic that had nothing waiting', async () => {
      await addSubscription(t.db, { chatId: FORUM, chatType: 'supergroup', threadId: 9 }, { type: 'country', value: 'CN' }, 'en', t.clock.now())
      t.api.once('sendMessage', () => errors.tooManyRequests(30), { chatId: FORUM })
      await deliver()
      t.clock.advance(10_000)
      await publish(t.db, await seedAlertItems(t.db, [{ title: 'Fourth item', partners: ['CN'], publishedAt: t.clock.now().toISOString() }]), t.clock.now())
      await deliver()
      expect(sentTitles()).toEqual([[7, 'First']])
      expect((await outboxRows(t.db)).at(-1)).toMatchObject({ message_thread_id: 9, state: 'pending', last_attempt_at: null })

      t.clock.advance(20_000)
      await deliver()
      expect(t.api.sent().map((c) => c.payload.message_thread_id)).toEqual([7, 7, 8, 7, 9])
    })
  })

  it('does not send an alert held back by a retry_after whose item was rejected meanwhile', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    const [id] = await seedAlertItems(t.db, [{}])
    await publish(t.db, [id!], t.clock.now())
    t.api.once('sendMessage', () => errors.tooManyRequests(600))
    await deliver()
    await t.db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', id!).execute()
    t.clock.advance(600_000)
    await deliver()
    expect(t.api.sent()).toHaveLength(1)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'skipped', last_error: 'withdrawn: no longer published' })
  })

  describe('an item an admin relabelled while its alert waited', () => {
    const PRIVATE = { chatId: 101, chatType: 'private', threadId: 0 } as const
    const FRANCE_FOLLOWER = { chatId: 102, chatType: 'private', threadId: 0 } as const
    const admin = () => ({ adminId: ADMIN_ID, now: t.clock.now() })
    /** What the bot's curation passes: alerts queued under the deployment's policy. */
    const alertsNow = () => {
      const policy = { now: t.clock.now(), maxAgeHours: t.deps.config.alertMaxAgeHours }
      return (trx: Transaction<Database>, articleId: number) => enqueueAlerts(trx, articleId, policy)
    }

    /** Queues the alert of one item with partner RU for `topics`, holds it back with a 429, then lets `relabel` run. */
    async function heldBack(topics: Topic[], relabel: (articleId: number) => Promise<unknown>): Promise<void> {
      for (const topic of topics) await addSubscription(t.db, PRIVATE, topic, 'en', t.clock.now())
      const [id] = await seedAlertItems(t.db, [{ title: 'Memorandum on museums', partners: ['RU'] }])
      await publish(t.db, [id!], t.clock.now())
      t.api.once('sendMessage', () => errors.tooManyRequests(600))
      await deliver()
      await relabel(id!)
      t.clock.advance(600_000)
      await deliver()
    }

    it.each<[string, Topic[], (articleId: number) => Promise<unknown>]>([
      ['its partners', [{ type: 'country', value: 'RU' }], (articleId) => setItemPartners(t.db, { articleId, ...admin(), partners: ['FR'] }, alertsNow())],
      ['its kind, under a subscription to agreements only', [{ type: 'country', value: 'RU', kinds: ['agreement'] }], (articleId) => setItemKind(t.db, { articleId, ...admin(), kind: 'meeting' }, alertsNow())],
    ])('is not sent when it no longer matches (%s)', async (_, topics, relabel) => {
      await heldBack(topics, relabel)
      expect(t.api.sent()).toHaveLength(1)
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'skipped', last_error: 'withdrawn: no longer matches' }])
    })

    it('is sent when it matches another subscription of the chat now, naming that one', async () => {
      await heldBack([{ type: 'country', value: 'RU' }, { type: 'country', value: 'FR' }], (articleId) => setItemPartners(t.db, { articleId, ...admin(), partners: ['FR'] }, alertsNow()))
      expect(t.api.sent()).toHaveLength(2)
      expect(t.api.sent()[1]?.payload.text).toMatch(/^🔔 <b>New item<\/b> for 🇫🇷 France\n/)
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'sent' }])
    })

    describe('during the pass that sends it to its followers', () => {
      /** More chats than messages may be on the wire at once: the others' alerts wait at the pacer's gate, rendered. */
      const CHATS = Array.from({ length: MAX_IN_FLIGHT + 4 }, (_, i) => 1001 + i)
      const follow = async (topics: Topic[]) => {
        for (const chatId of CHATS) for (const topic of topics) await addSubscription(t.db, { chatId, chatType: 'private', threadId: 0 }, topic, 'en', t.clock.now())
      }

      /** Runs a pass whose answers are held until every alert is claimed and MAX_IN_FLIGHT are on the wire, `act`s, and returns the chats on the wire then. */
      async function actDuringFanOut(act: () => Promise<{ ok: boolean }>): Promise<number[]> {
        const release = t.api.holdAnswers('sendMessage')
        const pass = deliver()
        await expect.poll(async () => (await outboxRows(t.db, 'sending')).length, POLL).toBe(CHATS.length)
        await expect.poll(() => t.api.pending, POLL).toBe(MAX_IN_FLIGHT)
        const onTheWire = t.api.sent().map((c) => Number(c.payload.chat_id))
        expect(await act()).toMatchObject({ ok: true })
        release()
        await pass
        return onTheWire
      }

      it.each<[string, string, (articleId: number, approvalId: number) => Promise<{ ok: boolean }>]>([
        ['its partners changed', 'withdrawn: no longer matches', (articleId) => setItemPartners(t.db, { articleId, ...admin(), partners: ['FR'] }, alertsNow())],
        ['its approval undone', 'withdrawn: no longer published', (_, auditId) => undoAction(t.db, { auditId, ...admin() }, alertsNow())],
      ])('withdraws the alerts not yet on the wire when an admin acts meanwhile (%s)', async (_, reason, act) => {
        await follow([{ type: 'country', value: 'RU' }])
        const [id] = await seedAlertItems(t.db, [{ title: 'Memorandum on museums', partners: ['RU'], status: 'flagged' }])
        const approval = await approveItem(t.db, { articleId: id!, ...admin() }, alertsNow())
        expect(approval).toMatchObject({ ok: true, alertsQueued: CHATS.length })

        const onTheWire = await actDuringFanOut(() => act(id!, (approval as Extract<CurationResult, { ok: true }>).auditId))
        expect(t.api.sent().map((c) => Number(c.payload.chat_id))).toEqual(onTheWire)
        const outcomes = new Map((await outboxRows(t.db)).map((r) => [r.chat_id, [r.state, r.last_error]]))
        expect(CHATS.map((chatId) => outcomes.get(chatId))).toEqual(CHATS.map((chatId) => (onTheWire.includes(chatId) ? ['sent', null] : ['skipped', reason])))
      })

      it.each<[string, Topic, (copyId: number) => Promise<{ ok: boolean }>]>([
        ['its partners', { type: 'country', value: 'RU' }, (copyId) => setItemPartners(t.db, { articleId: copyId, ...admin(), partners: ['FR'] }, alertsNow())],
        ['its kind, under a subscription to agreements only', { type: 'country', value: 'RU', kinds: ['agreement'] }, (copyId) => setItemKind(t.db, { articleId: copyId, ...admin(), kind: 'meeting' }, alertsNow())],
      ])('withdraws the alerts not yet on the wire when an admin rules on another source\'s copy of the story meanwhile (%s)', async (_, topic, rule) => {
        await follow([topic])
        const [first, copy] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        expect(await publish(t.db, [first!], t.clock.now())).toBe(CHATS.length)
        expect(await publish(t.db, [copy!], t.clock.now())).toBe(0)

        const onTheWire = await actDuringFanOut(() => rule(copy!))
        expect(t.api.sent().map((c) => Number(c.payload.chat_id))).toEqual(onTheWire)
        const outcomes = new Map((await outboxRows(t.db)).map((r) => [r.chat_id, [r.article_id, r.state, r.last_error]]))
        expect(CHATS.map((chatId) => outcomes.get(chatId))).toEqual(CHATS.map((chatId) => (onTheWire.includes(chatId) ? [first, 'sent', null] : [first, 'skipped', 'withdrawn: no longer matches'])))
      })

      it('names the subscription the item matches now in the alerts sent after the change', async () => {
        await follow([{ type: 'country', value: 'RU' }, { type: 'country', value: 'FR' }])
        const [id] = await seedAlertItems(t.db, [{ title: 'Memorandum on museums', partners: ['RU'] }])
        await publish(t.db, [id!], t.clock.now())

        await actDuringFanOut(() => setItemPartners(t.db, { articleId: id!, ...admin(), partners: ['FR'] }, alertsNow()))
        const headers = t.api.sent().map((c) => String(c.payload.text).split('\n')[0])
        expect(headers).toEqual([...Array(MAX_IN_FLIGHT).fill('🔔 <b>New item</b> for 🇷🇺 Russia'), ...Array(CHATS.length - MAX_IN_FLIGHT).fill('🔔 <b>New item</b> for 🇫🇷 France')])
        expect(new Set(t.api.sent().map((c) => c.payload.chat_id)).size).toBe(CHATS.length)
        expect((await outboxRows(t.db)).map((r) => r.state)).toEqual(Array(CHATS.length).fill('sent'))
      })
    })

    it.each<[string, (articleId: number, editId: number) => Promise<{ ok: boolean }>]>([
      ['set back by hand', (articleId) => setItemPartners(t.db, { articleId, ...admin(), partners: ['RU'] }, alertsNow())],
      ['the change undone', (_, auditId) => undoAction(t.db, { auditId, ...admin() }, alertsNow())],
    ])('is sent once the item matches again after its alert was withdrawn (partners %s)', async (_, correct) => {
      await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
      const [id] = await seedAlertItems(t.db, [{ title: 'Memorandum on museums', partners: ['RU'] }])
      await publish(t.db, [id!], t.clock.now())
      const edit = await setItemPartners(t.db, { articleId: id!, ...admin(), partners: ['FR'] }, alertsNow())
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'skipped', last_error: 'withdrawn: no longer matches' }])

      t.clock.advance(60_000)
      expect(await correct(id!, (edit as Extract<CurationResult, { ok: true }>).auditId)).toMatchObject({ ok: true })
      await deliver()
      expect(t.api.sent().map((c) => [c.payload.chat_id, String(c.payload.text).split('\n')[0]])).toEqual([[PRIVATE.chatId, '🔔 <b>New item</b> for 🇷🇺 Russia']])
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'sent', last_error: null }])
    })

    it('holds another source\'s copy back for a week from when the alert an undo queued again was sent, not from when it was first queued', async () => {
      await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
      const firstQueuedAt = t.clock.now().getTime()
      const [first] = await seedAlertItems(t.db, [{ title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', publishedAt: new Date(firstQueuedAt).toISOString() }])
      await publish(t.db, [first!], t.clock.now())
      const edit = await setItemPartners(t.db, { articleId: first!, ...admin(), partners: ['FR'] }, alertsNow())
      await deliver()

      t.clock.advance(71 * 3_600_000)
      expect(await undoAction(t.db, { auditId: (edit as Extract<CurationResult, { ok: true }>).auditId, ...admin() }, alertsNow())).toMatchObject({ ok: true })
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ article_id: first, state: 'sent', created_at: new Date(firstQueuedAt).toISOString() }])

      // Seven days and an hour after it was first queued, four after the chat was told the story.
      t.clock.set(new Date(firstQueuedAt + 7 * 24 * 3_600_000 + 3_600_000).toISOString())
      const [copy] = await seedAlertItems(t.db, [{ title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform', publishedAt: t.clock.now().toISOString() }])
      expect(await publish(t.db, [copy!], t.clock.now())).toBe(0)
      await deliver()
      expect(t.api.sent().filter((c) => c.payload.chat_id === PRIVATE.chatId)).toHaveLength(1)
    })

    it('is queued again as a fresh alert when an undo makes it match again: nothing of its withdrawn tries left for /stats or the sender to count', async () => {
      await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
      const [id, other] = await seedAlertItems(t.db, [{ title: 'Memorandum on museums', partners: ['RU'] }, { title: 'Theatre tour', partners: ['RU'] }])
      await publish(t.db, [id!], t.clock.now())
      const firstQueuedAt = t.clock.now().toISOString()
      t.api.once('sendMessage', () => errors.serverError())
      await deliver()
      const edit = await setItemPartners(t.db, { articleId: id!, ...admin(), partners: ['FR'] }, alertsNow())
      t.clock.advance(backoffMs(1))
      await deliver()
      expect(await outboxRows(t.db)).toMatchObject([{ state: 'skipped', attempts: 2, last_error: 'withdrawn: no longer matches' }])

      t.clock.advance(60_000)
      await t.bot.handleUpdate(callback(user(ADMIN_ID, 'en'), `rv:u:${(edit as Extract<CurationResult, { ok: true }>).auditId}`))
      // Another item queued for the same chat at the same moment: what a fresh row looks like, but
      // for the date it was first queued, which keeps its place in a digest it was owed to.
      await publish(t.db, [other!], t.clock.now())
      const fresh = ({ id: _, article_id: __, created_at: ___, ...row }: Awaited<ReturnType<typeof outboxRows>>[number]) => row
      const [requeued, queued] = await outboxRows(t.db)
      expect(fresh(requeued!)).toEqual(fresh(queued!))
      expect(requeued!.created_at).toBe(firstQueuedAt)

      // The chat blocks the bot before either leaves: neither was tried, so /stats counts no failure.
      const bot = { id: 1, is_bot: true, first_name: 'bot' }
      const from = { id: 101, is_bot: false, first_name: 'u' }
      await t.bot.handleUpdate({
        update_id: 9_102,
        my_chat_member: { chat: { id: 101, type: 'private', first_name: 'u' }, from, date: 0, old_chat_member: { user: bot, status: 'member' }, new_chat_member: { user: bot, status: 'kicked', until_date: 0 } },
      })
      expect((await outboxRows(t.db)).map((r) => r.state)).toEqual(['skipped', 'skipped'])
      await t.bot.handleUpdate(command(user(ADMIN_ID, 'en'), '/stats'))
      expect(t.api.sent().map((c) => String(c.payload.text)).find((text) => text.includes('Alerts today'))).toContain('sent <b>0</b>, pending <b>0</b>, failed <b>0</b>')
    })

    describe('a story another source carries, its first copy withdrawn by an undo while the chat\'s alert for it waited', () => {
      const admin = user(ADMIN_ID, 'en')
      const alertTitles = () => t.api.sent().filter((c) => c.payload.chat_id === PRIVATE.chatId).map((c) => String(c.payload.text).match(/Memorandum with Russia \((\w+)\)/)?.[1])
      const lastAuditId = async () => (await t.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id

      it('reaches the chat once, through the other copy, when the first copy\'s approval is undone; approved again, it brings no second alert', async () => {
        await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], kind: 'agreement', storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture', status: 'flagged' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await t.bot.handleUpdate(callback(admin, `rv:a:${first}`))
        expect(await publish(t.db, [second!], t.clock.now())).toBe(0)

        t.clock.advance(60_000)
        await t.bot.handleUpdate(callback(admin, `rv:u:${await lastAuditId()}`))
        expect(t.api.sent().filter((c) => c.payload.chat_id === ADMIN_ID).map((c) => String(c.payload.text)).join('\n')).toMatch(
          /Alerts withdrawn: 1; already delivered: 0\.\nAlerts queued for another source's copy of the story instead: 1\./,
        )
        await deliver()
        expect(alertTitles()).toEqual(['agency'])

        t.clock.advance(60_000)
        await t.bot.handleUpdate(callback(admin, `rv:a:${first}`))
        await deliver()
        expect(alertTitles()).toEqual(['agency'])
        expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[second, 'sent']])
      })

      it('reaches the chat once, through the other copy, when an undo relabels the first copy so that it no longer matches', async () => {
        await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['FR'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await publish(t.db, [first!], t.clock.now())
        // An admin corrects the first copy's partners, which queues its alert; the other copy then arrives.
        expect(await setItemPartners(t.db, { articleId: first!, adminId: ADMIN_ID, now: t.clock.now(), partners: ['RU'] }, alertsNow())).toMatchObject({ ok: true, alertsQueued: 1 })
        expect(await publish(t.db, [second!], t.clock.now())).toBe(0)

        t.clock.advance(60_000)
        await t.bot.handleUpdate(callback(admin, `rv:u:${await lastAuditId()}`))
        await deliver()
        await deliver()
        expect(alertTitles()).toEqual(['agency'])
        expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[first, 'skipped'], [second, 'sent']])
      })
      it('brings a chat the other copy\'s alert the approval\'s ruling withdrew when the approval is undone, though none of the first copy\'s alerts was left to withdraw', async () => {
        await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
        await addSubscription(t.db, FRANCE_FOLLOWER, { type: 'country', value: 'FR' }, 'en', t.clock.now())
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], kind: 'agreement', storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture', status: 'flagged' },
          { title: 'Memorandum with Russia (agency)', partners: ['FR', 'RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await publish(t.db, [second!], t.clock.now())
        // The approval rules the story is Russia's alone: the other copy's alert to France's follower is withdrawn.
        await t.bot.handleUpdate(callback(admin, `rv:a:${first}`))
        await deliver()
        await deliver()
        expect(t.api.sent().filter((c) => c.method === 'sendMessage' && c.payload.chat_id !== ADMIN_ID).map((c) => c.payload.chat_id)).toEqual([PRIVATE.chatId])

        t.clock.advance(60_000)
        await t.bot.handleUpdate(callback(admin, `rv:u:${await lastAuditId()}`))
        await deliver()
        expect(t.api.sent().filter((c) => c.payload.chat_id !== ADMIN_ID).map((c) => c.payload.chat_id)).toEqual([PRIVATE.chatId, FRANCE_FOLLOWER.chatId])
        expect((await outboxRows(t.db)).filter((r) => r.article_id === second).map((r) => r.state)).toEqual(['sent', 'sent'])
      })
    })

    describe('a story another source carries, its first copy relabelled by an admin while the chat\'s alert for it waited', () => {
      it.each<[string, Topic[], string[]]>([
        ['the corrected labels match none of its subscriptions', [{ type: 'country', value: 'RU' }], []],
        ['the other copy\'s text still matches a keyword it follows', [{ type: 'country', value: 'RU' }, { type: 'keyword', value: 'agency' }], ['agency']],
      ])('brings the chat the other copy, judged by the admin\'s labels, only when they match it (%s)', async (_, topics, expected) => {
        for (const topic of topics) await addSubscription(t.db, PRIVATE, topic, 'en', t.clock.now())
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await publish(t.db, [first!], t.clock.now())
        expect(await publish(t.db, [second!], t.clock.now())).toBe(0)

        // The admin rules the story is about France, not Russia: the other copy still says Russia.
        expect(await setItemPartners(t.db, { articleId: first!, ...admin(), partners: ['FR'] }, alertsNow())).toMatchObject({ ok: true })
        await deliver()
        await deliver()
        expect(t.api.sent().map((c) => String(c.payload.text).match(/Memorandum with Russia \((\w+)\)/)?.[1])).toEqual(expected)
        expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[first, 'skipped'], ...expected.map(() => [second, 'sent'])])
      })

      it('names the other copy by the labels it was queued under: the keyword it matched, not the partner the admin ruled out, and the admin\'s partner on its card', async () => {
        for (const topic of [{ type: 'country', value: 'RU' }, { type: 'keyword', value: 'agency' }] as const) await addSubscription(t.db, PRIVATE, topic, 'en', t.clock.now())
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await publish(t.db, [first!, second!], t.clock.now())
        expect(await setItemPartners(t.db, { articleId: first!, ...admin(), partners: ['FR'] }, alertsNow())).toMatchObject({ ok: true })
        await deliver()
        await deliver()
        const [alert] = t.api.sent()
        expect(String(alert?.payload.text).split('\n').slice(0, 3)).toEqual(['🔔 <b>New item</b> for «agency»', '', '🇫🇷 France'])
        expect(alert?.payload.text).toContain('Memorandum with Russia (agency)')
        // Only the alert follows the ruling: the copy keeps the classifier's labels.
        expect((await getItemsByIds(t.db, [second!]))[0]?.partners).toEqual(['RU'])
      })

      it('brings the other copy, published before the ruling, to a chat the admin\'s labels match that subscribed too late for the first copy', async () => {
        const [first, second] = await seedAlertItems(t.db, [
          { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
          { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
        ])
        await publish(t.db, [first!], t.clock.now())
        t.clock.advance(60_000)
        await addSubscription(t.db, FRANCE_FOLLOWER, { type: 'country', value: 'FR' }, 'en', t.clock.now())
        t.clock.advance(60_000)
        expect(await publish(t.db, [second!], t.clock.now())).toBe(0)

        expect(await setItemPartners(t.db, { articleId: first!, ...admin(), partners: ['FR'] }, alertsNow())).toMatchObject({ ok: true, alertsQueued: 1 })
        await deliver()
        expect(t.api.sent().map((c) => [c.payload.chat_id, String(c.payload.text).split('\n')[0], String(c.payload.text).match(/Memorandum with Russia \((\w+)\)/)?.[1]])).toEqual([
          [FRANCE_FOLLOWER.chatId, '🔔 <b>New item</b> for 🇫🇷 France', 'agency'],
        ])
      })
    })

    it('goes to the new partner\'s followers, not the old one\'s, when one admin changed the partners just after another approved it', async () => {
      await addSubscription(t.db, PRIVATE, { type: 'country', value: 'RU' }, 'en', t.clock.now())
      await addSubscription(t.db, FRANCE_FOLLOWER, { type: 'country', value: 'FR' }, 'en', t.clock.now())
      const [id] = await seedAlertItems(t.db, [{ partners: ['RU'], status: 'flagged' }])
      expect(await approveItem(t.db, { articleId: id!, ...admin() }, alertsNow())).toMatchObject({ ok: true, alertsQueued: 1 })
      expect(await setItemPartners(t.db, { articleId: id!, ...admin(), partners: ['FR'] }, alertsNow())).toMatchObject({ ok: true, alertsQueued: 1 })
      await deliver()
      expect(t.api.sent().map((c) => c.payload.chat_id)).toEqual([FRANCE_FOLLOWER.chatId])
      expect(await outboxRows(t.db)).toMatchObject([
        { chat_id: PRIVATE.chatId, state: 'skipped', last_error: 'withdrawn: no longer matches' },
        { chat_id: FRANCE_FOLLOWER.chatId, state: 'sent' },
      ])
    })
  })

  it.each([
    ['blocked by the user', errors.blocked()],
    ['kicked from the group', errors.kicked()],
    ['chat not found', errors.chatNotFound()],
    ['user deactivated', telegramError(403, 'Forbidden: user is deactivated')],
  ])('deactivates a subscriber whose chat is gone (%s) and skips its other alerts', async (_, answer) => {
    await seedSubscriber(t.db, { chatId: 101 })
    await seedSubscriber(t.db, { chatId: 102 })
    await publish(t.db, await seedAlertItems(t.db, [{}, {}]), t.clock.now())
    t.api.failFor({ method: 'sendMessage', chatId: 101 }, () => answer)

    await deliver()
    expect(await subscriber(101)).toMatchObject({ is_active: 0, deactivated_reason: expect.stringMatching(/\w/) })
    expect(await subscriber(102)).toMatchObject({ is_active: 1 })
    expect((await outboxRows(t.db)).filter((r) => r.chat_id === 101).map((r) => r.state).sort()).toEqual(['failed', 'skipped'])
    expect(t.api.sent().filter((c) => c.payload.chat_id === 101)).toHaveLength(1)
    expect(t.api.sent().filter((c) => c.payload.chat_id === 102)).toHaveLength(2)
  })

  it('follows a group upgraded to a supergroup: moves its subscriptions and resends there', async () => {
    await seedSubscriber(t.db, { chatId: -555, chatType: 'group', topics: [{ type: 'country', value: 'RU' }] })
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'] }]), t.clock.now())
    t.api.once('sendMessage', () => errors.migrated(-1009999), { chatId: -555 })

    await deliver()
    expect(t.api.sent().map((c) => c.payload.chat_id)).toEqual([-555, -1009999])
    expect(await subscriber(-555)).toBeUndefined()
    expect(await subscriber(-1009999)).toMatchObject({ chat_type: 'supergroup', is_active: 1 })
    expect(await t.db.selectFrom('subscription').select(['chat_id', 'topic_value']).execute()).toEqual([{ chat_id: -1009999, topic_value: 'RU' }])
    expect((await outboxRows(t.db))[0]).toMatchObject({ chat_id: -1009999, state: 'sent' })
  })

  it('spends none of an alert\'s attempts on a group\'s move: a 5xx in the supergroup after it is retried as before', async () => {
    await seedSubscriber(t.db, { chatId: -555, chatType: 'group', topics: [{ type: 'country', value: 'RU' }] })
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'] }]), t.clock.now())
    // Two attempts short of giving up: only the 5xx may use one of them.
    await t.db.updateTable('alert_outbox').set({ attempts: MAX_ATTEMPTS - 2 }).execute()
    t.api.once('sendMessage', () => errors.migrated(-1001234567890), { chatId: -555 })
    t.api.once('sendMessage', () => telegramError(502, 'Bad Gateway'), { chatId: -1001234567890 })

    await deliver()
    expect(t.api.sent().map((c) => c.payload.chat_id)).toEqual([-555, -1001234567890])
    expect((await outboxRows(t.db))[0]).toMatchObject({ chat_id: -1001234567890, state: 'pending', attempts: MAX_ATTEMPTS - 1, last_error: 'Bad Gateway' })
    t.clock.advance(backoffMs(MAX_ATTEMPTS - 1))
    await deliver()
    expect((await outboxRows(t.db))[0]).toMatchObject({ chat_id: -1001234567890, state: 'sent', attempts: MAX_ATTEMPTS })
  })

  it('counts a supergroup\'s move, which Telegram never answers, as an attempt, so an API moving chats back and forth cannot resend for ever', async () => {
    await seedSubscriber(t.db, { chatId: -1001234567890, chatType: 'supergroup', topics: [{ type: 'country', value: 'RU' }] })
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'] }]), t.clock.now())
    t.api.once('sendMessage', () => errors.migrated(-1009876543210), { chatId: -1001234567890 })

    await deliver()
    // One attempt for the claimed send the move answered, one for the resend to the chat it named.
    expect((await outboxRows(t.db))[0]).toMatchObject({ chat_id: -1009876543210, state: 'sent', attempts: 2 })
  })

  it.each([
    ['two supergroups', -1001234567890, -1009876543210],
    ['two basic groups (a basic group only ever moves to a supergroup)', -555, -556],
  ])('gives an alert up after its attempts when an API moves it between %s and back, for ever', async (_, first, second) => {
    await seedSubscriber(t.db, { chatId: first, chatType: 'supergroup', topics: [{ type: 'country', value: 'RU' }] })
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'] }]), t.clock.now())
    // More moves than attempts: the sender must stop before the API does.
    t.api.failFor({ method: 'sendMessage', chatId: first, times: MAX_ATTEMPTS + 2 }, () => errors.migrated(second))
    t.api.failFor({ method: 'sendMessage', chatId: second, times: MAX_ATTEMPTS + 2 }, () => errors.migrated(first))

    for (let run = 0; run < 3; run += 1) await deliver()
    expect(t.api.sent()).toHaveLength(MAX_ATTEMPTS)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS })
  })

  it('follows a group upgraded to a supergroup that had subscribed to the same itself, after the item was published', async () => {
    await seedSubscriber(t.db, { chatId: -555, chatType: 'group', topics: [{ type: 'country', value: 'RU' }] })
    await publish(t.db, await seedAlertItems(t.db, [{ partners: ['RU'] }]), t.clock.now())
    t.clock.advance(60_000)
    // Someone in the new supergroup subscribed to Russia before the bot learnt of the move.
    await addSubscription(t.db, { chatId: -1009999, chatType: 'supergroup', threadId: 0 }, { type: 'country', value: 'RU' }, 'en', t.clock.now())
    t.api.once('sendMessage', () => errors.migrated(-1009999), { chatId: -555 })

    await deliver()
    expect(t.api.sent().map((c) => c.payload.chat_id)).toEqual([-555, -1009999])
    expect((await outboxRows(t.db))[0]).toMatchObject({ chat_id: -1009999, state: 'sent' })
  })

  it('records any other 400 with its description and does not retry it', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    t.api.once('sendMessage', () => telegramError(400, 'Bad Request: not enough rights to send text messages to the chat'))
    await deliver()
    t.clock.advance(86_400_000)
    await deliver()
    expect(t.api.sent()).toHaveLength(1)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'failed', last_error: 'Bad Request: not enough rights to send text messages to the chat' })
    expect(await subscriber(101)).toMatchObject({ is_active: 1 })
    expect(await t.deps.metrics.alertsFailed.get()).toMatchObject({ values: [{ value: 1 }] })
  })

  it('never sends backlog or old items, and sends one story from two sources once', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    const ids = await seedAlertItems(t.db, [
      { title: 'First poll of a new source', isBacklog: true },
      { title: 'Four days old', publishedAt: new Date(t.clock.now().getTime() - 96 * 3_600_000).toISOString() },
      { title: 'Kazakhstan and Turkey sign a theatre memorandum', storyKey: 'kz-tr-theatre', source: 'Ministry of Culture' },
      { title: 'Kazakhstan, Turkey sign theatre memorandum', storyKey: 'kz-tr-theatre', source: 'Kazinform' },
    ])
    await publish(t.db, ids, t.clock.now(), t.deps.config.alertMaxAgeHours)
    await deliver()
    expect(t.api.sent().map((c) => String(c.payload.text))).toEqual([expect.stringContaining('Kazakhstan and Turkey sign a theatre memorandum')])
  })

  it('alerts a story again from another source to a chat that never got it: blocked when the first copy was sent, unblocked since', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    const [first, second] = await seedAlertItems(t.db, [
      { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
      { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
    ])
    await publish(t.db, [first!], t.clock.now())
    t.api.once('sendMessage', () => errors.blocked())
    await deliver()
    expect(await subscriber(101)).toMatchObject({ is_active: 0 })

    const bot = { id: 1, is_bot: true, first_name: 'bot' }
    const from = { id: 101, is_bot: false, first_name: 'u' }
    await t.bot.handleUpdate({
      update_id: 9_101,
      my_chat_member: { chat: { id: 101, type: 'private', first_name: 'u' }, from, date: 0, old_chat_member: { user: bot, status: 'kicked', until_date: 0 }, new_chat_member: { user: bot, status: 'member' } },
    })
    expect(await subscriber(101)).toMatchObject({ is_active: 1 })
    t.clock.advance(3_600_000)
    expect(await publish(t.db, [second!], t.clock.now())).toBe(1)
    await deliver()
    expect(t.api.sent().map((c) => String(c.payload.text).match(/Memorandum with Russia \((\w+)\)/)?.[1])).toEqual(['ministry', 'agency'])
    expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state])).toEqual([[first, 'failed'], [second, 'sent']])
  })

  it('holds back, for a week from when it was queued, the story told through a copy queued in place of a withdrawn alert', async () => {
    const HOUR_MS = 3_600_000
    await seedSubscriber(t.db, { chatId: 101, topics: [{ type: 'country', value: 'RU' }] })
    const [first, second, third] = await seedAlertItems(t.db, [
      { title: 'Memorandum with Russia (ministry)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Ministry of Culture' },
      { title: 'Memorandum with Russia (agency)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
      { title: 'Memorandum with Russia (digest)', partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Weekly review', publishedAt: new Date(t.clock.now().getTime() + 7 * 24 * HOUR_MS + 9 * HOUR_MS).toISOString() },
    ])
    await publish(t.db, [first!], t.clock.now())
    t.api.once('sendMessage', () => errors.tooManyRequests(20 * 3_600))
    await deliver()
    t.clock.advance(HOUR_MS)
    expect(await publish(t.db, [second!], t.clock.now())).toBe(0)
    // Twenty hours on, the first copy's alert is withdrawn as the wait ends: the second copy goes in its place.
    t.clock.advance(19 * HOUR_MS)
    await t.db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', first!).execute()
    await deliver()
    expect((await outboxRows(t.db)).map((r) => [r.article_id, r.state, r.created_at])).toEqual([
      [first, 'skipped', '2026-11-21T09:00:00.000Z'],
      [second, 'sent', '2026-11-22T05:00:00.000Z'],
    ])

    // A week after the second copy was queued, less a few hours, a third source carries the story.
    t.clock.advance(7 * 24 * HOUR_MS - 10 * HOUR_MS)
    expect(await publish(t.db, [third!], t.clock.now())).toBe(0)
    await deliver()
    expect(t.api.sent().map((c) => String(c.payload.text).match(/Memorandum with Russia \((\w+)\)/)?.[1])).toEqual(['ministry', 'agency'])
  })

  it('does not alert a subscriber who was deactivated after the alert was queued', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    await t.db.updateTable('subscriber').set({ is_active: 0 }).execute()
    await deliver()
    expect(t.api.sent()).toHaveLength(0)
  })
})

describe('Telegram error classification', () => {
  const grammyError = (code: number, description: string, parameters = {}) =>
    new GrammyError(`Call to 'sendMessage' failed!`, { ok: false, error_code: code, description, parameters }, 'sendMessage', {})

  it.each([
    [grammyError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), { kind: 'rate-limited', retryAfterSeconds: 7 }],
    [grammyError(502, 'Bad Gateway'), { kind: 'transient' }],
    [grammyError(403, 'Forbidden: bot was blocked by the user'), { kind: 'chat-gone' }],
    [grammyError(400, 'Bad Request: chat not found'), { kind: 'chat-gone' }],
    [grammyError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -100123 }), { kind: 'migrated', toChatId: -100123 }],
    [grammyError(400, 'Bad Request: message is not modified: specified new message content…'), { kind: 'not-modified' }],
    [grammyError(400, "Bad Request: message can't be edited"), { kind: 'not-editable' }],
    [grammyError(400, 'Bad Request: message to edit not found'), { kind: 'not-editable' }],
    [grammyError(400, "Bad Request: can't parse entities"), { kind: 'rejected' }],
  ])('%s', (error, expected) => {
    expect(classifyTelegramError(error)).toMatchObject(expected)
  })

  it('leaves our own bugs unclassified', () => {
    expect(classifyTelegramError(new TypeError('x is undefined'))).toBeNull()
  })

  it('backs off exponentially and gives up after a bounded number of attempts', () => {
    expect(backoffMs(1)).toBe(10_000)
    expect(backoffMs(2)).toBe(20_000)
    expect(backoffMs(MAX_ATTEMPTS)).toBeLessThanOrEqual(4 * 3_600_000)
  })
})

describe('transient failures', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
  })
  afterEach(async () => t.close())

  it('backs off on 5xx and network errors, then gives up after MAX_ATTEMPTS', async () => {
    await seedSubscriber(t.db, { chatId: 101 })
    await publish(t.db, await seedAlertItems(t.db, [{}]), t.clock.now())
    const [row] = await outboxRows(t.db)
    const ctx = { deps: t.deps, api: t.bot.api, translate: () => (key: string) => key, pacer: new Pacer(), leadPartner: createLeadPartner() }
    const badGateway = new GrammyError(`Call to 'sendMessage' failed!`, { ok: false, error_code: 502, description: 'Bad Gateway' }, 'sendMessage', {})

    await claimAlerts(t.db, [row!.id], t.clock.now(), t.clock.now())
    await recordSendFailure(ctx, 101, [row!.id], 1, badGateway)
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'pending', last_error: 'Bad Gateway', next_attempt_at: new Date(t.clock.now().getTime() + backoffMs(1)).toISOString() })

    await recordSendFailure(ctx, 101, [row!.id], MAX_ATTEMPTS, new HttpError('Network request failed', new Error('ECONNRESET')))
    expect((await outboxRows(t.db))[0]).toMatchObject({ state: 'failed', last_error: expect.stringMatching(/^network: /) })
  })
})
