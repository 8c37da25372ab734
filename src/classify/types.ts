/** The classifier's contract (../shared/docs/labels.md), shared by ingest, bot, alerts and admin. */

import type { Lang } from '../language/langs.js'

export { LANGS, type Lang } from '../language/langs.js'

/** Ordered by precedence: when several apply, the first wins (labels.md § kind). */
export const KINDS = ['agreement', 'commission', 'meeting', 'event'] as const
export type Kind = (typeof KINDS)[number]

export const SECTORS = [
  'museums', 'heritage', 'archaeology', 'cinema', 'theatre', 'music', 'libraries', 'archives',
  'literature', 'education', 'science', 'youth', 'tourism', 'sport', 'media', 'religion', 'arts',
] as const
export type Sector = (typeof SECTORS)[number]

export interface ArticleText {
  title: string
  body: string
  /** The source's declared language, a hint when detection is unsure. */
  lang?: Lang | null
}

export interface Classification {
  relevant: boolean
  /** null when not relevant. */
  kind: Kind | null
  /** ISO 3166-1 alpha-2, sorted, never the home country. */
  partners: string[]
  /** International organisations that are parties (UNESCO, TURKSOY …), sorted. */
  orgs: string[]
  sectors: Sector[]
  /** 0..1; below the configured threshold the item is flagged for review. */
  confidence: number
  lang: Lang | 'other'
  /** The phrases that decided the label, shown to admins in /review. */
  evidence: string[]
}

/** Items at or above this confidence are published; below it they wait in /review. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.7

/** An alias an admin taught (a name, an institution) standing for a country. */
export interface CountryAlias {
  alias: string
  country: string
}

export interface ClassifyOptions {
  /** ISO alpha-2 of the country whose cooperation is watched (HOME_COUNTRY). */
  homeCountry: string
  extraAliases?: readonly CountryAlias[]
}
