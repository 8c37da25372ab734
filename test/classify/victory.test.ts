import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** The words read as a sport result in `text`. */
function resultWords(text: string): string[] {
  return read({ title: text, body: '' }).sentences.flatMap((s) => s.tokens.filter((_, i) => s.cues[i]?.includes('result')).map((t) => t.norm))
}

describe('Kazakh «жеңіс»: a win, the Victory or a name', () => {
  it('reads the capitalised Victory commemorated and the name Жеңіс as no result: «Жеңістің 65 жылдығы», «директоры Жеңіс Сейдоллаұлы»', () => {
    expect(resultWords('Стратегиялық даму мәселелері және Жеңістің 65 жылдығына арналған шаралар талқыланды')).toEqual([])
    expect(resultWords('Ұлы Жеңістің 80 жылдығы атап өтілді')).toEqual([])
    expect(resultWords('Жеңістің 80 жылдығына арналған көрме ашылды')).toEqual([])
    expect(resultWords('«Қазақконцерт» директоры Жеңіс Сейдоллаұлының айтуынша, концерт өтеді')).toEqual([])
    expect(resultWords('Жеңіс Сейдоллаұлы концерт туралы айтты')).toEqual([])
  })

  it('keeps a win a result: «жеңіс тойланды», «жеңіске жетті», and a sentence that opens with it', () => {
    expect(resultWords('Құрама Әзірбайжанды жеңді, жеңіс тойланды')).toContain('жеңіс')
    expect(resultWords('Фильм фестивальде жеңіске жетті')).toEqual(['жеңіске'])
    expect(resultWords('Жеңіс құрамаға оңай келмеді')).toEqual(['жеңіс'])
  })
})
