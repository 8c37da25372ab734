import { KAZAKH_ABLATIVE_ENDING, KAZAKH_COMITATIVE_ENDING, KAZAKH_DATIVE_ENDING, KAZAKH_GENITIVE_ENDINGS, KAZAKH_LETTERS, KAZAKH_LOCATIVE_ENDING } from '../../language/kazakh.js'
import type { Features } from '../model/logistic.js'
import type { Token } from '../../language/normalize.js'
import { hasCue, isCueNear, type Sentence } from '../reading/read-article.js'
import { isRouteList, type MentionSignals, PARTICIPANT_LIST, type SentenceMentions } from './mentions.js'
import { closesOnKazakhPast, isCooperationSentence, namesCooperationDocument, namesJointPlan, reports } from './signals.js'

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

/**
 * Documents signed unnamed («по итогам встречи подписан пакет документов», "Kazakhstan and Uzbekistan sign documents") are
 * cooperation documents where parties sign them: after talks, by the sides, or two states named («В Ташкенте президент
 * Узбекистана …» names one). A minister who signed documents on appointments signed none, at a meeting too, and documents
 * on show were signed by their authors; approved, documents may be anything.
 */
function isPapersSigned(sentence: Sentence): boolean {
  const cues = sentence.cueSet
  if (!cues.has('papers') || cues.has('appointment') || cues.has('shown') || !reports(sentence, 'sign')) return false
  return cues.has('meet') || cues.has('side') || cues.has('parties') || namesTwoStates(sentence)
}

function namesTwoStates(sentence: Sentence): boolean {
  const first = sentence.countries[0]
  return first !== undefined && sentence.countries.some((c) => c.code !== first.code)
}

export function sentenceFacts(sentence: Sentence): SentenceFacts {
  const cues = sentence.cueSet
  return {
    isCooperation: isCooperationSentence(sentence),
    isDocumentSigned: (namesCooperationDocument(sentence) && (reports(sentence, 'sign') || reports(sentence, 'approve'))) ||
      (namesJointPlan(sentence) && reports(sentence, 'sign')) || isPapersSigned(sentence),
    meets: reports(sentence, 'meet'),
    isCommission: reports(sentence, 'commission') || cues.has('council') || cues.has('session'),
    isEvent: cues.has('event'),
    isJoint: cues.has('joint'),
    isExchange: cues.has('exchange'),
    // Relevance still reads a project as something planned, as it did when «проект» was a draft: kind no longer does (cues.ts),
    // but reading it as running here moved relevance on the train data (kk-063 missed, more-kk-318 published).
    isFuture: cues.has('future') || cues.has('draft') || cues.has('project'),
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
  // By push, not spread: an empty spread is a list of small integers, whose other map deoptimised its optimised readers.
  const candidates: Candidate[] = []
  for (const candidate of byKey.values()) candidates.push(candidate)
  return candidates
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
  /** The countries where an organisation the article names has its seat (ORGANISATION_SEATS). */
  seatsNamed: ReadonlySet<string>
  /** Foreign countries the title names. */
  titleCountries: ReadonlySet<string>
  /** The sentences naming the home country or a home place as where something happens or someone goes (SentenceMentions.namesHomePlace). */
  homePlaces: ReadonlySet<Sentence>
}

const LONG_CHAIN = 3

/** What one sentence of the candidate's reports (sentenceFacts). */
function factsOf(signal: MentionSignals, context: CandidateContext): SentenceFacts {
  return context.facts.get(signal.sentence) as SentenceFacts
}

/** The most words between a name and the observer it is called after it ("Belarus took part as an observer"). */
const OBSERVER_AFTER = 5
/**
 * The words that make the observer after a name its role: "as an observer", «как наблюдатель», «в качестве наблюдателя»,
 * «на правах наблюдателя», "observer status", «бақылаушы ретінде», «бақылаушы мәртебесі»; not the observers a state
 * invites or sends ("Russia proposed to invite observers", «Ресей бақылаушылар шақыруды ұсынды»).
 */
const OBSERVER_ROLE = /^(?:as|как|качестве|правах|status|статус\p{L}*|ретінде|мәртебе\p{L}*)$/u
/** The most words of an apposition before its observer: "Mongolia, an observer state", «Монголия, имеющая статус наблюдателя». */
const OBSERVER_IN_APPOSITION = 3
/**
 * After a comma, words that start another item, a clause or an aside, no apposition: "…, as well as observer states", «…, а
 * также страны-наблюдатели», «…, сондай-ақ бақылаушы елдер», "Russia, which invited observers", "Russia, according to
 * observers, …", «Россия, по мнению наблюдателей, …».
 */
const NOT_APPOSITION = /^(?:also|well|также|сондай|which|who|that|котор\p{L}*|according|по|мнению|say|says|said|noted)$/u

/**
 * Called an observer after its name («Узбекистан присутствовал как наблюдатель», "Belarus took part as an observer state"),
 * in the same phrase: an "and", a comma or another country's name before the word starts another item («… Ресей және
 * Тәжікстан өкілдері, сондай-ақ бақылаушы елдер …», "…, as well as observer states", «… Кыргызстана; Узбекистан — как
 * наблюдатель»), whose observers are not the name's.
 */
function isCalledObserverAfter(s: MentionSignals): boolean {
  const sentence = s.sentence
  if (!sentence.cueSet.has('observer')) return false
  // An apposition right after the name calls it so itself: "Mongolia, an observer state, …", «Монголия, имеющая статус наблюдателя, …».
  const isApposition = sentence.tokens[s.mention.end]?.sep === 'comma'
  const last = Math.min(sentence.tokens.length - 1, s.mention.end - 1 + (isApposition ? OBSERVER_IN_APPOSITION : OBSERVER_AFTER))
  let isCalled = isApposition
  for (let i = s.mention.end; i <= last; i += 1) {
    const token = sentence.tokens[i] as Token
    if ((token.sep === 'comma' && i > s.mention.end) || hasCue(sentence, i, 'and') || sentence.countries.some((m) => m.start === i)) return false
    if (isApposition && NOT_APPOSITION.test(token.norm)) return false
    isCalled ||= OBSERVER_ROLE.test(token.norm)
    if (hasCue(sentence, i, 'observer')) return isCalled || OBSERVER_ROLE.test(sentence.tokens[i + 1]?.norm ?? '')
  }
  return false
}

/** Named an observer, or an item of a list so named («статус наблюдателей имеют Афганистан, Беларусь, … Монголия»). */
export function isObserver(s: MentionSignals): boolean {
  return isCueNear(s.sentence, s.mention.start, 'observer', 4, s.mention.end - s.mention.start - 1) || isCalledObserverAfter(s) ||
    isCueNear(s.sentence, s.enumeration.start, 'observer', 4, 0)
}

/**
 * Ambassadors, embassies or diplomats listed by country ("attended by the ambassadors of Turkey,
 * Azerbaijan …", «присутствовали послы Турции, Азербайджана …», «… Өзбекстан елшілері қатысты»): an
 * embassy only attending is no party (corpus/README.md), so such a list joins no partner's mates.
 */
function isEnvoyList(s: MentionSignals): boolean {
  const end = Math.max(...s.sentence.countries.filter((m) => m.start >= s.enumeration.start).map((m) => m.end))
  return isCueNear(s.sentence, s.enumeration.start, 'envoy', 4, end - s.enumeration.start + 2)
}

/**
 * Kazakh «кел-» after a converb or «сәйкес», «тура» tells no arrival: «дамытып келеді», «ынтымақтасып келді» ("keeps
 * developing", "has cooperated"), «сәйкес келеді» ("corresponds"), «тура келеді» ("has to").
 */
const KAZAKH_NOT_ARRIVAL_BEFORE = /^(?:\p{L}*[аәеиоөуұүыіэюя]п|сәйкес|тура)$/u

/** Someone came to what is reported («приехали театры …», "Among the guests are …", «… театрлары келді»). */
function tellsArrival(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('arrive')) return false
  return sentence.cues.some((cues, i) => cues.includes('arrive') &&
    !(i > 0 && sentence.tokens[i]?.norm.startsWith('кел') === true && KAZAKH_NOT_ARRIVAL_BEFORE.test(sentence.tokens[i - 1]?.norm ?? '')))
}

