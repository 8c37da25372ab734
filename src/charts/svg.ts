import { fileURLToPath } from 'node:url'
import { Eta } from 'eta'

/** Charts are SVG documents of their own (xmlns, presentation attributes, no CSS), so the same markup serves a web page and, converted, a PNG. */
const templates = new Eta({ views: fileURLToPath(new URL('./templates', import.meta.url)), cache: true, autoEscape: true })

/** Renders one of ./templates with every interpolated value escaped. */
export function renderSvg(template: string, data: object): string {
  return templates.render(template, data)
}

/** Okabe–Ito colours, told apart with any colour vision. */
export const KIND_COLORS = { agreement: '#0072B2', commission: '#E69F00', meeting: '#009E73', event: '#CC79A7' } as const

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif'
