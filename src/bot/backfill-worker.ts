import { renderSourceProblem } from './source-problem.js'
import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import type { Lang } from '../classify/types.js'
import { type Backfill, type BackfillCounts, findBotBackfills, markBackfillEndShown, type ProgressMessage } from '../db/backfill.js'
import { getSourceById } from '../db/sources.js'
import type { AppDeps } from '../deps.js'
import type { Backfiller, BackfillerOptions, BackfillProgress } from '../ingest/backfill.js'
import { createLoop } from '../loop.js'
import { classifyTelegramError, type TelegramFailure } from '../telegram/errors.js'
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
/** Tries at showing a walk's end before it is given up (and logged): the edit, the edit again, then new messages. */
const MAX_REPORT_ATTEMPTS = 6
/** A walk's end refused for a network error or a 5xx is tried again after this long. */
const REPORT_RETRY_MS = 60_000

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
    // What stopped the walk in the admin's language, the fetcher's English as the technical detail, as /sources says it.
    error: view.error ? renderSourceProblem(view.error, t, 200) : '?',
  }
  return `${t('admin-history-title', vars)}\n${t(`admin-history-${view.phase}`, vars)}`
}

/**
 * A walk's end (done or stopped, with its counts) Telegram has not shown yet. Progress edits may
 * be lost; this one is what the admin waits for, so it is tried again: after a 429 longer than
 * auto-retry waits (its maxDelaySeconds, create-bot.ts) once `retry_after` has passed, first as the
 * edit again, then as a new message, as it is at once when the progress message is gone.
 */
interface OwedReport {
  message: ProgressMessage
  text: string
  /** Send it as a new message instead of editing the progress message. */
  isNewMessage: boolean
  /** Tries Telegram refused so far. */
  attempts: number
  /** Not tried before this moment (deps.clock). */
  dueAtMs: number
}

/** What to try next after Telegram refused a report, or null when there is nothing left to try. */
function nextReport(owed: OwedReport, failure: TelegramFailure, nowMs: number): OwedReport | null {
  const attempts = owed.attempts + 1
  if (attempts >= MAX_REPORT_ATTEMPTS) return null
  switch (failure.kind) {
    case 'not-modified':
    case 'chat-gone':
      return null
    case 'rejected':
    case 'not-editable':
      return owed.isNewMessage ? null : { ...owed, attempts, isNewMessage: true, dueAtMs: nowMs }
    case 'migrated':
      return { ...owed, message: { ...owed.message, chatId: failure.toChatId }, attempts, isNewMessage: true, dueAtMs: nowMs }
    case 'rate-limited':
    case 'transient': {
      const waitMs = failure.kind === 'rate-limited' ? failure.retryAfterSeconds * 1000 : REPORT_RETRY_MS
      return { ...owed, attempts, isNewMessage: owed.isNewMessage || attempts >= 2, dueAtMs: nowMs + waitMs }
    }
  }
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
  /** Walks' ends still to show, by source. */
  const reports = new Map<number, OwedReport>()
  let backfiller: Promise<Backfiller> | undefined

  const render = (message: ProgressMessage, view: HistoryView): string => renderHistoryMessage(view, message.lang, (key, vars) => i18n.t(message.lang, key, vars))

  async function edit(message: ProgressMessage, view: HistoryView): Promise<void> {
    const text = render(message, view)
    try {
      await api.editMessageText(message.chatId, message.messageId, text)
    } catch (error) {
      const failure = classifyTelegramError(error)
      if (!failure) throw error
      if (failure.kind !== 'not-modified') deps.logger.warn({ chatId: message.chatId, failure }, 'backfill progress not shown')
    }
  }

  /**
   * Shows a walk's end now if it is due, else (or when Telegram refuses) keeps it for a later pass.
   * The walk's row records once it is shown or given up on; until then a restart shows it again.
   */
  async function report(sourceId: number, first: OwedReport): Promise<void> {
    reports.delete(sourceId)
    let owed: OwedReport | null = first
    while (owed && owed.dueAtMs <= deps.clock.now().getTime()) {
      const tried: OwedReport = owed
      const { chatId, messageId } = tried.message
      try {
        await (tried.isNewMessage ? api.sendMessage(chatId, tried.text) : api.editMessageText(chatId, messageId, tried.text))
        owed = null
      } catch (error) {
        const failure = classifyTelegramError(error)
        if (!failure) throw error
        owed = nextReport(tried, failure, deps.clock.now().getTime())
        deps.logger.warn({ chatId, sourceId, failure, isRetried: owed !== null }, 'backfill end not shown')
      }
    }
    if (owed) reports.set(sourceId, owed)
    else await markBackfillEndShown(deps.db, sourceId, deps.clock.now())
  }

  /** The end of a walk that ended before this process could show it (a restart in between), from its row. */
  async function endOf(walk: Backfill, message: ProgressMessage): Promise<OwedReport | null> {
    const source = await getSourceById(deps.db, walk.sourceId)
    if (!source) return null
    const view: HistoryView = {
      name: source.name, phase: walk.state === 'failed' ? 'failed' : 'done', since: walk.since, reachedAt: walk.reachedAt, counts: walk.counts, error: walk.lastError,
    }
    return { message, text: render(message, view), isNewMessage: false, attempts: 0, dueAtMs: 0 }
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
    const text = render(message, viewOf(summary, summary.reason === 'error' ? 'failed' : 'done', summary.error))
    await report(walk.sourceId, { message, text, isNewMessage: false, attempts: 0, dueAtMs: 0 })
  }

  const loop = createLoop({
    name: 'backfill',
    logger: deps.logger,
    intervalMs: () => TICK_MS,
    run: async (signal) => {
      // A copy: report() puts back what stays owed, which iterating the map itself would visit again.
      for (const [sourceId, owed] of [...reports]) await report(sourceId, owed)
      for (const walk of await findBotBackfills(deps.db)) {
        const message = walk.progressMessage
        if (!message || walks.has(walk.sourceId) || signal.aborted) continue
        if (walk.state !== 'running') {
          const owed = reports.has(walk.sourceId) ? null : await endOf(walk, message)
          if (owed) await report(walk.sourceId, owed)
          continue
        }
        if (walks.size >= MAX_WALKS) continue
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
      // The walk's row still owes it: the next start shows it.
      for (const [sourceId, owed] of reports) deps.logger.info({ sourceId, chatId: owed.message.chatId }, 'backfill end to be shown after the restart')
      reports.clear()
      const closing = backfiller
      backfiller = undefined
      if (closing) await (await closing).close()
    },
  }
}
