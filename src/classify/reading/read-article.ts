import { detectLanguage } from '../../language/detect.js'
import { isKazakhLatin, kazakhLatinAlphabetOf, latinToCyrillic } from '../../language/kazakh-latin.js'
import { splitSentences, tokenize, type Token } from '../../language/normalize.js'
import type { CountryIndex, CountryMention } from '../countries.js'
import { CUE_ENTRIES, type Cue } from '../lexicon/cues.js'
import { createLexicon, suffixOf } from '../lexicon/lexicon.js'
import { ORG_ENTRIES, OTHER_BODY_ENTRIES } from '../lexicon/orgs.js'
import type { ArticleText, Lang } from '../types.js'
import { fromApostropheAlphabet, isApostropheKazakh } from './apostrophe-alphabet.js'
import { unmarkChoosing } from './elections.js'
import { unmarkFinalAdjective } from './final.js'
import { articleLines } from './noise.js'
import { unmarkSchoolNames } from './school-names.js'
import { fromTurkishKeyboard, isTurkishKeyboardKazakh } from './turkish-keyboard.js'
import { unmarkVictory } from './victory.js'

/** labels.md § Page noise: title and lead say what the article reports; the body adds to it. */
export type Region = 'title' | 'lead' | 'body'

export interface OrgMention {
  code: string
  start: number
  end: number
  suffix: string
}

export interface Sentence {
  text: string
  region: Region
  /** Position in the article, 0 for the first sentence of the title. */
  index: number
  tokens: Token[]
  /** Cues per token index. */
  cues: (readonly Cue[])[]
  cueSet: ReadonlySet<Cue>
  countries: CountryMention[]
  orgs: OrgMention[]
}

export interface Reading {
  lang: Lang | 'other'
  /** Kazakh written in Latin letters, read after turning it into Cyrillic. */
  isKazakhLatin: boolean
  sentences: Sentence[]
  /** Words in the sentences read (title and article text, noise dropped). */
  wordCount: number
}

/*
 * What is read of an article is bounded, so its cost is too: a headline is a line, and an
 * announcement says what it reports long before this many characters (issue 13: a 1 MB title
 * froze ingestion).
 */
export const MAX_TITLE_CHARS = 600
export const MAX_BODY_CHARS = 24_000
const MAX_SENTENCE_CHARS = 1_200
const LEAD_SENTENCES = 3
const LEAD_LINES = 2
const LANGUAGE_SAMPLE_CHARS = 400
const MAX_DATELINE_CHARS = 40
const NO_CUES: readonly Cue[] = []

/** Reads an article into tagged sentences, page noise dropped. */
export type ArticleReader = (article: ArticleText) => Reading

