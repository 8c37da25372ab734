import { KEY_LENGTH, KEY_SPACE, bucketKey, isUpperWord, normalizeWord, prefixKey, type Token } from '../../language/normalize.js'

/** One word of a phrase: a token matches when it is `stem` followed by something `tail` accepts. */
export interface WordPattern {
  stem: string
  /** null: the token must equal the stem. */
  tail: RegExp | null
  /** Abbreviations such as US or РФ only count in capitals in running text. */
  upperOnly: boolean
}

export interface LexiconEntry<T> {
  words: readonly WordPattern[]
  value: T
}

export interface LexiconMatch<T> {
  value: T
  start: number
  /** Exclusive. */
  end: number
  /** Length of the last word's stem; what follows it in the token is an ending («де» in «Ресейде»). */
  lastStemLength: number
}

/** The ending a match leaves on its last token. */
export function suffixOf(tokens: readonly Token[], match: Pick<LexiconMatch<unknown>, 'end' | 'lastStemLength'>): string {
  return tokens[match.end - 1]?.norm.slice(match.lastStemLength) ?? ''
}

export interface MatchOptions {
  ignoreCase?: boolean
  /** A phrase's later words follow no comma: «Корея, Республика Конго» is two names, not «Корея Республикасы» and Congo. */
  withinClause?: boolean
}

/** Told of each match as it is found: `end` exclusive, `lastStemLength` as in LexiconMatch. */
export type MatchVisitor<T> = (value: T, start: number, end: number, lastStemLength: number) => void

export interface Lexicon<T> {
  matchAt(tokens: readonly Token[], index: number, options?: MatchOptions): LexiconMatch<T> | null
  /**
   * The matches left to right, in a new array even when there are none: a shared frozen empty one has another map than
   * a filled one, and the optimised code reading both deoptimised on the first it had not seen.
   */
  findAll(tokens: readonly Token[], options?: MatchOptions): readonly LexiconMatch<T>[]
  /** findAll's matches handed to `visit` one by one, with no match objects: for the lexicons read on every sentence ingested. */
  eachMatch(tokens: readonly Token[], visit: MatchVisitor<T>, options?: MatchOptions): void
}

/** Any ending at all: tokens hold only letters and digits, so no test is needed. */
export const ANY_TAIL = /^[\p{L}\p{N}]*$/u

function wordPattern(word: string): WordPattern {
  const prefix = word.endsWith('*')
  const stem = normalizeWord(prefix ? word.slice(0, -1) : word)
  return { stem, tail: prefix ? ANY_TAIL : null, upperOnly: false }
}

/** A phrase as typed in a table: words separated by spaces or hyphens; a trailing * takes any ending. */
export function phrasePatterns(phrase: string): WordPattern[] {
  return phrase.split(/[\s-]+/).filter(Boolean).map(wordPattern)
}

/**
 * Distinct words a lexicon remembers before it starts over; a news feed's vocabulary stays far
 * below this, so the bound only caps memory on odd input.
 */
const MAX_REMEMBERED_WORDS = 50_000
/**
 * The second filter reads this many first letters: of the words that share a stem's first
 * KEY_LENGTH letters, three in four start no phrase, and most of them part from every stem
 * by here. Each word it stops is a look-up saved in a map of thousands of words, a cache miss
 * or two: the hottest code of a running bot's thread before it.
 */
const LONG_KEY_LENGTH = 5

/** The part of a word's match that depends on its normalised form alone. */
function stemMatches(pattern: WordPattern, norm: string): boolean {
  if (!norm.startsWith(pattern.stem)) return false
  if (pattern.tail === ANY_TAIL) return true
  if (pattern.tail === null) return norm.length === pattern.stem.length
  return pattern.tail.test(norm.slice(pattern.stem.length))
}

function wordMatches(pattern: WordPattern, token: Token, ignoreCase: boolean): boolean {
  if (pattern.upperOnly && !ignoreCase && !isUpperWord(token.raw)) return false
  return stemMatches(pattern, token.norm)
}

function lastStemLength(entry: LexiconEntry<unknown>): number {
  return entry.words[entry.words.length - 1]?.stem.length ?? 0
}

function byPreference<T>(a: LexiconEntry<T>, b: LexiconEntry<T>): number {
  return b.words.length - a.words.length || (b.words[0]?.stem.length ?? 0) - (a.words[0]?.stem.length ?? 0)
}

