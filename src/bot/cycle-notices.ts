import { renderSourceProblem } from './source-problem.js'
import type { I18n } from '@grammyjs/i18n'
import { type Api, InlineKeyboard } from 'grammy'
import { filterUnmutedAdmins, type NoticeKind } from '../db/admin-preferences.js'
import { getItemsByIds } from '../db/items.js'
import { getChatLanguage } from '../db/subscribers.js'
import type { AppDeps } from '../deps.js'
import type { CycleReport, PollerHooks } from '../ingest/poller.js'
import type { BotContext } from './context.js'
import { noticeCodec, reviewCodec, sourceCodec } from './features/admin/callback-data.js'
import { escapeHtml } from '../telegram/escape.js'
import { renderTitleLink } from '../telegram/item-card.js'
import { MAX_MESSAGE_LENGTH, telegramLength, truncateText } from '../telegram/length.js'
import type { Translate } from '../telegram/translate.js'
import { classifyTelegramError } from '../telegram/errors.js'

/** Titles listed in one flagged-items notice; the rest are counted. */
const TITLES_SHOWN = 10

interface Notice {
  kind: NoticeKind
  render(t: Translate): Promise<{ text: string; keyboard: InlineKeyboard }>
}

function flaggedNotice(deps: AppDeps, ids: readonly number[]): Notice {
  return {
    kind: 'flagged',
    async render(t) {
      const items = await getItemsByIds(deps.db, ids.slice(0, TITLES_SHOWN))
      const lines = items.map((item) => {
        return `• ${renderTitleLink(item.title, item.url, 120)}${item.sourceName ? ` — <i>${escapeHtml(truncateText(item.sourceName, 60))}</i>` : ''}`
      })
      if (ids.length > TITLES_SHOWN) lines.push(t('admin-notice-flagged-more', { count: ids.length - TITLES_SHOWN }))
      return {
        text: [t('admin-notice-flagged', { count: ids.length }), ...lines].join('\n'),
        keyboard: new InlineKeyboard().text(t('admin-button-review-now'), reviewCodec.encode({ action: 'next' })).row().text(t('admin-button-mute-flagged'), noticeCodec.encode({ kind: 'flagged', isMuted: true })),
      }
    },
  }
}

function sourcesNotice(report: CycleReport): Notice {
  return {
    kind: 'sources',
    render(t) {
      const failing = report.failingSources.map((s) =>
        t('admin-notice-failing', { name: escapeHtml(truncateText(s.name, 60)), error: s.lastError === null ? '?' : renderSourceProblem(s.lastError, t, 160), count: s.consecutiveFailures }),
      )
      const recovered = report.recoveredSources.map((s) => t('admin-notice-recovered', { name: escapeHtml(truncateText(s.name, 60)) }))
      return Promise.resolve({
        text: linesWithin([...failing, ...recovered], (count) => t('admin-stats-sources-more', { count })),
        keyboard: new InlineKeyboard().text('📡 /sources', sourceCodec.encode({ action: 'open', sourceId: (report.failingSources[0] ?? report.recoveredSources[0])!.id })).row().text(t('admin-button-mute-sources'), noticeCodec.encode({ kind: 'sources', isMuted: true })),
      })
    },
  }
}

/**
 * The leading lines that fit in one message, the rest counted by `more` ("…and 9 more: /sources lists them all"):
 * when the whole server loses its network every source fails in one cycle, and a notice Telegram refuses as too
 * long would tell the admins nothing at all.
 */
function linesWithin(lines: readonly string[], more: (count: number) => string): string {
  const length = (kept: readonly string[]) => telegramLength(kept.join('\n'))
  if (length(lines) <= MAX_MESSAGE_LENGTH) return lines.join('\n')
  const kept: string[] = []
  for (const [i, line] of lines.entries()) {
    if (length([...kept, line, more(lines.length - i - 1)]) > MAX_MESSAGE_LENGTH) break
    kept.push(line)
  }
  return [...kept, more(lines.length - kept.length)].join('\n')
}

/**
 * The poller's end-of-cycle hook: tells admins, in their language, about the items the cycle
 * flagged (one message per cycle, not per item) and about sources that started failing or
 * recovered, each kind unless they muted it. A blocked admin or a Telegram error is logged,
 * never stops the poller.
 */
export function createCycleNotices(deps: AppDeps, api: Api, i18n: I18n<BotContext>): PollerHooks {
  async function send(notice: Notice): Promise<void> {
    for (const adminId of await filterUnmutedAdmins(deps.db, deps.config.adminIds, notice.kind)) {
      const lang = (await getChatLanguage(deps.db, adminId)) ?? 'en'
      const { text, keyboard } = await notice.render((key, vars) => i18n.t(lang, key, vars))
      try {
        await api.sendMessage(adminId, text, { reply_markup: keyboard })
      } catch (error) {
        const failure = classifyTelegramError(error)
        if (!failure) throw error
        deps.logger.warn({ adminId, kind: notice.kind, failure }, 'admin notice not delivered')
      }
    }
  }

  return {
    async onCycleEnd(report) {
      if (report.flaggedArticleIds.length > 0) await send(flaggedNotice(deps, report.flaggedArticleIds))
      if (report.failingSources.length + report.recoveredSources.length > 0) await send(sourcesNotice(report))
    },
  }
}
