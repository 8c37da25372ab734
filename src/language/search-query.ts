import { foldKazakhLatin, type KazakhLatinAlphabet, latinToCyrillic, toldKazakhLatinAlphabet } from './kazakh-latin.js'
import { cleanTypedWords, lowerCaseDotless, searchLowerCase, searchWords, withoutLatinAccents } from './normalize.js'
import {
  bareStems, cachedWordStems, fleetingVowelForms, kazakhCyrillicReading, leadingStemLength, type StemCache, termSpellingsOf, textTerms, twoLetterStemForms, wordStems,
} from './stem.js'
import { isStopWord } from './stop-words.js'

/**
 * What a user typed into /search, or as a keyword subscription, read once: each loose word
 * matches an item having any of its terms (every inflected form), words in "double quotes"
 * (or «…», “…”, „…“: normalizeQuotes) match as a phrase: these words, in this order, side by
 * side, each in any of its forms (PhraseWord). The database (db/fts-query.ts) and the alert
 * matcher evaluate the same clauses, so a keyword alerts on exactly what /search finds for it.
 */
export type SearchClause =
  /** A loose word, or words joined by OR: any of their terms, or a term beginning with one of `starts` (a starred word ORed to them). */
  | { kind: 'word'; terms: string[]; starts?: string[] }
  /**
   * A phrase, any of whose ways will do: as typed and, typed in Kazakh Latin letters, its Cyrillic readings (cyrillicReadings);
   * joined by OR, other phrases' ways, and loose words as a 'word' clause has them: any of `terms`, or a term beginning with one
   * of `starts` («"Дни культуры" OR фестиваль», «"Дни культуры" OR музе*»).
   */
  | { kind: 'phrase'; ways: PhraseWord[][]; terms?: string[]; starts?: string[] }
  | { kind: 'without'; terms: string[] }
  /** A phrase after a minus or NOT, in any of its ways: the text must not have it. */
  | { kind: 'without-phrase'; ways: PhraseWord[][] }
  /** A word typed with a star after it (muse*): any term beginning with one of its stems. */
  | { kind: 'prefix'; starts: string[] }

/**
 * How many leading letters of a phrase's word the index keeps as a prefix of its own (item_search's
 * prefix option, migration 2026_12_05_1900): a phrase looks its words up by them as cheaply as by whole words.
 * A word whose stem is shorter is looked up by its stem («год» of «годы»), two letters at least.
 */
const PHRASE_PREFIX_LETTERS = 4
const SHORT_WORD_PREFIX_LETTERS = 2

/**
 * A word of a phrase, as the text's word in its place must be. Every kind begins with one of `starts`, as
 * the index's `words` column keeps the text (letters folded: foldPhraseLetters), each a way to write it (startSpellings):
 * - 'exact' (one or two letters: «в», "of", or a common word whose stem is short: «при», «этих»): that word itself, never a word it begins;
 * - 'short' (a stem of two or three letters, leadingStemLength): a word with one of its `stems` (bareStems), «дни» finds «днях»,
 *   «годы» «года», "arts" "art", or one of its `terms` (wordStems), as a loose word finds it: «Китая» (leading stem «кит») finds
 *   «Китаем», «Кореи» «Корея»; its starts are the stem's letters, so the index finds every form;
 * - 'long': a word with one of its `terms`, as a loose word has (wordStems), so a word that only
 *   begins alike («Больница» for «Большой») is no form of it; a Russian word whose stem is two letters has its forms' terms
 *   (twoLetterStemForms), so that the index finds «"дно культуры"» among the «дни культуры» by them.
 */
export type PhraseWord =
  | { kind: 'exact'; starts: string[] }
  | { kind: 'short'; starts: string[]; stems: string[]; terms: string[] }
  | { kind: 'long'; starts: string[]; terms: string[] }

/**
 * Letters as the index's `words` column holds them (migration 2026_12_05_1900 folds them so), and a
 * phrase's words are compared by: Latin accents dropped, ё as е, Kazakh Latin's ı as i, as loose words are read («ёлка» is «елка»).
 */
export function foldPhraseLetters(token: string): string {
  const plain = withoutLatinAccents(token)
  return /[ёı]/.test(plain) ? plain.replaceAll('ё', 'е').replaceAll('ı', 'i') : plain
}

/**
 * Kazakh Latin letters the index keeps without their accent, as one plain letter, which a plain keyboard types
 * otherwise (foldKazakhLatin): ý (y) as u, ş (s) as sh, ç (c) as ch. The other letters' accents drop alike.
 */
const KEYBOARD_SPELLINGS: readonly (readonly [typed: string, indexed: string])[] = [['u', 'y'], ['sh', 's'], ['ch', 'c']]
const KEYBOARD_SPELLED = /u|sh|ch/g
/** Bounds the ways a phrase is looked up by: each is one more phrase for the index to find. */
const MAX_PHRASE_SPELLINGS = 8