/** Built once per classifier: its lexicons remember the words they have met. */
export function createArticleReader(countries: CountryIndex, homeCountry?: string): ArticleReader {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  // The names of other bodies that hold an organisation's are read too, and name none: «Генсек ООН по туризму» is no UN.
  const orgLexicon = createLexicon<string | null>([...ORG_ENTRIES, ...OTHER_BODY_ENTRIES])

  function readSentence(text: string, region: Region, index: number): Sentence {
    const tokens = tokenize(text.length > MAX_SENTENCE_CHARS ? text.slice(0, MAX_SENTENCE_CHARS) : text)
    const cues: (readonly Cue[])[] = new Array<readonly Cue[]>(tokens.length).fill(NO_CUES)
    const cueSet = new Set<Cue>()
    cueLexicon.eachMatch(tokens, (value, start, end) => {
      for (let i = start; i < end; i += 1) cues[i] = value
      for (const cue of value) cueSet.add(cue)
    })
    const orgs: OrgMention[] = []
    orgLexicon.eachMatch(tokens, (code, start, end, lastStemLength) => {
      if (code !== null) orgs.push({ code, start, end, suffix: suffixOf(tokens, { end, lastStemLength }) })
    })
    const mentions = countries.mentionsIn(tokens).filter((m) => !isNewsSource(tokens, m))
    markPlaceDays(tokens, cues, cueSet, mentions)
    markSessionProtocols(tokens, cues, cueSet)
    unmarkChoosing(tokens, cues, cueSet)
    unmarkFinalAdjective(tokens, cues, cueSet)
    unmarkVictory(tokens, cues, cueSet)
    unmarkSchoolNames(tokens, cues, cueSet)
    if (homeCountry !== undefined) unmarkHousesAbroad(tokens, cues, cueSet, mentions, homeCountry)
    return { text, region, index, tokens, cues, cueSet, countries: mentions, orgs }
  }

  return (article) => {
    let title = article.title.slice(0, MAX_TITLE_CHARS).trim()
    let body = article.body.length > MAX_BODY_CHARS ? article.body.slice(0, MAX_BODY_CHARS) : article.body
    let sample = `${title}\n${body.slice(0, LANGUAGE_SAMPLE_CHARS)}`
    // The 2017 alphabet's apostrophe letters split words: written in the 2018 alphabet's letters, the text is read as that one is.
    if (isApostropheKazakh(sample)) {
      title = fromApostropheAlphabet(title)
      body = fromApostropheAlphabet(body)
      sample = `${title}\n${body.slice(0, LANGUAGE_SAMPLE_CHARS)}`
    }
    const isLatinKazakh = isKazakhLatin(sample)
    if (isLatinKazakh) {
      const alphabet = kazakhLatinAlphabetOf(sample)
      if (alphabet === 2021 && isTurkishKeyboardKazakh(sample)) {
        title = fromTurkishKeyboard(title)
        body = fromTurkishKeyboard(body)
      }
      title = latinToCyrillic(title, alphabet)
      body = latinToCyrillic(body, alphabet)
    }
    const lang = isLatinKazakh ? 'kk' : detectLanguage(sample, article.lang)
    const sentences: Sentence[] = []
    for (const text of splitSentences(title)) sentences.push(readSentence(text, 'title', sentences.length))
    let leadCount = 0
    const lines = articleLines(body)
    const dateline = sentences.length > 0 ? droppedDateline(body, lines, countries) : null
    if (dateline !== null) sentences.push(readSentence(dateline, 'lead', sentences.length))
    lines.forEach((line, lineIndex) => {
      for (const text of splitSentences(line)) {
        // A page with no headline: its first sentence says what it reports.
        if (sentences.length === 0) {
          sentences.push(readSentence(text, 'title', 0))
          continue
        }
        const isLead = lineIndex < LEAD_LINES && leadCount < LEAD_SENTENCES
        if (isLead) leadCount += 1
        sentences.push(readSentence(text, isLead ? 'lead' : 'body', sentences.length))
      }
    })
    const wordCount = sentences.reduce((sum, s) => sum + s.tokens.length, 0)
    return { lang, isKazakhLatin: isLatinKazakh, sentences, wordCount }
  }
}

/** A month's name in a dateline's date: "March 3", «5 марта», «8 маусым». */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*$/u
/** The other words of a dateline's date: a year's («2017 жылғы», «2017 г.», «года»). */
const DATE_WORD = /^(?:\d{1,4}|жылғы|жыл|г|года?)$/u

/**
 * labels.md § partners: a dateline on its own first line ("Islamabad", «Бишкек, 7 июня») is too short for page noise's
 * reading of a sentence and was cut as a menu item, so a partner it alone names was lost. The first line of the body,
 * where it was dropped, is read as the lead's dateline when it is a capital's or a city's name alone, a date after it at most.
 */
function droppedDateline(body: string, kept: readonly string[], countries: CountryIndex): string | null {
  const first = body.split('\n').map((line) => line.trim()).find((line) => line.length > 0)
  if (first === undefined || first.length > MAX_DATELINE_CHARS || kept[0] === first) return null
  const tokens = tokenize(first)
  const place = countries.mentionsIn(tokens)[0]
  if (place === undefined || place.start !== 0 || (place.kind !== 'capital' && place.kind !== 'city')) return null
  return tokens.slice(place.end).every((t) => MONTH_WORD.test(t.norm) || DATE_WORD.test(t.norm)) ? first : null
}

/** The words that cite a report's source before it: «сообщает БЕЛТА», «со ссылкой на ТАСС», "according to Xinhua", «деп хабарлайды Trend». */
const SOURCE_CITED_BEFORE: ReadonlySet<string> = new Set(['сообщает', 'сообщают', 'сообщило', 'передает', 'передают', 'пишет', 'на', 'to',
  'хабарлайды', 'хабарлады', 'жазады'])
