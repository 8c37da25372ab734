import { describe, expect, it } from 'vitest'
import { halfOf, rightAnswers, type Scored } from '../../src/classify/evaluate.js'
import { readFileSync } from 'node:fs'

// The look/gate halves readings are chosen on (README § classifier): fixed by each id's hash, never by order or language.
describe('the cross-validations\' look and gate halves', () => {
  it('puts an id in the same half every time, by the first byte of its SHA-256', () => {
    expect(['en-001', 'en-002', 'en-003', 'en-004', 'en-005', 'en-006'].map(halfOf)).toEqual(['gate', 'look', 'look', 'look', 'gate', 'gate'])
    expect(halfOf('more-kk-636')).toBe(halfOf('more-kk-636'))
  })

  it('splits the other outlets\' training set near half and half in each language', () => {
    const ids = readFileSync(new URL('../../corpus/more-outlets.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id)
    for (const lang of ['en', 'ru', 'kk']) {
      const ofLang = ids.filter((id) => id.startsWith(`more-${lang}-`))
      const gate = ofLang.filter((id) => halfOf(id) === 'gate').length
      expect(Math.abs(gate / ofLang.length - 0.5), lang).toBeLessThan(0.1)
    }
  })
})

describe('the gate\'s right answers', () => {
  const scored = (relevant: boolean, predicted: boolean, confidence: number, kind: 'agreement' | 'event' = 'agreement', partners = ['RU']): Scored => ({
    item: { label: { relevant, kind: relevant ? 'agreement' : null, partners: relevant ? ['RU'] : [], orgs: [], sectors: [] } },
    predicted: { relevant: predicted, kind: predicted ? kind : null, partners: predicted ? partners : [], orgs: [], sectors: [], confidence, lang: 'en', evidence: [] } as unknown as Scored['predicted'],
  })

  it('counts right relevance, right kinds and partners of the relevant found, less what is published wrongly', () => {
    const right = rightAnswers([
      scored(true, true, 0.9),
      scored(true, true, 0.9, 'event', ['RU', 'TR']),
      scored(true, false, 0.6),
      scored(false, true, 0.8),
      scored(false, true, 0.6),
      scored(false, false, 0.9),
    ], 0.7)
    expect(right).toEqual({ relevant: 3, kind: 1, partners: 1, publishedWrongly: 1, score: 4 })
  })
})
