import { scaleBand, scaleLinear } from 'd3-scale'
import { stack } from 'd3-shape'
import { KINDS, type Kind } from '../classify/types.js'
import { FONT_FAMILY, KIND_COLORS, renderSvg } from './svg.js'

export const TIMELINE_WIDTH = 960
const HEIGHT = 220
const MARGIN = { top: 12, right: 12, bottom: 48, left: 44 }
const LEGEND_SPACING = 150

export interface MonthKindCount {
  /** YYYY-MM */
  month: string
  kind: Kind
  count: number
}

export interface TimelineInput {
  counts: readonly MonthKindCount[]
  /** BCP 47 locale for month and year labels. */
  locale: string
  kindLabel: (kind: Kind) => string
  /** "Nov 2026: 5 items": the accessible name of one month's bar. */
  barLabel: (monthLabel: string, count: number) => string
  title: string
  description: string
  /** Unique within a page. */
  id: string
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

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  const [ly, lm] = last.split('-').map(Number) as [number, number]
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m > 12) [y, m] = [y + 1, 1]
  }
  return months
}

/** Items per month stacked by kind (d3-shape's stack on a d3-scale band), one bar per month that has items. */
export function renderTimeline(input: TimelineInput): string {
  const months = input.counts.length === 0 ? [] : monthsBetween(input.counts[0]!.month, input.counts.at(-1)!.month)
  const byMonth = new Map(months.map((m) => [m, Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>]))
  for (const c of input.counts) {
    const row = byMonth.get(c.month)
    if (row) row[c.kind] += c.count
  }
  const rows = months.map((month) => ({ month, ...byMonth.get(month)! }))
  const series = stack<(typeof rows)[number], Kind>().keys(KINDS)(rows)
  const innerWidth = TIMELINE_WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = scaleBand<string>().domain(months).range([0, innerWidth]).paddingInner(months.length > 60 ? 0.1 : 0.2)
  const max = Math.max(1, ...rows.map((r) => KINDS.reduce((n, k) => n + r[k], 0)))
  const y = scaleLinear().domain([0, max]).nice(4).range([innerHeight, 0])
  const { monthFormat, yearFormat } = formatsOf(input.locale)
  const dateOf = (month: string) => new Date(`${month}-01T00:00:00Z`)
  const bars = rows.flatMap((row, i) => {
    const total = KINDS.reduce((n, k) => n + row[k], 0)
    if (total === 0) return []
    const segments = series.flatMap((s) => {
      const [y0, y1] = s[i]!
      return y1 > y0 ? [{ kind: s.key, y: y(y1), height: Math.max(0.5, y(y0) - y(y1)), fill: KIND_COLORS[s.key] }] : []
    })
    return [{ month: row.month, total, x: x(row.month) ?? 0, width: Math.max(1, x.bandwidth()), label: input.barLabel(monthFormat.format(dateOf(row.month)), total), segments }]
  })
  const years = [...new Set(months.map((m) => m.slice(0, 4)))]
  const yearStep = Math.ceil(years.length / 12)
  const yearTicks = years
    .filter((_, i) => i % yearStep === 0)
    .map((year) => {
      const first = months.find((m) => m.startsWith(year))!
      return { label: yearFormat.format(dateOf(first)), x: (x(first) ?? 0) + x.bandwidth() / 2 }
    })
  return renderSvg('timeline', {
    ...input,
    width: TIMELINE_WIDTH,
    height: HEIGHT + 24,
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
