import type { Api } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Lang } from '../classify/types.js'
import { renderItemCard } from '../telegram/item-card.js'
import type { Translate } from '../telegram/translate.js'
import { classifyTelegramError } from '../telegram/errors.js'
import { shareKeyboard } from '../telegram/share.js'
import type { AppDeps } from '../deps.js'
import { getItemsByIds } from '../db/items.js'
import { claimAlerts, type DueAlert, findDueAlerts, markAlertsFailed, markAlertsRetry, markAlertsSent } from '../db/outbox.js'
import { deactivateSubscriber, moveSubscriberChat } from '../db/subscribers.js'
import { BUSY_RECHECK_MS, isGroupChat, type Pacer } from './pacer.js'

/** Translations outside an update: the bot's i18n instance, by language. */
export type TranslateFor = (lang: Lang) => Translate

export interface SenderContext {
  deps: AppDeps
  api: Api
  translate: TranslateFor
  pacer: Pacer
}

/**
 * How long a claimed row stays claimed. Longer than a send can take with auto-retry's waits,
 * so a live sender never loses its row; after a crash, the restart recovers it at once.
 */
export const CLAIM_LEASE_MS = 10 * 60_000
/** Rows looked at per query: enough chats to keep the global rate busy for several seconds. */
const DUE_BATCH = 200
/** Alerts being prepared and paced at once; the sends themselves go out one at a time (Pacer.exclusive). */
const MAX_IN_FLIGHT = 32
/** Transient failures (5xx, network) before an alert is given up on: about a day of backoff. */
export const MAX_ATTEMPTS = 12
const BACKOFF_BASE_MS = 10_000
const BACKOFF_MAX_MS = 4 * 3_600_000
/** On shutdown, sends already on the wire get this long before they are aborted. */
const SHUTDOWN_GRACE_MS = 5_000

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
}

export interface SentMessage {
  messageId: number
}

/** Sends one HTML message to a chat (and forum topic); thrown errors are Telegram's or the network's. */
export async function sendAlertMessage(api: Api, chatId: number, threadId: number, text: string, signal: AbortSignal, replyMarkup?: InlineKeyboardMarkup): Promise<SentMessage> {
  const message = await api.sendMessage(
    chatId,
    text,
    {
      ...(threadId !== 0 ? { message_thread_id: threadId } : {}),
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    },
    // grammY declares the abort-controller polyfill's type; the native signal is what it checks for.
    signal as Parameters<Api['sendMessage']>[3],
  )
  return { messageId: message.message_id }
}

/**
 * Records a failed send of `ids` to `chatId` as Telegram's answer demands: wait on 429,
 * back off on 5xx and network errors, deactivate a chat that is gone, follow a group's move
 * to a supergroup (and resend at once), give up on any other 400 keeping its description.
 */
export async function recordSendFailure(ctx: SenderContext, chatId: number, ids: readonly number[], attempts: number, error: unknown): Promise<void> {
  const { db, clock, logger, metrics } = ctx.deps
  const now = clock.now()
  const failure = classifyTelegramError(error)
  if (!failure) {
    logger.error({ err: error, chatId, ids }, 'alert delivery failed unexpectedly')
    const message = error instanceof Error ? error.message : String(error)
    if (attempts >= MAX_ATTEMPTS) {
      await markAlertsFailed(db, ids, message)
      metrics.alertsFailed.inc(ids.length)
    } else {
      await markAlertsRetry(db, ids, message, new Date(now.getTime() + backoffMs(attempts)))
    }
    return
  }
  switch (failure.kind) {
    case 'rate-limited':
      // auto-retry already waited for retry_afters up to its cap; a longer one is kept in the row.
      await markAlertsRetry(db, ids, failure.description, new Date(now.getTime() + failure.retryAfterSeconds * 1000))
      return
    case 'transient':
      if (attempts >= MAX_ATTEMPTS) {
        await markAlertsFailed(db, ids, failure.description)
        metrics.alertsFailed.inc(ids.length)
      } else {
        await markAlertsRetry(db, ids, failure.description, new Date(now.getTime() + backoffMs(attempts)))
      }
      return
    case 'chat-gone':
      logger.info({ chatId, reason: failure.description }, 'subscriber deactivated')
      await markAlertsFailed(db, ids, failure.description)
      await deactivateSubscriber(db, chatId, failure.description, now)
      metrics.alertsFailed.inc(ids.length)
      return
    case 'migrated':
      logger.info({ chatId, toChatId: failure.toChatId }, 'group moved to a supergroup')
      await moveSubscriberChat(db, chatId, failure.toChatId, now)
      await markAlertsRetry(db, ids, failure.description, now)
      return
    case 'not-modified':
    case 'rejected':
      logger.warn({ chatId, ids, reason: failure.description }, 'alert refused by Telegram')
      await markAlertsFailed(db, ids, failure.description)
      metrics.alertsFailed.inc(ids.length)
      return
  }
}

