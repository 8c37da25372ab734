import snowball from 'snowball-stemmers'
import { stemKazakh } from './kazakh.js'

/*
 * The prefixes a word is searched and matched by (/search, the web archive, keyword alerts):
 * Snowball for Russian and English, Kazakh's suffix rules for Kazakh.
 */

const russian = snowball.newStemmer('russian')
const english = snowball.newStemmer('english')

/** A stem shorter than this matches too much as a prefix («рес*» would find «республика»). */
const MIN_PREFIX_LENGTH = 4
const KAZAKH_LETTERS = /[әғқңөұүһі]/
const CYRILLIC = /[а-яёәғқңөұүһі]/
const LATIN = /[a-z]/

function atLeastPrefix(word: string, stem: string): string {
  return stem.length >= MIN_PREFIX_LENGTH || stem.length >= word.length ? stem : word.slice(0, MIN_PREFIX_LENGTH)
}

/** The prefixes one word is searched by: one, or a Russian and a Kazakh reading when they differ. */
export function wordPrefixes(word: string): string[] {
  const w = word.toLowerCase()
  if (KAZAKH_LETTERS.test(w)) return [stemKazakh(w)]
  if (CYRILLIC.test(w)) {
    const ru = atLeastPrefix(w, russian.stem(w))
    const kk = stemKazakh(w)
    if (kk.startsWith(ru)) return [ru]
    if (ru.startsWith(kk)) return [kk]
    return [ru, kk]
  }
  if (LATIN.test(w)) return [atLeastPrefix(w, english.stem(w))]
  return [w]
}
