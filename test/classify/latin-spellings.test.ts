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
      ['official'], ['delegation', 'official', 'participate'], ['conference', 'event'], ['culture', 'event', 'staged'], ['conference', 'event'], ['culture', 'event', 'staged'],
    ])
  })

  it('leaves ц at an open stem\'s end alone, so Russian words with тс are not read as its stem', () => {
    expect(latinSpellings('полиц*')).not.toContain('политс*')
    expect(cuedWords('Заседание политсовета партии', 'Политсовет обсудил выборы.')['политсовета']).toBeUndefined()
  })

  it.each([
    ['on a Turkish keyboard', 'Ulttıq kitaphana men Türkiyanıñ muzeyi ıntımaqtastıq turalı kelisimge qol qoydı',
      'Taraptar birlesken körme ötkizip, ğılımi jobalardı damıtadı. Elşi Päkistan men Täjikstan ökilderimen de kezdesti.'],
    ['in the 2021 alphabet without ı', 'Ūlttyq kitaphana men Türkiianyñ muzeii yntymaqtastyq turaly kelisimge qol qoidy',
      'Taraptar birlesken körme ötkizip, ğylymi jobalardy damytady. Elşi Päkistan men Täjikstan ökilderimen de kezdesti.'],
  ])('reads і typed i as и is, %s: «kitaphana», «kelisim», «birlesken», «elşi», «Päkistan», «Täjikstan»', (_, title, body) => {
    const cued = cuedWords(title, body)
    expect([cued['китапхана'], cued['келисимге'], cued['бирлескен'], cued['елши']]).toEqual([
      ['actor', 'libraries'], ['doc'], ['joint'], ['envoy', 'official'],
    ])
    const countries = read({ title, body }).sentences.flatMap((sentence) => sentence.countries.map((mention) => mention.code))
    expect(countries).toEqual(expect.arrayContaining(['PK', 'TJ']))
  })

  it('leaves a short open stem so typed alone: «дін*» as «дин*» would read Russian «динамика»', () => {
    expect(latinSpellings('дін*')).not.toContain('дин*')
    expect(cuedWords('Динамика турпотока', 'Динамика роста туризма положительная.')['динамика']).toBeUndefined()
  })

  it('reads ū typed u as ұ, in the 2021 alphabet: «ulttyq komissiia», «Ulybritaniia», «BUU»', () => {
    const title = 'BUU janyndağy ulttyq komissiia Ulybritaniia ökılderımen kezdestı'
    const body = 'Üiymnyñ qujattary būryn qabyldanğan. Ministrlık bul turaly habarlady.'
    const cued = cuedWords(title, body)
    expect([cued['улттық'], cued['комиссия']]).toEqual([['commission', 'standing'], ['commission', 'standing']])
    const [headline] = read({ title, body }).sentences
    expect([headline?.countries.map((mention) => mention.code), headline?.orgs.map((mention) => mention.code)]).toEqual([['GB'], ['UN']])
  })

  it('reads и\'s capital typed I (no İ on the keyboard) in the 2021 alphabet: «Ispaniia», «Italiia», «Iran» name their countries', () => {
    const title = 'Studentter Ispaniia men Italiia universitetterınde oqydy'
    const body = 'Olar Iran jäne Polşa siiaqty elderdıñ joğary oqu oryndarynda da bılım aldy.'
    const countries = read({ title, body }).sentences.flatMap((sentence) => sentence.countries.map((mention) => mention.code))
    expect(countries).toEqual(expect.arrayContaining(['ES', 'IT', 'IR', 'PL']))
  })
})