/** The words a cited source may stand before instead: "BelTA reports", «ТАСС сообщает». */
const SOURCE_CITES_AFTER: ReadonlySet<string> = new Set(['reports', 'reported', 'writes', 'сообщает', 'передает', 'хабарлайды', 'хабарлады'])
/** «со ссылкой на», "according to": the word before 'на' or 'to' that makes it a citation. */
const CITATION_OPENERS: ReadonlySet<string> = new Set(['ссылкой', 'according'])
/** The word for the agency between the citation and its name: «сообщает агентство «Анадолу»», "reports the agency". */
const AGENCY_WORD = /^(?:агентств|agency|агенттіг)/u

/**
 * A news agency cited as the report's source («…, сообщает БЕЛТА», "BelTA reports", «деп хабарлайды Trend») wrote the
 * story and is no party to it: its country is only mentioned (labels.md § partners), however its name stands for it.
 */
function isNewsSource(tokens: readonly Token[], mention: CountryMention): boolean {
  if (mention.kind !== 'institution') return false
  const norm = (i: number): string => tokens[i]?.norm ?? ''
  const before = AGENCY_WORD.test(norm(mention.start - 1)) ? mention.start - 2 : mention.start - 1
  const word = norm(before)
  const isCitedBefore = SOURCE_CITED_BEFORE.has(word) && ((word !== 'на' && word !== 'to') || CITATION_OPENERS.has(norm(before - 1)))
  return isCitedBefore || SOURCE_CITES_AFTER.has(norm(mention.end))
}

/** «Дни Алтайского края», "Days of Altai Krai": the word for days before a place's name. */
const DAYS_BEFORE: ReadonlySet<string> = new Set(['дни', 'дней', 'днях', 'днями', 'дням'])
/** «В эти дни Казахстан принимает …», «в последние дни Турция …»: days of a time, the name after them its sentence's subject. */
const TIME_DAYS_WORDS: ReadonlySet<string> = new Set(['эти', 'те', 'последние', 'первые', 'ближайшие', 'минувшие', 'прошедшие',
  'нынешние', 'оставшиеся', 'выходные', 'праздничные', 'все'])
/** «Алтай өлкесінің күндері», «Орынбор облысы күндері»: after it in Kazakh, a region's or city's word between. */
const DAYS_AFTER = /^күндер/u
const PLACE_WORD = /^(облыс|өлке|қала|аудан|провинци|штат)/u
/** «Түркияда күндері ыстық», «Ресейдегі күндері»: days in a place, a time there, are not its. */
const LOCATIVE_END = /(?:да|де|та|те)(?:ғы|гі)?$/u
const PLACE_DAYS: readonly Cue[] = ['event', 'culture']
/** «Дни Туркестанской области», «Дни Алтайского края»: a people's adjective before a region's word names the region. */
const REGION_WORD = /^(?:област|кра[йяюе]|район)/u

/**
 * labels.md § judgement calls: days of culture go in either direction, and a country's, a region's or a city's days
 * («Дни Алтайского края в Павлодаре», "Days of Altai Krai open in Pavlodar", «Омбы облысының күндері») are days of its
 * culture however seldom the headline says "culture": the days before a place's name are read as days of culture. Not
 * a people's adjective's: "Days of Kazakh Medicine" are medicine's.
 */
function markPlaceDays(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>, mentions: readonly CountryMention[]): void {
  const mark = (i: number): void => {
    cues[i] = [...new Set([...(cues[i] as readonly Cue[]), ...PLACE_DAYS])]
    for (const cue of PLACE_DAYS) cueSet.add(cue)
  }
  for (const { start, end, isDemonym, kind, suffix } of mentions) {
    // Days of a people's or an institution's field («Days of Kazakh Medicine», «Дни казахстанского кино») are that field's.
    if ((isDemonym && !isRegionNamed(tokens, end)) || kind === 'institution') continue
    const before = start > 0 ? (tokens[start - 1] as Token).norm : ''
    if (DAYS_BEFORE.has(before)) {
      if (start < 2 || !TIME_DAYS_WORDS.has((tokens[start - 2] as Token).norm)) mark(start - 1)
    } else if (before === 'of' && start > 1 && (tokens[start - 2] as Token).norm === 'days' && !isAttribute(tokens, end, mentions)) {
      mark(start - 2)
      mark(start - 1)
    }
    const after = end < tokens.length ? (tokens[end] as Token).norm : ''
    if (DAYS_AFTER.test(after)) {
      if (!LOCATIVE_END.test(suffix)) mark(end)
    } else if (PLACE_WORD.test(after) && !LOCATIVE_END.test(after) && end + 1 < tokens.length && DAYS_AFTER.test((tokens[end + 1] as Token).norm)) {
      mark(end + 1)
    }
  }
}

