import { Api, type Transformer } from 'grammy'
import type { Config } from '../config.js'

const MESSAGE_METHODS = new Set(['sendMessage', 'editMessageText'])

/**
 * Every message is Telegram HTML (scraped text is escaped by the renderers) and shows no link
 * previews: lists carry several links, and a preview of one scraped page would lead the eye away.
 * A call that passes its own options keeps them.
 */
export const messageDefaults: Transformer = (prev, method, payload, signal) =>
  MESSAGE_METHODS.has(method) ? prev(method, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...payload }, signal) : prev(method, payload, signal)

/**
 * The bot's calls give up after this long instead of grammY's 500 s; long polling itself
 * asks Telegram to hold getUpdates for 30 s.
 */
export const BOT_API_TIMEOUT_SECONDS = 60
/** An alert send unanswered after this long is abandoned and retried later, as a network error is. */
export const SEND_TIMEOUT_SECONDS = 15

/**
 * The client alerts and digests send with: the same defaults as the bot's, a short timeout,
 * and no auto-retry — a 429 or a 5xx puts the row back in the outbox for later instead of
 * holding a place in the send window (and the chat's turn) while it waits.
 */
export function createSenderApi(config: Pick<Config, 'botToken' | 'telegramApiRoot'>, timeoutSeconds = SEND_TIMEOUT_SECONDS): Api {
  const api = new Api(config.botToken, { apiRoot: config.telegramApiRoot, timeoutSeconds })
  api.config.use(messageDefaults)
  return api
}
