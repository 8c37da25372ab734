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

export interface BacklogInput {
  /** The queue's length at the end of each day from `firstDay` (YYYY-MM-DD) on, without gaps. */
  series: { firstDay: string; counts: readonly number[] }
  /** BCP 47 locale for the date axis. */
  locale: string
  title: string
  description: string
  /** Unique within a page. */
  id: string
  height?: number
}

/** A step of the drawing: the count from day `index` of the series on. */
interface Step {
  index: number
  count: number
}

/**
 * Years of days are more steps than the plot has pixels: a longer history is drawn per bucket
 * of days at each bucket's highest count, so no peak is lost and the picture stays cheap to draw.
 */
function bucketed(counts: readonly number[], maxSteps: number): Step[] {
  const size = Math.max(1, Math.ceil(counts.length / maxSteps))
  const steps: Step[] = []
  for (let index = 0; index < counts.length; index += size) {
    let count = counts[index]!
    for (let i = index + 1; i < Math.min(index + size, counts.length); i++) count = Math.max(count, counts[i]!)
    steps.push({ index, count })
  }
  return steps
}

/** How many items waited for review at the end of each day: a step area over time, as wide as a timeline. */
export function renderBacklog(input: BacklogInput): string {
  const height = input.height ?? DEFAULT_HEIGHT
  const innerWidth = TIMELINE_WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = height - MARGIN.top - MARGIN.bottom
  const { counts } = input.series
  const start = Date.parse(`${input.series.firstDay}T00:00:00Z`)
  // The last day's step gets a day's width, so a one-day history is still drawn.
  const x = scaleUtc().domain([start, start + counts.length * DAY_MS]).range([0, innerWidth])
  const max = counts.reduce((m, c) => Math.max(m, c), 1)
  const y = scaleLinear().domain([0, max]).nice(4).range([innerHeight, 0])
  const drawn = bucketed(counts, Math.floor(innerWidth / PIXELS_PER_STEP))
  const steps = [...drawn, { index: counts.length, count: drawn.at(-1)?.count ?? 0 }]
  const xOf = (step: Step) => x(start + step.index * DAY_MS)
  const yOf = (step: Step) => y(step.count)
  const months = x.ticks(X_TICKS).filter((date) => x(date) <= innerWidth - X_LABEL_HALF_WIDTH)
  const tickFormat = new Intl.DateTimeFormat(input.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  return renderSvg('backlog', {
    ...input,
    width: TIMELINE_WIDTH,
    height,
    margin: MARGIN,
    innerWidth,
    innerHeight,
    areaPath: area<Step>().x(xOf).y0(innerHeight).y1(yOf).curve(curveStepAfter).digits(1)(steps) ?? '',
    linePath: line<Step>().x(xOf).y(yOf).curve(curveStepAfter).digits(1)(steps) ?? '',
    fill: FILL,
    stroke: STROKE,
    yTicks: y.ticks(Math.min(4, max)).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    xTicks: months.map((date) => ({ label: tickFormat.format(date), x: x(date) })),
    fontFamily: FONT_FAMILY,
  })
}
