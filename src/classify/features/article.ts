import type { Cue } from '../lexicon/cues.js'
import { isSector } from '../lexicon/cues.js'
import type { Features } from '../model/logistic.js'
import type { Region, Sentence } from '../reading/read-article.js'
import type { SentenceFacts } from './candidates.js'
import { namesCooperationDocument, reports, tenseOf } from './signals.js'

/*
 * The article's features for relevance (`r.`) and kind (`k.`). Each one is a reading a rule can
 * make reliably — a cue in the headline, a signing reported as done, a party found — and the
 * fitted models decide what they add up to (labels.md § relevant, § kind).
 */

export interface PartyEstimate {
  /** Highest P(party) among foreign countries, 0 when none is named. */
  bestCountry: number
  /** Foreign countries with P(party) ≥ 0.5. */
  countryCount: number
  bestOrg: number
}

export interface ArticleView {
  sentences: readonly Sentence[]
  facts: ReadonlyMap<Sentence, SentenceFacts>
  homeActing: ReadonlySet<Sentence>
  homeNamed: ReadonlySet<Sentence>
  /** Sentences where two or more foreign countries are paired without the home country. */
  foreignPairs: ReadonlySet<Sentence>
  foreignNamed: ReadonlySet<Sentence>
  wordCount: number
  lang: string
}

function isCore(sentence: Sentence): boolean {
  return sentence.region !== 'body'
}

/** Tokens of a region whose cues say culture (or a sector) and not out, and those that say out. */
interface CueCounts {
  culture: number
  out: number
}

/** CueCounts of each region, in one pass over the article's tokens (most have no cue). */
function cueCountsByRegion(sentences: readonly Sentence[]): Record<Region, CueCounts> {
  const counts: Record<Region, CueCounts> = { title: { culture: 0, out: 0 }, lead: { culture: 0, out: 0 }, body: { culture: 0, out: 0 } }
  for (const sentence of sentences) {
    if (sentence.cueSet.size === 0) continue
    const held = counts[sentence.region]
    for (const cues of sentence.cues) {
      if (cues.length === 0) continue
      if (cues.includes('out')) held.out += 1
      else if (cues.includes('culture') || cues.some(isSector)) held.culture += 1
    }
  }
  return counts
}

/** What the relevance model reads that no other model decides: computed once per article. */
export interface RelevanceBase {
  features: Features
  /** The home country acts in the title or lead. */
  isHomeInCore: boolean
  /** The home country acts in a sentence that reports cooperation. */
  isHomeCooperating: boolean
  isCultural: boolean
  isSignedInCore: boolean
  isEventInCore: boolean
}

export function relevanceBase(view: ArticleView): RelevanceBase {
  const f: Record<string, number> = {}
  const any = (name: string, value: boolean): void => {
    if (value) f[name] = 1
  }
  const byRegion = (region: Region): Sentence[] => view.sentences.filter((s) => s.region === region)
  const core = view.sentences.filter(isCore)
  const body = byRegion('body')
  const facts = (s: Sentence): SentenceFacts => view.facts.get(s) as SentenceFacts
  const counts = cueCountsByRegion(view.sentences)
  const cultureCore = counts.title.culture + counts.lead.culture
  const outCore = counts.title.out + counts.lead.out
  const cultureAll = cultureCore + counts.body.culture
  const outAll = outCore + counts.body.out
  for (const region of ['title', 'lead', 'body'] as const) {
    const sentences = byRegion(region)
    f[`r.culture_${region}`] = Math.log1p(counts[region].culture)
    f[`r.out_${region}`] = Math.log1p(counts[region].out)
    any(`r.coop_${region}`, sentences.some((s) => facts(s).isCooperation))
    any(`r.home_${region}`, sentences.some((s) => view.homeActing.has(s)))
  }
  f['r.margin_core'] = (cultureCore - outCore) / (cultureCore + outCore + 1)
  f['r.margin_all'] = (cultureAll - outAll) / (cultureAll + outAll + 1)
  any('r.out_dominant', outAll > cultureAll)
  const coreHas = (cue: Cue): boolean => core.some((s) => s.cueSet.has(cue))
  const bodyHas = (cue: Cue): boolean => body.some((s) => s.cueSet.has(cue))
  any('r.health_core', coreHas('health'))
  any('r.health_body', bodyHas('health'))
  any('r.aid_core', coreHas('aid'))
  any('r.result_core', coreHas('result'))
  any('r.award_core', coreHas('award'))
  any('r.ethnic_core', coreHas('ethnic'))
  any('r.ethnic_body', bodyHas('ethnic'))
  const signedCore = core.some((s) => facts(s).isDocumentSigned)
  any('r.signed_core', signedCore)
  any('r.signed_body', body.some((s) => facts(s).isDocumentSigned))
  any('r.meet_core', core.some((s) => facts(s).meets))
  any('r.commission_core', core.some((s) => facts(s).isCommission))
  const eventCore = core.some((s) => facts(s).isEvent)
  any('r.event_core', eventCore)
  any('r.event_body', body.some((s) => facts(s).isEvent))
  any('r.joint_core', core.some((s) => facts(s).isJoint || facts(s).isExchange))
  any('r.opening_core', coreHas('opening'))
  any('r.visit_core', coreHas('visit'))
  any('r.home_named', view.sentences.some((s) => view.homeNamed.has(s)))
  any('r.foreign_core', core.some((s) => view.foreignNamed.has(s)))
  any('r.foreign_pair_core', core.some((s) => view.foreignPairs.has(s) && !view.homeActing.has(s)))
  const isCultural = cultureCore > 0 && cultureCore >= outCore
  const coopCore = core.some((s) => facts(s).isCooperation)
  any('r.culture_coop_core', isCultural && coopCore)
  f['r.words'] = Math.log1p(view.wordCount) / 5
  any('r.lang_kk', view.lang === 'kk')
  any('r.lang_ru', view.lang === 'ru')
  return {
    features: f,
    isHomeInCore: core.some((s) => view.homeActing.has(s)),
    isHomeCooperating: view.sentences.some((s) => view.homeActing.has(s) && facts(s).isCooperation),
    isCultural, isSignedInCore: signedCore, isEventInCore: eventCore }
}

