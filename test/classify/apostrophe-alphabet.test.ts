import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { fromApostropheAlphabet, isApostropheKazakh } from '../../src/classify/reading/apostrophe-alphabet.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

const TITLE = "Qazaqstan Respy'bli'kasy Ma'deni'et ja'ne sport mi'ni'strligi Tu'rki'a ma'deni'et mi'ni'strligimen yntymaqtastyq ty'raly memorandy'mg'a qol qoi'dy"
const BODY = "Taraptar ma'deni' yntymaqtastyg'yn damyty' ty'raly kelisimge kelisti. S'ymkentte ko'rme as'yldy."

describe('Kazakh in the 2017 apostrophe alphabet', () => {
  it('writes its apostrophe letters in the 2018 alphabet\'s: a\' g\' i\' n\' o\' u\' y\' s\' c\' and the plain capital I', () => {
    expect(fromApostropheAlphabet("Respy'bli'kasy yntymaqtastyg'y ma'deni'et o'n'iri u'i S'ymkent c'ay Ii")).toBe('Respýblıkasy yntymaqtastyǵy mádenıet óńiri úi Shymkent chay İi')
  })

  it('tells such a text from English with possessives and contractions, from Uzbek and from the 2018 alphabet', () => {
    expect(isApostropheKazakh(`${TITLE}\n${BODY}`)).toBe(true)
    expect(isApostropheKazakh("The country's ministry didn't sign; Xi'an and O'Neill's city's museum we'll visit, they're sure.")).toBe(false)
    expect(isApostropheKazakh("O'zbekiston Respublikasi madaniyat vazirligi bo'yicha ta'lim va san'at sohasida hamkorlik to'g'risida")).toBe(false)
    expect(isApostropheKazakh('Qazaqstan Respýblıkasy Mádenıet jáne sport mınıstrligi Túrkıa mınıstrligimen memorandýmǵa qol qoıdy')).toBe(false)
  })

  it('reads the words whole, so the stems and names are reached: a memorandum signed with Turkey on culture', () => {
    const reading = read({ title: TITLE, body: BODY })
    expect(reading.lang).toBe('kk')
    const [title, lead] = reading.sentences
    expect(title?.tokens.map((t) => t.norm).slice(0, 4)).toEqual(['қазақстан', 'республикасы', 'мәдениет', 'және'])
    expect([...(title?.cueSet ?? [])]).toEqual(expect.arrayContaining(['culture', 'coop', 'doc', 'sign', 'minister']))
    expect(title?.countries.map((c) => c.code)).toContain('TR')
    expect(lead?.tokens.map((t) => t.norm)).toContain('ынтымақтастығын')
  })
})
