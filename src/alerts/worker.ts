import { createLeadPartner } from '../lead-partner.js'
import type { Api } from 'grammy'
import type { AppDeps } from '../deps.js'
import { pruneFinishedAlerts, recoverInterruptedAlerts } from '../db/outbox.js'
import { createLoop, type Loop } from '../loop.js'
import { deliverDueAlerts, type TranslateFor } from './deliver.js'
import { sendDueDigests } from './digest.js'
import { Pacer } from './pacer.js'

/**
 * Alerts reach subscribers within one poll interval plus 30 s of publication (spec): the
 * sender looks every few seconds, and each pass drains everything due.
 */
const SENDER_TICK_MS = 5_000
/** Digests go out in the first minute of the subscriber's hour. */
const DIGEST_TICK_MS = 60_000
/** Finished rows are kept a month: story de-duplication looks back a week, /stats a day. */
const KEEP_FINISHED_MS = 30 * 24 * 3_600_000
const PRUNE_EVERY_MS = 3_600_000

export interface Alerts {
  /** The Bot API client both loops send with (createSenderApi: no auto-retry, a send timeout). */
  readonly api: Api
  /** Instant alerts: claims due outbox rows and sends them, paced. */
  sender: Loop
  /** Daily digests, at each subscriber's hour. */
  digest: Loop
  /** Makes alerts interrupted by a crash due again, then starts both loops. */
  start(): Promise<void>
  stop(): Promise<void>
}

export interface AlertsOptions {
  /** Normally createSenderApi(config). */
  api: Api
  translate: TranslateFor
  /** Shared by both loops so instant alerts and digests together stay within Telegram's limits. */
  pacer?: Pacer
}

export function createAlerts(deps: AppDeps, { api, translate, pacer = new Pacer() }: AlertsOptions): Alerts {
  const ctx = { deps, api, translate, pacer, leadPartner: createLeadPartner() }
  let lastPrunedAt = 0

  const sender = createLoop({
    name: 'alert-sender',
    logger: deps.logger,
    intervalMs: () => SENDER_TICK_MS,
    run: (signal) => deliverDueAlerts(ctx, signal),
  })

  const digest = createLoop({
    name: 'alert-digest',
    logger: deps.logger,
    intervalMs: () => DIGEST_TICK_MS,
    run: async (signal) => {
      await sendDueDigests(ctx, signal)
      const now = deps.clock.now()
      if (now.getTime() - lastPrunedAt >= PRUNE_EVERY_MS) {
        lastPrunedAt = now.getTime()
        await pruneFinishedAlerts(deps.db, new Date(now.getTime() - KEEP_FINISHED_MS))
      }
    },
  })

  return {
    api,
    sender,
    digest,
    async start() {
      // Only one sender runs (the bot process): rows still 'sending' were in flight when it died.
      const recovered = await recoverInterruptedAlerts(deps.db, deps.clock.now())
      if (recovered > 0) deps.logger.warn({ recovered }, 'alerts interrupted by a restart will be sent again')
      sender.start()
      digest.start()
    },
    async stop() {
      await Promise.all([sender.stop(), digest.stop()])
    },
  }
}
