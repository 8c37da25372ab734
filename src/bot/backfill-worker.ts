import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import type { Lang } from '../classify/types.js'
import { type Backfill, type BackfillCounts, findBotBackfills, type ProgressMessage } from '../db/backfill.js'
import { getSourceById } from '../db/sources.js'
import type { AppDeps } from '../deps.js'
import type { Backfiller, BackfillerOptions, BackfillProgress } from '../ingest/backfill.js'
import { createLoop } from '../loop.js'
import { classifyTelegramError } from '../telegram/errors.js'
import { escapeHtml } from '../telegram/escape.js'
import { formatItemDate } from '../telegram/item-card.js'
import { truncateText } from '../telegram/length.js'
import type { Translate } from '../telegram/translate.js'
import type { BotContext } from './context.js'

/** How often the worker looks for walks admins asked for (or that a restart interrupted). */
const TICK_MS = 5_000
/** A progress message is edited at most this often: each edit is a Bot API call the admin need not see faster. */
const PROGRESS_EDIT_MS = 5_000
/** Walks carried on at once; those on one host still share its gap. */
const MAX_WALKS = 2

/** What a progress message shows of a walk. */
interface HistoryView {
  name: string
  phase: 'starting' | 'running' | 'done' | 'failed'
  since: Date
  reachedAt: Date | null
  counts: BackfillCounts
  error?: string | null
}

/** The progress message of a walk started from /sources. */
export function renderHistoryMessage(view: HistoryView, lang: Lang, t: Translate): string {
  const vars = {
    name: escapeHtml(truncateText(view.name, 80)),
    since: formatItemDate(view.since.toISOString(), lang),
    reached: view.reachedAt ? formatItemDate(view.reachedAt.toISOString(), lang) : '—',
    pages: view.counts.pages,
    items: view.counts.new,
    relevant: view.counts.relevant,
    flagged: view.counts.flagged,
    error: escapeHtml(truncateText(view.error ?? '?', 200)),
  }
  return `${t('admin-history-title', vars)}\n${t(`admin-history-${view.phase}`, vars)}`
}

export interface BackfillWorker {
  start(): void
  /** Takes up the walks asked for and waits until they end (tests and shutdown). */
  runOnce(): Promise<void>
  /** Stops the walks after the page in hand; they resume at the next start. */
  stop(): Promise<void>
}

/**
 * Carries out the walks admins start with "Load history" in /sources, in the bot's process,
 * editing each admin's progress message at most every PROGRESS_EDIT_MS. A walk a restart
 * interrupted goes on at the next start. The ingestion pipeline loads on the first walk.
 */
export function createBackfillWorker(deps: AppDeps, { api, i18n, backfiller: options = {} }: { api: Api; i18n: I18n<BotContext>; backfiller?: BackfillerOptions }): BackfillWorker {
  const walks = new Map<number, Promise<void>>()
  let backfiller: Promise<Backfiller> | undefined

  async function edit(message: ProgressMessage, view: HistoryView): Promise<void> {
    const text = renderHistoryMessage(view, message.lang, (key, vars) => i18n.t(message.lang, key, vars))
    try {
      await api.editMessageText(message.chatId, message.messageId, text)
    } catch (error) {
      const failure = classifyTelegramError(error)
      if (!failure) throw error
      if (failure.kind !== 'not-modified') deps.logger.warn({ chatId: message.chatId, failure }, 'backfill progress not shown')
    }
  }

  const viewOf = (p: BackfillProgress, phase: HistoryView['phase'], error: string | null = null): HistoryView => ({
    name: p.source.name, phase, since: p.since, reachedAt: p.reachedAt, counts: p.counts, error,
  })

  async function carryOut(walk: Backfill, message: ProgressMessage, signal: AbortSignal): Promise<void> {
    const source = await getSourceById(deps.db, walk.sourceId)
    if (!source) return
    backfiller ??= import('../ingest/backfill.js').then(({ createBackfiller }) => createBackfiller(deps, options))
    let lastEditMs = deps.clock.now().getTime()
    let editing: Promise<void> = Promise.resolve()
    const summary = await (await backfiller).walk(source, {
      since: walk.since,
      signal,
      progressMessage: message,
      onProgress: (progress) => {
        const now = deps.clock.now().getTime()
        if (now - lastEditMs < PROGRESS_EDIT_MS) return
        lastEditMs = now
        const view = viewOf(progress, 'running')
        editing = editing.then(() => edit(message, view)).catch((error: unknown) => deps.logger.error({ err: error }, 'backfill progress edit failed'))
      },
    })
    await editing
    // Stopped by shutdown (or --max-pages, never set here): the next start goes on, and says so then.
    if (summary.reason === 'aborted' || summary.reason === 'max-pages') return
    await edit(message, viewOf(summary, summary.reason === 'error' ? 'failed' : 'done', summary.error))
  }

  const loop = createLoop({
    name: 'backfill',
    logger: deps.logger,
    intervalMs: () => TICK_MS,
    run: async (signal) => {
      for (const walk of await findBotBackfills(deps.db)) {
        const message = walk.progressMessage
        if (!message || walks.has(walk.sourceId) || walks.size >= MAX_WALKS || signal.aborted) continue
        const job = carryOut(walk, message, signal)
          .catch((error: unknown) => deps.logger.error({ err: error, sourceId: walk.sourceId }, 'backfill from the bot failed'))
          .finally(() => walks.delete(walk.sourceId))
        walks.set(walk.sourceId, job)
      }
    },
  })

  return {
    start: () => loop.start(),
    async runOnce() {
      await loop.runOnce()
      await Promise.all(walks.values())
    },
    async stop() {
      await loop.stop()
      await Promise.all(walks.values())
      const closing = backfiller
      backfiller = undefined
      if (closing) await (await closing).close()
    },
  }
}
