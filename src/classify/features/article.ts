import { isSector, type Cue } from '../lexicon/cues.js'
import type { CountryMention } from '../countries.js'
import type { Features } from '../model/logistic.js'
import { isCueNear, type Region, type Sentence } from '../reading/read-article.js'
import type { SentenceFacts } from './candidates.js'
import { namesCooperationDocument, opensOnMonth, opensOnPastYear, reports, tenseOf } from './signals.js'

/** How far the ministers of a ministers' conference stand from it: «мәдениет министрлерінің VI конференциясы», "conference of the SCO culture ministers". */
const MINISTERS_BEFORE_CONFERENCE = 2
const MINISTERS_AFTER_CONFERENCE = 4
/** How far a council stands from its conference: «Жастар кеңесінің Бейжіңдегі алғашқы конференциясы», "First Conference of the Youth Council". */
const COUNCIL_BEFORE_CONFERENCE = 3
const COUNCIL_AFTER_CONFERENCE = 4

/** How far an organisation's ministers or its council stand from their meeting: «министры культуры стран СНГ встретились», "CIS Council for Cultural Cooperation, meeting in". */
const MINISTERS_NEAR_MEETING = 4
const COUNCIL_BEFORE_MEETING = 4
/** «Открылся совет министров», "opened the Council of Ministers": a council after the opening, Russian and English order. */
const COUNCIL_AFTER_OPENING = 2

/** A council (not the Turkic Council's own name) within reach before token `index`, or `after` tokens after it. */
function isOwnCouncilNear(s: Sentence, index: number, after = 0): boolean {
  const last = Math.min(s.tokens.length - 1, index + after)
  for (let i = Math.max(0, index - COUNCIL_BEFORE_MEETING); i <= last; i += 1) {
    if (i !== index && s.cues[i]?.includes('council') && !s.orgs.some((o) => i >= o.start && i < o.end)) return true
  }
  return false
}

/** A commission reported, not only a standing national body such as a national commission for UNESCO. */
function reportsCommissionSession(s: Sentence): boolean {
  return reports(s, 'commission') && s.cues.some((cues) => cues.includes('commission') && !cues.includes('standing'))
}

/** A summit's word: "summit", «саммит», «саммита», «саммиті», «саммитінде». */
const SUMMIT = /^(?:summit|саммит)/u
/** How far a summit's future stands from it: «следующий саммит», "the summit will take place" (not the proposals made at it). */
const FUTURE_BEFORE_SUMMIT = 1
const FUTURE_AFTER_SUMMIT = 2

/**
 * An organisation's summit reported held («Выступая на XII саммите Организации тюркских государств», "the heads of state of the
 * CIS are holding an informal summit") is its council of heads of state in session (labels.md § judgement calls: multilateral
 * councils count as commissions). Not talks on its sidelines, one to come, nor a concert or exhibition held for it («ШЫҰ
 * саммитіне арналған концерт»).
 */
function reportsSummit(s: Sentence): boolean {
  if (!namesCouncilOrg(s) || s.cueSet.has('sidelines') || s.cueSet.has('event')) return false
  return s.tokens.some((token, i) => SUMMIT.test(token.norm) && !isCueNear(s, i, 'future', FUTURE_BEFORE_SUMMIT, FUTURE_AFTER_SUMMIT))
}

/**
 * A joint statement or declaration the headline names («Қазақстан мен Қытайдың бірлескен мәлімдемесі: …», "Kazakhstan–China joint
 * statement pledges …") is one issued: news headlines a declaration by its name once its states have adopted it, and one still
 * to come or a draft carries its future («примут», "will adopt") or its draft (labels.md § judgement calls: a joint statement or
 * declaration of cooperation is an agreement).
 */
function headlinesDeclaration(s: Sentence): boolean {
  if (s.region !== 'title' || !s.cueSet.has('declaration')) return false
  return !s.cueSet.has('future') && !s.cueSet.has('draft') && !s.cueSet.has('earlier') && !s.cueSet.has('recall')
}

/** A committee's word: "committee", «комитета», «комитетінің». */
const COMMITTEE = /^(?:committee|комитет|комитеті)/u
/** How far the committee stands after the countries' joint name: «Қазақстан-Қытай ынтымақтастық комитеті», "Kazakh-Chinese Committee". */
const COMMITTEE_AFTER_PAIR = 2

/**
 * A committee named by two countries joined by a hyphen («корейско-казахстанского комитета по культуре», «Қазақстан-Қытай
 * ынтымақтастық комитеті», "the Kazakhstan-China Cooperation Committee") is the two states' joint committee, as «совместный
 * комитет» is: a commission on cooperation (labels.md § kind). One only announced or recalled is not in session.
 */
function namesJointCommittee(s: Sentence): boolean {
  if (s.cueSet.has('future') || s.cueSet.has('earlier')) return false
  const countries = [...s.countries].sort((a, b) => a.start - b.start)
  for (let k = 1; k < countries.length; k += 1) {
    const left = countries[k - 1] as CountryMention
    const right = countries[k] as CountryMention
    if (right.start !== left.end || s.tokens[right.start]?.sep !== 'hyphen') continue
    const last = Math.min(s.tokens.length, right.end + COMMITTEE_AFTER_PAIR)
    for (let i = right.end; i < last; i += 1) if (COMMITTEE.test(s.tokens[i]?.norm ?? '')) return true
  }
  return false
}

/** An exhibition, a tour, a festival or another joint event, not a conference alone (cues.ts: a conference is an event too). */
function namesJointEvent(s: Sentence): boolean {
  return s.cueSet.has('event') && s.cues.some((cues) => cues.includes('event') && !cues.includes('conference'))
}

/** A host's reception of guests: "received", «принял», «приняла», «қабылдады» (the meet cue's words of an audience). */
const RECEPTION = /^(?:received|receives|receiving|принял|приняла|принимает|принимал|принимала|қабылдады|қабылдап)$/u

