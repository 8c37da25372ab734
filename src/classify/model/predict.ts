import type { Analysis, CandidateView } from '../features/analyse.js'
import { kindFeatures, relevanceFeatures, type PartyEstimate } from '../features/article.js'
import { SECTORS, type Classification, type Kind, type Sector } from '../types.js'
import { logisticScore, predictProbability, sigmoid, type LogisticModel } from './logistic.js'
import { ORGANISATION_MEMBERS } from '../lexicon/orgs.js'
import { CASCADE_KINDS, featuresOfKind, type ClassifierModel, type PartyModels } from './model.js'

const DECISION = 0.5
const MAX_EVIDENCE_CHARS = 160
const MAX_SECTORS = 6
const EVIDENCE_FEATURES = 3

export interface JudgedCandidate {
  candidate: CandidateView
  probability: number
  /** P(a party of a relevant article): the country model fitted on every article (PartyModels.relevantCountry); 0 for organisations. */
  relevantProbability: number
}

/*
 * Lists are built by push here, not by map(): optimised, map() makes a holey array where the interpreter's is packed,
 * and code optimised on one kind deoptimised on the first list of the other ('wrong map').
 */
export function judgeCandidates(models: PartyModels, candidates: readonly CandidateView[]): JudgedCandidate[] {
  const judged: JudgedCandidate[] = []
  for (const candidate of candidates) {
    judged.push({
      candidate,
      probability: predictProbability(candidate.isOrg ? models.org : models.country, candidate.features),
      relevantProbability: candidate.isOrg || !models.relevantCountry ? 0 : predictProbability(models.relevantCountry, candidate.features),
    })
  }
  return judged
}

/**
 * A country named only aside — as a language («издания на китайском, испанском … и немецком языках»), a person's nationality,
 * performers' origin, in a comparison — and never as the home embassy's seat is no party whatever the models say (partnersOf
 * drops it, bystanders), and so no party for the relevance and kind models either (labels.md § partners: a country only
 * mentioned is no partner). Counted, a library's display of books in six languages read as six parties found, and the six
 * languages' P(party), all alike near the threshold, turned countryCount and r.domestic_unsigned at every refit: the display sat
 * at P(relevant) ≈ 0.5. An embassy's seat stays: where no other country is a party, what the embassy holds is held in its host.
 */
export function estimateParties(judged: readonly JudgedCandidate[], threshold: number): PartyEstimate {
  const countries = judged.filter((j) => !j.candidate.isOrg && !(j.candidate.isOnlyAside && !j.candidate.isEmbassySeat))
  const orgs = judged.filter((j) => j.candidate.isOrg)
  return {
    bestCountry: Math.max(0, ...countries.map((j) => j.probability)),
    countryCount: countries.filter((j) => j.probability >= threshold).length,
    bestOrg: Math.max(0, ...orgs.map((j) => j.probability)),
    bestRelevantCountry: Math.max(0, ...countries.map((j) => j.relevantProbability)),
  }
}

/**
 * The member states of the organisations whose council the article reports, or null where it reports none: a guest,
 * observer or dialogue partner at an SCO, CIS or Turkic council («Жиынға … Әзербайжан … өкілдері қатысты», Azerbaijan
 * being an SCO dialogue partner) is no member state taking part (corpus/README.md), however the list names it. So is
 * one at a signing there, where a list of participants names the signatories; a bilateral memorandum signed beside an
 * organisation's festival, the organisation misjudged a party, keeps its partner whatever its membership.
 */
function councilMembers(judged: readonly JudgedCandidate[], threshold: number, kind: Kind, hasList: boolean): ReadonlySet<string> | null {
  if (kind !== 'commission' && !(kind === 'agreement' && hasList)) return null
  const tables = judged.flatMap((j) => (j.candidate.isOrg && j.probability >= threshold ? [ORGANISATION_MEMBERS[j.candidate.code]] : []))
    .filter((members) => members !== undefined)
  return tables.length === 0 ? null : new Set(tables.flat())
}

/**
 * The countries judged parties, and with them every other item of a list of participants one of
 * them is in: the model judges each name alone, and a list's later items, named once in the
 * body, fell short where its first items (in the title, beside a minister) did not. However weak
 * an item's own evidence: in every training set, a list with a party in it had no item that was
 * not one but the observers the text does not call so. A list of delegations taking part needs no party in it
 * (delegationListsOf): the home country left out, its items named once in the body fell short all together. So is a council's member state named with its
 * minister (councilDelegates), and every state an agreement's list of signatories names with the home
 * country (isListedSignatory), and every country a city's institution taking part or arriving names ("Representatives of
 * Tashkent State Institute … came", isInstitutionParticipant). Then none of them that only attends what is reported (isBystander).
 */
