import { CompiledQuery, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import {
  countSearchResults, findItemsByPartner, findLatestItems, getItemCursor, getPartnerSummary, listPartnerCountries,
  searchItems, selectPartnerPageKeys, selectSearchPage,
} from '../../src/db/items.js'
import { dailyItems, itemWithPartner, seedItems } from '../helpers/seed-items.js'
import { createTestDb } from '../helpers/test-app.js'

describe('item queries', () => {
  let db: Db
  beforeEach(async () => {
    db = await createTestDb()
  })
  afterEach(async () => db.destroy())

  it('page a country straight from the covering index, without sorting, on every page', async () => {
    for (const req of [
      { limit: 5 },
      { limit: 5, cursor: { publishedAt: '2026-01-01T00:00:00.000Z', id: 10 }, direction: 'older' as const },
      { limit: 5, cursor: { publishedAt: '2026-01-01T00:00:00.000Z', id: 10 }, direction: 'newer' as const },
    ]) {
      const compiled = selectPartnerPageKeys(db, 'RU', req).compile()
      const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]))
      const details = plan.rows.map((r) => r.detail).join('\n')
      expect(details).toMatch(/USING COVERING INDEX article_partner_country_idx \(country=\? AND status=\?/)
      expect(details).not.toMatch(/TEMP B-TREE/)
    }
  })

  it('walk a partner list forwards and back with keyset cursors, published only, ties broken by id', async () => {
    const same = '2026-05-05T05:00:00.000Z'
    const ids = await seedItems(db, [...dailyItems(7, ['RU']), itemWithPartner('RU', { publishedAt: same }), itemWithPartner('RU', { publishedAt: same }), itemWithPartner('RU', { status: 'flagged' })])
    const first = await findItemsByPartner(db, 'RU', { limit: 4 })
    expect(first.items.map((i) => i.id)).toEqual(ids.slice(0, 4))
    expect(first).toMatchObject({ hasNewer: false, hasOlder: true })
    const cursor = await getItemCursor(db, first.items.at(-1)!.id)
    const second = await findItemsByPartner(db, 'RU', { limit: 4, cursor, direction: 'older' })
    expect(second.items.map((i) => i.id)).toEqual([...ids.slice(4, 7), ids[8]!])
    const third = await findItemsByPartner(db, 'RU', { limit: 4, cursor: await getItemCursor(db, ids[8]!), direction: 'older' })
    expect(third.items.map((i) => i.id)).toEqual([ids[7]])
    expect(third).toMatchObject({ hasNewer: true, hasOlder: false })
    const back = await findItemsByPartner(db, 'RU', { limit: 4, cursor: await getItemCursor(db, second.items[0]!.id), direction: 'newer' })
    expect(back.items.map((i) => i.id)).toEqual(ids.slice(0, 4))
    expect(back).toMatchObject({ hasNewer: false, hasOlder: true })
    expect(await getItemCursor(db, 999_999)).toBeNull()
  })

  it('keep the per-country counts in step with inserts, status changes and deletes', async () => {
    const [a, b] = await seedItems(db, [itemWithPartner(['RU', 'BY'], { publishedAt: '2019-03-01T00:00:00.000Z' }), itemWithPartner('RU'), itemWithPartner('CN', { status: 'flagged' })])
    expect(await getPartnerSummary(db, 'RU')).toEqual({ count: 2, oldestAt: '2019-03-01T00:00:00.000Z' })
    expect(await listPartnerCountries(db)).toEqual([{ country: 'RU', count: 2 }, { country: 'BY', count: 1 }])
    await db.updateTable('classification').set({ status: 'rejected' }).where('article_id', '=', a!).execute()
    expect(await getPartnerSummary(db, 'RU')).toMatchObject({ count: 1 })
    expect(await listPartnerCountries(db)).toEqual([{ country: 'RU', count: 1 }])
    await db.updateTable('classification').set({ status: 'published' }).where('article_id', '=', a!).execute()
    await db.deleteFrom('article').where('id', '=', b!).execute()
    expect(await getPartnerSummary(db, 'RU')).toEqual({ count: 1, oldestAt: '2019-03-01T00:00:00.000Z' })
    expect(await getPartnerSummary(db, 'JP')).toEqual({ count: 0, oldestAt: null })
    const recount = await db.selectFrom('article_partner').select(['country', 'status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['country', 'status']).execute()
    const kept = await db.selectFrom('partner_country_count').selectAll().where('item_count', '>', 0).execute()
    expect(kept.map((r) => `${r.country}/${r.status}/${r.item_count}`).sort()).toEqual(recount.map((r) => `${r.country}/${r.status}/${r.n}`).sort())
  })

  it('list the newest published items, domestic ones too', async () => {
    const ids = await seedItems(db, [...dailyItems(3, ['KG']), { partners: [], publishedAt: '2026-11-20T12:00:00.000Z' }, { status: 'rejected', publishedAt: '2026-11-20T13:00:00.000Z' }])
    const page = await findLatestItems(db, { limit: 2 })
    expect(page.items.map((i) => i.id)).toEqual([ids[3], ids[0]])
    const next = await findLatestItems(db, { limit: 2, cursor: await getItemCursor(db, ids[0]!), direction: 'older' })
    expect(next.items.map((i) => i.id)).toEqual([ids[1], ids[2]])
    expect(next).toMatchObject({ hasOlder: false, hasNewer: true })
  })

  it('search newest first straight from the index, without sorting the matches', async () => {
    const plan = await sql<{ detail: string }>`explain query plan ${selectSearchPage(toFtsQuery('театр')!, { limit: 5, cursor: { publishedAt: '2026-11-20T06:00:00.000Z', id: 3 }, direction: 'older' })}`.execute(db)
    const details = plan.rows.map((r) => r.detail).join('\n')
    expect(details).toMatch(/SCAN item_search VIRTUAL TABLE/)
    expect(details).not.toMatch(/TEMP B-TREE/)
  })

  it('search published items newest first and count with a cap', async () => {
    await seedItems(db, [...dailyItems(4, ['TR'], undefined, { body: 'Гастроли театра' }), { body: 'Гастроли театра', status: 'flagged' }])
    const match = toFtsQuery('театр')!
    expect(await countSearchResults(db, match, 100)).toMatchObject({ count: 4, isAtLeast: false })
    expect(await countSearchResults(db, match, 3)).toMatchObject({ count: 3 })
    const first = await searchItems(db, match, { limit: 2 })
    const second = await searchItems(db, match, { limit: 2, cursor: first.items[1], direction: 'older' })
    expect(second.items.map((i) => i.title)).toEqual(['Item 3 with TR', 'Item 4 with TR'])
    expect(second).toMatchObject({ hasNewer: true, hasOlder: false })
    expect(await countSearchResults(db, match, 100, second.items[0])).toMatchObject({ count: 2 })
  })
})
