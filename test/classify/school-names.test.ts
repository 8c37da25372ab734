import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** The words read as out of scope in `text`. */
function outWords(text: string): string[] {
  return read({ title: text, body: '' }).sentences.flatMap((s) => s.tokens.filter((_, i) => s.cues[i]?.includes('out')).map((t) => t.norm))
}

describe('A field in a school\'s or a university\'s name: what it teaches, no matter of the news', () => {
  it('reads the fields a school\'s name is made of as no trade, energy or farming: "Oil and Gas University", «агротехнический университет»', () => {
    expect(outWords('Baku Higher Oil School and Atyrau Oil and Gas University sign memorandum of understanding')).toEqual([])
    expect(outWords('Замминистра посетил Казахский агротехнический исследовательский университет')).toEqual([])
    expect(outWords('Мұнай және газ университеті мен Аграрлық университет келісімге қол қойды')).toEqual([])
  })

  it('keeps the field out of scope outside a name, a military or border academy\'s force and financial institutions: "invest in the university"', () => {
    expect(outWords('The fund will invest in the university campus')).toEqual(['invest'])
    expect(outWords('Oil and gas cooperation was discussed at the university')).toEqual(['oil', 'gas'])
    expect(outWords('Делегация посетила Военный институт')).toEqual(['военный'])
    expect(outWords('Cadets of the Border Academy met their hosts')).toEqual(['border'])
    expect(outWords('БҰҰ мекемелері, халықаралық қаржы институттары және жеке сектор')).toEqual(['қаржы'])
  })
})
