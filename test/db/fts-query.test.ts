import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { Db } from '../../src/db/database.js'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { searchItems } from '../../src/db/items.js'
import { createTestDb } from '../helpers/test-app.js'
import { seedItems } from '../helpers/seed-items.js'

/** The MATCH expression alone. */
const ftsOf = (input: string) => toFtsQuery(input)?.fts ?? null

describe('toFtsQuery', () => {
  it('looks every word up by its terms, joins with AND and keeps a phrase\'s words side by side', () => {
    expect(ftsOf('музей Франции')).toBe('terms : ("музе" OR "музеи") AND terms : ("франц" OR "франции")')
    // A phrase's word by its first four letters, or its stem's when shorter («абу» by «аб», and a Russian two-letter stem's
    // forms anywhere), a word of one or two letters whole, side by side.
    expect(ftsOf('"Лувр Абу-Даби" выставка')).toBe('words : ("лувр"* + "аб"* + "даб"*) AND terms : "лувр" AND terms : ("абу" OR "аба" OR "абы" OR "або" OR "абе" OR "абом" OR "абои" OR "абою" OR "абам" OR "абами" OR "абах" OR "абов") AND terms : ("выставк" OR "выставка")')
    expect(ftsOf('«Астана Опера»')).toBe('words : ("аста"* + "опер"*) AND terms : ("аста" OR "астана") AND terms : ("опер" OR "опера")')
    // A word whose stem is shorter than four letters by its stem: «годы» by «год», "days" by "day".
    // A u in a Latin word's first letters may be Kazakh Latin's ý, which the index keeps as y: "cult" or "cylt".
    expect(ftsOf('"Days of Culture"')).toBe('words : (("day"* + "of" + "cult"*) OR ("day"* + "of" + "cylt"*)) AND terms : "cultur"')
    // No more than eight ways for one phrase: past them, a word only as typed.
    expect(ftsOf('"museum culture tours music"')?.match(/ OR /g)).toHaveLength(7)
    expect(ftsOf('«годы культуры»')).toBe('words : ("год"* + "куль"*) AND terms : ("культур" OR "культуры")')
    // Typed in Kazakh Latin letters, a word also by its Cyrillic reading's terms, a phrase also as its Cyrillic reading.
    expect(ftsOf('mädeniet')).toBe('terms : ("madeniet" OR "мәдениет")')
    expect(ftsOf('"mädeniet künderı"')).toBe(
      '((words : (("made"* + "kund"*) OR ("made"* + "kynd"*)) AND terms : "madeniet" AND terms : ("kunderı" OR "kunderi")) OR (words : ("мәде"* + "күн"*) AND terms : "мәдениет"))',
    )
    // Operators alone leave nothing to find; with words they join them, never reaching FTS5 as its own.
    expect(ftsOf('AND OR NOT')).toBeNull()
    expect(ftsOf('-"days of culture" NOT «Дни культуры»')).toBeNull()
    expect(ftsOf('музей OR кино -Лувр')).toBe('(terms : ("музе" OR "музеи" OR "кино")) NOT terms : "лувр"')
    expect(ftsOf('-Лувр')).toBeNull()
    expect(ftsOf('muse* mu*')).toBe('terms : ("muse"*) AND terms : "mu"')
    // OR joins a starred word as it joins any other: either will do.
    expect(ftsOf('muse* OR кино')).toBe('terms : ("кино" OR "muse"*)')
    expect(ftsOf('кино OR muse* театр')).toBe('terms : ("кино" OR "muse"*) AND terms : "театр"')
    // A word or a starred word OR joined to a phrase is looked up as it is alone, by its terms or its start, not as a one-word phrase.
    expect(ftsOf('"Астана Опера" OR кино')).toBe('((words : ("аста"* + "опер"*) AND terms : ("аста" OR "астана") AND terms : ("опер" OR "опера")) OR (terms : ("кино")))')
    expect(ftsOf('музе* OR "Астана Опера" OR кино')).toBe('((words : ("аста"* + "опер"*) AND terms : ("аста" OR "астана") AND terms : ("опер" OR "опера")) OR (terms : ("кино" OR "музе"*)))')
    expect(ftsOf('  ***  ')).toBeNull()
  })

  it('tells how many alternatives joined by OR were searched when more were typed than a clause holds, and searches none after the first cut', () => {
    const phrases = (n: number) => Array.from({ length: n }, (_, i) => `"день ${['театра', 'музея', 'кино', 'оперы', 'балета', 'цирка', 'поэзии', 'танца', 'джаза', 'книги'][i]}"`).join(' OR ')
    expect(toFtsQuery(phrases(8))?.searchedAlternatives).toBeNull()
    expect(toFtsQuery(phrases(9))?.searchedAlternatives).toBe(8)
    expect(toFtsQuery(`${phrases(10)} OR кино`)?.searchedAlternatives).toBe(8)
    const cut = JSON.parse(toFtsQuery(`${phrases(10)} OR кино`)!.phrases!) as { ways: unknown[]; terms?: string[] }[]
    expect(cut.map((clause) => [clause.ways.length, clause.terms])).toEqual([[8, undefined]])
    // Words OR joined to a phrase are terms, not phrases for the index to find: any number of them is searched.
    expect(toFtsQuery(`${phrases(8)} OR кино OR опера OR балет`)?.searchedAlternatives).toBeNull()
    expect(toFtsQuery(`кино OR опера OR балет OR цирк OR театр OR музей OR джаз OR танец OR книга OR поэзия`)?.searchedAlternatives).toBeNull()
    // Kazakh Latin whose ı tells no alphabet is three ways to look a phrase up (as typed, 2018's and 2021's Cyrillic): a third such phrase is past eight.
    expect(toFtsQuery('"bılım" OR "ıdeıa"')?.searchedAlternatives).toBeNull()
    expect(toFtsQuery('"bılım" OR "ıdeıa" OR "tarıh"')?.searchedAlternatives).toBe(2)
    // Words OR joined to a phrase are looked for again in each candidate's text: 24 at most, the alternatives after them cut too.
    const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `слово${String.fromCharCode(0x430 + ((from + i) % 32))}${String.fromCharCode(0x430 + Math.floor((from + i) / 32))}`).join(' OR ')
    expect(toFtsQuery(`"день театра" OR ${words(24)}`)?.searchedAlternatives).toBeNull()
    expect(toFtsQuery(`"день театра" OR ${words(25)}`)?.searchedAlternatives).toBe(25)
    expect(toFtsQuery(`${words(30)} OR "день театра"`)?.searchedAlternatives).toBe(30)
    expect(toFtsQuery(`${words(23)} OR "день театра" OR кино`)?.searchedAlternatives).toBeNull()
    expect(toFtsQuery(`${words(24)} OR "день театра" OR кино`)?.searchedAlternatives).toBe(25)
    const bounded = JSON.parse(toFtsQuery(`"день театра" OR ${words(30)} OR "день кино"`)!.phrases!) as { ways: unknown[]; terms: string[] }[]
    expect(bounded.map((clause) => clause.ways.length)).toEqual([1])
    expect(toFtsQuery(`"день театра" OR ${words(30)} OR "день кино"`)?.fts).not.toContain(words(1, 24).slice(0, 6))
    expect(toFtsQuery(words(60))?.searchedAlternatives).toBeNull()
    // Each clause is bounded by itself: the fewest searched is told.
    expect(toFtsQuery(`театр ${phrases(9)}`)?.searchedAlternatives).toBe(8)
    expect(ftsOf('')).toBeNull()
  })

  it('tells how many words and phrases were searched when a query had more than a search takes, the phrases first', () => {
    const words = ['театр', 'опера', 'балет', 'кино', 'музей', 'джаз', 'цирк', 'танец', 'книга']
    expect(toFtsQuery(words.slice(0, 8).join(' '))?.searchedClauses).toBeNull()
    // A ninth word was dropped without a word said: a word to leave out too, which the results then hold.
    const nine = toFtsQuery(`${words.slice(0, 8).join(' ')} -книга`)!
    expect(nine.searchedClauses).toBe(8)
    expect(nine.fts).not.toContain('книг')
    expect(toFtsQuery(words.join(' '))?.searchedClauses).toBe(8)
    // The same word twice is one clause; the phrase comes first and the last word typed is the one past the bound.
    expect(toFtsQuery(`${words.slice(0, 8).join(' ')} театр`)?.searchedClauses).toBeNull()
    const phrased = toFtsQuery(`${words.slice(0, 8).join(' ')} "Дни культуры"`)!
    expect(phrased.searchedClauses).toBe(8)
    expect(phrased.fts).toContain('"дн"*')
    expect(phrased.fts).not.toContain('танец')
    // Nothing searchable (words to leave out only): nothing to tell.
    expect(toFtsQuery(words.map((w) => `-${w}`).join(' '))).toBeNull()
  })

  it.each([
    ['«Лувр Абу-Даби» выставка', 'words : ("лувр"* + "аб"* + "даб"*) AND terms : "лувр" AND terms : ("абу" OR "аба" OR "абы" OR "або" OR "абе" OR "абом" OR "абои" OR "абою" OR "абам" OR "абами" OR "абах" OR "абов") AND terms : ("выставк" OR "выставка")'],
    ['“Abai Days”', 'words : ("abai"* + "day"*) AND terms : "abai"'],
    ['„Tage“', 'words : ("tage"*) AND terms : "tage"'],
    ['„Tage”', 'words : ("tage"*) AND terms : "tage"'],
    ['»Tage«', 'words : ("tage"*) AND terms : "tage"'],
    // Quotes inside a phrase are part of it; a closing mark closes the innermost phrase it can.
    ['«Дни «культуры»»', 'words : ("дн"* + "куль"*) AND terms : ("дни" OR "дня" OR "дню" OR "днь" OR "дне" OR "днеи" OR "днем" OR "днею" OR "дням" OR "днями" OR "днях" OR "днью") AND terms : ("культур" OR "культуры")'],
    ['«Дни "культуры"»', 'words : ("дн"* + "куль"*) AND terms : ("дни" OR "дня" OR "дню" OR "днь" OR "дне" OR "днеи" OR "днем" OR "днею" OR "дням" OR "днями" OR "днях" OR "днью") AND terms : ("культур" OR "культуры")'],
    ['«Дни “культуры» кино', 'words : ("дн"* + "куль"*) AND terms : ("дни" OR "дня" OR "дню" OR "днь" OR "дне" OR "днеи" OR "днем" OR "днею" OR "дням" OR "днями" OR "днях" OR "днью") AND terms : ("культур" OR "культуры") AND terms : "кино"'],
    // A mark that closes nothing, or a phrase never closed: its words are loose.
    ['«Лувр', 'terms : "лувр"'],
    ['Лувр»', 'terms : "лувр"'],
    ['"Лувр «Абу Даби»', 'words : ("аб"* + "даб"*) AND terms : ("абу" OR "аба" OR "абы" OR "або" OR "абе" OR "абом" OR "абои" OR "абою" OR "абам" OR "абами" OR "абах" OR "абов") AND terms : "лувр"'],
    ['«', null],
    ['«»', null],
    ['“”„', null],
  ])('reads %s in typographic quotes as "double quotes", balanced or not', (input, expected) => {
    expect(ftsOf(input)).toBe(expected)
  })

  describe('against the real search index', () => {
    let db: Db
    let ids: number[]
    beforeAll(async () => {
      db = await createTestDb()
      ids = await seedItems(db, [
        { title: 'Меморандум о сотрудничестве с Россией', body: 'Музеи двух стран проведут выставки. Лувр Абу-Даби тоже.', publishedAt: '2026-11-01T00:00:00.000Z' },
        { title: 'Қазақстан мен Ресей ынтымақтастығы', body: 'Мұражайлардың көрмесі Ресеймен бірге өтеді.', publishedAt: '2026-11-02T00:00:00.000Z' },
        { title: 'Новый музей Кастеева открыт', body: 'Гастроли актёров МХАТ в Café Zürich.', publishedAt: '2026-11-03T00:00:00.000Z' },
        { title: 'Гимназия №5 и лицей подписали меморандум', body: 'Зал площадью 300 м² отдан выставке.', publishedAt: '2026-11-04T00:00:00.000Z' },
        { title: 'Théâtre du Soleil en tournée', body: 'La Société des amis du Théâtre et la Fédération de Russie.', lang: 'en', publishedAt: '2026-11-05T00:00:00.000Z' },
        { title: 'Die Bühne der Städte', body: 'Ulttyq kórme Almatyda.', lang: 'en', publishedAt: '2026-11-06T00:00:00.000Z' },
        { title: 'Theatre des Nations, Societe des artistes', body: 'Buhne der Stadte; ulttyq korme.', lang: 'en', publishedAt: '2026-11-07T00:00:00.000Z' },
        { title: 'Qazaqstan Respýblıkasy mádenıet kúnderi', body: 'Almatyda ashyldy.', lang: 'kk', publishedAt: '2026-11-08T00:00:00.000Z' },
        { title: 'Qazaqstan Respublikasy madeniet aptalygy', body: 'Astanada ótti.', lang: 'kk', publishedAt: '2026-11-09T00:00:00.000Z' },
        { title: 'Ortalyq mýzeı ashyldy', body: 'Şymkent qalasy.', lang: 'kk', publishedAt: '2026-11-10T00:00:00.000Z' },
        { title: 'Ortalyq muzei ashyldy', body: 'Shymkent qalasy.', lang: 'kk', publishedAt: '2026-11-11T00:00:00.000Z' },
      ])
    })
    afterAll(async () => db.destroy())

    const search = async (input: string) => {
      const match = toFtsQuery(input)
      if (match === null) return []
      return (await searchItems(db, match, { limit: 10 })).items.map((i) => ids.indexOf(i.id) + 1)
    }

    it('finds Russian and Kazakh word forms', async () => {
      expect(await search('Россия музей')).toEqual([1])
      expect(await search('сотрудничество')).toEqual([1])
      expect(await search('Ресей')).toEqual([2])
      expect(await search('ынтымақтастық мұражай')).toEqual([2])
      expect(await search('"Лувр Абу-Даби"')).toEqual([1])
      expect(await search('"Абу-Даби Лувр"')).toEqual([])
    })

    it('matches a phrase with й or ё as written, and Latin letters with or without their accents', async () => {
      expect(await search('"музей Кастеева"')).toEqual([3])
      expect(await search('"гастроли актёров"')).toEqual([3])
      expect(await search('"cafe zurich"')).toEqual([3])
      expect(await search('"Café Zürich"')).toEqual([3])
      // Typed with the text's accents, words whose stem the accents change («théâtre» is «theatre», «theatre» «theatr»).
      expect(await search('"Théâtre du Soleil"')).toEqual([5])
      expect(await search('"Société des amis"')).toEqual([5])
      expect(await search('"Fédération de Russie"')).toEqual([5])
    })

    it('finds a French, German or Kazakh Latin word typed with or without its accents, written with or without them', async () => {
      // The accents change these words' stems: «théâtre» is «theatre», «theatre» «theatr»; «kórme» «korme», «korme» «korm».
      for (const word of ['theatre', 'Théâtre', 'societe', 'Société']) expect(await search(word), word).toEqual([7, 5])
      for (const word of ['buhne', 'Bühne', 'stadte', 'Städte', 'korme']) expect(await search(word), word).toEqual([7, 6])
      // Typed with a Kazakh Latin letter, «kórme» is also «көрме» in Cyrillic («көрмесі»).
      expect(await search('kórme')).toEqual([7, 6, 2])
      expect(await search('theatre du soleil')).toEqual([5])
      expect(await search('"theatre du soleil"')).toEqual([5])
      expect(await search('"Théâtre des Nations"')).toEqual([7])
    })

    it('finds a Kazakh Latin word typed with i for its ı and u for its ý, and the other way round', async () => {
      for (const word of ['madeniet', 'mádenıet', 'madenıet', 'respublikasy', 'Respýblıkasy', 'Qazaqstan Respublikasy']) expect(await search(word), word).toEqual([9, 8])
      expect(await search('"Qazaqstan Respublikasy madeniet"')).toEqual([9, 8])
    })

    it.each(['"mýzeı ashyldy"', '"muzei ashyldy"', '"Ortalyq muzei"', '"Şymkent qalasy"', '"shymkent qalasy"', '"ortalyq mýzeı"'])(
      'finds a phrase typed with Kazakh Latin\'s ý as u and ş as sh in its words\' first letters, or the other way round: %s',
      async (input) => {
        expect(await search(input)).toEqual([11, 10])
      },
    )

    it('finds words typed with signs and marks as the text writes them (№, ², full-width, soft hyphens)', async () => {
      expect(await search('гимназия №5')).toEqual([4])
      expect(await search('"Гимназия №5"')).toEqual([4])
      expect(await search('300 м²')).toEqual([4])
      expect(await search('ＺＵＲＩＣＨ Гастро\u00adли')).toEqual([3])
    })

    it('never produces an expression FTS5 refuses, whatever the input', async () => {
      const nasty = ['"', '""', '"a', "it's", 'a:b', 'title:x', 'terms:x', '^x', 'x*', '(a OR b', 'NEAR(a b, 3)', '-x', '+', '\\', '\u0000', '🎭 🇫🇷', 'ё Ё й', 'ǅ ß ﬁ', 'a'.repeat(500)]
      let seed = 7
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
      for (let i = 0; i < 300; i++) {
        nasty.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => String.fromCodePoint(32 + Math.floor(random() * 0x500))).join(''))
      }
      for (const input of nasty) await expect(search(input), JSON.stringify(input)).resolves.toBeInstanceOf(Array)
    })
  })

  describe('a Russian noun whose last vowel drops in its other forms, against the real search index', () => {
    let db: Db
    let ids: number[]
    beforeAll(async () => {
      db = await createTestDb()
      ids = await seedItems(db, [
        { title: 'Встреча с послами трёх стран', body: 'В Дворце школьников прошёл концерт на высоком уровне.', publishedAt: '2026-11-01T00:00:00.000Z' },
        { title: 'После концерта', body: 'Зрители остались в зале на день открытых дверей.', publishedAt: '2026-11-02T00:00:00.000Z' },
        { title: 'Рынок книг', body: 'Послу вручили награду в дни книжной ярмарки.', publishedAt: '2026-11-03T00:00:00.000Z' },
        { title: 'Встреча посла Казахстана', body: 'Программа дня культуры Казахстана.', publishedAt: '2026-11-04T00:00:00.000Z' },
        { title: 'После Казахстана — Узбекистан', body: 'На дне культуры и искусства.', publishedAt: '2026-11-05T00:00:00.000Z' },
        { title: 'Итоги года', body: 'В прошлом году открыли новый музей.', publishedAt: '2026-11-06T00:00:00.000Z' },
        { title: 'Урок истории', body: 'Угол зала, ступень лестницы, новые углы.', publishedAt: '2026-11-07T00:00:00.000Z' },
        { title: 'Урки на рынке', body: 'Угли в костре, ступни в песке.', publishedAt: '2026-11-08T00:00:00.000Z' },
      ])
    })
    afterAll(async () => db.destroy())

    const search = async (input: string) => {
      const match = toFtsQuery(input)
      if (match === null) return []
      return (await searchItems(db, match, { limit: 10 })).items.map((i) => ids.indexOf(i.id) + 1).sort()
    }

    it('finds «посол» as «послами» and «послу», «дворец» as «Дворце», «уровень» as «уровне», «день» as «дни», but not «после» for «посол»', async () => {
      expect(await search('посол')).toEqual([1, 3, 4])
      expect(await search('дворец')).toEqual([1])
      expect(await search('уровень')).toEqual([1])
      expect(await search('день')).toEqual([2, 3, 4, 5])
      expect(await search('концерт -посол')).toEqual([2])
      expect(await search('рынок OR посол')).toEqual([1, 3, 4, 8])
    })

    it('finds «угол» as «углы», not «угли» (coals), «урок» not as «урки», «ступень» not as «ступни» (feet): forms without the vowel that are another word', async () => {
      expect(await search('угол')).toEqual([7])
      expect(await search('урок')).toEqual([7])
      expect(await search('ступень')).toEqual([7])
      expect(await search('"угол зала"')).toEqual([7])
    })

    it('finds «прошёл», a verb, as typed, not as «в прошлом году»', async () => {
      expect(await search('прошёл')).toEqual([1])
    })

    it('finds such a noun in a phrase in those forms too: «"посол Казахстана"» is «посла Казахстана», not «После Казахстана»', async () => {
      expect(await search('"посол Казахстана"')).toEqual([4])
      expect(await search('"день культуры"')).toEqual([4, 5])
      expect(await search('"Дворец школьников"')).toEqual([1])
    })
  })

  describe('a phrase in any word forms, against the real search index', () => {
    let db: Db
    let ids: number[]
    beforeAll(async () => {
      db = await createTestDb()
      ids = await seedItems(db, [
        { title: 'Гастроли Большого театра в Астане', body: 'Приехала делегация Российской Федерации.', publishedAt: '2026-11-01T00:00:00.000Z' },
        { title: 'Астана Операсында жаңа маусым', body: 'Абайдың мұрасы туралы қойылым.', lang: 'kk', publishedAt: '2026-11-02T00:00:00.000Z' },
        { title: 'Cultural Days of Kazakhstan in Paris', body: 'Dancers performed.', lang: 'en', publishedAt: '2026-11-03T00:00:00.000Z' },
        { title: 'Большой зал и новый театр', body: 'Опера в Астане.', publishedAt: '2026-11-04T00:00:00.000Z' },
        { title: 'Астана операция жүргізді', body: 'Полиция хабарлады.', lang: 'kk', publishedAt: '2026-11-05T00:00:00.000Z' },
        { title: 'Days of culture', body: 'Readings.', lang: 'en', publishedAt: '2026-11-06T00:00:00.000Z' },
        { title: 'Больница театральная открылась', body: 'Директор большого завода и труппа театра пришли.', publishedAt: '2026-11-07T00:00:00.000Z' },
        { title: 'В Днях культуры Казахстана', body: 'Arts Days in Almaty. Жылдың адамы атанды.', publishedAt: '2026-11-08T00:00:00.000Z' },
        { title: 'Новогодняя ёлка в Астане', body: 'Jańa ıdeıa kórmesi. Days in culture, Artist Days.', lang: 'kk', publishedAt: '2026-11-09T00:00:00.000Z' },
        { title: 'Лувр Абу-Даби открыл новый зал', body: 'Выставка продлится до весны.', publishedAt: '2026-11-10T00:00:00.000Z' },
        { title: 'Абу Бакр приехал с визитом', body: 'Даби — фамилия его переводчика.', publishedAt: '2026-11-11T00:00:00.000Z' },
      ])
    })
    afterAll(async () => db.destroy())

    const search = async (input: string) => (await searchItems(db, toFtsQuery(input)!, { limit: 10 })).items.map((i) => ids.indexOf(i.id) + 1).sort()

    it.each([
      ['«Большой театр»', [1]],
      ['"Российская Федерация"', [1]],
      ['"Большого театра"', [1]],
      ['«Астана Опера»', [2]],
      ['"Абай мұрасы"', [2]],
      ['“Culture Days”', [3]],
      ['"days of culture"', [6]],
      // Side by side and in this order: not «Большой зал и новый театр», «Опера в Астане», «театр Большой».
      ['«театр Большой»', []],
      ['«Опера Астана»', []],
      // A word that only begins as the phrase's does is not one of its forms: «операция» is not «опера».
      ['«Астана операциясы»', [5]],
      // Each word's form in the phrase's place: item 7's «Больница театральная» begins as «Большой театр» does, and «большого», «театра» stand elsewhere.
      ['«большого театра»', [1]],
      // A three-letter word by its stem: «Дни» is «Днях», "art" "arts", «жыл» «жылдың»; not "artist", and a shorter word only itself ("of" is not "in").
      ['«Дни культуры»', [8]],
      ['"Art Days"', [8]],
      ['"жыл адамы"', [8]],
      ['"days of culture"', [6]],
      ['"days in culture"', [9]],
      // ё as е and Kazakh Latin's ı as i, either way, as a loose word is read.
      ['"елка в Астане"', [9]],
      ['"ёлка"', [9]],
      ['"ideia kormesi"', [9]],
      ['"ıdeıa"', [9]],
      // OR between phrases, or a phrase and a plain word: either will do; beside other words, all of them must hold.
      ['«Большой театр» OR "Astana Opera"', [1]],
      ['«Большой театр» OR «Астана Опера»', [1, 2]],
      ['«Дни культуры» или "days of culture"', [6, 8]],
      ['"days of culture" OR Almaty OR Полиция', [5, 6, 8]],
      ['Полиция OR "days of culture"', [5, 6]],
      ['"days of culture" OR Полиция readings', [6]],
      ['"Days of culture" | «Дни культуры» Arts', [8]],
      // A phrase after a minus or NOT must be absent, in any of its forms; its words apart do not count.
      ['«Дни культуры» OR "days of culture" -"Arts Days"', [6]],
      ['Астана -«Астана Опера»', [1, 4, 5, 9]],
      ['театр NOT «Большой театр»', [4, 7]],
      ['театр -«театр Большой»', [1, 4, 7]],
      // A word of several («Абу-Даби») is all of its words, and joined by OR it is one alternative, its words side by side as written,
      // not its last word OR'ed and its first required, nor any of its words alone: «Абу» here and «Даби» there is no Abu Dhabi.
      ['Абу-Даби', [10, 11]],
      ['«Дни культуры» OR Абу-Даби', [10, 8]],
      ['Абу-Даби OR «Дни культуры»', [10, 8]],
      ['Полиция OR Абу-Даби', [10, 5]],
      ['Абу-Даби OR Полиция', [10, 5]],
      ['Абу-Даби OR Полиция Лувр', [10]],
    ])('finds %s → items %o', async (input, expected) => {
      expect(await search(input)).toEqual(expected)
    })

    describe('a word whose stem is shorter than four letters', () => {
      let own: Db
      let titles: string[]
      beforeAll(async () => {
        own = await createTestDb()
        titles = [
          'Итоги года культуры', 'В году культуры открыто три музея', 'О годах культуры', 'Годы культуры прошли',
          'Art Days in Almaty', 'Arts Days open', 'Artist Days held',
          'Дети культуры выступили', 'Для детей культуры', 'Люди культуры собрались', 'Встреча людей культуры', 'Путь культуры', 'На пути культуры',
          'Елі тарихы көрмесі', 'Ел тарихы кітабы', 'Елдің тарихы туралы', 'Елші тарихы',
          'Дни культуры прошли', 'В днях культуры', 'На дно культуры', 'Со дна культуры',
          'Дни Казахстана и Китая', 'Между Казахстаном и Китаем', 'Республика Корея и Казахстан',
        ]
        await seedItems(own, titles.map((title, i) => ({ title, body: '.', publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() })))
      })
      afterAll(async () => own.destroy())

      const searchOwn = async (input: string) => (await searchItems(own, toFtsQuery(input)!, { limit: 50 })).items.map((i) => i.title).sort()

      it.each([
        // Every form of the word begins with its stem, not with its first four letters.
        ['«годы культуры»', ['В году культуры открыто три музея', 'Годы культуры прошли', 'Итоги года культуры', 'О годах культуры']],
        ['«года культуры»', ['В году культуры открыто три музея', 'Годы культуры прошли', 'Итоги года культуры', 'О годах культуры']],
        ['"Arts Days"', ['Art Days in Almaty', 'Arts Days open']],
        ['«детей культуры»', ['Дети культуры выступили', 'Для детей культуры']],
        ['«люди культуры»', ['Встреча людей культуры', 'Люди культуры собрались']],
        ['«путь культуры»', ['На пути культуры', 'Путь культуры']],
        ['«елі тарихы»', ['Ел тарихы кітабы', 'Елдің тарихы туралы', 'Елі тарихы көрмесі']],
        ['«елдің тарихы»', ['Ел тарихы кітабы', 'Елдің тарихы туралы', 'Елі тарихы көрмесі']],
        // «дно» shares «дн» with «дни», but its «н» is hard in every form, and that of «день» soft.
        ['«дни культуры»', ['В днях культуры', 'Дни культуры прошли']],
        ['«дно культуры»', ['На дно культуры', 'Со дна культуры']],
        // A word whose first letters read as a shorter stem («кит» of «Китая») still finds the forms a loose word finds («Китаем», «Корея»).
        ['«и Китая»', ['Дни Казахстана и Китая', 'Между Казахстаном и Китаем']],
        ['«Кореи и»', ['Республика Корея и Казахстан']],
      ])('finds %s in any form of the word → %o', async (input, expected) => {
        expect(await searchOwn(input)).toEqual(expected)
      })

      it('hands phrase_in_place() only the forms of a two-letter stem\'s own word: «"дно культуры"» reads no «дни культуры»', async () => {
        const candidates = await sql<{ n: number }>`select count(*) as n from item_search where item_search match ${toFtsQuery('«дно культуры»')!.fts}`.execute(own)
        expect(candidates.rows[0]?.n).toBe(2)
      })
    })

    it('hands phrase_in_place() only the forms of a three-letter word that is its own stem, not every word its first two letters begin', async () => {
      const own = await createTestDb()
      try {
        const [, , world, worlds, year, years] = await seedItems(own, [
          { title: 'Министерство культуры', body: 'Министр культуры подписал меморандум.' },
          { title: 'Город культуры', body: 'Госпрограмма культуры.' },
          { title: 'Мир культуры', body: 'Журнал.' },
          { title: 'Выставка «Миры культуры»', body: 'Открылась.' },
          { title: 'Год культуры', body: 'Открыт.' },
          { title: 'Итоги года культуры', body: 'Подведены.' },
        ])
        for (const [input, found] of [['"мир культуры"', [world, worlds]], ['"год культуры"', [year, years]]] as const) {
          const match = toFtsQuery(input)!
          const candidates = await sql<{ n: number }>`select count(*) as n from item_search where item_search match ${match.fts}`.execute(own)
          expect(candidates.rows[0]?.n, input).toBe(2)
          expect((await searchItems(own, match, { limit: 10 })).items.map((i) => i.id).sort(), input).toEqual([...found].sort())
        }
      } finally {
        await own.destroy()
      }
    })

    it('hands phrase_in_place() only a common three-letter word itself («при», «для»), not every word its first two letters begin', async () => {
      const own = await createTestDb()
      try {
        const [, , atMinistry, forCinema] = await seedItems(own, [
          { title: 'Представители министерства культуры', body: 'Представители министерства приехали.' },
          { title: 'Про министерство', body: 'Дляшка кино.' },
          { title: 'Совет при министерстве культуры', body: 'Создан.' },
          { title: 'Фонд для кино', body: 'Открыт.' },
        ])
        for (const [input, found] of [['"при министерстве"', [atMinistry]], ['"для кино"', [forCinema]]] as const) {
          const match = toFtsQuery(input)!
          const candidates = await sql<{ n: number }>`select count(*) as n from item_search where item_search match ${match.fts}`.execute(own)
          expect(candidates.rows[0]?.n, input).toBe(1)
          expect((await searchItems(own, match, { limit: 10 })).items.map((i) => i.id), input).toEqual(found)
        }
      } finally {
        await own.destroy()
      }
    })
  })
})