/**
 * labels.md: a council's partners are the member states the article names as taking part. The
 * lists of participants the candidate is an item of ("Taking part were Kazakhstan's …, China's
 * …, Kyrgyzstan's …"), as `sentence:first token` keys; observers are no item. A list in a sentence
 * that recalls earlier or similar events ("Earlier, similar days were held in Turkey, Azerbaijan,
 * Georgia …", «В прошлом году Турция, Азербайджан … участвовали в форуме») is background, not who
 * takes part in what the article reports: its countries join no party named there for today. A list of those who came
 * («приехали театры Италии, Великобритании, Литвы …», "Among the guests are …", «… театрлары келді») names participants
 * as a list of those taking part does.
 */
export function participantListsOf(candidate: Candidate, context: CandidateContext): string[] {
  return candidate.signals
    .filter((s) => {
      if (s.enumeration.countries < PARTICIPANT_LIST || isObserver(s) || isPerformersOrigin(s)) return false
      const facts = factsOf(s, context)
      if (facts.isEarlier || s.sentence.cueSet.has('similar')) return false
      if (!facts.isCommission && isEnvoyList(s)) return false
      // "The programme includes performances by the Chekhov Moscow Art Theatre, Belarus's Yanka Kupala Theatre, the National
      // Theatre of China …": the institutions of an event's list, each named with its own, take part in it.
      return facts.isParticipation || facts.isCommission || facts.meets || tellsArrival(s.sentence) || (facts.isEvent && s.hasInstitution)
    })
    .map((s) => `${s.sentence.index}:${s.enumeration.start}`)
}

/** How far before a list's first name, or after its last, the delegations it lists are named: "Delegations of Kazakhstan, …", «… Түрікменстан делегациялары». */
const DELEGATION_BEFORE = 3
const DELEGATION_AFTER = 2

/** A word of taking part or arriving other than the delegations' own («участвовали делегации», "Delegations … took part", «делегациялары қатысты»). */
function tellsTakingPart(sentence: Sentence): boolean {
  return sentence.cues.some((cues) => cues.includes('participate') && !cues.includes('delegation')) || tellsArrival(sentence)
}

/**
 * corpus/README.md: a national delegation taking part is a party. The lists of participants the candidate is an item of
 * that list delegations taking part or arriving («В фестивале также участвовали делегации Азербайджана, Кыргызстана,
 * Узбекистана и Туркменистана», "Delegations of Kazakhstan, Azerbaijan … took part", «… Өзбекстан және Түрікменстан
 * делегациялары қатысты»): every item is a participant however the model judged its name, the home country in the list
 * or not (participantListsOf has left out observers, envoys and earlier or similar events).
 */
export function delegationListsOf(candidate: Candidate, context: CandidateContext): string[] {
  const lists = new Set(participantListsOf(candidate, context))
  return candidate.signals
    .filter((s) => {
      const { start, end } = s.enumeration
      return lists.has(`${s.sentence.index}:${start}`) && tellsTakingPart(s.sentence) &&
        (isCueNear(s.sentence, start, 'delegation', DELEGATION_BEFORE, -1) || isCueNear(s.sentence, end, 'delegation', 0, DELEGATION_AFTER - 1))
    })
    .map((s) => `${s.sentence.index}:${s.enumeration.start}`)
}

/**
 * Named only in lists of ambassadors, embassies or diplomats outside a council ("Diplomats from the embassies
 * of Korea, Japan, China and India attended the ceremony"): an embassy only attending is no party (corpus/README.md).
 */
