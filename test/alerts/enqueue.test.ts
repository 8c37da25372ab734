import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Db, openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { countOutboxByState, pruneFinishedAlerts } from '../../src/db/outbox.js'
import { outboxRows, publish, seedAlertItems, seedSubscriber } from './alert-fixtures.js'

const NOW = new Date('2026-11-21T09:00:00.000Z')

describe('enqueueAlerts', () => {
  let db: Db
  beforeEach(async () => {
    db = openDb(':memory:')
    await migrateToLatestOrThrow(db)
  })
  afterEach(async () => db.destroy())

  it('queues one alert per matching chat and topic, in the chat\'s alert mode, once', async () => {
    await seedSubscriber(db, { chatId: 1, topics: [{ type: 'country', value: 'RU' }, { type: 'all' }] })
    await seedSubscriber(db, { chatId: 2, topics: [{ type: 'country', value: 'FR' }] })
    await seedSubscriber(db, { chatId: 3, alertMode: 'digest', topics: [{ type: 'sector', value: 'theatre' }] })
    // Word forms as /search finds them (issue 15.5): «гастроль», «театры» → «Гастроли … театра».
    await seedSubscriber(db, { chatId: 4, topics: [{ type: 'keyword', value: 'гастроль' }] })
    await seedSubscriber(db, { chatId: 5, topics: [{ type: 'keyword', value: 'театры' }] })
    await seedSubscriber(db, { chatId: -100, topics: [{ type: 'country', value: 'RU', threadId: 7 }, { type: 'country', value: 'BY', threadId: 9 }] })
    const [id] = await seedAlertItems(db, [{ partners: ['BY', 'RU'], sectors: ['theatre'], title: 'Гастроли Большого театра в Астане' }])

    expect(await publish(db, [id!], NOW)).toBe(6)
    expect(await publish(db, [id!], NOW)).toBe(0)
    const rows = await outboxRows(db)
    const destinations = rows.map((r) => [r.chat_id, r.message_thread_id, r.delivery, r.state]).sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]))
    expect(destinations).toEqual([
      [-100, 7, 'instant', 'pending'],
      [-100, 9, 'instant', 'pending'],
      [1, 0, 'instant', 'pending'],
      [3, 0, 'digest', 'pending'],
      [4, 0, 'instant', 'pending'],
      [5, 0, 'instant', 'pending'],
    ])
  })

  it('queues an item naming an organisation for the chats following it, not for those following another', async () => {
    await seedSubscriber(db, { chatId: 1, topics: [{ type: 'org', value: 'UNESCO' }] })
    await seedSubscriber(db, { chatId: 2, topics: [{ type: 'org', value: 'TURKSOY' }] })
    await seedSubscriber(db, { chatId: 3, topics: [{ type: 'country', value: 'FR' }] })
    const [id] = await seedAlertItems(db, [{ orgs: ['UNESCO'], title: 'Казахстан и ЮНЕСКО обсудили охрану наследия' }])
    expect(await publish(db, [id!], NOW)).toBe(1)
    expect((await outboxRows(db)).map((r) => r.chat_id)).toEqual([1])
  })

  it('never alerts backlog items, items older than the limit, or unpublished ones', async () => {
    await seedSubscriber(db, { chatId: 1 })
    const ids = await seedAlertItems(db, [
      { isBacklog: true, publishedAt: '2026-11-21T08:00:00.000Z' },
      { publishedAt: '2026-11-18T08:00:00.000Z' },
      { status: 'flagged', publishedAt: '2026-11-21T08:00:00.000Z' },
      { status: 'rejected', publishedAt: '2026-11-21T08:00:00.000Z' },
    ])
    expect(await publish(db, ids, NOW)).toBe(0)
    expect(await publish(db, ids.slice(1, 2), NOW, 24 * 7)).toBe(1)
  })

  it('never alerts an item published before the subscription was made', async () => {
    await seedSubscriber(db, { chatId: 1, createdAt: '2026-11-21T07:00:00.000Z' })
    await seedSubscriber(db, { chatId: 2, topics: [{ type: 'country', value: 'RU', createdAt: '2026-11-21T07:00:00.000Z' }, { type: 'country', value: 'FR' }] })
    const [before, after] = await seedAlertItems(db, [
      { partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z' },
      { partners: ['RU'], publishedAt: '2026-11-21T06:00:00.000Z' },
    ])
    // What counts is when coopwatch published the item, not the source's date.
    expect(await publish(db, [before!], new Date('2026-11-21T06:30:00.000Z'))).toBe(0)
    expect(await publish(db, [after!], new Date('2026-11-21T08:00:00.000Z'))).toBe(2)
  })

  it('alerts the same story from two sources once per chat (story key or identical text)', async () => {
    await seedSubscriber(db, { chatId: 1 })
    await seedSubscriber(db, { chatId: 2, topics: [{ type: 'country', value: 'FR' }] })
    const [first, sameStory, sameText, other] = await seedAlertItems(db, [
      { partners: ['RU'], storyKey: 'kz-ru-theatre-memorandum', source: 'Ministry of Culture' },
      { partners: ['RU', 'FR'], storyKey: 'kz-ru-theatre-memorandum', source: 'Kazinform' },
      { partners: ['RU'], contentHash: 'same-body', source: 'Kazinform' },
      { partners: ['RU'], contentHash: 'same-body', source: 'Ministry of Culture' },
    ])
    expect(await publish(db, [first!], NOW)).toBe(1)
    // chat 2 never saw the story (it follows France only): it gets the second source's copy.
    expect(await publish(db, [sameStory!], NOW)).toBe(1)
    expect(await publish(db, [sameText!], NOW)).toBe(1)
    expect(await publish(db, [other!], NOW)).toBe(0)
    expect((await outboxRows(db)).map((r) => [r.article_id, r.chat_id])).toEqual([[first, 1], [sameStory, 2], [sameText, 1]])
  })

  it('forgets, with the finished alerts it prunes, which chats an article was held back from as a repeat', async () => {
    await seedSubscriber(db, { chatId: 1 })
    const [first, copy, later] = await seedAlertItems(db, [
      { partners: ['RU'], storyKey: 'kz-ru-theatre-memorandum' },
      { partners: ['RU'], storyKey: 'kz-ru-theatre-memorandum' },
      { partners: ['RU'], storyKey: 'kz-ru-theatre-memorandum' },
    ])
    await publish(db, [first!, copy!], NOW)
    const dayLater = new Date(NOW.getTime() + 86_400_000)
    await publish(db, [later!], dayLater)
    await db.updateTable('alert_outbox').set({ state: 'sent' }).execute()
    const repeats = () => db.selectFrom('alert_repeat').select(['article_id', 'chat_id', 'repeat_of_article_id']).orderBy('article_id').execute()
    expect(await repeats()).toEqual([{ article_id: copy, chat_id: 1, repeat_of_article_id: first }, { article_id: later, chat_id: 1, repeat_of_article_id: first }])

    expect(await pruneFinishedAlerts(db, new Date(NOW.getTime() + 1))).toBe(1)
    expect(await repeats()).toEqual([{ article_id: later, chat_id: 1, repeat_of_article_id: first }])
  })

  it('skips inactive subscribers', async () => {
    await seedSubscriber(db, { chatId: 1 })
    await db.updateTable('subscriber').set({ is_active: 0, deactivated_reason: 'blocked' }).execute()
    expect(await publish(db, await seedAlertItems(db, [{ partners: ['RU'] }]), NOW)).toBe(0)
  })

  it('counts the queue for /stats', async () => {
    await seedSubscriber(db, { chatId: 1 })
    await seedSubscriber(db, { chatId: 2 })
    await seedSubscriber(db, { chatId: 3 })
    await publish(db, await seedAlertItems(db, [{}]), NOW)
    const [a, b] = await outboxRows(db)
    await db.updateTable('alert_outbox').set({ state: 'sent', sent_at: NOW.toISOString(), last_attempt_at: NOW.toISOString() }).where('id', '=', a!.id).execute()
    await db.updateTable('alert_outbox').set({ state: 'failed', last_attempt_at: NOW.toISOString() }).where('id', '=', b!.id).execute()
    expect(await countOutboxByState(db, new Date(NOW.getTime() - 86_400_000))).toEqual({ pending: 1, sent: 1, failed: 1, withdrawn: 0 })
    expect(await countOutboxByState(db, new Date(NOW.getTime() + 1))).toEqual({ pending: 1, sent: 0, failed: 0, withdrawn: 0 })
  })
})
