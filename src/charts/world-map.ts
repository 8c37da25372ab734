import { geoEqualEarth, geoPath } from 'd3-geo'
import { scaleLog } from 'd3-scale'
import countries from 'i18n-iso-countries/index.js'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json' with { type: 'json' }
import { FONT_FAMILY, renderSvg } from './svg.js'

export const MAP_WIDTH = 960
const EMPTY_FILL = '#e5e7eb'
const HOME_FILL = '#f2c14e'
const SCALE_COLORS = ['#c6dbef', '#08306b'] as const
const LEGEND_STOPS = 5

interface Shape {
  code: string | null
  name: string
  d: string
}

/**
 * The world (Natural Earth 1:110m from world-atlas, without Antarctica) projected once:
 * Equal Earth keeps areas true, so a large country does not look busier than it is.
 */
function projectWorld(): { shapes: Shape[]; height: number } {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const all = feature(topology, topology.objects.countries)
  const land = { ...all, features: all.features.filter((f) => f.id !== '010') }
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land)
  const path = geoPath(projection).digits(1)
  const [[, top], [, bottom]] = path.bounds(land)
  projection.translate([projection.translate()[0], projection.translate()[1] - top])
  return {
    height: Math.ceil(bottom - top),
    shapes: land.features.map((f) => ({
      code: f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null),
      name: f.properties.name,
      d: path(f) ?? '',
    })),
  }
}

// Projected on first use (~0.3 s), not when the app loads: the bot starts taking updates first.
let projection: ReturnType<typeof projectWorld> | undefined
const projectedWorld = () => (projection ??= projectWorld())

/** The alpha-2 codes the map can draw (1:110m leaves out the smallest states). */
export function mappedCountries(): ReadonlySet<string> {
  return new Set(projectedWorld().shapes.flatMap((s) => (s.code ? [s.code] : [])))
}

export interface WorldMapInput {
  /** Items per partner country (alpha-2). */
  counts: ReadonlyMap<string, number>
  /** Drawn apart, in its own colour. */
  homeCountry?: string
  /** Where a country with items links to; absent for a picture without links (PNG). */
  href?: (code: string) => string
  /** "Russia: 14 items": the accessible name of a shaded country. */
  label: (code: string, count: number) => string
  homeLabel?: string
  title: string
  description: string
  /** Unique within a page: the SVG's title and description are referred to by id. */
  id: string
}

/**
 * A choropleth of items per partner country, shaded on a log scale, with a legend. With links
 * the SVG keeps its own document role (an image role would hide the links from assistive
 * technology); without them it is one image.
 */
export function renderWorldMap(input: WorldMapInput): string {
  const max = Math.max(1, ...input.counts.values())
  const color = scaleLog<string>().domain([1, Math.max(2, max)]).range(SCALE_COLORS).clamp(true)
  const projected = projectedWorld()
  const shapes = projected.shapes.map((s) => {
    const count = s.code ? (input.counts.get(s.code) ?? 0) : 0
    const isHome = s.code !== null && s.code === input.homeCountry
    return {
      d: s.d,
      code: s.code,
      count,
      fill: isHome ? HOME_FILL : count > 0 ? color(count) : EMPTY_FILL,
      label: count > 0 && s.code ? input.label(s.code, count) : isHome ? (input.homeLabel ?? s.name) : null,
      href: count > 0 && s.code && input.href ? input.href(s.code) : null,
    }
  })
  // Evenly spaced on the log scale, as the shading is.
  const stops = [...new Set(Array.from({ length: LEGEND_STOPS }, (_, i) => Math.round(max ** (i / (LEGEND_STOPS - 1)))))]
  return renderSvg('world-map', {
    ...input,
    width: MAP_WIDTH,
    height: projected.height,
    legendY: projected.height + 16,
    totalHeight: projected.height + 44,
    shapes,
    legend: stops.map((value, i) => ({ value, fill: color(value), x: i * 70 })),
    homeFill: HOME_FILL,
    fontFamily: FONT_FAMILY,
  })
}
