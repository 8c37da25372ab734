import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buttonsOf, lastPayload, plain } from '../helpers/payloads.js'
import { type SeedItem, seedItems } from '../helpers/seed-items.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { callback, command, user } from '../helpers/updates.js'

/** Russia: 6 agreements in 2024 (one about museums), 2 talks in 2024, 3 agreements in 2025; France: 1 agreement in 2024. */
function archive(): SeedItem[] {
  const at = (date: string) => `${date}T06:00:00.000Z`
  return [
    ...Array.from({ length: 6 }, (_, i): SeedItem => ({ partners: ['RU'], kind: 'agreement', publishedAt: at(`2024-03-${10 + i}`), title: `Соглашение ${i + 1} о театральных гастролях`, sectors: i === 0 ? ['museums'] : [] })),
    { partners: ['RU'], kind: 'meeting', publishedAt: at('2024-05-01'), title: 'Переговоры о гастролях театров' },
    { partners: ['RU'], kind: 'meeting', publishedAt: at('2024-06-01'), title: 'Переговоры министров культуры' },
    ...Array.from({ length: 3 }, (_, i): SeedItem => ({ partners: ['RU'], kind: 'agreement', publishedAt: at(`2025-02-0${i + 1}`), title: `Соглашение 2025 года № ${i + 1}` })),
    { partners: ['FR'], kind: 'agreement', publishedAt: at('2024-04-01'), title: 'Соглашение с Францией о гастролях' },
  ]
}

