/*
 * Kazakh in the Latin alphabet of October 2017 (Decree No. 569), replaced in February 2018 but still met on pages written
 * then: its own letters are a plain letter and an apostrophe, a' ә, g' ғ, i' и/й, n' ң, o' ө, u' ү, y' у, s' ш, c' ч, where
 * the plain i is і, u ұ and y ы as in 2018 («Qazaqstan Respy'bli'kasy», «yntymaqtastyg'y», «Ma'deni'et z'a'ne sport
 * mi'ni'strli'gi»). The tokenizer splits a word at the apostrophe, so these letters are written in the 2018 alphabet's
 * (á ǵ ı ń ó ú ý sh ch) before the text is read, and the 2018 reading does the rest (и after a consonant, й after a vowel).
 */

/** An apostrophe as pages type it: the typewriter's, the right single quote, the letter modifier. */
const APOSTROPHE = `'’ʼ`
/** English contractions and possessives after a letter: "country's", "didn't", "we'll", "they're", "we've", "I'd", "I'm". */
const CONTRACTION = `(?:s|t|ll|re|ve|d|m)(?![\\p{L}])`
/** Letters whose apostrophe form only the 2017 Kazakh alphabet has: Uzbek writes o', g' and a glottal stop after a or n too. */
const TELLING_PAIR = new RegExp(`[iyucsIYUCS][${APOSTROPHE}](?!${CONTRACTION})(?=\\p{L}|[\\s.,;:!?)»"]|$)`, 'gu')
const WORD = /\p{L}+/gu
const MIN_TELLING = 3
/** Kazakh in the 2017 alphabet writes и, у, ү, ш or ч in most of its words; English with Xi'an or O'Neill in a few. */
const MIN_TELLING_SHARE = 0.15

/** Whether `sample` is Kazakh in the 2017 apostrophe alphabet. */
export function isApostropheKazakh(sample: string): boolean {
  const telling = sample.match(TELLING_PAIR)?.length ?? 0
  if (telling < MIN_TELLING) return false
  const words = sample.match(WORD)?.length ?? 0
  return telling >= MIN_TELLING_SHARE * words
}

/** Each apostrophe letter as the 2018 alphabet writes it; a capital I (no apostrophe) is і, the 2018 İ. */
const LETTER_2018: Readonly<Record<string, string>> = {
  a: 'á', g: 'ǵ', i: 'ı', n: 'ń', o: 'ó', u: 'ú', y: 'ý', s: 'sh', c: 'ch',
  A: 'Á', G: 'Ǵ', I: 'I', N: 'Ń', O: 'Ó', U: 'Ú', Y: 'Ý', S: 'Sh', C: 'Ch',
}
const PAIR = new RegExp(`([agiouynscAGIOUYNSC])[${APOSTROPHE}]|I(?![${APOSTROPHE}])`, 'gu')

/** A 2017 text in the 2018 alphabet's letters: «Respy'bli'kasy» → «Respýblıkasy», «yntymaqtastyg'y» → «yntymaqtastyǵy». */
export function fromApostropheAlphabet(text: string): string {
  return text.replace(PAIR, (_, letter: string | undefined) => (letter === undefined ? 'İ' : (LETTER_2018[letter] as string)))
}
