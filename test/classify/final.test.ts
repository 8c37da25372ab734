import { describe, expect, it } from 'vitest'
import { createCountryIndex } from '../../src/classify/countries.js'
import { createArticleReader } from '../../src/classify/reading/read-article.js'

const read = createArticleReader(createCountryIndex())

/** The words read as a sport result in `text`, and whether its sentence keeps the cue. */
function resultWords(text: string): { words: string[]; isInSet: boolean } {
  const [sentence] = read({ title: text, body: '' }).sentences
  if (sentence === undefined) return { words: [], isInSet: false }
  return { words: sentence.tokens.filter((_, i) => sentence.cues[i]?.includes('result')).map((t) => t.norm), isInSet: sentence.cueSet.has('result') }
}

describe('English "final": a contest\'s final, or last', () => {
  it('reads "final" before its noun as last, no result, and the noun keeps its cue: "the final series of meetings", "a final protocol"', () => {
    for (const text of ['The final series of meetings was held in September', 'The parties agreed the final wording',
      'It came into force in January with the final signature']) expect(resultWords(text), text).toEqual({ words: [], isInSet: false })
    const [sentence] = read({ title: 'A final protocol was signed at the end of the session', body: '' }).sentences
    expect(sentence?.cueSet.has('result')).toBe(false)
    expect(sentence?.cueSet.has('doc')).toBe(true)
  })

  it('keeps the contest\'s final a result: "on his way to the final", "in the final he lost", "the final of the cup", "the final match"', () => {
    for (const text of ['On his way to the final Salimbayev defeated a Chilean', 'In the final he lost to a Russian athlete',
      'The final of the cup is in May', 'The final was held in Almaty', 'One ticket is left to the final match', 'The team reached the final']) {
      expect(resultWords(text).words, text).toContain('final')
    }
  })
})