export function isEnvoyOnly(candidate: Candidate, context: CandidateContext): boolean {
  return candidate.signals.every((s) => s.enumeration.countries >= PARTICIPANT_LIST && !factsOf(s, context).isCommission && isEnvoyList(s))
}

/** Named by the home country or an institution, with, beside or between: the mention is part of what the sentence reports. */
function isLinked(s: MentionSignals): boolean {
  return s.isPairedWithHome || s.isWith || s.isSide || s.hasOfficial || s.hasInstitution || s.isBetween
}

/** Named only as a place where something happens or someone goes, never linked to what is reported. */
export function isOnlyPlace(candidate: Candidate): boolean {
  return candidate.signals.every((s) => (s.isLocation || s.isDestination) && !isLinked(s))
}

/**
 * Named only as the place a council or commission sits («В Минске прошло заседание Совета СНГ», "A session of the
 * CIS Council was held in Minsk") or in the dateline («МИНСК.»): the council beside the city is no institution of the city's
 * country, so it links the name no more than a venue; an official, a pairing or an institution in any other sentence still does.
 */
export function isOnlyVenue(candidate: Candidate, context: CandidateContext): boolean {
  return candidate.signals.every((s) => isDateline(s) || ((s.isLocation || s.isDestination || isKazakhTownOfCountry(s)) &&
    !(s.isPairedWithHome || s.isWith || s.isSide || s.hasOfficial || s.isBetween) && ((!s.hasInstitution && !s.isInstitutionSeat) || factsOf(s, context).isCommission)))
}

/** How many words may stand between a Kazakh country's genitive and the town it owns: «Әзірбайжанның Габала қаласында». */
const KAZAKH_TOWN_AFTER_COUNTRY = 2
const KAZAKH_TOWN_WORD = /^(?:қала|астана)/u

/**
 * «Әзірбайжанның Габала қаласында өткен саммит», «Қырғызстан астанасы Бішкекте»: a country in the genitive (or bare) whose town
 * or capital follows in the locative is where something happens, as «в столице Казахстана» is (isPlaceOfCountry).
 */
function isKazakhTownOfCountry(s: MentionSignals): boolean {
  const { sentence, mention } = s
  if (mention.kind !== 'country' || (mention.suffix !== '' && !KAZAKH_GENITIVE_ENDING.test(mention.suffix))) return false
  const last = Math.min(sentence.tokens.length - 1, mention.end + KAZAKH_TOWN_AFTER_COUNTRY)
  for (let i = mention.end; i <= last; i += 1) {
    const norm = sentence.tokens[i]?.norm ?? ''
    if (sentence.tokens[i]?.sep !== 'space') return false
    if (KAZAKH_TOWN_WORD.test(norm)) return KAZAKH_LOCATIVE_ENDING.test(norm)
  }
  return false
}

/** A dateline: a city or capital alone before the article, where it is reported from («БАКУ.», "TASHKENT."). */
function isDateline(s: MentionSignals): boolean {
  return s.sentence.region !== 'body' && (s.mention.kind === 'capital' || s.mention.kind === 'city') &&
    s.sentence.tokens.length === s.mention.end - s.mention.start
}

/**
 * Named only as the place a council or commission sits (isOnlyVenue) or in sentences that announce what is to come
 * ("The 13th session, chaired by Tajikistan, is scheduled for November in Minsk", «XIII заседание под председательством
 * Таджикистана намечено …») or out of scope (the host's flights and trade: «Ақтау мен Баку арасындағы рейстерді көбейту»): the
 * host, or the next session's chair or host, not a state the article names as taking part in the session it reports
 * (labels.md § judgement calls). Named in what is to come alone, it may be a participant who will attend («Жиындарға төрт
 * елдің министрліктері қатысады»).
 */
export function isOnlyVenueOrNext(candidate: Candidate, context: CandidateContext): boolean {
  // Most candidates are named in no sentence of what is to come or out of scope: settled without copying the candidate.
  const isAside = (s: MentionSignals): boolean => factsOf(s, context).isFuture || factsOf(s, context).isOutOfScope
  if (!candidate.signals.some(isAside)) return false
  const now = candidate.signals.filter((s) => !isAside(s))
  return now.length > 0 && isOnlyVenue({ ...candidate, signals: now }, context)
}

/**
 * labels.md § partners, a country only mentioned: named only as a language («книги на казахском, русском и английском
 * языках», languageNames), as the seat of the home country's embassy («посольство Казахстана в Венгрии», isEmbassySeat),
 * in a sentence that compares («Подобные центры уже открыты в библиотеках Китая, России, Турции …», "Turkey has a
 * similar programme"), as one named person's nationality («кыргызского писателя Чингиза Айтматова», isPersonNationality) or a
 * system followed («с американской системой степеней», isModelNationality), or as a place a route passes ("a tour through
 * Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan", isRouteList) or an institution's record («имеет опыт сотрудничества с …»,
 * tellsExperience) or where documents were obtained («полученные из Омска», isObtainedFrom),
 * it takes no part in what is reported.
 */
/** An institution's record of cooperation: «опыт сотрудничества», "experience of cooperation", «ынтымақтастық тәжірибесі». */
const EXPERIENCE_WORD = /^(?:опыт\p{L}*|experience)$/u
const COOPERATION_WORD = /^(?:сотрудничеств\p{L}*|cooperat\p{L}*|collaborat\p{L}*|ынтымақтаст\p{L}*)$/u
const KAZAKH_EXPERIENCE_WORD = /^тәжірибе\p{L}*$/u

/**
 * labels.md § judgement calls: a list of an institution's past foreign partners is only mentioned. A sentence that tells its
 * experience of cooperation («Казахстанский университет имеет большой опыт сотрудничества с европейскими вузами: … программы
 * двойных дипломов с университетами Лотарингии и Страсбурга», "has wide experience of cooperation with …", «… ынтымақтастық
 * тәжірибесі мол») lists its record, not parties to what is reported.
 */