/**
 * The first `length` letters of a word as the index may hold them: typed with Kazakh Latin letters («mýzeı»)
 * or as a plain keyboard types them («muzei»), the text may write it either way.
 */
function startSpellings(typed: string, length: number): string[] {
  const plain = foldPhraseLetters(foldKazakhLatin(typed))
  // A digraph makes the letters one fewer, so one letter more of the word is read for them.
  const head = [...plain].slice(0, length + 1).join('')
  let spellings = ['']
  let at = 0
  for (const found of head.matchAll(KEYBOARD_SPELLED)) {
    const between = head.slice(at, found.index)
    const indexed = KEYBOARD_SPELLINGS.find(([t]) => t === found[0])![1]
    spellings = spellings.flatMap((s) => [s + between + found[0], s + between + indexed])
    at = found.index + found[0].length
  }
  const asTyped = [...foldPhraseLetters(typed)].slice(0, length).join('')
  return [...new Set([asTyped, ...spellings.map((s) => [...(s + head.slice(at))].slice(0, length).join(''))])]
}

/** `typed` as the user wrote it (lower case): its stems and terms are those of the word as written. */
function phraseWord(typed: string): PhraseWord {
  const folded = foldPhraseLetters(typed)
  const letters = [...folded]
  if (letters.length < 3) return { kind: 'exact', starts: [folded] }
  const stemLetters = Math.max(SHORT_WORD_PREFIX_LETTERS, leadingStemLength(typed))
  if (stemLetters >= PHRASE_PREFIX_LETTERS) return { kind: 'long', starts: startSpellings(typed, PHRASE_PREFIX_LETTERS), terms: wordStems(typed) }
  // A common word («при», «для», "the") does not inflect, and «при»'s first two letters would gather
  // every «представители» beside the next word for phrase_in_place() to read.
  if (isStopWord(folded)) return { kind: 'exact', starts: [folded] }
  const forms = twoLetterStemForms(typed)
  if (forms) return { kind: 'long', starts: [letters.slice(0, SHORT_WORD_PREFIX_LETTERS).join('')], terms: forms }
  // By the stem's letters, not fewer: «ми» of «мир» would also gather the archive's every «министерство»
  // beside the next word for phrase_in_place() to read.
  return { kind: 'short', starts: startSpellings(typed, stemLetters), stems: bareStems(typed), terms: wordStems(typed) }
}

/**
 * A phrase's word with the forms of a noun whose last vowel drops in them («посол»: «посла», «день»: «дня»),
 * begun by their own first letters («посл», «дн»), when it has them.
 */
function withFleetingVowelForms(word: PhraseWord, typed: string): PhraseWord {
  const forms = fleetingVowelForms(typed)
  if (word.kind === 'exact' || forms.length === 0) return word
  // Every form is the stem that lost the vowel and an ending; the first ending is one letter («посла», «дня»).
  const start = [...forms[0]!.slice(0, -1)].slice(0, PHRASE_PREFIX_LETTERS).join('')
  return { ...word, starts: [...new Set([...word.starts, start])], terms: [...new Set([...word.terms, ...forms])] }
}

/** A phrase's words, each with no more ways to write it than keep the phrase's to MAX_PHRASE_SPELLINGS (past them, as typed only). */
function phraseWords(typed: readonly string[]): PhraseWord[] {
  let spellings = 1
  return typed.map((token) => {
    const word = withFleetingVowelForms(phraseWord(token), token)
    if (spellings * word.starts.length > MAX_PHRASE_SPELLINGS) return { ...word, starts: word.starts.slice(0, 1) }
    spellings *= word.starts.length
    return word
  })
}

/**
 * Kazakh Latin letters that English lacks (á ǵ ı ń ó ú ý of 2018, ä ğ ñ ö ş ç ū ü of 2021): a query typed with one
 * is Kazakh written in Latin, all its Latin words («Qazaqstan mádenıeti»). A query without is read as typed only:
 * "bank", "Qatar" or "madeniet" may be English or a plain keyboard's.
 */
const KAZAKH_LATIN_TYPED = /[áǵıńóúýäğñöşçūü]/
const LATIN_LETTER = /[a-zß-ɏ]/

/** How a query's Latin words read in Cyrillic: in the alphabet they tell, or the query tells (null: none does, ı is both's). */
interface KazakhTyping {
  alphabet: KazakhLatinAlphabet | null
}

/** How a query (lower case) is typed in Kazakh Latin, or null when it is not (KAZAKH_LATIN_TYPED). */
const kazakhTypingOf = (query: string): KazakhTyping | null => (KAZAKH_LATIN_TYPED.test(query) ? { alphabet: toldKazakhLatinAlphabet(query) } : null)

