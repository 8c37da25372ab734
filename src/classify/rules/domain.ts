import { SECTORS, type Sector } from '../types.js'
import { isSector } from './cues.js'
import type { Region, Sentence } from './document.js'

/*
 * labels.md § relevant: culture, education, science … are in scope; trade, energy, transport,
 * finance, defence, security and healthcare are not, even between the same countries.
 */

const REGION_WEIGHT: Readonly<Record<Region, number>> = { title: 3, lead: 2, body: 1 }
const MAX_SECTORS = 6
const MIN_SECTOR_SCORE = 2

export interface DomainScore {
  culture: number
  outOfScope: number
}

export function scoreDomain(sentences: readonly Sentence[]): DomainScore {
  let culture = 0
  let outOfScope = 0
  for (const sentence of sentences) {
    const weight = REGION_WEIGHT[sentence.region]
    for (const cues of sentence.cues) {
      if (cues.includes('out')) outOfScope += weight
      else if (cues.includes('culture') || cues.some(isSector)) culture += weight
    }
  }
  return { culture, outOfScope }
}

export function isCulturalDomain(score: DomainScore): boolean {
  return score.culture > 0 && score.culture > score.outOfScope
}

/** Sectors named in the sentences that carry the cooperation, most mentioned first, in canonical order. */
export function sectorsOf(sentences: readonly Sentence[]): Sector[] {
  const scores = new Map<Sector, number>()
  for (const sentence of sentences) {
    const weight = sentence.region === 'title' ? 2 : 1
    for (const cues of sentence.cues) {
      for (const cue of cues) if (isSector(cue)) scores.set(cue, (scores.get(cue) ?? 0) + weight)
    }
  }
  const chosen = [...scores.entries()]
    .filter(([, score]) => score >= MIN_SECTOR_SCORE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SECTORS)
    .map(([sector]) => sector)
  return SECTORS.filter((s) => chosen.includes(s))
}