export function partnersOf(judged: readonly JudgedCandidate[], threshold: number, kind: Kind): JudgedCandidate[] {
  const countries = judged.filter((j) => !j.candidate.isOrg)
  const parties = new Set(countries.filter((j) => j.probability >= threshold))
  const lists = new Set([...[...parties].flatMap((j) => j.candidate.participantLists), ...countries.flatMap((j) => j.candidate.delegationLists)])
  const isListed = (j: JudgedCandidate): boolean => j.candidate.participantLists.some((l) => lists.has(l))
  const isBystander = bystanders(judged, threshold, kind, lists.size > 0)
  const isDelegate = councilDelegates(judged, threshold, kind)
  const isSignatory = (j: JudgedCandidate): boolean => kind === 'agreement' && j.candidate.isListedSignatory
  return countries.filter((j) => (parties.has(j) || isListed(j) || isDelegate(j) || isSignatory(j) || j.candidate.isInstitutionParticipant) &&
    !isBystander(j))
}

/**
 * labels.md § judgement calls: a council's partners are the member states the article names as taking part. A member
 * of the organisation whose council the article reports, named with its minister, delegation or representative
 * ("Uzbekistan's Minister of Higher Education described his country's reforms"), or in a list whose ministries or ministers
 * are named beside another item («Свои делегации направили также министерства образования Кыргызстана, Пакистана и
 * Таджикистана», isOfficialListed), takes part in it, however weakly the party model, judging the name alone in one sentence
 * of the body, read it.
 */
function councilDelegates(judged: readonly JudgedCandidate[], threshold: number, kind: Kind): (j: JudgedCandidate) => boolean {
  const members = kind === 'commission' ? councilMembers(judged, threshold, kind, false) : null
  return ({ candidate }) => members !== null && members.has(candidate.code) && (candidate.features['c.official'] === 1 || candidate.isOfficialListed)
}

/**
 * A country present at what is reported that is no party to it, however the model judged it (labels.md § judgement calls:
 * a host, a guest or a venue is no partner unless the article names it among the participants):
 * - a country named only among the envoys at a signing, an opening or a council («присутствовали послы Турции,
 *   Азербайджана, Венгрии …») only attended; at a meeting the envoys met are its counterparts;
 * - a guest, observer or dialogue partner at an organisation's council, or at a signing there whose participants
 *   the article lists, is no member state taking part (councilMembers); nor is a member state the article calls an
 *   observer there («Узбекистан присутствовал как наблюдатель», "Belarus took part as an observer state"), however
 *   else it is named (corpus/README.md: observer states are not member states taking part);
 * - where a list of participants names a council's or commission's participants, or an organisation's council names
 *   none, a country named only as the place («В Минске прошло заседание Совета СНГ»: the council beside the city is no
 *   institution of its) and in no list is the host. The host of the home country's tour, festival, days of culture
 *   or exhibition abroad stays one however many other countries' delegations also took part (labels.md: an event
 *   abroad makes the host country a partner). So is one named besides only in what is to come, the next session's chair
 *   or host («XIII заседание под председательством Таджикистана намечено …», isOnlyVenueOrNext);
 * - whatever the kind, a country named only as the place where other countries' parties or an organisation's ministers meet,
 *   talk or sign («министры культуры Казахстана и Узбекистана провели переговоры в Минске», «на встрече министров информации
 *   стран – членов Тюркского совета в Баку», isOnlyMeetingVenue) is their venue; where no other country nor organisation is a
 *   party there, the place's own unnamed officials may be whom the home side met, and it stays;
 * - a country named only as a language («книги на казахском, русском и английском языках»), as the seat of the home
 *   country's embassy («посольство Казахстана в Венгрии») or in a comparison («подобные центры уже открыты в Китае,
 *   России …») is not there at all (isOnlyAside). The embassy's seat is so only where another country is a party (the
 *   Skopje centre opened by the embassy in Hungary): where none is, what the embassy holds is held in its seat, the host
 *   (labels.md: an exhibition abroad makes the host country a partner);
 * - a country named only among the guests of a ceremony or opening where nothing was signed («Салтанатқа … делегацияларының
 *   басшылары қатысты», isCeremonyGuest) where another country is judged a party: a guest is no partner;
 * - a country named only in what the article recalls of earlier events («Алматы музейлері бұған дейін Венгрия, Чехия … да
 *   көрме өткізген», "The university has earlier opened similar centres in Iran, Turkey …") where a country named in what it
 *   reports is judged a party: an earlier visit or exhibition is only mentioned (labels.md § partners);
 * - a country named only in what a speaker recalls («Асанов напомнил, что ассамблея … объединяет парламентариев Азербайджана,
 *   Казахстана, Кыргызстана и Турции», or a Kazakh sentence closing on «… келісілген болатын», «… орнатылғанын айтты»,
 *   isOnlyRecalled) is background, whoever else is a party;
 * - a country named with the home country only as whom a third party deals with, where it goes or holds something
 *   ("Konkuk University signs memorandums with universities of Kazakhstan, Uzbekistan and Kyrgyzstan", "signs agreements in
 *   Almaty and Tashkent", homeObjectListsOf), where a state outside those lists is judged a party: that state's own deals
 *   with it are not the home country's (labels.md: what the article reports decides); at a council, its member states
 *   named beside the home country's representatives take part;
 * - a country named only as another stop of a foreign party's tour, exhibition or show brought to the home country, beside a
 *   home place ("The display was then taken to Kyrgyzstan, and in the autumn it moves to the East Kazakhstan region",
 *   «Бішкектен кейін Қазақстандағы фестивальде», isOtherLeg), where a country named otherwise is a party: that leg is no
 *   part of the home country's;
 * - a country named only in a list of an organisation's members («В число ее членов входят Азербайджан, …», isOnlyMember) where
 *   the home country signs with that organisation itself: the members are no signatories of its own agreement;
 * - a country named only beside the word for funding or grants ("with Japan's financial support", isOnlyFunder), where a
 *   country named otherwise is a party: it pays for what is reported and takes no part in it.
 */
