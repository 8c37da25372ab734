import { Api, type Bot } from 'grammy'
import type { Pacer } from './alerts/pacer.js'
import { type Alerts, createAlerts } from './alerts/worker.js'
import { type BackfillWorker, createBackfillWorker } from './bot/backfill-worker.js'
import { createCycleNotices } from './bot/cycle-notices.js'
import { registerCommands } from './bot/commands.js'
import { createBot } from './bot/create-bot.js'
import type { BotContext } from './bot/context.js'
import { createI18n } from './bot/i18n/i18n.js'
import { tellUntoldSuggesters } from './bot/untold-suggesters.js'
import type { AppDeps } from './deps.js'
import { createUpdateReceiver } from './http/receive-updates.js'
import { createHttpServer } from './http/server.js'
import type { BackfillerOptions } from './ingest/backfill.js'
import type { FetcherOptions } from './ingest/fetch.js'
import { createPoller } from './ingest/poller.js'
import { createSenderApi } from './telegram/api-defaults.js'
import type { Loop } from './loop.js'
import { connectToTelegram, type TelegramLink } from './telegram/connect.js'
import { createArchive } from './web/archive.js'

export interface App {
  bot: Bot<BotContext>
  poller: Loop
  /** Instant alert sender and daily digests (their loops' runOnce() drive them in tests). */
  alerts: Alerts
  /** Archive walks admins start from /sources. */
  backfills: BackfillWorker
  /** The port /healthz, /metrics and the webhook listen on, once started (PORT=0 picks one). */
  readonly httpPort: number
  start(): Promise<void>
  /** Stops taking updates, then the background loops, awaiting the work in flight. */
  stop(): Promise<void>
}

/** Telegram delivers only the types listed: inline mode (README) needs inline_query asked for. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member', 'channel_post'] as const

/** What tests change about the wire: alerts paced in virtual time, no gap between requests to one host, quick reconnects. */
export interface AppOptions {
  pacer?: Pacer
  fetcher?: FetcherOptions
  backfiller?: BackfillerOptions
  telegramRetryDelayMs?: (attempt: number) => number
}

/** Wires the parts; used by main, the CLI and tests alike. */
export function createApp(deps: AppDeps, { pacer, fetcher, backfiller, telegramRetryDelayMs }: AppOptions = {}): App {
  const i18n = createI18n()
  const bot = createBot(deps, i18n)
  const poller = createPoller(deps, createCycleNotices(deps, bot.api, i18n), fetcher)
  const alerts = createAlerts(deps, { api: createSenderApi(deps.config), translate: (lang) => (key, vars) => i18n.t(lang, key, vars), ...(pacer ? { pacer } : {}) })
  const backfills = createBackfillWorker(deps, { api: bot.api, i18n, backfiller })
  const updates = createUpdateReceiver(bot, deps, ALLOWED_UPDATES)
  const archive = createArchive(deps, { translate: (lang, key, vars) => i18n.t(lang, key, vars) })
  const stopping = new AbortController()
  let telegram: TelegramLink | undefined
  const http = createHttpServer(deps, { isReceivingUpdates: () => updates.isReceiving(), telegramProblem: () => telegram?.problem() ?? null, webhook: updates.webhook, archive })

  return {
    bot,
    poller,
    alerts,
    backfills,
    get httpPort() {
      return http.port
    },
    async start() {
      // Sources are polled and /healthz answers even while Telegram cannot be reached.
      await http.start()
      poller.start()
      // A plain client: auto-retry on the bot's own would wait out network errors silently.
      const plain = new Api(deps.config.botToken, { apiRoot: deps.config.telegramApiRoot })
      const link = connectToTelegram(plain, { logger: deps.logger, signal: stopping.signal, ...(telegramRetryDelayMs ? { retryDelayMs: telegramRetryDelayMs } : {}) })
      telegram = link
      bot.botInfo = await link.connected
      // The command menu (four round trips to Telegram) need not hold back the first updates;
      // start() still fails when it cannot be registered.
      await Promise.all([registerCommands(bot.api, i18n, deps), updates.start()])
      // History walks edit their progress messages in Telegram: they go on once it answers.
      backfills.start()
      await alerts.start()
      // Suggestions the sources file closed before the bot ran get their answers last: a sender's
      // chat Telegram tells to wait (auto-retry sleeps up to a minute, thrice) holds back no alert.
      await tellUntoldSuggesters(deps, bot.api, i18n)
      deps.logger.info({ bot: bot.botInfo.username }, `coopwatch started (${updates.mode === 'webhook' ? 'webhook' : 'long polling'})`)
    },
    async stop() {
      stopping.abort()
      await updates.stop()
      await Promise.all([poller.stop(), alerts.stop(), backfills.stop()])
      await http.stop()
    },
  }
}
