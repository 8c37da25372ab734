import { describe, expect, it } from 'vitest'
import { bucketKey, normalizeWord, tokenize, type Separator } from '../../src/language/normalize.js'

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
    // «İ» lower-cases to i and a combining dot, which the norm drops: the word reads as its plain spelling.
    ['normalises a word whose lower case is longer', 'İstanbul and Kazakh-Turkish ties', [
      ['İstanbul', 'istanbul', 'start'], ['and', 'and', 'space'], ['Kazakh', 'kazakh', 'space'],
      ['Turkish', 'turkish', 'hyphen'], ['ties', 'ties', 'space'],
    ]],
    // A real Kazakh sentence: the Latin «Ñ» of a podcast's name once cost «айтты» its breve.
    ['normalises each word alone: a Latin accent elsewhere in the sentence leaves й as it is', 'Мұрат BIZDIÑ ORTA подкастында айтты', [
      ['Мұрат', 'мұрат', 'start'], ['BIZDIÑ', 'bizdin', 'space'], ['ORTA', 'orta', 'space'],
      ['подкастында', 'подкастында', 'space'], ['айтты', 'айтты', 'space'],
    ]],
    // One word of two scripts: the Latin letter loses its accent, «й» keeps its breve.
    ['drops the accents of Latin letters only', 'ÑOЙ Caféй', [
      ['ÑOЙ', 'noй', 'start'], ['Caféй', 'cafeй', 'space'],
    ]],
    ['reads Kazakh capitals and Greek ones as normalizeWord does', 'ҚАЗАҚСТАН ӘЛЕМ ΟΔΟΣ', [
      ['ҚАЗАҚСТАН', 'қазақстан', 'start'], ['ӘЛЕМ', 'әлем', 'space'], ['ΟΔΟΣ', 'οδος', 'space'],
    ]],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text).map(({ raw, norm, sep }) => [raw, norm, sep])).toEqual(expected)
  })

  it('gives every word the norm normalizeWord gives it alone, and its bucket key', () => {
    const wrong: string[] = []
    // Each code unit below the tokenizer's table's end, between capitals and small letters of three scripts.
    for (let code = 0; code < 0x2070; code += 1) {
      const char = String.fromCharCode(code)
      for (const text of [char, `Ab${char}`, `${char}Дя`, `ÉӘ${char}${char}z`]) {
        for (const { raw, norm, key } of tokenize(text)) {
          if (norm !== normalizeWord(raw) || key !== bucketKey(norm)) wrong.push(`U+${code.toString(16)} in ${text}: ${raw} → ${norm}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
