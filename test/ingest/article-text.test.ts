import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/ingest/article-text.js'
import { foldSpacing } from '../../src/language/normalize.js'
import { createRandom } from '../helpers/random.js'

/** How stored content hashes and story keys were made before fingerprint read the text in one pass. */
function storedFormula(text: string): string {
  const folded = foldSpacing(text).toLowerCase().replaceAll('ё', 'е')
  const words = (folded.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\p{N}/u.test(w))
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 20)
}

/** Characters where case, normalisation or the letter/number classes are tricky. */
const ALPHABET = [
  ...'abcXYZ019 .,;-—«»"\'\t\n',
  ...'абвЁёЕеЙйӘәҒғҚқҢңӨөҰұҮүҺһІі',
  'е\u0308', 'Е\u0308', 'И\u0306', // ё and й decomposed
  'İ', 'ı', 'Σ', 'σ', 'ς', 'ß', 'ẞ', 'Å', 'A\u030a', 'ﬁ', 'Ａ', '１', '²', 'Ⅻ', '①', '٣', '½',
  '\u00a0', '\u2028', '\u200b', '\ufeff', '\u3000', '\u0301', '\u0483',
  '𝐀', '𝟏', '😀', '𠀀', '\ud800', '\udc00', 'ᄀ', 'ᅡ', '가', 'क़', 'क\u093c', '\u0130\u0301',
]

describe('fingerprint', () => {
  it('hashes these texts as the hashes already stored were made', () => {
    expect(fingerprint('Kazakhstan and France signed a memorandum on cultural cooperation in 2026.')).toBe('917745fd45bdfb6757db')
    expect(fingerprint('Министр культуры Казахстана встретился с послом Франции — «Ёлка» № 5')).toBe('e1f52c1e7cbaebf5ab61')
    expect(fingerprint('Қазақстан мен Түркия мәдени ынтымақтастық туралы келісімге қол қойды')).toBe('90d0101902069b702baa')
    expect(fingerprint('')).toBe('da39a3ee5e6b4b0d3255')
  })

  it('gives the stored formula’s hash for 5,000 texts mixed from letters, marks, digits and surrogates', () => {
    const random = createRandom(14)
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')
      expect(fingerprint(text), JSON.stringify(text)).toBe(storedFormula(text))
    }
  })

  it('gives the stored formula’s hash for long texts, the words’ bytes in the buffer kept for every call and in one of their own', () => {
    const random = createRandom(15)
    const long = 'Қазақстан мен Түркия ынтымақтастық '.repeat(2_000) + Array.from({ length: 20_000 }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')
    expect(fingerprint(long)).toBe(storedFormula(long))
    // Letters of three UTF-8 bytes each (Hangul): 65,536 is the longest text the kept buffer takes, then one more, then
    // a text whose bytes would not fit a buffer sized at fewer bytes a letter (a body may be 200,000 characters).
    for (const letters of [65_536, 65_537, 150_000]) {
      const wide = '가나'.repeat(letters / 2) + (letters % 2 === 1 ? '다' : '')
      expect(fingerprint(wide)).toBe(storedFormula(wide))
    }
    expect(fingerprint('Ёлка в Астане')).toBe(storedFormula('Ёлка в Астане'))
  })

  it('reads only the words: case, punctuation, spacing, ё and one-letter words do not change it, another word does', () => {
    const base = fingerprint('Ёлка в Астане: концерт «Дружба», 2 января')
    expect(fingerprint('ЕЛКА  в астане — КОНЦЕРТ "дружба"\n2 января!')).toBe(base)
    expect(fingerprint('Ёлка Астане концерт Дружба 2 января')).toBe(base)
    expect(fingerprint('Ёлка в Астане: концерт «Дружба», 3 января')).not.toBe(base)
  })
})
