import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/language/detect.js'
import { cyrillicToLatin, foldKazakhLatin, foldRomanized, isKazakhLatin, kazakhLatinAlphabetOf, latinRoundTrip, latinToCyrillic } from '../../src/language/kazakh-latin.js'

describe('Kazakh in Latin letters', () => {
  it.each([
    ['Qazaqstan men Reseı mádenıet salasyndaǵy yntymaqtastyq týraly memorandýmǵa qol qoıdy', 'Қазақстан мен Ресей мәдениет саласындағы ынтымақтастық туралы меморандумға қол қойды'],
    ['Prezıdent Túrkıa men Koreıa elshilerin qabyldady', 'Президент Түркия мен Корея елшілерін қабылдады'],
    ['Ulttyq mýzeı kórmesi Sheteldegi Ázerbaıjan kúnderinde ashyldy', 'Ұлттық музей көрмесі Шетелдегі Әзербайжан күндерінде ашылды'],
    ['Ispanııa, Italııa jáne Germanııa', 'Испания, Италия және Германия'],
  ])('reads %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic)
  })

  it.each([
    ['Mazharstandaǵy Qazaqstan kúnderi', 'Мажарстандағы Қазақстан күндері'],
    ['ZHAMBYL oblysynyń teatry', 'ЖАМБЫЛ облысының театры'],
  ])('reads the 2018 alphabet\'s zh, as pages romanise ж, for ж: %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin, 2018)).toBe(cyrillic)
  })

  it.each([
    ['Qazaqstanda Äzırbaijannyñ mädeniet künderı ötedı', 'Қазақстанда Әзірбайжанның мәдениет күндері өтеді'],
    ['Resei men Qazaqstan mädeni yntymaqtastyq turaly memorandumğa qol qoidy', 'Ресей мен Қазақстан мәдени ынтымақтастық туралы меморандумға қол қойды'],
    ['Türkiia, İtaliia jäne Koreia', 'Түркия, Италия және Корея'],
    ['Ūlttyq muzei körmesı İlham Älievtıñ saparynda aşyldy', 'Ұлттық музей көрмесі Илхам Әлиевтің сапарында ашылды'],
    // Its capitals: I is ı's (і), İ is i's (и); a word in capitals stays so where a letter reads as two.
    ['Iqtisat İnstitutı jäne Işkı Ister Ministrlıgı', 'Іқтисат Институті және Ішкі Істер Министрлігі'],
    ['İTALİİA, İSPANİİA JÄNE TÜRKİİA', 'ИТАЛИЯ, ИСПАНИЯ ЖӘНЕ ТҮРКИЯ'],
    ['ALMATY MEN TEXAS: İA, Texas', 'АЛМАТЫ МЕН ТЕКСАС: ИЯ, Тексас'],
  ])('reads the 2021 alphabet, where ı is і, i is и or й and u is у: %s', (latin, cyrillic) => {
    expect(kazakhLatinAlphabetOf(latin)).toBe(2021)
    expect(latinToCyrillic(latin)).toBe(cyrillic)
  })

  it.each(['Türkiia', 'İtaliia', 'Koreia', 'Saiiasat', 'Qiin'])('reads %s in capitals as in lower case, İ a vowel as i is', (word) => {
    expect(latinToCyrillic(word.toUpperCase().replace(/I/g, 'İ'), 2021)).toBe(latinToCyrillic(word, 2021).toUpperCase())
  })

  it('takes a text with none of the letters that tell the alphabets apart for the 2018 one, and can be told which', () => {
    expect(kazakhLatinAlphabetOf('Qazaqstan men Qytai')).toBe(2018)
    expect(latinToCyrillic('Resei men Qytai', 2018)).toBe('Ресеі мен Қытаі')
    expect(latinToCyrillic('Resei men Qytai', 2021)).toBe('Ресей мен Қытай')
  })

  it('writes Cyrillic Kazakh in the 2018 alphabet, as Kazinform does', () => {
    expect(cyrillicToLatin('Қазақстан мен Ресей')).toBe('Qazaqstan men Reseı')
    expect(cyrillicToLatin('Франция')).toBe('Fransııa')
  })

  it.each([
    ['Qytaı', 'qytai'], ['Qytai', 'qytai'], ['Ózbekstan', 'ozbekstan'], ['Úndistan', 'undistan'], ['Belarýs', 'belarus'],
    ['Ázerbaıjan', 'azerbaijan'], ['Mońǵolııa', 'mongoliia'], ['Polşa', 'polsha'], ['Polsha', 'polsha'], ['RESEI', 'resei'],
  ])('makes Kazakh Latin letters plain as a keyboard without them types them: %s → %s', (typed, plain) => {
    expect(foldKazakhLatin(typed)).toBe(plain)
  })

  it.each([
    ['Китай', ['Kitay', 'Kitai', 'Kytay']],
    ['Қытай', ['Qytai', 'Qytay', 'Qytaı']],
    ['Россия', ['Rossiya', 'Rossiia', 'Rossia', 'Rosiya']],
    ['Франция', ['Frantsiya', 'Franciya', 'Fransııa']],
    ['Япония', ['Yaponiya', 'Iaponiia']],
    ['Казахстан', ['Kazakhstan', 'Kazahstan']],
    ['Германия', ['Germaniya', 'Germaniia', 'Germania']],
  ])('folds the romanisations of %s to one spelling', (cyrillic, typed) => {
    const folded = foldRomanized(cyrillicToLatin(cyrillic))
    for (const spelling of typed) expect(foldRomanized(spelling), spelling).toBe(folded)
  })

  it('gives the form a Cyrillic word takes after a trip through Latin, or null when it keeps its form', () => {
    expect(latinRoundTrip('Франция')).toBe('Франсия')
    expect(latinRoundTrip('Беларусь')).toBe('Беларус')
    expect(latinRoundTrip('Ресей')).toBeNull()
    expect(latinRoundTrip('UNESCO')).toBeNull()
  })

  it.each([
    ['Kazakh Latin prose', 'Qazaqstan men Ózbekstan mádenıet salasyndaǵy yntymaqtastyqty damytý týraly kelisimge qol qoıdy.', true],
    ['a Kazakh Latin headline', 'Reseı men Qazaqstan mádenıet kúnderi bastaldy', true],
    ['English quoting a Kazakh name', 'The Ministry of Culture met Aıgúl from the Qazaqstan Opera and discussed the tour.', false],
    ['Turkish, which shares the letters', 'Türkiye ile Kazakistan arasında kültür işbirliği anlaşması imzalandı.', false],
    ['Cyrillic Kazakh', 'Қазақстан мен Ресей меморандумға қол қойды', false],
  ])('tells %s', (_name, text, expected) => {
    expect(isKazakhLatin(text)).toBe(expected)
  })

  it('makes the language detector answer kk for Latin-script Kazakh', () => {
    expect(detectLanguage('Qazaqstan men Fransııa mýzeıleri memorandýmǵa qol qoıdy. Bul qujat kórme almasýdy kózdeıdi.')).toBe('kk')
  })
})
