import { createHash } from 'node:crypto'
import type { Classification, Kind, Lang } from './types.js'

/** Issue 11's targets, on articles the model was not fitted on. */
export const TARGETS = {
  relevantF1: 0.95,
  partners: 0.92,
  kind: 0.85,
  sectorsJaccard: 0.75,
  /** Each language's F1, partners and kind within this of the others'. */
  languageSpread: 0.05,
  publishedPrecision: 0.97,
  /** Share of all items sent to review at the default threshold, at most. */
  reviewShare: 0.15,
} as const

/** The gold answer of a labelled article (labels.md). */
export interface Label {
  relevant: boolean
  kind: Kind | null
  partners: string[]
  orgs: string[]
  sectors: string[]
}

export interface Scored {
  item: { label: Label; lang?: Lang }
  predicted: Classification
}

export interface Figures {
  count: number
  precision: number
  recall: number
  f1: number
  kind: number
  partners: number
  orgs: number
  sectorsJaccard: number
  lang: number
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sortedB = [...b].sort()
  return a.length === b.length && [...a].sort().every((x, i) => x === sortedB[i])
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b])
  return union.size === 0 ? 1 : a.filter((x) => b.includes(x)).length / union.size
}

/** Precision, recall and F1 of `relevant`; kind over true positives; exact partner and org sets over gold relevant. */
export function computeFigures(scored: readonly Scored[]): Figures {
  const truePositives = scored.filter((s) => s.item.label.relevant && s.predicted.relevant)
  const predictedRelevant = scored.filter((s) => s.predicted.relevant).length
  const goldRelevant = scored.filter((s) => s.item.label.relevant)
  const precision = ratio(truePositives.length, predictedRelevant)
  const recall = ratio(truePositives.length, goldRelevant.length)
  const withLang = scored.filter((s) => s.item.lang)
  return {
    count: scored.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    kind: ratio(truePositives.filter((s) => s.predicted.kind === s.item.label.kind).length, truePositives.length),
    partners: ratio(goldRelevant.filter((s) => s.predicted.relevant && sameSet(s.predicted.partners, s.item.label.partners)).length, goldRelevant.length),
    orgs: ratio(goldRelevant.filter((s) => s.predicted.relevant && sameSet(s.predicted.orgs, s.item.label.orgs)).length, goldRelevant.length),
    sectorsJaccard: truePositives.length === 0 ? 1 : truePositives.reduce((sum, s) => sum + jaccard(s.predicted.sectors, s.item.label.sectors), 0) / truePositives.length,
    lang: ratio(withLang.filter((s) => s.predicted.lang === s.item.lang).length, withLang.length),
  }
}

export interface Publication {
  threshold: number
  published: number
  publishedPrecision: number
  /** Items whose confidence is below the threshold: they wait in /review. */
  reviewed: number
  reviewShare: number
}

/** What reaches readers at a threshold: relevant verdicts at or above it are published, anything below it is reviewed. */
export function publicationAt(scored: readonly Scored[], threshold: number): Publication {
  const published = scored.filter((s) => s.predicted.relevant && s.predicted.confidence >= threshold)
  const reviewed = scored.filter((s) => s.predicted.confidence < threshold).length
  return {
    threshold,
    published: published.length,
    publishedPrecision: ratio(published.filter((s) => s.item.label.relevant).length, published.length),
    reviewed,
    reviewShare: ratio(reviewed, scored.length),
  }
}

export interface CalibrationBin {
  from: number
  to: number
  count: number
  /** Mean confidence of the bin's verdicts. */
  confidence: number
  /** Share of the bin's relevant/not-relevant verdicts that were right. */
  accuracy: number
}

const CALIBRATION_EDGES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]

/** How often a verdict given with confidence c is right, bin by bin, and the expected calibration error. */
export function calibrationOf(scored: readonly Scored[]): { bins: CalibrationBin[]; expectedError: number } {
  const bins: CalibrationBin[] = []
  let error = 0
  for (let i = 0; i + 1 < CALIBRATION_EDGES.length; i += 1) {
    const from = CALIBRATION_EDGES[i] as number
    const to = CALIBRATION_EDGES[i + 1] as number
    const inBin = scored.filter((s) => s.predicted.confidence >= from && s.predicted.confidence < to)
    if (inBin.length === 0) continue
    const confidence = inBin.reduce((sum, s) => sum + s.predicted.confidence, 0) / inBin.length
    const accuracy = inBin.filter((s) => s.predicted.relevant === s.item.label.relevant).length / inBin.length
    bins.push({ from, to: Math.min(to, 1), count: inBin.length, confidence, accuracy })
    error += (inBin.length / scored.length) * Math.abs(confidence - accuracy)
  }
  return { bins, expectedError: error }
}

/** The largest gap between two languages' figures, over F1, partners and kind. */
export function languageSpread(byLanguage: readonly Figures[]): number {
  let spread = 0
  for (const key of ['f1', 'partners', 'kind'] as const) {
    const values = byLanguage.map((f) => f[key])
    if (values.length > 1) spread = Math.max(spread, Math.max(...values) - Math.min(...values))
  }
  return spread
}

export function meetsTargets(f: Figures): boolean {
  return f.f1 >= TARGETS.relevantF1 && f.kind >= TARGETS.kind && f.partners >= TARGETS.partners && f.sectorsJaccard >= TARGETS.sectorsJaccard
}

/**
 * Which fixed half of the cross-validated items an id is in. Readings are written from the look half's errors and kept only
 * when they raise the gate half's right answers, whose errors nobody reads: a reading written for the items one has read fits
 * them, and only the other half can tell a rule of the language from that fit.
 */
export type Half = 'look' | 'gate'

export function halfOf(id: string): Half {
  return ((createHash('sha256').update(id).digest()[0] ?? 0) & 1) === 1 ? 'gate' : 'look'
}

/** The gate's count: items whose relevance is right, relevant ones whose kind and partners are right, less those published wrongly. */
export function rightAnswers(scored: readonly Scored[], threshold: number): { relevant: number; kind: number; partners: number; publishedWrongly: number; score: number } {
  const relevant = scored.filter((s) => s.item.label.relevant === s.predicted.relevant).length
  const found = scored.filter((s) => s.item.label.relevant && s.predicted.relevant)
  const kind = found.filter((s) => s.predicted.kind === s.item.label.kind).length
  const partners = found.filter((s) => sameSet(s.predicted.partners, s.item.label.partners)).length
  const publishedWrongly = scored.filter((s) => !s.item.label.relevant && s.predicted.relevant && s.predicted.confidence >= threshold).length
  return { relevant, kind, partners, publishedWrongly, score: relevant + kind + partners - publishedWrongly }
}
