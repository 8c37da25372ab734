import snowball from 'snowball-stemmers'

const russian = snowball.newStemmer('russian')
const english = snowball.newStemmer('english')

/** Bounds the work one query can ask of the index. */
const MAX_TERMS = 8
/** A stem shorter than this matches too much as a prefix («рес*» would find «республика»). */
const MIN_PREFIX_LENGTH = 4

const KAZAKH_LETTERS = /[әғқңөұүһі]/
const CYRILLIC = /[а-яёәғқңөұүһі]/
const LATIN = /[a-z]/

// Kazakh inflection is agglutinative: stem + plural + possessive + case, in that order, so
// the endings are peeled from the outside in, one layer at a time, longest first.
const KAZAKH_CASE_ENDINGS = [
  'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'дан',
  'ден', 'тан', 'тен', 'нан', 'нен', 'нда', 'нде', 'мен', 'бен', 'пен', 'ға', 'ге', 'қа', 'ке', 'на',
  'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те', 'ша', 'ше',
]
const KAZAKH_POSSESSIVE_ENDINGS = ['ымыз', 'іміз', 'мыз', 'міз', 'ңыз', 'ңіз', 'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ы', 'і']
const KAZAKH_PLURAL_ENDINGS = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер']
// Before a vowel ending қ/к/п turn into ғ/г/б («ынтымақтастық» → «ынтымақтастығы»); dropping
// the final consonant lets one prefix find both forms.
const KAZAKH_ALTERNATING_FINALS = /[қғкгпб]$/

function stripLayer(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_PREFIX_LENGTH) return word.slice(0, -ending.length)
  }
  return word
}

/** A light Kazakh stemmer: case, possessive and plural endings, then the alternating final consonant. */
export function stemKazakh(word: string): string {
  let stem = word
  for (const layer of [KAZAKH_CASE_ENDINGS, KAZAKH_POSSESSIVE_ENDINGS, KAZAKH_PLURAL_ENDINGS]) stem = stripLayer(stem, layer)
  return stem.length > MIN_PREFIX_LENGTH && KAZAKH_ALTERNATING_FINALS.test(stem) ? stem.slice(0, -1) : stem
}

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

// FTS5 string literal: inside double quotes only '"' is special, and it is doubled; quoting
// also keeps user words such as AND, OR, NOT and NEAR from becoming operators.
const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`

/**
 * Turns what a user typed into an FTS5 MATCH expression: every word must be present, each as
 * a stemmed prefix (Russian via Snowball, Kazakh via suffix rules), words in "double quotes"
 * as an exact phrase. Returns null when nothing searchable is left. Whatever the input, the
 * result is valid FTS5 syntax: only letters and digits reach it, always quoted.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = []
  const phrases = [...input.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '')
  const loose = input.replace(/"[^"]*"/g, ' ')
  for (const phrase of phrases) {
    const words = tokenize(phrase)
    if (words.length > 0) parts.push(quote(words.join(' ')))
  }
  for (const word of tokenize(loose)) {
    const prefixes = [...new Set(wordPrefixes(word))].map((p) => `${quote(p)}*`)
    parts.push(prefixes.length === 1 ? prefixes[0]! : `(${prefixes.join(' OR ')})`)
  }
  const unique = [...new Set(parts)].slice(0, MAX_TERMS)
  return unique.length === 0 ? null : unique.join(' AND ')
}

function tokenize(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\p{N}/u.test(w))
}
