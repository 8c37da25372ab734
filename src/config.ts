import countries from 'i18n-iso-countries/index.js'
import * as v from 'valibot'
import { DEFAULT_CONFIDENCE_THRESHOLD } from './classify/types.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const wholeNumber = (min: number, max: number, what: string) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, `expected ${what}`),
    v.transform(Number),
    v.number(),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  )

/** A source is polled at least weekly: a longer interval is taken as a week (README, Configuration). */
const MAX_POLL_INTERVAL_SECONDS = 7 * 24 * 3600

const pollInterval = v.pipe(
  v.string(),
  v.regex(/^\d+$/, 'expected a whole number of seconds ≥ 1'),
  v.transform(Number),
  v.minValue(1, 'expected a whole number of seconds ≥ 1'),
  v.transform((seconds: number) => Math.min(seconds, MAX_POLL_INTERVAL_SECONDS)),
)

const PUBLIC_URL_EXPECTED = 'expected the http(s) address the archive is reached at, without a path (https://archive.example.org), or empty'

const decimal = (min: number, max: number, what: string) =>
  v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/, `expected ${what}`), v.transform(Number), v.minValue(min, `expected ${what}`), v.maxValue(max, `expected ${what}`))

const httpUrl = v.pipe(v.string(), v.url('expected an http(s) URL'), v.regex(/^https?:\/\//i, 'expected an http(s) URL'))

const flag = v.pipe(v.picklist(['0', '1', 'true', 'false'], 'expected true or false'), v.transform((s) => s === '1' || s === 'true'))

/** Every variable the process reads, by its name in the spec; defaults are applied before validation. */
const ENV_SCHEMA = v.object({
  BOT_TOKEN: v.pipe(
    v.string(),
    v.regex(/^\d+:[\w-]{20,}$/, 'expected a token like 123456:ABC-DEF… (create a bot with @BotFather on Telegram, send /newbot, and copy the token it gives)'),
  ),
  TELEGRAM_API_ROOT: v.pipe(httpUrl, v.transform((s) => s.replace(/\/+$/, ''))),
  DATABASE_PATH: v.pipe(v.string(), v.minLength(1, 'expected a file path or :memory:')),
  ADMIN_IDS: v.pipe(
    v.string(),
    v.regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'expected comma-separated Telegram user ids (integers)'),
    v.transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean).map(Number)),
  ),
  SOURCES_FILE: v.pipe(v.string(), v.minLength(1, 'expected a path to a JSON file')),
  POLL_INTERVAL_SECONDS: pollInterval,
  HOME_COUNTRY: v.pipe(
    v.string(),
    v.transform((s) => s.toUpperCase()),
    v.check((s) => /^[A-Z]{2}$/.test(s) && countries.isValid(s), 'expected an ISO 3166-1 alpha-2 country code such as KZ'),
  ),
  LOG_LEVEL: v.picklist(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`),
  CONFIDENCE_THRESHOLD: decimal(0, 1, 'a number from 0 to 1'),
  ALERT_MAX_AGE_HOURS: wholeNumber(1, 24 * 365, 'a whole number of hours ≥ 1'),
  SOURCE_FAILURES_BEFORE_NOTICE: wholeNumber(1, 1000, 'a whole number ≥ 1'),
  ALLOW_PRIVATE_ADDRESSES: flag,
  WEBHOOK_URL: v.union([v.literal(''), httpUrl], 'expected an https URL Telegram can reach, or empty for long polling'),
  WEBHOOK_SECRET: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[\w-]{1,256}$/, 'expected 1–256 of A-Z a-z 0-9 _ -'))]),
  PORT: wholeNumber(0, 65535, 'a TCP port from 0 to 65535'),
  MODEL_FILE: v.string(),
  // Web archive (issue 16): where the archive is reachable, so bot lists can link to it.
  // The archive links its pages from the root (/country/RU), so it cannot be reached under a path.
  PUBLIC_URL: v.union(
    [
      v.literal(''),
      v.pipe(httpUrl, v.transform((s) => s.replace(/\/+$/, '')), v.check((s) => new URL(s).pathname === '/' && !new URL(s).search, PUBLIC_URL_EXPECTED)),
    ],
    PUBLIC_URL_EXPECTED,
  ),
})

export type EnvName = keyof typeof ENV_SCHEMA.entries

/** Defaults of the spec (docs/spec.md § Environment) and of the team's own variables. */
const DEFAULTS: Record<Exclude<EnvName, 'BOT_TOKEN'>, string> = {
  TELEGRAM_API_ROOT: 'https://api.telegram.org',
  DATABASE_PATH: 'data/coopwatch.db',
  ADMIN_IDS: '',
  SOURCES_FILE: 'sources.json',
  POLL_INTERVAL_SECONDS: '900',
  HOME_COUNTRY: 'KZ',
  LOG_LEVEL: 'info',
  CONFIDENCE_THRESHOLD: String(DEFAULT_CONFIDENCE_THRESHOLD),
  ALERT_MAX_AGE_HOURS: '72',
  SOURCE_FAILURES_BEFORE_NOTICE: '5',
  ALLOW_PRIVATE_ADDRESSES: 'false',
  WEBHOOK_URL: '',
  WEBHOOK_SECRET: '',
  PORT: '8080',
  MODEL_FILE: '',
  PUBLIC_URL: '',
}

/** Telegram's tokens: the bot's numeric id, a colon, 35 letters, digits, _ or - (a margin either side, in case that changes). */
const TOKEN_SECRET_LENGTH = 35
const TOKEN_SECRET_MARGIN = 5

/**
 * What exactly is wrong with a BOT_TOKEN that cannot be a Telegram token (quotes left in, a
 * "bot" prefix copied from a URL, a cut-off secret …); null when it has the right shape.
 */
export function diagnoseBotToken(token: string): string | null {
  const hint = 'copy it again from @BotFather (/mybots → your bot → API Token)'
  if (/^["'].*["']$/.test(token)) return `remove the quotes around the token, ${hint}`
  if (/\s/.test(token)) return `the token contains a space or a line break; ${hint}`
  if (/^bot\d/i.test(token)) return 'remove the "bot" before the digits: that belongs to the API address, not to the token'
  if (/^https?:/i.test(token)) return `that is an address, not a token; ${hint}`
  const [id, secret, ...rest] = token.split(':')
  if (secret === undefined) return `expected <digits>:<secret>, there is no ":"; ${hint}`
  if (rest.length > 0) return `expected one ":" between the bot's id and the secret, found ${rest.length + 1}`
  if (!/^\d+$/.test(id ?? '')) return `the part before ":" must be the bot's numeric id, got "${id}"`
  if (/[^\w-]/.test(secret)) return `the part after ":" may hold only letters, digits, _ and -; ${hint}`
  if (Math.abs(secret.length - TOKEN_SECRET_LENGTH) > TOKEN_SECRET_MARGIN) {
    return `the part after ":" has ${secret.length} characters, Telegram's have ${TOKEN_SECRET_LENGTH}: it looks ${secret.length < TOKEN_SECRET_LENGTH ? 'cut off' : 'too long'}; ${hint}`
  }
  return null
}

/** Variables whose default is empty, so an empty value is meaningful rather than a mistake. */
const EMPTY_ALLOWED = new Set<EnvName>(['ADMIN_IDS', 'WEBHOOK_URL', 'WEBHOOK_SECRET', 'MODEL_FILE', 'PUBLIC_URL'])

export const ENV_NAMES = Object.keys(ENV_SCHEMA.entries) as EnvName[]

type Parsed = v.InferOutput<typeof ENV_SCHEMA>

/** TELEGRAM_API_ROOT → telegramApiRoot. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Lowercase<Head>}${Capitalize<CamelCase<Tail>>}` : Lowercase<S>

const camelCase = (name: string): string => name.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

/** The environment by the schema's names in camelCase; `botToken` is empty only for commands that do not talk to Telegram. */
export type Config = Readonly<{ [K in EnvName as CamelCase<K>]: Parsed[K] }>

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] }

