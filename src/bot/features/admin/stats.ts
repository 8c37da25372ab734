import { Composer } from 'grammy'
import { countryFlag } from '../../../classify/countries.js'
import { countryName } from '../../../country-name.js'
import { countOutboxByState } from '../../../db/outbox.js'
import { readCurationStats } from '../../../db/stats.js'
import { findOverviewChart, sendChart } from '../../chart-photo.js'
import type { BotContext } from '../../context.js'
import { renderSourceProblem } from '../../source-problem.js'
import { escapeHtml } from '../../../telegram/escape.js'
import { formatItemDate } from '../../../telegram/item-card.js'
import { truncateText } from '../../../telegram/length.js'
import { currentLang } from '../../i18n/i18n.js'
import { DEFAULT_TIME_ZONE, latestLocalHour } from '../../../time-zone.js'

const STATS_WINDOW_DAYS = 30
const DAY_MS = 86_400_000
const FAILING_SHOWN = 10

/** /stats: the last 30 days' output, the review backlog, the audience, today's alerts and failing sources. */
export const statsComposer = new Composer<BotContext>()

statsComposer.command('stats', async (ctx) => {
  const { db, clock } = ctx.deps
  const now = clock.now()
  const lang = await currentLang(ctx)
  const stats = await readCurationStats(db, new Date(now.getTime() - STATS_WINDOW_DAYS * DAY_MS))
  // "Today" for alert counts is the day in Kazakhstan, where the items and most readers are.
  const alerts = await countOutboxByState(db, latestLocalHour(now, 0, DEFAULT_TIME_ZONE))
  const t = ctx.t
  const lines = [t('admin-stats-header', { days: STATS_WINDOW_DAYS, published: stats.publishedCount })]
  lines.push(
    stats.byKind.length > 0 ? t('admin-stats-by-kind', { list: stats.byKind.map((k) => `${t(`kind-${k.kind}`)} ${k.count}`).join(', ') }) : t('admin-stats-by-kind', { list: '—' }),
    stats.byPartner.length > 0
      ? t('admin-stats-by-partner', { list: stats.byPartner.map((p) => `${countryFlag(p.country)} ${escapeHtml(countryName(p.country, lang))} ${p.count}`).join(', ') })
      : t('admin-stats-by-partner', { list: '—' }),
    '',
    stats.oldestFlaggedAt ? t('admin-stats-backlog', { count: stats.flaggedCount, since: formatItemDate(stats.oldestFlaggedAt, lang) }) : t('admin-stats-backlog-empty', { count: stats.flaggedCount }),
    t('admin-stats-audience', {
      subscribers: stats.activeSubscribers,
      subscriptions: stats.subscriptionsByType.reduce((n, s) => n + s.count, 0),
      breakdown: stats.subscriptionsByType.map((s) => `${t(`admin-topic-${s.topicType}`)} ${s.count}`).join(', ') || '—',
    }),
    t('admin-stats-alerts', { sent: alerts.sent, pending: alerts.pending, failed: alerts.failed, withdrawn: alerts.withdrawn }),
    '',
    t('admin-stats-sources', { enabled: stats.enabledSources, failing: stats.failingSources.length }),
  )
  for (const s of stats.failingSources.slice(0, FAILING_SHOWN)) {
    // The count in brackets: the problem's own technical detail follows a dash, and a dash before the problem made two in a row.
    lines.push(`• ${escapeHtml(truncateText(s.name, 60))} (${t('admin-failures', { count: s.consecutiveFailures })})${s.lastError ? `: <i>${renderSourceProblem(s.lastError, t)}</i>` : ''}`)
  }
  if (stats.failingSources.length > FAILING_SHOWN) lines.push(t('admin-stats-sources-more', { count: stats.failingSources.length - FAILING_SHOWN }))
  await ctx.reply(lines.join('\n'))
  const chart = await findOverviewChart(db, now, lang, ctx.t.bind(ctx))
  if (chart) await sendChart(ctx, chart)
})
