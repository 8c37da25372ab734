import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import type { BotContext } from '../bot/context.js'
import type { AppDeps } from '../deps.js'

const SECRET_HEADER = 'x-telegram-bot-api-secret-token'
/** Telegram's updates are a few KB; anything far larger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024
/** Beyond this many updates in progress we answer 503 and Telegram redelivers later. */
const MAX_IN_FLIGHT = 1_000
/** Telegram redelivers an update whose 200 got lost; remember enough ids to drop the repeats. */
const REMEMBERED_UPDATE_IDS = 1_000

export interface WebhookHandler {
  handle(req: IncomingMessage, res: ServerResponse): void
  /** Refuses new updates (503, so Telegram keeps them) and waits for those in progress. */
  close(): Promise<void>
  readonly isOpen: boolean
}

/**
 * Answers Telegram at once and handles the update afterwards, so a slow handler never makes
 * Telegram time out and redeliver. Updates are handed to grammY in arrival order and the bot's
 * sequentialize middleware keeps each chat's updates in that order.
 */
export function createWebhookHandler(bot: Bot<BotContext>, deps: AppDeps): WebhookHandler {
  const { logger, metrics } = deps
  const expectedDigest = digest(deps.config.webhookSecret)
  const inFlight = new Set<Promise<void>>()
  const recentIds = new Set<number>()
  let isOpen = true

  const dispatch = (update: Update): void => {
    const task = bot
      .handleUpdate(update)
      .catch((error: unknown) => logger.error({ err: error, updateId: update.update_id }, 'webhook update failed'))
      .finally(() => inFlight.delete(task))
    inFlight.add(task)
  }

  const remember = (updateId: number): boolean => {
    if (recentIds.has(updateId)) return false
    recentIds.add(updateId)
    if (recentIds.size > REMEMBERED_UPDATE_IDS) recentIds.delete(recentIds.values().next().value!)
    return true
  }

  return {
    get isOpen() {
      return isOpen
    },
    handle(req, res) {
      if (req.method !== 'POST') return answer(res, 405, { allow: 'POST' })
      if (!isSecretValid(req.headers[SECRET_HEADER], expectedDigest)) {
        metrics.webhookUpdates.inc({ outcome: 'unauthorized' })
        logger.warn({ remote: req.socket.remoteAddress }, 'webhook request with a wrong secret token')
        req.resume()
        return answer(res, 401)
      }
      if (!isOpen || inFlight.size >= MAX_IN_FLIGHT) {
        metrics.webhookUpdates.inc({ outcome: 'overloaded' })
        req.resume()
        return answer(res, 503, { 'retry-after': '5' })
      }
      void readBody(req).then((body) => {
        const update = body === undefined ? undefined : parseUpdate(body)
        if (update === undefined) {
          metrics.webhookUpdates.inc({ outcome: 'invalid' })
          return answer(res, body === undefined ? 413 : 400)
        }
        answer(res, 200)
        if (!remember(update.update_id)) return metrics.webhookUpdates.inc({ outcome: 'duplicate' })
        metrics.webhookUpdates.inc({ outcome: 'accepted' })
        dispatch(update)
      })
    },
    async close() {
      isOpen = false
      while (inFlight.size > 0) await Promise.all(inFlight)
    },
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

/** Compares digests, so the comparison takes the same time whatever the length or content. */
function isSecretValid(given: string | string[] | undefined, expectedDigest: Buffer): boolean {
  if (typeof given !== 'string') return false
  return timingSafeEqual(digest(given), expectedDigest)
}

function parseUpdate(body: string): Update | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed === 'object' && parsed !== null && Number.isSafeInteger((parsed as { update_id?: unknown }).update_id)) return parsed as Update
  } catch {
    // Not JSON: reported as a bad request below.
  }
  return undefined
}

/** The body as text, or undefined when it exceeds MAX_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(undefined))
  })
}

function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(status === 200 ? '' : `${status}\n`)
}
