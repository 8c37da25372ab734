import { codeUnitAt } from './code-unit.js'
import { lowerCaseDotless } from './normalize.js'

/*
 * Kazakh in the Latin alphabet: the 2018 alphabet that Kazinform's Latin edition uses (á ǵ ı ń
 * ó ú ý q sh ch) and the official 2021 one (ä ğ ñ ö ş ç ū ü), in which ı is і, i is и or й and u
 * is у. Latin text is turned into Cyrillic so that every Kazakh word list, written once in
 * Cyrillic, reads both scripts.
 */

const VOWELS_LATIN = new Set([...'aáeéiıoóuúyýäöüūAÁEÉIİOÓUÚYÝÄÖÜŪ'])
const CYRILLIC_VOWELS = new Set([...'аәеёиоөуұүыіэюя'])

/** Single Latin letters; ı and the digraphs are handled in `latinToCyrillic`. */
const LATIN_LETTER: Readonly<Record<string, string>> = {
  a: 'а', á: 'ә', ä: 'ә', b: 'б', c: 'ц', d: 'д', e: 'е', é: 'е', f: 'ф', g: 'г', ǵ: 'ғ', ğ: 'ғ', h: 'х', i: 'і', j: 'ж',
  k: 'к', l: 'л', m: 'м', n: 'н', ń: 'ң', ñ: 'ң', o: 'о', ó: 'ө', ö: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', ç: 'ч',
  t: 'т', u: 'ұ', ū: 'ұ', ú: 'ү', ü: 'ү', v: 'в', w: 'у', x: 'кс', y: 'ы', ý: 'у', z: 'з',
}

const CYRILLIC_LETTER: Readonly<Record<string, string>> = {
  а: 'a', ә: 'á', б: 'b', в: 'v', г: 'g', ғ: 'ǵ', д: 'd', е: 'e', ё: 'ıo', ж: 'j', з: 'z', и: 'ı', й: 'ı', к: 'k', қ: 'q',
  л: 'l', м: 'm', н: 'n', ң: 'ń', о: 'o', ө: 'ó', п: 'p', р: 'r', с: 's', т: 't', у: 'ý', ұ: 'u', ү: 'ú', ф: 'f', х: 'h',
  һ: 'h', ц: 's', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'ıý', я: 'ıa',
}

/** The 2021 alphabet's letters where they differ from the 2018 one's; ı, i and the iotated vowels are handled in `latinToCyrillic`. */
const LATIN_LETTER_2021: Readonly<Record<string, string>> = { ...LATIN_LETTER, u: 'у' }

export type KazakhLatinAlphabet = 2018 | 2021
/** Letters only one of the two alphabets has. */
const ALPHABET_2018_LETTERS = /[áǵńóúýÁǴŃÓÚÝ]/g
const ALPHABET_2021_LETTERS = /[äğñöşçūüÄĞÑÖŞÇŪÜİ]/g

/** The alphabet a Latin Kazakh text is written in, by the letters only one of them has (2018 when none tells). */
export function kazakhLatinAlphabetOf(text: string): KazakhLatinAlphabet {
  return toldKazakhLatinAlphabet(text) ?? 2018
}

/** The alphabet the letters only one of them has tell (the more of them), or null when the text has none (a search's short query). */
export function toldKazakhLatinAlphabet(text: string): KazakhLatinAlphabet | null {
  // Counted by a regex: a loop over the text's characters took four times as long (search reads every Kazakh Latin text it indexes or settles).
  const of2021 = text.match(ALPHABET_2021_LETTERS)?.length ?? 0
  const of2018 = text.match(ALPHABET_2018_LETTERS)?.length ?? 0
  return of2021 === 0 && of2018 === 0 ? null : of2021 > of2018 ? 2021 : 2018
}

/**
 * Kazakh Latin letters as a keyboard without them types them. ý is у, which plain Latin writes u
 * (Belarus); the 2021 ş and ç become sh and ch, as the 2018 alphabet writes them.
 */
const PLAIN_LETTER: Readonly<Record<string, string>> = {
  ı: 'i', á: 'a', ä: 'a', é: 'e', ǵ: 'g', ğ: 'g', ń: 'n', ñ: 'n', ó: 'o', ö: 'o', ú: 'u', ü: 'u', ū: 'u', ý: 'u', ş: 'sh', ç: 'ch',
}

