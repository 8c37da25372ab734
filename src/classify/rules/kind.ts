import type { Kind } from '../types.js'
import type { Cue } from './cues.js'
import { hasCue, type Sentence } from './document.js'

/*
 * labels.md § kind: agreement > commission > meeting > event. An act counts only when the
 * text reports it as done: "will sign", «подписание планируется» and "signed earlier" do not.
 */

const FUTURE_BEFORE = 3
const FUTURE_AFTER = 3
const EARLIER_WINDOW = 5

function isNear(sentence: Sentence, index: number, cue: Cue, before: number, after: number): boolean {
  for (let i = Math.max(0, index - before); i <= Math.min(sentence.tokens.length - 1, index + after); i += 1) {
    if (hasCue(sentence, i, cue)) return true
  }
  return false
}

/** A token carrying `cue` that is neither announced for later nor recalled from before. */
function hasReportedCue(sentence: Sentence, cue: Cue, checkEarlier: boolean): boolean {
  if (!sentence.cueSet.has(cue)) return false
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, cue)) continue
    if (isNear(sentence, i, 'future', FUTURE_BEFORE, FUTURE_AFTER)) continue
    if (checkEarlier && isNear(sentence, i, 'earlier', EARLIER_WINDOW, EARLIER_WINDOW)) continue
    return true
  }
  return false
}

/** Programmes and plans are documents only when they are "of cooperation" or "of exchange". */
export function hasCooperationDocument(sentence: Sentence): boolean {
  const cues = sentence.cueSet
  return cues.has('doc') || (cues.has('plan') && (cues.has('coop') || cues.has('exchange')))
}

/** The kind one sentence reports, or null. `documentInTitle` lets "signed" lean on the headline's memorandum. */
export function kindIn(sentence: Sentence, documentInTitle: boolean): Kind | null {
  if ((hasCooperationDocument(sentence) || documentInTitle) && hasReportedCue(sentence, 'sign', true)) return 'agreement'
  if (hasReportedCue(sentence, 'commission', false)) return 'commission'
  if (hasReportedCue(sentence, 'meet', false)) return 'meeting'
  if (sentence.cueSet.has('event')) return 'event'
  return null
}