/** The relevance model's features: the article's own, and what the partner model found. */
export function relevanceFeatures(base: RelevanceBase, parties: PartyEstimate): Features {
  const bestParty = Math.max(parties.bestCountry, parties.bestOrg)
  return {
    ...base.features,
    'r.party': parties.bestCountry,
    'r.parties': Math.log1p(parties.countryCount),
    'r.org_party': parties.bestOrg,
    // labels.md § relevant: the home country must be a party; a cultural party without it is someone else's cooperation.
    'r.culture_party_home': base.isCultural && (base.isHomeInCore || base.isHomeCooperating) ? bestParty : 0,
    'r.culture_party_alone': base.isCultural && !base.isHomeInCore && !base.isHomeCooperating ? bestParty : 0,
    'r.domestic_signed': base.isSignedInCore && base.isCultural && bestParty < 0.5 ? 1 : 0,
    'r.event_party': base.isEventInCore ? parties.bestCountry : 0,
    // labels.md: an organisation acting on its own (the Turkic Academy receiving a guest) is not the home country.
    'r.org_without_home': !base.isHomeInCore ? parties.bestOrg : 0,
  }
}

/**
 * The kind models' features that do not depend on the partner model: computed once per article.
 * labels.md § kind is a precedence (agreement > commission > meeting > event), so each model of the
 * cascade reads only its own kind's evidence (`k.a.`, `k.c.`, `k.m.`): a lower kind's signs never
 * argue against a higher one.
 */
export function kindBase(view: ArticleView): Features {
  const f: Record<string, number> = {}
  const any = (name: string, value: boolean): void => {
    if (value) f[name] = 1
  }
  const facts = (s: Sentence): SentenceFacts => view.facts.get(s) as SentenceFacts
  const titleNamesDocument = view.sentences.some((s) => s.region === 'title' && namesCooperationDocument(s))
  for (const region of ['title', 'lead', 'body'] as const) {
    const sentences = view.sentences.filter((s) => s.region === region)
    any(`k.a.signed_${region}`, sentences.some((s) => facts(s).isDocumentSigned))
    any(`k.c.commission_${region}`, sentences.some((s) => reports(s, 'commission')))
    any(`k.m.meet_${region}`, sentences.some((s) => facts(s).meets))
  }
  const core = view.sentences.filter(isCore)
  const isDocumentPlanned = view.sentences.some((s) => namesCooperationDocument(s) && (tenseOf(s, 'sign') === 'future' || s.cueSet.has('draft') || s.cueSet.has('future')))
  const isAgreed = view.sentences.some((s) => s.cueSet.has('agreed'))
  any('k.a.signed_by_title', titleNamesDocument && core.some((s) => reports(s, 'sign')))
  any('k.a.ratify', view.sentences.some((s) => reports(s, 'ratify')))
  any('k.a.declaration', view.sentences.some((s) => s.cueSet.has('declaration') && reports(s, 'sign')))
  any('k.a.doc_planned', isDocumentPlanned)
  any('k.a.doc_earlier', view.sentences.some((s) => namesCooperationDocument(s) && tenseOf(s, 'sign') === 'earlier'))
  any('k.a.doc_core', core.some(namesCooperationDocument))
  any('k.a.agreed', isAgreed)
  any('k.c.session_core', core.some((s) => s.cueSet.has('session')))
  any('k.c.council_core', core.some((s) => s.cueSet.has('council')))
  any('k.c.org_ministers_core', core.some((s) => s.cueSet.has('minister') && s.orgs.length > 0))
  any('k.c.org_core', core.some((s) => s.orgs.length > 0))
  any('k.m.visit_core', core.some((s) => s.cueSet.has('visit')))
  any('k.m.agreed', isAgreed)
  any('k.m.doc_planned', isDocumentPlanned)
  return f
}

export function kindFeatures(base: Features, parties: PartyEstimate): Features {
  return { ...base, 'k.c.org_party': parties.bestOrg >= 0.5 ? 1 : 0, 'k.c.multi_party': parties.countryCount >= 3 ? 1 : 0 }
}
