import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb } from '../../src/db/database.js'
import { FixtureServer } from '../helpers/fixture-server.js'

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}

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
    const result = await run('src/cli/ingest.ts', ['--once'], { DATABASE_PATH: database, SOURCES_FILE: sources, LOG_LEVEL: 'silent' })
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

  it('npm start refuses a malformed SOURCES_FILE with one line and exit 1', async () => {
    const sources = join(dir, 'sources.json')
    writeFileSync(sources, JSON.stringify([{ name: 'X', url: 'https://x.test/rss', type: 'rss', lang: 'ru', note: 'n' }]))
    const result = await run('src/main.ts', [], {
      BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_API_ROOT: 'http://127.0.0.1:1', DATABASE_PATH: join(dir, 'm.db'),
      SOURCES_FILE: sources, LOG_LEVEL: 'silent', PORT: '0',
    })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([`SOURCES_FILE ${sources}: source "X": unknown field "note"`])
  })
})