/** How many uncued words (an adjective, a number) may stand between a reception's verb and the event it received: «принял большой концерт». */
const WORDS_BEFORE_HOSTED_EVENT = 2

/**
 * A venue or host that received an event (a concert, an exhibition, a tour: «Панорамный музей … принял большой концерт», "the
 * theatre received the touring exhibition", «театр гастрольдік қойылымды қабылдады») hosted it, as a stage does: no audience given
 * to guests, no officials' talks (labels.md § kind). The event is the verb's object: the next cued word after it (Russian,
 * English), past uncued adjectives and numbers, or the word before it (Kazakh puts the object first); a reception of guests or a
 * delegation («принял гостей выставки», «делегацияны қабылдады») stays one.
 */
function isEventHosted(s: Sentence, i: number): boolean {
  if (!RECEPTION.test(s.tokens[i]?.norm ?? '')) return false
  if (s.cues[i - 1]?.includes('event') === true) return true
  for (let j = i + 1; j <= Math.min(s.tokens.length - 1, i + 1 + WORDS_BEFORE_HOSTED_EVENT); j += 1) {
    const cues = s.cues[j] ?? []
    if (cues.length > 0) return cues.includes('event')
  }
  return false
}

/** A sentence whose every meeting word is a venue's reception of an event (isEventHosted): no meeting in it. */
function isHostingOnly(s: Sentence): boolean {
  return s.cues.every((cues, i) => !cues.includes('meet') || isEventHosted(s, i))
}

/** Heads in the plural, as whose a meeting is: Russian after it («встреча руководителей», «глав»), Kazakh before it («басшыларының кездесуі»). */
const HEADS_AFTER_MEETING = /^(?:руководителей|глав)$/u
const HEADS_BEFORE_MEETING = /^(?:басшыларының|басшылары)$/u

/**
 * A meeting of heads («встреча руководителей национальных туристических администраций стран ШОС», «ШЫҰ … мемлекеттердің
 * ұлттық туризм әкімшіліктері басшыларының кездесуі») in a sentence that names an organisation is the meeting of its member
 * states' heads of agencies: that organisation's council in session, as its ministers' meeting is (labels.md § judgement calls:
 * multilateral councils count as commissions). The heads are the meeting's own, the genitive beside the meeting's noun: one who
 * met heads («встретился с руководителями») held talks.
 */
function isHeadsMeeting(s: Sentence, i: number): boolean {
  return HEADS_AFTER_MEETING.test(s.tokens[i + 1]?.norm ?? '') || HEADS_BEFORE_MEETING.test(s.tokens[i - 1]?.norm ?? '')
}

/** Who agree at talks: the sides or parties, or officials named by their posts (kindBase § k.m.sides_agreed). */
const AGREEING_CUES: readonly Cue[] = ['side', 'parties', 'minister', 'envoy', 'akim', 'head', 'delegation']

/** Cues of officials, heads of institutions and the sides they speak for. */
const OFFICIAL_CUES: readonly Cue[] = ['official', 'minister', 'envoy', 'delegation', 'akim', 'head', 'side', 'parties']

/**
 * Writers, poets, musicians or artists who meet or discuss with no official among them («писатели и поэты собрались, чтобы
 * обсудить антологию», "a poet will be at the meeting"): a creative meeting, a cultural event's format (labels.md § kind: a
 * meeting is officials or heads of institutions who met or held talks).
 */
function isCreatorsMeeting(s: Sentence): boolean {
  if (OFFICIAL_CUES.some((cue) => s.cueSet.has(cue))) return false
  return s.cueSet.has('creator') || s.cueSet.has('person') || isStudentsMeeting(s)
}

/** The words between a meeting and the students whose it is: "meetings of students", «встречи между студентами». */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'between', 'among', 'между'])

/**
 * A meeting of students or schoolchildren («Встречи студентов двух стран решено сделать регулярными», "meetings between
 * students of the two countries"): a youth or student exchange's format, which labels.md § judgement calls reads as a joint
 * event, not officials' talks. Only students the meeting is of: someone who met students («встретился со студентами», "met
 * students") may be an official the sentence does not call one.
 */
