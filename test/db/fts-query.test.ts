import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { createTestDb } from '../helpers/test-app.js'
import { seedItems } from '../helpers/seed-items.js'

describe('toFtsQuery', () => {
  it('quotes every term, joins with AND and keeps phrases exact', () => {
    expect(toFtsQuery('музей Франции')).toBe('"музе"* AND "франц"*')
    expect(toFtsQuery('"Лувр Абу-Даби" выставка')).toBe('"лувр абу даби" AND "выставк"*')
    expect(toFtsQuery('AND OR NOT')).toBe('"and"* AND "or"* AND "not"*')
    expect(toFtsQuery('  ***  ')).toBeNull()
    expect(toFtsQuery('')).toBeNull()
  })

  describe('against a real FTS5 index', () => {
    let db: Db
    beforeAll(async () => {
      db = await createTestDb()
      await seedItems(db, [
        { title: 'Меморандум о сотрудничестве с Россией', body: 'Музеи двух стран проведут выставки.' },
        { title: 'Қазақстан мен Ресей ынтымақтастығы', body: 'Мұражайлардың көрмесі Ресеймен бірге өтеді.' },
      ])
    })
    afterAll(async () => db.destroy())

    const search = async (input: string) => {
      const match = toFtsQuery(input)
      if (match === null) return []
      return (await sql<{ rowid: number }>`select rowid from article_fts where article_fts match ${match} order by rowid`.execute(db)).rows.map((r) => r.rowid)
    }

    it('finds Russian and Kazakh word forms', async () => {
      expect(await search('Россия музей')).toEqual([1])
      expect(await search('сотрудничество')).toEqual([1])
      expect(await search('Ресеймен')).toEqual([2])
      expect(await search('ынтымақтастық мұражай')).toEqual([2])
    })

    it('never produces an expression FTS5 refuses, whatever the input', async () => {
      const nasty = ['"', '""', '"a', "it's", 'a:b', 'title:x', '^x', 'x*', '(a OR b', 'NEAR(a b, 3)', '-x', '+', '\\', '\u0000', '🎭 🇫🇷', 'ё Ё й', 'ǅ ß ﬁ', 'a'.repeat(500)]
      let seed = 7
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
      for (let i = 0; i < 300; i++) {
        nasty.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => String.fromCodePoint(32 + Math.floor(random() * 0x500))).join(''))
      }
      for (const input of nasty) await expect(search(input), JSON.stringify(input)).resolves.toBeInstanceOf(Array)
    })
  })
})
