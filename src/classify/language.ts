import { eld } from 'eld/small'
import type { Lang } from './types.js'

const SAMPLE_CHARS = 400
/** Letters of the Kazakh alphabet that Russian lacks; eld has no Kazakh model, so they decide. */
const KAZAKH_LETTERS = new Set('әғқңөұүһіӘҒҚҢӨҰҮҺІ')
/** A Russian page quoting a Kazakh name stays Russian; Kazakh prose runs well above this share. */
const MIN_KAZAKH_SHARE = 0.02
/**
 * Function words settle ordinary English and Russian prose without the detector, which costs
 * more than all the classifier's rules together; eld decides the rest.
 */
const FUNCTION_WORDS: Readonly<Record<'en' | 'ru', ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'was', 'by', 'at', 'has', 'will', 'from']),
  ru: new Set(['и', 'в', 'на', 'с', 'по', 'не', 'что', 'для', 'из', 'о', 'от', 'к', 'а', 'также', 'во', 'как', 'это']),
}
const MIN_FUNCTION_WORD_SHARE = 0.12
const NON_LETTERS = /[^\p{L}]+/u

interface LetterCounts {
  cyrillic: number
  latin: number
  kazakh: number
}

function countLetters(sample: string): LetterCounts {
  const counts = { cyrillic: 0, latin: 0, kazakh: 0 }
  for (const char of sample) {
    const code = char.charCodeAt(0)
    if (code >= 0x0400 && code <= 0x04ff) {
      counts.cyrillic += 1
      if (KAZAKH_LETTERS.has(char)) counts.kazakh += 1
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
      counts.latin += 1
    }
  }
  return counts
}

/**
 * en, ru or kk; 'other' when the text is in none of them. `hint` (the source's declared
 * language) settles texts too short or mixed for the detector.
 */
export function detectLanguage(text: string, hint?: Lang | null): Lang | 'other' {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  const { cyrillic, latin, kazakh } = countLetters(sample)
  if (cyrillic === 0 && latin === 0) return hint ?? 'other'
  if (cyrillic > latin && kazakh / cyrillic >= MIN_KAZAKH_SHARE) return 'kk'
  const candidate = cyrillic > latin ? 'ru' : 'en'
  const words = sample.toLowerCase().split(NON_LETTERS)
  const functionWords = words.filter((w) => FUNCTION_WORDS[candidate].has(w)).length
  if (functionWords / words.length >= MIN_FUNCTION_WORD_SHARE) return candidate
  const detected = eld.detect(sample)
  if (detected.language === 'ru' || detected.language === 'en') return detected.language
  if (hint) return hint
  return detected.isReliable() ? 'other' : cyrillic > latin ? 'ru' : 'en'
}
