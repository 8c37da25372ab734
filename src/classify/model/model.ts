import type { Sector } from '../types.js'
import type { LogisticModel } from './logistic.js'

/** L2 penalties per model (train.ts § PENALTIES). */
export interface Penalties {
  party: number
  relevance: number
  kind: number
  sectors: number
}

/** Kinds decided by a yes/no model each, in labels.md's precedence; what none claims is an event. */
export const CASCADE_KINDS = ['agreement', 'commission', 'meeting'] as const
export type CascadeKind = (typeof CASCADE_KINDS)[number]

/** The prefix of the features each kind's model reads (features/article.ts § kindBase). */
export const KIND_FEATURE_PREFIX: Readonly<Record<CascadeKind, string>> = { agreement: 'k.a.', commission: 'k.c.', meeting: 'k.m.' }

/** The features of one kind's model. */
export function featuresOfKind(features: Readonly<Record<string, number>>, kind: CascadeKind): Record<string, number> {
  const prefix = KIND_FEATURE_PREFIX[kind]
  const own: Record<string, number> = {}
  for (const name in features) if (name.startsWith(prefix)) own[name] = features[name] as number
  return own
}

export interface PartyModels {
  country: LogisticModel
  org: LogisticModel
  /**
   * Is this country a party of a relevant article? Fitted on every article, relevant or not, where `country` sees the
   * relevant ones only; absent from models trained before it, which then read no such party.
   */
  relevantCountry?: LogisticModel
}

/** P(relevant) = σ(a·score + b): Platt scaling fitted on cross-validated scores. */
export interface Calibration {
  a: number
  b: number
}

/** The fitted classifier, as `npm run train` writes it to src/classify/model/model.json. */
export interface ClassifierModel {
  version: 1
  /** Is this candidate a party? One model for countries, one for organisations: they are named and linked differently. */
  party: PartyModels
  /** A candidate is a party at this probability or above (chosen by cross-validation). */
  partyThreshold: number
  relevance: LogisticModel & { calibration: Calibration }
  kind: Record<CascadeKind, LogisticModel>
  sectors: Record<Sector, LogisticModel>
  /** What it was fitted on, so a reviewer sees the data change beside the weights, and the L2 penalties. */
  trainedOn: { items: number; relevant: number; sources: Record<string, number>; penalties: Penalties }
}
