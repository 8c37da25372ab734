import { describe, expect, it } from 'vitest'
import { stemKazakh } from '../../src/language/kazakh.js'
import { wordPrefixes } from '../../src/language/stem.js'

describe('wordPrefixes', () => {
  it.each([
    ['России', ['росс']],
    ['Россией', ['росс']],
    ['сотрудничестве', ['сотрудничеств']],
    ['музеев', ['музе']],
    ['Ресей', ['ресе']],
    ['Ресеймен', ['ресей']],
    ['Франциямен', ['франция']],
    ['Түркиямен', ['түркия']],
    ['ынтымақтастығы', ['ынтымақтасты']],
    ['ынтымақтастық', ['ынтымақтасты']],
    ['мұражайлардың', ['мұражай']],
    ['museums', ['museum']],
    ['2026', ['2026']],
  ])('%s → %j', (word, expected) => {
    expect(wordPrefixes(word)).toEqual(expected)
  })

  it('never strips a Kazakh word below four letters', () => {
    expect(stemKazakh('ана')).toBe('ана')
    expect(stemKazakh('елде')).toBe('елде')
  })
})
