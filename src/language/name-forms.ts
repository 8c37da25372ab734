/**
 * How words typed for a name of several words stand to it: the name itself in some case («Британского музея», "British
 * Museum"), its plural («Русские музеи», "British museums", «Орыс мұражайлары»), or other words that start as its words
 * do («Британская музыка»). A name is matched by its words' stems, which tell none of these apart.
 */
export type NameForm = 'name' | 'plural' | 'other'

const CYRILLIC = /[\u0400-\u04FF]/u
const KAZAKH_LETTER = /[әғқңөұүһі]/u
const KAZAKH_POSSESSIVE = /(?:сы|сі|ы|і)$/u
const KAZAKH_PLURAL = /^(?:лар|лер|дар|дер|тар|тер)/u
const RU_ADJECTIVE = /(?:ий|ый|ой|ая|яя|ое|ее)$/u
const RU_PLURAL_ADJECTIVE_ENDING = /^(?:ие|ые|их|ых|ими|ыми)$/u
const RU_FINAL_VOWEL = /[йьаяоеиыуюё]$/u
const RU_MASCULINE = /[^аяоеиыуюьё]$/u
/** After a masculine noun's stem «театр-ы», «музе-и», «музе-ев» are plural; after another's only the endings no singular has. */
const RU_PLURAL_MASCULINE_ENDING = /^(?:ы|и|ов|ев|ам|ям|ами|ями|ах|ях)$/u
const RU_PLURAL_ENDING = /^(?:ам|ям|ами|ями|ах|ях)$/u

/** `read` (lower case, as tokenize's norm) against one word of the name as listed, in the name's language. */
function wordForm(read: string, listed: string, isKazakh: boolean): NameForm {
  if (read === listed) return 'name'
  // Latin words are matched with an "s" at most.
  if (!CYRILLIC.test(listed)) return read === `${listed}s` ? 'plural' : 'name'
  if (isKazakh) {
    const base = listed.replace(KAZAKH_POSSESSIVE, '')
    if (!read.startsWith(base)) return 'other'
    return KAZAKH_PLURAL.test(read.slice(base.length)) ? 'plural' : 'name'
  }
  const isAdjective = RU_ADJECTIVE.test(listed)
  const stem = isAdjective ? listed.slice(0, -2) : listed.replace(RU_FINAL_VOWEL, '')
  if (!read.startsWith(stem)) return 'other'
  const ending = read.slice(stem.length)
  const plural = isAdjective ? RU_PLURAL_ADJECTIVE_ENDING : RU_MASCULINE.test(listed) ? RU_PLURAL_MASCULINE_ENDING : RU_PLURAL_ENDING
  return plural.test(ending) ? 'plural' : 'name'
}

/**
 * `read`, the words a name of several words was matched in, against `listed`, its words as listed (both lower case, as
 * tokenize's norm reads them). A name of one word, or words that do not pair with the name's, are taken as the name.
 */
export function nameFormOf(read: readonly string[], listed: readonly string[]): NameForm {
  if (listed.length < 2 || read.length !== listed.length) return 'name'
  const isKazakh = listed.some((word) => KAZAKH_LETTER.test(word))
  const forms = read.map((word, i) => wordForm(word, listed[i]!, isKazakh))
  return forms.includes('other') ? 'other' : forms.includes('plural') ? 'plural' : 'name'
}
