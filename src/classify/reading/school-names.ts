import type { Token } from '../../language/normalize.js'
import { isSector, type Cue } from '../lexicon/cues.js'
import { unmarkCue } from './unmark.js'

/*
 * A field in a school's or a university's name names what it teaches, not a matter of the news: «Казахский агротехнический
 * исследовательский университет», "Atyrau Oil and Gas University", "Baku Higher Oil School", «Мұнай және газ университеті»,
 * «Аграрлық университет». Read there, the out-of-scope field's word («агротехнический», "oil", "gas", «мұнай») is no trade,
 * energy or farming: the school and what it signs are education's (labels.md § relevant). Its other cues are kept.
 */

/** The word for a school that ends such a name: university, institute, academy, college, school, and their forms. */
const SCHOOL_WORD = /^(?:universit|institut|academ|college|school|университет|институт|академи|колледж|школ|училищ|лице[йя]|мектеб|мектеп|политехни)/u
/**
 * The words a field's may stand with inside the name: a conjunction ("Oil and Gas"), an unmarked adjective (Higher, «ұлттық»),
 * or another field's («исследовательский», research; «зерттеу»).
 */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'и', 'және', 'мен', 'пен', 'бен'])
/** Words that end a name's run: a preposition or an article is no adjective of it («в университете», "invest in the university"). */
const NOT_IN_NAME: ReadonlySet<string> = new Set(['in', 'at', 'of', 'the', 'a', 'an', 'for', 'to', 'with', 'by', 'from', 'on', 'в', 'на', 'для',
  'по', 'с', 'со', 'из', 'к', 'о', 'об', 'при'])
/**
 * What a school is not named for keeps its cue: force and order (a military, police, border or customs academy stays out of
 * scope), finance (financial institutions, «қаржы институттары», are no schools) and a hospital (a university's clinic is a hospital).
 */
const KEPT_OUT = /^(?:militar|воен|әскери|police|полиц|defen|оборон|қорғаныс|security|безопасн|қауіпсіз|border|погранич|шекара|customs|тамож|кеден|financ|финанс|қаржы|hospital|больниц|клиник|clinic|аурухана)/u
/** The most words from the field's to the school's word: «агротехнический исследовательский университет», "Oil and Gas University". */
const SCHOOL_AFTER = 3

function schoolAfter(tokens: readonly Token[], cues: readonly (readonly Cue[])[], index: number): number {
  for (let i = index + 1; i <= Math.min(tokens.length - 1, index + SCHOOL_AFTER); i += 1) {
    const token = tokens[i] as Token
    if (token.sep !== 'space' && token.sep !== 'hyphen') return -1
    if (SCHOOL_WORD.test(token.norm)) return i
    const own = cues[i] as readonly Cue[]
    const isInName = own.includes('out') || CONJUNCTIONS.has(token.norm) || (own.length === 0 && !NOT_IN_NAME.has(token.norm)) ||
      (own.length > 0 && own.every(isSector))
    if (!isInName) return -1
  }
  return -1
}

/** labels.md § relevant: the out-of-scope fields a school's name is made of lose the out cue. */
export function unmarkSchoolNames(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>): void {
  unmarkCue(tokens, cues, cueSet, 'out', (i) => !KEPT_OUT.test((tokens[i] as Token).norm) && schoolAfter(tokens, cues, i) >= 0)
}
