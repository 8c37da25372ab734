import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/backfill.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { generateArticle } from '../bench/generate.js'
import { runCommand } from '../helpers/command-io.js'
import { ARCHIVE_TYPES, FixtureArchive } from '../helpers/fixture-archive.js'
import { FixtureServer } from '../helpers/fixture-server.js'
import { createRandom } from '../helpers/random.js'

const TSX = import.meta.resolve('tsx')
const CLI = fileURLToPath(new URL('../../src/cli/backfill.ts', import.meta.url))
const DAY_MS = 86_400_000
const PAGES = 30

let server: FixtureServer
let archive: FixtureArchive
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  server = new FixtureServer()
  await server.start()
  // Newest items from yesterday back, two days a page: 30 pages reach two months back.
  archive = new FixtureArchive(server, { pages: PAGES, perPage: 2, newest: new Date(Date.now() - DAY_MS), pageSpanMs: 2 * DAY_MS })
})
afterAll(async () => server.stop())
beforeEach(() => {
  server.requests.length = 0
  dir = mkdtempSync(join(tmpdir(), 'coopwatch-backfill-'))
  const sources = archive.sources().map(({ isEnabled: _e, list, project, ...s }) => ({ ...s, ...(list ? { list } : {}), ...(project ? { project } : {}) }))
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources))
  env = { DATABASE_PATH: join(dir, 'coopwatch.db'), SOURCES_FILE: join(dir, 'sources.json'), LOG_LEVEL: 'warn' }
  return () => rmSync(dir, { recursive: true, force: true })
})

