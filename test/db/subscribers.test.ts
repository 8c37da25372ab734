import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getChatPreferences, setChatPreferences } from '../../src/db/chat-preferences.js'
import type { Db } from '../../src/db/database.js'
import { getChatLanguage, moveSubscriberChat, setChatLanguage } from '../../src/db/subscribers.js'
import { addSubscription, getSubscriberSettings, listSubscriptions, setAlertSettings } from '../../src/db/subscriptions.js'
import { seedItems } from '../helpers/seed-items.js'
import { createTestDb } from '../helpers/test-app.js'

const GROUP = { chatId: -555, chatType: 'group' as const }
const SUPERGROUP = { chatId: -1009999, chatType: 'supergroup' as const }
const BEFORE = new Date('2026-11-01T09:00:00.000Z')
const UPGRADED = new Date('2026-11-21T09:00:00.000Z')

describe('moveSubscriberChat (a group upgraded to a supergroup)', () => {
  let db: Db
  beforeEach(async () => {
    db = await createTestDb()
    // What the group had set over the weeks before the upgrade.
    await addSubscription(db, { ...GROUP, threadId: 0 }, { type: 'country', value: 'RU' }, 'en', BEFORE)
    await setChatLanguage(db, GROUP, 'kk', BEFORE)
    await setAlertSettings(db, GROUP, { alertMode: 'digest', digestHour: 18, timeZone: 'Europe/Vienna' }, BEFORE)
    await setChatPreferences(db, GROUP, { showLead: false, isSilent: true, quietHours: { start: 22, end: 7 } }, BEFORE)
  })
  afterEach(async () => db.destroy())

  const subscriberRow = (chatId: number) => db.selectFrom('subscriber').selectAll().where('chat_id', '=', chatId).executeTakeFirst()

  it.each([
    ['the bot does not know yet', false],
    ['that got a row of its own first', true],
  ])('moves which alerts the group was held back from as repeats to a supergroup %s, so a later edit does not bring the story again', async (_, isKnown) => {
    const [told, heldBack] = await seedItems(db, [{ title: 'Memorandum with Russia (ministry)' }, { title: 'Memorandum with Russia (agency)' }])
    await db.insertInto('alert_outbox').values({ article_id: told!, chat_id: GROUP.chatId, delivery: 'instant', state: 'sent', next_attempt_at: BEFORE.toISOString(), created_at: BEFORE.toISOString() }).execute()
    await db.insertInto('alert_repeat').values({ article_id: heldBack!, chat_id: GROUP.chatId, message_thread_id: 0, repeat_of_article_id: told!, created_at: BEFORE.toISOString() }).execute()
    if (isKnown) await setChatPreferences(db, SUPERGROUP, { showLinkPreview: true }, UPGRADED)
    await moveSubscriberChat(db, GROUP.chatId, SUPERGROUP.chatId, UPGRADED)
    expect(await db.selectFrom('alert_outbox').select(['article_id', 'chat_id']).execute()).toEqual([{ article_id: told, chat_id: SUPERGROUP.chatId }])
    expect(await db.selectFrom('alert_repeat').select(['article_id', 'chat_id', 'repeat_of_article_id']).execute()).toEqual([
      { article_id: heldBack, chat_id: SUPERGROUP.chatId, repeat_of_article_id: told },
    ])
  })

  it('moves everything to a supergroup the bot does not know yet', async () => {
    await moveSubscriberChat(db, GROUP.chatId, SUPERGROUP.chatId, UPGRADED)
    expect(await subscriberRow(GROUP.chatId)).toBeUndefined()
    expect(await getChatLanguage(db, SUPERGROUP.chatId)).toBe('kk')
    expect(await getSubscriberSettings(db, SUPERGROUP.chatId)).toEqual({ alertMode: 'digest', digestHour: 18, timeZone: 'Europe/Vienna', isActive: true })
    expect(await getChatPreferences(db, SUPERGROUP.chatId)).toEqual({ showLead: false, showLinkPreview: false, isSilent: true, quietHours: { start: 22, end: 7 }, timeZone: 'Europe/Vienna' })
  })

  it('keeps the group\'s settings when the supergroup got a row of its own first (/settings there before the move was seen)', async () => {
    await setChatPreferences(db, SUPERGROUP, { showLinkPreview: true }, UPGRADED)
    await moveSubscriberChat(db, GROUP.chatId, SUPERGROUP.chatId, UPGRADED)
    expect(await subscriberRow(GROUP.chatId)).toBeUndefined()
    expect(await getChatLanguage(db, SUPERGROUP.chatId)).toBe('kk')
    expect(await getSubscriberSettings(db, SUPERGROUP.chatId)).toEqual({ alertMode: 'digest', digestHour: 18, timeZone: 'Europe/Vienna', isActive: true })
    // The preview switched on in the supergroup stays; the rest is the group's.
    expect(await getChatPreferences(db, SUPERGROUP.chatId)).toEqual({ showLead: false, showLinkPreview: true, isSilent: true, quietHours: { start: 22, end: 7 }, timeZone: 'Europe/Vienna' })
    expect((await listSubscriptions(db, { chatId: SUPERGROUP.chatId, threadId: 0 })).map((s) => s.value)).toEqual(['RU'])
    expect(await subscriberRow(SUPERGROUP.chatId)).toMatchObject({ chat_type: 'supergroup', created_at: BEFORE.toISOString(), updated_at: UPGRADED.toISOString() })
  })

  it('keeps what the supergroup set itself, and takes only the rest from the group', async () => {
    await setChatLanguage(db, SUPERGROUP, 'ru', UPGRADED)
    await setAlertSettings(db, SUPERGROUP, { digestHour: 7 }, UPGRADED)
    await setChatPreferences(db, SUPERGROUP, { quietHours: { start: 1, end: 5 } }, UPGRADED)
    await moveSubscriberChat(db, GROUP.chatId, SUPERGROUP.chatId, UPGRADED)
    expect(await getChatLanguage(db, SUPERGROUP.chatId)).toBe('ru')
    expect(await getSubscriberSettings(db, SUPERGROUP.chatId)).toEqual({ alertMode: 'digest', digestHour: 7, timeZone: 'Europe/Vienna', isActive: true })
    expect(await getChatPreferences(db, SUPERGROUP.chatId)).toEqual({ showLead: false, showLinkPreview: false, isSilent: true, quietHours: { start: 1, end: 5 }, timeZone: 'Europe/Vienna' })
  })

  it('remembers the group\'s last digest, so the day\'s digest is not sent twice', async () => {
    await db.updateTable('subscriber').set({ last_digest_at: '2026-11-20T17:00:00.000Z' }).where('chat_id', '=', GROUP.chatId).execute()
    await setChatLanguage(db, SUPERGROUP, 'ru', UPGRADED)
    await moveSubscriberChat(db, GROUP.chatId, SUPERGROUP.chatId, UPGRADED)
    expect(await subscriberRow(SUPERGROUP.chatId)).toMatchObject({ last_digest_at: '2026-11-20T17:00:00.000Z' })
  })
})