function isStudentsMeeting(s: Sentence): boolean {
  if (!s.cueSet.has('student')) return false
  return s.cues.some((cues, i) => {
    if (!cues.includes('meet') || !/^(?:встреч[аеиу]|meeting)/u.test(s.tokens[i]?.norm ?? '')) return false
    const next = OF_WORDS.has(s.tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1
    return s.cues[next]?.includes('student') ?? false
  })
}

/** How far a forum, camp or festival stands from the session it names: "the second meeting of the Pakistan Kazakhstan Alumni Forum". */
const GATHERING_NEAR_SESSION = 4

/**
 * A forum's, a camp's or a festival's session («пленарное заседание форума», "the second meeting of the Alumni Forum", «форумның
 * пленарлық отырысы») is that gathering's sitting, no intergovernmental commission's or council's (labels.md § kind): a session
 * phrase of the sentence stands by a gathering, and no commission or council is named in it.
 */
function isGatheringSession(s: Sentence): boolean {
  if (!s.cueSet.has('gathering') || s.cueSet.has('commission') || s.cueSet.has('council')) return false
  return s.cues.some((cues, i) => cues.includes('session') && isCueNear(s, i, 'gathering', GATHERING_NEAR_SESSION, GATHERING_NEAR_SESSION))
}

/**
 * A body that convenes or gathers is in session: «жұмыс тобы Алматыда жиналды», «рабочая группа собралась», "the working group
 * convened" (isCommissionMeeting). Its verb alone, none of the meeting words' cues: people who gather («собрались зрители») met
 * no one.
 */
const CONVENES = /^(?:жиналды|жиналады|жиналып|собралась|собрался|собрались|соберется|соберётся|соберутся|convened|convenes|convene)$/u

/** How far a commission's meeting stands after it: "working group meets", «рабочая группа встретилась», «комиссия обсудила». */
const MEET_AFTER_COMMISSION = 2

/**
 * A commission, sub-commission or working group that meets or discusses ("Silk Roads nomination working group meets", «межправкомиссия
 * обсудила», «жұмыс тобы талқылады») is in session (labels.md § kind: a session of a commission or working group was held), as a
 * council that meets is: the commission is the meeting's subject, the verb right after it with no official between
 * ("the commission's chairman met the ambassador" is its chairman's talks). A standing national commission for UNESCO is none.
 */
function isCommissionMeeting(s: Sentence): boolean {
  if (!s.cueSet.has('commission') || (!s.cueSet.has('meet') && !s.tokens.some((t) => CONVENES.test(t.norm)))) return false
  return s.cues.some((cues, i) => {
    if (!cues.includes('commission') || cues.includes('standing') || cues.includes('meet')) return false
    for (let j = i + 1; j <= Math.min(s.tokens.length - 1, i + MEET_AFTER_COMMISSION); j += 1) {
      const next = s.cues[j] ?? []
      if (next.includes('commission')) continue
      if (next.includes('official') || next.includes('minister') || next.includes('head')) return false
      if (next.includes('meet') || CONVENES.test(s.tokens[j]?.norm ?? '')) return true
    }
    return false
  })
}

/** A youth forum, camp or olympiad, or students' hackathon or round table (kindBase § k.m.youth_event_core). */
function reportsYouthGathering(s: Sentence): boolean {
  return s.cueSet.has('gathering') && (s.cueSet.has('youth') || s.cueSet.has('student'))
}

/** An official, a minister, an envoy, a head or the sides they speak for, named in the sentence. */
function namesOfficial(s: Sentence): boolean {
  return OFFICIAL_CUES.some((cue) => s.cueSet.has(cue))
}

/** Young people or students on a visit, no official among them (kindBase § k.m.visit_core). */
function isYouthVisit(s: Sentence): boolean {
  return (s.cueSet.has('youth') || s.cueSet.has('student')) && !OFFICIAL_CUES.some((cue) => s.cueSet.has(cue))
}

/** How far a signing stands from its ceremony: "signing ceremony", «церемония подписания», «қол қою рәсімі». */
const SIGN_NEAR_CEREMONY = 2

/**
 * A signing ceremony held ("took part in the signing ceremony", «состоялась церемония подписания», «қол қою рәсімі өтті») signed
 * a document, however unnamed: the association founded or the memorandum the rest of the text tells of.
 */
function isSigningCeremony(s: Sentence): boolean {
  if (!s.cueSet.has('ceremony') || !reports(s, 'sign')) return false
  return s.cues.some((cues, i) => cues.includes('sign') && isCueNear(s, i, 'ceremony', SIGN_NEAR_CEREMONY, SIGN_NEAR_CEREMONY))
}

/** How far an opening stands from what opens: "a cultural centre opened", «открылся Центр казахской литературы». */
const OPENING_NEAR_INSTITUTION = 3

function opensInstitution(s: Sentence): boolean {
  return s.cueSet.has('opening') && s.cues.some((cues, i) => cues.includes('opening') && isCueNear(s, i, 'actor', OPENING_NEAR_INSTITUTION, OPENING_NEAR_INSTITUTION))
}

/** A meeting named only as an event's format ("Meeting Point – Berlin", «творческие встречи», «кездесу кеші»). */
function isFormatOnly(s: Sentence): boolean {
  return s.cueSet.has('format') && s.cues.every((cues) => !cues.includes('meet') || cues.includes('format'))
}

/** How far a signing to come («подпишет», "to sign", "will sign") stands from the document it names. */
const FUTURE_NEAR_DOCUMENT = 3

/** A cooperation document to be signed, none signed: "to sign memorandums", «подпишет меморандум», «меморандумға қол қояды». */
function announcesSigning(s: Sentence): boolean {
  if (!namesCooperationDocument(s) || !s.cueSet.has('future')) return false
  const sign = tenseOf(s, 'sign')
  if (sign === 'future') return true
  if (sign !== null) return false
  return s.cues.some((cues, i) => cues.includes('doc') && isCueNear(s, i, 'future', FUTURE_NEAR_DOCUMENT, FUTURE_NEAR_DOCUMENT))
}

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
  /**
   * Highest P(a party of a relevant article) among foreign countries: the party model above is fitted on relevant
   * articles only, so a country named often in another body's own business or an embassy's own celebration abroad
   * scores as a party there; this one has seen such articles too.
   */
  bestRelevantCountry: number
}