/**
 * A phrase dictionary keyed by the first letters of the first word; longer phrases and longer
 * stems win (Louvre Abu Dhabi over Louvre, Нигерия over Нигер). Which phrases a word can start
 * is remembered per word: running text repeats its words, and testing endings is what costs.
 */
export function createLexicon<T>(entries: readonly LexiconEntry<T>[]): Lexicon<T> {
  const index = new Map<string, LexiconEntry<T>[]>()
  for (const entry of entries) {
    const first = entry.words[0]
    if (!first) continue
    const key = first.stem.slice(0, KEY_LENGTH)
    const bucket = index.get(key)
    if (bucket) bucket.push(entry)
    else index.set(key, [entry])
  }
  for (const bucket of index.values()) bucket.sort(byPreference)
  // Most words start no phrase; a byte per key hash answers that without hashing the word's string. 1: a
  // phrase starts with a word of this key; 2: one whose stem is shorter than LONG_KEY_LENGTH, so mayStartLong cannot judge.
  const mayStart = new Uint8Array(KEY_SPACE)
  const mayStartLong = new Uint8Array(KEY_SPACE)
  for (const entry of entries) {
    const stem = entry.words[0]?.stem
    if (stem === undefined) continue
    const key = bucketKey(stem.slice(0, KEY_LENGTH))
    if (stem.length < LONG_KEY_LENGTH) mayStart[key] = 2
    else {
      mayStart[key] ||= 1
      mayStartLong[prefixKey(stem, LONG_KEY_LENGTH)] = 1
    }
  }
  const none: readonly LexiconEntry<T>[] = []
  const startsByWord = new Map<string, readonly LexiconEntry<T>[]>()

  /** The entries whose first word `norm` can be, in order of preference. */
  function startingWith(norm: string): readonly LexiconEntry<T>[] {
    let starts = startsByWord.get(norm)
    if (starts) return starts
    const bucket = index.get(norm.slice(0, KEY_LENGTH))
    const matching = bucket?.filter((entry) => stemMatches(entry.words[0] as WordPattern, norm)) ?? []
    starts = matching.length > 0 ? matching : none
    if (startsByWord.size >= MAX_REMEMBERED_WORDS) startsByWord.clear()
    startsByWord.set(norm, starts)
    return starts
  }

  /** The preferred entry matching at `start`, or null. */
  function entryAt(tokens: readonly Token[], start: number, ignoreCase: boolean, withinClause: boolean): LexiconEntry<T> | null {
    const token = tokens[start]
    const mayStartToken = token ? mayStart[token.key]! : 0
    if (!token || mayStartToken === 0 || (mayStartToken === 1 && mayStartLong[prefixKey(token.norm, LONG_KEY_LENGTH)] === 0)) return null
    const starts = startingWith(token.norm)
    if (starts.length === 0) return null
    for (const entry of starts) {
      const words = entry.words
      if (start + words.length > tokens.length) continue
      if ((words[0] as WordPattern).upperOnly && !ignoreCase && !isUpperWord(token.raw)) continue
      let matches = true
      for (let offset = 1; offset < words.length && matches; offset += 1) {
        const next = tokens[start + offset] as Token
        matches = !(withinClause && next.sep === 'comma') && wordMatches(words[offset] as WordPattern, next, ignoreCase)
      }
      if (matches) return entry
    }
    return null
  }

  function matchAt(tokens: readonly Token[], start: number, options?: MatchOptions): LexiconMatch<T> | null {
    const entry = entryAt(tokens, start, options?.ignoreCase ?? false, options?.withinClause ?? false)
    return entry && { value: entry.value, start, end: start + entry.words.length, lastStemLength: lastStemLength(entry) }
  }

  function eachMatch(tokens: readonly Token[], visit: MatchVisitor<T>, options?: MatchOptions): void {
    const ignoreCase = options?.ignoreCase ?? false
    const withinClause = options?.withinClause ?? false
    let i = 0
    while (i < tokens.length) {
      const entry = entryAt(tokens, i, ignoreCase, withinClause)
      if (entry) {
        const end = i + entry.words.length
        visit(entry.value, i, end, lastStemLength(entry))
        i = end
      } else {
        i += 1
      }
    }
  }

  function findAll(tokens: readonly Token[], options?: MatchOptions): readonly LexiconMatch<T>[] {
    const found: LexiconMatch<T>[] = []
    eachMatch(tokens, (value, start, end, stemLength) => {
      found.push({ value, start, end, lastStemLength: stemLength })
    }, options)
    return found
  }

  return { matchAt, findAll, eachMatch }
}
