import type { Features } from '../model/logistic.js'
import { isCueNear, type Sentence } from '../reading/read-article.js'
import type { MentionSignals, SentenceMentions } from './mentions.js'
import { isCooperationSentence, namesCooperationDocument, reports } from './signals.js'

/*
 * labels.md § partners, decided per candidate: is this country (or organisation), in this
 * article, a party? Each candidate gathers every sentence that names it.
 */

export interface Candidate {
  code: string
  isOrg: boolean
  signals: MentionSignals[]
}

/** What a sentence reports, read once for all the candidates it names. */
export interface SentenceFacts {
  isCooperation: boolean
  isDocumentSigned: boolean
  meets: boolean
  isCommission: boolean
  isEvent: boolean
  isJoint: boolean
  isExchange: boolean
  isFuture: boolean
  isEarlier: boolean
  isSummit: boolean
  namesCountries: boolean
  isHost: boolean
  isVisit: boolean
  isAid: boolean
  isOutOfScope: boolean
  isParticipation: boolean
  isFunding: boolean
}

export function sentenceFacts(sentence: Sentence): SentenceFacts {
  const cues = sentence.cueSet
  return {
    isCooperation: isCooperationSentence(sentence),
    isDocumentSigned: namesCooperationDocument(sentence) && reports(sentence, 'sign'),
    meets: reports(sentence, 'meet'),
    isCommission: reports(sentence, 'commission') || cues.has('council') || cues.has('session'),
    isEvent: cues.has('event'),
    isJoint: cues.has('joint'),
    isExchange: cues.has('exchange'),
    isFuture: cues.has('future') || cues.has('draft'),
    isEarlier: cues.has('earlier'),
    isSummit: cues.has('summit'),
    namesCountries: cues.has('countries'),
    isHost: cues.has('host'),
    isVisit: cues.has('visit'),
    isAid: cues.has('aid'),
    isOutOfScope: cues.has('out'),
    isParticipation: cues.has('participate'),
    isFunding: cues.has('fund'),
  }
}

export function candidatesOf(sentences: readonly SentenceMentions[]): Candidate[] {
  const byKey = new Map<string, Candidate>()
  for (const { signals } of sentences) {
    for (const signal of signals) {
      const key = `${signal.mention.isOrg ? 'org' : 'country'}:${signal.mention.code}`
      const held = byKey.get(key)
      if (held) held.signals.push(signal)
      else byKey.set(key, { code: signal.mention.code, isOrg: signal.mention.isOrg, signals: [signal] })
    }
  }
  return [...byKey.values()]
}

export interface CandidateContext {
  facts: ReadonlyMap<Sentence, SentenceFacts>
  homeActing: ReadonlySet<Sentence>
  /** Foreign countries named in the article, organisations apart. */
  countryCount: number
  mostMentions: number
  firstSentence: number
  /** A commission, council or session in the title or lead. */
  isMultilateralCore: boolean
}

const LONG_CHAIN = 3
const AUSPICES_WINDOW = 3

