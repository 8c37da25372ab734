import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { latinSpellings } from '../../src/classify/lexicon/latin-spellings.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** Each word of the article as read in Cyrillic with the cues it carries, those with none left out. */
function cuedWords(title: string, body: string): Record<string, string[]> {
  const cued: Record<string, string[]> = {}
  for (const sentence of read({ title, body }).sentences) {
    sentence.tokens.forEach((token, i) => {
      const cues = sentence.cues[i] ?? []
      if (cues.length > 0) cued[token.norm] = [...cues].sort()
    })
  }
  return cued
}

describe('Kazakh Latin spellings of the lexicons\' Cyrillic words', () => {
  it.each([
    ['the 2018 alphabet', 'Vıtse-mınıstr Qytaı delegatsııasymen kezdesti',
      'Astanada halyqaralyq konferentsııa ótti. Keshte birlesken kontsert boldy. Ulttyq kitaphanada konferentsııalar men kontsertter ótedi.'],
    ['the 2021 alphabet', 'Vitse-ministr Qytai delegatsiiasymen kezdestı',
      'Astanada halyqaralyq konferentsiia öttı. Keşte bırlesken kontsert boldy. Ūlttyq kıtaphanada konferentsiialar men kontsertter ötedı.'],
  ])('reads ц typed ts in %s: «delegatsııa», «kontsert», «konferentsııa», «vıtse-mınıstr»', (_, title, body) => {
    const cued = cuedWords(title, body)
    expect([cued['витсе'], cued['делегатсиясымен'], cued['конферентсия'], cued['контсерт'], cued['конферентсиялар'], cued['контсерттер']]).toEqual([
      ['official'], ['delegation', 'official', 'participate'], ['conference', 'event'], ['event'], ['conference', 'event'], ['event'],
    ])
  })

  it('leaves ц at an open stem\'s end alone, so Russian words with тс are not read as its stem', () => {
    expect(latinSpellings('полиц*')).not.toContain('политс*')
    expect(cuedWords('Заседание политсовета партии', 'Политсовет обсудил выборы.')['политсовета']).toBeUndefined()
  })
})