function isRegionNamed(tokens: readonly Token[], end: number): boolean {
  return end < tokens.length && REGION_WORD.test((tokens[end] as Token).norm)
}

/**
 * Whether the place named at [start, end) owns days markPlaceDays read as days of its culture: «Дни Алматы в Стамбуле»,
 * "Days of Astana held in Tokyo", «Астана күндері Токиода», «Түркістан облысының күндері».
 */
export function ownsPlaceDays(sentence: Sentence, start: number, end: number): boolean {
  const isDays = (i: number): boolean => hasCue(sentence, i, 'event') && hasCue(sentence, i, 'culture')
  const norm = (i: number): string => sentence.tokens[i]?.norm ?? ''
  if (DAYS_BEFORE.has(norm(start - 1)) && isDays(start - 1)) return true
  if (norm(start - 1) === 'of' && norm(start - 2) === 'days' && isDays(start - 2)) return true
  if (DAYS_AFTER.test(norm(end)) && isDays(end)) return true
  return PLACE_WORD.test(norm(end)) && DAYS_AFTER.test(norm(end + 1)) && isDays(end + 1)
}

/** A protocol or minutes: «протокол», «хаттама», "protocol". */
const PROTOCOL_WORD = /^(?:protocol|протокол|хаттама)/u
/** The most words between a protocol and the session it records: "protocol of the sub-committee's tenth meeting". */
const SESSION_AFTER_PROTOCOL = 7
/** A Kazakh session in the genitive before its protocol: «отырысының хаттамасы». */
const SESSION_BEFORE_PROTOCOL = 2
const KAZAKH_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u
/** What a protocol is on, not whose: "a protocol on cooperation", «протокол о сотрудничестве». */
const MATTER_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'regarding', 'о', 'об', 'по'])
/** The words that may stand between a protocol and its session: a body's name, an ordinal, "of the", «десятого». */
const SESSION_NAME_CUES: ReadonlySet<Cue> = new Set(['commission', 'session', 'council', 'actor', 'both'])

function isSessionWord(cues: readonly Cue[]): boolean {
  return cues.includes('session') || cues.includes('meet')
}

function isSessionNameWord(tokens: readonly Token[], cues: (readonly Cue[])[], i: number): boolean {
  return !MATTER_WORDS.has((tokens[i] as Token).norm) && (cues[i] as readonly Cue[]).every((cue) => SESSION_NAME_CUES.has(cue))
}

/**
 * A session's protocol is its record, not a cooperation protocol (labels.md § kind; corpus/README.md, more-ru-337): the
 * phrases of cues.ts take «протокол заседания», "protocol of the meeting", but a body's name or the session's number between
 * («протокол десятого заседания подкомитета», "the protocol of the sub-committee's tenth meeting», «кіші комитетінің оныншы
 * отырысының хаттамасы») hid it. Such a protocol names the session, and no document.
 */
function markSessionProtocols(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>): void {
  if (!cueSet.has('doc') || (!cueSet.has('session') && !cueSet.has('meet'))) return
  let isDocLeft = false
  for (let i = 0; i < tokens.length; i += 1) {
    const own = cues[i] as readonly Cue[]
    if (!own.includes('doc')) continue
    if (!PROTOCOL_WORD.test((tokens[i] as Token).norm) || !(recordsSessionAfter(tokens, cues, i) || recordsSessionBefore(tokens, cues, i))) {
      isDocLeft = true
      continue
    }
    cues[i] = ['session']
    cueSet.add('session')
  }
  if (!isDocLeft) cueSet.delete('doc')
}

/**
 * A meeting's protocol is a session's only with the body's name between («протокол встречи» is as often diplomatic protocol
 * observed at a guest's reception): "the protocol of the sub-committee's tenth meeting".
 */
