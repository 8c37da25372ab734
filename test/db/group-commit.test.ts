import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { sql, type Transaction } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type Db } from '../../src/db/database.js'
import { createGroupCommit } from '../../src/db/group-commit.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import type { Database } from '../../src/db/schema.js'
import { insertSource } from '../../src/db/sources.js'

let dir: string | undefined
let db: Db | undefined

afterEach(async () => {
  await db?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
  db = undefined
  dir = undefined
})

async function openFileDb(): Promise<{ db: Db; path: string }> {
  dir = mkdtempSync(join(tmpdir(), 'coopwatch-group-commit-'))
  const path = join(dir, 'coopwatch.sqlite')
  db = openDb(path)
  await migrateToLatestOrThrow(db)
  return { db, path }
}

const addSource = (name: string) => async (trx: Transaction<Database>) =>
  (await insertSource(trx, { name, url: `https://${name}.kz/rss`, type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', new Date('2026-12-04T00:00:00Z'))).source.id

const sourceNames = async (d: Db) => (await d.selectFrom('source').select('name').orderBy('name').execute()).map((r) => r.name)

describe('createGroupCommit', () => {
  it('commits the writes that come within the window in one transaction, seen by others only once all are done', async () => {
    const { db: opened, path } = await openFileDb()
    const reader = new SQLite(path, { readonly: true })
    const seenByReader: number[] = []
    const commits = createGroupCommit(opened, { windowMs: 50 })
    const countByReader = () => (reader.prepare('select count(*) as n from source').get() as { n: number }).n
    const written = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        commits.run(async (trx) => {
          seenByReader.push(countByReader())
          return addSource(name)(trx)
        }),
      ),
    )
    expect(seenByReader).toEqual([0, 0, 0])
    expect(countByReader()).toBe(3)
    expect(new Set(written).size).toBe(3)
    reader.close()
  })

  it('undoes a write that throws alone, rethrowing its error to its caller, and commits the others', async () => {
    const { db: opened } = await openFileDb()
    const commits = createGroupCommit(opened, { windowMs: 50 })
    const failing = commits.run(async (trx) => {
      await addSource('half-done')(trx)
      throw new Error('the second half failed')
    })
    const [first, second, third] = await Promise.allSettled([commits.run(addSource('before')), failing, commits.run(addSource('after'))])
    expect(first.status).toBe('fulfilled')
    expect(second).toEqual({ status: 'rejected', reason: new Error('the second half failed') })
    expect(third.status).toBe('fulfilled')
    expect(await sourceNames(opened)).toEqual(['after', 'before'])
  })

  it('fails every write of a transaction whose commit fails, and stores none of them', async () => {
    const { db: opened } = await openFileDb()
    const commits = createGroupCommit(opened, { windowMs: 50 })
    // A deferred foreign key is checked at COMMIT: the commit itself fails.
    const breaksTheCommit = commits.run(async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx)
      await sql`insert into article_partner (article_id, country, status, published_at) values (987654, 'RU', 'published', '2026-12-04')`.execute(trx)
    })
    const results = await Promise.allSettled([commits.run(addSource('kept-back')), breaksTheCommit])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/)
    expect(await sourceNames(opened)).toEqual([])
    // The connection is usable again: the next write commits.
    await commits.run(addSource('next'))
    expect(await sourceNames(opened)).toEqual(['next'])
  })

  it('commits at maxWrites without waiting for the window', async () => {
    const { db: opened } = await openFileDb()
    // Were the hour-long window waited for, the test would time out.
    const commits = createGroupCommit(opened, { windowMs: 3_600_000, maxWrites: 2 })
    await Promise.all([commits.run(addSource('x')), commits.run(addSource('y'))])
    expect(await sourceNames(opened)).toEqual(['x', 'y'])
  })
})