function bystanders(judged: readonly JudgedCandidate[], threshold: number, kind: Kind, hasList: boolean): (j: JudgedCandidate) => boolean {
  const members = councilMembers(judged, threshold, kind, hasList)
  const isCouncil = kind === 'commission' && (hasList || judged.some((j) => j.candidate.isOrg && j.probability >= threshold))
  const isPartyElsewhere = judged.some((j) => !j.candidate.isOrg && !j.candidate.isOnlyAside && j.probability >= threshold)
  const parties = judged.filter((j) => !j.candidate.isOrg && j.probability >= threshold)
  // Named with the home country only as another's counterparts, where a state outside those lists is judged a party.
  const isCoCounterpart = ({ homeObjectLists }: CandidateView): boolean => kind !== 'commission' && homeObjectLists !== null &&
    parties.some((j) => !homeObjectLists.includes(j.candidate.code))
  // The home country signs with an organisation itself («Казахстан и Тюркская академия подписали соглашение»).
  const isOrgsOwnAgreement = kind === 'agreement' && judged.some((j) => j.candidate.isOrg && j.probability >= threshold && j.candidate.features['c.org_with'] === 1)
  const isPartyMeeting = judged.some((j) => (j.candidate.isOrg || (!j.candidate.isOnlyAside && !isOnlyMeetingVenue(j.candidate))) &&
    j.probability >= threshold)
  return ({ candidate }) => (kind !== 'meeting' && candidate.isEnvoyOnly)
    || (members !== null && !members.has(candidate.code))
    || (isCouncil && (candidate.isOnlyVenue || candidate.isOnlyVenueOrNext) && candidate.participantLists.length === 0)
    || (isOnlyMeetingVenue(candidate) && isPartyMeeting)
    || (isCouncil && candidate.features['c.observer'] === 1)
    || (candidate.isOnlyAside && (!candidate.isEmbassySeat || isPartyElsewhere))
    || isCoCounterpart(candidate)
    || (candidate.isCeremonyGuest && parties.some((j) => !j.candidate.isCeremonyGuest))
    || (isAllEarlier(candidate) && parties.some((j) => !isAllEarlier(j.candidate)))
    || candidate.isOnlyRecalled
    || (candidate.isOtherLeg && parties.some((j) => !j.candidate.isOtherLeg && !j.candidate.isOnlyAside))
    || (candidate.isOnlyFunder && parties.some((j) => !j.candidate.isOnlyFunder && !j.candidate.isOnlyAside))
    || (candidate.isOnlyMember && isOrgsOwnAgreement)
}

/** Named only in sentences that recall what happened before («Ранее …», "earlier", «бұған дейін»): c.all_earlier. */
function isAllEarlier(candidate: CandidateView): boolean {
  return candidate.features['c.all_earlier'] === 1
}

/**
 * Named only as the place where the parties meet, talk or sign («переговоры в Минске на полях форума», "held talks in
 * Minsk", «Минскіде кездесті»), never linked to what is reported, in no list of participants and never the place of an
 * event (the host of days of culture abroad is a partner): a venue (labels.md § judgement calls).
 */
