import { autoRetry } from '@grammyjs/auto-retry'
import { sequentialize } from '@grammyjs/runner'
import { Bot } from 'grammy'
import type { AppDeps } from '../deps.js'
import type { BotContext } from './context.js'
import { startFeature } from './features/start.js'
import { unhandledFeature } from './features/unhandled.js'
import { createI18n } from './i18n/i18n.js'
import { handleBotError } from './middlewares/error-boundary.js'

/** The only place that installs middleware, in the order of house style § Composers per feature. */
export function createBot(deps: AppDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.botToken, { client: { apiRoot: deps.config.telegramApiRoot } })
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }))

  bot.use(async (ctx, next) => {
    ctx.deps = deps
    await next()
  })
  const boundary = bot.errorBoundary(handleBotError)
  boundary.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()))
  boundary.use(createI18n())
  boundary.use(startFeature)
  boundary.use(unhandledFeature)
  return bot
}