/**
 * What a Latin word or phrase of a query typed in Kazakh Latin letters (kazakhTypingOf) reads in Cyrillic, as the index also
 * reads a Kazakh Latin text (kazakhCyrillicReading): «mädeniet» and «mádenıet» are «мәдениет». In the alphabet its own letters
 * tell, else the query's, else in both («bılım» is 2021's «білім», 2018's «билим»); none for a query typed otherwise.
 */
function cyrillicReadings(typed: string, typing: KazakhTyping | null): string[] {
  if (typing === null || !LATIN_LETTER.test(typed)) return []
  const own = toldKazakhLatinAlphabet(typed) ?? typing.alphabet
  return [...new Set((own === null ? ([2018, 2021] as const) : [own]).map((a) => searchLowerCase(latinToCyrillic(typed, a))))]
}

/**
 * A query typed in Kazakh Latin letters (kazakhTypingOf) with its capital I as both alphabets write it, the capital of ı
 * (İ is i's): lower-cased as any other text, 2018's «Irannyń» would read «іранның», not «иранның», and 2021's «Irı» «ирі»,
 * not «ірі». /search reads a query so, and a keyword subscription is stored so (bot/topics.ts), so that the two agree.
 */
export function withKazakhLatinCapitalI(typed: string): string {
  return typed.includes('I') && KAZAKH_LATIN_TYPED.test(searchLowerCase(typed)) ? typed.replaceAll('I', 'ı') : typed
}

/** Bounds the work one query can ask of the index: the words and phrases past it are not searched (ReadSearchQuery.searchedClauses). */
const MAX_CLAUSES = 8
const TOKEN = /[\p{L}\p{N}]+/gu

/** Each mark that opens a phrase, with the marks that may close it: "…", «…», “…”, „…“ or „…”, ”…”, »…«. */
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"', '«': '»', '»': '«', '„': '“”', '“': '”“', '”': '”' }
/** Any double quotation mark a phrase may be typed with. */
export const QUOTE_MARK = /["«»“”„]/u

/**
 * Typed text with each quoted phrase in plain "double quotes", however it was quoted («Дни
 * культуры», “Abai Days”, „Tage“). Quotes inside a phrase («Дни «культуры»», «Дни "культуры"») are
 * part of it and dropped; a mark that closes nothing or opens a phrase never closed is dropped too,
 * so its words are read one by one. The result holds only balanced, unnested "…" pairs.
 */
export function normalizeQuotes(text: string): string {
  // Pairs first, as a stack: a closing mark closes the innermost phrase it can, abandoning those opened inside it.
  const open: { at: number; closers: string }[] = []
  // How many open phrases each mark would close: a mark none awaits costs no search (text of a thousand «« stays linear).
  const awaited = new Map<string, number>()
  const count = (closers: string, by: number): void => {
    for (const c of closers) awaited.set(c, (awaited.get(c) ?? 0) + by)
  }
  const closing = new Map<number, number>()
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (!QUOTE_MARK.test(char)) continue
    const depth = (awaited.get(char) ?? 0) > 0 ? open.findLastIndex((o) => o.closers.includes(char)) : -1
    if (depth !== -1) {
      closing.set(open[depth]!.at, i)
      for (const abandoned of open.splice(depth)) count(abandoned.closers, -1)
    } else if (CLOSING_QUOTES[char] !== undefined) {
      open.push({ at: i, closers: CLOSING_QUOTES[char] })
      count(CLOSING_QUOTES[char], 1)
    }
  }
  let out = ''
  let closesAt = -1
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (closesAt === -1 && closing.has(i)) {
      closesAt = closing.get(i)!
      out += '"'
    } else if (i === closesAt) {
      closesAt = -1
      out += '"'
    } else out += QUOTE_MARK.test(char) ? ' ' : char
  }
  return out
}

/**
 * Operators as people type them into search boxes, between loose words: OR (or «или», «немесе», |) lets either word
 * do, AND («және», &) says what is meant anyway, a word after NOT or a minus (-балет) must be absent, and a star
 * after a word (muse*) lets any word beginning so do.
 */
const OR_WORDS = new Set(['or', 'или', 'немесе', '|'])
/** Whether a typed word is OR, «или», «немесе» or |: the words either side of it are either of them. */
export const isOrWord = (typed: string | undefined): boolean => typed !== undefined && OR_WORDS.has(searchLowerCase(typed))
const AND_WORDS = new Set(['and', 'және', '&', '&&'])
const NOT_WORD = 'NOT'
const MINUS = /^[-−]/
const STAR = /\*$/
/** A shorter start («те*», "mu*") would gather much of the index: the word is searched as typed. */
const MIN_PREFIX_LETTERS = 4

/**
 * The terms a loose word is found by: its stems, and a noun's forms that drop its last vowel («посол»: «посла»), and
 * typed in Kazakh Latin letters its Cyrillic readings' too (cyrillicReadings).
 */
const looseWordTerms = (word: string, readings: readonly string[]): string[] =>
  [...new Set([word, ...readings].flatMap((w) => [...wordStems(w), ...fleetingVowelForms(w)]))]

