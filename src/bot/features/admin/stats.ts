import { Composer } from 'grammy'
import { countryFlag, countryName } from '../../../classify/countries.js'
import { countOutboxByState } from '../../../db/outbox.js'
import { readCurationStats } from '../../../db/stats.js'
import type { BotContext } from '../../context.js'
import { escapeHtml } from '../../format/escape.js'
import { formatItemDate } from '../../format/item-card.js'
import { truncateText } from '../../format/telegram-length.js'
import { readerLang } from './shared.js'
import { DEFAULT_TIME_ZONE } from '../../../clock.js'

const STATS_WINDOW_DAYS = 30
const DAY_MS = 86_400_000
const FAILING_SHOWN = 10
/** "Today" for alert counts is the day in Kazakhstan, where the items and most readers are. */

/** Midnight of `now`'s day in `timeZone`, as an instant. */
export function startOfDay(now: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  const wallAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  const offsetMs = wallAsUtc - Math.floor(now.getTime() / 1000) * 1000
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) - offsetMs)
}

/** /stats: the last 30 days' output, the review backlog, the audience, today's alerts and failing sources. */
export const statsComposer = new Composer<BotContext>()

statsComposer.command('stats', async (ctx) => {
  const { db, clock } = ctx.deps
  const now = clock.now()
  const lang = await readerLang(ctx)
  const stats = await readCurationStats(db, new Date(now.getTime() - STATS_WINDOW_DAYS * DAY_MS))
  const alerts = await countOutboxByState(db, startOfDay(now, DEFAULT_TIME_ZONE))
  const t = ctx.t
  const lines = [t('admin-stats-header', { days: STATS_WINDOW_DAYS, published: stats.publishedCount })]
  lines.push(
    stats.byKind.length > 0 ? t('admin-stats-by-kind', { list: stats.byKind.map((k) => `${t(`kind-${k.kind}`)} ${k.count}`).join(', ') }) : t('admin-stats-by-kind', { list: '—' }),
    stats.byPartner.length > 0
      ? t('admin-stats-by-partner', { list: stats.byPartner.map((p) => `${countryFlag(p.country)} ${escapeHtml(countryName(p.country, lang))} ${p.count}`).join(', ') })
      : t('admin-stats-by-partner', { list: '—' }),
    '',
    t('admin-stats-backlog', { count: stats.flaggedCount, since: stats.oldestFlaggedAt ? formatItemDate(stats.oldestFlaggedAt, lang) : '—' }),
    t('admin-stats-audience', {
      subscribers: stats.activeSubscribers,
      subscriptions: stats.subscriptionsByType.reduce((n, s) => n + s.count, 0),
      breakdown: stats.subscriptionsByType.map((s) => `${t(`admin-topic-${s.topicType}`)} ${s.count}`).join(', ') || '—',
    }),
    t('admin-stats-alerts', { sent: alerts.sent, pending: alerts.pending, failed: alerts.failed }),
    '',
    t('admin-stats-sources', { enabled: stats.enabledSources, failing: stats.failingSources.length }),
  )
  for (const s of stats.failingSources.slice(0, FAILING_SHOWN)) {
    lines.push(`• ${escapeHtml(truncateText(s.name, 60))}: ${t('admin-failures', { count: s.consecutiveFailures })}${s.lastError ? ` — <i>${escapeHtml(truncateText(s.lastError, 120))}</i>` : ''}`)
  }
  await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' })
})
