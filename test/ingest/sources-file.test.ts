import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import type { Db } from '../../src/db/database.js'
import { removeSource, setSourceEnabled } from '../../src/db/source-admin.js'
import { insertSource } from '../../src/db/sources.js'
import { addSuggestion, getSuggestion } from '../../src/db/suggestions.js'
import { syncSourcesFile } from '../../src/ingest/sources-file.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics } from '../../src/metrics.js'
import { createTestDb, TestClock } from '../helpers/test-app.js'
import { systemResolver } from '../../src/dns.js'

let db: Db
let dir: string
const clock = new TestClock()

function depsFor(file: string) {
  const loaded = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', SOURCES_FILE: file }, { requireBotToken: false })
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'))
  return { db, config: loaded.config, logger: createLogger('silent', { pretty: false }), clock, metrics: createMetrics(), resolver: systemResolver }
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

  const state = async () => db.selectFrom('source').select(['name', 'is_enabled', 'removed_at']).orderBy('name').execute()
  const sourceId = async (name: string) => (await db.selectFrom('source').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id
  const akorda = { name: 'Akorda', url: 'https://www.akorda.kz/ru/rss', type: 'rss', lang: 'ru' }

  it('disables a source gone from the file, keeping its items, and enables it again when the file lists it again', async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    await db.insertInto('article').values({
      source_id: await sourceId('Akorda'), url: 'https://www.akorda.kz/ru/1', url_key: 'akorda.kz/ru/1', title: 't', body: 'b', lang: 'ru', published_at: clock.now().toISOString(),
      published_at_origin: 'feed', fetched_at: clock.now().toISOString(), updated_at: clock.now().toISOString(), content_hash: 'h', story_key: 'k',
    }).execute()
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, unchanged: 1, disabled: ['Akorda'] })
    expect(await state()).toEqual([{ name: 'Akorda', is_enabled: 0, removed_at: null }, { name: 'Kazinform (ru)', is_enabled: 1, removed_at: null }])
    expect(await db.selectFrom('article').select('source_id').execute()).toEqual([{ source_id: await sourceId('Akorda') }])
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, disabled: [] })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))).toMatchObject({ ok: true, updated: 1 })
    expect((await state())[0]).toMatchObject({ name: 'Akorda', is_enabled: 1 })
  })

  it('renames a source whose entry the file renamed at the same address, keeping its items, health and an admin\'s pause, rather than adding a second source and disabling the first', async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    const id = await sourceId('Kazinform (ru)')
    await db.updateTable('source').set({ last_success_at: '2026-11-20T06:00:00.000Z' }).where('id', '=', id).execute()
    await setSourceEnabled(db, { sourceId: id, isEnabled: false, adminId: 1, now: clock.now() })
    await db.insertInto('article').values({
      source_id: id, url: 'https://www.inform.kz/ru/1', url_key: 'inform.kz/ru/1', title: 't', body: 'b', lang: 'ru', published_at: clock.now().toISOString(),
      published_at_origin: 'feed', fetched_at: clock.now().toISOString(), updated_at: clock.now().toISOString(), content_hash: 'h', story_key: 'k',
    }).execute()
    expect(await syncSourcesFile(depsFor(writeSources([{ ...kazinform, name: 'Kazinform' }, akorda])))).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 1, disabled: [] })
    expect(await db.selectFrom('source').select(['id', 'name', 'is_enabled', 'last_success_at']).orderBy('id').execute()).toEqual([
      { id, name: 'Kazinform', is_enabled: 0, last_success_at: '2026-11-20T06:00:00.000Z' },
      { id: await sourceId('Akorda'), name: 'Akorda', is_enabled: 1, last_success_at: null },
    ])
    expect(await db.selectFrom('article').select('source_id').execute()).toEqual([{ source_id: id }])
    // Renamed and moved at once, in another of the address's forms too: still the one source.
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, name: 'Kazinform RU', url: 'http://inform.kz/rss/rus.xml/' }, akorda])))
    expect(await db.selectFrom('source').select(['id', 'name']).orderBy('id').execute()).toEqual([{ id, name: 'Kazinform RU' }, { id: await sourceId('Akorda'), name: 'Akorda' }])
  })

  it('folds the paused twin an earlier version left at a rename into the source the file lists, keeping its items, admins\' log and history walk', async () => {
    // As a version before renames were followed left it: the entry renamed from 'Kazinform (ru)' to 'Kazinform' added a
    // second source at the address and disabled the first, whose items, log and walk stayed with it.
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    const twin = await sourceId('Kazinform (ru)')
    const firstAdded = clock.now().toISOString()
    clock.advance(86_400_000)
    const { source: kept } = await insertSource(db, { name: 'Kazinform', url: 'https://inform.kz/rss/rus.xml/', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'file', clock.now())
    await db.updateTable('source').set({ is_enabled: 0, file_entry: null }).where('id', '=', twin).execute()
    await db.updateTable('source').set({ file_entry: JSON.stringify([kazinform.url, 'rss', 'ru', true, null, null]) }).where('id', '=', kept.id).execute()
    const at = clock.now().toISOString()
    const article = (sourceId: number, n: number) => ({
      source_id: sourceId, url: `https://www.inform.kz/ru/${n}`, url_key: `inform.kz/ru/${n}`, title: 't', body: 'b', lang: 'ru', published_at: at,
      published_at_origin: 'feed' as const, fetched_at: at, updated_at: at, content_hash: `h${n}`, story_key: `k${n}`,
    })
    await db.insertInto('article').values([article(twin, 1), article(twin, 2), article(kept.id, 3)]).execute()
    await setSourceEnabled(db, { sourceId: twin, isEnabled: true, adminId: 1, now: clock.now() })
    await setSourceEnabled(db, { sourceId: twin, isEnabled: false, adminId: 1, now: clock.now() })
    await db.insertInto('backfill').values({ source_id: twin, state: 'done', since: '2024-11-21T00:00:00.000Z', reached_at: '2024-11-25T00:00:00.000Z', started_at: at, updated_at: at, finished_at: at }).execute()

    const synced = await syncSourcesFile(depsFor(writeSources([{ ...kazinform, name: 'Kazinform' }, akorda])))
    expect(synced).toMatchObject({ ok: true, folded: [{ name: 'Kazinform (ru)', into: 'Kazinform' }], disabled: [] })
    expect(await db.selectFrom('source').select(['id', 'name', 'is_enabled', 'created_at']).orderBy('id').execute()).toEqual([
      { id: await sourceId('Akorda'), name: 'Akorda', is_enabled: 1, created_at: firstAdded },
      { id: kept.id, name: 'Kazinform', is_enabled: 1, created_at: firstAdded },
    ])
    expect((await db.selectFrom('article').select('source_id').execute()).map((r) => r.source_id)).toEqual([kept.id, kept.id, kept.id])
    expect((await db.selectFrom('audit_log').select('source_id').execute()).map((r) => r.source_id)).toEqual([kept.id, kept.id])
    expect(await db.selectFrom('backfill').select(['source_id', 'reached_at']).execute()).toEqual([{ source_id: kept.id, reached_at: '2024-11-25T00:00:00.000Z' }])
    // Nothing left to fold at the next start.
    expect(await syncSourcesFile(depsFor(writeSources([{ ...kazinform, name: 'Kazinform' }, akorda])))).toMatchObject({ ok: true, folded: [], unchanged: 2 })
    clock.advance(-86_400_000)
  })

  it("keeps an admin's removal of a file source until the file changes that source", async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    expect(await removeSource(db, { sourceId: await sourceId('Kazinform (ru)'), adminId: 1, now: clock.now() })).toMatchObject({ ok: true })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, added: 0, unchanged: 1 })
    expect(await state()).toEqual([{ name: 'Kazinform (ru)', is_enabled: 0, removed_at: clock.now().toISOString() }])
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, url: 'https://www.inform.kz/rss/rus-new.xml' }])))
    expect(await state()).toEqual([{ name: 'Kazinform (ru)', is_enabled: 1, removed_at: null }])
  })

  it("keeps an admin's pause until the file changes that source, and then the file wins", async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    await setSourceEnabled(db, { sourceId: await sourceId('Kazinform (ru)'), isEnabled: false, adminId: 1, now: clock.now() })
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    expect((await state())[0]).toMatchObject({ is_enabled: 0 })
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, lang: 'kk' }])))
    expect((await state())[0]).toMatchObject({ is_enabled: 1 })
  })

  it("keeps an admin's pause or removal when the file drops the source and then lists it again unchanged: the file changed nothing about it", async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    const act = async (name: string, isEnabled: boolean) => setSourceEnabled(db, { sourceId: await sourceId(name), isEnabled, adminId: 1, now: clock.now() })
    await act('Kazinform (ru)', false)
    expect(await removeSource(db, { sourceId: await sourceId('Akorda'), adminId: 1, now: clock.now() })).toMatchObject({ ok: true })
    expect(await syncSourcesFile(depsFor(writeSources([])))).toMatchObject({ ok: true, disabled: ['Kazinform (ru)', 'Akorda'] })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))).toMatchObject({ ok: true, added: 0 })
    expect(await state()).toEqual([
      { name: 'Akorda', is_enabled: 0, removed_at: clock.now().toISOString() },
      { name: 'Kazinform (ru)', is_enabled: 0, removed_at: null },
    ])
    // Changed, the file's entry applies whole.
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, lang: 'kk' }, { ...akorda, lang: 'kk' }])))
    expect(await state()).toEqual([{ name: 'Akorda', is_enabled: 1, removed_at: null }, { name: 'Kazinform (ru)', is_enabled: 1, removed_at: null }])
  })

  it('keeps a pause an admin pressed while the file no longer listed the source, and a resume, once the file lists it again unchanged', async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    await syncSourcesFile(depsFor(writeSources([])))
    // Left unpolled by the drop, ⏸ says it is already paused: that pause holds when the file lists it again.
    expect(await setSourceEnabled(db, { sourceId: await sourceId('Akorda'), isEnabled: false, adminId: 1, now: clock.now() })).toMatchObject({ ok: false, reason: 'unchanged' })
    await setSourceEnabled(db, { sourceId: await sourceId('Kazinform (ru)'), isEnabled: false, adminId: 1, now: clock.now() })
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    expect(await state()).toEqual([{ name: 'Akorda', is_enabled: 0, removed_at: null }, { name: 'Kazinform (ru)', is_enabled: 0, removed_at: null }])
    await syncSourcesFile(depsFor(writeSources([])))
    await setSourceEnabled(db, { sourceId: await sourceId('Akorda'), isEnabled: true, adminId: 1, now: clock.now() })
    await syncSourcesFile(depsFor(writeSources([kazinform, akorda])))
    expect(await state()).toEqual([{ name: 'Akorda', is_enabled: 1, removed_at: null }, { name: 'Kazinform (ru)', is_enabled: 0, removed_at: null }])
  })

  it("keeps an admin's resume of a source the file disables or no longer lists until the file changes that source", async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform, { ...akorda, enabled: false }])))
    const resume = async (name: string) => setSourceEnabled(db, { sourceId: await sourceId(name), isEnabled: true, adminId: 1, now: clock.now() })
    expect(await resume('Akorda')).toMatchObject({ ok: true })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform, { ...akorda, enabled: false }])))).toMatchObject({ ok: true, updated: 0, unchanged: 2 })
    expect((await state())[0]).toMatchObject({ name: 'Akorda', is_enabled: 1 })
    await syncSourcesFile(depsFor(writeSources([kazinform, { ...akorda, lang: 'kk', enabled: false }])))
    expect((await state())[0]).toMatchObject({ name: 'Akorda', is_enabled: 0 })

    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, disabled: ['Akorda'] })
    expect(await resume('Akorda')).toMatchObject({ ok: true })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, disabled: [] })
    expect((await state())[0]).toMatchObject({ name: 'Akorda', is_enabled: 1 })
    // Listed again, the file decides it once more.
    await syncSourcesFile(depsFor(writeSources([kazinform, { ...akorda, enabled: false }])))
    expect((await state())[0]).toMatchObject({ name: 'Akorda', is_enabled: 0 })
  })

  it('applies a change to any field of a list page\'s selectors, the link to older pages included', async () => {
    const list = { item: '.news-item', link: 'a', title: 'h3', date: 'time' }
    const mfa = { name: 'MFA news', url: 'https://www.gov.kz/news', type: 'html', lang: 'ru', list }
    await syncSourcesFile(depsFor(writeSources([mfa])))
    expect(await syncSourcesFile(depsFor(writeSources([mfa])))).toMatchObject({ ok: true, unchanged: 1 })
    expect(await syncSourcesFile(depsFor(writeSources([{ ...mfa, list: { ...list, next: '.pager .next' } }])))).toMatchObject({ ok: true, updated: 1 })
    expect(await syncSourcesFile(depsFor(writeSources([{ ...mfa, list: { ...list, next: '.pager .older' } }])))).toMatchObject({ ok: true, updated: 1 })
    const [row] = await db.selectFrom('source').select('list_selectors').execute()
    expect(JSON.parse(row!.list_selectors!)).toMatchObject({ next: '.pager .older' })
  })

  it('stores the first poll of a source whose file entry points at a new listing as backlog, as a new source\'s', async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    await db.updateTable('source').set({ first_polled_at: clock.now().toISOString(), etag: '"old"' }).execute()
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, lang: 'kk' }])))
    expect(await db.selectFrom('source').select(['first_polled_at', 'etag']).executeTakeFirst()).toEqual({ first_polled_at: expect.any(String), etag: '"old"' })
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, url: 'https://www.inform.kz/rss/kaz.xml' }])))
    expect(await db.selectFrom('source').select(['first_polled_at', 'etag']).executeTakeFirst()).toEqual({ first_polled_at: null, etag: null })
  })

  it('closes as added, with no admin named, a waiting suggestion of an address the file lists, keeping the name for telling its sender later', async () => {
    const suggested = await addSuggestion(db, { url: 'http://inform.kz/rss/rus.xml/', userId: 80, userName: 'Aigerim', chatId: 80, language: 'kk', now: clock.now() }, 5)
    if (!suggested.ok) throw new Error('not suggested')
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    expect(await getSuggestion(db, suggested.id)).toMatchObject({ state: 'added' })
    expect(await db.selectFrom('source_suggestion').select(['decided_by', 'untold_source_name']).executeTakeFirstOrThrow()).toEqual({ decided_by: null, untold_source_name: kazinform.name })
  })

  it('leaves waiting a suggestion of an address the file lists turned off (enabled: false): nobody watches it', async () => {
    const suggested = await addSuggestion(db, { url: kazinform.url, userId: 81, userName: 'Dana', chatId: 81, language: 'ru', now: clock.now() }, 5)
    if (!suggested.ok) throw new Error('not suggested')
    await syncSourcesFile(depsFor(writeSources([{ ...kazinform, enabled: false }])))
    expect(await getSuggestion(db, suggested.id)).toMatchObject({ state: 'pending' })
  })

  it('changes nothing when the file is missing (a mount that failed disables nothing)', async () => {
    await syncSourcesFile(depsFor(writeSources([kazinform])))
    expect(await syncSourcesFile(depsFor(join(dir, 'none.json')))).toEqual({ ok: true, missing: true })
    expect((await state())[0]).toMatchObject({ is_enabled: 1 })
  })

  it('leaves a source an admin added alone', async () => {
    await insertSource(db, { name: 'Kazinform (ru)', url: 'https://admin.example/rss', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', clock.now())
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, keptAdmin: ['Kazinform (ru)'] })
    expect(await db.selectFrom('source').select('url').execute()).toEqual([{ url: 'https://admin.example/rss' }])
  })

  it('adds no second source for an address an admin already watches under another name (in another form too), until the admin removes theirs', async () => {
    const { source: admins } = await insertSource(db, { name: 'Inform', url: 'http://inform.kz/rss/rus.xml/', type: 'rss', lang: 'ru', isEnabled: true, list: null, project: null }, 'admin', clock.now())
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, added: 0, keptAdmin: ['Kazinform (ru)'] })
    expect(await db.selectFrom('source').select(['name', 'origin']).execute()).toEqual([{ name: 'Inform', origin: 'admin' }])
    await removeSource(db, { sourceId: admins.id, adminId: 1, now: clock.now() })
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, added: 1, keptAdmin: [] })
  })

  it('moves no file source to an address an admin watched since under another name: the entry is named in the warning and the source stays where it was', async () => {
    expect(await syncSourcesFile(depsFor(writeSources([kazinform])))).toMatchObject({ ok: true, added: 1 })
    await insertSource(db, { name: 'Inform', url: 'https://inform.kz/rss/kaz.xml', type: 'rss', lang: 'kk', isEnabled: true, list: null, project: null }, 'admin', clock.now())
    expect(await syncSourcesFile(depsFor(writeSources([{ ...kazinform, url: 'https://www.inform.kz/rss/kaz.xml' }])))).toMatchObject({ ok: true, updated: 0, keptAdmin: ['Kazinform (ru)'] })
    expect(await db.selectFrom('source').select(['name', 'url']).orderBy('name').execute()).toEqual([
      { name: 'Inform', url: 'https://inform.kz/rss/kaz.xml' },
      { name: 'Kazinform (ru)', url: kazinform.url },
    ])
  })

  it('refuses a malformed file with one line naming the file and the problem', async () => {
    const file = writeSources([{ ...kazinform, notes: 'RSS works' }])
    expect(await syncSourcesFile(depsFor(file))).toEqual({ ok: false, error: `SOURCES_FILE ${file}: source "Kazinform (ru)": unknown field "notes"` })
    expect(await syncSourcesFile(depsFor(writeSources('[{')))).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') })
  })

  it('refuses a source named in more than 100 characters, loading nothing; 100 are taken', async () => {
    const long = 'Министерство культуры и информации '.repeat(3)
    const file = writeSources([{ ...kazinform, name: long }])
    expect(await syncSourcesFile(depsFor(file))).toEqual({ ok: false, error: `SOURCES_FILE ${file}: source "${long.slice(0, 100)}…": the name is longer than 100 characters` })
    expect(await db.selectFrom('source').selectAll().execute()).toEqual([])
    expect(await syncSourcesFile(depsFor(writeSources([{ ...kazinform, name: '🇰🇿'.repeat(50) }])))).toMatchObject({ ok: true })
  })

  it('reads a file saved with a byte-order mark, as Windows editors save UTF-8', async () => {
    expect(await syncSourcesFile(depsFor(writeSources(`\uFEFF${JSON.stringify([kazinform])}`)))).toMatchObject({ ok: true, added: 1 })
  })

  it('treats a missing file as no sources', async () => {
    expect(await syncSourcesFile(depsFor(join(dir, 'none.json')))).toEqual({ ok: true, missing: true })
  })
})
