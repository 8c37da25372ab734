import type { CountryIndex, CountryMention } from '../countries.js'
import { suffixOf } from '../lexicon.js'
import { splitSentences, tokenize, type Token } from '../normalize.js'
import type { ArticleText } from '../types.js'
import { CUE_LEXICON, type Cue } from './cues.js'
import { articleLines } from './noise.js'
import { ORG_LEXICON } from './orgs.js'

/** labels.md § Page noise and the "title and lead weigh most". */
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
  tokens: Token[]
  /** Cues per token index. */
  cues: (readonly Cue[])[]
  cueSet: ReadonlySet<Cue>
  countries: CountryMention[]
  orgs: OrgMention[]
}

const LEAD_SENTENCES = 3
const LEAD_LINES = 2
const NO_CUES: readonly Cue[] = []

function readSentence(text: string, region: Region, countries: CountryIndex): Sentence {
  const tokens = tokenize(text)
  const cues: (readonly Cue[])[] = new Array<readonly Cue[]>(tokens.length).fill(NO_CUES)
  const cueSet = new Set<Cue>()
  for (const match of CUE_LEXICON.findAll(tokens)) {
    for (let i = match.start; i < match.end; i += 1) cues[i] = match.value
    for (const cue of match.value) cueSet.add(cue)
  }
  const orgs = ORG_LEXICON.findAll(tokens).map((m) => ({ code: m.value, start: m.start, end: m.end, suffix: suffixOf(tokens, m) }))
  return { text, region, tokens, cues, cueSet, countries: countries.mentionsIn(tokens), orgs }
}

/** The article as sentences, page noise dropped, each tagged with where it stands. */
export function readDocument(article: ArticleText, countries: CountryIndex): Sentence[] {
  const sentences: Sentence[] = []
  for (const text of splitSentences(article.title.trim())) sentences.push(readSentence(text, 'title', countries))
  let leadCount = 0
  articleLines(article.body).forEach((line, lineIndex) => {
    for (const text of splitSentences(line)) {
      const isLead = lineIndex < LEAD_LINES && leadCount < LEAD_SENTENCES
      if (isLead) leadCount += 1
      sentences.push(readSentence(text, isLead ? 'lead' : 'body', countries))
    }
  })
  return sentences
}

export function hasCue(sentence: Sentence, index: number, cue: Cue): boolean {
  return sentence.cues[index]?.includes(cue) ?? false
}