function tellsExperience(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  return tokens.some((t, i) => (EXPERIENCE_WORD.test(t.norm) && (COOPERATION_WORD.test(tokens[i + 1]?.norm ?? '') ||
    ((tokens[i + 1]?.norm === 'of' || tokens[i + 1]?.norm === 'in') && COOPERATION_WORD.test(tokens[i + 2]?.norm ?? '')))) ||
    (KAZAKH_EXPERIENCE_WORD.test(t.norm) && COOPERATION_WORD.test(tokens[i - 1]?.norm ?? '')))
}

/** A participle of obtaining before "from" («полученные из», "obtained from") or after Kazakh's ablative («Омбыдан алынған»). */
const OBTAINED_BEFORE = /^(?:obtained|received|acquired|получен\p{L}*|приобретен\p{L}*)$/u
const OBTAINED_AFTER = /^(?:алынған|алдырылған)$/u

/**
 * labels.md § partners, a country only mentioned: where documents or materials were obtained from («архивные документы о
 * жизни Абылай хана, полученные из Омска и Санкт-Петербурга», "copies obtained from archives in Omsk", «Омбыдан алынған
 * құжаттар») is their provenance, no party to what is shown now. Every item of the list after the word is so.
 */
function isObtainedFrom(s: MentionSignals): boolean {
  const { sentence, enumeration } = s
  const norm = (i: number): string => sentence.tokens[i]?.norm ?? ''
  if (hasCue(sentence, enumeration.start - 1, 'from')) return OBTAINED_BEFORE.test(norm(enumeration.start - 2))
  return s.isOrigin && OBTAINED_AFTER.test(norm(enumeration.end))
}

export function isOnlyAside(candidate: Candidate): boolean {
  return candidate.signals.every((s) => s.isLanguage || s.isEmbassySeat || s.isPersonNationality || s.isModelNationality || s.sentence.cueSet.has('similar') ||
    isPerformersOrigin(s) || isRouteList(s.sentence, s.enumeration) || tellsExperience(s.sentence) || isObtainedFrom(s))
}

/**
 * labels.md § judgement calls: an agreement has every signatory state as a partner. A list of states with the home country
 * in it, in a sentence about the document («Меморандум бойынша Өзбекстан, Қазақстан, Тәжікстан … студенттерді жібереді»,
 * "The memorandum provides that Uzbekistan, Kazakhstan, Tajikistan … send students") names its signatories, unless it
 * recalls an earlier or similar one ("under the memorandum" is an earlier one's framework, cues.ts).
 */
export function isListedSignatory(candidate: Candidate, context: CandidateContext): boolean {
  return candidate.signals.some((s) => s.isPairedWithHome && s.enumeration.countries >= PARTICIPANT_LIST && namesCooperationDocument(s.sentence) &&
    !factsOf(s, context).isEarlier && !s.sentence.cueSet.has('similar') && !isObserver(s))
}

/**
 * labels.md § judgement calls: a guest is no partner unless the article names it among the participants. Named only outside
 * the headline among those who attended a ceremony or opening where nothing was signed («Ашылу салтанатына Түркияның елшісі …,
 * Әзірбайжанның Мәдениет министрі … қатысты», «Салтанатқа Өзбекстан, Қырғызстан … делегацияларының басшылары қатысты», "The
 * ceremony was attended by …"), beside another state, a country attended what another party holds; at a council's ceremony
 * its members sit in the council.
 */
export function isCeremonyGuest(candidate: Candidate, context: CandidateContext): boolean {
  return candidate.signals.every((s) => {
    const { sentence } = s
    if (sentence.region === 'title' || !sentence.cueSet.has('ceremony') || sentence.cueSet.has('sign')) return false
    const facts = factsOf(s, context)
    return !facts.isCommission && !facts.isDocumentSigned && (facts.isParticipation || tellsArrival(sentence)) && namesTwoStates(sentence)
  })
}

/**
 * labels.md § judgement calls: what the article reports decides, not what it mentions. Named only in what a speaker recalls
 * («Асанов напомнил, что ассамблея … объединяет парламентариев Азербайджана, Казахстана, Кыргызстана и Турции», "They recalled
 * that Kazakh rectors had met their counterparts from Germany, France and Spain", «Еске салайық, … Әзербайжанда …»), or in a
 * Kazakh sentence that closes on what had been done («… Өзбекстан делегацияларының кездесуін өткізу келісілген болатын»,
 * «… Өзбекстан, Моңғолия және Қытайдағы БАҚ өкілдерімен байланыс орнатылғанын айтты», signals.ts § closesOnKazakhPast), a
 * country is background: an organisation's members, an institution's earlier partners.
 */
export function isOnlyRecalled(candidate: Candidate): boolean {
  return candidate.signals.every((s) => s.sentence.cueSet.has('recall') || closesOnKazakhPast(s.sentence))
}

/** How far an event's word may follow an organisation that names it: "SCO film festival", «ШЫҰ саммитіне арналған концерт». */
const ORG_NAME_AFTER = 3

/**
 * labels.md § organisations: an organisation counts where it takes part. One named only in an event's name ("the SCO Film
 * Festival", «на фестивале ШОС», «ШЫҰ саммитіне арналған концерт», a concert dedicated to the SCO summit) or as its group of
 * states named after it ("SCO countries", c.org_countries) is a brand or an occasion, not a party acting.
 */
export function isOnlyOrgName(candidate: Candidate): boolean {
  return candidate.signals.every(({ sentence, mention }) => {
    const { cueSet } = sentence
    if (!cueSet.has('event') && !cueSet.has('countries')) return false
    // "SCO countries", «ШЫҰ елдері»; Russian puts the states first: «стран ШОС».
    if (hasCue(sentence, mention.end, 'countries') || (mention.start > 0 && hasCue(sentence, mention.start - 1, 'countries'))) return true
    // Russian puts the owner after the event: «на фестивале ШОС».
    return isCueNear(sentence, mention.end, 'event', 0, ORG_NAME_AFTER - 1) || (mention.start > 0 && hasCue(sentence, mention.start - 1, 'event'))
  })
}

