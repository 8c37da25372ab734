import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/ingest.js'
import { openDb } from '../../src/db/database.js'
import { runCommand } from '../helpers/command-io.js'
import { FixtureServer } from '../helpers/fixture-server.js'

let server: FixtureServer
let dir: string
beforeEach(async () => {
  server = new FixtureServer()
  await server.start()
  dir = mkdtempSync(join(tmpdir(), 'coopwatch-ingest-cli-'))
})
afterEach(async () => server.stop())

describe('npm run ingest -- --once', () => {
  it('prints one line per source and exits 0 even when a source fails; needs no BOT_TOKEN', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml').file('/news/kz-fr-museums', 'pages/kz-fr-museums.html').file('/news/concert', 'pages/concert.html')
    const sources = join(dir, 'sources.json')
    writeFileSync(sources, JSON.stringify([
      { name: 'МКИ', url: server.url('/rss.xml'), type: 'rss', lang: 'ru' },
      { name: 'Broken', url: server.url('/missing.xml'), type: 'rss', lang: 'ru' },
      { name: 'Off', url: server.url('/off.xml'), type: 'rss', lang: 'ru', enabled: false },
    ]))
    const database = join(dir, 'db', 'coopwatch.db')
    const result = await runCommand(run, ['--once'], { DATABASE_PATH: database, SOURCES_FILE: sources, LOG_LEVEL: 'silent' })
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n').sort()
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('Broken: fetched=0 new=0 relevant=0 flagged=0 error=HTTP 404')
    expect(lines[1]).toMatch(/^МКИ: fetched=2 new=2 relevant=\d+ flagged=\d+$/)
    expect(server.hits('/off.xml')).toHaveLength(0)

    const db = openDb(database)
    expect(await db.selectFrom('article').select('title').orderBy('id').execute()).toHaveLength(2)
    await db.destroy()
  })

  it('keeps stdout to the fixed summary lines and writes a source\'s warnings to stderr', async () => {
    server.file('/rss.xml', 'feeds/ministry-ru.xml').file('/news/kz-fr-museums', 'pages/kz-fr-museums.html').text('/news/concert', 'gone', 404)
    const sources = join(dir, 'sources.json')
    writeFileSync(sources, JSON.stringify([{ name: 'МКИ', url: server.url('/rss.xml'), type: 'rss', lang: 'ru' }]))
    const result = await runCommand(run, ['--once'], { DATABASE_PATH: join(dir, 'coopwatch.db'), SOURCES_FILE: sources, LOG_LEVEL: 'silent' })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^МКИ: fetched=2 new=2 relevant=\d+ flagged=\d+\n$/)
    expect(result.stderr).toBe("МКИ: warning: 1 item(s) stored from the listing's text alone: their article page will not load (HTTP 404 or another refusal, a page too large, or failing at 3 polls in a row)\n")
  })

  it('refuses a malformed SOURCES_FILE with one line and exit 1', async () => {
    const sources = join(dir, 'sources.json')
    writeFileSync(sources, JSON.stringify([{ name: 'X', url: 'https://x.test/rss', type: 'rss', lang: 'ru', note: 'n' }]))
    const result = await runCommand(run, ['--once'], { DATABASE_PATH: join(dir, 'm.db'), SOURCES_FILE: sources, LOG_LEVEL: 'silent' })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([`SOURCES_FILE ${sources}: source "X": unknown field "note"`])
  })

  it('prints its usage without --once, and one line per bad variable', async () => {
    expect(await runCommand(run, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: npm run ingest -- --once/) })
    expect(await runCommand(run, ['--once'], { POLL_INTERVAL_SECONDS: 'x' })).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^POLL_INTERVAL_SECONDS: expected/) })
  })
})
