import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'
import { fromTurkishKeyboard, isTurkishKeyboardKazakh } from '../../src/classify/reading/turkish-keyboard.js'

const read = createArticleReader(createCountryIndex())

describe('Kazakh typed in Latin letters on a Turkish keyboard', () => {
  it.each<[string, boolean]>([
    // ı for ы, y for й: ı keeps company with back vowels.
    ['Ulttıq kitaphana men Türkiyanıñ muzeyi ıntımaqtastıq turalı memorandumğa qol qoydı. Taraptar jıl sayın körme ötkizedi.', true],
    // The 2021 alphabet: ı is і, with front vowels.
    ['Bakudegı Qazaqstan mädenietı künderı körme jäne gala-kontsertpen aiaqtaldy. Künderdıñ aşyluyna elşı keldı.', false],
    // The 2021 alphabet on a library's page: «кітап», «бірақ» keep і with back vowels, while y (ы) stands between consonants.
    ['Ulttyq akademiialyq kıtaphanada Türkiia kıtaptarynyñ körmesı aşyldy. Kıtaphana qoryna Türkiia elşılıgı 500 kıtap syiğa tartty. Kıtap körmesı bır ai boiy jalğasady.', false],
    // Too few words with ı to tell.
    ['Qazaqstan men Türkiia kelısımge qol qoidy', false],
  ])('tells the keyboard by the vowels ı goes with: %s', (sample, expected) => {
    expect(isTurkishKeyboardKazakh(sample)).toBe(expected)
  })

  it('reads ı as ы, y as й and ya as я, leaving the rest to the 2021 alphabet', () => {
    expect(fromTurkishKeyboard('ıntımaqtastıq, qoyıldı, Yasaui, Koreya')).toBe('ыntыmaqtastыq, qoйыldы, Яsaui, Koreя')
  })

  it('reads a country written with ya as Kazakh Cyrillic writes it: «Koreyadağı» is Korea', () => {
    const reading = read({
      title: 'Qazaqstannıñ Koreyadağı elşisi universitetke barıp, mamandar dayarlaudı talqıladı',
      body: 'Elşi universitet rektorımen kezdesip, bilim bağdarlamaları boyınşa ıntımaqtastıqtı talqıladı. Taraptar jıl sayın almasu ötkizedi.',
    })
    expect(reading.sentences[0]!.countries.map((m) => m.code)).toContain('KR')
  })

  it('finds the cues of such a text: cooperation, a memorandum signed', () => {
    const reading = read({
      title: 'Ulttıq kitaphana men Türkiyanıñ muzeyi ıntımaqtastıq memorandumına qol qoydı',
      body: 'Taraptar jıl sayın birlesken körme ötkizip, ğılımi jobalardı damıtadı.',
    })
    const title = reading.sentences[0]!
    expect([reading.lang, title.cueSet.has('coop'), title.cueSet.has('sign'), title.cueSet.has('doc')]).toEqual(['kk', true, true, true])
  })
})
