import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { finishBackfill, findBotBackfills, markBackfillEndShown, requestBackfill } from '../../src/db/backfill.js'
import type { Db } from '../../src/db/database.js'
import { insertSource } from '../../src/db/sources.js'
import { createTestDb } from '../helpers/test-app.js'

const NOW = new Date('2026-11-21T09:00:00.000Z')
const LATER = new Date('2026-11-21T09:05:00.000Z')
const SINCE = new Date('2024-11-21T00:00:00.000Z')

describe('a walk\'s end owed to the admin who started it in the bot', () => {
  let db: Db
  let sourceId: number
  beforeEach(async () => {
    db = await createTestDb()
    sourceId = (await insertSource(db, { name: 'MKI', url: 'https://mki.example/rss', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', NOW)).source.id
  })
  afterEach(async () => db.destroy())

  const request = (messageId: number, now: Date) =>
    requestBackfill(db, { sourceId, since: SINCE, now, progressMessage: { adminId: 1, chatId: 1, messageId, lang: 'en' } })
  const owed = async () => (await findBotBackfills(db)).map((w) => [w.state, w.progressMessage?.messageId])

  it('is owed once the walk ends, and no more once shown', async () => {
    await request(10, NOW)
    await finishBackfill(db, sourceId, NOW)
    expect(await owed()).toEqual([['done', 10]])
    await markBackfillEndShown(db, sourceId, LATER)
    expect(await owed()).toEqual([])
  })

  it('is not marked shown for a walk begun again meanwhile: the earlier end shown late does not settle the new one', async () => {
    await request(10, NOW)
    await finishBackfill(db, sourceId, NOW)
    await request(11, LATER)
    await markBackfillEndShown(db, sourceId, LATER)
    await finishBackfill(db, sourceId, LATER)
    expect(await owed()).toEqual([['done', 11]])
  })
})
