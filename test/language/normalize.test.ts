import { describe, expect, it } from 'vitest'
import { tokenize, type Separator } from '../../src/language/normalize.js'

type Word = [raw: string, norm: string, sep: Separator]

describe('tokenize', () => {
  it.each<[string, string, Word[]]>([
    ['keeps each word as written and as the lexicons read it', 'Министр культуры РФ посетил Алматы', [
      ['Министр', 'министр', 'start'], ['культуры', 'культуры', 'space'], ['РФ', 'рф', 'space'],
      ['посетил', 'посетил', 'space'], ['Алматы', 'алматы', 'space'],
    ]],
    ['reads ё as е and drops Latin accents, whatever the case', 'Её приём, Café Élysée', [
      ['Её', 'ее', 'start'], ['приём', 'прием', 'space'], ['Café', 'cafe', 'comma'], ['Élysée', 'elysee', 'space'],
    ]],
    // «İ» lower-cases to two code units, so the lower-cased text no longer lines up with the words.
    ['normalises each word alone when lower-casing the text moves its letters', 'İstanbul and Kazakh-Turkish ties', [
      ['İstanbul', 'i̇stanbul', 'start'], ['and', 'and', 'space'], ['Kazakh', 'kazakh', 'space'],
      ['Turkish', 'turkish', 'hyphen'], ['ties', 'ties', 'space'],
    ]],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text).map(({ raw, norm, sep }) => [raw, norm, sep])).toEqual(expected)
  })
})
