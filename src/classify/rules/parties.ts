import type { CountryMention } from '../countries.js'
import type { Lang } from '../types.js'
import type { Cue } from './cues.js'
import { hasCue, type Sentence } from './document.js'

/*
 * labels.md § partners: a country is a partner only when the text makes it a party — it signs,
 * meets, co-organises, is "the other side" — never when it is only mentioned (a venue, an
 * earlier visit, a forum's host). Each rule below is one way a text makes a party.
 */

export type Link = 'side' | 'pair' | 'with' | 'official' | 'institution'

interface Span {
  start: number
  end: number
  suffix: string
}

interface PartyMention extends Span {
  code: string
  isHome: boolean
  isOrg: boolean
  kind: CountryMention['kind'] | 'org'
}

/** Cues that mark a sentence as reporting cooperation at all. */
const COOPERATION_CUES: readonly Cue[] = ['coop', 'doc', 'sign', 'meet', 'commission', 'joint', 'exchange', 'side', 'parties']
const PAIR_FILLER = new Set(['the', 'of', 'republic', 'республика', 'республикой', 'республики', 'республикасы', 'федерация', 'федерацией'])
const MAX_PAIR_GAP = 4
const MAX_OFFICIAL_BEFORE = 5
const MAX_OFFICIAL_AFTER: Readonly<Record<Lang | 'other', number>> = { en: 2, ru: 2, kk: 5, other: 2 }
const MAX_MINISTER_QUALIFIER_BEFORE = 4
const MAX_MINISTER_QUALIFIER_AFTER = 6
/** Kazakh locative, dative and ablative endings: «Ресейде», «Францияға», «Қытайдан» place, not party. */
const KAZAKH_PLACE_ENDING = /(?:[дт][ае]|н[дт][ае]|[дт][ае][ғг][ыі]|[ғгқк][ае]|[дтн][ае]н)$/
const KAZAKH_WITH_ENDING = /(?:мен|бен|пен)$/
const MINISTER_WINDOW_STOP: readonly Cue[] = ['meet', 'sign', 'coop', 'doc', 'joint', 'with', 'venue', 'event']

export function isCooperationSentence(sentence: Sentence): boolean {
  return COOPERATION_CUES.some((cue) => sentence.cueSet.has(cue))
}

function isPlaceMention(sentence: Sentence, span: Span, lang: Lang | 'other'): boolean {
  if (span.start > 0 && hasCue(sentence, span.start - 1, 'venue')) return true
  return lang === 'kk' && KAZAKH_PLACE_ENDING.test(span.suffix)
}

function partyMentions(sentence: Sentence, home: string): PartyMention[] {
  const fromCountries = sentence.countries.map((m): PartyMention => ({
    start: m.start, end: m.end, suffix: m.suffix, code: m.code, isHome: m.code === home, isOrg: false, kind: m.kind,
  }))
  const fromOrgs = sentence.orgs
    .filter((o) => !sentence.countries.some((c) => c.start < o.end && o.start < c.end))
    .map((m): PartyMention => ({ start: m.start, end: m.end, suffix: m.suffix, code: m.code, isHome: false, isOrg: true, kind: 'org' }))
  return [...fromCountries, ...fromOrgs].sort((a, b) => a.start - b.start)
}

function isConnected(sentence: Sentence, left: Span, right: Span): boolean {
  const gap = right.start - left.end
  if (gap === 0) {
    const sep = sentence.tokens[right.start]?.sep
    return sep === 'hyphen' || sep === 'dash' || sep === 'comma'
  }
  if (gap > MAX_PAIR_GAP) return false
  for (let i = left.end; i < right.start; i += 1) {
    const token = sentence.tokens[i]
    if (!token) return false
    if (!hasCue(sentence, i, 'and') && !hasCue(sentence, i, 'between') && !PAIR_FILLER.has(token.norm)) return false
  }
  return true
}

/**
 * «Kazakhstan and Hungary», «Қазақстан мен Түркия», «казахстанско-белорусской», "Kazakh-Chinese":
 * chains of names joined only by "and", commas or hyphens, with the home country among them.
 */
function pairedSpans(sentence: Sentence, mentions: readonly PartyMention[]): { paired: Set<PartyMention>; hasForeignPair: boolean } {
  const paired = new Set<PartyMention>()
  let hasForeignPair = false
  let chain: PartyMention[] = []
  const closeChain = (): void => {
    const first = chain[0]
    const startsAtPlace = first !== undefined && first.start > 0 && hasCue(sentence, first.start - 1, 'venue')
    const foreignCodes = new Set(chain.filter((m) => !m.isHome).map((m) => m.code))
    if (chain.length > 1 && !startsAtPlace && chain.some((m) => m.isHome) && foreignCodes.size > 0) {
      for (const m of chain) paired.add(m)
    }
    if (!startsAtPlace && foreignCodes.size > 1 && !chain.some((m) => m.isHome)) hasForeignPair = true
    chain = []
  }
  for (const mention of mentions) {
    const previous = chain.at(-1)
    if (previous && !isConnected(sentence, previous, mention)) closeChain()
    chain.push(mention)
  }
  closeChain()
  return { paired, hasForeignPair }
}

