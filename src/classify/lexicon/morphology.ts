import {
  KAZAKH_CASE_ENDINGS, KAZAKH_COMITATIVE_ENDINGS, KAZAKH_DERIVATION_ENDINGS, KAZAKH_GENITIVE_ENDINGS, KAZAKH_PLURAL_ENDINGS,
  KAZAKH_POSSESSIVE_ENDINGS,
} from '../../language/kazakh.js'
import { normalizeWord } from '../../language/normalize.js'
import { ANY_TAIL, type WordPattern } from './lexicon.js'

/*
 * Inflection by rule (labels.md § partners: «с Францией», «белорусские коллеги», «Түркиямен»):
 * a name is stored as a stem plus the endings Russian and Kazakh may put after it, so no
 * inflected form is typed by hand.
 */

const RU_NOUN_ENDINGS = [
  '', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'й', 'ой', 'ей', 'ом', 'ем', 'ию', 'ии', 'ия', 'ией', 'ье', 'ь', 'ью',
  'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев',
]
const RU_ADJ_ENDINGS = ['ий', 'ый', 'ая', 'ое', 'ие', 'ые', 'ого', 'ой', 'ому', 'ую', 'им', 'ым', 'их', 'ых', 'ими', 'ыми', 'ом', 'о']
/** A second case ending may follow the first: «Ресейдегімен», «Қытайдағыны». */
const KK_CLOSING = [...KAZAKH_COMITATIVE_ENDINGS, ...KAZAKH_GENITIVE_ENDINGS, 'н', 'ға', 'ге', 'да', 'де', 'дан', 'ден']

const optional = (forms: readonly string[]): string => `(?:${forms.filter((f) => f !== '').join('|')})?`

const RU_NOUN = `(?:${RU_NOUN_ENDINGS.filter((e) => e !== '').join('|')})?`
const RU_ADJ = `(?:[иыь]?й?с?к)(?:${RU_ADJ_ENDINGS.join('|')})`
const KK = `${optional(KAZAKH_DERIVATION_ENDINGS)}${optional(KAZAKH_PLURAL_ENDINGS)}${optional(KAZAKH_POSSESSIVE_ENDINGS)}${optional(KAZAKH_CASE_ENDINGS)}${optional(KK_CLOSING)}`

/** Any Russian or Kazakh ending after a Cyrillic name or stem. */
export const CYRILLIC_TAIL = new RegExp(`^(?:${RU_NOUN}|${RU_ADJ}|${KK})$`)
/** Endings after an adjective stem typed as such («французск», «немецк»). */
export const RU_ADJECTIVE_TAIL = new RegExp(`^(?:${RU_ADJ_ENDINGS.join('|')})$`)
/** Kazakh endings only, for Kazakh demonyms («француз», «неміс»). */
export const KK_TAIL = new RegExp(`^${KK}$`)
/** Endings that open on the possessive's vowel: «мектеб-і», «сыйлығ-ын», «тараб-ы», «әріптестіг-інің». */
const KK_AFTER_VOICING_TAIL = new RegExp(`^(?=[ыі])${KK}$`)
/** Kazakh voices a stem's last к, қ, п before a vowel: «мектеп» → «мектебі», «сыйлық» → «сыйлығы», «көмек» → «көмегі». */
const VOICED: Readonly<Record<string, string>> = { к: 'г', қ: 'ғ', п: 'б' }
const MIN_VOICED_STEM = 4

/**
 * A stem typed to take any ending whose last consonant Kazakh voices before the possessive («мектеп*», «әріптестік*»): the
 * voiced stem with those endings only, or null. Russian stems so ending («выставк*») voice into no word those endings make.
 */
export function voicedKazakhStem(pattern: WordPattern): WordPattern | null {
  if (pattern.tail !== ANY_TAIL || pattern.stem.length < MIN_VOICED_STEM) return null
  const voiced = VOICED[pattern.stem.at(-1) ?? '']
  return voiced === undefined ? null : { stem: `${pattern.stem.slice(0, -1)}${voiced}`, tail: KK_AFTER_VOICING_TAIL, upperOnly: pattern.upperOnly }
}

