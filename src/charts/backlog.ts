import { scaleLinear, scaleUtc } from 'd3-scale'
import { area, curveStepAfter, line } from 'd3-shape'
import { FONT_FAMILY, renderSvg } from './svg.js'
import { TIMELINE_WIDTH } from './timeline.js'

const DEFAULT_HEIGHT = 200
const MARGIN = { top: 12, right: 12, bottom: 28, left: 44 }
const FILL = '#fbe3b8'
const STROKE = '#d55e00'
const DAY_MS = 86_400_000
const X_TICKS = 5
const PIXELS_PER_STEP = 2
/** A date label is about this wide: one nearer the right edge would be cut off. */
const X_LABEL_HALF_WIDTH = 40

export interface BacklogPoint {
  /** YYYY-MM-DD */
  day: string
  /** Items waiting at the end of that day. */
  count: number
}

export interface BacklogInput {
  /** One point per day, oldest first, without gaps. */
  points: readonly BacklogPoint[]
  /** BCP 47 locale for the date axis. */
  locale: string
  title: string
  description: string
  /** Unique within a page. */
  id: string
  height?: number
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`)

/**
 * Years of days are more steps than the plot has pixels: a longer history is drawn per bucket
 * of days at each bucket's highest count, so no peak is lost and the picture stays cheap to draw.
 */
function bucketed(points: readonly BacklogPoint[], maxPoints: number): readonly BacklogPoint[] {
  if (points.length <= maxPoints) return points
  const size = Math.ceil(points.length / maxPoints)
  const buckets: BacklogPoint[] = []
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size)
    buckets.push({ day: bucket[0]!.day, count: Math.max(...bucket.map((p) => p.count)) })
  }
  return buckets
}

/** How many items waited for review at the end of each day: a step area over time, as wide as a timeline. */
export function renderBacklog(input: BacklogInput): string {
  const height = input.height ?? DEFAULT_HEIGHT
  const innerWidth = TIMELINE_WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = height - MARGIN.top - MARGIN.bottom
  const first = input.points[0]?.day
  const last = input.points.at(-1)?.day
  // The last day's step gets a day's width, so a one-day history is still drawn.
  const domain = first && last ? [dateOf(first), new Date(dateOf(last).getTime() + DAY_MS)] : [new Date(0), new Date(DAY_MS)]
  const x = scaleUtc().domain(domain).range([0, innerWidth])
  const max = Math.max(1, ...input.points.map((p) => p.count))
  const y = scaleLinear().domain([0, max]).nice(4).range([innerHeight, 0])
  const drawn = bucketed(input.points, Math.floor(innerWidth / PIXELS_PER_STEP))
  const steps = [...drawn, ...(last ? [{ day: new Date(dateOf(last).getTime() + DAY_MS).toISOString().slice(0, 10), count: drawn.at(-1)!.count }] : [])]
  const xOf = (p: BacklogPoint) => x(dateOf(p.day))
  const yOf = (p: BacklogPoint) => y(p.count)
  const months = x.ticks(X_TICKS).filter((date) => x(date) <= innerWidth - X_LABEL_HALF_WIDTH)
  const tickFormat = new Intl.DateTimeFormat(input.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  return renderSvg('backlog', {
    ...input,
    width: TIMELINE_WIDTH,
    height,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    areaPath: area<BacklogPoint>().x(xOf).y0(innerHeight).y1(yOf).curve(curveStepAfter).digits(1)(steps) ?? '',
    linePath: line<BacklogPoint>().x(xOf).y(yOf).curve(curveStepAfter).digits(1)(steps) ?? '',
    fill: FILL,
    stroke: STROKE,
    yTicks: y.ticks(Math.min(4, max)).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    xTicks: months.map((date) => ({ label: tickFormat.format(date), x: x(date) })),
    fontFamily: FONT_FAMILY,
  })
}
