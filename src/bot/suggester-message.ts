import type { Api } from 'grammy'
import { moveSubscriberChat } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import { classifyTelegramError, type TelegramFailure } from '../telegram/errors.js'

/**
 * Sends a suggestion's sender its outcome; Telegram's refusal as a value, null when sent. A group
 * that became a supergroup without the bot seeing it is followed there (the chat moved as delivery
 * moves it), once: a second move is an API answering nonsense.
 */
export async function sendToSuggester(deps: Pick<AppDeps, 'db' | 'clock'>, api: Api, chatId: number, text: string): Promise<TelegramFailure | null> {
  const failure = await trySend(api, chatId, text)
  if (failure?.kind !== 'migrated') return failure
  await moveSubscriberChat(deps.db, chatId, failure.toChatId, deps.clock.now())
  return trySend(api, failure.toChatId, text)
}

async function trySend(api: Api, chatId: number, text: string): Promise<TelegramFailure | null> {
  try {
    await api.sendMessage(chatId, text)
    return null
  } catch (error) {
    const failure = classifyTelegramError(error)
    if (!failure) throw error
    return failure
  }
}
