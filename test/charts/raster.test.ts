import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isDrawnCharacter, rasterise } from '../../src/charts/raster.js'
import { countryName, listCountryCodes } from '../../src/classify/countries.js'
import { LANGS } from '../../src/classify/types.js'

const LOCALES = join(import.meta.dirname, '../../src/bot/i18n/locales')

/** Every text a picture may show in `lang`: its chart messages, kind names, country names, Intl's dates and numbers. */
function drawnTexts(lang: string): string[] {
  const messages = readdirSync(join(LOCALES, lang))
    .flatMap((file) => readFileSync(join(LOCALES, lang, file), 'utf8').split('\n'))
    .filter((line) => /^(chart|kind)-/.test(line))
  const locale = lang === 'en' ? 'en-GB' : lang
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 1)))
  return [
    ...messages,
    ...listCountryCodes().map((code) => countryName(code, lang as (typeof LANGS)[number])),
    ...months.map((date) => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)),
    new Intl.NumberFormat(locale).format(1_234_567.5),
  ]
}

describe('rasterise', () => {
  it.each(LANGS)('keeps, in the cut-down font, every character a %s picture can hold', (lang) => {
    const missing = new Set([...drawnTexts(lang).join('')].filter((char) => !isDrawnCharacter(char)))
    expect([...missing]).toEqual([])
  })

  it('draws text with that font (a picture with a Kazakh word differs from the same picture without it)', async () => {
    const picture = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="sans-serif">${text}</text></svg>`
    const [blank, kazakh, bold] = await Promise.all([rasterise(picture(''), 200), rasterise(picture('Қазақстан'), 200), rasterise(picture('<tspan font-weight="bold">Қазақстан</tspan>'), 200)])
    expect(kazakh.equals(blank)).toBe(false)
    expect(bold.equals(kazakh)).toBe(false)
  })
})