/** English plural or nothing ("Russians"). */
export const LATIN_TAIL = /^s?$/

const CYRILLIC = /[\u0400-\u04FF]/
const STAN_ENDING = /(?:и?стан)$/
/** Below this a stem inflects into ordinary words (Мали → малой), so short names match exactly. */
const MIN_INFLECTED_STEM = 4

/**
 * The endings a Russian stem takes once its final vowel is dropped. Each is tight on purpose:
 * Грузия → груз- must not read «груза» (cargo) as Georgia.
 */
const A_STEM_TAIL = new RegExp(`^(?:[аыеу]|ой|ою|ей|${RU_ADJ})$`)
const STEM_TAILS: readonly (readonly [ending: string, tail: RegExp])[] = [
  ['ия', new RegExp(`^(?:${RU_ADJ})$`)],
  ['я', new RegExp(`^(?:[яюи]|ей|е|ею|${RU_ADJ})$`)],
  ['а', A_STEM_TAIL],
  ['ь', new RegExp(`^(?:[ьи]|ью|${RU_ADJ})$`)],
  ['й', new RegExp(`^(?:[йяюе]|ем|${RU_ADJ})$`)],
]
/** Russian writes an ending's «ы» as «и» after these (Польша → Польши, Америка → Америки; Самара → Самары, not «Самари»). */
const TAKES_I = /[гкхжшчщ]$/
const A_STEM_TAIL_AFTER_TAKES_I = new RegExp(`^(?:[аиеу]|ой|ою|ей|${RU_ADJ})$`)
/**
 * A name in «-ия» keeps its «и» in its other cases and its «-ийский» (Нигерия → нигери-и, нигери-ю, нигери-ей,
 * нигери-йский): the stem keeps it too, so that it outweighs a shorter name that stem begins with (Нигер → нигер-е,
 * the capital Бразилиа → бразили-и); the stem without «ия» is left the adjectives (Германия → герман-ский).
 */
const IYA_STEM_TAIL = new RegExp(`^(?:[яюи]|ей|йск(?:${RU_ADJ_ENDINGS.join('|')}))$`)

/**
 * Russian names whose last syllable's vowel is fleeting: it drops before every ending (Египет → Египта, Египту, Египтом,
 * Египте; but Тибет → Тибета keeps it), so the stem without it takes a noun's endings. Which words drop it is the word's
 * own (as «конец» → «конца» beside «отец» → «отца», «пловец» → «пловца»); every place name the tables hold was checked.
 */
const FLEETING_VOWEL_NAMES: ReadonlySet<string> = new Set(['египет'])
const FLEETING_VOWEL = /[еоё](?=[^аеёиоуыэюя]$)/u
const FLEETING_STEM_TAIL = /^(?:[аеу]|ом)$/u

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word)
}

/**
 * The patterns one word of a name matches: the word itself with any ending, and its stem with
 * the final vowel dropped (Франция → франц-ией, Россия → росс-ийская, Китай → кита-йский).
 */
export function nameWordPatterns(word: string, upperOnly = false): WordPattern[] {
  const norm = normalizeWord(word)
  if (upperOnly) return [{ stem: norm, tail: null, upperOnly: true }]
  if (!isCyrillic(norm)) return [{ stem: norm, tail: norm.length >= MIN_INFLECTED_STEM ? LATIN_TAIL : null, upperOnly: false }]
  if (norm.length < MIN_INFLECTED_STEM) return [{ stem: norm, tail: null, upperOnly: false }]
  const patterns: WordPattern[] = [{ stem: norm, tail: CYRILLIC_TAIL, upperOnly: false }]
  if (FLEETING_VOWEL_NAMES.has(norm)) patterns.push({ stem: norm.replace(FLEETING_VOWEL, ''), tail: FLEETING_STEM_TAIL, upperOnly: false })
  const stemTail = STEM_TAILS.find(([ending]) => norm.endsWith(ending))
  if (stemTail) {
    const [ending, ownTail] = stemTail
    const stem = norm.slice(0, -ending.length)
    const tail = ending === 'а' && TAKES_I.test(stem) ? A_STEM_TAIL_AFTER_TAKES_I : ownTail
    const minimum = ending === 'ия' ? MIN_INFLECTED_STEM - 1 : MIN_INFLECTED_STEM
    if (stem.length >= minimum) {
      patterns.push({ stem, tail, upperOnly: false })
      if (ending === 'ия') patterns.push({ stem: `${stem}и`, tail: IYA_STEM_TAIL, upperOnly: false })
    }
  }
  return patterns
}