export interface ArticleView {
  sentences: readonly Sentence[]
  facts: ReadonlyMap<Sentence, SentenceFacts>
  homeActing: ReadonlySet<Sentence>
  homeNamed: ReadonlySet<Sentence>
  homeHosting: ReadonlySet<Sentence>
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

/**
 * labels.md § judgement calls: sport agreements are relevant, sport results are not. A sport the headline or lead names in a
 * sentence that reports a result («Сборная Казахстана по футболу обыграла Кюрасао в контрольном матче», "wins gold in
 * wrestling", «құрама жеңді») is that result's, out of scope as trade is: no cultural field. A sports agreement's body
 * recalling a championship («чемпионат», "the final") keeps its sport.
 */
function isSportResult(sentence: Sentence, cues: readonly Cue[]): boolean {
  return sentence.region !== 'body' && cues.includes('sport') && sentence.cueSet.has('result')
}

/** CueCounts of each region, in one pass over the article's tokens (most have no cue). */
function cueCountsByRegion(sentences: readonly Sentence[]): Record<Region, CueCounts> {
  const counts: Record<Region, CueCounts> = { title: { culture: 0, out: 0 }, lead: { culture: 0, out: 0 }, body: { culture: 0, out: 0 } }
  for (const sentence of sentences) {
    if (sentence.cueSet.size === 0) continue
    const held = counts[sentence.region]
    for (const cues of sentence.cues) {
      if (cues.length === 0) continue
      if (cues.includes('out') || isSportResult(sentence, cues)) held.out += 1
      else if (cues.includes('culture') || cues.some(isSector)) held.culture += 1
    }
  }
  return counts
}

/** What the relevance model reads that no other model decides: computed once per article. */
export interface RelevanceBase {
  features: Features
  /** The home country acts, or hosts a foreign country's event, in the title or lead. */
  isHomeInCore: boolean
  /** The home country acts in a sentence that reports cooperation. */
  isHomeCooperating: boolean
  /** The home country, a home place or the home adjective is named somewhere in the article. */
  isHomeNamed: boolean
  isCultural: boolean
  isSignedInCore: boolean
  /** A cooperation document is reported signed anywhere in the article. */
  isSigned: boolean
  isEventInCore: boolean
  /** The title or lead speaks of ethnic communities, a diaspora or compatriots (the Assembly of People, but no other assembly). */
  isEthnicInCore: boolean
  /** The title or lead reports a holiday celebrated. */
  isHolidayInCore: boolean
  /** The title or lead reports a post filled, by no council or commission it reports, or names a governing body (r.appointment_core). */
  isAppointmentInCore: boolean
}

/** What relevanceBase asks of a sentence, one bit each: a region's answer is its sentences' bits or-ed. */
const COOPERATION = 1 << 0
const HOME_ACTING = 1 << 1
const HOME_COOPERATING = 1 << 2
const HOME_NAMED = 1 << 3
const HEALTH = 1 << 4
const AID = 1 << 5
const RESULT = 1 << 6
const AWARD = 1 << 7
const ETHNIC = 1 << 8
const SIGNED = 1 << 9
const MEETS = 1 << 10
const COMMISSION = 1 << 11
const EVENT = 1 << 12
const JOINT = 1 << 13
const OPENING = 1 << 14
const VISIT = 1 << 15
const FOREIGN = 1 << 16
const FOREIGN_PAIR = 1 << 17
const HOME_HOSTING = 1 << 18
const COMMUNITY = 1 << 19
const OWN_ANNIVERSARY = 1 << 20
const ORG_COUNCIL = 1 << 21
const HOLIDAY = 1 << 22
const APPOINTMENT = 1 << 23
const GOVERNING = 1 << 24
const MISSION_OPENED = 1 << 25

/**
 * Regional organisations whose councils of ministers labels.md and corpus/README.md read as commissions (CIS, SCO, TURKSOY,
 * the Turkic Council and their like); a UN body's session (the World Heritage Committee) or the Turkic Academy's scientific
 * council is that body's own business.
 */
const COUNCIL_ORGS: ReadonlySet<string> = new Set(['CIS', 'SCO', 'TURKSOY', 'OTS', 'CICA', 'OIC', 'ICESCO', 'EAEU', 'TURKPA'])

function namesCouncilOrg(sentence: Sentence): boolean {
  return sentence.orgs.some((o) => COUNCIL_ORGS.has(o.code))
}

/**
 * A regional organisation's council, session or ministers in one sentence («Совет постпредов СНГ», "meeting of SCO member
 * states' education ministers", "Extraordinary meeting of TURKSOY Permanent Council"): a council word inside the
 * organisation's own name (the Turkic Council) is none. Tested only where an organisation is named.
 */
function namesOrgCouncil(sentence: Sentence): boolean {
  if (!namesCouncilOrg(sentence)) return false
  const cues = sentence.cueSet
  if (cues.has('session') || cues.has('ministers')) return true
  if (!cues.has('council')) return false
  return sentence.cues.some((c, i) => c.includes('council') && !sentence.orgs.some((o) => i >= o.start && i < o.end))
}

/** An ethnic word that is no bare assembly: the CIS Inter-Parliamentary Assembly is no community's, the Assembly of People is. */
function isCommunityNamed(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('assembly')) return true
  return sentence.cues.some((cues) => cues.includes('ethnic') && !cues.includes('assembly'))
}

/**
 * How far the verb that marks an anniversary stands from it («отметила в Астане 15-летие», «30 жылдығын атап өтті»), and the
 * institution whose it is («к 15-летию Национального архива», «Консерваторияның мерейтойына»).
 */
const CELEBRATE_BEFORE_ANNIVERSARY = 4
const CELEBRATE_AFTER_ANNIVERSARY = 3
const INSTITUTION_NEAR_ANNIVERSARY = 2

/**
 * An anniversary marked, or an institution's («к 15-летию Национального архива», «Консерваторияның мерейтойына арналған
 * конференция»), in a sentence that names no foreign country: an institution's or a body's own jubilee («Академия наук
 * отметила 70-летие», "Partner university celebrates its 20th anniversary", «Мұражай 30 жылдығын атап өтті»), which its foreign
 * guests only attend (labels.md: foreign guests only attending are no party), not an anniversary of relations or of another
 * country's independence ("marks 30 years of Kyrgyz independence", "help Ukraine mark Shevchenko's 200th anniversary").
 */
function marksOwnAnniversary(view: ArticleView, sentence: Sentence): boolean {
  if (!sentence.cueSet.has('anniversary') || view.foreignNamed.has(sentence)) return false
  return sentence.cues.some((cues, i) => cues.includes('anniversary') &&
    (isCueNear(sentence, i, 'celebrate', CELEBRATE_BEFORE_ANNIVERSARY, CELEBRATE_AFTER_ANNIVERSARY) || isCueNear(sentence, i, 'actor', INSTITUTION_NEAR_ANNIVERSARY, INSTITUTION_NEAR_ANNIVERSARY)))
}

/** How far the verb that marks a holiday stands from it: «Наурызды тойлады», "mark Nauryz", «праздник отметили», "Nauryz celebrations". */
const CELEBRATE_NEAR_HOLIDAY = 3

