import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENV_NAMES, loadConfig } from '../src/config.js'

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789'

describe('loadConfig', () => {
  it('applies the defaults of the spec', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN })
    expect(result).toMatchObject({
      ok: true,
      config: {
        botToken: TOKEN,
        telegramApiRoot: 'https://api.telegram.org',
        databasePath: 'data/coopwatch.db',
        adminIds: [],
        sourcesFile: 'sources.json',
        pollIntervalSeconds: 900,
        homeCountry: 'KZ',
        logLevel: 'info',
      },
    })
  })

  it('parses admin ids, a fast poll interval and a lower-case home country', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, ADMIN_IDS: ' 1, 22 ,333', POLL_INTERVAL_SECONDS: '1', HOME_COUNTRY: 'uz' })
    expect(result).toMatchObject({ ok: true, config: { adminIds: [1, 22, 333], pollIntervalSeconds: 1, homeCountry: 'UZ' } })
  })

  it.each([
    [{}, /^BOT_TOKEN: missing — create a bot with @BotFather/],
    [{ BOT_TOKEN: 'nonsense' }, /^BOT_TOKEN: expected <digits>:<secret>, there is no ":"/],
    [{ BOT_TOKEN: `bot${TOKEN}` }, /^BOT_TOKEN: remove the "bot" before the digits/],
    [{ BOT_TOKEN: `"${TOKEN}"` }, /^BOT_TOKEN: remove the quotes around the token/],
    [{ BOT_TOKEN: TOKEN.slice(0, 20) }, /^BOT_TOKEN: the part after ":" has 13 characters, Telegram's have 35: it looks cut off/],
    [{ BOT_TOKEN: `x${TOKEN}` }, /^BOT_TOKEN: the part before ":" must be the bot's numeric id, got "x123456"/],
    [{ BOT_TOKEN: `${TOKEN} ${TOKEN}` }, /^BOT_TOKEN: the token contains a space/],
    [{ BOT_TOKEN: TOKEN, ADMIN_IDS: 'x' }, /^ADMIN_IDS: expected comma-separated Telegram user ids \(integers\), got "x"$/],
    [{ BOT_TOKEN: TOKEN, POLL_INTERVAL_SECONDS: '0' }, /^POLL_INTERVAL_SECONDS: expected a whole number of seconds ≥ 1, got "0"$/],
    [{ BOT_TOKEN: TOKEN, POLL_INTERVAL_SECONDS: '1.5' }, /^POLL_INTERVAL_SECONDS: expected a whole number/],
    [{ BOT_TOKEN: TOKEN, POLL_INTERVAL_SECONDS: '' }, /^POLL_INTERVAL_SECONDS: empty/],
    [{ BOT_TOKEN: TOKEN, HOME_COUNTRY: 'XX' }, /^HOME_COUNTRY: expected an ISO 3166-1 alpha-2/],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'ftp://x' }, /^TELEGRAM_API_ROOT: expected an http\(s\) URL/],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of fatal/],
    [{ BOT_TOKEN: TOKEN, CONFIDENCE_THRESHOLD: '1.5' }, /^CONFIDENCE_THRESHOLD: expected a number from 0 to 1/],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook' }, /^WEBHOOK_SECRET: expected a secret when WEBHOOK_URL is set/],
    [{ BOT_TOKEN: TOKEN, PUBLIC_URL: 'https://example.org/archive' }, /^PUBLIC_URL: expected the http\(s\) address the archive is reached at, without a path/],
  ])('refuses %j with one line naming the variable', (env, line) => {
    const result = loadConfig(env)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(line)
  })

  it.each([['604800', 604800], ['1000000', 604800], ['99999999999999999999999', 604800]])('takes POLL_INTERVAL_SECONDS=%s as %d (a source is polled at least weekly)', (value, seconds) => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, POLL_INTERVAL_SECONDS: value })).toMatchObject({ ok: true, config: { pollIntervalSeconds: seconds } })
  })

  it.each([['https://archive.example.org', 'https://archive.example.org'], ['https://archive.example.org/', 'https://archive.example.org'], ['', '']])('takes PUBLIC_URL=%j as %j', (value, publicUrl) => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: value })).toMatchObject({ ok: true, config: { publicUrl } })
  })

  it('does not need BOT_TOKEN for offline commands', () => {
    expect(loadConfig({}, { requireBotToken: false })).toMatchObject({ ok: true, config: { botToken: '' } })
  })

  it('is documented: .env.example lists exactly the variables the schema reads', () => {
    const listed = [...readFileSync('.env.example', 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1])
    expect(new Set(listed)).toEqual(new Set(ENV_NAMES))
  })
})
