import { describe, expect, it } from 'vitest'
import { articleLines } from '../../src/classify/reading/noise.js'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

describe('articleLines', () => {
  // labels.md § Page noise: a rubric trail under a Turkic Academy visit named Kazakhstan, and the home country seemed to act.
  it('drops lines of short items between pipes: timestamps, rubric and tag trails, language menus', () => {
    const article = 'The guest was welcomed by the Academy\'s president.\nThe two sides discussed cooperation in the humanities.'
    for (const trail of ['14:50, 18 June 2017 | GMT +6', 'Foreign policy | Kazakhstan | Kazakhstan and Turkey', 'kz | qz | ру | en | 中文 | ўз']) {
      expect(articleLines(`${trail}\n${article}\n${trail}`), trail).toEqual(article.split('\n'))
    }
  })

  // labels.md § Page noise: a "Latest news" heading above the article is the page's header, not the sidebar after it.
  it('reads a sidebar heading above the article\'s first line as the page\'s header, and one after it as the article\'s end', () => {
    const article = 'Turkmenistan\'s ambassador has met the rector of the Academy.\nThey talked about joint research.'
    expect(articleLines(`Latest news\n${article}\nRead also\nBelarus holds presidential election`)).toEqual(article.split('\n'))
    expect(articleLines(`Новости\nЧитайте также:\nПосол встретился с ректором.`)).toEqual(['Посол встретился с ректором.'])
  })

  it('keeps a line with a pipe that is a sentence or carries more than a few words on a side', () => {
    const lines = ['Results: Astana 3 | Almaty 2.', 'Kazakhstan and Turkey signed a memorandum on museums | the ministry reported on Monday']
    expect(articleLines(lines.join('\n'))).toEqual(lines)
  })

  // labels.md § Page noise: a prompt to subscribe above the article took a lead line, and the article's first sentence read as body.
  it('drops a prompt to subscribe to the site\'s channel, in the three languages, and keeps the article\'s lines', () => {
    const article = 'Министр культуры Казахстана приняла председателя госкомитета КНР.\nСобеседники говорили о сотрудничестве.'
    for (const prompt of ['Подпишитесь на наш Telegram-канал и узнавайте новости первыми!', 'Subscribe to our telegram channel', '«Daryo» Telegram арнасына жазылыңыз!']) {
      expect(articleLines(`${prompt}\n${article}`), prompt).toEqual(article.split('\n'))
    }
  })

  // Only a prompt addressed to the reader is the page's: a headline whose parties "subscribe to" a text is the article's.
  it('keeps an article\'s line in which someone subscribes to something', () => {
    const lines = ['Turkic states subscribe to a joint charter on heritage', 'Kazakhstan and Turkey signed the charter in Ankara.']
    expect(articleLines(lines.join('\n'))).toEqual(lines)
  })

  // labels.md § Page noise: a linked headline under «Тағы оқыңыз:» signed a memorandum, and a joint concert read as an agreement.
  it('drops another article\'s headline linked on its own line under a "read also" heading, and keeps the lines after it', () => {
    const article = 'Рабатта Астана филармониясы мен Рабаттың Үлкен оркестрі бірлескен концерт берді.\nКөрермендер концертті ду қол шапалақпен қарсы алды.'
    for (const link of ['Тағы оқыңыз: Дахла коммунасы мен Колумбус қаласы бауырластық келісіміне қол қойды', 'Читайте также на Novastan: Франция и Казахстан подписали соглашение', 'Read also: Kazakhstan and Morocco sign a memorandum']) {
      const [first, second] = article.split('\n')
      expect(articleLines(`${first}\n${link}\n${second}`), link).toEqual(article.split('\n'))
    }
  })

  // labels.md § Page noise: an advertisement and a weather widget took the lead's lines, and a museum's jubilee read as body.
  it('drops an advertisement\'s line and a weather widget\'s, and keeps a forecast\'s sentences', () => {
    const article = 'Народный музей «Старый Уральскъ» отметил 17-летие 17 января.\nНа праздник пришли друзья музея.'
    for (const noise of ['Реклама: адреса АЗС «Конденсат» в Уральске и Аксае', 'Уральск +13 °C · Аксай +16 °C', 'Advertising +7(700) 388 81 09',
      '13 November 2024 | Ankara 10°C | Istanbul 14°C | Bursa 13°C', 'OMAN · broken clouds · 23°C', 'Алтын 5558,98 · BIST 10565,74 · Доллар 42,17 · Анкара 3°C']) {
      expect(articleLines(`${noise}\n${article}`), noise).toEqual(article.split('\n'))
    }
    const forecast = ['In Astana, night temperatures of -13 to -15°C are expected.', 'Рекламная кампания фестиваля стартовала в Алматы.']
    expect(articleLines(forecast.join('\n'))).toEqual(forecast)
  })

  // labels.md § Page noise: a currency widget's line ("Central Bank exchange rates: USD · EUR") read its bank as a field out of scope.
  it('drops a currency widget\'s line by its heading or its codes, and keeps a sentence that gives a sum in dollars', () => {
    const article = 'The heads of state are holding an informal summit in Moscow.\nThey discussed humanitarian cooperation.'
    for (const noise of ['Central Bank exchange rates: USD · EUR', 'Курсы валют: $1 – 12285.16 UZS | €1 – 14514.92 UZS', 'Котировки: USD 97.9241 EUR 104.8872',
      'Курс валют USD: 11 940.70 -69.22 EUR: 13 839.27 -94.64 Обновлено (ЦБ)', 'Валюта бағамы: USD 470,5 EUR 512,3']) {
      expect(articleLines(`${noise}\n${article}`), noise).toEqual(article.split('\n'))
    }
    const sums = ['Trade between the two countries reached USD 43.4 million and EUR 12 million.', 'The fund will allocate USD 3,000,000 to projects.']
    expect(articleLines(sums.join('\n'))).toEqual(sums)
  })

  it('keeps a line that only opens on a heading\'s word: "Popular culture: …" is the article\'s', () => {
    const lines = ['Popular culture: Kazakh and Turkish students staged a joint play.', 'The theatres signed a memorandum.']
    expect(articleLines(lines.join('\n'))).toEqual(lines)
  })
})

describe('a dateline on its own first line', () => {
  const read = createArticleReader(createCountryIndex(), 'KZ')
  const countriesOf = (body: string): string[][] =>
    read({ title: 'The minister and the ambassador discuss educational ties', body }).sentences.map((s) => s.countries.map((m) => m.code))

  // labels.md § partners: the partner a dateline alone names ("Islamabad", «Бишкек, 7 июня») is not page noise.
  it.each([
    ['Islamabad\nKazakhstan\'s ambassador called on the federal minister for education.', 'PK'],
    ['Бишкек, 7 июня\nПосол Казахстана встретился с министром образования.', 'KG'],
    ['Ашхабад, 2017 жылғы 8 маусым\nЕлші білім министрімен кездесті.', 'TM'],
  ])('reads the city\'s line as the lead\'s dateline (%s)', (body, code) => {
    expect(countriesOf(body)[1]).toEqual([code])
  })

  it.each([
    'Education\nKazakhstan\'s ambassador called on the minister.',
    'Budapest Times\nKazakhstan\'s ambassador called on the minister.',
    'TEMPO.CO, Jakarta\nKazakhstan\'s ambassador called on the minister.',
  ])('drops a short first line that is no city\'s name alone (%s)', (body) => {
    expect(countriesOf(body)).toEqual([[], ['KZ']])
  })
})
