import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import type { Db } from '../../src/db/database.js'
import { upsertSource } from '../../src/db/sources.js'
import { syncSourcesFile } from '../../src/ingest/sources-file.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { createTestDb, TestClock } from '../helpers/test-app.js'

let db: Db
let dir: string
const clock = new TestClock()

function depsFor(file: string) {
  const loaded = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', SOURCES_FILE: file }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  return { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics() }
}

function writeSources(data: unknown): string {
  const file = join(dir, `sources-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

beforeEach(async () => {
  db = await createTestDb()
  dir = mkdtempSync(join(tmpdir(), 'coopwatch-sources-'))
})
afterEach(async () => db.destroy())

describe('syncSourcesFile', () => {
  const kazinform = { name: 'Kazinform (ru)', url: 'https://www.inform.kz/rss/rus.xml', type: 'rss', lang: 'ru' }

  it('adds sources, then updates them by name without duplicating', async () => {
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, added: 1 })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, unchanged: 1 })
    expect(await syncSourcesFile(depsFor(writeSources([{ ...kazinform, url: 'https://www.inform.kz/rss/rus2.xml', enabled: false }])))).toMatchObject({ ok: true, updated: 1 })
    const rows = await db.selectFrom('source').selectAll().execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ url: 'https://www.inform.kz/rss/rus2.xml', is_enabled: 0, origin: 'file' })
  })

  it("keeps an admin's pause across restarts unless the file itself disables the source", async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    await db.updateTable('source').set({ is_enabled: 0 }).execute()
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, unchanged: 1 })
    expect(await db.selectFrom('source').select('is_enabled').execute()).toEqual([{ is_enabled: 0 }])
    await db.updateTable('source').set({ is_enabled: 1 }).execute()
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, enabled: false }])))
    expect(await db.selectFrom('source').select('is_enabled').execute()).toEqual([{ is_enabled: 0 }])
  })

  it('leaves a source an admin added alone', async () => {
    await upsertSource(db, { name: 'Kazinform (ru)', url: 'https://admin.example/rss', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', clock.now())
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, keptAdmin: ['Kazinform (ru)'] })
    expect(await db.selectFrom('source').select('url').execute()).toEqual([{ url: 'https://admin.example/rss' }])
  })

  it('refuses a malformed file with one line naming the file and the problem', async () => {
    const file = writeSources([{ ...kazinform, notes: 'RSS works' }])
    expect(await syncSourcesFile(depsFor(file))).toEqual({ ok: false, error: `SOURCES_FILE ${file}: source "Kazinform (ru)": unknown field "notes"` })
    expect(await syncSourcesFile(depsFor(writeSources('[{')))).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') })
  })

  it('treats a missing file as no sources', async () => {
    expect(await syncSourcesFile(depsFor(join(dir, 'none.json')))).toEqual({ ok: true, missing: true })
  })
})
