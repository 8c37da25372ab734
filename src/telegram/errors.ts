import { GrammyError, HttpError } from 'grammy'

/**
 * What a failed Bot API call means for the caller, decided in this one place by
 * `error_code` and `description` (house style § 6), never by string checks in handlers.
 */
export type TelegramFailure =
  /** 429: wait `retryAfterSeconds` (auto-retry already waited up to its limit and gave up). */
  | { kind: 'rate-limited'; retryAfterSeconds: number; description: string }
  /** 5xx or a network error: try again later with backoff. */
  | { kind: 'transient'; description: string }
  /** The chat is unusable for good: the bot was blocked or removed, the chat or user is gone. */
  | { kind: 'chat-gone'; description: string }
  /** A group became a supergroup: resend to `toChatId`. */
  | { kind: 'migrated'; toChatId: number; description: string }
  /** Editing a message to what it already shows: nothing to do. */
  | { kind: 'not-modified'; description: string }
  /** Editing a message Telegram no longer lets the bot edit (deleted, or refused as "can't be edited"): show it anew instead. */
  | { kind: 'not-editable'; description: string }
  /**
   * Any other refusal (bad HTML, no rights, topic closed): retrying will not help. `isTopicGone`: the forum topic a
   * message was sent to was deleted, and no message will ever reach it (Telegram never reuses a topic's id).
   */
  | { kind: 'rejected'; description: string; isTopicGone?: boolean }

// 400s that mean the chat itself is gone rather than this one message being wrong.
const CHAT_GONE_400 = /chat not found|group chat was deactivated|peer_id_invalid|user is deactivated/i
const NOT_EDITABLE_400 = /message can't be edited|message to edit not found/i
const TOPIC_GONE_400 = /message thread not found|topic_deleted/i

/** Classifies an error thrown by a grammY API call; returns null for errors that are not Telegram's (bugs). */
export function classifyTelegramError(error: unknown): TelegramFailure | null {
  if (error instanceof HttpError) return { kind: 'transient', description: `network: ${error.message}${describeCause(error.error)}` }
  if (!(error instanceof GrammyError)) return null
  const description = error.description
  const migrateTo = error.parameters.migrate_to_chat_id
  if (typeof migrateTo === 'number') return { kind: 'migrated', toChatId: migrateTo, description }
  if (error.error_code === 429) return { kind: 'rate-limited', retryAfterSeconds: error.parameters.retry_after ?? 1, description }
  if (error.error_code >= 500) return { kind: 'transient', description }
  if (error.error_code === 403) return { kind: 'chat-gone', description }
  if (error.error_code === 400 && /message is not modified/i.test(description)) return { kind: 'not-modified', description }
  if (error.error_code === 400 && NOT_EDITABLE_400.test(description)) return { kind: 'not-editable', description }
  if (error.error_code === 400 && CHAT_GONE_400.test(description)) return { kind: 'chat-gone', description }
  return { kind: 'rejected', description, ...(error.error_code === 400 && TOPIC_GONE_400.test(description) ? { isTopicGone: true } : {}) }
}

// The cause says what went wrong (a timeout, ECONNRESET); its URL carries the bot token.
const BOT_TOKEN_IN_URL = /\/bot\d+:[\w-]+/g

function describeCause(cause: unknown): string {
  return cause instanceof Error ? ` (${cause.message.replace(BOT_TOKEN_IN_URL, '/bot…')})` : ''
}
