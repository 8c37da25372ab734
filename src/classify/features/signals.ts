import { isUpperWord, type Token } from '../../language/normalize.js'
import type { Cue } from '../lexicon/cues.js'
import { hasCue, isCueNear, type Sentence } from '../reading/read-article.js'

/*
 * labels.md § judgement calls: what the article reports decides. An act counts as reported
 * when it is neither announced for later ("will sign", «планируется подписать») nor recalled
 * from before ("signed earlier", «ранее подписан»).
 */

const FUTURE_WINDOW = 3
/** "that was signed", "with which the university has signed": a relative clause's signing is one the main clause knows of. */
const RELATIVE_BEFORE_SIGN = 4
const EARLIER_WINDOW = 5
/** "signed in Bishkek on 16 August 2007", «2023 жылдың қарашасында Астанада қол қойылған»: the date stands this far from the act. */
const DATE_WINDOW = 6
const YEAR = /^(19|20)\d\d$/

/** A year a plan runs for: "for 2026", «на 2027 год», «2025 жылға арналған». */
const PERIOD_BEFORE: ReadonlySet<string> = new Set(['for', 'to', 'until', 'на', 'до', 'по'])
const PERIOD_AFTER = /^жыл(ға|дарға)/

/**
 * A year a signing is dated by ("signed in 1995", «2023 жылы»): news reports today's signing without its year, and
 * names one when it recalls an earlier one. A period («на 2025–2026 годы», "a 2025-2027 memorandum", "for 2026") or
 * a name («ЭКСПО-2017») is no date. Only signings: a meeting's year may be the one it declared («2022 жыл … жылы
 * болып жарияланды»).
 */
function isDatedNear(sentence: Sentence, index: number): boolean {
  const { tokens } = sentence
  const last = Math.min(tokens.length - 1, index + DATE_WINDOW)
  for (let i = Math.max(0, index - DATE_WINDOW); i <= last; i += 1) {
    const token = tokens[i] as Token
    if (!YEAR.test(token.norm)) continue
    // Neighbours read within bounds and compared only when there: a read past the end, or its undefined compared with a
    // separator's name, deoptimised the optimised code once ('out of bounds', 'wrong instance type').
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined
    const isJoined = token.sep === 'hyphen' || token.sep === 'dash' || (next !== undefined && (next.sep === 'hyphen' || next.sep === 'dash'))
    const isPeriod = PERIOD_BEFORE.has(i > 0 ? (tokens[i - 1] as Token).norm : '') || (next !== undefined && PERIOD_AFTER.test(next.norm))
    if (!isJoined && !isPeriod) return true
  }
  return false
}

export type Tense = 'reported' | 'future' | 'earlier'

/**
 * A sentence that opens on a time gone by («Өткен жылы біз … келісімге қол қойдық», «В прошлом году …», "Last year, …",
 * «Ранее …») speaks of the past throughout, however far its verb stands: Kazakh puts the verb last. One that opens on a
 * former thing («Бұрынғы республикалар …», "The former …") does not.
 */
const OPENING_ADVERBIAL = 2

function opensEarlier(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('earlier')) return false
  const last = Math.min(sentence.tokens.length, OPENING_ADVERBIAL)
  for (let i = 0; i < last; i += 1) if (hasCue(sentence, i, 'earlier') && !hasCue(sentence, i, 'former')) return true
  return false
}

/** The words that put a year before it as a time: "in 2019", "back in 2019", «в 2023 году», «ещё в 2019 году». */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'в', 'во'])
/** The word after a Russian year that makes it a time: «в 2023 году», «в 2023 г.». */
const RUSSIAN_YEAR_NOUN = /^(?:году|г)$/u
/** The Kazakh year as a time: «2015 жылы», «2015 жылдың күзінде»; the nominative «2022 жыл» is a year declared, no date. */
const KAZAKH_YEAR_NOUN = /^(?:жылы|жылдың)$/u
/** A dateline's agency before the lead's first words: «КАЗИНФОРМ — В 2017 году …», "ASTANA. KAZINFORM – In 2019, …". */
const MAX_DATELINE_WORDS = 2