describe('lists narrowed by year, kind and sector', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, archive())
  })
  afterEach(async () => t.close())

  it.each([
    ['en', '/latest France', "/latest lists every country's newest items. For 🇫🇷 France alone, tap below or send /country France.", '🇫🇷 France', /^🇫🇷 France: 1 item since 2024\n/],
    ['ru', '/latest Россия 2025', '/latest показывает самые новые материалы всех стран. Только 🇷🇺 Россия: нажмите кнопку ниже или отправьте /country Россия 2025.', '🇷🇺 Россия', /^🇷🇺 Россия · 2025: 3 материала\n/],
    ['kk', '/latest Ресей мұражайлар', '/latest барлық елдің ең жаңа материалдарын көрсетеді. Тек 🇷🇺 Ресей бойынша: төмендегі түймені басыңыз немесе /country Ресей мұражайлар жіберіңіз.', '🇷🇺 Ресей', /^🇷🇺 Ресей · мұражайлар: 1 материал\n/],
  ])('offers the list of a country /latest was asked for, narrowed alike (%s: %s), not that it did not understand it', async (lang, text, answer, button, list) => {
    const from = user(40, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual([button])
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[0]!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(list)
  })

  it.each([
    ['en', '/latest France, Germany', "«France, Germany» names several countries; /latest lists every country's newest items. Each one's alone:", ['🇫🇷 France', '🇩🇪 Germany'], /^🇫🇷 France: 1 item since 2024\n/],
    ['ru', '/latest Россия и Франция 2024', 'В «Россия и Франция 2024» названо несколько стран', ['🇷🇺 Россия · 2024', '🇫🇷 Франция · 2024'], /^🇷🇺 Россия · 2024: 8 материалов\n/],
    ['kk', '/latest Ресей, Франция келісімдер', '«Ресей, Франция келісімдер» ішінде бірнеше ел аталған', ['🇷🇺 Ресей · келісімдер', '🇫🇷 Франция · келісімдер'], /^🇷🇺 Ресей · келісімдер: 9 материал\n/],
    ['en', '/latest Kazakhstan and France', "/latest lists every country's newest items. For 🇫🇷 France alone", ['🇫🇷 France'], /^🇫🇷 France: 1 item since 2024\n/],
  ])('offers each list of the countries /latest was asked for (%s: %s), narrowed alike, where it said it did not understand them', async (lang, text, answer, offered, list) => {
    const from = user(41, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toContain(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[0]!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(list)
  })

  it.each([
    ['en', '/latest France, Germany, big', "«France, Germany, big» names several countries, but I did not read «big», which is no year", ['🇫🇷 France', '🇩🇪 Germany']],
    ['ru', '/latest Россия и Франция большие 2024', 'В «Россия и Франция большие 2024» названо несколько стран, а «большие» я не понял', ['🇷🇺 Россия · 2024', '🇫🇷 Франция · 2024']],
    ['kk', '/latest Ресей, Франция үлкен', '«Ресей, Франция үлкен» ішінде бірнеше ел аталған, ал «үлкен» сөзін түсінбедім', ['🇷🇺 Ресей', '🇫🇷 Франция']],
  ])('names alone the words /latest did not read beside several countries (%s: %s), each country offered, where the whole question was "not understood"', async (lang, text, answer, offered) => {
    await t.bot.handleUpdate(command(user(41, lang), text))
    expect(plain(lastPayload(t).text)).toContain(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['ru', '/latest 30.02.2025', 'Такого дня нет: «30.02.2025».'],
    ['ru', '/latest 31 февраля', 'Такого дня нет: «31 февраля».'],
    ['en', '/latest April 31', 'There is no such day as «April 31».'],
    ['kk', '/latest 30 ақпан', 'Мұндай күн жоқ: «30 ақпан».'],
  ])('says a day no calendar has is none (%s: %s), where it answered «not understood» of the figures left', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(42, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(new RegExp(`^${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))
  })

  it.each([
    ['ru', '/search Соглашение 2030', '«2030» я искал как слово: результаты сужаются годом от 1991 до 2027, например /search Соглашение 2026.'],
    ['en', '/search Соглашение 1900', '«1900» was searched as a word: results are narrowed by a year from 1991 to 2027, such as /search Соглашение 2026.'],
    ['kk', '/search Соглашение 2030', '«2030» сөз ретінде ізделді: нәтижелерді 1991 жылдан 2027 жылға дейінгі жылмен тарылтуға болады, мысалы /search Соглашение 2026.'],
  ])('says a year the lists do not take was searched as a word when /search finds nothing (%s: %s), where it only said to try fewer words', async (lang, text, note) => {
    await t.bot.handleUpdate(command(user(43, lang), text))
    expect(plain(lastPayload(t).text).split('\n').at(-1)).toBe(note)
  })

  it('finds a year the lists do not take where an item holds it as a word, and adds nothing', async () => {
    await seedItems(t.db, [{ partners: ['RU'], title: 'Стратегия 2030: соглашение', publishedAt: '2025-03-01T06:00:00.000Z' }])
    await t.bot.handleUpdate(command(user(43, 'ru'), '/search Стратегия 2030'))
    expect(plain(lastPayload(t).text)).toMatch(/^🔎 «Стратегия 2030»: 1 материал/)
    expect(plain(lastPayload(t).text)).not.toMatch(/искал как слово/)
  })

  it('still reads 29 February as the last one there was', async () => {
    await t.bot.handleUpdate(command(user(42, 'ru'), '/latest 29 февраля'))
    expect(plain(lastPayload(t).text)).toMatch(/^29 февр\. 2024 г\./)
  })

  it('lists every item for /latest with the home country, whose every item it is', async () => {
    await t.bot.handleUpdate(command(user(40, 'en'), '/latest Kazakhstan 2025'))
    expect(plain(lastPayload(t).text)).toMatch(/^🆕 The newest items · 2025: 3\n/)
  })

  it.each([
    ['en', '/country russia 2024 agreements', /^🇷🇺 Russia · 2024 · agreements: 6 items/, /Page 1 of 2$/],
    ['ru', '/country россия 2024 соглашения', /^🇷🇺 Россия · 2024 · соглашения: 6 материалов/, /Страница 1 из 2$/],
    ['kk', '/country ресей 2024 келісімдер', /^🇷🇺 Ресей · 2024 · келісімдер: 6 материал/, /Бет: 1\/2$/],
  ])('narrows /country by year and kind and pages within the narrowing (%s)', async (lang, text, header, footer) => {
    const from = user(60, lang)
    await t.bot.handleUpdate(command(from, text))
    const first = plain(lastPayload(t).text)
    expect(first).toMatch(header)
    expect(first).toMatch(footer)
    expect(first).not.toMatch(/Переговоры|2025 года/)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data))
    const second = plain(lastPayload(t, 'editMessageText').text)
    expect(second).toMatch(header)
    expect(second).toContain('Соглашение 1 о театральных гастролях')
  })

  it('narrows /country to a day typed with it, and pages within the day', async () => {
    const day = Array.from({ length: 7 }, (_, i): SeedItem => ({ partners: ['RU'], publishedAt: `2025-03-03T0${i + 1}:00:00.000Z`, title: `В тот день № ${i + 1}` }))
    await seedItems(t.db, [...day, { partners: ['RU'], publishedAt: '2025-03-04T06:00:00.000Z', title: 'На другой день' }])
    const from = user(61, 'ru')
    await t.bot.handleUpdate(command(from, '/country россия 03.03.2025'))
    const first = plain(lastPayload(t).text)
    expect(first).toMatch(/^🇷🇺 Россия · 3 мар\. 2025 г\.: 7 материалов/)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data))
    const second = plain(lastPayload(t, 'editMessageText').text)
    expect(second).toMatch(/^🇷🇺 Россия · 3 мар\. 2025 г\.: 7 материалов/)
    expect(second).toContain('В тот день № 1')
    expect(`${first}${second}`).not.toMatch(/На другой день|Соглашение 2025 года/)
  })

  it.each([
    ['ru', '/latest март 2024', /^🆕 Самые новые материалы · март 2024 г\.: 6\n/],
    ['en', '/latest March 2024', /^🆕 The newest items · March 2024: 6\n/],
    ['kk', '/latest наурыз 2024', /^🆕 Ең жаңа материалдар · 2024 ж\. наурыз: 6\n/],
    ['kk', '/latest 2024 жылғы наурыз', /^🆕 Ең жаңа материалдар · 2024 ж\. наурыз: 6\n/],
    ['ru', '/search гастролях в марте 2024 года', /^🔎 «гастролях» · март 2024 г\.: 6 материалов\n/],
    ['en', '/search гастролях March 2024', /^🔎 «гастролях» · March 2024: 6 items\n/],
    ['ru', '/country россия март 2024', /^🇷🇺 Россия · март 2024 г\.: 6 материалов\n/],
  ])('narrows a list to a month typed with its year, and pages within the month (%s: %s), where it did not understand it', async (lang, text, header) => {
    const from = user(62, lang)
    await t.bot.handleUpdate(command(from, text))
    const first = plain(lastPayload(t).text)
    expect(first).toMatch(header)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t)).find((b) => b.text === '▶')!.callback_data))
    const second = plain(lastPayload(t, 'editMessageText').text)
    expect(second).toMatch(header)
    expect(second).toContain('Соглашение 1 о театральных гастролях')
    expect(`${first}${second}`).not.toMatch(/Франци|Переговоры|Соглашение 2025/)
  })

  it.each([
    ['en', '/latest museums March 2025', 'No published items for March 2025 · museums yet. Without the date, kind or sector the list may be longer: /latest.'],
    ['ru', '/country франция 3 марта 2025', '🇫🇷 Франция · 3 мар. 2025 г.: опубликованных материалов нет. Без даты или вида материалов список может оказаться длиннее.'],
    ['kk', '/latest мұражайлар 2025 жылғы наурыз', '2025 ж. наурыз · мұражайлар бойынша жарияланған материал әзірге жоқ. Мерзімін, түрін не саласын алып тастасаңыз, тізім ұзаруы мүмкін: /latest.'],
  ])('says the date, not the year, may be left out of a list a month or a day narrowed to nothing (%s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(65, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it.each([
    ['en', '/latest soon', '/latest March 2026'],
    ['ru', '/latest скоро', '/latest март 2026'],
    ['kk', '/latest жуырда', '/latest 2026 жылғы наурыз'],
  ])('names a month with its year among what /latest is narrowed by (%s)', async (lang, text, example) => {
    await t.bot.handleUpdate(command(user(63, lang), text))
    expect(plain(lastPayload(t).text)).toContain(example)
  })

  it.each([
    ['en', '/latest 2030', '«2030»: /latest is narrowed by a year from 1991 to 2027, such as /latest 2026.'],
    ['ru', '/latest 1900', '«1900»: /latest сужается годом от 1991 до 2027, например /latest 2026.'],
    ['kk', '/latest 2030', '«2030»: /latest тізімін 1991 жылдан 2027 жылға дейінгі жылмен тарылтуға болады, мысалы /latest 2026.'],
  ])('says which years /latest takes when given one it does not (%s: %s), where it said it did not understand a year', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(65, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it.each([
    ['ru', '/latest большие театры России', '«большие театры России»: я понял 🇷🇺 Россия · театр, а «большие» — нет: это не год, не месяц, не вид материалов и не сфера. /latest показывает самые новые материалы всех стран; материалы только этой страны — по кнопке ниже.', ['🇷🇺 Россия · театр']],
    ['en', '/latest big theatres of Russia', '«big theatres of Russia»: I read 🇷🇺 Russia · theatre, but not «big», which is no year, month, kind of item or sector. /latest lists every country\'s newest items; that country\'s alone are below.', ['🇷🇺 Russia · theatre']],
    ['kk', '/latest үлкен Ресей театрлары', '«үлкен Ресей театрлары»: 🇷🇺 Ресей · театр түсіндім, ал «үлкен» сөзін түсінбедім: бұл жыл да, ай да, материал түрі де, сала да емес. /latest барлық елдің ең жаңа материалдарын көрсетеді; тек осы елдікі — төмендегі түймеде.', ['🇷🇺 Ресей · театр']],
    ['ru', '/latest большие театры', /^Не понял «большие»\. \/latest можно сузить/, []],
  ])('says what /latest read of words it did not all understand and names only the rest (%s: %s), where the whole question was "not understood"', async (lang, text, answer, offered) => {
    await t.bot.handleUpdate(command(user(67, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
  })

  it.each([
    ['en', '/country Russia 2031', '«Russia 2031»: I read the country 🇷🇺 Russia, but a list is narrowed by a year from 1991 to 2027, not 2031, such as /country Russia 2026.', '🇷🇺 Russia'],
    ['ru', '/country 1900 Россия соглашения', '«1900 Россия соглашения»: страну 🇷🇺 Россия я понял, но список сужается годом от 1991 до 2027, а не 1900, например /country Россия 2026.', '🇷🇺 Россия · соглашения'],
    ['kk', '/country Ресей 2031', '«Ресей 2031»: 🇷🇺 Ресей елін түсіндім, бірақ тізімді 2031 жылмен емес, 1991 жылдан 2027 жылға дейінгі жылмен тарылтуға болады, мысалы /country Ресей 2026.', '🇷🇺 Ресей'],
  ])('says which years a country\'s list takes when given one it does not (%s: %s), where it said it knew no such country', async (lang, text, answer, button) => {
    await t.bot.handleUpdate(command(user(66, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual([button])
  })

  it.each([
    ['en', '/search March 2024', '«March 2024» is a month, with no words to look for in it: /search narrows words to a month (/search museum March 2024), and /latest March 2024 lists all that month\'s items.'],
    ['ru', '/search март 2024', '«март 2024» — это месяц, а слов для поиска в нём нет: /search сужает поиск слов до месяца (/search музей март 2024), а все материалы этого месяца покажет /latest март 2024.'],
  ])('answers a month sent to /search alone as a month, with what to type (%s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(64, lang), text))
    expect(plain(lastPayload(t).text)).toBe(answer)
  })

  it.each([
    ['ru', '/country россия встречи', /^🇷🇺 Россия · переговоры: 2 материала/],
    ['kk', '/country ресей кездесулер', /^🇷🇺 Ресей · келіссөздер: 2 материал/],
    ['en', '/country russia meetings', /^🇷🇺 Russia · talks: 2 items/],
  ])('reads meetings by their everyday words as talks (%s)', async (lang, text, header) => {
    await t.bot.handleUpdate(command(user(66, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(header)
  })

  it.each([
    ['ru', '/latest мероприятия', /^🆕 Самые новые материалы · совместные мероприятия: 0|совместные мероприятия: опубликованных материалов пока нет/],
    ['kk', '/latest іс-шаралар', /бірлескен іс-шаралар/],
    ['ru', '/country россия мероприятия 2024', /^🇷🇺 Россия · 2024 · совместные мероприятия: опубликованных материалов нет/],
    ['kk', '/country ресей іс-шаралары', /^🇷🇺 Ресей · бірлескен іс-шаралар/],
  ])('reads joint events by their everyday words, as "events" is read (%s: %s)', async (lang, text, answer) => {
    await t.bot.handleUpdate(command(user(67, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(answer)
  })

  it('narrows by a single filter, by sector, and says when the narrowed list is empty', async () => {
    const from = user(61, 'en')
    await t.bot.handleUpdate(command(from, '/country russia talks'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia · talks: 2 items/)
    await t.bot.handleUpdate(command(from, '/country russia 2025'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia · 2025: 3 items/)
    await t.bot.handleUpdate(command(from, '/country russia museums'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia · museums: 1 item\n/)
    await t.bot.handleUpdate(command(from, '/country france 2025'))
    expect(plain(lastPayload(t).text)).toMatch(/🇫🇷 France · 2025: nothing published/)
    await t.bot.handleUpdate(command(from, '/country russia'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇷🇺 Russia: 11 items since 2024/)
  })

  it('narrows /latest and /search the same way', async () => {
    const from = user(62, 'ru')
    await t.bot.handleUpdate(command(from, '/latest 2024 соглашения'))
    expect(plain(lastPayload(t).text)).toMatch(/^🆕 Самые новые материалы · 2024 · соглашения: 7/)
    await t.bot.handleUpdate(command(from, '/latest музеи 2025'))
    expect(plain(lastPayload(t).text)).toBe('2025 · музеи: опубликованных материалов пока нет. Без даты, вида материалов или сферы список может оказаться длиннее: /latest.')
    await t.bot.handleUpdate(command(user(63, 'en'), '/latest museums 2025'))
    expect(plain(lastPayload(t).text)).toBe('No published items for 2025 · museums yet. Without the date, kind or sector the list may be longer: /latest.')
    await t.bot.handleUpdate(command(user(64, 'kk'), '/latest мұражайлар 2025'))
    expect(plain(lastPayload(t).text)).toBe('2025 · мұражайлар бойынша жарияланған материал әзірге жоқ. Мерзімін, түрін не саласын алып тастасаңыз, тізім ұзаруы мүмкін: /latest.')
    await t.bot.handleUpdate(command(from, '/latest сегодня'))
    expect(plain(lastPayload(t).text)).toMatch(/Не понял «сегодня»/)
    expect(plain(lastPayload(t).text)).toContain('год можно опустить: тогда это последний такой день')
    await t.bot.handleUpdate(command(from, '/search гастроли 2024 соглашения'))
    const found = plain(lastPayload(t).text)
    expect(found).toMatch(/^🔎 «гастроли» · 2024 · соглашения: 7 материалов/)
    expect(found).not.toContain('Переговоры о гастролях')
    await t.bot.handleUpdate(command(from, '/search гастроли'))
    expect(plain(lastPayload(t).text)).toMatch(/^🔎 «гастроли»: 8 материалов/)
  })

  it('reads a kind inside a "quoted phrase" of /search as part of the phrase, and one after it as a filter', async () => {
    const from = user(64, 'ru')
    await t.bot.handleUpdate(command(from, '/search "Переговоры министров"'))
    const phrase = plain(lastPayload(t).text)
    expect(phrase).toMatch(/^🔎 «"Переговоры министров"»: 1 материал/)
    await t.bot.handleUpdate(command(from, '/search «Переговоры министров»'))
    expect(plain(lastPayload(t).text)).toMatch(/^🔎 «„Переговоры министров“»: 1 материал/)
    expect(phrase).toContain('Переговоры министров культуры')
    await t.bot.handleUpdate(command(from, '/search "о театральных гастролях" соглашения'))
    expect(plain(lastPayload(t).text)).toMatch(/^🔎 «"о театральных гастролях"» · соглашения: 6 материалов/)
    await t.bot.handleUpdate(command(from, '/search "министров культуры переговоры"'))
    expect(plain(lastPayload(t).text)).toMatch(/ничего не нашлось/)
  })

  it('reads a country whose name looks like a filter as the country', async () => {
    await t.bot.handleUpdate(command(user(63, 'en'), '/country France'))
    expect(plain(lastPayload(t).text)).toMatch(/^🇫🇷 France: 1 item since 2024/)
  })
})

describe('a narrowing typed twice', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, archive())
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/latest музеи музеи', /^🆕 Самые новые материалы · музеи: 1\n/],
    ['en', '/latest museums museums 2024', /^🆕 The newest items · 2024 · museums: 1\n/],
    ['ru', '/latest 2025 2025', /^🆕 Самые новые материалы · 2025: 3\n/],
    ['kk', '/latest мұражайлар мұражайлар', /^🆕 Ең жаңа материалдар · мұражайлар: 1\n/],
    ['ru', '/country Россия музеи музеи', /^🇷🇺 Россия · музеи: 1 материал\n/],
    ['en', '/country russia 2025 2025 agreements agreements', /^🇷🇺 Russia · 2025 · agreements: 3 items\n/],
  ])('is read once (%s: %s), where it was "not understood" or said to be a year the lists do not take', async (lang, text, header) => {
    await t.bot.handleUpdate(command(user(70, lang), text))
    expect(plain(lastPayload(t).text)).toMatch(header)
  })
})

describe('two years where a list takes one', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, archive())
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/latest 2024 2025', '«2024 2025»: список сужается одним годом, а не 2024 и 2025 сразу: /latest 2024 или /latest 2025.', []],
    ['en', '/latest 2025 museums 2024', '«2025 museums 2024»: a list is narrowed by one year at a time, not by 2024 and 2025 together: /latest museums 2024 or /latest 2025 museums.', []],
    ['ru', '/country Россия 2024 2025', '«Россия 2024 2025»: список сужается одним годом, а не 2024 и 2025 сразу: /country Россия 2024 или /country Россия 2025.', ['🇷🇺 Россия · 2024', '🇷🇺 Россия · 2025']],
    ['kk', '/country Ресей 2025 2024 келісімдер', '«Ресей 2025 2024 келісімдер»: тізім 2024 және 2025 жылдарымен бірге емес, бір жылмен тарылады: /country Ресей 2024 келісімдер немесе /country Ресей 2025 келісімдер.', ['🇷🇺 Ресей · 2024 · келісімдер', '🇷🇺 Ресей · 2025 · келісімдер']],
  ])('are each offered (%s: %s), where the second was said to be out of the years the lists take or the country unknown', async (lang, text, answer, offered) => {
    const from = user(71, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text)).toBe(answer)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
    if (offered.length === 0) return
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[1]!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(/^🇷🇺 (Россия|Ресей) · 2025.*: 3 материал/)
  })
})

describe('the /country command /latest offers', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [{ partners: ['ZA'], kind: 'agreement', title: 'Соглашение с ЮАР' }, { partners: ['FR'], title: 'Французское соглашение' }])
  })
  afterEach(async () => t.close())

  it.each([
    ['kk', '/latest Оңтүстік Африка Республикасы келісімдер', '/country Оңтүстік Африка Республикасы келісімдер', /^🇿🇦 Оңтүстік Африка Республикасы · келісімдер: 1 материал/],
    ['ru', '/latest Франция.', '/country Франция', /^🇫🇷 Франция: 1 материал/],
    ['en', '/latest Republic of South Africa 2026 agreements', '/country Republic of South Africa 2026 agreements', /^🇿🇦 South Africa · 2026 · agreements: 1 item/],
  ])('is whole and works (%s: %s), where it was cut at 40 characters or kept a full stop', async (lang, text, offered, list) => {
    const from = user(72, lang)
    await t.bot.handleUpdate(command(from, text))
    const code = /<code>([^<]+)<\/code>/.exec(String(lastPayload(t).text))![1]!
    expect(code).toBe(offered)
    await t.bot.handleUpdate(command(from, code))
    expect(plain(lastPayload(t).text)).toMatch(list)
  })
})

describe('a misspelt country asked of /latest', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp()
    await seedItems(t.db, [...archive(), { partners: ['DE'], kind: 'agreement', publishedAt: '2025-05-01T06:00:00.000Z', title: 'Deutsches Abkommen', sectors: ['museums'] }])
  })
  afterEach(async () => t.close())

  it.each([
    ['ru', '/latest Германя', 'Если «Германя» — название страны, возможно, вы имели в виду одну из этих? Материалы каждой — по кнопке:', ['🇩🇪 Германия'], /^🇩🇪 Германия: 1 материал/],
    ['en', '/latest Germny 2025', 'If «Germny» is a country\'s name, did you mean one of these? Each one\'s items:', ['🇩🇪 Germany · 2025'], /^🇩🇪 Germany · 2025: 1 item/],
    ['kk', '/latest Гермнаия мұражайлар', 'Егер «Гермнаия» — елдің атауы болса, мыналардың бірін айтқыңыз келген шығар? Әрқайсысының материалдары — түймеде:', ['🇩🇪 Германия · мұражайлар'], /^🇩🇪 Германия · мұражайлар: 1 материал/],
  ])('is offered the closest countries\' lists, narrowed alike (%s: %s), where it was only "not understood"', async (lang, text, didYouMean, offered, list) => {
    const from = user(73, lang)
    await t.bot.handleUpdate(command(from, text))
    expect(plain(lastPayload(t).text).split('\n').at(-1)).toBe(didYouMean)
    expect(buttonsOf(lastPayload(t)).map((b) => b.text)).toEqual(offered)
    await t.bot.handleUpdate(callback(from, buttonsOf(lastPayload(t))[0]!.callback_data))
    expect(plain(lastPayload(t, 'editMessageText').text)).toMatch(list)
  })

  it.each(['/latest сегодня', '/latest great', '/latest foo'])('offers no country for an ordinary word (%s)', async (text) => {
    await t.bot.handleUpdate(command(user(74, 'en'), text))
    expect(buttonsOf(lastPayload(t))).toEqual([])
  })
})