/** A quoted phrase ("…", as normalizeQuotes leaves every phrase), with a minus before it or not, or a run of other typed characters. */
const QUERY_PART = /([-−]?)"([^"]*)"|[^\s"]+/g

/**
 * Bounds the ways of the phrases OR joins into one phrase clause: each is one more phrase for the index to find (a phrase typed
 * in Kazakh Latin letters has up to three: cyrillicReadings). A phrase past them is not searched, nor any alternative after it.
 */
const MAX_JOINED_WAYS = 8
/**
 * Bounds the words OR joins to a phrase (or a phrase to): each is looked for again in the text of every candidate the index finds
 * (phrase_in_place(), db/database.ts), slower the more terms they have; a word past them is not searched, nor any alternative after it.
 * /search's 200 characters hold about 22; /export's 4,000 held 460, which took 12 s to count 10,000 items at 100,000 where the
 * words alone took 0.3 s. Words OR joined among themselves are the index's alone to find, and are not bounded.
 */
const MAX_PHRASE_WORDS = 24

/**
 * A query's clauses; how many alternatives joined by OR were searched where more were typed than MAX_JOINED_WAYS allows (else
 * null); and how many of its words and phrases were, where it had more than MAX_CLAUSES (else null).
 */
export interface ReadSearchQuery {
  clauses: SearchClause[]
  searchedAlternatives: number | null
  searchedClauses: number | null
  /** The query had words or phrases to leave out and nothing else («-музей», `NOT museum`): `clauses` is empty, as there is nothing to look for. */
  isLeavingOutOnly: boolean
}

/**
 * The clauses of a query, in the order typed, phrases first: a word joined to the one before by OR adds its terms (a starred
 * word its starts) to that word's clause or phrase's (either then satisfies it); a phrase joined by OR to a phrase or to words
 * makes one phrase clause of their ways and the words' terms and starts, each matched as its own kind of clause matches it; a word
 * of several («Абу-Даби») OR joins as the phrase of its words.
 */
function queryClauses(input: string, typing: KazakhTyping | null): Omit<ReadSearchQuery, 'searchedClauses' | 'isLeavingOutOnly'> {
  const clauses: SearchClause[] = []
  let isOr = false
  let isNot = false
  // The alternatives the last clause holds, how many of them are words, and whether one was cut from it (every one after it is then cut too).
  let alternatives = 0
  let wordAlternatives = 0
  let isCut = false
  let searchedAlternatives: number | null = null
  const push = (clause: SearchClause): void => {
    clauses.push(clause)
    alternatives = 1
    wordAlternatives = clause.kind === 'phrase' ? 0 : 1
    isCut = false
  }
  // The last clause with `ways` more phrases or `terms` and `starts` more words, any of which will do.
  const joinLast = (ways: readonly PhraseWord[][], terms: readonly string[], starts: readonly string[]): void => {
    const last = clauses.at(-1)!
    const lastWays = last.kind === 'phrase' ? last.ways : []
    const joinedWords = wordAlternatives + (ways.length === 0 ? 1 : 0)
    if (isCut || lastWays.length + ways.length > MAX_JOINED_WAYS || (lastWays.length + ways.length > 0 && joinedWords > MAX_PHRASE_WORDS)) {
      isCut = true
      searchedAlternatives = Math.min(searchedAlternatives ?? alternatives, alternatives)
      return
    }
    alternatives += 1
    wordAlternatives = joinedWords
    const anyTerms = [...new Set([...(last.kind === 'word' || last.kind === 'phrase' ? (last.terms ?? []) : []), ...terms])]
    const anyStarts = [...new Set([...(last.kind === 'word' || last.kind === 'prefix' || last.kind === 'phrase' ? (last.starts ?? []) : []), ...starts])]
    const anyWords = { ...(anyTerms.length > 0 ? { terms: anyTerms } : {}), ...(anyStarts.length > 0 ? { starts: anyStarts } : {}) }
    clauses[clauses.length - 1] =
      lastWays.length + ways.length > 0
        ? { kind: 'phrase', ways: [...lastWays, ...ways], ...anyWords }
        : anyTerms.length === 0
          ? { kind: 'prefix', starts: anyStarts }
          : { kind: 'word', terms: anyTerms, ...(anyStarts.length > 0 ? { starts: anyStarts } : {}) }
  }
  // A phrase's ways to be written: its words, one-letter ones too («Дни культуры Казахстана в России» has its «в» between the
  // others), and typed in Kazakh Latin letters its Cyrillic readings'.
  const phraseWaysOf = (text: string): PhraseWord[][] => {
    const lower = searchLowerCase(text)
    return [lower.match(TOKEN) ?? [], ...cyrillicReadings(lower, typing).map((reading) => reading.match(TOKEN) ?? [])].map(phraseWords)
  }
  const parts = [...input.matchAll(QUERY_PART)]
  for (const [at, [part, minus, phrase]] of parts.entries()) {
    if (phrase !== undefined) {
      const ways = phraseWaysOf(phrase)
      if (ways[0]!.length > 0) {
        if (isNot || minus !== '') clauses.push({ kind: 'without-phrase', ways })
        else if (isOr) joinLast(ways, [], [])
        else push({ kind: 'phrase', ways })
      }
      isOr = false
      isNot = false
      continue
    }
    const lower = searchLowerCase(part)
    if (OR_WORDS.has(lower)) isOr = clauses.length > 0 && !clauses.at(-1)!.kind.startsWith('without')
    else if (part === NOT_WORD) isNot = true
    else if (!AND_WORDS.has(lower)) {
      const isWithout = isNot || MINUS.test(part)
      const words = searchWords(part)
      // A word of several («Абу-Даби», «Нур-Султан») joined by OR to what stands before or after it is one alternative, found as the
      // phrase its words make: not its first word required and its last one OR joined, nor either word alone.
      const next = parts[at + 1]
      const isJoinedAfter = next !== undefined && next[2] === undefined && isOrWord(next[0]) && parts[at + 2] !== undefined
      if (!isWithout && !STAR.test(part) && words.length > 1 && (isOr || isJoinedAfter)) {
        const ways = phraseWaysOf(part)
        if (isOr) joinLast(ways, [], [])
        else push({ kind: 'phrase', ways })
        isOr = false
        continue
      }
      for (const word of words) {
        const readings = cyrillicReadings(word, typing)
        const stems = STAR.test(part) ? [word, ...readings].flatMap(wordStems) : []
        const starts = [...new Set(stems.filter((stem) => [...stem].length >= MIN_PREFIX_LETTERS))]
        const terms = starts.length > 0 ? [] : looseWordTerms(word, readings)
        // Either word will do, a starred one too («muse* OR opera»), or a phrase («"Дни культуры" OR музе*»): one clause holds both.
        if (isWithout) clauses.push({ kind: 'without', terms: looseWordTerms(word, readings) })
        else if (isOr) joinLast([], terms, starts)
        else if (starts.length > 0) push({ kind: 'prefix', starts })
        else push({ kind: 'word', terms })
      }
      isOr = false
      isNot = false
    }
  }
  return { clauses: [...clauses.filter((clause) => clause.kind === 'phrase'), ...clauses.filter((clause) => clause.kind !== 'phrase')], searchedAlternatives }
}

