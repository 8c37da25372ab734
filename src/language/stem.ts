import snowball from 'snowball-stemmers'
import { kazakhStems, peelKazakhEndings, stemKazakh } from './kazakh.js'
import { foldKazakhLatin, isKazakhLatin, kazakhLatinAlphabetOf, latinToCyrillic } from './kazakh-latin.js'
import { searchWords, withoutLatinAccents } from './normalize.js'
import { isStopWord } from './stop-words.js'

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

/**
 * The ways the terms of a word (wordStems) write one of its letters, as a lower-case text has it: «é» as «e», «й» as
 * «и», Kazakh Latin's «ş» as «s» or «sh», most letters only as themselves (spellings, foldLikeIndex).
 */
export function termSpellingsOf(letter: string): string[] {
  const w = letter.replaceAll('ё', 'е')
  return [...new Set([w, withoutLatinAccents(w), foldKazakhLatin(w)].map(foldLikeIndex))]
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

/** Snowball's Russian stem read past a syllable (bareStems): its stemmer cuts only past a word's first vowel (its RV region), which leaves a short word whole. */
const russianBareStem = (word: string): string => russian.stem(`${RV_OPENING}${word}`).slice(RV_OPENING.length)

/** An ending that shows the consonant before it soft («дни», «дня», «днём»: день) or hard («дно», «дна», «дном»: дно); a lone «е» is both («о дне»). */
const SOFT_ENDING = /^(?:[яюиь]|е.)/
const HARD_ENDING = /^[аоуы]/

/**
 * A Russian stem of two letters, which two words may share («дн» of «дни» and «дно»), marked with whether
 * the ending shows its last consonant soft (ь) or hard (ъ), as every form of one word does.
 */
function russianBareStems(word: string): string[] {
  const stem = russianBareStem(word)
  if (stem.length > SHORT_STEM_LENGTH) return [stem]
  const ending = word.slice(stem.length)
  if (SOFT_ENDING.test(ending)) return [`${stem}ь`]
  return HARD_ENDING.test(ending) ? [`${stem}ъ`] : [`${stem}ь`, `${stem}ъ`]
}

/**
 * The stems a phrase's word whose stem is shorter than four letters is matched by (search-query.ts), and the
 * text's word in its place: without the four-letter minimum a loose word keeps, so «дни» is «дн», as «днях»
 * and «дней» are (but not «дно», whose «н» is hard), «годы» «год» as «годами», «күн» «күндері», "days" "day".
 */
export function bareStems(word: string): string[] {
  const stems = spellings(word).flatMap((f) => {
    if (!CYRILLIC.test(f)) return LATIN.test(f) ? [english.stem(f)] : [f]
    const kazakh = peelKazakhEndings(f, SHORT_STEM_LENGTH)
    return KAZAKH_LETTERS.test(f) ? kazakh : [...russianBareStems(f), ...kazakh]
  })
  return [...new Set(stems.filter((stem) => stem.length >= SHORT_STEM_LENGTH).map(foldLikeIndex))]
}

/** Russian noun endings (Snowball's), by whether they show the consonant before them soft or hard; «е» is both. */
const RUSSIAN_SOFT_ENDINGS = ['я', 'ю', 'и', 'ь', 'е', 'ей', 'ем', 'ею', 'ям', 'ями', 'ях', 'ью']
const RUSSIAN_HARD_ENDINGS = ['а', 'у', 'ы', 'о', 'е', 'ом', 'ой', 'ою', 'ам', 'ами', 'ах', 'ов']

/**
 * The terms of every form of a Russian word whose stem is two letters («дн» of «дни», «сн» of «сны»), or null for
 * any other word. So short a stem is two words' («дни», «дно») and begins many more («днк»), so the index's
 * two-letter prefix would gather them all for a phrase to read: the word is found by its forms instead, each
 * ending as the word's own shows its consonant (soft: «дня», «днях», «днём»; hard: «дна», «дном»).
 */
export function twoLetterStemForms(word: string): string[] | null {
  const [w = ''] = spellings(word)
  if (!CYRILLIC.test(w) || KAZAKH_LETTERS.test(w)) return null
  const stem = russianBareStem(w)
  if (stem.length !== SHORT_STEM_LENGTH || !w.startsWith(stem)) return null
  const ending = w.slice(stem.length)
  const endings = SOFT_ENDING.test(ending) ? RUSSIAN_SOFT_ENDINGS : HARD_ENDING.test(ending) ? RUSSIAN_HARD_ENDINGS : [...RUSSIAN_SOFT_ENDINGS, ...RUSSIAN_HARD_ENDINGS]
  return [...new Set([w, ...endings.map((e) => stem + e)].flatMap(wordStems))]
}

/** A noun whose vowel before its last consonant drops in its other forms: «посол», «рынок», «дворец» (hard), «день», «уровень» (soft). */
const FLEETING_VOWEL_HARD = /^(.*[бвгджзклмнпрстфхцчшщ])([оеё])([клрц])$/
const FLEETING_VOWEL_SOFT = /^(.*[бвгджзклмнпрстфхцчшщ])е([лн])ь$/
/**
 * The endings of a hard noun's other forms, as Russian spells them after its last consonant: «и» after «к»
 * («рынки»), «ы» after «л», «р», «ц» («послы», «углы», «дворцы»: «угли» is coals', not «угол»'s), «-ем», «-ев» only
 * after «ц», where an unstressed ending takes them («американцем», «американцев»).
 */
const FLEETING_HARD_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  к: ['а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'],
  л: ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  р: ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  ц: ['а', 'у', 'ом', 'ем', 'е', 'ы', 'ов', 'ев', 'ам', 'ами', 'ах'],
}
const FLEETING_SOFT_ENDINGS = ['я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях']
/** The past of a verb of going («шёл», «прошёл», «вышел»), which the hard pattern reads as a noun: its forms are another word's («в прошлом году»). */
const PAST_OF_GOING = /ш[её]л$/
/**
 * Nouns of that shape whose vowel stays («урока», «ступени») and whose forms without it are another word's:
 * «урки», «порка», «ступни» (feet). A noun whose forms would be no word needs no place here (PAST_OF_GOING's comment).
 */
