import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { stemKazakh } from '../../src/language/kazakh.js'
import { bareStems, fleetingVowelForms, kazakhCyrillicReading, textTerms, wordStems } from '../../src/language/stem.js'

describe('wordStems', () => {
  it.each([
    ['России', ['росс', 'россии']],
    ['Россией', ['росс', 'россиеи']],
    ['сотрудничестве', ['сотрудничеств', 'сотрудничестве']],
    ['музеев', ['музе', 'музеев']],
    ['Ресей', ['ресе', 'ресеи']],
    ['Ресеймен', ['ресеим', 'ресеи', 'ресеимен', 'ресе']],
    ['Франциямен', ['франциям', 'франция', 'франциямен', 'франц']],
    ['Францияға', ['франция', 'францияға', 'франц']],
    ['Түркиямен', ['түркия', 'түркиямен', 'түрки']],
    ['ынтымақтастығы', ['ынтымақтасты', 'ынтымақтастығы', 'ынтымақтаст']],
    ['ынтымақтастық', ['ынтымақтасты', 'ынтымақтаст']],
    ['мұражайлардың', ['мұражаи', 'мұражаилардың', 'мұражаилард', 'мұражаилар', 'мұража']],
    ['museums', ['museum']],
    ['2026', ['2026']],
    ['ёлка', ['елка']],
    // Latin accents: the stems of the word as written and without them, which the stemmer cuts differently.
    ['théâtre', ['theatre', 'theatr']],
    ['Bühne', ['buhne', 'buhn']],
    ['kórme', ['korme', 'korm']],
    ['theatre', ['theatr']],
    ['Zürich', ['zurich']],
    // Kazakh Latin's ı has no accent to drop and its ý is typed u: the stems of the word as typed on a plain keyboard too.
    ['mádenıet', ['madenıet', 'madeniet']],
    ['Respýblıkasy', ['respyblıkasi', 'respublikasi']],
    ['respublikasy', ['respublikasi']],
    // Vietnamese letters with marks lie past Latin Extended-B: «bảy» (seven) is «bay» unaccented, which the stemmer keeps.
    ['bảy', ['bai', 'bay']],
  ])('%s → %j', (word, expected) => {
    expect(wordStems(word)).toEqual(expected)
  })

  it('gives inflected forms of one word a shared term', () => {
    const shared = (a: string, b: string) => wordStems(a).some((t) => wordStems(b).includes(t))
    expect(shared('театры', 'театра')).toBe(true)
    expect(shared('гастроль', 'гастроли')).toBe(true)
    expect(shared('Ресей', 'Ресеймен')).toBe(true)
    expect(shared('Франции', 'Франциямен')).toBe(true)
    expect(shared('театр', 'спорт')).toBe(false)
  })

  it.each([
    ['Қазақстан', 'Қазақстанның'],
    ['Өзбекстан', 'Өзбекстанмен'],
    ['Үндістан', 'Үндістанда'],
    ['мәдениет', 'мәдениеті'],
    ['мәдениеті', 'мәдениетінің'],
  ])('gives a Kazakh word that ends as an ending does a term shared with its forms: %s, %s', (a, b) => {
    expect(wordStems(a.toLowerCase()).some((term) => wordStems(b.toLowerCase()).includes(term))).toBe(true)
  })

  it.each([['лето', 'лет'], ['прием', 'при'], ['тема', 'тем'], ['музей', 'музы']])('gives %s and %s, which share three letters only, no term in common', (word, other) => {
    expect(wordStems(word).filter((term) => wordStems(other).includes(term))).toEqual([])
  })

  it('reads a text into its distinct terms, one-letter words left out', () => {
    expect([...textTerms('Гастроли театра, а театры — на гастролях')].sort()).toEqual(['гастрол', 'гастроли', 'гастролях', 'на', 'театр', 'театра', 'театры'])
  })

  it('peels the accusative «-н» after «its» («-ы», «-і», «-сы», «-сі»), as «-ның», «-нда», «-нан» are: «күндерін» is «күндері»', () => {
    for (const [word, stem] of [['күндерін', 'күндер'], ['күндері', 'күндер'], ['мәдениетін', 'мәдениет'], ['жобаларын', 'жоба'], ['бағдарламасын', 'бағдарлама'], ['стипендиясын', 'стипендия']]) {
      expect(stemKazakh(word!), word).toBe(stem)
    }
    expect(wordStems('күндерін').filter((term) => wordStems('күндері').includes(term))).not.toEqual([])
    expect(bareStems('күндерін')).toContain('күн')
    // Never below four letters: «орын» (a place), «өзін» (himself).
    for (const word of ['орын', 'өзін']) expect(stemKazakh(word), word).toBe(word)
  })

  it('never strips a Kazakh word below four letters', () => {
    expect(stemKazakh('ана')).toBe('ана')
    expect(stemKazakh('елде')).toBe('елде')
  })
})

