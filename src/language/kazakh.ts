/*
 * Kazakh morphology, written once for the classifier's lexicons, search and keyword alerts.
 * Kazakh is agglutinative: stem + derivation + plural + possessive + case, in that order.
 */

export const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ'

export const KAZAKH_DERIVATION_ENDINGS = ['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'лы', 'лі', 'ды', 'ді'] as const
export const KAZAKH_PLURAL_ENDINGS = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'] as const
export const KAZAKH_POSSESSIVE_ENDINGS = ['ымыз', 'іміз', 'мыз', 'міз', 'ңыз', 'ңіз', 'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ы', 'і'] as const

/** Where something is: «Ресейде», «Парижде». */
export const KAZAKH_LOCATIVE_ENDINGS = ['нда', 'нде', 'да', 'де', 'та', 'те'] as const
/** Where to: «Францияға», «Қытайға». */
export const KAZAKH_DATIVE_ENDINGS = ['ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е'] as const
/** Where from: «Қытайдан», «Түркиядан». */
export const KAZAKH_ABLATIVE_ENDINGS = ['дан', 'ден', 'тан', 'тен', 'нан', 'нен'] as const
/** With whom: «Ресеймен», «Түркиямен». */
export const KAZAKH_COMITATIVE_ENDINGS = ['мен', 'бен', 'пен'] as const
export const KAZAKH_GENITIVE_ENDINGS = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'] as const
const KAZAKH_OTHER_CASE_ENDINGS = [
  'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', 'ша', 'ше', 'ғы', 'гі', 'қы', 'кі',
] as const

/** Every case ending, longest first so that stripping takes the whole ending. */
export const KAZAKH_CASE_ENDINGS: readonly string[] = [
  ...KAZAKH_LOCATIVE_ENDINGS, ...KAZAKH_DATIVE_ENDINGS, ...KAZAKH_ABLATIVE_ENDINGS, ...KAZAKH_COMITATIVE_ENDINGS,
  ...KAZAKH_GENITIVE_ENDINGS, ...KAZAKH_OTHER_CASE_ENDINGS,
].sort((a, b) => b.length - a.length)

function endingPattern(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${[...endings].sort((a, b) => b.length - a.length).join('|')})$`)
}

export const KAZAKH_LOCATIVE_ENDING = endingPattern([...KAZAKH_LOCATIVE_ENDINGS, 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'])
export const KAZAKH_DATIVE_ENDING = endingPattern(['ға', 'ге', 'қа', 'ке', 'на', 'не'])
export const KAZAKH_ABLATIVE_ENDING = endingPattern(KAZAKH_ABLATIVE_ENDINGS)
export const KAZAKH_COMITATIVE_ENDING = endingPattern(KAZAKH_COMITATIVE_ENDINGS)

/** A stem shorter than this is not shortened further: «рес» would find «республика». */
const MIN_STEM_LENGTH = 4
// Before a vowel ending қ/к/п turn into ғ/г/б («ынтымақтастық» → «ынтымақтастығы»); dropping
// the final consonant lets one prefix find both forms.
const ALTERNATING_FINAL = /[қғкгпб]$/

/**
 * The case endings a stemmer may peel without guessing: a lone vowel, «н» or the adjectival
 * «-ғы» end too many stems («выставка», «ынтымақтастығы») to strip blind.
 */
const STRIPPABLE_CASE_ENDINGS = KAZAKH_CASE_ENDINGS.filter((e) => !['а', 'е', 'н', 'ғы', 'гі', 'қы', 'кі'].includes(e))
/**
 * The accusative «-н» after the possessive «-ы», «-і» (its: «күндерін», «мәдениетін», «жобаларын»): «-н» alone
 * ends too many words to strip blind, but after «ы», «і» it is the case that comes after «its», as «-ның», «-нда», «-нан» are.
 */
const ACCUSATIVE_AFTER_POSSESSIVE = /[ыі]н$/

/** The endings of one layer (case, possessive, plural) a word ends with, longest first. */
type StemLayer = (word: string) => readonly string[]

const caseEndingsOf: StemLayer = (word) => {
  const endings = STRIPPABLE_CASE_ENDINGS.filter((e) => word.endsWith(e))
  return ACCUSATIVE_AFTER_POSSESSIVE.test(word) ? [...endings, 'н'] : endings
}
const endingsOf = (layer: readonly string[]): StemLayer => (word) => layer.filter((e) => word.endsWith(e))

function stripLayer(word: string, layer: StemLayer): string {
  for (const ending of layer(word)) {
    if (word.length - ending.length >= MIN_STEM_LENGTH) return word.slice(0, -ending.length)
  }
  return word
}

const STEM_LAYERS: readonly StemLayer[] = [caseEndingsOf, endingsOf(KAZAKH_POSSESSIVE_ENDINGS), endingsOf(KAZAKH_PLURAL_ENDINGS)]

const withoutAlternatingFinal = (stem: string): string => (stem.length > MIN_STEM_LENGTH && ALTERNATING_FINAL.test(stem) ? stem.slice(0, -1) : stem)

/**
 * Every stem a word has with its case, possessive and plural endings peeled or left on, down to
 * `minLength` letters: a short word's forms for a phrase («күндері» → «күн»), where kazakhStems stops at four.
 */
export function peelKazakhEndings(word: string, minLength: number): string[] {
  let forms = [word]
  for (const layer of STEM_LAYERS) {
    forms = forms.flatMap((form) => [form, ...layer(form).filter((e) => form.length - e.length >= minLength).map((e) => form.slice(0, -e.length))])
  }
  return [...new Set(forms)]
}

/** A light Kazakh stemmer: case, possessive and plural endings, then the alternating final consonant. */
export function stemKazakh(word: string): string {
  let stem = word
  for (const layer of STEM_LAYERS) stem = stripLayer(stem, layer)
  return withoutAlternatingFinal(stem)
}

/**
 * Every stem a word may have, stemKazakh's first: each layer's ending peeled or left on. The
 * greedy stem alone eats into a word that ends as an ending does: «Қазақстан» loses «-тан» (from)
 * but «Қазақстанның» only «-ның», «мәдениеті» loses «-ті» (accusative) where it is «мәдениет» + «-і»
 * (its). Any form of a word keeps the word itself among these, so two forms always share one.
 */
export function kazakhStems(word: string): string[] {
  let forms = [word]
  for (const layer of STEM_LAYERS) {
    forms = forms.flatMap((form) => [form, ...layer(form).filter((e) => form.length - e.length >= MIN_STEM_LENGTH).map((e) => form.slice(0, -e.length))])
  }
  return [...new Set([stemKazakh(word), ...forms.map(withoutAlternatingFinal)])]
}
