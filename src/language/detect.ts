import { codeUnitAt } from './code-unit.js'
import { KAZAKH_LETTERS } from './kazakh.js'
import { isKazakhLatin } from './kazakh-latin.js'
import { languageScores } from './language-scores.js'
import type { Lang } from './langs.js'

const SAMPLE_CHARS = 400
/* The letters Russian lacks decide Cyrillic Kazakh, isKazakhLatin the Latin, before any detector. */
const CYRILLIC_START = 0x400
/** Kazakh shares «і» with Ukrainian and Belarusian, which the detector tells apart. */
const SHARED_LETTERS = 'іІ'
/** Per Cyrillic code point: 1 for the Kazakh letters above. */
const IS_KAZAKH = Uint8Array.from({ length: 0x100 }, (_, offset) => {
  const letter = String.fromCharCode(CYRILLIC_START + offset)
  return KAZAKH_LETTERS.includes(letter) && !SHARED_LETTERS.includes(letter) ? 1 : 0
})
/** A Russian page quoting a Kazakh name stays Russian; Kazakh prose runs well above this share. */
const MIN_KAZAKH_SHARE = 0.02
/**
 * Function words settle ordinary English and Russian prose without the detector, which costs
 * more than all the classifier's rules together; franc decides the rest.
 */
const FUNCTION_WORDS: Readonly<Record<'en' | 'ru', ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'was', 'by', 'at', 'has', 'will', 'from']),
  ru: new Set(['и', 'в', 'на', 'с', 'по', 'не', 'что', 'для', 'из', 'о', 'от', 'к', 'а', 'также', 'во', 'как', 'это']),
}
const MIN_FUNCTION_WORD_SHARE = 0.12
/** franc's codes (ISO 639-3) for the languages we read. */
const FRANC_LANGS: Readonly<Record<string, Lang>> = { rus: 'ru', eng: 'en', kaz: 'kk' }
/**
 * franc scores languages relative to the best (1). Russian headlines with few function words
 * score as Bulgarian or Serbian by a hair (rus 0.98–0.99), while real Ukrainian, Bulgarian or
 * Belarusian prose leaves Russian at 0.66–0.94: within this much of the best, the script's
 * language is taken.
 */
const NEAR_BEST_SCORE = 0.95
const LETTER = /\p{L}/u
/** Below this code point (the end of General Punctuation: dashes, quotes) a table says what is a letter. */
const TABLE_END = 0x2070
const LETTERS = Uint8Array.from({ length: TABLE_END }, (_, code) => (LETTER.test(String.fromCharCode(code)) ? 1 : 0))
/** No function word is longer, so longer words are not looked up. */
const MAX_FUNCTION_WORD_LENGTH = Math.max(...Object.values(FUNCTION_WORDS).flatMap((words) => [...words].map((w) => w.length)))

interface LetterCounts {
  cyrillic: number
  latin: number
  kazakh: number
}

function countLetters(sample: string): LetterCounts {
  const counts = { cyrillic: 0, latin: 0, kazakh: 0 }
  for (let i = 0; i < sample.length; i += 1) {
    const code = codeUnitAt(sample, i)
    if (code >= CYRILLIC_START && code <= 0x04ff) {
      counts.cyrillic += 1
      counts.kazakh += IS_KAZAKH[code - CYRILLIC_START] as number
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
      counts.latin += 1
    }
  }
  return counts
}

/** How many code units the letter (\p{L}) at `index` takes, 0 when there is none there. */
function letterLength(text: string, index: number): number {
  const code = codeUnitAt(text, index)
  if (code < TABLE_END) return LETTERS[code] as number
  const char = String.fromCodePoint(text.codePointAt(index) ?? code)
  return LETTER.test(char) ? char.length : 0
}

/**
 * Function words among the text's words, and into how many pieces splitting it at non-letters
 * cuts it (the empty ones at either end included): the share the rule is tuned on.
 */
function countFunctionWords(text: string, functionWords: ReadonlySet<string>): { hits: number; pieces: number } {
  let hits = 0
  let pieces = 1
  let i = 0
  while (i < text.length) {
    const start = i
    let length = letterLength(text, i)
    while (length > 0) {
      i += length
      length = i < text.length ? letterLength(text, i) : 0
    }
    if (i > start && i - start <= MAX_FUNCTION_WORD_LENGTH && functionWords.has(text.slice(start, i))) hits += 1
    if (i === text.length) break
    pieces += 1
    while (i < text.length && letterLength(text, i) === 0) i += 1
  }
  return { hits, pieces }
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
  if (latin > cyrillic && isKazakhLatin(sample)) return 'kk'
  const candidate = cyrillic > latin ? 'ru' : 'en'
  const { hits, pieces } = countFunctionWords(sample.toLowerCase(), FUNCTION_WORDS[candidate])
  if (hits / pieces >= MIN_FUNCTION_WORD_SHARE) return candidate
  const scores = languageScores(sample)
  const [best] = scores[0]!
  // Too short to tell ('und'): the source's language, else the script's.
  if (best === 'und') return hint ?? candidate
  const candidateScore = scores.find(([code]) => FRANC_LANGS[code] === candidate)?.[1] ?? 0
  if (candidateScore >= NEAR_BEST_SCORE) return candidate
  return FRANC_LANGS[best] ?? hint ?? 'other'
}
