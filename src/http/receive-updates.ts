import { run, type RunnerHandle } from '@grammyjs/runner'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Bot } from 'grammy'
import type { BotContext } from '../bot/context.js'
import type { AppDeps } from '../deps.js'
import { createWebhookHandler, type WebhookHandler } from './webhook.js'

const DRAIN_CHECK_MS = 20

type AllowedUpdates = NonNullable<Parameters<Bot<BotContext>['api']['setWebhook']>[1]>['allowed_updates']

export interface UpdateReceiver {
  readonly mode: 'polling' | 'webhook'
  /** In webhook mode, what the HTTP server serves on the path of WEBHOOK_URL. */
  readonly webhook?: { path: string; handler: WebhookHandler }
  /** Call after bot.init() and, in webhook mode, once the HTTP server listens. */
  start(): Promise<void>
  /** Stops taking updates and waits for the ones in progress. */
  stop(): Promise<void>
  isReceiving(): boolean
}

/** Long polling through @grammyjs/runner by default; a webhook when WEBHOOK_URL is set. */
export function createUpdateReceiver(bot: Bot<BotContext>, deps: AppDeps, allowedUpdates: AllowedUpdates): UpdateReceiver {
  const { webhookUrl, webhookSecret } = deps.config
  if (webhookUrl === '') {
    let runner: RunnerHandle | undefined
    return {
      mode: 'polling',
      async start() {
        // A webhook left over from another deployment makes getUpdates fail with 409.
        await bot.api.deleteWebhook()
        runner = run(bot, { runner: { fetch: { allowed_updates: allowedUpdates } } })
      },
      async stop() {
        if (!runner?.isRunning()) return
        await runner.stop()
        // runner.stop() resolves once fetching has ended, not when the updates already handed
        // to the middleware are done (@grammyjs/runner 2.0.3, despite its doc): wait for them,
        // so the loops and the database are not closed under a handler still at work.
        while (runner.size() > 0) await sleep(DRAIN_CHECK_MS)
      },
      isReceiving: () => runner?.isRunning() ?? false,
    }
  }

  const handler = createWebhookHandler(bot, deps)
  let isStarted = false
  return {
    mode: 'webhook',
    webhook: { path: new URL(webhookUrl).pathname, handler },
    async start() {
      // Kept on stop, so Telegram holds the updates that arrive during a restart.
      await bot.api.setWebhook(webhookUrl, { secret_token: webhookSecret, allowed_updates: allowedUpdates })
      isStarted = true
    },
    stop: () => handler.close(),
    isReceiving: () => isStarted && handler.isOpen,
  }
}