/**
 * A sentence that opens on a year as its time ("In 2019, the minister visited Seoul", «В 2015 году стороны договорились …»,
 * «2015 жылдың күзінде … тараптар … келісті») tells background, as «В прошлом году» does: news reports today's act without
 * its year, and names one for an act of another time. Not one that plans («В 2025 году планируется визит», "In 2026, the
 * minister will visit"), nor a period ("In 2025–2027", «в 2023–2025 годах»).
 */
export function opensOnPastYear(sentence: Sentence): boolean {
  if (sentence.cueSet.has('future')) return false
  const { tokens } = sentence
  const norm = (i: number): string => (i < tokens.length ? (tokens[i] as Token).norm : '')
  let start = 0
  while (start < MAX_DATELINE_WORDS && start < tokens.length && isUpperWord((tokens[start] as Token).raw) && !YEAR.test(norm(start))) start += 1
  if (norm(start) === 'back' || norm(start) === 'еще' || norm(start) === 'ещё') start += 1
  if (YEAR.test(norm(start))) return KAZAKH_YEAR_NOUN.test(norm(start + 1))
  if (!YEAR_PREPOSITIONS.has(norm(start)) || !YEAR.test(norm(start + 1))) return false
  if (norm(start) !== 'in') return RUSSIAN_YEAR_NOUN.test(norm(start + 2))
  const after = tokens[start + 2]?.sep
  return after !== 'dash' && after !== 'hyphen'
}

/** A month as a time, with no day: «в апреле», "in August", «сәуірде» (not «қазанда», which is also Kazan's locative). */
const RUSSIAN_MONTH_TIME = /^(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)$/u
const ENGLISH_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u
const KAZAKH_MONTH_TIME = /^(?:қаңтарда|ақпанда|наурызда|сәуірде|мамырда|маусымда|шілдеде|тамызда|қыркүйекте|қарашада|желтоқсанда)$/u

/**
 * A sentence that opens on a month with no day as its time («В апреле университет заключил соглашение …», "In August, the
 * ministries signed …", «Сәуірде …») tells of another time than the day the news reports, as one that opens on a year does
 * (opensOnPastYear): news dates what it reports by its day («5 апреля», "on 5 April") or as today's. Not one that plans.
 */
export function opensOnMonth(sentence: Sentence): boolean {
  if (sentence.cueSet.has('future')) return false
  const { tokens } = sentence
  const norm = (i: number): string => (i < tokens.length ? (tokens[i] as Token).norm : '')
  let start = 0
  while (start < MAX_DATELINE_WORDS && start < tokens.length && isUpperWord((tokens[start] as Token).raw)) start += 1
  if (KAZAKH_MONTH_TIME.test(norm(start))) return true
  if (norm(start) === 'в' || norm(start) === 'во') return RUSSIAN_MONTH_TIME.test(norm(start + 1))
  return norm(start) === 'in' && ENGLISH_MONTH.test(norm(start + 1))
}

/**
 * An earlier thing within EARLIER_WINDOW of the act at `index`. A framework («в рамках соглашения», "under the
 * memorandum") after a plan the act takes ("approved the action plan under the memorandum") is the plan's, which the act
 * adopts now: a plan of joint events adopted is a cooperation document (corpus/README.md, more-ru-049).
 */
function isEarlierNear(sentence: Sentence, index: number): boolean {
  if (!sentence.cueSet.has('earlier')) return false
  const last = Math.min(sentence.tokens.length - 1, index + EARLIER_WINDOW)
  let isPlanBetween = false
  for (let i = Math.max(0, index - EARLIER_WINDOW); i <= last; i += 1) {
    if (i > index && hasCue(sentence, i, 'plan')) isPlanBetween = true
    if (hasCue(sentence, i, 'earlier') && !(isPlanBetween && hasCue(sentence, i, 'doc'))) return true
  }
  return false
}

/** A Kazakh past participle: «келісілген», «қойылған», «шыққан», «өткен». */
const KAZAKH_PARTICIPLE = /(ған|ген|қан|кен)$/
/** The same in the accusative, what a speaker says was done: «орнатылғанын», «шыққандарын», «өткізгенін». */
const KAZAKH_PARTICIPLE_OBJECT = /(ған|ген|қан|кен)(дар|дер|тар|тер)?(ын|ін)$/
/** Kazakh's pluperfect auxiliaries after a past participle: «келісілген болатын», «қол қойылған еді». */
const KAZAKH_PERFECT_AUXILIARY: ReadonlySet<string> = new Set(['болатын', 'еді'])
/** Verbs of saying that close a sentence on what a speaker tells was done: «… орнатылғанын айтты», «… өткенін атап өтті». */
const KAZAKH_SAYING: ReadonlySet<string> = new Set(['айтты', 'өтті', 'жеткізді', 'мәлімдеді'])

