import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import SQLite from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/backup.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { runCommand } from '../helpers/command-io.js'

const SEEDED_ARTICLES = 20_000

// Another connection, on its own thread, writing the whole time as the running bot would: each
// transaction adds a pair of rows, so a consistent copy always holds an even number of them.
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads')
const SQLite = require('better-sqlite3')
const db = new SQLite(workerData)
db.pragma('journal_mode = WAL')
db.pragma('busy_timeout = 5000')
const insert = db.prepare('insert into probe (n) values (?)')
const pair = db.transaction((n) => { insert.run(n); insert.run(n) })
let n = 0
const deadline = Date.now() + 60_000
let stopping = false
parentPort.on('message', () => { stopping = true })
function tick() {
  if (stopping || Date.now() > deadline) { db.close(); process.exit(0) }
  for (let i = 0; i < 50; i++) pair(++n)
  if (n === 50) parentPort.postMessage('ready')
  setImmediate(tick)
}
tick()
`

const backupCli = (args: string[], env: Record<string, string>) => runCommand(run, args, env)

describe('npm run backup -- FILE', () => {
  let template: string
  beforeAll(async () => {
    template = join(mkdtempSync(join(tmpdir(), 'coopwatch-backup-template-')), 'coopwatch.db')
    const db = openDb(template)
    await migrateToLatestOrThrow(db)
    await db.destroy()
    const sqlite = new SQLite(template)
    sqlite.exec('create table probe (n integer not null)')
    const insert = sqlite.prepare(
      `insert into article (url, url_key, title, body, lang, published_at, published_at_origin, fetched_at, updated_at, content_hash, story_key)
       values (?, ?, ?, ?, 'en', '2026-01-01T00:00:00.000Z', 'feed', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)`,
    )
    sqlite.transaction(() => {
      for (let i = 0; i < SEEDED_ARTICLES; i++) insert.run(`https://example.org/${i}`, `example.org/${i}`, `Memorandum ${i}`, 'body '.repeat(200), `h${i}`, `k${i}`)
    })()
    sqlite.close()
  })

  let dir: string
  let dbPath: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopwatch-backup-'))
    dbPath = join(dir, 'live', 'coopwatch.db')
    mkdirSync(dirname(dbPath))
    copyFileSync(template, dbPath)
  })

  let writer: Worker | undefined
  afterEach(async () => {
    await writer?.terminate()
    writer = undefined
    rmSync(dir, { recursive: true, force: true })
  })
  afterAll(() => rmSync(dirname(template), { recursive: true, force: true }))

  it('copies a database that another process keeps writing, consistently and without stopping the writer', async () => {
    const w = new Worker(WRITER, { eval: true, workerData: dbPath })
    writer = w
    await new Promise<void>((resolve) => w.once('message', () => resolve()))

    const target = join(dir, 'backups', 'coopwatch-2026-11-21.db')
    const exit = await backupCli([target], { DATABASE_PATH: dbPath })
    expect(exit.stderr).toBe('')
    expect(exit.code).toBe(0)
    expect(exit.stdout).toMatch(/^backup: .+ → .+coopwatch-2026-11-21\.db \(\d+ pages, [\d.]+ MB, quick_check ok\) in [\d.]+ s\n$/)

    // The writer was never blocked: it is still writing after the backup.
    const copy = new SQLite(target, { readonly: true })
    const copied = (copy.prepare('select count(*) as n from probe').get() as { n: number }).n
    await expect.poll(() => {
      const live = new SQLite(dbPath, { readonly: true })
      const n = (live.prepare('select count(*) as n from probe').get() as { n: number }).n
      live.close()
      return n
    }).toBeGreaterThan(copied)
    const exited = new Promise((resolve) => w.once('exit', resolve))
    w.postMessage('stop')
    expect(await exited).toBe(0)

    expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copied % 2).toBe(0)
    expect(copied).toBeGreaterThan(0)
    expect((copy.prepare('select count(*) as n from article').get() as { n: number }).n).toBe(SEEDED_ARTICLES)
    expect((copy.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n).toBeGreaterThan(0)
    copy.close()
    expect(existsSync(`${target}-wal`)).toBe(false)
  })

  it('restores by copying the file back: the app opens it and finds everything', async () => {
    const target = join(dir, 'copy.db')
    expect((await backupCli([target], { DATABASE_PATH: dbPath })).code).toBe(0)
    const restored = openDb(target)
    await migrateToLatestOrThrow(restored)
    const { n } = await restored.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(n).toBe(SEEDED_ARTICLES)
    await restored.destroy()
  })

  it.each([
    ['no file argument', [], {}, /^usage: npm run backup -- FILE/],
    ['a missing database', ['out.db'], { DATABASE_PATH: 'nowhere/none.db' }, /^backup failed: cannot open nowhere\/none\.db/],
    ['the database as its own backup', ['DB'], {}, /^backup failed: the backup file is the database itself/],
  ])('exits 1 with one line for %s', async (_, args, env, message) => {
    const exit = await backupCli(args.map((a) => (a === 'DB' ? dbPath : join(dir, a))), { DATABASE_PATH: dbPath, ...env })
    expect(exit.code).toBe(1)
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)])
  })

  it.each([
    ['a folder', () => dir, /^backup failed: .+ is a folder: name the backup file in it$/],
    ['a path ending in a slash', () => join(dir, 'backups/'), /^backup failed: .+backups\/ is a folder: name the backup file in it$/],
    ['a file where a folder should be', () => join(dir, 'live', 'coopwatch.db', 'copy.db'), /^backup failed: cannot copy .+ to .+copy\.db: E(EXIST|NOTDIR)/],
    ['a name too long for the file system', () => join(dir, `${'x'.repeat(250)}.db`), /^backup failed: cannot copy .+ to .+x\.db: /],
  ])('exits 1 with one line naming the target for %s', async (_, target, message) => {
    const exit = await backupCli([target()], { DATABASE_PATH: dbPath })
    expect(exit.code).toBe(1)
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)])
    expect(readdirSync(dir).sort()).toEqual(['live'])
  })

  it('removes the partial copies that backups killed mid-copy left beside the target, and only theirs', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid
    const leftovers = [`copy.db.partial-${gone}`, `copy.db.partial-${gone}-journal`]
    // A backup still running in another process (here, this test's parent), and another target's copy.
    const kept = [`copy.db.partial-${process.ppid}`, `other.db.partial-${gone}`]
    for (const name of [...leftovers, ...kept]) writeFileSync(join(dir, name), 'half a copy')
    expect((await backupCli([join(dir, 'copy.db')], { DATABASE_PATH: dbPath })).code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['copy.db', ...kept, 'live'].sort())
  })

  it('leaves nothing under the target name when it fails', async () => {
    writeFileSync(join(dir, 'not-a-db.db'), 'plain text, not SQLite')
    const exit = await backupCli([join(dir, 'out.db')], { DATABASE_PATH: join(dir, 'not-a-db.db') })
    expect(exit).toMatchObject({ code: 1, stderr: expect.stringMatching(/^backup failed: cannot copy .+not-a-db\.db to .+out\.db: file is not a database\n$/) })
    expect(existsSync(join(dir, 'out.db'))).toBe(false)
  })
})