/**
 * A holiday celebrated («Мысырда дипломаттар мен студенттер Наурызды тойлады», "Young professionals mark Nauryz in London",
 * «Сабантуй под пальмами: татарский праздник отметили в Анталье»): the celebrating community's, embassy's or town's own
 * party, whoever attends or wherever it is held (labels.md: foreign guests only attending are no party; an ethnic community's
 * festival at home is domestic news). A foreign country named does not keep it out: the party abroad is the point.
 */
function celebratesHoliday(sentence: Sentence): boolean {
  if (givesFestiveReception(sentence)) return true
  if (!sentence.cueSet.has('holiday') || !sentence.cueSet.has('celebrate')) return false
  return sentence.cues.some((cues, i) => cues.includes('holiday') && isCueNear(sentence, i, 'celebrate', CELEBRATE_NEAR_HOLIDAY, CELEBRATE_NEAR_HOLIDAY))
}

/** A reception as a party: "reception", «приём», «приемом», «қабылдау», «қабылдауы» (not a host receiving guests, «принял», «қабылдады»). */
const RECEPTION_PARTY = /^(?:receptions?|при[её]м|при[её]ма|при[её]мом|при[её]ме|қабылдау|қабылдауы|қабылдауын|қабылдауға|қабылдауда)$/u
/** How far the reception stands from the day or anniversary it marks: «Ресей күніне арналған мерекелік қабылдау», «Республиканың 94 жылдығына орай қабылдау берді». */
const OCCASION_NEAR_RECEPTION = 4

/**
 * A reception given for a holiday, a national day or an anniversary («Қытайдың Қазақстандағы елшілігі … Көктем мерекесіне арналған
 * қабылдау өткізді», «Софияда Қазақстанның Тәуелсіздік күніне орай салтанатты қабылдау өтті», "marked Republic Day with a
 * reception", «Киевтегі Түркия елшілігі Республиканың 94 жылдығына орай қабылдау берді»): the host embassy's, ministry's or
 * community's own party, as a holiday celebrated is, whoever attends (labels.md: foreign guests only attending are no party).
 */
function givesFestiveReception(sentence: Sentence): boolean {
  return sentence.tokens.some((t, i) => RECEPTION_PARTY.test(t.norm) && (isCueNear(sentence, i, 'holiday', OCCASION_NEAR_RECEPTION, OCCASION_NEAR_RECEPTION) ||
    isCueNear(sentence, i, 'anniversary', OCCASION_NEAR_RECEPTION, OCCASION_NEAR_RECEPTION) || isCueNear(sentence, i, 'celebrate', OCCASION_NEAR_RECEPTION, OCCASION_NEAR_RECEPTION)))
}

/** A diplomatic mission: an embassy, a consulate general or an honorary consulate («посольство», «консульство», «елшілігі», «консулдығы»). */
const MISSION = /^(?:embass(?:y|ies)|consulates?|посольств\p{L}*|консульств\p{L}*|елшілі[гк]\p{L}*|консулдығ\p{L}*)$/u
/** How far the opening stands from the mission it opens: «открылось Генеральное консульство», «құрметті консулдығы ашылды», "embassy opens". */
const OPENING_NEAR_MISSION = 3

/**
 * A diplomatic mission opened («В Екатеринбурге открылось Генеральное консульство Казахстана», «Молдова официально открыла
 * посольство в Казахстане», «Горида Қазақстанның құрметті консулдығы ашылды»): the state's own diplomatic service, as a post
 * filled is (r.appointment_core), and no cultural centre opened (labels.md § relevant: everything else, politics), whatever
 * ties the consul is to foster. An embassy that opens a festival or an exhibition («Kazakh embassy in Berlin opens first
 * artists' festival») opens an event: no mission.
 */
function opensMission(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('opening') || sentence.cueSet.has('event')) return false
  return sentence.cues.some((cues, i) => cues.includes('opening') &&
    sentence.tokens.some((t, j) => Math.abs(j - i) <= OPENING_NEAR_MISSION && MISSION.test(t.norm)))
}

function sentenceBits(view: ArticleView, sentence: Sentence): number {
  const facts = view.facts.get(sentence) as SentenceFacts
  const cues = sentence.cueSet
  const isHomeActing = view.homeActing.has(sentence)
  let bits = 0
  if (facts.isCooperation) bits |= isHomeActing ? COOPERATION | HOME_COOPERATING : COOPERATION
  if (isHomeActing) bits |= HOME_ACTING
  if (view.homeNamed.has(sentence)) bits |= HOME_NAMED
  if (view.homeHosting.has(sentence)) bits |= HOME_HOSTING
  if (cues.has('health')) bits |= HEALTH
  if (cues.has('aid')) bits |= AID
  if (cues.has('result')) bits |= RESULT
  if (cues.has('award')) bits |= AWARD
  if (cues.has('appointed')) bits |= APPOINTMENT
  if (cues.has('governing')) bits |= GOVERNING
  if (sentence.region !== 'body' && opensMission(sentence)) bits |= MISSION_OPENED
  if (sentence.region !== 'body' && marksOwnAnniversary(view, sentence)) bits |= OWN_ANNIVERSARY
  if (sentence.region !== 'body' && celebratesHoliday(sentence)) bits |= HOLIDAY
  if (cues.has('ethnic')) bits |= isCommunityNamed(sentence) ? ETHNIC | COMMUNITY : ETHNIC
  if (facts.isDocumentSigned) bits |= SIGNED
  if (facts.meets) bits |= MEETS
  if (facts.isCommission) bits |= COMMISSION
  if (facts.isEvent) bits |= EVENT
  if (facts.isJoint || facts.isExchange) bits |= JOINT
  if (cues.has('opening')) bits |= OPENING
  if (cues.has('visit')) bits |= VISIT
  if (view.foreignNamed.has(sentence)) bits |= FOREIGN
  if (view.foreignPairs.has(sentence) && !isHomeActing) bits |= FOREIGN_PAIR
  if (namesOrgCouncil(sentence)) bits |= ORG_COUNCIL
  return bits
}