/**
 * A query read (as pasted: invisible characters dropped): its clauses, all of which must hold, an empty list when nothing
 * searchable is left, or nothing but words to leave out; and how many alternatives joined by OR were searched, and how many
 * of its words and phrases (phrases first, then the words as typed), when some were cut.
 */
export function readSearchQuery(typed: string): ReadSearchQuery {
  const input = withKazakhLatinCapitalI(normalizeQuotes(cleanTypedWords(typed)))
  const typing = kazakhTypingOf(searchLowerCase(input))
  const clauses: SearchClause[] = []
  const seen = new Set<string>()
  const read = queryClauses(input, typing)
  for (const clause of read.clauses) {
    const key = JSON.stringify(clause)
    if (!seen.has(key)) clauses.push(clause)
    seen.add(key)
  }
  const searched = clauses.slice(0, MAX_CLAUSES)
  return searched.some((clause) => !clause.kind.startsWith('without'))
    ? { clauses: searched, searchedAlternatives: read.searchedAlternatives, searchedClauses: clauses.length > MAX_CLAUSES ? MAX_CLAUSES : null, isLeavingOutOnly: false }
    : { clauses: [], searchedAlternatives: null, searchedClauses: null, isLeavingOutOnly: clauses.length > 0 }
}

/** The clauses of a query (readSearchQuery), all of which must hold. */
export const parseSearchQuery = (typed: string): SearchClause[] => readSearchQuery(typed).clauses

/** An item's text as the matcher reads it. */
export interface MatchableText {
  /** Whether one of the text's terms (textTerms) is one of `terms` or begins with one of `starts`. */
  hasTerm(terms: readonly string[], starts: readonly string[]): boolean
  /** The texts a phrase is looked for in (readPhraseText): the text, and a Kazakh Latin one's Cyrillic reading (kazakhCyrillicReading) when the text has not the phrase. */
  phraseTexts(): PhraseTexts
}

/** A text as a phrase is looked for in it, and its Cyrillic reading, worked out only when asked for (null: no Kazakh Latin). */
export interface PhraseTexts {
  text: string
  reading(): string | null
}

/** The PhraseTexts of an item's text. */
export function phraseTextsOf(text: string): PhraseTexts {
  let reading: string | null | undefined
  return {
    text: readPhraseText(text),
    reading: () => {
      if (reading === undefined) {
        const cyrillic = kazakhCyrillicReading(text)
        reading = cyrillic === null ? null : readPhraseText(cyrillic)
      }
      return reading
    },
  }
}