/** The candidate's features; names start with `c.` (the partner model's vocabulary). */
export function candidateFeatures(candidate: Candidate, context: CandidateContext): Features {
  const f: Record<string, number> = {}
  const any = (name: string, value: boolean): void => {
    if (value) f[name] = 1
  }
  const signals = candidate.signals
  const facts = (s: MentionSignals): SentenceFacts => context.facts.get(s.sentence) as SentenceFacts
  f['c.mentions'] = Math.log1p(signals.length)
  any('c.title', signals.some((s) => s.sentence.region === 'title'))
  any('c.lead', signals.some((s) => s.sentence.region === 'lead'))
  any('c.body_only', signals.every((s) => s.sentence.region === 'body'))
  any('c.first', signals.some((s) => s.sentence.index === context.firstSentence))
  any('c.top', !candidate.isOrg && signals.length === context.mostMentions)
  f['c.others'] = Math.log1p(Math.max(0, context.countryCount - (candidate.isOrg ? 0 : 1)))
  any('c.org', candidate.isOrg)
  any('c.capital', signals.every((s) => s.mention.kind === 'capital'))
  any('c.city', signals.every((s) => s.mention.kind === 'city'))
  any('c.institution', signals.some((s) => s.mention.kind === 'institution'))
  any('c.demonym', signals.some((s) => s.mention.isDemonym))
  any('c.pair_home', signals.some((s) => s.isPairedWithHome))
  any('c.foreign_pair', signals.some((s) => s.isInForeignPair))
  any('c.long_chain', signals.some((s) => s.chainLength >= LONG_CHAIN))
  any('c.with', signals.some((s) => s.isWith))
  any('c.side', signals.some((s) => s.isSide))
  any('c.official', signals.some((s) => s.hasOfficial))
  any('c.institution_near', signals.some((s) => s.hasInstitution))
  any('c.between', signals.some((s) => s.isBetween))
  any('c.origin', signals.some((s) => s.isOrigin))
  const isLinked = (s: MentionSignals): boolean => s.isPairedWithHome || s.isWith || s.isSide || s.hasOfficial || s.hasInstitution || s.isBetween
  any('c.only_place', signals.every((s) => (s.isLocation || s.isDestination) && !isLinked(s)))
  any('c.location', signals.some((s) => s.isLocation))
  any('c.destination', signals.some((s) => s.isDestination))
  any('c.s_coop', signals.some((s) => facts(s).isCooperation))
  any('c.s_signed', signals.some((s) => facts(s).isDocumentSigned))
  any('c.s_meet', signals.some((s) => facts(s).meets))
  any('c.s_commission', signals.some((s) => facts(s).isCommission))
  any('c.s_event', signals.some((s) => facts(s).isEvent))
  any('c.s_joint', signals.some((s) => facts(s).isJoint || facts(s).isExchange))
  any('c.s_home', signals.some((s) => context.homeActing.has(s.sentence)))
  any('c.s_summit', signals.some((s) => facts(s).isSummit))
  any('c.s_countries', signals.some((s) => facts(s).namesCountries))
  any('c.s_host', signals.some((s) => facts(s).isHost))
  any('c.s_visit', signals.some((s) => facts(s).isVisit))
  any('c.s_out', signals.some((s) => facts(s).isOutOfScope))
  any('c.all_earlier', signals.every((s) => facts(s).isEarlier))
  any('c.all_future', signals.every((s) => facts(s).isFuture))
  any('c.place_event', signals.some((s) => (s.isLocation || s.isDestination) && facts(s).isEvent))
  any('c.place_meet', signals.some((s) => s.isLocation && facts(s).meets && !isLinked(s)))
  any('c.place_summit', signals.some((s) => s.isLocation && facts(s).isSummit))
  any('c.pair_coop', signals.some((s) => s.isPairedWithHome && facts(s).isCooperation))
  any('c.official_meet', signals.some((s) => s.hasOfficial && facts(s).meets))
  any('c.with_coop', signals.some((s) => s.isWith && facts(s).isCooperation))
  any('c.s_participate', signals.some((s) => facts(s).isParticipation))
  any('c.list_participate', signals.some((s) => s.chainLength >= LONG_CHAIN && facts(s).isParticipation))
  any('c.s_fund', signals.some((s) => facts(s).isFunding))
  // "UNESCO headquarters in Paris": the city of an organisation's seat is no party.
  any('c.place_org', signals.some((s) => (s.isLocation || s.mention.kind === 'capital') && s.sentence.orgs.length > 0))
  any('c.s_ethnic', signals.some((s) => s.sentence.cueSet.has('ethnic')))
  any('c.person', signals.some((s) => isCueNear(s.sentence, s.mention.start, 'person', 1, s.mention.end - s.mention.start + 1)))
  any('c.observer', signals.some((s) => isCueNear(s.sentence, s.mention.start, 'observer', 4, s.mention.end - s.mention.start + 4)))
  any('c.multilateral', context.isMultilateralCore && signals.some((s) => s.chainLength >= LONG_CHAIN || facts(s).namesCountries))
  if (candidate.isOrg) {
    any('c.org_auspices', signals.some((s) => isCueNear(s.sentence, s.mention.start, 'auspices', AUSPICES_WINDOW, AUSPICES_WINDOW)))
    any('c.org_council', signals.some((s) => facts(s).isCommission))
    any('c.org_with', signals.some((s) => s.isWith || s.isPairedWithHome || s.isBetween))
    // «стран СНГ», "CIS countries", «ТМД елдері»: the group of states, not the organisation acting.
    any('c.org_countries', signals.some((s) => isCueNear(s.sentence, s.mention.start, 'countries', 1, s.mention.end - s.mention.start + 1)))
  }
  return f
}