function hasOfficialBefore(sentence: Sentence, span: Span, others: readonly Span[]): boolean {
  for (let i = span.start - 1; i >= Math.max(0, span.start - 1 - MAX_OFFICIAL_BEFORE); i -= 1) {
    if (others.some((o) => o.start <= i && i < o.end)) return false
    if (hasCue(sentence, i, 'official') || hasCue(sentence, i, 'actor')) return true
  }
  return false
}

function hasOfficialAfter(sentence: Sentence, span: Span, others: readonly Span[], lang: Lang | 'other'): boolean {
  const limit = Math.min(sentence.tokens.length - 1, span.end + MAX_OFFICIAL_AFTER[lang])
  for (let i = span.end; i <= limit; i += 1) {
    if (others.some((o) => o.start <= i && i < o.end)) return false
    if (hasCue(sentence, i, 'official') || hasCue(sentence, i, 'actor')) return true
  }
  return false
}

function linkOf(sentence: Sentence, mention: PartyMention, paired: ReadonlySet<PartyMention>, others: readonly Span[], lang: Lang | 'other'): Link | null {
  if (hasCue(sentence, mention.end, 'side')) return 'side'
  if (paired.has(mention)) return 'pair'
  if (mention.kind === 'capital' || isPlaceMention(sentence, mention, lang)) return null
  if (mention.kind === 'institution') return 'institution'
  const before = mention.start > 0 ? mention.start - 1 : -1
  if (before >= 0 && hasCue(sentence, before, 'with')) return 'with'
  if (lang === 'kk' && KAZAKH_WITH_ENDING.test(mention.suffix)) return 'with'
  if (lang !== 'kk' && hasOfficialBefore(sentence, mention, others)) return 'official'
  if (hasOfficialAfter(sentence, mention, others, lang)) return 'official'
  return null
}

/** A minister or ministry with no country named beside it is the home side speaking (labels.md § relevant). */
function hasUnqualifiedMinister(sentence: Sentence, mentions: readonly Span[], lang: Lang | 'other'): boolean {
  const isMentioned = (i: number): boolean => mentions.some((m) => m.start <= i && i < m.end)
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, 'minister')) continue
    let qualified = false
    for (let j = i - 1; j >= Math.max(0, i - MAX_MINISTER_QUALIFIER_BEFORE); j -= 1) {
      if (isMentioned(j) || hasCue(sentence, j, 'both')) qualified = true
    }
    if (lang !== 'kk') {
      for (let j = i + 1; j <= Math.min(sentence.tokens.length - 1, i + MAX_MINISTER_QUALIFIER_AFTER); j += 1) {
        if (MINISTER_WINDOW_STOP.some((cue) => hasCue(sentence, j, cue))) break
        if (isMentioned(j)) qualified = true
      }
    }
    if (!qualified) return true
  }
  return false
}

export interface SentenceParties {
  homeInvolved: boolean
  /** «Uzbekistan and Türkiye signed»: two foreign parties paired without the home country. */
  hasForeignPair: boolean
  /** Foreign countries and organisations made parties here, with how. */
  countries: Map<string, Link>
  orgs: Map<string, Link>
}

const ORG_VETO_CUES: readonly Cue[] = ['countries', 'summit', 'auspices']

function isOrgOnlyMentioned(sentence: Sentence, span: Span): boolean {
  for (let i = Math.max(0, span.start - 2); i <= Math.min(sentence.tokens.length - 1, span.end + 1); i += 1) {
    if (i >= span.start && i < span.end) continue
    if (ORG_VETO_CUES.some((cue) => hasCue(sentence, i, cue))) return true
  }
  return false
}

/** Who this sentence makes a party, seen from the home country. */
export function partiesIn(sentence: Sentence, home: string, lang: Lang | 'other'): SentenceParties {
  const mentions = partyMentions(sentence, home)
  const { paired, hasForeignPair } = pairedSpans(sentence, mentions)
  const countries = new Map<string, Link>()
  const orgs = new Map<string, Link>()
  let homeInvolved = false
  for (const mention of mentions) {
    const others = mentions.filter((m) => m !== mention)
    if (mention.isHome) {
      if (paired.has(mention) || (mention.kind !== 'capital' && !isPlaceMention(sentence, mention, lang))) homeInvolved = true
      continue
    }
    const link = linkOf(sentence, mention, paired, others, lang)
    if (!link) continue
    if (mention.isOrg) {
      if (!isOrgOnlyMentioned(sentence, mention)) orgs.set(mention.code, link)
    } else if (!countries.has(mention.code) || link === 'side' || link === 'pair') {
      countries.set(mention.code, link)
    }
  }
  if (!homeInvolved && sentence.cueSet.has('minister')) homeInvolved = hasUnqualifiedMinister(sentence, mentions, lang)
  return { homeInvolved, hasForeignPair, countries, orgs }
}
