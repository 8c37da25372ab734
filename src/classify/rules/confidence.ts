import type { DomainScore } from './domain.js'
import type { Link } from './parties.js'

/*
 * How sure the label is, 0..1, as a logistic of evidence weights fitted by hand on the tuning
 * split. Items below the threshold go to the admins' review instead of being published.
 */

export interface RelevantEvidence {
  /** The headline itself reports home-country cooperation. */
  isTitleAnchored: boolean
  /** The act that set the kind is in the title or lead. */
  isKindInCore: boolean
  /** The weakest link among partners and organisations; null for a domestic agreement. */
  weakestLink: Link | null
  domain: DomainScore
  /** A stronger kind's word (a memorandum, a commission) is present but was not reported as done. */
  isKindContested: boolean
}

/** What a page judged not relevant still has of a cooperation story: the near misses admins should see. */
export interface NearMiss {
  isCulturalDomain: boolean
  /** A foreign country or organisation is named in the title or lead. */
  hasForeignInCore: boolean
  /** Some sentence reports an act of a kind (a signing, talks, an exhibition). */
  hasKindCue: boolean
}

export type IrrelevantReason = 'no-cooperation' | 'no-home-party' | 'out-of-scope' | 'no-party' | 'no-kind'

const LINK_WEIGHT: Readonly<Record<Link, number>> = { side: 1.2, pair: 1.2, institution: 0.9, official: 0.8, with: 0.6 }
const DOMESTIC_WEIGHT = 0.4
const REASON_SCORE: Readonly<Record<Exclude<IrrelevantReason, 'out-of-scope'>, number>> = {
  'no-cooperation': 3.5,
  'no-home-party': 2.2,
  'no-kind': 2,
  'no-party': 1.2,
}

function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function domainMargin(domain: DomainScore): number {
  const total = domain.culture + domain.outOfScope
  return total === 0 ? 0 : (domain.culture - domain.outOfScope) / total
}

export function relevantConfidence(evidence: RelevantEvidence): number {
  const linkWeight = evidence.weakestLink === null ? DOMESTIC_WEIGHT : LINK_WEIGHT[evidence.weakestLink]
  const score =
    -0.6 +
    (evidence.isTitleAnchored ? 1.2 : 0) +
    (evidence.isKindInCore ? 0.8 : 0) +
    linkWeight +
    1.5 * domainMargin(evidence.domain) -
    (evidence.domain.outOfScope > 0 ? 0.5 : 0) -
    (evidence.isKindContested ? 1.2 : 0)
  return round(logistic(score))
}

export function irrelevantConfidence(reason: IrrelevantReason, domain: DomainScore, nearMiss: NearMiss): number {
  const base = reason === 'out-of-scope' ? 0.6 - 2 * domainMargin(domain) : REASON_SCORE[reason]
  const score =
    base -
    (nearMiss.isCulturalDomain ? 0.8 : 0) -
    (nearMiss.hasForeignInCore ? 0.7 : 0) -
    (nearMiss.hasKindCue ? 0.5 : 0)
  return round(logistic(score))
}