const VOWEL_STAYS = new Set(['урок', 'порок', 'ступень'])

/**
 * The other forms of a Russian noun whose last vowel drops in them («посол»: «посла», «послом»; «день»:
 * «дня», «днях»; «уровень»: «уровне»), which Snowball stems apart from it («посол», «посл»). They are
 * looked up as whole words, as the index also keeps them: their stem, «посл», is «после»'s too, and a
 * form that is a common word («после») is left out, as is a verb of going's past («прошёл»: «прошлом»).
 * A noun whose vowel stays («стол», «поток») gets forms no text has («стла», «потка»): they find nothing,
 * but for the few whose forms are another word's (VOWEL_STAYS). A word in «-ек» has no «-ке»: that is a
 * Kazakh word's dative (Kazakh «киім-кешек», clothes, would find «кешке», in the evening), where the Russian
 * lost is a diminutive's «о кружке» only, its other forms kept («кружек» finds «кружка», «кружки»).
 */
export function fleetingVowelForms(word: string): string[] {
  const [w = ''] = spellings(word)
  if ([...w].length < 4 || KAZAKH_LETTERS.test(w) || PAST_OF_GOING.test(w) || VOWEL_STAYS.has(w)) return []
  const hard = FLEETING_VOWEL_HARD.exec(w)
  if (hard) {
    const [, before = '', vowel = '', consonant = ''] = hard
    const endings = FLEETING_HARD_ENDINGS[consonant]!.filter((ending) => !(vowel === 'е' && consonant === 'к' && ending === 'е'))
    return endings.map((ending) => foldLikeIndex(before + consonant + ending)).filter((form) => !isStopWord(form))
  }
  const soft = FLEETING_VOWEL_SOFT.exec(w)
  if (!soft) return []
  const [, before = '', consonant = ''] = soft
  return FLEETING_SOFT_ENDINGS.map((ending) => foldLikeIndex(before + consonant + ending)).filter((form) => !isStopWord(form))
}

const shortest = (words: readonly string[]): string => words.reduce((a, b) => (b.length < a.length ? b : a))

