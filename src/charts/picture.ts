import { FONT_FAMILY, renderSvg } from './svg.js'
import { TIMELINE_WIDTH } from './timeline.js'

const PADDING = 16
const TITLE_SIZE = 22
const SUBTITLE_SIZE = 14
const HEADING_SIZE = 16
const GAP = 12
/** Room under a heading's baseline for its descenders, above the chart's own background. */
const DESCENT = 6

export interface PicturePanel {
  /** Drawn above the chart. */
  heading?: string
  /** A standalone chart of this module (its root <svg> has width and height). */
  svg: string
}

export interface PictureInput {
  title: string
  subtitle?: string
  panels: readonly PicturePanel[]
}

const ROOT_TAG = /^<svg\b[^>]*>/

function sizeOf(svg: string): { width: number; height: number } {
  const root = ROOT_TAG.exec(svg)?.[0] ?? ''
  const number = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0)
  return { width: number('width'), height: number('height') }
}

/**
 * A chart's content as a group moved down to `y`. A nested <svg> would clip to its viewport,
 * and resvg draws every clipped group on a canvas-sized layer of its own; the chart's white
 * background is dropped too, the picture paints one under everything. Measured alone, a /stats
 * picture then rasterised in 30 ms instead of 44.
 */
function placed(svg: string, size: { width: number; height: number }, y: number): string {
  const background = `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`
  const content = svg.replace(ROOT_TAG, '').replace(/<\/svg>\s*$/, '').replace(background, '')
  return `<g transform="translate(0 ${y})">${content}</g>`
}

/**
 * Charts made for a page, stacked under a visible title as one standalone SVG: a picture
 * shown outside a page (a Telegram photo) has no heading around it, so it carries its own.
 */
export function composePicture(input: PictureInput): string {
  let y = PADDING + TITLE_SIZE
  const title = { text: input.title, y }
  const subtitle = input.subtitle ? { text: input.subtitle, y: (y += SUBTITLE_SIZE + 8) } : null
  y += GAP
  const panels = input.panels.map((panel) => {
    const heading = panel.heading ? { text: panel.heading, y: (y += HEADING_SIZE + 4) } : null
    if (heading) y += DESCENT
    const size = sizeOf(panel.svg)
    const panelAt = { heading, ...size, svg: placed(panel.svg, size, y) }
    y += size.height + GAP
    return panelAt
  })
  return renderSvg('picture', {
    width: Math.max(TIMELINE_WIDTH, ...panels.map((p) => p.width)),
    height: Math.ceil(y + PADDING - GAP),
    padding: PADDING,
    title,
    subtitle,
    panels,
    sizes: { title: TITLE_SIZE, subtitle: SUBTITLE_SIZE, heading: HEADING_SIZE },
    fontFamily: FONT_FAMILY,
  })
}
