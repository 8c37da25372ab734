import type { Features } from '../model/logistic.js'
import type { ArticleReader, Reading, Sentence } from '../reading/read-article.js'
import type { ArticleText, Sector } from '../types.js'
import { kindBase, relevanceBase, type RelevanceBase } from './article.js'
import { candidateFeatures, candidatesOf, delegationListsOf, isCeremonyGuest, isEnvoyOnly, isInstitutionParticipant, isOnlyOrgName, isOnlyRecalled, homeObjectListsOf, isListedSignatory, isOnlyAside, isOnlyFunder, isOnlyMember, isOnlyVenue, isOnlyVenueOrNext, isOtherLeg, participantListsOf, sentenceFacts, type SentenceFacts } from './candidates.js'
import { homeActingSentences, isCommunityArticle, readMentions, type MentionSignals, type SentenceMentions } from './mentions.js'
import { sectorFeatures } from './sectors.js'
import { ORGANISATION_SEATS } from '../lexicon/orgs.js'

/** A candidate party with its features, before any model has judged it. */
export interface CandidateView {
  code: string
  isOrg: boolean
  features: Features
  /** Its first mention in the article, for evidence. */
  firstSignal: MentionSignals
  /** The lists of participants it is an item of (participantListsOf). */
  participantLists: string[]
  /** Those of its lists of participants that list delegations taking part (delegationListsOf). */
  delegationLists: string[]
  /** Named only as a place, never linked to what is reported but by the council sitting there (isOnlyVenue). */
  isOnlyVenue: boolean
  /** Named only as a council's place and in sentences of what is to come: the next session's chair or host (isOnlyVenueOrNext). */
  isOnlyVenueOrNext: boolean
  /** Named only in lists of envoys attending (isEnvoyOnly). */
  isEnvoyOnly: boolean
  /** Named only among those attending a ceremony or opening where nothing was signed (isCeremonyGuest). */
  isCeremonyGuest: boolean
  /** Named only in what a speaker recalls (isOnlyRecalled). */
  isOnlyRecalled: boolean
  /** An organisation named only in an event's name or as its group of states (isOnlyOrgName). */
  isOnlyOrgName: boolean
  /** Named as a city's institution taking part, arriving, or signing or working with the home side (isInstitutionParticipant). */
  isInstitutionParticipant: boolean
  /** Named only as another stop of a tour brought to the home country, beside a home place (isOtherLeg). */
  isOtherLeg: boolean
  /** Named only beside the word for funding, grants or sponsorship (isOnlyFunder). */
  isOnlyFunder: boolean
  /** Named only in lists of an organisation's members (isOnlyMember). */
  isOnlyMember: boolean
  /** Named only as a language, an embassy's seat or in a comparison (isOnlyAside). */
  isOnlyAside: boolean
  /** Named at least once as the seat of the home country's embassy («посольство Казахстана в Венгрии»). */
  isEmbassySeat: boolean
  /** Named with the home country in a list of a document's signatories (isListedSignatory). */
  isListedSignatory: boolean
  /** The states of the lists naming it with the home country as a third party's counterparts, if all are so (homeObjectListsOf). */
  homeObjectLists: string[] | null
  /** An item of a list of countries another of whose items is named with its minister, ministry or delegation (officialLists). */
  isOfficialListed: boolean
}

/** Everything the models read of one article; what a model makes of it is predict's business. */
export interface Analysis {
  reading: Reading
  candidates: CandidateView[]
  relevance: RelevanceBase
  kind: Features
  sectors: Map<Sector, Features>
}

/**
 * The lists of countries, as `sentence:first token` keys, one of whose items is named with its minister, ministry or
 * delegation: «министерства образования Кыргызстана, Пакистана и Таджикистана», "the culture ministers of Uzbekistan,
 * Tajikistan and Turkmenistan" name each item's, though only the item beside the word reads it.
 */
function officialLists(mentions: readonly SentenceMentions[]): Set<string> {
  const keys = new Set<string>()
  for (const { signals } of mentions) {
    for (const s of signals) if (s.hasOfficial && s.enumeration.countries > 1) keys.add(`${s.sentence.index}:${s.enumeration.start}`)
  }
  return keys
}