function recordsSessionAfter(tokens: readonly Token[], cues: (readonly Cue[])[], protocol: number): boolean {
  const last = Math.min(tokens.length - 1, protocol + SESSION_AFTER_PROTOCOL)
  let isBodyNamed = false
  for (let i = protocol + 1; i <= last; i += 1) {
    const own = cues[i] as readonly Cue[]
    if (own.includes('session') || (own.includes('meet') && isBodyNamed)) return true
    if (!isSessionNameWord(tokens, cues, i)) return false
    if (own.includes('commission') || own.includes('council')) isBodyNamed = true
  }
  return false
}

function recordsSessionBefore(tokens: readonly Token[], cues: (readonly Cue[])[], protocol: number): boolean {
  for (let i = protocol - 1; i >= Math.max(0, protocol - SESSION_BEFORE_PROTOCOL); i -= 1) {
    if (isSessionWord(cues[i] as readonly Cue[])) return KAZAKH_GENITIVE.test((tokens[i] as Token).norm)
    if (!isSessionNameWord(tokens, cues, i)) return false
  }
  return false
}

/** The word that makes a house a community's: «Дом дружбы», "House of Friendship", «Достық үйі». */
const FRIENDSHIP_WORD = /^(?:дружбы|friendship|достық)$/u
/** The most words between a house and the city after it: «в Доме дружбы народов Москвы», "the House of Friendship in Tashkent". */
const HOUSE_CITY_AFTER = 2

/**
 * labels.md § judgement calls: an ethnic community's house at home is domestic news, but a foreign city's House of
 * Friendship («в Доме дружбы в Ташкенте», "the Tashkent House of Friendship", «Мәскеудегі Достық үйінде») is only where the
 * home country's days of culture abroad are held: its words are no ethnic community's there.
 */
function unmarkHousesAbroad(tokens: readonly Token[], cues: (readonly Cue[])[], cueSet: Set<Cue>, mentions: readonly CountryMention[], home: string): void {
  if (!cueSet.has('ethnic')) return
  let isEthnicLeft = false
  let start = 0
  while (start < tokens.length) {
    if (!(cues[start] as readonly Cue[]).includes('ethnic')) {
      start += 1
      continue
    }
    // The run of ethnic words: «Доме дружбы», "House of Friendship".
    let end = start + 1
    let isHouse = FRIENDSHIP_WORD.test((tokens[start] as Token).norm)
    while (end < tokens.length && (cues[end] as readonly Cue[]).includes('ethnic')) {
      isHouse ||= FRIENDSHIP_WORD.test((tokens[end] as Token).norm)
      end += 1
    }
    const runStart = start
    const runEnd = end
    const isAbroad = isHouse && mentions.some((m) => m.code !== home && !m.isDemonym &&
      (m.end === runStart || (m.start >= runEnd && m.start <= runEnd + HOUSE_CITY_AFTER)))
    if (isAbroad) for (let k = runStart; k < runEnd; k += 1) cues[k] = (cues[k] as readonly Cue[]).filter((cue) => cue !== 'ethnic')
    else isEthnicLeft = true
    start = end
  }
  if (!isEthnicLeft) cueSet.delete('ethnic')
}

/**
 * "the first days of Kazakhstan's independence", "three days of Kazakhstan–China talks": the name owns or qualifies what the
 * days are of, and they are no days of its.
 */
function isAttribute(tokens: readonly Token[], end: number, mentions: readonly CountryMention[]): boolean {
  const next = tokens[end]
  if (next === undefined) return false
  if (next.norm === 's' && next.sep === 'other') return true
  return (next.sep === 'hyphen' || next.sep === 'dash') && mentions.some((m) => m.start === end)
}

export function hasCue(sentence: Sentence, index: number, cue: Cue): boolean {
  // Read within bounds: a read past either end deoptimised every optimised caller it was inlined in, once ('out of bounds').
  const cues = sentence.cues
  return index >= 0 && index < cues.length && (cues[index] as readonly Cue[]).includes(cue)
}

/** Whether `cue` stands within `before` tokens before or `after` tokens after `index` (the token itself included). */
export function isCueNear(sentence: Sentence, index: number, cue: Cue, before: number, after: number): boolean {
  if (!sentence.cueSet.has(cue)) return false
  const last = Math.min(sentence.tokens.length - 1, index + after)
  for (let i = Math.max(0, index - before); i <= last; i += 1) if (hasCue(sentence, i, cue)) return true
  return false
}