/** The text of an instant alert: a header and the item's card, in the subscriber's language. */
function renderAlert(item: Parameters<typeof renderItemCard>[0], lang: Lang, t: Translate): string {
  return `${t('alerts-new-item')}\n\n${renderItemCard(item, lang, t)}`
}

/**
 * Aborts in-flight sends a grace period after `signal` (shutdown), so a stop neither cuts a
 * request that was about to be answered nor hangs on one retrying a dead network.
 */
function graceSignal(signal: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const onAbort = () => {
    timer = setTimeout(() => controller.abort(), SHUTDOWN_GRACE_MS)
    timer.unref()
  }
  if (signal.aborted) onAbort()
  else signal.addEventListener('abort', onAbort, { once: true })
  return {
    signal: controller.signal,
    dispose() {
      signal.removeEventListener('abort', onAbort)
      clearTimeout(timer)
    },
  }
}

async function deliverOne(ctx: SenderContext, alert: DueAlert, signal: AbortSignal): Promise<void> {
  const { db, clock, metrics } = ctx.deps
  const [item] = await getItemsByIds(db, [alert.articleId])
  if (!item) {
    await markAlertsFailed(db, [alert.id], 'article no longer stored')
    metrics.alertsFailed.inc()
    return
  }
  const lang = alert.language ?? 'en'
  const t = ctx.translate(lang)
  const text = renderAlert(item, lang, t)
  const outcome = await ctx.pacer.exclusive(async (): Promise<{ sent: SentMessage } | { error: unknown }> => {
    let sent: SentMessage
    try {
      ctx.pacer.markSent(alert.chatId, isGroupChat(alert.chatType))
      sent = await sendAlertMessage(ctx.api, alert.chatId, alert.messageThreadId, text, signal, shareKeyboard(item.id, t('share-button')))
    } catch (error) {
      return { error }
    }
    await markAlertsSent(db, [alert.id], sent.messageId, clock.now())
    return { sent }
  })
  if ('error' in outcome) {
    // Aborted at shutdown: Telegram may have the message already, so the row stays 'sending'
    // and the next start resends it — the one repeat a crash can cause, never a loss.
    if (signal.aborted) return
    await recordSendFailure(ctx, alert.chatId, [alert.id], alert.attempts + 1, outcome.error)
    return
  }
  metrics.alertsSent.inc()
}

/**
 * Delivers every due instant alert, then returns (one pass of the sender loop).
 *
 * Exactly once as far as Telegram allows: each row is claimed ('sending', attempts + 1)
 * before the API call and marked 'sent' with the message id right after the answer. A crash
 * in between leaves the row 'sending'; the next start makes it due again. Sends go out one at a
 * time, so that one message may arrive twice, and none is lost.
 */
export async function deliverDueAlerts(ctx: SenderContext, signal: AbortSignal): Promise<void> {
  const { db, clock, logger } = ctx.deps
  const inFlight = new Set<Promise<void>>()
  const sends = graceSignal(signal)
  try {
    while (!signal.aborted) {
      const due = await findDueAlerts(db, clock.now(), DUE_BATCH)
      const ready: DueAlert[] = []
      let nextReadyAt = Number.POSITIVE_INFINITY
      for (const alert of due) {
        const isGroup = isGroupChat(alert.chatType)
        if (ctx.pacer.tryAcquire(alert.chatId, isGroup)) ready.push(alert)
        else nextReadyAt = Math.min(nextReadyAt, ctx.pacer.chatReadyAt(alert.chatId, isGroup))
      }
      if (ready.length === 0) {
        if (due.length === 0 && inFlight.size === 0) break
        // Chats busy with a digest page have no known ready time: look again shortly.
        await Promise.race([...inFlight, ctx.pacer.sleepUntil(Number.isFinite(nextReadyAt) ? nextReadyAt : ctx.pacer.now() + BUSY_RECHECK_MS, signal)])
        continue
      }
      for (const [index, alert] of ready.entries()) {
        if (signal.aborted) {
          for (const rest of ready.slice(index)) ctx.pacer.release(rest.chatId)
          break
        }
        while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight)
        await ctx.pacer.takeGlobalSlot(signal)
        const now = clock.now()
        const claimed = signal.aborted ? [] : await claimAlerts(db, [alert.id], now, new Date(now.getTime() + CLAIM_LEASE_MS))
        if (claimed.length === 0) {
          ctx.pacer.release(alert.chatId)
          continue
        }
        const task: Promise<void> = deliverOne(ctx, alert, sends.signal)
          .catch((error: unknown) => logger.error({ err: error, alertId: alert.id }, 'alert delivery step failed'))
          .finally(() => {
            ctx.pacer.release(alert.chatId)
            inFlight.delete(task)
          })
        inFlight.add(task)
      }
    }
    await Promise.all(inFlight)
  } finally {
    sends.dispose()
  }
}
