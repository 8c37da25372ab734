import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createPhraseCache, isSpelledLetter, matchableText, scannedText } from '../../src/language/search-query.js'
import { searchLowerCase, searchWords } from '../../src/language/normalize.js'
import { type StemCache, termSpellingsOf, textTerms } from '../../src/language/stem.js'

const CORPUS = new URL('../../corpus/', import.meta.url)
const corpusTexts = readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).flatMap((file) =>
  readFileSync(new URL(file, CORPUS), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const { title, body } = JSON.parse(line) as { title: string; body: string }
    return `${title}\n${body}`
  }),
)

/** Texts whose words are spelled the ways a term reads otherwise: Kazakh Latin (and its Cyrillic reading), accents (composed or not), ё, й, a capital İ, an astral letter. */
const ODD_TEXTS = [
  'Şymkent qalasynda mádenıet kúnderi; Shymkent, madeniet, Respýblıkasy, İstanbul, İZMİR.',
  // Kazakh Latin in the 2021 alphabet, read in Cyrillic too (kazakhCyrillicReading): its terms are «мәдениет»'s as well.
  'Qazaqstan men Türkia mädeniet künderı bastaldy. Ministrlık körmenı aşty, İtaliia da.',
  'Théâtre du Soleil, Société des amis, Bühne der Städte, Fédération de Russie, Zürich.',
  'Йогурт и ёлки, Ёлкин, МУЗЕЙНЫЙ праздник, Қазақстан Республикасының мәдениеті, Ресеймен.',
  '𝔸культура and 𝔸museums stay one word each; ЧҮҚК, ﬁsh, Ωmega, Åland, Kelvin.',
  'possibility, possibilities, happiness, happy, relational, hopping, hoping, generously, communication, arsenal, why, shy, cry, dying, skies.',
]

/** Starts and whole terms to ask for: every term of some words of the text, cut to each length from four letters on. */
function askedOf(text: string, every: number, stems: StemCache): string[] {
  const terms = [...textTerms(text, stems)].filter((_, i) => i % every === 0)
  return [...new Set(terms.flatMap((t) => [...Array([...t].length + 1).keys()].slice(2).map((n) => [...t].slice(0, n).join(''))))]
}

describe('a text scanned for the words of one search', () => {
  it('finds exactly the terms and starts that all its terms have, on the corpus texts and texts spelled every way', () => {
    const stems: StemCache = new Map()
    const cache = createPhraseCache()
    const texts = [...ODD_TEXTS, ...corpusTexts]
    let asked = 0
    texts.forEach((text, i) => {
      const all = matchableText(text, stems)
      const scanned = scannedText(text, stems, cache)
      // Its own terms and starts, and another text's (mostly absent).
      for (const word of [...askedOf(text, ODD_TEXTS.includes(text) ? 1 : 29, stems), ...askedOf(texts[(i + 1) % texts.length]!, 61, stems)]) {
        expect(scanned.hasTerm([], [word]), `${word}* in text ${i}`).toBe(all.hasTerm([], [word]))
        expect(scanned.hasTerm([word], []), `${word} in text ${i}`).toBe(all.hasTerm([word], []))
        asked += 1
      }
    })
    expect(asked).toBeGreaterThan(5_000)
  })

  it('reads every word of the text that has a term, whole (a letter past an astral one is no word of its own)', () => {
    const cache = createPhraseCache()
    expect(scannedText('𝔸культура', new Map(), cache).hasTerm([], ['культур'])).toBe(false)
    expect(scannedText('«Культуролог» о культуре', new Map(), cache).hasTerm([], ['культуролог'])).toBe(true)
    expect(searchWords('𝔸культура')).toEqual(['𝔸культура'])
  })

  it('spells no letter outside the ranges it scans as one inside them', () => {
    // scannedText builds its letters' spellings from Latin, Greek, Cyrillic, Armenian and the letter-like symbols only;
    // a letter elsewhere spelled as one of theirs would be missed.
    const isScanned = isSpelledLetter
    const strays: string[] = []
    for (let code = 0; code < 0x30000; code += 1) {
      if (isScanned(code) || (code >= 0xd800 && code <= 0xdfff)) continue
      // As a text is read: in lower case («Ȿ» is «ȿ», which is scanned).
      for (const letter of searchLowerCase(String.fromCodePoint(code))) {
        if (isScanned(letter.codePointAt(0)!) || !/[\p{L}\p{N}]/u.test(letter)) continue
        for (const spelled of termSpellingsOf(letter)) if ([...spelled].some((c) => isScanned(c.codePointAt(0)!))) strays.push(letter)
      }
    }
    expect(strays).toEqual([])
  })
})