/** How many words may stand between a city and the institution it names: "Tashkent State Pedagogical University", «Ташкент мемлекеттік шығыстану институты». */
const CITY_INSTITUTION_WORDS = 3

/**
 * A city or capital whose name opens an institution's ("Tashkent State Institute of Oriental Studies", «Аризона университетінің
 * делегациясы») or closes it, after "of" or in the genitive ("the Free University of Tbilisi", «Свободного университета
 * Тбилиси»), names that institution, no place.
 */
function isInstitutionName(s: MentionSignals): boolean {
  const { sentence, mention } = s
  if ((mention.kind !== 'capital' && mention.kind !== 'city') || !sentence.cueSet.has('actor')) return false
  const before = sentence.tokens[mention.start - 1]?.norm === 'of' ? mention.start - 2 : mention.start - 1
  const isJoined = sentence.tokens[mention.start]?.sep === 'space' && sentence.tokens[before + 1]?.sep === 'space'
  if (before >= 0 && isJoined && hasCue(sentence, before, 'actor')) return true
  const last = Math.min(sentence.tokens.length - 1, mention.end + CITY_INSTITUTION_WORDS)
  for (let i = mention.end; i <= last; i += 1) {
    if (sentence.tokens[i]?.sep !== 'space' || sentence.countries.some((m) => m.start === i)) return false
    if (hasCue(sentence, i, 'actor')) return true
  }
  return false
}

/**
 * labels.md § judgement calls: partners named only indirectly still count, a university or theatre implying its country. A
 * city's institution named as taking part or arriving ("Representatives of Tashkent State Institute of Oriental Studies also
 * came", "… took part, with the Free University of Tbilisi") makes its country a participant, however weakly the model read a
 * capital named once in the body; so does one signing with the home side or working with it in what is reported («Мәскеудегі
 * Жеңіс музейі Қазақстанның … музейімен бірлесіп жұмыс істеуге кірісті», "Tbilisi State University signed a memorandum with
 * Kazakhstan's …", isHomeCounterpartInstitution).
 */
export function isInstitutionParticipant(candidate: Candidate, context: CandidateContext): boolean {
  return candidate.signals.some((s) => ((s.sentence.cueSet.has('participate') || s.sentence.cueSet.has('arrive')) && isInstitutionName(s) &&
    (factsOf(s, context).isParticipation || tellsArrival(s.sentence))) || isHomeCounterpartInstitution(s, context))
}

/** A city's institution signing with the home side or working with it, in what is reported: «Мәскеудегі Жеңіс музейі … музейімен бірлесіп». */
function isHomeCounterpartInstitution(s: MentionSignals, context: CandidateContext): boolean {
  const facts = factsOf(s, context)
  return (facts.isDocumentSigned || facts.isJoint) && !facts.isEarlier && !facts.isFuture && context.homeActing.has(s.sentence) && isInstitutionName(s)
}

/** The word after a Kazakh ablative that makes it an earlier stop: «Бішкектен кейін». */
const KAZAKH_AFTER = new Set(['кейін', 'keiın', 'keiin', 'keyin'])
/** The word before a name that makes it an earlier stop: "after Bishkek", «после Бишкека». */
const AFTER_BEFORE = new Set(['after', 'после'])

/** "after Bishkek", «после Бишкека», «Бішкектен кейін»: where a tour was before it came. */
function isAfterStop(s: MentionSignals): boolean {
  const { sentence, mention } = s
  if (AFTER_BEFORE.has(sentence.tokens[mention.start - 1]?.norm ?? '')) return true
  return KAZAKH_ABLATIVE_ENDING.test(mention.suffix) && KAZAKH_AFTER.has(sentence.tokens[mention.end]?.norm ?? '')
}

/** Named as a place another leg of a tour is held in or goes to, never linked to what is reported: «Бішкекте өткен фестивальде», "then taken to Kyrgyzstan". */
function isLegPlace(s: MentionSignals): boolean {
  // «выступил в Астане и Ташкенте», "held in Kazakhstan and Uzbekistan": named in one chain of places with a home one, the pair is of places.
  if ((s.isPairedWithHome && !s.isPlaceBesideHome) || s.isWith || s.isSide || s.hasOfficial || s.isBetween) return false
  if (isAfterStop(s)) return true
  return !s.hasInstitution && !s.isInstitutionSeat && (s.isLocation || s.isDestination || s.isPlaceBesideHome || isKazakhTownOfCountry(s))
}

/**
 * labels.md § partners, a country only mentioned: a foreign party's tour, exhibition or show brought to the home country («Анкара
 * мемлекеттік театрының қойылымы Бішкектен кейін Қазақстандағы «Бикен» фестивалінде көрсетіледі», "The display was then taken
 * to Kyrgyzstan, and in the autumn it moves to the East Kazakhstan region") names its other stops as places beside the home
 * one: a country named only as such a place, or as the stop before ("after Bishkek"), and beside a home place at least once,
 * holds a leg the home country has no part in. predict's bystanders drop it where a country named otherwise is a party.
 */
export function isOtherLeg(candidate: Candidate, context: CandidateContext): boolean {
  return context.homePlaces.size > 0 && candidate.signals.some((s) => context.homePlaces.has(s.sentence)) &&
    candidate.signals.every((s) => isLegPlace(s) || isApposedToLeg(s, candidate))
}

/** How many words may stand between a country and its capital or city beside it: «Қырғызстан астанасы Бішкекте», "Bishkek, the capital of Kyrgyzstan". */
const APPOSITION_WORDS = 3