/**
 * A capital's or a city's three-letter name ending in a consonant («Рим», «Хоф») takes a masculine noun's case endings and any
 * Kazakh one («в Риме», «из Рима», «Римом», «Римде», «Римнен»); those forms are also a person's name («Рима», «Рим» are
 * given names, «Римова» a surname) and a Roman numeral's adjective, so countries.ts keeps them only where they name a place.
 */
const SHORT_PLACE_LENGTH = 3
const VOWEL_END = /[аеёиоуыэюяәөүұі]$/u
const SHORT_PLACE_TAIL = new RegExp(`^(?:[ауе]|ом|${KK})$`)

/** The length of a short place name whose inflected forms need a place's context (SHORT_PLACE_TAIL). */
export function isShortPlaceStem(stem: string): boolean {
  return stem.length === SHORT_PLACE_LENGTH && isCyrillic(stem) && !VOWEL_END.test(stem)
}

/**
 * A capital's or a city's four-letter name in -а keeps the stem nameWordPatterns withholds from short names (a country's
 * «Куба» would read cubes, «кубы»): «Вена» → «в Вене», «Рига» → «из Риги», «Доха» → «в Дохе». Null for any other word.
 */
export function shortPlaceStemPattern(word: string): WordPattern | null {
  const norm = normalizeWord(word)
  if (isCyrillic(norm) && norm.length === SHORT_PLACE_LENGTH && !VOWEL_END.test(norm)) return { stem: norm, tail: SHORT_PLACE_TAIL, upperOnly: false }
  if (!isCyrillic(norm) || norm.length !== MIN_INFLECTED_STEM || !norm.endsWith('а')) return null
  const stem = norm.slice(0, -1)
  return { stem, tail: TAKES_I.test(stem) ? A_STEM_TAIL_AFTER_TAKES_I : A_STEM_TAIL, upperOnly: false }
}

/** Узбекистан → узбек(ский), Өзбекстан → өзбек(тер): the people's name inside a -stan country. */
export function stanDemonymStem(word: string): string | null {
  const norm = normalizeWord(word)
  if (!STAN_ENDING.test(norm)) return null
  const stem = norm.replace(STAN_ENDING, '')
  return stem.length >= MIN_INFLECTED_STEM ? stem : null
}

const EN_VOWEL_END = /[aeiouy]$/

/**
 * English demonyms by rule: Russia → Russian, Korea → Korean, Iran → Iranian, Oman → Omani,
 * Japan → Japanese, Ukraine → Ukrainian, Hungary → Hungarian, Uzbekistan → Uzbek.
 * Irregular ones (French, Turkish, Chinese …) come from a table.
 */
export function englishDemonyms(name: string): string[] {
  const norm = normalizeWord(name)
  if (norm.includes(' ')) return []
  const forms: string[] = []
  if (norm.endsWith('a')) forms.push(`${norm}n`)
  if (norm.endsWith('y')) forms.push(`${norm.slice(0, -1)}ian`, norm.slice(0, -1))
  if (norm.endsWith('e')) forms.push(`${norm.slice(0, -1)}ian`)
  if (!EN_VOWEL_END.test(norm)) forms.push(`${norm}ian`, `${norm}i`, `${norm}ese`)
  const stan = /i?stan$/.exec(norm)
  if (stan && norm.length - stan[0].length >= 5) forms.push(norm.slice(0, -stan[0].length))
  return forms
}