function isOnlyMeetingVenue(candidate: CandidateView): boolean {
  return candidate.isOnlyVenue && candidate.features['c.place_meet'] === 1 && candidate.features['c.place_event'] !== 1 &&
    candidate.participantLists.length === 0
}

/** labels.md § kind: the first kind in precedence order whose model says yes; otherwise an event. */
export function decideKind(model: ClassifierModel, analysis: Analysis, parties: PartyEstimate): Kind {
  const features = kindFeatures(analysis.kind, parties)
  for (const kind of CASCADE_KINDS) if (predictProbability(model.kind[kind], featuresOfKind(features, kind)) >= DECISION) return kind
  return 'event'
}

/**
 * labels.md § sectors: the sectors whose naming promises the best overlap (Jaccard) with the
 * labels. Naming the k likeliest overlaps them by about the k probabilities' sum over k plus the
 * others' sum. A relevant article is about some field: every relevant article of every training set
 * names at least one sector, so the likeliest is named however unsure its model (naming none, once
 * allowed where all were unsure, was never right). (A single threshold for every sector, chosen on
 * training folds, swung from fold to fold and named nothing where all were unsure.)
 */
export function decideSectors(model: ClassifierModel, analysis: Analysis): Sector[] {
  const ranked: { sector: Sector; p: number }[] = []
  for (const sector of SECTORS) ranked.push({ sector, p: predictProbability(model.sectors[sector], analysis.sectors.get(sector) ?? {}) })
  ranked.sort((a, b) => b.p - a.p)
  const total = ranked.reduce((sum, s) => sum + s.p, 0)
  let best = { count: 0, overlap: -1 }
  let named = 0
  for (const [i, s] of ranked.slice(0, MAX_SECTORS).entries()) {
    named += s.p
    const overlap = named / (i + 1 + total - named)
    if (overlap > best.overlap) best = { count: i + 1, overlap }
  }
  const chosen = new Set(ranked.slice(0, best.count).map((s) => s.sector))
  return SECTORS.filter((s) => chosen.has(s))
}

function snippet(text: string): string {
  return text.length <= MAX_EVIDENCE_CHARS ? text : `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…`
}

/** The features that pushed the relevance score furthest in the direction it went. */
function strongestFeatures(model: LogisticModel, features: Readonly<Record<string, number>>, relevant: boolean): string[] {
  const pushing: { name: string; push: number }[] = []
  for (const [name, value] of Object.entries(features)) {
    const push = (model.weights[name] ?? 0) * value * (relevant ? 1 : -1)
    if (push > 0) pushing.push({ name, push })
  }
  return pushing
    .sort((a, b) => b.push - a.push)
    .slice(0, EVIDENCE_FEATURES)
    .map((f) => f.name.replace(/^r\./, ''))
}

function sortedCodes(judged: readonly JudgedCandidate[]): string[] {
  const codes: string[] = []
  for (const j of judged) codes.push(j.candidate.code)
  return codes.sort()
}

/** Applies a fitted model to an analysed article. */
export function predict(model: ClassifierModel, analysis: Analysis): Classification {
  const judged = judgeCandidates(model.party, analysis.candidates)
  const parties = estimateParties(judged, model.partyThreshold)
  const features = relevanceFeatures(analysis.relevance, parties)
  const { a, b } = model.relevance.calibration
  const probability = sigmoid(a * logisticScore(model.relevance, features) + b)
  const relevant = probability >= DECISION
  const confidence = Math.round((relevant ? probability : 1 - probability) * 1000) / 1000
  const lang = analysis.reading.lang
  const headline = analysis.reading.sentences[0]?.text
  const evidence = [...(headline ? [snippet(headline)] : []), `relevance: ${strongestFeatures(model.relevance, features, relevant).join(', ')}`]
  if (!relevant) return { relevant, kind: null, partners: [], orgs: [], sectors: [], confidence, lang, evidence }
  const kind = decideKind(model, analysis, parties)
  const partners = partnersOf(judged, model.partyThreshold, kind)
  // An organisation named only in an event's name or as its group of states («фестиваль ШОС», "SCO countries") is no party.
  const orgs = judged.filter((j) => j.candidate.isOrg && j.probability >= model.partyThreshold && !j.candidate.isOnlyOrgName)
  for (const j of [...partners, ...orgs]) evidence.push(`${j.candidate.code} ${j.probability.toFixed(2)}: ${snippet(j.candidate.firstSignal.sentence.text)}`)
  return {
    relevant,
    kind,
    partners: sortedCodes(partners),
    orgs: sortedCodes(orgs),
    sectors: decideSectors(model, analysis),
    confidence,
    lang,
    evidence,
  }
}
