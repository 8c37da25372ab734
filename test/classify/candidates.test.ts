import { describe, expect, it } from 'vitest'
import { createAnalyser } from '../../src/classify/classify.js'

const analyse = createAnalyser({ homeCountry: 'KZ' })

describe('candidateFeatures', () => {
  const analysis = analyse({
    title: 'Казахстан и Франция подписали соглашение о сотрудничестве музеев',
    body: 'В Париже министр культуры Казахстана и министр культуры Франции подписали соглашение о сотрудничестве в музейной сфере. Документ подписан под эгидой ЮНЕСКО. Ранее делегация посетила Лувр.',
    lang: 'ru',
  })
  const featuresOf = (code: string) => analysis.candidates.find((c) => c.code === code)?.features ?? {}

  it('reads a country paired with the home country in a signing as a party’s signs, and no organisation’s', () => {
    const france = featuresOf('FR')
    expect(france).toMatchObject({ 'c.title': 1, 'c.lead': 1, 'c.top': 1, 'c.others': 0, 'c.pair_home': 1, 'c.s_signed': 1, 'c.s_coop': 1, 'c.pair_coop': 1 })
    expect(france['c.mentions']).toBeCloseTo(Math.log1p(4))
    expect(Object.keys(france).filter((name) => name.startsWith('c.org') || name === 'c.body_only' || name === 'c.only_place')).toEqual([])
  })

  it('reads an organisation under whose auspices a document is signed, with the organisations’ own rules', () => {
    expect(featuresOf('UNESCO')).toMatchObject({ 'c.org': 1, 'c.org_auspices': 1, 'c.lead': 1, 'c.s_coop': 1 })
    expect(featuresOf('UNESCO')['c.top']).toBeUndefined()
  })

  it('lists the features in the rules’ order, which the models sum in', () => {
    expect(Object.keys(featuresOf('UNESCO'))).toEqual(['c.mentions', 'c.lead', 'c.others', 'c.org', 'c.s_coop', 'c.org_auspices'])
  })
})