/** A country named beside its own capital or city that is a leg's place: «Қырғызстан астанасы Бішкекте өткен фестивальде». */
function isApposedToLeg(s: MentionSignals, candidate: Candidate): boolean {
  return s.mention.kind === 'country' && candidate.signals.some((other) => other.sentence === s.sentence && other !== s && other.mention.kind !== 'country' &&
    Math.max(other.mention.start - s.mention.end, s.mention.start - other.mention.end) <= APPOSITION_WORDS && isLegPlace(other))
}

/** How far from a name the word for funding may stand: «Жапонияның қаржылай қолдауымен», "with financial support from Japan". */
const FUNDER_WORDS = 3

/**
 * labels.md § partners, a country only mentioned: a country named only beside the word for funding, grants or sponsorship
 * ("UNESCO has helped preserve the sites with Japan's financial support", «Жапонияның қаржылай қолдауымен», «гранттарды
 * Ресейдің оқу орындары бөледі»), never with the home country, as a side or with its officials, pays for what is reported and
 * takes no part in it. predict's bystanders drop it where a country named otherwise is a party.
 */
export function isOnlyFunder(candidate: Candidate): boolean {
  return candidate.signals.every((s) => s.sentence.cueSet.has('fund') && !(s.isPairedWithHome || s.isWith || s.isSide || s.hasOfficial || s.isBetween) &&
    isCueNear(s.sentence, s.mention.start, 'fund', FUNDER_WORDS, s.mention.end - s.mention.start + FUNDER_WORDS))
}

/** The words that name an organisation's members: "its members are …", «в число ее членов входят …», «мүшелері …». */
const MEMBER_WORD = /^(?:member|members|членов|члены|членами|мүше|мүшелері|мүшесі)$/u

/**
 * labels.md § partners, what the article reports decides: a country named only in a list of an organisation's members
 * («В число ее членов входят Азербайджан, Казахстан, Кыргызстан и Турция»), never with an official, a side or "with". Where
 * the home country signs with the organisation itself, predict's bystanders drop it: the members are no signatories.
 */
export function isOnlyMember(candidate: Candidate): boolean {
  return candidate.signals.every((s) => !(s.isWith || s.isSide || s.hasOfficial || s.isBetween) &&
    s.sentence.tokens.some((t) => MEMBER_WORD.test(t.norm)))
}

/** A feature's value for one candidate: a number, or true (1) and false (absent). */
type FeatureRule = readonly [name: string, value: (candidate: Candidate, context: CandidateContext) => number | boolean]

/** How many words may stand between performers and the "from" that opens their countries: "musicians from", «артисты театров из». */
const PERFORMERS_BEFORE_ORIGIN = 2

/** How many words may stand between a Kazakh list's ablative and the performers after it: «Түркиядан келген әншілер». */
const PERFORMERS_AFTER_ORIGIN = 2

/** A performer's or a writer's, painter's or composer's word at `index` or up to `before` words before it, `after` after. */
function isPerformerNear(sentence: Sentence, index: number, before: number, after: number): boolean {
  return isCueNear(sentence, index, 'person', before, after) || isCueNear(sentence, index, 'creator', before, after)
}

/**
 * corpus/README.md: individual performers are no party. "Musicians from Kazakhstan, Turkey, Germany and Italy", «на сцену
 * выйдут музыканты из Казахстана, Турции, Германии», "painters, writers and composers from …", «Түркия, Әзербайжан және
 * Грузиядан келген суретшілер»: every country of a list that opens on "from" after performers, or in Kazakh ends in the
 * ablative before them, is where one of them comes from, not only the one beside "from" or the ending.
 */
/** A list opened by "from" right after a performer's word ("musicians from", «артисты театров из»): c.person's reading. */
function isPerformersFrom(s: MentionSignals): boolean {
  const from = s.enumeration.start - 1
  return from > 0 && hasCue(s.sentence, from, 'from') && isCueNear(s.sentence, from - 1, 'person', PERFORMERS_BEFORE_ORIGIN - 1, 0)
}

function isPerformersOrigin(s: MentionSignals): boolean {
  const { sentence, enumeration } = s
  const from = enumeration.start - 1
  if (from > 0 && hasCue(sentence, from, 'from')) return isPerformerNear(sentence, from - 1, PERFORMERS_BEFORE_ORIGIN - 1, 0)
  if (!sentence.cueSet.has('person') && !sentence.cueSet.has('creator')) return false
  const last = sentence.countries.find((m) => m.end === enumeration.end)
  return last !== undefined && KAZAKH_ABLATIVE_ENDING.test(last.suffix) && isPerformerNear(sentence, enumeration.end, 0, PERFORMERS_AFTER_ORIGIN - 1)
}

/** The words that put a list where something happens or whither it goes: "in Almaty and Tashkent", «в Казахстан и Кыргызстан». */
const LIST_PLACE_BEFORE = new Set(['in', 'to', 'across', 'в', 'во'])
/** How many words after a Kazakh list the institutions whose case tells what it is may run: «… Қырғызстанның жетекші университеттері, академиялары мен институттарында». */
const KAZAKH_CASE_AFTER_LIST = 5
const KAZAKH_GENITIVE_ENDING = new RegExp(`(?:${KAZAKH_GENITIVE_ENDINGS.join('|')})$`, 'u')
const KAZAKH_LETTER = new RegExp(`[${KAZAKH_LETTERS}]`, 'u')

/** A Kazakh word whose case puts the list before it with someone, somewhere or somewhither: «университеттерімен», «Қырғызстанда». */
function isKazakhObjectCase(sentence: Sentence, norm: string): boolean {
  return KAZAKH_LETTER.test(sentence.text) && (KAZAKH_COMITATIVE_ENDING.test(norm) || KAZAKH_LOCATIVE_ENDING.test(norm) || KAZAKH_DATIVE_ENDING.test(norm))
}

