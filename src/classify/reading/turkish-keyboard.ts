/*
 * Kazakh typed in Latin letters on a Turkish keyboard: ı is ы, y is й, and ş, ç, ğ are Turkish letters, where the 2021
 * alphabet the rest of such a text follows (ä, ğ, ş, ñ) writes ı for і and y for ы («ıntımaqtastıq» for «yntymaqtastyq»,
 * «qoyıldı» for «qoiyldy»). The classifier reads such a text in the 2021 alphabet with those two letters read as typed;
 * search reads it as before (src/language is not changed by this).
 */

/** Letters of the two vowel classes, by which Kazakh words keep harmony: ы goes with back vowels, і with front ones. */
const BACK_VOWELS = /[aouū]/u
const FRONT_VOWELS = /[äeöü]/u
/** y between consonants or after one at a word's end: the 2021 alphabet's ы («ulttyq», «aşyldy»); й, typed y on a Turkish keyboard, stands by a vowel. */
const Y_AS_VOWEL = /[^aeiouyäöüūıé]y(?:[^aeiouyäöüūıé]|$)/u
const WORD = /[\p{L}]+/gu
/** Words with ı that tell the keyboard: fewer, and a text says too little. */
const MIN_HARMONY_VOTES = 3

/**
 * Whether ı in the Latin Kazakh `sample` stands for ы (Turkish keyboard) rather than the 2021 alphabet's і: it keeps
 * company with back vowels («jılğa», «qaldı») more often than with front ones («künderı», «mädenietı»), and more often
 * than y stands for ы. The 2021 alphabet keeps і with back vowels in a few words («kıtap», «bıraq»): a library's page
 * can hold more of them than of front ones, never as many as of words with y for ы («ulttyq kıtaphana»).
 */
export function isTurkishKeyboardKazakh(sample: string): boolean {
  let back = 0
  let front = 0
  let yAsVowel = 0
  for (const [word] of sample.toLowerCase().matchAll(WORD)) {
    if (Y_AS_VOWEL.test(word)) yAsVowel += 1
    if (!word.includes('ı')) continue
    const isBack = BACK_VOWELS.test(word)
    const isFront = FRONT_VOWELS.test(word)
    if (isBack && !isFront) back += 1
    else if (isFront && !isBack) front += 1
  }
  return back + front >= MIN_HARMONY_VOTES && back > front && back > yAsVowel
}

/** й before а is я, as Kazakh Cyrillic writes it («Koreya» → «Корея», «dayarlau» → «даярлау»): «Корейа» is no name the index holds. */
const Y_BEFORE_A = /[yY][aA]/gu

/** Written in Cyrillic at once, which latinToCyrillic passes through. */
const CYRILLIC_OF: Readonly<Record<string, string>> = { ı: 'ы', y: 'й', Y: 'Й' }

/**
 * ı (ы), y (й) and ya (я) in Cyrillic, the rest left to the 2021 alphabet's reading: i stays и or й there, as it is in loanwords
 * («ministri», «universitet»), though Kazakh words write і with it too.
 */
export function fromTurkishKeyboard(text: string): string {
  return text.replace(Y_BEFORE_A, (pair) => (pair[0] === 'Y' ? 'Я' : 'я')).replace(/[ıyY]/gu, (letter) => CYRILLIC_OF[letter] ?? letter)
}
