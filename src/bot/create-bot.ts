import { autoRetry } from '@grammyjs/auto-retry'
import { sequentialize } from '@grammyjs/runner'
import { conversations, createConversation } from '@grammyjs/conversations'
import { Bot, type Context } from 'grammy'
import type { AppDeps } from '../deps.js'
import { BOT_API_TIMEOUT_SECONDS, messageDefaults } from '../telegram/api-defaults.js'
import type { BotContext } from './context.js'
import { ADD_SOURCE_CONVERSATION, addSourceConversation } from './conversations/add-source.js'
import { EDIT_KIND_CONVERSATION, editKindConversation } from './conversations/edit-kind.js'
import { EDIT_PARTNERS_CONVERSATION, editPartnersConversation } from './conversations/edit-partners.js'
import { createConversationStorage } from './conversations/storage.js'
import { adminFeature } from './features/admin/index.js'
import { chatMemberFeature } from './features/chat-member.js'
import { countryFeature } from './features/country.js'
import { exportFeature } from './features/export.js'
import { inlineFeature } from './features/inline.js'
import { langFeature } from './features/lang.js'
import { latestFeature } from './features/latest.js'
import { membershipFeature } from './features/membership.js'
import { searchFeature } from './features/search.js'
import { settingsFeature } from './features/settings.js'
import { startFeature } from './features/start.js'
import { subscribeFeature } from './features/subscribe.js'
import { subscriptionsFeature } from './features/subscriptions.js'
import { suggestFeature } from './features/suggest.js'
import { unhandledFeature } from './features/unhandled.js'
import { createI18n } from './i18n/i18n.js'
import { followTelegramLanguage } from './middlewares/chat-language.js'
import { trackCallbackAnswer } from './middlewares/callback-answer.js'
import { readCommandsInSmallLetters } from './middlewares/command-case.js'
import { answerEditedCommands } from './middlewares/edited-commands.js'
import { provideAdminChecks } from './middlewares/chat-rights.js'
import { provideCountryIndex } from './middlewares/country-index.js'
import { handleBotError } from './middlewares/error-boundary.js'
import { answerInlineCallbacks } from './middlewares/inline-callbacks.js'

/**
 * An edit left unanswered this long ends; the admin's next message is then handled normally.
 * The plugin times it by Date.now(), not deps.clock (test/bot/admin/conversation-timeout.test.ts).
 */
export const CONVERSATION_WAIT_MS = 30 * 60_000

/**
 * The only place that installs middleware, in the order of house style § Composers per feature.
 * `i18n` is passed in when others (alerts, digests) translate with the same instance.
 */
export function createBot(deps: AppDeps, i18n = createI18n()): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.botToken, { client: { apiRoot: deps.config.telegramApiRoot, timeoutSeconds: BOT_API_TIMEOUT_SECONDS } })
  bot.api.config.use(messageDefaults, autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }))

  bot.use(async (ctx, next) => {
    ctx.deps = deps
    await next()
  })
  bot.use(trackCallbackAnswer)
  const boundary = bot.errorBoundary(handleBotError)
  boundary.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()))
  boundary.use(answerEditedCommands)
  boundary.use(readCommandsInSmallLetters)
  boundary.use(i18n)
  boundary.use(followTelegramLanguage)
  boundary.use(answerInlineCallbacks)
  boundary.use(provideCountryIndex())
  boundary.use(provideAdminChecks())
  boundary.use(conversations<BotContext, Context>({ storage: createConversationStorage(deps) }))
  boundary.use(createConversation(editPartnersConversation, { id: EDIT_PARTNERS_CONVERSATION, maxMillisecondsToWait: CONVERSATION_WAIT_MS }))
  boundary.use(createConversation(editKindConversation, { id: EDIT_KIND_CONVERSATION, maxMillisecondsToWait: CONVERSATION_WAIT_MS }))
  boundary.use(createConversation(addSourceConversation, { id: ADD_SOURCE_CONVERSATION, maxMillisecondsToWait: CONVERSATION_WAIT_MS }))
  boundary.use(membershipFeature)
  boundary.use(startFeature)
  boundary.use(countryFeature)
  boundary.use(latestFeature)
  boundary.use(searchFeature)
  // The subscribe feature installs the picker menu, which the subscriptions feature also sends.
  boundary.use(subscribeFeature)
  boundary.use(subscriptionsFeature)
  boundary.use(langFeature)
  boundary.use(settingsFeature)
  boundary.use(suggestFeature)
  boundary.use(inlineFeature)
  boundary.use(exportFeature)
  boundary.use(adminFeature)
  boundary.use(chatMemberFeature)
  boundary.use(unhandledFeature)
  return bot
}