/**
 * labels.md § partners, what the article reports decides: a list naming the home country with other states as whom someone
 * else deals with, where it goes or where it holds something ("signs agreements with universities of Azerbaijan, Kazakhstan
 * and Kyrgyzstan", «Әзербайжан, Қазақстан және Қырғызстан университеттерімен келісім жасады», "signs agreements in Almaty
 * and Tashkent", "travels to Kyrgyzstan and East Kazakhstan"), the article naming a state outside it: a third country's
 * institution dealing with each of them, whose deals with the others are not the home country's. A list "between" them
 * names the parties of one document; one of states taking part («… with Uzbekistan, Kyrgyzstan, Kazakhstan … taking part»)
 * names participants (participantListsOf), as a council's does (predict.ts keeps its members).
 */
function isHomeListObject(s: MentionSignals, context: CandidateContext): boolean {
  if (!s.isPairedWithHome || s.isBetween || context.countryCount <= s.enumeration.countries - 1) return false
  const { sentence } = s
  // A visiting delegation takes part in nothing: «… тұратын делегация … университеттерінде болды».
  if (sentence.cues.some((cues) => cues.includes('participate') && !cues.includes('delegation'))) return false
  const { start, end } = s.enumeration
  const before = sentence.tokens[start - 1]?.norm ?? ''
  if (hasCue(sentence, start - 1, 'with') || LIST_PLACE_BEFORE.has(before)) return true
  // «с университетами Азербайджана, Казахстана …», "visited universities in …", «посетила вузы Азербайджана, Казахстана …».
  if (hasCue(sentence, start - 1, 'actor') && (hasCue(sentence, start - 2, 'with') || hasCue(sentence, start - 2, 'visit') ||
    LIST_PLACE_BEFORE.has(sentence.tokens[start - 2]?.norm ?? ''))) return true
  const last = sentence.countries.find((m) => m.end === end)
  if (last === undefined) return false
  if (isKazakhObjectCase(sentence, last.suffix) || (hasCue(sentence, end, 'actor') && isKazakhObjectCase(sentence, sentence.tokens[end]?.norm ?? ''))) return true
  // «… Қырғызстанның жетекші университеттері, академиялары мен институттарында болды»: the case closes the institutions' list.
  if (!KAZAKH_GENITIVE_ENDING.test(last.suffix)) return false
  const lastAfter = Math.min(sentence.tokens.length - 1, end + KAZAKH_CASE_AFTER_LIST - 1)
  for (let i = end; i <= lastAfter; i += 1) {
    if (sentence.countries.some((m) => m.start === i)) return false
    if (hasCue(sentence, i, 'actor') && isKazakhObjectCase(sentence, sentence.tokens[i]?.norm ?? '')) return true
  }
  return false
}

/**
 * The states of the lists the candidate is named in with the home country, where every such list is one of whom a third
 * party deals with, where it goes or where it holds something (isHomeListObject); null where it is named with the home
 * country otherwise, or never. A country judged a party outside them makes the lists its counterparts (predict.ts).
 */
export function homeObjectListsOf(candidate: Candidate, context: CandidateContext): string[] | null {
  const paired = candidate.signals.filter((s) => s.isPairedWithHome)
  if (paired.length === 0 || !paired.every((s) => isHomeListObject(s, context))) return null
  const codes = new Set<string>()
  for (const s of paired) {
    for (const m of s.sentence.countries) if (m.start >= s.enumeration.start && m.end <= s.enumeration.end) codes.add(m.code)
  }
  return [...codes]
}

/** A sentence of an event held, where nothing is signed and no one meets: a concert, an exhibition, a festival's day. */
function isHostedEvent(facts: SentenceFacts): boolean {
  return facts.isEvent && !facts.isDocumentSigned && !facts.meets
}

/*
 * The rules are a table rather than one function of fifty `some` calls: V8 inlined every call
 * and its test into one graph, the largest optimising compile of a fresh process, and a fresh
 * process classifying the 834 evaluation texts spent ~0.2 s more CPU on V8's helper threads than
 * with the rules one by one. Their order is the features' order, which the models sum in.
 */
