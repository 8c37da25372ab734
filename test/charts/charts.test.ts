import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { renderBacklog } from '../../src/charts/backlog.js'
import { composePicture } from '../../src/charts/picture.js'
import { PNG_WIDTH, rasterise } from '../../src/charts/raster.js'
import { renderTimeline } from '../../src/charts/timeline.js'
import { mappedCountries, renderWorldMap } from '../../src/charts/world-map.js'

const svgOf = (markup: string) => new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document

describe('charts', () => {
  it('draws a standalone world map, shading countries with items and escaping labels', () => {
    const markup = renderWorldMap({ counts: new Map([['RU', 10], ['FR', 1], ['SG', 4]]), homeCountry: 'KZ', homeLabel: 'Home <KZ>', label: (c, n) => `${c} & ${n}`, title: 'Map "1"', description: 'd', id: 'm' })
    const doc = svgOf(markup)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.documentElement.getAttribute('role')).toBe('img')
    expect(doc.querySelectorAll('a')).toHaveLength(0)
    // Singapore is too small for the 1:110m map: only the drawable countries are shaded.
    expect(mappedCountries().has('SG')).toBe(false)
    expect([...doc.querySelectorAll('path.has-items')].map((p) => p.getAttribute('data-country')).sort()).toEqual(['FR', 'RU'])
    expect(doc.querySelector('[data-country="RU"] title')?.textContent).toBe('RU & 10')
    expect(doc.querySelector('[data-country="KZ"] title')?.textContent).toBe('Home <KZ>')
    expect(markup).not.toMatch(/\sstyle=/)
    const ru = doc.querySelector('[data-country="RU"]')!.getAttribute('fill')
    const fr = doc.querySelector('[data-country="FR"]')!.getAttribute('fill')
    expect(ru).not.toBe(fr)
  })

  it('links shaded countries when asked, keeping the links reachable', () => {
    const doc = svgOf(renderWorldMap({ counts: new Map([['RU', 3]]), href: (c) => `/country/${c}?a=1&b=2`, label: (c, n) => `${c}: ${n}`, title: 't', description: 'd', id: 'm' }))
    expect(doc.documentElement.hasAttribute('role')).toBe(false)
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/country/RU?a=1&b=2')
  })

  it('stacks each month by kind, one bar per month with items', () => {
    const doc = svgOf(
      renderTimeline({
        counts: [
          { month: '2025-11', kind: 'agreement', count: 2 },
          { month: '2025-11', kind: 'event', count: 3 },
          { month: '2026-02', kind: 'meeting', count: 1 },
        ],
        locale: 'ru',
        kindLabel: (k) => `kind ${k}`,
        barLabel: (m, n) => `${m}: ${n}`,
        title: 't',
        description: 'd',
        id: 't',
      }),
    )
    const bars = [...doc.querySelectorAll('g.bar')]
    expect(bars.map((b) => [b.getAttribute('data-month'), b.getAttribute('data-count')])).toEqual([['2025-11', '5'], ['2026-02', '1']])
    const segments = [...bars[0]!.querySelectorAll('rect')]
    expect(segments.map((r) => r.getAttribute('data-kind'))).toEqual(['agreement', 'event'])
    const [agreement, event] = segments.map((r) => Number(r.getAttribute('height')))
    expect(event! / agreement!).toBeCloseTo(1.5, 1)
    expect(bars[0]!.querySelector('title')?.textContent).toBe('нояб. 2025 г.: 5')
    expect([...doc.querySelectorAll('.y-axis text')].map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4', '5'])
  })

  it('counts quarters when asked: one bar per quarter with items, named by the caller', () => {
    const doc = svgOf(
      renderTimeline({
        counts: [
          { month: '2025-01', kind: 'agreement', count: 2 },
          { month: '2025-03', kind: 'event', count: 1 },
          { month: '2025-05', kind: 'event', count: 4 },
          { month: '2026-02', kind: 'meeting', count: 1 },
          { month: '2026-03', kind: 'meeting', count: 2 },
        ],
        period: { unit: 'quarter', label: (year, quarter) => `Q${quarter} ${year}` },
        locale: 'en',
        kindLabel: (k) => k,
        barLabel: (p, n) => `${p}: ${n}`,
        title: 't',
        description: 'd',
        id: 'q',
      }),
    )
    const bars = [...doc.querySelectorAll('g.bar')]
    expect(bars.map((b) => [b.getAttribute('data-quarter'), b.getAttribute('data-count')])).toEqual([['2025-Q1', '3'], ['2025-Q2', '4'], ['2026-Q1', '3']])
    expect(bars.map((b) => b.querySelector('title')?.textContent)).toEqual(['Q1 2025: 3', 'Q2 2025: 4', 'Q1 2026: 3'])
  })

  it('draws the backlog as a step line over days, and a picture of charts as a PNG', async () => {
    const backlog = renderBacklog({
      series: { firstDay: '2026-11-01', counts: [2, 5, 1] },
      locale: 'kk',
      title: 'b',
      description: 'd',
      id: 'b',
    })
    expect(svgOf(backlog).querySelector('parsererror')).toBeNull()
    expect([...svgOf(backlog).querySelectorAll('.y-axis text')].map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4', '5'])
    const years = renderBacklog({
      series: { firstDay: '2015-01-01', counts: Array.from({ length: 4_000 }, (_, i) => (i === 1_234 ? 99 : i % 7)) },
      locale: 'en',
      title: 'b',
      description: 'd',
      id: 'y',
    })
    const corners = (svgOf(years).querySelector('path.line')?.getAttribute('d') ?? '').split(/[LM]/).length
    expect(corners).toBeLessThan(1_000)
    expect([...svgOf(years).querySelectorAll('.y-axis text')].map((t) => t.textContent)).toContain('100')
    const picture = composePicture({ title: 'Қазақстан & <серіктестер>', subtitle: 's', panels: [{ heading: 'h', svg: backlog }] })
    const doc = svgOf(picture)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('text')?.textContent).toBe('Қазақстан & <серіктестер>')
    // Charts are placed as groups: a nested <svg> clips, and resvg draws a clipped group on a canvas-sized layer.
    expect(doc.querySelectorAll('svg')).toHaveLength(1)
    expect(doc.querySelectorAll('rect[fill="#ffffff"]')).toHaveLength(1)
    expect(doc.querySelector('path.line')?.closest('g[transform^="translate(0 "]')).not.toBeNull()
    const png = await rasterise(picture)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.readUInt32BE(16)).toBe(PNG_WIDTH)
  })
})