/**
 * Validates the environment: every problem becomes one line naming the variable and what it
 * expects. BOT_TOKEN is required only where `requireBotToken` is set (npm start).
 */
export function loadConfig(env: Record<string, string | undefined>, { requireBotToken = true } = {}): ConfigResult {
  const input: Record<string, string> = {}
  const errors: string[] = []
  for (const name of ENV_NAMES) {
    const raw = env[name]
    if (name === 'BOT_TOKEN') {
      if (raw === undefined || raw.trim() === '') {
        if (requireBotToken) {
          errors.push('BOT_TOKEN: missing — create a bot with @BotFather on Telegram (send /newbot), then put its token in .env as BOT_TOKEN=123456:ABC…')
        }
        input[name] = requireBotToken ? '' : '0:unset-token-for-offline-commands'
        continue
      }
      const problem = diagnoseBotToken(raw.trim())
      if (problem) errors.push(`BOT_TOKEN: ${problem}`)
      input[name] = raw.trim()
    } else if (raw === undefined) {
      input[name] = DEFAULTS[name]
    } else if (raw.trim() === '' && !EMPTY_ALLOWED.has(name)) {
      errors.push(`${name}: empty — remove it to use the default (${DEFAULTS[name] || 'empty'}) or set a value`)
      input[name] = DEFAULTS[name]
    } else {
      input[name] = raw.trim()
    }
  }
  const result = v.safeParse(ENV_SCHEMA, input)
  if (!result.success) {
    for (const issue of result.issues) {
      const name = issue.path?.[0]?.key as EnvName | undefined
      if (name === 'BOT_TOKEN' && errors.some((e) => e.startsWith('BOT_TOKEN'))) continue
      const got = name === 'BOT_TOKEN' ? '' : `, got "${input[name ?? ''] ?? ''}"`
      errors.push(`${name ?? 'environment'}: ${issue.message}${got}`)
    }
  }
  if (result.success && result.output.WEBHOOK_URL !== '' && result.output.WEBHOOK_SECRET === '') {
    errors.push('WEBHOOK_SECRET: expected a secret when WEBHOOK_URL is set (Telegram sends it back in X-Telegram-Bot-Api-Secret-Token)')
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors: [...new Set(errors)] }
  const e = result.output
  const config = Object.fromEntries(ENV_NAMES.map((name) => [camelCase(name), e[name]])) as { -readonly [K in keyof Config]: Config[K] }
  config.botToken = requireBotToken || env.BOT_TOKEN ? e.BOT_TOKEN : ''
  Object.freeze(config.adminIds)
  return { ok: true, config: Object.freeze(config) }
}