/**
 * How many letters every form of a word begins with, as a phrase looks it up (search-query.ts): its Russian
 * or English stem (bareStems), or the shortest a Kazakh word's endings peel down to. «годы» 3 («год»), «дни» 2,
 * "arts" 3, «елдің» 2 («ел»), «театра» 5.
 */
export function leadingStemLength(word: string): number {
  const [w = ''] = spellings(word)
  const stem = !CYRILLIC.test(w) ? (LATIN.test(w) ? english.stem(w) : w) : KAZAKH_LETTERS.test(w) ? shortest(peelKazakhEndings(w, SHORT_STEM_LENGTH)) : russianBareStem(w)
  // English gives "citi" for "cities", "happi" for "happy": only the letters the word itself begins with.
  let shared = 0
  while (shared < stem.length && stem[shared] === w[shared]) shared += 1
  return shared
}

/** Remembers the terms of the words seen last; a text's words repeat across articles (Zipf). */
export type StemCache = Map<string, readonly string[]>
const MAX_CACHED_WORDS = 100_000

/** wordStems(word), remembered in `cache`. */
export function cachedWordStems(word: string, cache: StemCache): readonly string[] {
  let stems = cache.get(word)
  if (!stems) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear()
    stems = wordStems(word)
    cache.set(word, stems)
  }
  return stems
}

/** Kazakh Latin's own letters (kazakh-latin.ts): a text without one is never read as Kazakh Latin, and is told so without reading its words. */
const KAZAKH_LATIN_LETTER = /[áǵıńóúýqäñūÁǴŃÓÚÝQÄÑŪ]/

/**
 * A text written in Kazakh's Latin letters (isKazakhLatin: Kazinform's Latin edition) in Cyrillic, which search reads
 * besides the text, so that a word typed in either script finds it («мәдениет» finds «mádenıettiń», and by Kazakh's
 * endings); null for any other text: an English or a Russian one keeps its Latin words Latin (a Russian «банк» finds no "bank").
 */
export function kazakhCyrillicReading(text: string): string | null {
  if (!KAZAKH_LATIN_LETTER.test(text)) return null
  // An item's text is read twice in a row when it is indexed (search_terms(), search_words()).
  if (text !== lastRead.text) lastRead = { text, reading: isKazakhLatin(text) ? readInCyrillic(text) : null }
  return lastRead.reading
}
let lastRead: { text: string; reading: string | null } = { text: '', reading: null }

function readInCyrillic(text: string): string {
  const alphabet = kazakhLatinAlphabetOf(text)
  const words = alphabet === 2018 ? READ_2018 : READ_2021
  if (words.size >= MAX_CACHED_WORDS) words.clear()
  // Word by word, as latinToCyrillic reads a text (no Latin letter reads differently for what stands past its word), each word read once:
  // a text's words repeat across articles (Zipf), and the index, the keyword matcher and the walks settling a search all read it.
  return text.replace(LETTERS, (word) => {
    let read = words.get(word)
    if (read === undefined) words.set(ownCopy(word), (read = latinToCyrillic(word, alphabet)))
    return read
  })
}
/**
 * A word as a string of its own: V8 cuts a longer match out of its text as a view of it, and a map remembering that view
 * kept the whole text alive (3,000 texts of 3 KB read, two new words each: 19 MB held, against under 1 MB copied).
 */
const ownCopy = (word: string): string => (word.length < 13 ? word : [...word].join(''))
/** Latin letters, ı and İ among them (a class, not \\p{L}: a third of the time); latinToCyrillic passes any other through. */
const LETTERS = /[A-Za-z\u00c0-\u024f]+/g
/** Words read in Cyrillic, by the alphabet they were read in. */
const READ_2018 = new Map<string, string>()
const READ_2021 = new Map<string, string>()

/** The distinct terms of a text, as the search index keeps them for an item: its words' and, in Kazakh Latin, its Cyrillic reading's (kazakhCyrillicReading). */
export function textTerms(text: string, cache: StemCache = new Map()): Set<string> {
  const terms = new Set<string>()
  const reading = kazakhCyrillicReading(text)
  for (const read of reading === null ? [text] : [text, reading]) {
    for (const word of searchWords(read)) for (const stem of cachedWordStems(word, cache)) terms.add(stem)
  }
  return terms
}