/** Reads an article once and derives every feature the classifier's models use. */
export function analyseArticle(read: ArticleReader, home: string, article: ArticleText): Analysis {
  const reading = read(article)
  const isAboutCommunities = isCommunityArticle(reading.sentences)
  // Lists handed on are built by push (as candidatesOf's and predict's): an optimised map() makes a holey array where the
  // interpreter's is packed, and code optimised on one deoptimised on the first of the other ('wrong map').
  const mentions: SentenceMentions[] = []
  for (const s of reading.sentences) mentions.push(readMentions(s, home, reading.lang, isAboutCommunities))
  const facts = new Map<Sentence, SentenceFacts>(reading.sentences.map((s) => [s, sentenceFacts(s)]))
  const homeActing = homeActingSentences(mentions)
  const homeNamed = new Set(mentions.filter((m) => m.isHomeNamed).map((m) => m.sentence))
  const homeHosting = new Set(mentions.filter((m) => m.isHomeHosting).map((m) => m.sentence))
  // «Uzbekistan and Georgia sign …»: two other states cooperating; a list of tour stops is no pair.
  const foreignPairs = new Set(mentions.filter((m) => m.signals.some((s) => s.isInForeignPair) && (facts.get(m.sentence) as SentenceFacts).isCooperation).map((m) => m.sentence))
  const foreignNamed = new Set(mentions.filter((m) => m.signals.some((s) => !s.mention.isOrg)).map((m) => m.sentence))
  const candidates = candidatesOf(mentions)
  const listsWithOfficials = officialLists(mentions)
  const countries = candidates.filter((c) => !c.isOrg)
  const context = {
    facts,
    homeActing,
    countryCount: countries.length,
    mostMentions: Math.max(0, ...countries.map((c) => c.signals.length)),
    firstSentence: Math.min(...countries.map((c) => c.signals[0]?.sentence.index ?? Infinity)),
    isMultilateralCore: reading.sentences.some((s) => s.region !== 'body' && (facts.get(s) as SentenceFacts).isCommission),
    titleCountries: new Set(countries.filter((c) => c.signals.some((s) => s.sentence.region === 'title')).map((c) => c.code)),
    seatsNamed: new Set(candidates.filter((c) => c.isOrg).flatMap((c) => ORGANISATION_SEATS[c.code] ?? [])),
    homePlaces: new Set(mentions.filter((m) => m.namesHomePlace).map((m) => m.sentence)),
  }
  const view = { sentences: reading.sentences, facts, homeActing, homeNamed, homeHosting, foreignPairs, foreignNamed, wordCount: reading.wordCount, lang: reading.lang }
  const relevance = relevanceBase(view)
  const kind = kindBase(view)
  const views: CandidateView[] = []
  for (const c of candidates) {
    views.push({
      code: c.code,
      isOrg: c.isOrg,
      features: candidateFeatures(c, context),
      firstSignal: c.signals[0] as MentionSignals,
      participantLists: c.isOrg ? [] : participantListsOf(c, context),
      delegationLists: c.isOrg ? [] : delegationListsOf(c, context),
      isOnlyVenue: !c.isOrg && isOnlyVenue(c, context),
      isOnlyVenueOrNext: !c.isOrg && isOnlyVenueOrNext(c, context),
      isEnvoyOnly: !c.isOrg && isEnvoyOnly(c, context),
      isCeremonyGuest: !c.isOrg && isCeremonyGuest(c, context),
      isOnlyRecalled: !c.isOrg && isOnlyRecalled(c),
      isOnlyOrgName: c.isOrg && isOnlyOrgName(c),
      isInstitutionParticipant: !c.isOrg && isInstitutionParticipant(c, context),
      isOnlyAside: !c.isOrg && isOnlyAside(c),
      isOtherLeg: !c.isOrg && isOtherLeg(c, context),
      isOnlyFunder: !c.isOrg && isOnlyFunder(c),
      isOnlyMember: !c.isOrg && isOnlyMember(c),
      isEmbassySeat: !c.isOrg && c.signals.some((s) => s.isEmbassySeat),
      isListedSignatory: !c.isOrg && isListedSignatory(c, context),
      homeObjectLists: c.isOrg ? null : homeObjectListsOf(c, context),
      isOfficialListed: !c.isOrg && c.signals.some((s) => s.enumeration.countries > 1 && listsWithOfficials.has(`${s.sentence.index}:${s.enumeration.start}`)),
    })
  }
  return { reading, relevance, kind, candidates: views, sectors: sectorFeatures(reading.sentences, facts) }
}