describe('fleetingVowelForms', () => {
  it('gives the other forms of a Russian noun whose last vowel drops in them, as whole words, never a common word', () => {
    expect(fleetingVowelForms('посол')).toEqual(['посла', 'послу', 'послом', 'послы', 'послов', 'послам', 'послами', 'послах'])
    expect(fleetingVowelForms('Дворец')).toContain('дворце')
    expect(fleetingVowelForms('день')).toEqual(['дня', 'дню', 'днем', 'дне', 'дни', 'днеи', 'дням', 'днями', 'днях'])
    expect(fleetingVowelForms('уровень')).toContain('уровне')
    expect(fleetingVowelForms('рынок')).toContain('рынке')
  })

  it('spells the endings as Russian does after the consonant: «углы», not «угли» (coals); «дворцем», «дворцев» after «ц» only', () => {
    expect(fleetingVowelForms('угол')).toEqual(['угла', 'углу', 'углом', 'угле', 'углы', 'углов', 'углам', 'углами', 'углах'])
    expect(fleetingVowelForms('рынок')).toEqual(['рынка', 'рынку', 'рынком', 'рынке', 'рынки', 'рынков', 'рынкам', 'рынками', 'рынках'])
    expect(fleetingVowelForms('дворец')).toEqual(expect.arrayContaining(['дворцы', 'дворцем', 'дворцев']))
  })

  it('gives nothing for a noun whose vowel stays and whose forms without it are another word («урки», «ступни»)', () => {
    for (const word of ['урок', 'Урок', 'порок', 'ступень']) expect(fleetingVowelForms(word), word).toEqual([])
  })

  it('gives a word in «-ек» no «-ке», a Kazakh dative («киім-кешек» is no «кешке», in the evening), its other forms kept', () => {
    expect(fleetingVowelForms('кешек')).not.toContain('кешке')
    expect(fleetingVowelForms('кружек')).toEqual(expect.arrayContaining(['кружка', 'кружки']))
  })

  it('gives nothing for a word of another shape, a Kazakh or Latin word, or one of three letters', () => {
    for (const word of ['музей', 'театр', 'Ресей', 'көрмесі', 'орын', 'museum', 'дел', 'дни']) expect(fleetingVowelForms(word), word).toEqual([])
  })

  it("gives nothing for the past of a verb of going («прошёл», «вышел»), no noun, whose forms («прошлом») are another word's", () => {
    for (const word of ['прошёл', 'прошел', 'вышел', 'пришёл', 'шёл']) expect(fleetingVowelForms(word), word).toEqual([])
  })
})

describe('kazakhCyrillicReading', () => {
  it('keeps no text it read alive through the words it remembers', () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const lines = 'Qazaqstan men Túrkıa mádenıet kúnderi bastaldy. Mádenıet mınıstrligi kórmeni ashty. Murajaılardyń yntymaqtastyǵy. '.repeat(25)
    // Each text has words no other has (names, rare words): 3 KB of text each, two-byte, for two remembered words.
    const letters = (n: number) => n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))
    const read = (from: number, to: number) => {
      for (let i = from; i < to; i += 1) kazakhCyrillicReading(`Halyqaralyqkórme${letters(i)} ${lines} ${letters(i)}aqparattyq`)
    }
    read(0, 100)
    gc()
    const before = process.memoryUsage().heapUsed
    read(100, 3_100)
    gc()
    // The 6,000 words and their readings are under 1 MB; the 3,000 texts they were cut from, ~19 MB.
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(6)
  })
})
