import type { Token } from '../../language/normalize.js'
import type { Cue } from '../lexicon/cues.js'
import { unmarkCue } from './unmark.js'

/*
 * English "final" is a contest's last match, a sport result (cues.ts § result: "reached the final", "in the final he lost", "the
 * final of the cup", "the final was held"), and the adjective "last" before its noun: "the final series of meetings", "a final
 * protocol was signed", "the parties agreed the final wording", "with the final signature". Before its noun it is no result;
 * the noun's own word keeps its cue ("final protocol": a document).
 */

/** The words a contest's final stands before: a preposition, a verb or a pronoun opening the next clause. */
const AFTER_THE_NOUN: ReadonlySet<string> = new Set(['of', 'in', 'at', 'on', 'against', 'between', 'with', 'for', 'and', 'or', 'was', 'is',
  'will', 'would', 'took', 'takes', 'ended', 'saw', 'where', 'which', 'that', 'he', 'she', 'they', 'we', 'the', 'to', 'held'])
/** The contest's own words after its final: "the final match", "the final round", "the final bout". */
const CONTEST_WORD = /^(?:match|matches|game|games|bout|bouts|fight|fights|round|rounds|race|races|whistle|tournament)$/u

/** A name after a lower-case "final" opens the next clause, a comma left out: "on his way to the final Salimbayev defeated …". */
function isNameAfter(final: Token, next: Token): boolean {
  return final.raw === 'final' && /^\p{Lu}/u.test(next.raw)
}

/** labels.md § judgement calls: sport results are out of scope; "final" before its noun says last, and loses the result cue. */
export function unmarkFinalAdjective(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>): void {
  unmarkCue(tokens, cues, cueSet, 'result', (i) => {
    const final = tokens[i] as Token
    const next = tokens[i + 1]
    return final.norm === 'final' && next !== undefined && next.sep === 'space' && !AFTER_THE_NOUN.has(next.norm) &&
      !CONTEST_WORD.test(next.norm) && !isNameAfter(final, next)
  })
}