const CANDIDATE_RULES: readonly FeatureRule[] = [
  ['c.mentions', (c) => Math.log1p(c.signals.length)],
  ['c.title', (c) => c.signals.some((s) => s.sentence.region === 'title')],
  ['c.lead', (c) => c.signals.some((s) => s.sentence.region === 'lead')],
  ['c.body_only', (c) => c.signals.every((s) => s.sentence.region === 'body')],
  ['c.first', (c, context) => c.signals.some((s) => s.sentence.index === context.firstSentence)],
  ['c.top', (c, context) => !c.isOrg && c.signals.length === context.mostMentions],
  ['c.others', (c, context) => Math.log1p(Math.max(0, context.countryCount - (c.isOrg ? 0 : 1)))],
  ['c.org', (c) => c.isOrg],
  ['c.capital', (c) => c.signals.every((s) => s.mention.kind === 'capital')],
  ['c.city', (c) => c.signals.every((s) => s.mention.kind === 'city')],
  ['c.institution', (c) => c.signals.some((s) => s.mention.kind === 'institution')],
  ['c.demonym', (c) => c.signals.some((s) => s.mention.isDemonym)],
  ['c.pair_home', (c) => c.signals.some((s) => s.isPairedWithHome)],
  ['c.foreign_pair', (c) => c.signals.some((s) => s.isInForeignPair)],
  ['c.long_chain', (c) => c.signals.some((s) => s.chainLength >= LONG_CHAIN)],
  ['c.with', (c) => c.signals.some((s) => s.isWith)],
  ['c.side', (c) => c.signals.some((s) => s.isSide)],
  ['c.official', (c) => c.signals.some((s) => s.hasOfficial)],
  // A foreign institution's seat after its proper name ("the University of Vigo in Spain") is its country's institution, and
  // still the place it is named as (c.only_place).
  ['c.institution_near', (c) => c.signals.some((s) => s.hasInstitution || s.isInstitutionSeat)],
  ['c.between', (c) => c.signals.some((s) => s.isBetween)],
  ['c.origin', (c) => c.signals.some((s) => s.isOrigin)],
  ['c.only_place', isOnlyPlace],
  ['c.location', (c) => c.signals.some((s) => s.isLocation)],
  ['c.destination', (c) => c.signals.some((s) => s.isDestination)],
  ['c.s_coop', (c, context) => c.signals.some((s) => factsOf(s, context).isCooperation)],
  ['c.s_signed', (c, context) => c.signals.some((s) => factsOf(s, context).isDocumentSigned)],
  ['c.s_meet', (c, context) => c.signals.some((s) => factsOf(s, context).meets)],
  ['c.s_commission', (c, context) => c.signals.some((s) => factsOf(s, context).isCommission)],
  ['c.s_event', (c, context) => c.signals.some((s) => factsOf(s, context).isEvent)],
  ['c.s_joint', (c, context) => c.signals.some((s) => factsOf(s, context).isJoint || factsOf(s, context).isExchange)],
  ['c.s_home', (c, context) => c.signals.some((s) => context.homeActing.has(s.sentence))],
  ['c.s_summit', (c, context) => c.signals.some((s) => factsOf(s, context).isSummit)],
  ['c.s_countries', (c, context) => c.signals.some((s) => factsOf(s, context).namesCountries)],
  ['c.s_host', (c, context) => c.signals.some((s) => factsOf(s, context).isHost)],
  ['c.s_visit', (c, context) => c.signals.some((s) => factsOf(s, context).isVisit)],
  ['c.s_out', (c, context) => c.signals.some((s) => factsOf(s, context).isOutOfScope)],
  ['c.all_earlier', (c, context) => c.signals.every((s) => factsOf(s, context).isEarlier)],
  ['c.all_future', (c, context) => c.signals.every((s) => factsOf(s, context).isFuture)],
  ['c.place_event', (c, context) => c.signals.some((s) => (s.isLocation || s.isDestination) && !s.isMeetingVenue && factsOf(s, context).isEvent)],
  ['c.place_meet', (c) => c.signals.some((s) => s.isMeetingVenue && !isLinked(s))],
  ['c.place_summit', (c, context) => c.signals.some((s) => s.isLocation && factsOf(s, context).isSummit)],
  ['c.pair_coop', (c, context) => c.signals.some((s) => s.isPairedWithHome && factsOf(s, context).isCooperation)],
  ['c.official_meet', (c, context) => c.signals.some((s) => s.hasOfficial && factsOf(s, context).meets)],
  ['c.with_coop', (c, context) => c.signals.some((s) => s.isWith && factsOf(s, context).isCooperation)],
  ['c.s_participate', (c, context) => c.signals.some((s) => factsOf(s, context).isParticipation)],
  ['c.list_participate', (c, context) => c.signals.some((s) => s.chainLength >= LONG_CHAIN && factsOf(s, context).isParticipation)],
  ['c.s_fund', (c, context) => c.signals.some((s) => factsOf(s, context).isFunding)],
  // "Kazinform and Pakistan's APP sign …", then the agencies of Egypt and Iran in attendance.
  ['c.title_other', (c, context) => !c.isOrg && !context.titleCountries.has(c.code) && context.titleCountries.size > 0],
  // Paris in an article on talks with UNESCO: the seat's country, never linked to what is reported.
  ['c.org_seat', (c, context) => !c.isOrg && context.seatsNamed.has(c.code) && !c.signals.some(isLinked)],
  // "UNESCO headquarters in Paris": the city of an organisation's seat is no party. Where an event is held there and nothing is
  // signed or talked of ("a concert in Turkey at the TURKSOY festival"), the place hosts a tour or exhibition abroad, which makes
  // it a partner; a memorandum signed at an organisation's festival binds its signatories only (labels.md § judgement calls).
  ['c.place_org', (c, context) => c.signals.some((s) => (s.isLocation || s.mention.kind === 'capital') && s.sentence.orgs.length > 0 && !isHostedEvent(factsOf(s, context)))],
  ['c.s_ethnic', (c) => c.signals.some((s) => s.sentence.cueSet.has('ethnic'))],
  // The performers' feature reads the lists of performers' countries as it was fitted on: a performer's word before "from"
  // (isPerformersOrigin's writers, painters and Kazakh ablative lists make bystanders after the models, not features).
  ['c.person', (c) => c.signals.some((s) => isCueNear(s.sentence, s.mention.start, 'person', 1, s.mention.end - s.mention.start + 1) || isPerformersFrom(s))],
  ['c.observer', (c) => c.signals.some(isObserver)],
  ['c.multilateral', (c, context) => context.isMultilateralCore && c.signals.some((s) => s.chainLength >= LONG_CHAIN || factsOf(s, context).namesCountries)],
]

/** Read for organisations only, after the rest. */
const ORG_RULES: readonly FeatureRule[] = [
  ['c.org_council', (c, context) => c.signals.some((s) => factsOf(s, context).isCommission)],
  ['c.org_with', (c) => c.signals.some((s) => s.isWith || s.isPairedWithHome || s.isBetween)],
  // «стран СНГ», "CIS countries", «ТМД елдері»: the group of states, not the organisation acting.
  ['c.org_countries', (c) => c.signals.some((s) => isCueNear(s.sentence, s.mention.start, 'countries', 1, s.mention.end - s.mention.start + 1))],
]

function applyRules(rules: readonly FeatureRule[], candidate: Candidate, context: CandidateContext, f: Record<string, number>): void {
  for (const [name, value] of rules) {
    const v = value(candidate, context)
    if (v !== false) f[name] = v === true ? 1 : v
  }
}

/** The candidate's features; names start with `c.` (the partner model's vocabulary). */
export function candidateFeatures(candidate: Candidate, context: CandidateContext): Features {
  const f: Record<string, number> = {}
  applyRules(CANDIDATE_RULES, candidate, context, f)
  if (candidate.isOrg) applyRules(ORG_RULES, candidate, context, f)
  return f
}