async function countRows(table: 'article' | 'alert_outbox'): Promise<number> {
  const db = openDb(env.DATABASE_PATH!)
  try {
    return (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
  } finally {
    await db.destroy()
  }
}

describe('npm run backfill', () => {
  it.each([
    [['--since', '2024-02-30'], '--since: expected a date YYYY-MM-DD, got "2024-02-30"'],
    [['--since', '2999-01-01'], '--since: 2999-01-01 is in the future'],
    [['--max-pages', '0'], '--max-pages: expected a whole number ≥ 1, got "0"'],
    [['--gap', 'fast'], '--gap: expected seconds from 0 to 3600, got "fast"'],
    [['--source'], '--source: expected a value'],
    [['--once'], 'unknown argument --once'],
  ])('refuses %j with one line and the usage', async (argv, error) => {
    const { code, stderr } = await runCommand(run, argv, env)
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe(error)
    expect(stderr).toContain('usage: npm run backfill')
  })

  it('names the enabled sources when --source matches none', async () => {
    const { code, stderr } = await runCommand(run, ['--source', 'nope'], env)
    expect(code).toBe(1)
    expect(stderr).toBe('no enabled source named "nope"; enabled: archive-govkz, archive-html, archive-rss, archive-sitemap\n')
  })

  it('walks every source to --since with plain progress lines, and prints a summary line per source', async () => {
    const since = new Date(Date.now() - 20 * DAY_MS).toISOString().slice(0, 10)
    // Node prints its warnings to the operator's terminal; four walks at once are no leak to warn of.
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    const { code, stdout, stderr } = await runCommand(run, ['--since', since, '--gap', '0'], env).finally(() => process.off('warning', onWarning))
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning')
    expect(code).toBe(0)
    for (const type of ARCHIVE_TYPES) {
      expect(stderr).toMatch(new RegExp(`^archive-${type}: \\d+ pages, \\d+ items, \\d+ new, \\d+ relevant, back to \\d{4}-\\d{2}-\\d{2} \\(since ${since}\\), [\\d.]+ items/s$`, 'm'))
      // The day begins in Kazakhstan time (UTC+5 since March 2024).
      const expected = archive.items(type).filter((item) => item.date >= new Date(`${since}T00:00:00+05:00`)).length
      expect(stdout).toMatch(new RegExp(`^archive-${type}: pages=\\d+ items=\\d+ new=${expected} relevant=\\d+ flagged=\\d+ reached=\\d{4}-\\d{2}-\\d{2} stopped=(since|end)$`, 'm'))
    }
    expect(stdout).toMatch(/^total: sources=4 new=\d+ relevant=\d+ flagged=\d+ since=\S+ in [\d.]+ s \([\d.]+ items\/s\)$/m)
    expect(stdout).not.toContain('unfinished')
    expect(stdout).not.toContain('stopped=done')

    // Run again with the same date: every walk is finished, nothing is read, and the output says the rule.
    const requests = server.requests.length
    const again = await runCommand(run, ['--since', since, '--gap', '0'], env)
    expect(again.code).toBe(0)
    expect(server.requests.length).toBe(requests)
    for (const type of ARCHIVE_TYPES) {
      const first = new RegExp(`^archive-${type}: (pages=.*) stopped=(since|end)$`, 'm').exec(stdout)![1]
      expect(again.stdout).toContain(`archive-${type}: ${first} stopped=done\n`)
    }
    expect(again.stdout).toContain('\nstopped=done: finished before, back to this date or further; a finished walk reads nothing for the same or a later date, and goes on from where it stopped for an earlier one\n')
    expect(again.stdout).not.toContain('unfinished')
  })

  it('keeps the items of the --since day in Kazakhstan time, and prints that day as typed', async () => {
    // A news list printing local time without an offset, as Kazakh sites do: read in Asia/Almaty, UTC+6 until March 2024.
    const entries = [['b', '2024-01-02 10:00'], ['a', '2024-01-01 03:00'], ['z', '2023-12-31 22:00']] as const
    const html = { 'content-type': 'text/html; charset=utf-8' }
    server.text('/almaty/news', `<ul>${entries.map(([id, date]) => `<li class="n"><a href="/almaty/${id}.html">${id}</a> <time>${date}</time></li>`).join('')}</ul>`, 200, html)
    for (const [id] of entries) {
      const { title, body } = generateArticle(createRandom(id.charCodeAt(0)), id, 600)
      server.text(`/almaty/${id}.html`, `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`, 200, html)
    }
    const source = { name: 'almaty-list', url: `${server.base}/almaty/news`, type: 'html', lang: 'en', list: { item: '.n', link: 'a', date: 'time' } }
    writeFileSync(env.SOURCES_FILE!, JSON.stringify([source]))

    const { code, stdout, stderr } = await runCommand(run, ['--since', '2024-01-01', '--gap', '0'], env)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^almaty-list: pages=1 items=3 new=2 relevant=\d+ flagged=\d+ reached=2024-01-01 stopped=end$/m)
    expect(stdout).toMatch(/^total: sources=1 .* since=2024-01-01 in /m)
    expect(stderr).toMatch(/^almaty-list: .* back to 2024-01-01 \(since 2024-01-01\), /m)
  })

  it('shows a progress bar per source on a terminal', async () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 200 })
    let shown = ''
    stderr.on('data', (chunk: Buffer) => (shown += chunk.toString()))
    const stdout = new PassThrough()
    const code = await run(['--source', 'archive-rss', '--max-pages', '3', '--gap', '0'], { env, stdout, stderr })
    expect(code).toBe(0)
    expect(shown).toMatch(/archive-rss +\|[█░]+\| \d+% back to \d{4}-\d{2}-\d{2} \| 3 pages, 6 items, \d+ relevant \| [\d.]+ items\/s \| ETA/)
    expect(String(stdout.read())).toContain('unfinished walks go on from where they stopped at the next run')
  })

  it('resumes after a SIGKILL where the stored pages end: no item twice, no alert', async () => {
    // A subscriber to everything: history must reach nobody.
    const db = openDb(env.DATABASE_PATH!)
    await migrateToLatestOrThrow(db)
    const at = new Date().toISOString()
    await db.insertInto('subscriber').values({ chat_id: 42, chat_type: 'private', language: 'en', created_at: at, updated_at: at }).execute()
    await db.insertInto('subscription').values({ chat_id: 42, topic_type: 'all', topic_value: '', created_at: at }).execute()

    // Each walk gets five pages stored, then hangs in its sixth (article pages or the API page held).
    const held = archive.hold((url) => /\/a\/(1\d|[2-9]\d)\.html$/.test(url) || /[?&]page=([6-9]|\d\d)&/.test(url))
    const child = spawn(process.execPath, ['--import', TSX, CLI, '--since', '2020-01-01', '--gap', '0'], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    await expect
      .poll(async () => (await db.selectFrom('backfill').select('page_count').execute()).map((r) => r.page_count), { timeout: 60_000, interval: 100 })
      .toEqual([5, 5, 5, 5])
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    held.release()
    const storedBefore = await countRows('article')
    expect(storedBefore).toBe(3 * 5 * 2 + 5 * 20)

    const { code, stdout } = await runCommand(run, ['--since', '2020-01-01', '--gap', '0'], env)
    expect(code).toBe(0)
    const total = ARCHIVE_TYPES.reduce((n, type) => n + archive.count(type), 0)
    const urls = await db.selectFrom('article').select('url').execute()
    expect(urls).toHaveLength(total)
    expect(new Set(urls.map((r) => r.url)).size).toBe(total)
    expect(await countRows('alert_outbox')).toBe(0)
    for (const type of ARCHIVE_TYPES) expect(stdout).toMatch(new RegExp(`^archive-${type}: pages=\\d+ items=${archive.count(type)} new=${archive.count(type)} .* stopped=end$`, 'm'))
    // The five stored pages of each walk were read once; only the page in hand at the kill was read again.
    for (const type of ['html', 'rss', 'govkz'] as const) {
      const listings = archive.listingRequests(type)
      expect(listings.length - new Set(listings).size).toBeLessThanOrEqual(1)
    }
    await db.destroy()
    // A child process starting through tsx on a busy machine: generous, never a measure of speed.
  }, 120_000)
})
