import { setTimeout as sleep } from 'node:timers/promises'
import { type Api, GrammyError, HttpError } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Logger } from '../logger.js'

/** One getMe attempt waits this long: an unreachable host otherwise holds the first request for minutes. */
const ATTEMPT_TIMEOUT_MS = 10_000
const FIRST_RETRY_MS = 2_000
const MAX_RETRY_MS = 60_000

/** Waits between attempts: 2 s, 4 s, 8 s … up to a minute. */
export const defaultRetryDelayMs = (attempt: number): number => Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1))

/** Telegram refused the token itself: retrying cannot help, the operator must fix BOT_TOKEN. */
export class TokenRejectedError extends Error {}

/** Where the first contact with Telegram stands, for /healthz. */
export interface TelegramLink {
  /** The last failure while not yet connected ("connect ECONNREFUSED 149.154.167.220:443"), else null. */
  problem(): string | null
}

/** The bot's token as it appears in Bot API addresses, which network errors quote. */
const TOKEN_IN_URL = /bot\d+:[\w-]+/g

/** Why a request to Telegram failed, in a few words, never quoting the token: the network's code and reason, or Telegram's answer. */
export function describeTelegramFailure(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`
  const inner = error instanceof HttpError ? error.error : error
  const { code, message } = (inner ?? {}) as { code?: string; message?: string; cause?: { code?: string } }
  const why = (message ?? String(inner)).replace(/^request to \S+ failed, reason: /, '').replace(TOKEN_IN_URL, 'bot<token>')
  const errorCode = code ?? (inner as { cause?: { code?: string } } | undefined)?.cause?.code
  return errorCode && !why.includes(errorCode) ? `${errorCode} (${why})` : why
}

export interface ConnectOptions {
  logger: Logger
  signal: AbortSignal
  retryDelayMs?: (attempt: number) => number
}

/**
 * Asks Telegram who the bot is until it answers, logging each failed attempt with its reason
 * and the next try, so a blocked network is visible at once instead of a silent hang. A
 * refused token (401, or 404 for a malformed one) ends with TokenRejectedError; an abort
 * (shutdown) with the signal's reason.
 */
export function connectToTelegram(api: Api, { logger, signal, retryDelayMs = defaultRetryDelayMs }: ConnectOptions): TelegramLink & { connected: Promise<UserFromGetMe> } {
  let problem: string | null = null
  const connected = (async () => {
    for (let attempt = 1; ; attempt += 1) {
      signal.throwIfAborted()
      const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)
      try {
        const me = await api.getMe(AbortSignal.any([signal, timeout]) as Parameters<Api['getMe']>[0])
        if (attempt > 1) logger.info({ attempt }, 'Telegram reached')
        problem = null
        return me
      } catch (error) {
        signal.throwIfAborted()
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
          throw new TokenRejectedError(`BOT_TOKEN: Telegram refused the token (${error.error_code} ${error.description}) — copy it again from @BotFather (/mybots → your bot → API Token)`)
        }
        const delayMs = retryDelayMs(attempt)
        const reason = timeout.aborted ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` : describeTelegramFailure(error)
        problem = `Telegram unreachable: ${reason}`
        const retryInSeconds = Math.ceil(delayMs / 1000)
        logger.warn({ attempt, reason, retryInSeconds }, `${problem}; attempt ${attempt} failed, next in ${retryInSeconds} s`)
        await sleep(delayMs, undefined, { signal }).catch(() => undefined)
      }
    }
  })()
  return { connected, problem: () => problem }
}
