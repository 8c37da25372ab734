import type { Cue } from '../lexicon/cues.js'
import { hasCue, isCueNear, type Sentence } from '../reading/read-article.js'

/*
 * labels.md § judgement calls: what the article reports decides. An act counts as reported
 * when it is neither announced for later ("will sign", «планируется подписать») nor recalled
 * from before ("signed earlier", «ранее подписан»).
 */

const FUTURE_WINDOW = 3
const EARLIER_WINDOW = 5

export type Tense = 'reported' | 'future' | 'earlier'

/** How the sentence speaks of `cue`: the strongest reading among its tokens, or null when it is absent. */
export function tenseOf(sentence: Sentence, cue: Cue): Tense | null {
  if (!sentence.cueSet.has(cue)) return null
  let found: Tense | null = null
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, cue)) continue
    if (isCueNear(sentence, i, 'future', FUTURE_WINDOW, FUTURE_WINDOW) || isCueNear(sentence, i, 'draft', FUTURE_WINDOW, FUTURE_WINDOW)) found ??= 'future'
    else if (isCueNear(sentence, i, 'earlier', EARLIER_WINDOW, EARLIER_WINDOW)) found = found === 'future' ? 'future' : 'earlier'
    else return 'reported'
  }
  return found
}

export function reports(sentence: Sentence, cue: Cue): boolean {
  return tenseOf(sentence, cue) === 'reported'
}

/** A memorandum, agreement, protocol or declaration — or a programme or plan "of cooperation". */
export function namesCooperationDocument(sentence: Sentence): boolean {
  const cues = sentence.cueSet
  return cues.has('doc') || (cues.has('plan') && (cues.has('coop') || cues.has('exchange')))
}

/** Cues that mark a sentence as reporting cooperation at all. */
const COOPERATION_CUES: readonly Cue[] = ['coop', 'doc', 'sign', 'meet', 'commission', 'joint', 'exchange', 'side', 'parties', 'agreed']

export function isCooperationSentence(sentence: Sentence): boolean {
  return COOPERATION_CUES.some((cue) => sentence.cueSet.has(cue))
}
