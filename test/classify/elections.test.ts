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