/**
 * One pass over the sentences, then the features in the order the models sum them. (Written as
 * some() over each region for each feature, V8's optimising compile of this one function took
 * ~0.2 s of a fresh process, for a function run once an article.)
 */
export function relevanceBase(view: ArticleView): RelevanceBase {
  const f: Record<string, number> = {}
  const any = (name: string, bit: number): void => {
    if (bit !== 0) f[name] = 1
  }
  const bits: Record<Region, number> = { title: 0, lead: 0, body: 0 }
  for (const sentence of view.sentences) bits[sentence.region] |= sentenceBits(view, sentence)
  const core = bits.title | bits.lead
  const body = bits.body
  const counts = cueCountsByRegion(view.sentences)
  const cultureCore = counts.title.culture + counts.lead.culture
  const outCore = counts.title.out + counts.lead.out
  const cultureAll = cultureCore + counts.body.culture
  const outAll = outCore + counts.body.out
  for (const region of ['title', 'lead', 'body'] as const) {
    f[`r.culture_${region}`] = Math.log1p(counts[region].culture)
    f[`r.out_${region}`] = Math.log1p(counts[region].out)
    any(`r.coop_${region}`, bits[region] & COOPERATION)
    any(`r.home_${region}`, bits[region] & HOME_ACTING)
  }
  f['r.margin_core'] = (cultureCore - outCore) / (cultureCore + outCore + 1)
  f['r.margin_all'] = (cultureAll - outAll) / (cultureAll + outAll + 1)
  // labels.md § judgement calls: what the article reports decides. A headline of cultural cooperation and no other field (a
  // university's branch agreed, an academy's seat) is not outweighed by the trade or investment its body recalls as background.
  const isTitleCultural = counts.title.culture > 0 && counts.title.out === 0 && (bits.title & COOPERATION) !== 0
  any('r.out_dominant', outAll > cultureAll && !isTitleCultural ? 1 : 0)
  any('r.health_core', core & HEALTH)
  any('r.health_body', body & HEALTH)
  any('r.aid_core', core & AID)
  any('r.result_core', core & RESULT)
  any('r.award_core', core & AWARD)
  // labels.md § relevant: everything else is no cooperation. A post filled in the headline or lead («ТҮРКСОЙ Бас хатшысының
  // орынбасары болып … тағайындалды», "Kazakhstan elected to the World Heritage Committee", «Новым председателем … избран») is
  // personnel news, an organisation's or a state's own business, whoever is named beside it; one a council or commission the
  // headline or lead reports fills («генсек ТЮРКСОЙ вновь избран» at its Permanent Council) is that session's work.
  // So is a governing body the headline or lead names, an organisation's or an institution's executive council or board, general
  // conference or assembly, scientific council (cues.ts: «Исполнительный совет ИСЕСКО», «Түркі академиясының Ғылыми кеңесі»,
  // «Бас ассамблеясы»): it sits on its own budgets, plans, posts and structure, whichever member states' envoys attend
  // (labels.md § judgement calls: an international organisation is not the home country); a memorandum signed there is cooperation.
  // So is a diplomatic mission opened (opensMission): the state's own diplomatic service, whichever country hosts it.
  const isAppointmentInCore = ((core & COMMISSION) === 0 && (core & APPOINTMENT) !== 0) || (core & GOVERNING) !== 0 || (core & MISSION_OPENED) !== 0
  any('r.appointment_core', isAppointmentInCore ? 1 : 0)
  any('r.own_anniversary_core', core & OWN_ANNIVERSARY)
  any('r.holiday_core', core & HOLIDAY)
  any('r.ethnic_core', core & ETHNIC)
  any('r.ethnic_body', body & ETHNIC)
  any('r.signed_core', core & SIGNED)
  any('r.signed_body', body & SIGNED)
  any('r.meet_core', core & MEETS)
  any('r.commission_core', core & COMMISSION)
  any('r.event_core', core & EVENT)
  any('r.event_body', body & EVENT)
  any('r.joint_core', core & JOINT)
  any('r.opening_core', core & OPENING)
  any('r.visit_core', core & VISIT)
  // labels.md § judgement calls: a regional organisation's council of culture or education ministers the headline reports is
  // relevant as a commission though the article names no home participant (the home country sits in it as a member state).
  const isCulturalCouncil = cultureCore > 0 && cultureCore >= outCore && (bits.title & ORG_COUNCIL) !== 0
  const isHomeNamed = ((core | body) & HOME_NAMED) !== 0 || isCulturalCouncil
  any('r.home_named', isHomeNamed ? 1 : 0)
  any('r.foreign_core', core & FOREIGN)
  any('r.foreign_pair_core', core & FOREIGN_PAIR)
  const isCultural = cultureCore > 0 && cultureCore >= outCore
  any('r.culture_coop_core', isCultural ? core & COOPERATION : 0)
  f['r.words'] = Math.log1p(view.wordCount) / 5
  any('r.lang_kk', view.lang === 'kk' ? 1 : 0)
  any('r.lang_ru', view.lang === 'ru' ? 1 : 0)
  return {
    features: f,
    isHomeInCore: (core & (HOME_ACTING | HOME_HOSTING)) !== 0,
    isHomeCooperating: ((core | body) & HOME_COOPERATING) !== 0,
    isHomeNamed,
    isCultural, isSignedInCore: (core & SIGNED) !== 0, isSigned: ((core | body) & SIGNED) !== 0, isEventInCore: (core & EVENT) !== 0,
    isEthnicInCore: (core & COMMUNITY) !== 0, isHolidayInCore: (core & HOLIDAY) !== 0, isAppointmentInCore }
}

