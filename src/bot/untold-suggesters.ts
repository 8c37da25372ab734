import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import { listUntoldSuggestions, markSuggestionTold } from '../db/suggestions.js'
import type { AppDeps } from '../deps.js'
import { escapeHtml } from '../telegram/escape.js'
import type { TelegramFailure } from '../telegram/errors.js'
import type { BotContext } from './context.js'
import { sendToSuggester } from './suggester-message.js'

/** A failure that may pass by the next start (the network, Telegram's own load); any other is final. */
const isPassing = (failure: TelegramFailure): boolean => failure.kind === 'transient' || failure.kind === 'rate-limited'

/**
 * Tells the senders of suggestions the sources file closed at start-up, before the bot ran,
 * that their source is watched (suggest-added, in their language), once each: a sender who
 * blocked the bot is given up, one Telegram could not reach for now is tried at the next start.
 * Never throws for a send: start-up goes on whatever one chat's message meets.
 */
export async function tellUntoldSuggesters(deps: Pick<AppDeps, 'db' | 'logger' | 'clock'>, api: Api, i18n: I18n<BotContext>): Promise<void> {
  for (const suggestion of await listUntoldSuggestions(deps.db)) {
    const text = i18n.t(suggestion.language, 'suggest-added', { url: escapeHtml(suggestion.url), name: escapeHtml(suggestion.sourceName) })
    let failure: TelegramFailure | null
    try {
      failure = await sendToSuggester(deps, api, suggestion.chatId, text)
    } catch (error) {
      // Not an answer of Telegram's (a fault of ours, a reply grammY cannot read): logged as an error, yet
      // one sender must not keep the bot from starting. The others are still told, this one at the next start.
      deps.logger.error({ err: error, suggestionId: suggestion.id }, 'suggester not told: unexpected error')
      continue
    }
    if (failure) deps.logger.info({ suggestionId: suggestion.id, failure }, 'suggester not told')
    if (failure && isPassing(failure)) continue
    await markSuggestionTold(deps.db, suggestion.id)
  }
}