/** Letters of the Kazakh Latin alphabets (2018 and 2021) that English prose does not use; q is rare in English too. */
const KAZAKH_LATIN_LETTERS = 'áǵıńóúýqäñūÁǴŃÓÚÝQÄÑŪ'
/** Turkish and Azerbaijani letters Kazakh's 2018 alphabet lacks: their texts share ı and ö but not these. */
const TURKIC_OTHER_LETTERS = 'şçğəŞÇĞƏ'
const KAZAKH_LETTER = 1
const OTHER_TURKIC_LETTER = 2
/** Past the last Latin letter read (ə); each of the letters above by its code, so a word's letters are told apart without making strings of them. */
const LATIN_TABLE_END = 0x260
const LATIN_LETTER_KIND = Uint8Array.from({ length: LATIN_TABLE_END }, (_, code) => {
  const letter = String.fromCharCode(code)
  if (KAZAKH_LATIN_LETTERS.includes(letter)) return KAZAKH_LETTER
  return TURKIC_OTHER_LETTERS.includes(letter) ? OTHER_TURKIC_LETTER : 0
})
/** Kazakh Latin prose has this share of words with its own letters or more; English quoting Kazakh names has far fewer. */
const MIN_KAZAKH_WORD_SHARE = 0.2
const MIN_WORDS = 3

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || code === 0x131 || code === 0x259
}

function hasMoreLatinThanCyrillic(sample: string): boolean {
  let balance = 0
  for (let i = 0; i < sample.length; i += 1) {
    const code = codeUnitAt(sample, i)
    if (code >= 0x400 && code <= 0x4ff) balance -= 1
    else if ((code >= 0x41 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) balance += 1
  }
  return balance > 0
}

/** True when the sample reads as Kazakh written in Latin letters: one pass over its words. */
export function isKazakhLatin(sample: string): boolean {
  if (!hasMoreLatinThanCyrillic(sample)) return false
  let words = 0
  let kazakhWords = 0
  let kazakhLetters = 0
  let otherLetters = 0
  let cyrillic = 0
  let inWord = false
  let isKazakhWord = false
  for (let i = 0; i <= sample.length; i += 1) {
    const code = i < sample.length ? codeUnitAt(sample, i) : 0
    if (i < sample.length && isLatinLetter(code)) {
      if (!inWord) {
        inWord = true
        isKazakhWord = false
      }
      const kind = LATIN_LETTER_KIND[code]
      if (kind === KAZAKH_LETTER) {
        kazakhLetters += 1
        isKazakhWord = true
      } else if (kind === OTHER_TURKIC_LETTER) otherLetters += 1
      continue
    }
    if (code >= 0x400 && code <= 0x4ff) cyrillic += 1
    if (inWord) {
      words += 1
      if (isKazakhWord) kazakhWords += 1
      inWord = false
    }
  }
  // Every test is made for every sample: a last test that only Kazakh Latin reached had no type feedback when V8 optimised
  // the loop on an English text, and that code deoptimised there once for each Kazakh Latin text after (up to ~50 a run).
  const hasKazakhShare = kazakhWords / words >= MIN_KAZAKH_WORD_SHARE
  const hasMoreKazakhLetters = kazakhLetters > otherLetters
  return words >= MIN_WORDS && cyrillic < words && hasKazakhShare && hasMoreKazakhLetters
}

function withCase(cyrillic: string, isUpper: boolean, isInCapitals = false): string {
  if (isInCapitals) return cyrillic.toUpperCase()
  return isUpper ? cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1) : cyrillic
}

/**
 * Whether the `length` letters read at `i` stand in a word written in capitals, for a Cyrillic reading of more than
 * one letter: «İTALİİA» is «ИТАЛИЯ», not «ИТАЛИя». The last letter read tells, or for one letter the next, else the one before.
 */
function isInCapitals(text: string, i: number, length: number): boolean {
  const after = text[i + length]
  const neighbour = length > 1 ? text[i + length - 1] : after !== undefined && /\p{L}/u.test(after) ? after : text[i - 1]
  return neighbour !== undefined && /\p{Lu}/u.test(neighbour)
}

/** In the 2018 alphabet a dotless capital I is the capital of ı and İ that of i. */
function latinLower(char: string): string {
  if (char === 'I') return 'ı'
  if (char === 'İ') return 'i'
  return char.toLowerCase()
}

function isLatinVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS_LATIN.has(char)
}

