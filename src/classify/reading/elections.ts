import type { Token } from '../../language/normalize.js'
import type { Cue } from '../lexicon/cues.js'
import { unmarkCue } from './unmark.js'

/*
 * Kazakh «сайлау» is both elections, politics out of scope («Парламент сайлауы», «президенттік сайлау», «сайлауға
 * қатысты»), and the verbal noun "to elect, to choose", which takes its object in the accusative before it: «мәдени
 * астанасын жыл сайын сайлауды ұсынды» (proposed choosing a cultural capital every year), «ұйым төрағасын сайлау»
 * (electing the body's chairman). Chosen so, a thing or a person is no politics, as English "electing" and Russian
 * «избрать» are not read as it; a post filled is read once it is done («сайланды», cues.ts § appointed).
 */

/** The verbal noun «сайлау» in the cases it takes as the object of another verb or as a purpose: «сайлауды», «сайлауға». */
const CHOOSING = /^сайлау(?:ды|ға|)$/u
/**
 * An object in the accusative: a possessive's («астанасын», «хатшысын», «директорын», «мүшелерін»), a plural's («депутаттарды»)
 * or a vowel's («хатшыны», «оны»). The consonant's «-ды», «-ті» is left out: adjectives end so too («кезекті сайлау», a regular
 * election; «маңызды»).
 */
const ACCUSATIVE = /(?:[^й]ын|ін|ны|ні|(?:лар|лер|дар|дер|тар|тер)ды|(?:лар|лер|дар|дер|тар|тер)ді)$/u
/** Words that end so and are no object: «алдын ала» (beforehand), and a day's or a night's possessive («сайлау күні»). */
const NOT_OBJECT: ReadonlySet<string> = new Set(['алдын', 'күні', 'түні', 'соңын'])
/** The most words between the object and «сайлау»: «астанасын жыл сайын сайлауды», «хатшысын қайта қайта сайлауға». */
const OBJECT_BEFORE = 3

function hasObjectBefore(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - OBJECT_BEFORE); i -= 1) {
    const token = tokens[i] as Token
    if (ACCUSATIVE.test(token.norm) && !NOT_OBJECT.has(token.norm)) return true
    // A phrase's boundary: the object stands in «сайлау»'s own clause.
    if ((tokens[i + 1] as Token).sep === 'comma' || (tokens[i + 1] as Token).sep === 'other') return false
  }
  return false
}

/** A given name's forms: «Сайлау Серікбаев» (a capital after a capital, not a sentence's first word). */
function isGivenName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  return index > 0 && token.raw === 'Сайлау' && next !== undefined && next.sep === 'space' && /^\p{Lu}\p{Ll}/u.test(next.raw)
}

/**
 * labels.md § relevant: elections are out of scope, choosing is not. «Сайлау» chosen something, or a man's name, loses the
 * out cue: what remains is read as no cue at all.
 */
export function unmarkChoosing(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>): void {
  unmarkCue(tokens, cues, cueSet, 'out', (i) => {
    const norm = (tokens[i] as Token).norm
    return (CHOOSING.test(norm) && hasObjectBefore(tokens, i)) || (norm === 'сайлау' && isGivenName(tokens, i))
  })
}
