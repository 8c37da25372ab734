import { countryName } from './country-name.js'
import type { Lang } from './classify/types.js'

/**
 * Countries whose English name takes "the" in a sentence ("items with the Netherlands", "is in the United Kingdom"),
 * by the names countryName gives them. A label (a header, a button, a list of what is followed) keeps the bare name.
 */
const WITH_THE = new Set(['AE', 'AX', 'BS', 'CC', 'CD', 'CF', 'CG', 'CI', 'CK', 'DO', 'FK', 'FO', 'GB', 'GM', 'GS', 'HM', 'IO', 'KM', 'KY', 'MH', 'MP', 'MV', 'NL', 'PH', 'SB', 'SC', 'TC', 'TF', 'UM', 'US'])

/** A country's name as it reads inside a sentence in `lang`: in English with "the" where the name takes it. */
export function countryNameInSentence(code: string, lang: Lang): string {
  const name = countryName(code, lang)
  return lang === 'en' && WITH_THE.has(code.toUpperCase()) ? `the ${name}` : name
}
