import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import { listUntoldSuggestions, markSuggestionTold } from '../db/suggestions.js'
import type { AppDeps } from '../deps.js'
import { escapeHtml } from '../telegram/escape.js'
import { classifyTelegramError, type TelegramFailure } from '../telegram/errors.js'
import type { BotContext } from './context.js'

/** A failure that may pass by the next start (the network, Telegram's own load); any other is final. */
const isPassing = (failure: TelegramFailure): boolean => failure.kind === 'transient' || failure.kind === 'rate-limited'

/**
 * Tells the senders of suggestions the sources file closed at start-up, before the bot ran,
 * that their source is watched (suggest-added, in their language), once each: a sender who
 * blocked the bot is given up, one Telegram could not reach for now is tried at the next start.
 */
export async function tellUntoldSuggesters(deps: Pick<AppDeps, 'db' | 'logger'>, api: Api, i18n: I18n<BotContext>): Promise<void> {
  for (const suggestion of await listUntoldSuggestions(deps.db)) {
    try {
      await api.sendMessage(suggestion.chatId, i18n.t(suggestion.language, 'suggest-added', { url: escapeHtml(suggestion.url), name: escapeHtml(suggestion.sourceName) }))
    } catch (error) {
      const failure = classifyTelegramError(error)
      if (!failure) throw error
      deps.logger.info({ suggestionId: suggestion.id, failure }, 'suggester not told')
      if (isPassing(failure)) continue
    }
    await markSuggestionTold(deps.db, suggestion.id)
  }
}