/** The relevance model's features: the article's own, and what the partner model found. */
export function relevanceFeatures(base: RelevanceBase, parties: PartyEstimate): Features {
  const bestParty = Math.max(parties.bestCountry, parties.bestOrg)
  const hasNoParty = bestParty < 0.5
  const isHomeActing = base.isHomeInCore || base.isHomeCooperating
  return {
    ...base.features,
    'r.party': parties.bestCountry,
    'r.relevant_party': parties.bestRelevantCountry,
    'r.parties': Math.log1p(parties.countryCount),
    'r.org_party': parties.bestOrg,
    // labels.md § relevant: the home country must be a party; a cultural party without it is someone else's cooperation.
    'r.culture_party_home': base.isCultural && isHomeActing && base.isHomeNamed ? bestParty : 0,
    'r.culture_party_unnamed': base.isCultural && isHomeActing && !base.isHomeNamed ? bestParty : 0,
    'r.culture_party_alone': base.isCultural && !base.isHomeInCore && !base.isHomeCooperating ? bestParty : 0,
    'r.domestic_signed': base.isSignedInCore && base.isCultural && hasNoParty ? 1 : 0,
    // labels.md § relevant: with no foreign party, only a domestic agreement signed is relevant; an archive's round table on
    // "cooperation with universities" or a jury of sculptors (a "commission") is an institution's own business.
    'r.domestic_unsigned': !base.isSignedInCore && hasNoParty ? 1 : 0,
    'r.event_party': base.isEventInCore ? parties.bestCountry : 0,
    // labels.md: an organisation acting on its own (the Turkic Academy receiving a guest) is not the home country.
    'r.org_without_home': !base.isHomeInCore ? parties.bestOrg : 0,
    // labels.md § judgement calls: an ethnic community's festival at home, or a minister meeting compatriots abroad, names
    // the kin state or the host, no party; a memorandum signed for a diaspora is cooperation.
    'r.ethnic_party': base.isEthnicInCore && !base.isSigned ? parties.bestCountry : 0,
    // A holiday celebrated (an embassy's Nauryz abroad, a community's Sabantuy) names the host or the guests' country, no
    // party; a memorandum signed at it is cooperation.
    'r.holiday_party': base.isHolidayInCore && !base.isSigned ? parties.bestCountry : 0,
    // labels.md § relevant: a post filled is personnel news. The country it names (the state that appoints its representative
    // to TURKSOY, the seat of the UNESCO assembly that elects the home country) is that post's, no party; a memorandum signed
    // beside it is cooperation. So is the organisation it names, whose post or governing body it is ("Kazakh ambassador
    // represents Kazakhstan at ICESCO's 40th Executive Council session", «ТҮРКСОЙ Бас хатшысының орынбасары … тағайындалды»):
    // an international organisation is not the home country, and its own body sitting makes it no party of the home country's
    // cooperation, however strongly the org model read it in a session's sentences (labels.md § judgement calls).
    'r.appointment_party': base.isAppointmentInCore && !base.isSigned ? Math.max(parties.bestCountry, parties.bestOrg) : 0,
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
  const core = view.sentences.filter(isCore)
  const isYouthGatheringCore = core.some(reportsYouthGathering)
  for (const region of ['title', 'lead', 'body'] as const) {
    const sentences = view.sentences.filter((s) => s.region === region)
    // labels.md § judgement calls: what the article reports decides. A signing in a sentence that opens on a year or a month gone by
    // («В апреле университет заключил соглашение …», "In 2015, the ministries signed …") is background to what is reported now.
    any(`k.a.signed_${region}`, sentences.some((s) => ((facts(s).isDocumentSigned || isSigningCeremony(s)) && !opensOnPastYear(s) && !opensOnMonth(s)) || headlinesDeclaration(s)))
    any(`k.c.commission_${region}`, sentences.some((s) => reportsCommissionSession(s) || namesJointCommittee(s)))
    // labels.md § judgement calls: a youth or student exchange is a joint event. Where the headline or lead reports a youth forum,
    // camp or olympiad, a meeting word with no official beside it («Кездесуді … орталығы ұйымдастырды», «встреча под эгидой
    // Ассамблеи», «пікір алмасу») is that gathering's own; talks of a minister or an envoy there stay talks.
    any(`k.m.meet_${region}`, sentences.some((s) => facts(s).meets && !isCreatorsMeeting(s) && !isFormatOnly(s) && !isHostingOnly(s) &&
      !(isYouthGatheringCore && !namesOfficial(s))))
  }
  const isDocumentPlanned = view.sentences.some((s) => namesCooperationDocument(s) && (tenseOf(s, 'sign') === 'future' || s.cueSet.has('draft') || s.cueSet.has('future')))
  const isAgreed = view.sentences.some((s) => s.cueSet.has('agreed'))
  // A cooperation document approved is one adopted (candidates.ts § sentenceFacts): «ТПУ и КарГТУ утвердили план сотрудничества»,
  // "Uzbekistan approves agreement with Kazakhstan", «стратегиясын бекітті» report it as a signing does.
  any('k.a.signed_by_title', titleNamesDocument && core.some((s) => reports(s, 'sign') || reports(s, 'approve')))
  any('k.a.ratify', view.sentences.some((s) => reports(s, 'ratify')))
  any('k.a.declaration', view.sentences.some((s) => (s.cueSet.has('declaration') && reports(s, 'sign')) || headlinesDeclaration(s)))
  any('k.a.doc_planned', isDocumentPlanned)
  any('k.a.doc_earlier', view.sentences.some((s) => namesCooperationDocument(s) && tenseOf(s, 'sign') === 'earlier'))
  any('k.a.doc_core', core.some(namesCooperationDocument))
  any('k.a.agreed', isAgreed)
  // labels.md § judgement calls: a conference of an organisation's ministers or of its council («АӨСШК Жастар кеңесінің
  // конференциясы») is that council in session; a minister elsewhere in the sentence («министр выступил на конференции
  // ЮНЕСКО») only took part in one.
  const isCouncilConference = (s: Sentence): boolean =>
    s.orgs.length > 0 && s.cues.some((cues, i) => cues.includes('conference') &&
      (isCueNear(s, i, 'minister', MINISTERS_BEFORE_CONFERENCE, MINISTERS_AFTER_CONFERENCE) || isCueNear(s, i, 'council', COUNCIL_BEFORE_CONFERENCE, COUNCIL_AFTER_CONFERENCE)))
  // So is a meeting of an organisation's ministers or of its council ("SCO culture ministers hold 13th meeting", «CIS culture
  // council meets», «ШЫҰ елдерінің мәдениет министрлері кездесті»); one minister meeting an organisation's head is a meeting,
  // and so are ministers meeting on the sidelines of its summit («на полях саммита ШОС», «саммиті аясында»).
  // A council the sentence opens («… ұлттық комиссияларының үшінші кеңесі ашылды», «открылся совет министров») is in session too.
  // A host who received them («Госсекретарь приняла министров … стран Тюркского совета», "the President received the SCO
  // ministers", «министрлерін қабылдады») gave the ministers an audience: talks with the host, not their council sitting.
  const isCouncilMeeting = (s: Sentence): boolean =>
    s.orgs.length > 0 && !s.cueSet.has('sidelines') && s.cues.some((cues, i) => (cues.includes('meet') && !RECEPTION.test(s.tokens[i]?.norm ?? '') &&
      (isCueNear(s, i, 'ministers', MINISTERS_NEAR_MEETING, MINISTERS_NEAR_MEETING) || isOwnCouncilNear(s, i) || isHeadsMeeting(s, i))) ||
      (cues.includes('opening') && isOwnCouncilNear(s, i, COUNCIL_AFTER_OPENING)))
  any('k.c.session_core', core.some((s) => (s.cueSet.has('session') && !isGatheringSession(s)) || isCouncilConference(s) || isCouncilMeeting(s) || isCommissionMeeting(s) || reportsSummit(s)))
  any('k.c.council_core', core.some((s) => s.cueSet.has('council')))
  any('k.c.org_ministers_core', core.some((s) => s.cueSet.has('minister') && s.orgs.length > 0))
  any('k.c.org_core', core.some((s) => s.orgs.length > 0))
  // labels.md § judgement calls: multilateral councils count as commissions, those of a regional organisation whose councils
  // of ministers sit as commissions (COUNCIL_ORGS). UNESCO, the UN, the Turkic Academy or the EU alone in the headline and lead
  // meet a minister or sign with an institution as that body's own business; their intergovernmental committees and working
  // groups the commission words read.
  any('k.c.own_org_core', core.some((s) => s.orgs.length > 0) && !core.some(namesCouncilOrg))
  // labels.md § judgement calls: what the article reports decides. A visit in a sentence that opens on a past year ("In 2019,
  // the minister visited Seoul", «2015 жылдың күзінде Жапония Премьер-министрі Қазақстанға сапар жасап …») is background to
  // what is reported now; young people's or students' visit with no official among them («Молодёжь Зауралья съездила с
  // ответным визитом») is their exchange's, a joint event, not officials' talks.
  any('k.m.visit_core', core.some((s) => s.cueSet.has('visit') && !opensOnPastYear(s) && !isYouthVisit(s)))
  any('k.m.agreed', isAgreed)
  // labels.md § judgement calls: officials who agree on something held a meeting. The sides or parties who agreed («Тараптар …
  // уағдаласты», «стороны договорились») are the talks' own; specialists who agreed to study finds jointly may be an event's.
  // So are ministers, ambassadors, akims, heads of state or delegations who agreed («министры договорились», "he and the
  // Education Minister had agreed on the initiative", «елші мен министр келісті»): officials by their posts, where colleagues
  // or specialists who agreed may be working together at an event.
  any('k.m.sides_agreed', view.sentences.some((s) => s.cueSet.has('agreed') && AGREEING_CUES.some((cue) => s.cueSet.has(cue))))
  any('k.m.doc_planned', isDocumentPlanned)
  // corpus/README.md: an announced bilateral signing is a meeting. One the headline or lead announces («подпишет меморандум»,
  // "to sign memorandums", «қол қояды») is what the parties are doing now; the plan anywhere (doc_planned) is also background.
  // labels.md § judgement calls: institutions that will sign while their joint exhibition, tour or festival runs report that
  // event; a conference where the signing is announced is only where it was told.
  any('k.m.signing_announced_core', core.some(announcesSigning) && !view.sentences.some(namesJointEvent))
  // An event the headline or lead reports (a tour, an exhibition, a concert, days of culture) is what the talks and
  // receptions around it came with (labels.md § kind): the meeting model read the talks alone and outranked the event.
  any('k.m.event_core', core.some((s) => facts(s).isEvent))
  // So is one the headline or lead names only by a generic word («мероприятие», «іс-шара», "cultural exchange evening") or the
  // opening of a centre, museum or library (labels.md § judgement calls), where they report no talks: beside talks, such
  // events are what the talks planned («проведут мероприятия», the ambassador met …).
  any('k.m.occasion_core', !core.some((s) => facts(s).meets) && core.some((s) => s.cueSet.has('occasion') || opensInstitution(s)))
  // labels.md § judgement calls: a youth or student exchange is a joint event. A youth forum, camp or olympiad, or students'
  // hackathon or round table, the headline or lead reports is what its «встреча», «кездесу» was: no officials' talks.
  any('k.m.youth_event_core', isYouthGatheringCore)
  // A creative or literary meeting, an evening of meetings or a teleconference bridge the headline or lead reports is a cultural
  // event's format: its «встреча», «кездесу» was no officials' talks.
  any('k.m.format_core', core.some((s) => s.cueSet.has('format')))
  return f
}

export function kindFeatures(base: Features, parties: PartyEstimate): Features {
  return { ...base, 'k.c.org_party': parties.bestOrg >= 0.5 ? 1 : 0, 'k.c.multi_party': parties.countryCount >= 3 ? 1 : 0 }
}
