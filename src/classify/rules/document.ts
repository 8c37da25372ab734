import type { CountryIndex, CountryMention } from '../countries.js'
import { createLexicon, suffixOf } from '../lexicon.js'
import { splitSentences, tokenize, type Token } from '../normalize.js'
import type { ArticleText } from '../types.js'
import { CUE_ENTRIES, type Cue } from './cues.js'
import { articleLines } from './noise.js'
import { ORG_ENTRIES } from './orgs.js'

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

/** The article as sentences, page noise dropped, each tagged with where it stands. */
export type DocumentReader = (article: ArticleText) => Sentence[]

/** Built once per classifier: its lexicons remember the words they have met. */
export function createDocumentReader(countries: CountryIndex): DocumentReader {
  const cueLexicon = createLexicon(CUE_ENTRIES)
  const orgLexicon = createLexicon(ORG_ENTRIES)

  function readSentence(text: string, region: Region): Sentence {
    const tokens = tokenize(text)
    const cues: (readonly Cue[])[] = new Array<readonly Cue[]>(tokens.length).fill(NO_CUES)
    const cueSet = new Set<Cue>()
    for (const match of cueLexicon.findAll(tokens)) {
      for (let i = match.start; i < match.end; i += 1) cues[i] = match.value
      for (const cue of match.value) cueSet.add(cue)
    }
    const orgs = orgLexicon.findAll(tokens).map((m) => ({ code: m.value, start: m.start, end: m.end, suffix: suffixOf(tokens, m) }))
    return { text, region, tokens, cues, cueSet, countries: countries.mentionsIn(tokens), orgs }
  }

  return (article) => {
    const sentences: Sentence[] = []
    for (const text of splitSentences(article.title.trim())) sentences.push(readSentence(text, 'title'))
    let leadCount = 0
    articleLines(article.body).forEach((line, lineIndex) => {
      for (const text of splitSentences(line)) {
        const isLead = lineIndex < LEAD_LINES && leadCount < LEAD_SENTENCES
        if (isLead) leadCount += 1
        sentences.push(readSentence(text, isLead ? 'lead' : 'body'))
      }
    })
    return sentences
  }
}

export function hasCue(sentence: Sentence, index: number, cue: Cue): boolean {
  return sentence.cues[index]?.includes(cue) ?? false
}
