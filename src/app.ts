import { run, type RunnerHandle } from '@grammyjs/runner'
import type { Bot } from 'grammy'
import { createBot } from './bot/create-bot.js'
import type { BotContext } from './bot/context.js'
import type { AppDeps } from './deps.js'
import { createPoller } from './ingest/poller.js'
import type { Loop } from './loop.js'

export interface App {
  bot: Bot<BotContext>
  poller: Loop
  start(): Promise<void>
  /** Stops taking updates, then the background loops, awaiting the work in flight. */
  stop(): Promise<void>
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member', 'channel_post'] as const

/** Wires the parts; used by main, the CLI and tests alike. */
export function createApp(deps: AppDeps): App {
  const bot = createBot(deps)
  const poller = createPoller(deps)
  let runner: RunnerHandle | undefined

  return {
    bot,
    poller,
    async start() {
      await bot.init()
      // A webhook left over from another deployment makes getUpdates fail with 409.
      await bot.api.deleteWebhook()
      runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } })
      poller.start()
      deps.logger.info({ bot: bot.botInfo.username }, 'coopwatch started (long polling)')
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop()
      await poller.stop()
    },
  }
}