const hasTermIn = (found: Iterable<string>, terms: readonly string[], starts: readonly string[]): boolean => {
  for (const term of found) if (terms.includes(term) || starts.some((start) => term.startsWith(start))) return true
  return false
}

/** A text matched against many searches (a new item against every keyword topic): all its terms, worked out once on first use. */
export function matchableText(text: string, cache?: StemCache): MatchableText {
  let terms: Set<string> | undefined
  let phraseTexts: PhraseTexts | undefined
  return {
    hasTerm: (wanted, starts) => {
      terms ??= textTerms(text, cache)
      return wanted.some((t) => terms!.has(t)) || (starts.length > 0 && hasTermIn(terms, [], starts))
    },
    phraseTexts: () => (phraseTexts ??= phraseTextsOf(text)),
  }
}

/**
 * A text matched against one search (a candidate the index found for it: db/database.ts), read no further than it
 * must: only its words that may have a term asked for are stemmed, found by the term's first letters (termHeadPattern).
 * The same answers as matchableText's, at a few microseconds a text where stemming all its words took a hundred and more.
 */
export function scannedText(text: string, stems: StemCache, cache: PhraseCache): MatchableText {
  let lower: string | undefined
  // The Cyrillic reading of a Kazakh Latin text (kazakhCyrillicReading), in lower case: null for any other text.
  let readingLower: string | null | undefined
  let phraseTexts: PhraseTexts | undefined
  return {
    hasTerm: (wanted, starts) => {
      const heads = cache.termHeadPattern([...wanted, ...starts].map(termHead).join(' '))
      if (heads === null) return matchableText(text, stems).hasTerm(wanted, starts)
      // As searchWords reads the text, so that each word found is one of its words.
      lower ??= searchLowerCase(text)
      if (hasTermScanned(lower, heads, wanted, starts, stems)) return true
      if (readingLower === undefined) {
        const reading = kazakhCyrillicReading(text)
        readingLower = reading === null ? null : searchLowerCase(reading)
      }
      return readingLower !== null && hasTermScanned(readingLower, heads, wanted, starts, stems)
    },
    phraseTexts: () => (phraseTexts ??= phraseTextsOf(text)),
  }
}

/** Whether a word of a lower-case text found by `heads` (termHeadPattern) has one of `wanted` or a term beginning with one of `starts`. */
function hasTermScanned(lower: string, heads: RegExp, wanted: readonly string[], starts: readonly string[], stems: StemCache): boolean {
  heads.lastIndex = 0
  for (let found = heads.exec(lower); found !== null; found = heads.exec(lower)) {
    if (isWordBefore(lower, found.index)) continue
    WHOLE_WORD.lastIndex = found.index
    const word = WHOLE_WORD.exec(lower)![0]
    if ((word.length > 1 || /\p{N}/u.test(word)) && hasTermIn(cachedWordStems(word, stems), wanted, starts)) return true
  }
  return false
}

const COMBINING_MARK = /[\u0300-\u036f]/
/** A text with its accents composed (é, not e and a mark), as the index reads its letters. */
const readPhraseText = (text: string): string => (COMBINING_MARK.test(text) ? text.normalize('NFC') : text)

/** Letters as SQL folded the index's `words` before search_words() (migration 2026_12_05_1900): ё as е, ı as i. */
const foldIndexedLetters = (text: string): string => (/[ёЁı]/.test(text) ? text.replaceAll('ё', 'е').replaceAll('Ё', 'Е').replaceAll('ı', 'i') : text)

/**
 * The `words` column the index keeps for an item's text (search_words(), db/database.ts): the text with its letters
 * folded as a phrase compares them (foldPhraseLetters; the tokenizer drops the accents and the case), and a Kazakh Latin
 * text's Cyrillic reading after it (kazakhCyrillicReading), where a phrase typed in either script finds its words.
 */
export function indexedWords(text: string): string {
  const reading = kazakhCyrillicReading(text)
  return reading === null ? foldIndexedLetters(text) : `${foldIndexedLetters(text)}\n${foldIndexedLetters(reading)}`
}

/** Every letter of the scripts searched, by what it folds to in a phrase (lower case, foldPhraseLetters): «е» is «еЕёЁ». */
const LETTERS_FOLDED_TO: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>()
  const ranges = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x531, 0x587], [0x1e00, 0x1eff]] as const
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const letter = String.fromCharCode(code)
      const folded = foldPhraseLetters(lowerCaseDotless(letter))
      if (folded.length === 1 && /\p{L}/u.test(letter)) variants.set(folded, (variants.get(folded) ?? '') + letter)
    }
  }
  return variants
})()

