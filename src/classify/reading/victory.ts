import type { Token } from '../../language/normalize.js'
import type { Cue } from '../lexicon/cues.js'
import { unmarkCue } from './unmark.js'

/*
 * Kazakh «жеңіс» is a win, a sport result («жеңіс тойланды», «жеңіске жетті»), and with a capital the Victory of 1945, whose
 * anniversaries and day are commemorated («Жеңістің 65 жылдығына арналған шаралар», «Ұлы Жеңістің 80 жылдығы»), and a man's
 * name («директоры Жеңіс Сейдоллаұлы»). As Russian «Победа» and English "Victory" are read as no result, the capitalised word
 * inside a sentence is none; at its start, before a name or an anniversary.
 */

const VICTORY = /^жеңіс/u
/** The most words from the Victory to its anniversary: «Жеңістің 80 жылдығы». */
const ANNIVERSARY_AFTER = 2

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw)
}

function isVictoryOrName(tokens: readonly Token[], cues: readonly (readonly Cue[])[], index: number): boolean {
  const token = tokens[index] as Token
  if (!VICTORY.test(token.norm) || !isCapitalised(token)) return false
  if (index > 0) return true
  const next = tokens[1]
  if (next !== undefined && isCapitalised(next)) return true
  for (let i = 1; i <= Math.min(tokens.length - 1, ANNIVERSARY_AFTER); i += 1) if ((cues[i] as readonly Cue[]).includes('anniversary')) return true
  return false
}

/** labels.md § judgement calls: sport results are out of scope; the Victory commemorated and a man named Жеңіс are none. */
export function unmarkVictory(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>): void {
  unmarkCue(tokens, cues, cueSet, 'result', (i) => isVictoryOrName(tokens, cues, i))
}