/**
 * A Kazakh sentence whose closing verb — Kazakh puts it last — tells of what had been done before: the pluperfect («… кездесуін
 * өткізу келісілген болатын», "had been agreed") or a speaker's account of what was done («… БАҚ өкілдерімен байланыс
 * орнатылғанын айтты», "said that contacts had been established"), as «бұған дейін» does. Only the last three words are read.
 */
export function closesOnKazakhPast(sentence: Sentence): boolean {
  const { tokens } = sentence
  const n = tokens.length
  if (n < 2) return false
  const last = (tokens[n - 1] as Token).norm
  const before = (tokens[n - 2] as Token).norm
  if (KAZAKH_PERFECT_AUXILIARY.has(last)) return KAZAKH_PARTICIPLE.test(before)
  if (!KAZAKH_SAYING.has(last)) return false
  // «атап өтті» ("noted"), «айтып өтті»: the participle stands before the two words.
  const object = last === 'өтті' ? (n >= 3 && (before === 'атап' || before === 'айтып') ? (tokens[n - 3] as Token).norm : '') : before
  return KAZAKH_PARTICIPLE_OBJECT.test(object)
}

/**
 * A Kazakh sentence that closes on the perfect, a bare past participle («… өңір басшылығы … келісімге қол қойған», "the
 * region's leaders have signed an agreement") or the pluperfect («… қол қойылған болатын»): Kazakh news tells what it reports
 * in the simple past («қол қойды», «қол қойылды») and what had been done before in these.
 */
function closesOnKazakhPerfect(sentence: Sentence): boolean {
  const { tokens } = sentence
  const n = tokens.length
  if (n < 2) return false
  const last = (tokens[n - 1] as Token).norm
  if (KAZAKH_PERFECT_AUXILIARY.has(last)) return KAZAKH_PARTICIPLE.test((tokens[n - 2] as Token).norm)
  return KAZAKH_PARTICIPLE.test(last)
}

/** How the sentence speaks of `cue`: the strongest reading among its tokens, or null when it is absent. */
export function tenseOf(sentence: Sentence, cue: Cue): Tense | null {
  if (!sentence.cueSet.has(cue)) return null
  // What a speaker recalls («напомнил, что …», "recalled that", «еске салайық») was done before, whatever its verb's tense.
  const isPast = opensEarlier(sentence) || closesOnKazakhPerfect(sentence) || sentence.cueSet.has('recall')
  let found: Tense | null = null
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, cue)) continue
    if (isCueNear(sentence, i, 'future', FUTURE_WINDOW, FUTURE_WINDOW) || isCueNear(sentence, i, 'draft', FUTURE_WINDOW, FUTURE_WINDOW)) found ??= 'future'
    else if (isPast || isEarlierNear(sentence, i) || (cue === 'sign' && (isDatedNear(sentence, i) || isCueNear(sentence, i, 'relative', RELATIVE_BEFORE_SIGN, 0)))) {
      found = found === 'future' ? 'future' : 'earlier'
    }
    else return 'reported'
  }
  return found
}

export function reports(sentence: Sentence, cue: Cue): boolean {
  return tenseOf(sentence, cue) === 'reported'
}

/** How far «joint» stands from its plan: "joint action plan", «план совместных мероприятий», «бірлескен іс-шаралар жоспары». */
const JOINT_BEFORE_PLAN = 3
const JOINT_AFTER_PLAN = 2

/**
 * A plan of joint events or a joint action plan, not a joint concert beside a festival's programme. Signed by two
 * parties it is a cooperation document (labels.md § kind; corpus/README.md, more-ru-049); approved by a council in
 * session it is that council's own work plan, and the session stays a commission.
 */
export function namesJointPlan(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('joint') || !sentence.cueSet.has('plan')) return false
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (hasCue(sentence, i, 'plan') && isCueNear(sentence, i, 'joint', JOINT_BEFORE_PLAN, JOINT_AFTER_PLAN)) return true
  }
  return false
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
