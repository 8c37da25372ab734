import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/language/normalize.js'

const words = (text: string) => tokenize(text).map(({ raw, norm, sep }) => [raw, norm, sep])

describe('tokenize', () => {
  it('keeps each word as written and as the lexicons read it', () => {
    expect(words('Министр культуры РФ посетил Алматы')).toEqual([
      ['Министр', 'министр', 'start'],
      ['культуры', 'культуры', 'space'],
      ['РФ', 'рф', 'space'],
      ['посетил', 'посетил', 'space'],
      ['Алматы', 'алматы', 'space'],
    ])
  })

  it('reads ё as е and drops Latin accents, whatever the case', () => {
    expect(words('Её приём, Café Élysée')).toEqual([
      ['Её', 'ее', 'start'],
      ['приём', 'прием', 'space'],
      ['Café', 'cafe', 'comma'],
      ['Élysée', 'elysee', 'space'],
    ])
  })

  it('normalises each word alone when lower-casing the text moves its letters', () => {
    // «İ» lower-cases to two code units, so the lower-cased text no longer lines up with the words.
    expect(words('İstanbul and Kazakh-Turkish ties')).toEqual([
      ['İstanbul', 'i̇stanbul', 'start'],
      ['and', 'and', 'space'],
      ['Kazakh', 'kazakh', 'space'],
      ['Turkish', 'turkish', 'hyphen'],
      ['ties', 'ties', 'space'],
    ])
  })
})