/**
 * Latin Kazakh → Cyrillic. The letter for и and й (ı in 2018, i in 2021) is и after a consonant
 * and й after a vowel («Reseı» → «Ресей», «Prezıdent» → «Президент»); followed by a (or 2018's ý,
 * 2021's u) it is я (ю) after a vowel, ия (ию) after a consonant («Koreıa» → «Корея», «Túrkıa» →
 * «Түркия», «İtaliia» → «Италия»). The 2018 digraphs sh and ch are ш and ч, and zh, which pages of that alphabet
 * write for its j as the names' usual romanisation does («Mazharstan», «Zhambyl»), is ж: z before h is no Kazakh word's.
 * Anything that is not a Latin letter passes through.
 */
export function latinToCyrillic(text: string, alphabet: KazakhLatinAlphabet = kazakhLatinAlphabetOf(text)): string {
  const is2021 = alphabet === 2021
  const iLetter = is2021 ? 'i' : 'ı'
  const yuLetter = is2021 ? 'u' : 'ý'
  const letters = is2021 ? LATIN_LETTER_2021 : LATIN_LETTER
  let out = ''
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    const lower = latinLower(char)
    const isUpper = lower !== char
    const next = text[i + 1] === undefined ? undefined : latinLower(text[i + 1] as string)
    if (!is2021 && (lower === 's' || lower === 'c' || lower === 'z') && next === 'h') {
      out += withCase(lower === 's' ? 'ш' : lower === 'c' ? 'ч' : 'ж', isUpper)
      i += 2
      continue
    }
    if (lower === iLetter) {
      const afterVowel = isLatinVowel(text[i - 1])
      if (next === iLetter && text[i + 2]?.toLowerCase() === 'a') {
        out += withCase('ия', isUpper, isUpper && isInCapitals(text, i, 3))
        i += 3
        continue
      }
      if (next === 'a' || next === yuLetter) {
        const iotated = next === 'a' ? 'я' : 'ю'
        out += withCase(afterVowel ? iotated : `и${iotated}`, isUpper, isUpper && isInCapitals(text, i, 2))
        i += 2
        continue
      }
      out += withCase(afterVowel ? 'й' : 'и', isUpper)
      i += 1
      continue
    }
    const mapped = is2021 && lower === 'ı' ? 'і' : letters[lower]
    out += mapped === undefined ? char : withCase(mapped, isUpper, isUpper && mapped.length > 1 && isInCapitals(text, i, 1))
    i += 1
  }
  return out
}

/** Cyrillic Kazakh → the 2018 Latin alphabet, as Kazinform's Latin edition spells it. */
export function cyrillicToLatin(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    const mapped = CYRILLIC_LETTER[lower]
    out += mapped === undefined ? char : withCase(mapped, lower !== char)
  }
  return out
}

/** Latin text in lower case with Kazakh Latin's own letters made plain: «Qytaı» and «Qytai» are both «qytai». */
export function foldKazakhLatin(text: string): string {
  let out = ''
  // The 2021 capital İ («İtaliia») lowers to i and a combining dot, which would split the word.
  for (const char of lowerCaseDotless(text)) out += PLAIN_LETTER[char] ?? char
  return out
}

/**
 * A name in Latin letters with the ways Russian and Kazakh names are romanised made one, for
 * comparing names only: «Китай» is Kitay, Kitai or Kytai, «Россия» Rossiya, Rossiia or Rossia,
 * «Франция» Frantsiya or Fransııa, «Қытай» Qytaı or Qytay — all alike here. й, ы, и and the start of
 * я, ю (y, ı, i) are one letter, ц (ts, c) is s, х (kh) h, ж (zh) j, қ (q) k, and doubled letters one.
 */
export function foldRomanized(text: string): string {
  return foldKazakhLatin(text)
    .replace(/shch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/gh/g, 'g')
    .replace(/ts|c(?!h)/g, 's')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
}

/**
 * How a Cyrillic word comes back after a trip through the Latin alphabet («Франция» →
 * «Fransııa» → «Франсия»): lexicons add this form so that Latin text, once turned into Cyrillic,
 * still finds the word. Null when the trip changes nothing.
 */
export function latinRoundTrip(word: string): string | null {
  if (![...word].some((c) => CYRILLIC_VOWELS.has(c.toLowerCase()) || CYRILLIC_LETTER[c.toLowerCase()] !== undefined)) return null
  const back = latinToCyrillic(cyrillicToLatin(word))
  return back === word ? null : back
}
