import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** The words read as out of scope in a Kazakh sentence. */
function outWords(text: string): string[] {
  return read({ title: text, body: '' }).sentences.flatMap((s) => s.tokens.filter((_, i) => s.cues[i]?.includes('out')).map((t) => t.norm))
}

describe('Kazakh «сайлау»: elections, or choosing something', () => {
  it('reads elections as out of scope: «Парламент сайлауы», «кезекті сайлау», «сайлауға қатысты»', () => {
    expect(outWords('Парламент сайлауы өтті')).toEqual(['сайлауы'])
    expect(outWords('Кезекті сайлау наурызда өтеді')).toEqual(['сайлау'])
    expect(outWords('Олар сайлауға қатысты')).toEqual(['сайлауға'])
  })

  it('reads «сайлау» after its object in the accusative as choosing, no politics: «астанасын жыл сайын сайлауды», «төрағасын сайлау»', () => {
    expect(outWords('Тоқаев Орталық Азияның мәдени астанасын жыл сайын сайлауды ұсынды')).toEqual([])
    expect(outWords('Басты мәселе ұйым төрағасын сайлау болды')).toEqual([])
    expect(outWords('Бас хатшыны сайлауға қарсы шықты')).toEqual([])
  })

  it('reads the name Сайлау and the patronymics and surnames made of it as no elections: «Саулекүл Сайлауқызы», «Сайлауов»', () => {
    expect(outWords('Елші Саулекүл Сайлауқызы сөйледі')).toEqual([])
    expect(outWords('Ректор Бақыт Сайлауов пен Сайлаубек Ахметов кездесті')).toEqual([])
    expect(outWords('Әкім Сайлау Серікбаев сөйледі')).toEqual([])
  })
})

describe('Russian elections: the plural, the voters and the polling station, not a choice', () => {
  it('reads «выборы», «на выборах», «избиратели», «избирательный участок», «предвыборный» as out of scope', () => {
    for (const text of ['Президентские выборы прошли спокойно', 'Наблюдатели на выборах', 'Явка избирателей составила 60%',
      'Он проголосовал на избирательном участке', 'Пункты его предвыборной программы']) expect(outWords(text), text).not.toEqual([])
  })

  it('reads the singular «выбор» as a choice, no elections: «выбор Актау важен», «выбор приоритетных направлений»', () => {
    for (const text of ['Он сказал, что выбор Актау важен для всего тюркского мира', 'В повестке выбор приоритетных направлений',
      'Студенты сделали выбор в пользу казахстанских вузов']) expect(outWords(text), text).toEqual([])
  })
})

describe('Voting: politics in the three languages, as elections are', () => {
  it('reads a referendum, voters, a ballot, the electoral and the polling station as out of scope in English', () => {
    for (const text of ['The constitutional referendum was held in June', 'Turnout among voters reached 60%', 'Citizens cast their ballot abroad',
      'A memorandum on electoral reform', 'He voted at a polling station in Astana']) expect(outWords(text), text).not.toEqual([])
  })

  it('reads «проголосовали», «голосуют» as out of scope in Russian, and a voice («голос») as none', () => {
    expect(outWords('Делегаты проголосовали за поправки')).toEqual(['проголосовали'])
    expect(outWords('Депутаты голосуют по законопроекту')).toEqual(['голосуют'])
    expect(outWords('Голос певицы звучал в зале')).toEqual([])
  })

  it('reads Kazakh «дауыс беру» and «сайлаушылар» as out of scope, and «дауыс» alone, a voice, as none', () => {
    expect(outWords('Сайлаушылар жасырын дауыс берді')).toEqual(['сайлаушылар', 'дауыс', 'берді'])
    expect(outWords('Дауыс беру рәсімі аяқталды')).toEqual(['дауыс', 'беру'])
    expect(outWords('Әншінің дауысы залды тербетті')).toEqual([])
  })

  it('reads a decision taken by a vote as a body\'s way of deciding, no politics: «бірауыздан дауыс беруімен», «голосованием», "by a vote"', () => {
    expect(outWords('Кеңес отырысында бірауыздан дауыс беруімен мәдени астана таңдалды')).toEqual([])
    expect(outWords('Столица культуры выбрана открытым голосованием')).toEqual([])
    expect(outWords('The council chose the cultural capital by a unanimous vote')).toEqual([])
  })
})
