import { scaleBand, scaleLinear } from 'd3-scale'
import { stack } from 'd3-shape'
import { KINDS, type Kind } from '../classify/types.js'
import { FONT_FAMILY, KIND_COLORS, renderSvg } from './svg.js'

export const TIMELINE_WIDTH = 960
const DEFAULT_HEIGHT = 220
const MARGIN = { top: 12, right: 12, bottom: 48, left: 44 }
const LEGEND_SPACING = 150

export interface MonthKindCount {
  /** YYYY-MM */
  month: string
  kind: Kind
  count: number
}

/** What one bar counts: a month, or a quarter (named by the caller: Intl has no quarters). */
export type TimelinePeriod = { unit: 'month' } | { unit: 'quarter'; label: (year: number, quarter: number) => string }

export interface TimelineInput {
  counts: readonly MonthKindCount[]
  /** A bar per month unless told otherwise. */
  period?: TimelinePeriod
  /** BCP 47 locale for month and year labels. */
  locale: string
  kindLabel: (kind: Kind) => string
  /** "Nov 2026: 5 items": the accessible name of one period's bar. */
  barLabel: (periodLabel: string, count: number) => string
  title: string
  description: string
  /** Unique within a page. */
  id: string
  /** Of the plot and its axis, without the legend. */
  height?: number
}

/** Intl formatters are costly to build and immutable once built: one pair per locale. */
const FORMATS = new Map<string, { monthFormat: Intl.DateTimeFormat; yearFormat: Intl.DateTimeFormat }>()

function formatsOf(locale: string) {
  let formats = FORMATS.get(locale)
  if (!formats) {
    formats = {
      monthFormat: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      yearFormat: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
    }
    FORMATS.set(locale, formats)
  }
  return formats
}

/** The period a month (YYYY-MM) falls in: itself, or its quarter (YYYY-Qn). */
function periodOf(month: string, unit: TimelinePeriod['unit']): string {
  return unit === 'month' ? month : `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
}

/** Every period from the one holding `first` to the one holding `last` (both YYYY-MM), in order. */
function periodsBetween(first: string, last: string, unit: TimelinePeriod['unit']): string[] {
  const periods: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  const [ly, lm] = last.split('-').map(Number) as [number, number]
  const step = unit === 'month' ? 1 : 3
  if (unit === 'quarter') m -= (m - 1) % 3
  while (y < ly || (y === ly && m <= lm)) {
    periods.push(periodOf(`${y}-${String(m).padStart(2, '0')}`, unit))
    m += step
    if (m > 12) [y, m] = [y + 1, m - 12]
  }
  return periods
}

/**
 * Items per month (or quarter) stacked by kind (d3-shape's stack on a d3-scale band), one bar
 * per period that has items.
 */
export function renderTimeline(input: TimelineInput): string {
  const period = input.period ?? { unit: 'month' }
  const periods = input.counts.length === 0 ? [] : periodsBetween(input.counts[0]!.month, input.counts.at(-1)!.month, period.unit)
  const byPeriod = new Map(periods.map((p) => [p, Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>]))
  for (const c of input.counts) {
    const row = byPeriod.get(periodOf(c.month, period.unit))
    if (row) row[c.kind] += c.count
  }
  const rows = periods.map((p) => ({ period: p, ...byPeriod.get(p)! }))
  const series = stack<(typeof rows)[number], Kind>().keys(KINDS)(rows)
  const height = input.height ?? DEFAULT_HEIGHT
  const innerWidth = TIMELINE_WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = height - MARGIN.top - MARGIN.bottom
  const x = scaleBand<string>().domain(periods).range([0, innerWidth]).paddingInner(periods.length > 60 ? 0.1 : 0.2)
  const max = Math.max(1, ...rows.map((r) => KINDS.reduce((n, k) => n + r[k], 0)))
  const y = scaleLinear().domain([0, max]).nice(4).range([innerHeight, 0])
  const { monthFormat, yearFormat } = formatsOf(input.locale)
  const dateOf = (p: string) => new Date(`${p.slice(0, 4)}-${period.unit === 'month' ? p.slice(5, 7) : '01'}-01T00:00:00Z`)
  const labelOf = (p: string) => (period.unit === 'month' ? monthFormat.format(dateOf(p)) : period.label(Number(p.slice(0, 4)), Number(p.slice(6))))
  const bars = rows.flatMap((row, i) => {
    const total = KINDS.reduce((n, k) => n + row[k], 0)
    if (total === 0) return []
    const segments = series.flatMap((s) => {
      const [y0, y1] = s[i]!
      return y1 > y0 ? [{ kind: s.key, y: y(y1), height: Math.max(0.5, y(y0) - y(y1)), fill: KIND_COLORS[s.key] }] : []
    })
    return [{ period: row.period, total, x: x(row.period) ?? 0, width: Math.max(1, x.bandwidth()), label: input.barLabel(labelOf(row.period), total), segments }]
  })
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))]
  const yearStep = Math.ceil(years.length / 12)
  const yearTicks = years
    .filter((_, i) => i % yearStep === 0)
    .map((year) => {
      const first = periods.find((p) => p.startsWith(year))!
      return { label: yearFormat.format(dateOf(first)), x: (x(first) ?? 0) + x.bandwidth() / 2 }
    })
  return renderSvg('timeline', {
    ...input,
    unit: period.unit,
    width: TIMELINE_WIDTH,
    height: height + 24,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    bars,
    // Items come whole: no 0.5 on the axis of a small country.
    yTicks: y.ticks(Math.min(4, max)).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    yearTicks,
    legend: KINDS.map((kind, i) => ({ label: input.kindLabel(kind), fill: KIND_COLORS[kind], x: i * LEGEND_SPACING })),
    fontFamily: FONT_FAMILY,
  })
}
