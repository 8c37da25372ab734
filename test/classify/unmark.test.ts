import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/language/normalize.js'
import type { Cue } from '../../src/classify/lexicon/cues.js'
import { unmarkCue } from '../../src/classify/reading/unmark.js'

describe('unmarkCue', () => {
  it('takes the cue off the words read in another sense, keeps their other cues, and drops it from the set when none keeps it', () => {
    const tokens = tokenize('gold museum gold')
    const cues: (readonly Cue[])[] = [['result'], ['museums'], ['result', 'heritage']]
    const cueSet = new Set<Cue>(['result', 'museums', 'heritage'])
    unmarkCue(tokens, cues, cueSet, 'result', () => true)
    expect(cues).toEqual([[], ['museums'], ['heritage']])
    expect([...cueSet].sort()).toEqual(['heritage', 'museums'])
  })

  it('keeps the cue in the set while one word still carries it, and asks only about the words that carry it', () => {
    const tokens = tokenize('gold museum gold')
    const cues: (readonly Cue[])[] = [['result'], ['museums'], ['result']]
    const cueSet = new Set<Cue>(['result', 'museums'])
    const asked: number[] = []
    unmarkCue(tokens, cues, cueSet, 'result', (i) => {
      asked.push(i)
      return i === 0
    })
    expect(asked).toEqual([0, 2])
    expect(cues).toEqual([[], ['museums'], ['result']])
    expect(cueSet.has('result')).toBe(true)
  })
})
