import { createHash } from 'node:crypto'
import { InputFile } from 'grammy'
import { renderBacklog } from '../charts/backlog.js'
import { composePicture, type PicturePanel } from '../charts/picture.js'
import { rasterise } from '../charts/raster.js'
import { renderTimeline } from '../charts/timeline.js'
import { countryFlag } from '../classify/countries.js'
import { countryNameInSentence } from '../country-in-sentence.js'
import { KINDS, type Lang } from '../classify/types.js'
import { type MonthCount, listMonthCounts } from '../db/archive.js'
import { deleteChartFile, getChartFile, listBacklog, saveChartFile } from '../db/charts.js'
import type { Db } from '../db/database.js'
import { classifyTelegramError } from '../telegram/errors.js'
import { escapeHtml } from '../telegram/escape.js'
import type { Translate } from '../telegram/translate.js'
import type { BotContext } from './context.js'

/** Raised whenever the drawing changes, so pictures cached from the old drawing are drawn anew. */
const DRAWING_VERSION = 1
const PLOT_HEIGHT = 300

/** A picture the bot can send: drawn only when the one it sent before shows other data. */
export interface Chart {
  /** Names the picture in the cache: one per chart and language. */
  key: string
  /** Everything the picture shows: the cached picture is reused while this is unchanged. */
  data: unknown
  /** The picture as a standalone SVG. */
  draw: () => string
  /** Telegram HTML. */
  caption: string
  filename: string
}

const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang)
const yearOf = (month: string) => month.slice(0, 4)

/** A partner's items per quarter, stacked by kind (`/country`'s 📈); null when there is nothing to draw. */
export async function findCountryChart(db: Db, code: string, lang: Lang, t: Translate): Promise<Chart | null> {
  const counts = await listMonthCounts(db, code)
  if (counts.length === 0) return null
  const title = t('chart-country-title', { name: countryNameInSentence(code, lang) })
  return {
    key: `country:${code}:${lang}`,
    data: { counts, wording: wordingOf(t, [title]) },
    draw: () => composePicture({ title, subtitle: spanOf(t, counts), panels: [timelinePanel(t, counts, lang, title)] }),
    caption: `${countryFlag(code)} ${escapeHtml(title)}`,
    filename: `coopwatch-${code}.png`,
  }
}

/** Every published item per quarter and the review queue's length day by day (after /stats); null before any. */
export async function findOverviewChart(db: Db, now: Date, lang: Lang, t: Translate): Promise<Chart | null> {
  const [counts, backlog] = await Promise.all([listMonthCounts(db, null), listBacklog(db, now)])
  if (counts.length === 0 && !backlog) return null
  const title = t('chart-overview-title')
  const draw = () => {
    const panels: PicturePanel[] = []
    if (counts.length > 0) panels.push({ heading: t('chart-overview-items'), svg: timelinePanel(t, counts, lang, t('chart-overview-items')).svg })
    if (backlog) {
      const heading = t('chart-overview-backlog', { count: backlog.counts.at(-1)! })
      const description = t('chart-backlog-description', { from: backlog.firstDay, to: backlog.lastDay })
      panels.push({ heading, svg: renderBacklog({ series: backlog, locale: localeOf(lang), title: heading, description, id: 'backlog' }) })
    }
    return composePicture({ title, ...(counts.length > 0 ? { subtitle: spanOf(t, counts) } : {}), panels })
  }
  const wording = wordingOf(t, [title, t('chart-overview-items'), t('chart-overview-backlog', { count: 0 }), t('chart-backlog-description', { from: '', to: '' })])
  return { key: `overview:${lang}`, data: { counts, backlog, wording }, draw, caption: `📈 ${escapeHtml(title)}`, filename: 'coopwatch-overview.png' }
}

/**
 * The words a picture is drawn with (`titles`, kinds, quarters, bars), kept with its data: a picture remembered from a release
 * that worded it otherwise (🇹🇷 «Cooperation with Turkey» before the name became Türkiye) is drawn anew, not sent again.
 */
function wordingOf(t: Translate, titles: readonly string[]): string[] {
  return [
    ...titles,
    ...KINDS.map((kind) => t(`kind-${kind}`)),
    t('chart-span', { from: '', to: '', count: 2 }),
    t('chart-quarter', { year: '', quarter: 1 }),
    t('chart-bar', { period: '', count: 2 }),
    t('chart-timeline-description', { from: '', to: '' }),
  ]
}

function spanOf(t: Translate, counts: readonly MonthCount[]): string {
  return t('chart-span', { from: yearOf(counts[0]!.month), to: yearOf(counts.at(-1)!.month), count: counts.reduce((n, c) => n + c.count, 0) })
}

function timelinePanel(t: Translate, counts: readonly MonthCount[], lang: Lang, title: string): PicturePanel {
  return {
    svg: renderTimeline({
      counts,
      period: { unit: 'quarter', label: (year, quarter) => t('chart-quarter', { year: String(year), quarter }) },
      locale: localeOf(lang),
      kindLabel: (k) => t(`kind-${k}`),
      barLabel: (period, count) => t('chart-bar', { period, count }),
      title,
      description: t('chart-timeline-description', { from: yearOf(counts[0]!.month), to: yearOf(counts.at(-1)!.month) }),
      id: 'timeline',
      height: PLOT_HEIGHT,
    }),
  }
}

/**
 * Sends the chart's picture: the one uploaded before while its data is unchanged (Telegram
 * keeps it, the bot neither draws nor uploads), otherwise drawn, uploaded and remembered.
 */
export async function sendChart(ctx: BotContext, chart: Chart): Promise<void> {
  const { db, clock } = ctx.deps
  const digest = createHash('sha256').update(JSON.stringify([DRAWING_VERSION, chart.data])).digest('base64url')
  const options = { caption: chart.caption, parse_mode: 'HTML' as const }
  const cached = await getChartFile(db, chart.key)
  if (cached?.dataDigest === digest) {
    try {
      await ctx.replyWithPhoto(cached.fileId, options)
      return
    } catch (error) {
      // A file_id from another bot token (a restored backup) is refused: draw the picture anew.
      if (classifyTelegramError(error)?.kind !== 'rejected') throw error
      await deleteChartFile(db, chart.key)
    }
  }
  const png = await rasterise(chart.draw())
  const message = await ctx.replyWithPhoto(new InputFile(png, chart.filename), options)
  const fileId = message.photo.at(-1)?.file_id
  if (fileId) await saveChartFile(db, chart.key, { dataDigest: digest, fileId }, clock.now())
}
