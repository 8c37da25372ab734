import snowball from 'snowball-stemmers'
import { kazakhStems, peelKazakhEndings, stemKazakh } from './kazakh.js'
import { foldKazakhLatin } from './kazakh-latin.js'
import { searchWords, withoutLatinAccents } from './normalize.js'

/*
 * The terms a word is searched and matched by (/search, the web archive, keyword alerts):
 * Snowball for Russian and English, Kazakh's suffix rules for Kazakh. Two words match when
 * they share a term, so every inflected form of a word finds the others.
 */

const russian = snowball.newStemmer('russian')
const english = snowball.newStemmer('english')

/** A stem shorter than this matches too much («рес» would be «республика» as well as «Ресей»). */
const MIN_STEM_LENGTH = 4
const KAZAKH_LETTERS = /[әғқңөұүһі]/
/** A syllable before a short word puts its ending in Snowball's RV region (bareStems). */
const RV_OPENING = 'ко'
/** A three-letter word's stem keeps this many letters at least («дн» of «дни»): one letter would be no word's own. */
const SHORT_STEM_LENGTH = 2
const CYRILLIC = /[а-яёәғқңөұүһі]/
const LATIN = /[a-z]/
const COMBINING_MARKS = /[\u0300-\u036f]/g
/** Latin letters past ASCII: accented ones (Vietnamese «ệ» too), and ı, which has no accent to drop. */
const LATIN_NON_ASCII = /[\u00c0-\u024f\u1e00-\u1eff]/
/** Adjectives made from nouns: «российск» → «росс», «китайск» → «кита», «музейн» → «музе», «театральн» → «театр». */
const RUSSIAN_ADJECTIVE_SUFFIX = /(?:ийск|йск|ск|альн|ичн|енн|йн)$/

function atLeastMinimum(word: string, stem: string): string {
  return stem.length >= MIN_STEM_LENGTH || stem.length >= word.length ? stem : word.slice(0, MIN_STEM_LENGTH)
}

/**
 * A term as the `terms` column holds it and a query looks it up: й → и, ё → е, é → e. Both sides
 * come from here, so they meet; SQLite's tokenizer folds the Latin accents only (the `words`
 * column's phrases: search-query.ts).
 */
function foldLikeIndex(term: string): string {
  return term.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC')
}

/** The Russian stem, and the noun's stem when the word is an adjective made from it. */
function russianStems(word: string): string[] {
  const stem = atLeastMinimum(word, russian.stem(word))
  const noun = stem.replace(RUSSIAN_ADJECTIVE_SUFFIX, '')
  return noun.length >= MIN_STEM_LENGTH && noun !== stem ? [stem, noun] : [stem]
}

/**
 * A Cyrillic word gets its Russian and its Kazakh reading, since the word alone does not say
 * whether it is «России» or «Ресеймен» (an adjective also the stem of its noun: «Российской»
 * meets «Россия»), and the Russian stem of its Kazakh stem, so that a Russian name under a
 * Kazakh ending («Францияға», «Франциямен») meets its Russian forms («Франции»).
 */
function stemsAsWritten(w: string): string[] {
  if (CYRILLIC.test(w)) {
    const kazakh = stemKazakh(w)
    return [...(KAZAKH_LETTERS.test(w) ? [] : russianStems(w)), ...kazakhStems(w), atLeastMinimum(kazakh, russian.stem(kazakh))]
  }
  return LATIN.test(w) ? [atLeastMinimum(w, english.stem(w))] : [w]
}

/**
 * The terms of one word (as searchWords gives it): the stems of the word as written and, when
 * it has Latin letters past ASCII, of the word without its accents, which the stemmer may cut
 * otherwise («théâtre» is «theatre», «theatre» «theatr»), and of the word as a keyboard without
 * Kazakh Latin letters types it: ı has no accent to drop and ý is typed u («mádenıet» is
 * «madeniet», «Respýblıkasy» «respublikasy»). So the word typed either way meets it written either way.
 */
export function wordStems(word: string): string[] {
  return [...new Set(spellings(word).flatMap(stemsAsWritten).map(foldLikeIndex))]
}

/** A word in lower case as written and, with Latin letters past ASCII, without its accents and as a plain keyboard types Kazakh Latin. */
function spellings(word: string): string[] {
  // Snowball's Russian stemmer knows no «ё»: «ёлки» kept its ending where «елки» lost it.
  const w = word.toLowerCase().replaceAll('ё', 'е')
  return LATIN_NON_ASCII.test(w) ? [...new Set([w, withoutLatinAccents(w), foldKazakhLatin(w)])] : [w]
}

/**
 * The stems a phrase's three-letter word is matched by (search-query.ts), and the text's word in its
 * place: without the four-letter minimum a loose word keeps, so «дни» is «дн», as «днях» and «дней»
 * are, «год» as «годами», «күн» as «күндері», "day" as "days". Snowball's Russian stemmer cuts only
 * past a word's first vowel (its RV region), which leaves a short word whole: it reads the word
 * after a syllable, as in a longer word, and gives back the stem without it.
 */
export function bareStems(word: string): string[] {
  const stems = spellings(word).flatMap((f) => {
    if (!CYRILLIC.test(f)) return LATIN.test(f) ? [english.stem(f)] : [f]
    const kazakh = peelKazakhEndings(f, SHORT_STEM_LENGTH)
    return KAZAKH_LETTERS.test(f) ? kazakh : [russian.stem(`${RV_OPENING}${f}`).slice(RV_OPENING.length), ...kazakh]
  })
  return [...new Set(stems.filter((stem) => stem.length >= SHORT_STEM_LENGTH).map(foldLikeIndex))]
}

/** Remembers the terms of the words seen last; a text's words repeat across articles (Zipf). */
export type StemCache = Map<string, readonly string[]>
const MAX_CACHED_WORDS = 100_000

/** The distinct terms of a text, as the search index keeps them for an item. */
export function textTerms(text: string, cache: StemCache = new Map()): Set<string> {
  const terms = new Set<string>()
  for (const word of searchWords(text)) {
    let stems = cache.get(word)
    if (!stems) {
      if (cache.size >= MAX_CACHED_WORDS) cache.clear()
      stems = wordStems(word)
      cache.set(word, stems)
    }
    for (const stem of stems) terms.add(stem)
  }
  return terms
}
