import type { Token } from '../../language/normalize.js'
import type { Cue } from '../lexicon/cues.js'

/**
 * Takes `cue` off each word that carries it and that `isOtherSense` reads in another sense (a homonym, a name, a figure of
 * speech), and off the sentence's set when no word keeps it. The word's other cues stay.
 */
export function unmarkCue(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>, cue: Cue,
  isOtherSense: (index: number) => boolean): void {
  if (!cueSet.has(cue)) return
  let isCueLeft = false
  for (let i = 0; i < tokens.length; i += 1) {
    const own = cues[i] as readonly Cue[]
    if (!own.includes(cue)) continue
    if (isOtherSense(i)) cues[i] = own.filter((c) => c !== cue)
    else isCueLeft = true
  }
  if (!isCueLeft) cueSet.delete(cue)
}
