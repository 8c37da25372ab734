/*
 * Kazakh typed in Latin letters on a Turkish keyboard: ı is ы, y is й, and ş, ç, ğ are Turkish letters, where the 2021
 * alphabet the rest of such a text follows (ä, ğ, ş, ñ) writes ı for і and y for ы («ıntımaqtastıq» for «yntymaqtastyq»,
 * «qoyıldı» for «qoiyldy»). The classifier reads such a text in the 2021 alphabet with those two letters read as typed;
 * search reads it as before (src/language is not changed by this).
 */

/** Letters of the two vowel classes, by which Kazakh words keep harmony: ы goes with back vowels, і with front ones. */
const BACK_VOWELS = /[aouū]/u
const FRONT_VOWELS = /[äeöü]/u
const WORD = /[\p{L}]+/gu
/** Words with ı that tell the keyboard: fewer, and a text says too little. */
const MIN_HARMONY_VOTES = 3

/**
 * Whether ı in the Latin Kazakh `sample` stands for ы (Turkish keyboard) rather than the 2021 alphabet's і: it keeps
 * company with back vowels («jılğa», «qaldı») more often than with front ones («künderı», «mädenietı»).
 */
export function isTurkishKeyboardKazakh(sample: string): boolean {
  let back = 0
  let front = 0
  for (const [word] of sample.toLowerCase().matchAll(WORD)) {
    if (!word.includes('ı')) continue
    const isBack = BACK_VOWELS.test(word)
    const isFront = FRONT_VOWELS.test(word)
    if (isBack && !isFront) back += 1
    else if (isFront && !isBack) front += 1
  }
  return back + front >= MIN_HARMONY_VOTES && back > front
}

/** Written in Cyrillic at once, which latinToCyrillic passes through. */
const CYRILLIC_OF: Readonly<Record<string, string>> = { ı: 'ы', y: 'й', Y: 'Й' }

/**
 * ı (ы) and y (й) in Cyrillic, the rest left to the 2021 alphabet's reading: i stays и or й there, as it is in loanwords
 * («ministri», «universitet»), though Kazakh words write і with it too.
 */
export function fromTurkishKeyboard(text: string): string {
  return text.replace(/[ıyY]/gu, (letter) => CYRILLIC_OF[letter] ?? letter)
}
