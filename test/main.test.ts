import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeBotApi } from './helpers/fake-bot-api.js'
import { buildOnce, ROOT, startCommand } from './helpers/start-command.js'
import { command, user } from './helpers/updates.js'

interface Exit {
  code: number | null
  stdout: string
  stderr: string
}

function startMain(cwd: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit> } {
  const [program, ...args] = startCommand()
  const child = spawn(program!, args, {
    // Run from the test's own folder, so a developer's .env in the project cannot leak in.
    cwd,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
  return { child, exited }
}

describe('npm start (the compiled bot as a real process)', () => {
  beforeAll(buildOnce, 180_000)
  let api: FakeBotApi
  let dir: string
  beforeEach(async () => {
    api = new FakeBotApi()
    await api.start()
    dir = mkdtempSync(join(tmpdir(), 'coopwatch-main-'))
  })
  afterEach(async () => {
    await api.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers /start through TELEGRAM_API_ROOT, then exits 0 on SIGTERM', async () => {
    const { child, exited } = startMain(dir, {
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATABASE_PATH: join(dir, 'db', 'coopwatch.db'),
      SOURCES_FILE: join(dir, 'none.json'),
      PORT: '0',
    })
    api.pushUpdate(command(user(77, 'en'), '/start'))
    await expect.poll(() => api.sent().length, { timeout: 20_000, interval: 100 }).toBeGreaterThan(0)
    expect(api.sent()[0]?.payload).toMatchObject({ chat_id: 77, text: expect.stringContaining('coopwatch') })

    child.kill('SIGTERM')
    const exit = await exited
    expect(exit.code).toBe(0)
  })

  it.each([
    ['SIGTERM sent to npm itself', (npm: number) => process.kill(npm, 'SIGTERM')],
    ['SIGINT sent to its process group (Ctrl-C)', (npm: number) => process.kill(-npm, 'SIGINT')],
  ])('runs through npm start, and on %s exits 0 with every process it started gone', async (_how, signal) => {
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '', HOME: dir, LOG_LEVEL: 'warn', BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot,
        DATABASE_PATH: join(dir, 'coopwatch.db'), SOURCES_FILE: join(dir, 'none.json'), PORT: '0',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    })
    let stderr = ''
    npm.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => npm.on('exit', resolve))
    api.pushUpdate(command(user(78, 'en'), '/start'))
    await expect.poll(() => api.sent().length, { timeout: 20_000, interval: 100 }).toBeGreaterThan(0)
    signal(npm.pid!)
    expect(await exited, stderr).toBe(0)
    // No process is left in its group: the shell and node went with npm.
    expect(() => process.kill(-npm.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }))
  })

  it('exits 1 with one line for a missing BOT_TOKEN (saying how to get one) and for a malformed SOURCES_FILE', async () => {
    const sources = join(dir, 'sources.json')
    writeFileSync(sources, JSON.stringify([{ name: 'X', url: 'https://x.test/rss', type: 'rss', lang: 'ru', note: 'n' }]))
    const [noToken, badSources] = await Promise.all([
      startMain(dir, { DATABASE_PATH: join(dir, 'x.db') }).exited,
      startMain(dir, { BOT_TOKEN: api.token, TELEGRAM_API_ROOT: 'http://127.0.0.1:1', DATABASE_PATH: join(dir, 'm.db'), SOURCES_FILE: sources, PORT: '0' }).exited,
    ])
    expect(noToken).toMatchObject({ code: 1, stdout: '' })
    expect(noToken.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^BOT_TOKEN: missing — create a bot with @BotFather/)])
    expect(badSources.code).toBe(1)
    expect(badSources.stderr.trim().split('\n')).toEqual([`SOURCES_FILE ${sources}: source "X": unknown field "note"`])
  })

  it('exits 1 with one line for a token Telegram refuses, a malformed one, and a database path it cannot write', async () => {
    const file = join(dir, 'not-a-folder')
    writeFileSync(file, 'x')
    const base = { TELEGRAM_API_ROOT: api.apiRoot, SOURCES_FILE: join(dir, 'none.json'), PORT: '0' }
    const [refused, malformed, unwritable] = await Promise.all([
      startMain(dir, { ...base, BOT_TOKEN: '654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', DATABASE_PATH: join(dir, 'r.db') }).exited,
      startMain(dir, { ...base, BOT_TOKEN: `bot${api.token}`, DATABASE_PATH: join(dir, 'b.db') }).exited,
      startMain(dir, { ...base, BOT_TOKEN: api.token, DATABASE_PATH: join(file, 'coopwatch.db') }).exited,
    ])
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toEqual(['BOT_TOKEN: Telegram refused the token (404 Not Found) — copy it again from @BotFather (/mybots → your bot → API Token)'])
    expect(malformed.code).toBe(1)
    expect(malformed.stderr.trim().split('\n')).toEqual(['BOT_TOKEN: remove the "bot" before the digits: that belongs to the API address, not to the token'])
    expect(unwritable.code).toBe(1)
    expect(unwritable.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^DATABASE_PATH: cannot open ${file}/coopwatch\\.db — ${file} is a file, not a folder\\.`))])
  })
})
