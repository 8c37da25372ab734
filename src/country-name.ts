import { countryName as tableName } from './classify/countries.js'
import type { Lang } from './language/langs.js'

/**
 * Names a country has asked to be called by that the tables' shortest name misses: Türkiye since 2022 (the UN's name, and
 * i18n-iso-countries' first English one), where the shortest is still "Turkey". Russian and Kazakh keep Турция, Түркия.
 */
const OWN_NAMES: Readonly<Record<string, Partial<Record<Lang, string>>>> = {
  TR: { en: 'Türkiye' },
}

/** A country's name shown to readers (cards, lists, buttons, alerts, the web archive) in their language. */
export function countryName(code: string, lang: Lang): string {
  return OWN_NAMES[code.toUpperCase()]?.[lang] ?? tableName(code, lang)
}
