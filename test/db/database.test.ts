import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { insertSource } from '../../src/db/sources.js'
import { createTestDb } from '../helpers/test-app.js'

let db: Db | undefined

afterEach(async () => {
  vi.restoreAllMocks()
  await db?.destroy()
})

async function withSources(count: number): Promise<Db> {
  const opened = await createTestDb()
  for (let i = 0; i < count; i++) {
    await insertSource(opened, { name: `site-${i}`, url: `https://site-${i}.kz/rss`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', new Date('2026-12-03T00:00:00Z'))
  }
  return opened
}

const sourceNames = (d: Db) => d.selectFrom('source').select('name').orderBy('id').execute()

describe('openDb’s prepared statements', () => {
  it('prepares a query’s SQL once and runs the kept statement again', async () => {
    db = await withSources(3)
    const prepare = vi.spyOn(SQLite.prototype, 'prepare')
    for (let i = 0; i < 3; i++) expect(await sourceNames(db)).toHaveLength(3)
    expect(prepare).toHaveBeenCalledTimes(1)
  })

  it('keeps the 64 most recently used and prepares a dropped one anew', async () => {
    db = await withSources(1)
    const prepare = vi.spyOn(SQLite.prototype, 'prepare')
    // Each limit is written into the SQL, so each is a text of its own: 65 of them push the first out.
    const byLimit = (limit: number) => db!.selectFrom('source').select('name').limit(sql.lit(limit)).execute()
    for (let limit = 1; limit <= 65; limit++) await byLimit(limit)
    prepare.mockClear()
    await byLimit(65)
    await byLimit(2)
    expect(prepare).toHaveBeenCalledTimes(0)
    await byLimit(1)
    expect(prepare).toHaveBeenCalledTimes(1)
  })

  it('runs a query again at once after a stream of it was left early', async () => {
    db = await withSources(3)
    const streamed: string[] = []
    for await (const row of db.selectFrom('source').select('name').orderBy('id').stream()) {
      streamed.push(row.name)
      break
    }
    expect(streamed).toEqual(['site-0'])
    expect((await sourceNames(db)).map((r) => r.name)).toEqual(['site-0', 'site-1', 'site-2'])
  })
})