/** Where a word beginning with one of `starts` (as a phrase compares letters; space-separated) stands in a text as written. */
function startPattern(starts: string): RegExp {
  const patterns = starts.split(' ').map((start) =>
    [...start]
      .map((letter) => {
        const variants = LETTERS_FOLDED_TO.get(letter)
        return variants ? `[${variants.replace(/[\\\]^-]/g, '\\$&')}]` : letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join(''),
  )
  // No lookbehind for the word's beginning: it made the scan ten times slower (hasPhraseInPlace checks it).
  return new RegExp(patterns.length === 1 ? patterns[0]! : `(?:${patterns.join('|')})`, 'gu')
}

/** What the phrase check works out once and reads again and again: each word's stems (bareStems, wordStems), each word start's pattern, each scan's (scannedText). */
export interface PhraseCache {
  bare(word: string): readonly string[]
  terms(word: string): readonly string[]
  startPattern(starts: string): RegExp
  termHeadPattern(heads: string): RegExp | null
}

/** A PhraseCache that forgets all it holds past `max` entries of a kind. */
export function createPhraseCache(max = 100_000): PhraseCache {
  // A Map filled as words come, not lru-cache: that allocates its `max` slots up front, and a keyword
  // matcher makes a cache for every item it matches.
  const cached = <T>(make: (key: string) => T) => {
    const seen = new Map<string, T>()
    return (key: string) => {
      let value = seen.get(key)
      if (value === undefined) {
        if (seen.size >= max) seen.clear()
        value = make(key)
        seen.set(key, value)
      }
      return value
    }
  }
  return { bare: cached(bareStems), terms: cached(wordStems), startPattern: cached(startPattern), termHeadPattern: cached(termHeadPattern) }
}

function isWordAt(word: PhraseWord, written: string, cache: PhraseCache): boolean {
  const lower = lowerCaseDotless(written)
  const folded = foldPhraseLetters(lower)
  if (!word.starts.some((start) => folded.startsWith(start))) return false
  switch (word.kind) {
    case 'exact':
      return word.starts.includes(folded)
    case 'short':
      return cache.bare(lower).some((s) => word.stems.includes(s)) || cache.terms(lower).some((t) => word.terms.includes(t))
    case 'long':
      return cache.terms(lower).some((t) => word.terms.includes(t))
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u
/** The next word from lastIndex on, past what separates it. */
const NEXT_WORD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+)/uy

/**
 * Whether the words stand side by side, in order, somewhere in the text (readPhraseText), each word in
 * its place a form of the phrase's. The text is searched for the first word's start alone, as written
 * (any case, ё for е …), and only the words after where it is found are read: the check runs on every
 * candidate of a page or a capped count, and most texts hold the start once or twice.
 */
export function hasPhraseInPlace(text: string, words: readonly PhraseWord[], cache: PhraseCache): boolean {
  const first = words[0]
  if (first === undefined) return false
  const starts = cache.startPattern(first.starts.join(' '))
  starts.lastIndex = 0
  for (let found = starts.exec(text); found !== null; found = starts.exec(text)) {
    if (found.index > 0 && WORD_CHAR.test(text[found.index - 1]!)) continue
    NEXT_WORD.lastIndex = found.index
    if (words.every((word) => isWordAt(word, NEXT_WORD.exec(text)?.[1] ?? '', cache))) return true
  }
  return false
}

/** A phrase clause's ways to be written (any will do): as typed, typed in Kazakh Latin in Cyrillic too, and those OR joins to it. */
export type PhraseWays = readonly (readonly PhraseWord[])[]

/** Whether the text, or a Kazakh Latin text's Cyrillic reading, holds the phrase in any of its ways. */
function hasPhraseWaysInPlace(texts: PhraseTexts, ways: PhraseWays, cache: PhraseCache): boolean {
  if (ways.some((words) => hasPhraseInPlace(texts.text, words, cache))) return true
  const reading = texts.reading()
  return reading !== null && ways.some((words) => hasPhraseInPlace(reading, words, cache))
}

/** A phrase clause: its ways, and the words OR joined to it (SearchClause's 'phrase'). */
export type PhraseClause = Extract<SearchClause, { kind: 'phrase' }>

/** Whether a text holds a phrase clause: one of the words OR joined to it, as a 'word' clause finds them, or the phrase in one of its ways. */
function holdsPhraseClause(text: MatchableText, clause: Omit<PhraseClause, 'kind'>, cache: PhraseCache): boolean {
  const { terms = [], starts = [] } = clause
  return ((terms.length > 0 || starts.length > 0) && text.hasTerm(terms, starts)) || hasPhraseWaysInPlace(text.phraseTexts(), clause.ways, cache)
}

/**
 * Whether a text holds every phrase clause (a phrase in one of its ways, or a word OR joined to it), and none of the `absent`
 * phrases (the search index finds the candidates, this settles them: db/database.ts).
 */
export function hasPhrasesInPlace(text: MatchableText, phrases: readonly Omit<PhraseClause, 'kind'>[], absent: readonly PhraseWays[], cache: PhraseCache): boolean {
  return phrases.every((clause) => holdsPhraseClause(text, clause, cache)) && !absent.some((ways) => hasPhraseWaysInPlace(text.phraseTexts(), ways, cache))
}

/**
 * How many first letters of a term the scan looks for. Every term of four letters or more a word gets (wordStems) begins
 * with the first three letters of the word as one of its spellings writes it: the Russian and Kazakh stemmers only cut
 * endings, and the English one rewrites a suffix only past its region R1 (the third letter at the earliest), keeping the
 * suffix's first letter, or a final y past the first letter. That y is the third letter of a three-letter word («why»
 * is «whi»), whose term keeps two.
 */
const TERM_HEAD_LETTERS = 3
function termHead(term: string): string {
  const letters = [...term]
  return letters.slice(0, letters.length > TERM_HEAD_LETTERS ? TERM_HEAD_LETTERS : TERM_HEAD_LETTERS - 1).join('')
}

/**
 * Code points whose letters spell a term's letters another way (termSpellingsOf), and every code point that does so for
 * a letter among them: Latin, Greek, Cyrillic and Armenian with their accented forms, and the letter-like symbols (K, Å).
 * A term beginning with any other letter is matched against all the text's terms (scannedText).
 */
const SPELLED_RANGES: readonly (readonly [from: number, to: number])[] = [[0, 0x250], [0x370, 0x590], [0x1e00, 0x2000], [0x2100, 0x2150]]
/** Whether a code point lies in SPELLED_RANGES, the letters the scan reads. */
export const isSpelledLetter = (code: number): boolean => SPELLED_RANGES.some(([from, to]) => code >= from && code < to)

/** Each spelling a term gives a letter of SPELLED_RANGES other than the letter itself («e», «sh»), with the letters it spells so («éèêë…», «şŞ»). */
const LETTERS_BY_TERM_SPELLING: ReadonlyMap<string, string> = (() => {
  const letters = new Map<string, string>()
  for (const [from, to] of SPELLED_RANGES) {
    for (let code = from; code < to; code += 1) {
      const letter = String.fromCharCode(code)
      if (!WORD_CHAR.test(letter)) continue
      for (const spelled of termSpellingsOf(letter)) if (spelled !== letter && spelled !== '') letters.set(spelled, (letters.get(spelled) ?? '') + letter)
    }
  }
  return letters
})()

const classOf = (letters: string): string => `[${letters.replace(/[\\\]^-]/g, '\\$&')}]`

/** A regex source for the letters of a lower-case text that a term beginning with `head` may have been read from. */
function headSource(head: string): string {
  const [first = '', ...rest] = [...head]
  if (first === '') return ''
  const tail = rest.join('')
  let single = first
  const ways: string[] = []
  for (const [spelled, letters] of LETTERS_BY_TERM_SPELLING) {
    if (spelled === first || (tail === '' && spelled.startsWith(first))) single += letters
    else if (head.startsWith(spelled)) ways.push(`${classOf(letters)}${headSource(head.slice(spelled.length))}`)
    else if (spelled.startsWith(head)) ways.push(classOf(letters))
  }
  ways.unshift(`${classOf(single)}${headSource(tail)}`)
  return ways.length === 1 ? ways[0]! : `(?:${ways.join('|')})`
}

/** Where a word may begin whose terms begin with one of `heads` (space-separated), or null when one has a letter past SPELLED_RANGES. */
function termHeadPattern(heads: string): RegExp | null {
  const all = [...new Set(heads.split(' '))]
  if (all.some((head) => [...head].some((letter) => !isSpelledLetter(letter.codePointAt(0)!)))) return null
  return new RegExp(all.map(headSource).join('|'), 'gu')
}

const WHOLE_WORD = /[\p{L}\p{N}]+/uy
/** Whether a letter or digit stands right before `index` (a whole code point: a surrogate pair is one). */
function isWordBefore(text: string, index: number): boolean {
  if (index === 0) return false
  const unit = text.charCodeAt(index - 1)
  const before = unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!
  return WORD_CHAR.test(before)
}

/** True when the text satisfies every clause (as the search index would find it). */
export function matchesSearchQuery(clauses: readonly SearchClause[], text: MatchableText, cache: PhraseCache = createPhraseCache()): boolean {
  if (clauses.length === 0) return false
  return clauses.every((clause) => {
    switch (clause.kind) {
      case 'word':
        return text.hasTerm(clause.terms, clause.starts ?? [])
      case 'without':
        return !text.hasTerm(clause.terms, [])
      case 'prefix':
        return text.hasTerm([], clause.starts)
      case 'phrase':
        return holdsPhraseClause(text, clause, cache)
      case 'without-phrase':
        return !hasPhraseWaysInPlace(text.phraseTexts(), clause.ways, cache)
    }
  })
}
