import {
  KAZAKH_ABLATIVE_ENDING, KAZAKH_COMITATIVE_ENDING, KAZAKH_DATIVE_ENDING, KAZAKH_LOCATIVE_ENDING,
} from '../../language/kazakh.js'
import type { MentionKind } from '../countries.js'
import { isSector, type Cue } from '../lexicon/cues.js'
import { hasCue, isCueNear, ownsPlaceDays, type Sentence } from '../reading/read-article.js'
import { isCooperationSentence } from './signals.js'
import type { Lang } from '../types.js'
import type { Token } from '../../language/normalize.js'

/*
 * labels.md § partners: a country is a partner only when the text makes it a party. These are
 * the ways a sentence can link a named country (or organisation) to what it reports; the
 * partner model weighs them.
 */

export interface Mention {
  code: string
  isOrg: boolean
  isHome: boolean
  kind: MentionKind | 'org'
  isDemonym: boolean
  start: number
  end: number
  suffix: string
}

/**
 * Countries listed one after another, each perhaps with its own words: "China's Minister of
 * Culture Cai Wu, Kyrgyzstan's Minister …", «Азербайджана (АзерТАдж), Армении («Арменпресс»)».
 */
export interface Enumeration {
  /** Distinct countries in it, the home country included. */
  countries: number
  /** Its first token: names with the same one are items of one list. */
  start: number
  /** The token after its last item's name. */
  end: number
}

/** What one sentence says about one mention. */
export interface MentionSignals {
  mention: Mention
  sentence: Sentence
  /** «Kazakhstan and Hungary», «казахстанско-китайский», «Қазақстан мен Түркия». */
  isPairedWithHome: boolean
  /** Two or more foreign names joined without the home country («Uzbekistan and Georgia»). */
  isInForeignPair: boolean
  /** Names in the same chain (a list of member states is long). */
  chainLength: number
  /** The list of countries the name is an item of, its items perhaps with words of their own. */
  enumeration: Enumeration
  /** «with China», «с Китаем», «Қытаймен». */
  isWith: boolean
  /** «the Chinese side», «российская сторона», «Ресей тарапы». */
  isSide: boolean
  /** An ambassador, minister, delegation of it nearby. */
  hasOfficial: boolean
  /** A museum, theatre, university of it nearby. */
  hasInstitution: boolean
  /** "the University of Vigo in Spain", «Университет Виго в Испании»: the seat named after a foreign institution's proper name (isInstitutionsSeat). */
  isInstitutionSeat: boolean
  /** «in Paris», «в Турции», «Ресейде»: where something happens. */
  isLocation: boolean
  /** «held talks in Minsk on the sidelines of a forum»: where the parties meet, no party itself. */
  isMeetingVenue: boolean
  /** «to France», «во Францию», «Францияға»: where someone goes. */
  isDestination: boolean
  /** «from Turkey», «из Китая», «Қытайдан». */
  isOrigin: boolean
  /** «between Kazakhstan and …». */
  isBetween: boolean
  /** «на русском и английском языках», "in Russian and English", "Korean Studies": a language's name or a field of study's subject (languageNames). */
  isLanguage: boolean
  /** «посольство Казахстана в Венгрии», «Қазақстанның Венгриядағы елшілігі»: where the home country's embassy sits (isEmbassySeat). */
  isEmbassySeat: boolean
  /** «кыргызского писателя Чингиза Айтматова», "the Chinese composer Xian Xinghai": one named person's nationality (isPersonNationality). */
  isPersonNationality: boolean
  /** «вуз с американской системой степеней», "the British model of education": a system or model followed (isModelNationality). */
  isModelNationality: boolean
  /** «выступил в Астане и Ташкенте», "held in Kazakhstan and Uzbekistan": in one chain of places with a home place, paired with it as a place (in a list of fewer than four). */
  isPlaceBesideHome: boolean
}

const PAIR_FILLER = new Set(['the', 'of', 'republic', 'республика', 'республикой', 'республики', 'республикасы', 'федерация', 'федерацией', 'people', 's'])
const MAX_PAIR_GAP = 4
const OFFICIAL_BEFORE = 5
/**
 * A number for each language, read by Map.get: read by the language as a property name ([lang]), the optimised code knew
 * only the languages met before V8 compiled it and deoptimised at the first article in another ('wrong name').
 */
function perLanguage(table: Readonly<Record<Lang | 'other', number>>): ReadonlyMap<Lang | 'other', number> {
  return new Map(Object.entries(table) as [Lang | 'other', number][])
}

const OFFICIAL_AFTER = perLanguage({ en: 2, ru: 3, kk: 5, other: 2 })
const INSTITUTION_WINDOW = 3
const DESTINATION_WORDS = new Set(['to', 'во', 'в'])
const RU_ACCUSATIVE_ENDING = /(?:ю|у|ь)$/

function isAboutCouncil(sentence: Sentence): boolean {
  const cues = sentence.cueSet
  return cues.has('council') || cues.has('commission') || cues.has('session')
}

/** "under the auspices of UNESCO": the cue two words before the name at most. */
const AUSPICES_BEFORE = 2

/**
 * labels.md § partners, an organisation only mentioned: "under the auspices of UNESCO", «под эгидой
 * ЮНЕСКО», «ЮНЕСКО қамқорлығымен» lends its name to what the parties hold and is no party to it,
 * unless the sentence is about its council or session («под эгидой Тюркского совета»).
 */
function isUnderAuspices(sentence: Sentence, start: number, end: number): boolean {
  return !isAboutCouncil(sentence) && isCueNear(sentence, start, 'auspices', AUSPICES_BEFORE, end - start)
}

/** How many words may stand between a foreign country's adjective and an organisation's name inside one body's name. */
const NATIONAL_BODY_WORDS = 5
/** Words that join two names where one name goes on: "Chinese and SCO experts", «китайские и шосовские». */
const NAME_JOINS = /^(?:and|or|with|и|или|с|мен|және|бен|пен)$/u
/** The small words inside an English body's name: "Center for Technology Transfer of SCO member states". */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'on', 'in'])

/**
 * labels.md § partners, an institution names its country: an organisation's name inside the name of a foreign country's
 * body ("the Chinese SCO technology transfer centre", "the Chinese Center for Technology Transfer of SCO member states") is
 * that body's name, whose country is the party, not the organisation. It is inside one where a foreign country's adjective
 * opens the name, at most NATIONAL_BODY_WORDS words before the organisation, an institution's word (centre, university,
 * foundation …) stands in the same run of words, and no comma, dash or "and" parts them.
 */
function isInNationalBodyName(sentence: Sentence, home: string, start: number, end: number): boolean {
  if (!sentence.cueSet.has('actor')) return false
  const adjective = sentence.countries.find((c) => c.isDemonym && c.code !== home && c.end <= start && start - c.end <= NATIONAL_BODY_WORDS)
  if (adjective === undefined) return false
  let hasBodyWord = false
  for (let i = adjective.end; i < end + NATIONAL_BODY_WORDS && i < sentence.tokens.length; i += 1) {
    const token = sentence.tokens[i]!
    if ((i <= start || i >= end) && (token.sep !== 'space' || NAME_JOINS.test(token.norm))) {
      if (i <= start) return false
      break
    }
    // Before the organisation, the words are the name's: an English name's capitalised words and its small words, a Russian
    // genitive's nouns, no verb («the Chinese university hosted an SCO forum»).
    if (i < start && (breaksPhrase(sentence, i) || (LATIN_WORD.test(token.norm) && !LATIN_CAPITAL.test(token.raw) && !NAME_SMALL_WORDS.has(token.norm)))) return false
    if ((i < start || i >= end) && hasCue(sentence, i, 'actor')) hasBodyWord = true
  }
  return hasBodyWord
}

/** Schools and universities: "Kazakh-German University", «Казахстанско-Британский технический университет». */
const SCHOOL_WORD = /^(?:universit(?:y|ies)|institute|college|school|lyceum|academy|gymnasium|(?:университет|институт|колледж|лицей|школ|академи|гимнази|мектеб|мектеп)(?!\p{L}*(?:ск|ьн|лық|лік))\p{L}*)$/u
/**
 * Schools in the plural: "Kazakhstan-China universities forum", «Қазақстан-Қытай университеттері».
 * One home institution is named after another country; two countries' schools together name both.
 * (Russian «школы», «академии» may be singular, so only endings that are plural alone count.)
 */
const PLURAL_SCHOOL_WORD = /^(?:universities|institutes|colleges|schools|academies|lyceums|gymnasiums|(?:университет|институт)(?:ы|ов|ам|ами|ах)|колледж(?:и|ей|ам|ами|ах)|(?:университет|институт|колледж|мектеп|мектеб|академи|лицей)\p{L}*(?:тар|тер|дар|дер|лар|лер)\p{L}*)$/u
/** "Kazakh-British forum of universities": the name ends before these. */
const PHRASE_ENDS = new Set(['of', 'and', 'for', 'the', 'и', 'мен', 'және'])
/** Words between a compound adjective and the school it names: "Free", «технический», «медицинский». */
/**
 * A centre named so is one institution too: "Kazakh-German Centre", "Kazakhstan-Japan Center", «Казахстанско-японский центр»,
 * «Қазақ-неміс орталығы» (a centre's forms, not «центральный», central; one centre: «центры», "centres", «орталықтар» are
 * the two countries').
 */
const CENTRE_WORD = /^(?:cent(?:re|er)|центр(?:а|е|у|ом)?|орталы[ғқ]\p{L}*)$/u
const PLURAL_CENTRE_WORD = /^орталықтар\p{L}*$/u
const MAX_SCHOOL_WORDS = 3
/**
 * In Russian a word between them is an adjective agreeing with the school («технический»); a noun ends
 * the name: «Казахстанско-китайский форум ректоров университетов» is a forum, not a school. (A sentence
 * with Kazakh letters is Kazakh: «медицина» there may stand before «университеті».)
 */
const RUSSIAN_NOUN = /^(?=[а-яё]+$)(?![а-яё]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$)/u
const KAZAKH_LETTER = /[әғқңөұүһі]/u

/**
 * labels.md § judgement calls: a home-country institution with a foreign word in its name is no
 * partner. "Kazakh-American Free University", «Қазақ-түрік университеті»: names joined to the home
 * country's by hyphens, naming a school or a centre within a few words, are that body's name, not parties
 * (one school: schools in the plural are the two countries').
 */
function homeSchoolNames(sentence: Sentence, countries: readonly Mention[]): Set<Mention> {
  const named = new Set<Mention>()
  const isKazakhText = sentence.tokens.some((token) => KAZAKH_LETTER.test(token.norm))
  let first = 0
  while (first < countries.length) {
    let last = first
    while (last + 1 < countries.length) {
      const left = countries[last] as Mention
      const right = countries[last + 1] as Mention
      if (right.start !== left.end || sentence.tokens[right.start]?.sep !== 'hyphen') break
      last += 1
    }
    const chain = countries.slice(first, last + 1)
    if (chain.length > 1 && chain.some((m) => m.isHome) && chain.every((m) => m.kind === 'country')) {
      const end = (chain.at(-1) as Mention).end
      for (let i = end; i < Math.min(sentence.tokens.length, end + MAX_SCHOOL_WORDS + 1); i += 1) {
        const token = sentence.tokens[i] as Token
        if (token.sep !== 'space' || PHRASE_ENDS.has(token.norm)) break
        if (SCHOOL_WORD.test(token.norm) || CENTRE_WORD.test(token.norm)) {
          if (!PLURAL_SCHOOL_WORD.test(token.norm) && !PLURAL_CENTRE_WORD.test(token.norm)) for (const m of chain) if (!m.isHome) named.add(m)
          break
        }
        if (!isKazakhText && RUSSIAN_NOUN.test(token.norm)) break
      }
    }
    first = last + 1
  }
  return named
}

/** Words of an ethnic community at home: "ethnocultural", «диаспора», «этномәдени», the Assembly of People («народа», «халқы»). */
const COMMUNITY_WORD = /^(?:ethn|этн|diaspor|диаспор)|^(?:people|народа|халқы)$/

function isCommunitySentence(sentence: Sentence): boolean {
  if (!sentence.cueSet.has('ethnic')) return false
  return sentence.tokens.some((token, i) => COMMUNITY_WORD.test(token.norm) && hasCue(sentence, i, 'ethnic'))
}

/** Words between a people's adjective and the community it names: «Корейское этнокультурное объединение». */
const COMMUNITY_WINDOW = 2

/**
 * labels.md § judgement calls: festivals of ethnic communities inside the home country are not
 * cooperation with the kin state. A people's adjective naming such a community ("the Korean
 * ethnocultural association", «немецкой диаспоры», "ethnic Koreans") names no state; «узбекский
 * комитет» beside the Assembly of People, "the Korean side" or «корейский посол» still do. In an
 * article whose headline or lead is about the communities, their centres and ensembles need no
 * ethnic word of their own: "the Raduga Russian song ensemble", "the Kolkheti Georgian centre".
 */
function isCommunityAdjective(sentence: Sentence, mention: Mention, isCommunityArticle: boolean): boolean {
  if (mention.isHome || !mention.isDemonym || mention.kind !== 'country') return false
  if (mention.start > 0 && hasCue(sentence, mention.start - 1, 'ethnic')) return true
  if (isCommunityArticle && mention.start > 0 && hasCue(sentence, mention.start - 1, 'official')) return false
  const last = Math.min(sentence.tokens.length - 1, mention.end + COMMUNITY_WINDOW)
  for (let i = mention.end; i <= last; i += 1) {
    if (sentence.tokens[i]?.sep !== 'space') break
    if (hasCue(sentence, i, 'side') || hasCue(sentence, i, 'official')) return false
    if (hasCue(sentence, i, 'ethnic')) return true
  }
  return isCommunityArticle
}

/** The headline or lead is about the home country's ethnic communities (isCommunityAdjective). */
export function isCommunityArticle(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => s.region !== 'body' && isCommunitySentence(s))
}

/**
 * labels.md § judgement calls: what the article reports decides, not what it mentions, and a list
 * of an institution's earlier partners is background. Where a sentence opens such a list («В числе
 * партнеров «Казинформа» — … АзерТАдж, Anadolu, БЕЛТА», "among its partners are …"), the names
 * after that opening are its items, not parties. The opening's token, or the sentence's length.
 */
function rosterStart(sentence: Sentence): number {
  if (!sentence.cueSet.has('roster')) return sentence.tokens.length
  const start = sentence.tokens.findIndex((_, i) => hasCue(sentence, i, 'roster'))
  return start < 0 ? sentence.tokens.length : start
}

/** "the Tokyo Olympics", «Токио Олимпиадалық ойындары»: the Games named by their city. */
const OLYMPIC_WORD = /^(?:olympi|олимпи)/u

/**
 * labels.md § judgement calls: occasions are not parties; a city naming the Games is the Games' name. Not before an
 * institution named after them, "the Seoul Olympic Museum", which is its country's.
 */
function isGamesName(sentence: Sentence, mention: Mention): boolean {
  if (mention.kind !== 'capital' && mention.kind !== 'city') return false
  const next = sentence.tokens[mention.end]
  return next !== undefined && next.sep === 'space' && OLYMPIC_WORD.test(next.norm) && !hasCue(sentence, mention.end + 1, 'actor')
}

/** How far a country stands after the honour it names («заслуженный деятель искусств Кыргызстана», "Honoured Worker of Culture of Russia"). */
const HONOUR_BEFORE_COUNTRY = 4

/**
 * labels.md § partners, a country only mentioned: a person's state honour («народный артист Узбекистана», "People's Artist
 * of Kyrgyzstan", «Қырғызстанның халық әртісі») is part of a performer's name, and individual performers are no party
 * (corpus/README.md): the foreign country right after the honour, or in Kazakh right before it, is no mention. (The home
 * country's honours, on most of its performers, stay: which sentences it acts in is decided by what else they say.)
 */
function isHonourName(sentence: Sentence, mention: Mention): boolean {
  if (!sentence.cueSet.has('honorific') || mention.kind !== 'country' || mention.isHome) return false
  for (let i = mention.start - 1; i >= Math.max(0, mention.start - HONOUR_BEFORE_COUNTRY); i -= 1) {
    // The honour names the first country after it («Заслуженный артист Казахстана выступил в Узбекистане»).
    if (!isSpaced(sentence, i + 1) || sentence.countries.some((m) => i >= m.start && i < m.end)) break
    if (hasCue(sentence, i, 'honorific')) return true
  }
  return isSpaced(sentence, mention.end) && hasCue(sentence, mention.end, 'honorific')
}

/**
 * labels.md § partners: organisations go into `orgs`. A place inside an organisation's name («Шанхайская организация
 * сотрудничества», "Shanghai Cooperation Organisation", «Шанхай ынтымақтастық ұйымы») is part of that name, no mention of
 * its country: the organisation is named, China is not. (The long name stays no mention of the organisation either, as
 * before: reading it too cost a council's kind and another's orgs in cross-validation.)
 */
function isInOrganisationName(sentence: Sentence, mention: Mention): boolean {
  return sentence.orgs.some((o) => o.start <= mention.start && mention.end <= o.end)
}

/** Words that go on a city's name in English: its region, its administration, its kind of body or place. */
const CITY_NAME_CONTINUATION = /^(?:region|regional|oblast|city|akimat|akim|state|district|municipal|international|airport|station|branch|office|hub|arena|marathon|open)$/u
/**
 * Words shaped as an adjective or a common noun ("Pedagogical", "Medical", "Management"), or as the Kazakh or Russian
 * surname a city's university bears ("Buketov", "Utemisov").
 */
const COMMON_OR_HOME_NAME_SHAPE = /(?:al|ic|ive|ary|ory|an|ern|ese|ish|ment|tion|ing|ov|ova|ev|eva|in|ina|uly|uli|kyzy)$/u
const LATIN_CAPITAL = /^\p{Lu}/u
const LATIN_WORD = /^[a-z]+$/u
/**
 * Home cities whose Latin name is also an English word and given name (Oral, Uralsk: "Oral Roberts"). After any other
 * city's name a capitalised word is its body's, a common noun or a home person's name ("Almaty Chamber Orchestra",
 * "Turkistan Yassawi University").
 */
const CITY_NAMES_ALSO_ENGLISH_NAMES: ReadonlySet<string> = new Set(['oral'])

/**
 * A home city's name is no place where it opens a foreign person's or body's name: "Oral Roberts University" is no Uralsk.
 * It opens one when the name is also an English one and the capitalised Latin word after it carries no cue and is none
 * of a city's continuations (its region, its akimat, a body's adjective, a Kazakh surname as in "Oral Utemisov University").
 */
function isInForeignName(sentence: Sentence, mention: Mention): boolean {
  if (!mention.isHome || mention.kind !== 'city' || mention.end - mention.start !== 1 || mention.suffix !== '') return false
  const name = sentence.tokens[mention.start]
  const next = sentence.tokens[mention.end]
  if (name === undefined || next === undefined || next.sep !== 'space' || !CITY_NAMES_ALSO_ENGLISH_NAMES.has(name.norm) || !LATIN_WORD.test(next.norm)) return false
  if (!LATIN_CAPITAL.test(next.raw) || next.raw === next.raw.toUpperCase()) return false
  if (sentence.cues[mention.end]!.length > 0 || sentence.countries.some((c) => c.start === mention.end)) return false
  return !CITY_NAME_CONTINUATION.test(next.norm) && !COMMON_OR_HOME_NAME_SHAPE.test(next.norm)
}

/**
 * labels.md § partners, a country only mentioned: a people's adjective in Latin letters that closes a person's name
 * ("Vice Chancellor Professor Dr Khalid Mahmood Iraqi", "Dr Ahmad Turkmen, the dean") is a surname, no state. It is
 * one where a capitalised word that does not open the sentence stands right before it and no word follows it: an
 * adjective goes before its noun ("the Iraqi minister"), a language after a small word ("into Kazakh and Iraqi").
 */
function isSurname(sentence: Sentence, mention: Mention): boolean {
  if (!mention.isDemonym || mention.kind !== 'country' || mention.end - mention.start !== 1 || mention.start < 2) return false
  const name = sentence.tokens[mention.start]
  const before = sentence.tokens[mention.start - 1]
  if (name === undefined || before === undefined || name.sep !== 'space' || !LATIN_WORD.test(name.norm) || !LATIN_WORD.test(before.norm)) return false
  if (!LATIN_CAPITAL.test(name.raw) || !LATIN_CAPITAL.test(before.raw) || before.raw === before.raw.toUpperCase()) return false
  if (sentence.countries.some((c) => c.start < mention.start && c.end >= mention.start) || sentence.cues[mention.start - 1]!.length > 0) return false
  return !isSpaced(sentence, mention.end) && mention.suffix === ''
}

/**
 * One person of a creative or learned calling, in the singular and in any case: writer, poet, composer, painter, singer,
 * scientist («писателя», «композитора», «жазушысы», «ақыны», «сазгері»).
 */
const ONE_PERSON_CALLING = new RegExp(`^(?:${[
  'writer', 'poet', 'composer', 'painter', 'singer', 'scientist', 'scholar', 'philosopher', 'playwright', 'novelist',
  'писател(?:ь|я|ю|ем|е)', '(?:поэт|композитор|художник|драматург|философ|певец)(?:а|у|ом|е)?', 'певца', 'певиц(?:а|ы|е|у|ей)',
  'учен(?:ый|ого|ому|ым|ом)', '(?:жазушы|суретші|әнші|ойшыл)(?:сы|сының|сына|сын|сымен)?', '(?:ақын|сазгер|ғалым|драматург)(?:ы|і|ының|інің|ына|іне)?',
].join('|')})$`, 'u')

/**
 * labels.md § partners, a country only mentioned: the nationality of one named person of letters, arts or science
 * («год кыргызского писателя Чингиза Айтматова», "a film about the Chinese composer Xian Xinghai", «қырғыз жазушысы
 * Шыңғыс Айтматов») is that person's, no state taking part: individual performers are no party (corpus/README.md), nor
 * is a writer a year or a film is devoted to. A people's adjective, the calling in the singular, then a capitalised name.
 */
function isPersonNationality(sentence: Sentence, mention: Mention): boolean {
  const first = sentence.tokens[mention.start]
  // Kazakh writes a people's name as its country's, in lower case: «әзербайжан сазгері».
  const isPeople = mention.isDemonym || (first !== undefined && first.raw === first.raw.toLowerCase())
  if (!isPeople || mention.kind !== 'country') return false
  const calling = sentence.tokens[mention.end]
  const name = sentence.tokens[mention.end + 1]
  // A comma apposition may stand between the calling and the name: «Поляк ақыны, Нобель сыйлығының лауреаты Вислава Шимборска»,
  // "the Polish poet, Nobel laureate Wisława Szymborska", its first word capitalised as the name's is.
  if (calling === undefined || name === undefined || calling.sep !== 'space' || (name.sep !== 'space' && name.sep !== 'comma')) return false
  return ONE_PERSON_CALLING.test(calling.norm) && /^\p{Lu}/u.test(name.raw) && !sentence.countries.some((c) => c.start === mention.end + 1)
}

/** The words for a system, model or standard a people's adjective qualifies: «американской системой», "British-style", «неміс үлгісі». */
const MODEL_WORD = /^(?:system|systems|model|models|standard|standards|style|систем\p{L}*|модел\p{L}*|стандарт\p{L}*|образц\p{L}*|жүйе\p{L}*|үлгі\p{L}*)$/u

/**
 * labels.md § partners, a country only mentioned: a people's adjective right before a word for a system, model or standard
 * («первый вуз Казахстана с американской системой степеней», "a school on the British model", «неміс үлгісіндегі колледж») names
 * what is followed, not a state taking part.
 */
function isModelNationality(sentence: Sentence, mention: Mention): boolean {
  const first = sentence.tokens[mention.start]
  const isPeople = mention.isDemonym || (first !== undefined && first.raw === first.raw.toLowerCase())
  if (!isPeople || mention.kind !== 'country') return false
  const next = sentence.tokens[mention.end]
  return next !== undefined && (next.sep === 'space' || next.sep === 'hyphen') && MODEL_WORD.test(next.norm)
}

/** How far the embassy or ambassador stands from the place it sits in, and the home country from it. */
const EMBASSY_WINDOW = 3

/**
 * labels.md § partners, a country only mentioned: where the home country's embassy or ambassador sits («посольство
 * Казахстана в Венгрии», "Kazakhstan's Embassy in Hungary", «Қазақстанның Венгриядағы елшілігі», «Argentınadaǵy Qazaqstan
 * elshisi») names the embassy, not a party: an embassy accredited to several states acts in another.
 */
function isEmbassySeat(sentence: Sentence, mention: Mention, mentions: readonly Mention[], isLocation: boolean, lang: Lang | 'other'): boolean {
  if (!isLocation || !sentence.cueSet.has('envoy')) return false
  const isKazakh = lang === 'kk'
  const envoy = isKazakh
    ? isCueNear(sentence, mention.end, 'envoy', 0, EMBASSY_WINDOW)
    : isCueNear(sentence, mention.start - 1, 'envoy', EMBASSY_WINDOW, 0)
  if (!envoy) return false
  return mentions.some((m) => m.isHome && m.end >= mention.start - EMBASSY_WINDOW - 2 && m.start <= mention.end + EMBASSY_WINDOW)
}

/** The word for a language after its name: «языке», «языках», "language", "languages", «тілінде», «тілдерінде», «tılınde». */
const LANGUAGE_WORD = /^(?:languages?|язык(?:а|е|и|у|ом|ов|ам|ами|ах)?|(?:тіл|til|tıl)(?:[іiıдdгg]\p{L}*)?)$/u
/** English names a language with no word for it after a preposition: "published in Kazakh, Russian and English". */
const LANGUAGE_PREPOSITION = new Set(['in', 'into'])
/** The word for a field of study after its subject: "Korean Studies", «афганских исследований», «аймақтық зерттеулер орталығы». */
const STUDIES_WORD = /^(?:studies|исследований|зерттеулер(?:і|i|ı)?|zertteuler(?:i|ı)?)$/u
/** How many words may stand between a field's subject and its word for studies: "Afghanistan and Regional Studies". */
const STUDIES_GAP = 2

/** Kazakh's word for one language, which a country's name with no ending may name: «Беларусь тілі», "Belarus tılın" (no «Әзербайжан тілдер университеті»). */
const KAZAKH_LANGUAGE_WORD = /^(?:тілі|tılı|tili)\p{L}*$/u

/** A country's name with no ending: before Kazakh's word for one language, the language («Беларусь тілі», "Belarus tılı"). */
function isBareName(m: Mention): boolean {
  return m.kind === 'country' && !m.isDemonym && m.suffix === ''
}

/** "the Centre for Afghanistan and Regional Studies", «Ауғанстан және аймақтық зерттеулер орталығы»: the subject of a field of study. */
function isStudiesSubject(sentence: Sentence, last: Mention): boolean {
  for (let i = last.end; i <= last.end + STUDIES_GAP; i += 1) {
    const token = sentence.tokens[i]
    if (token === undefined || token.sep !== 'space') return false
    if (STUDIES_WORD.test(token.norm)) return true
  }
  return false
}

/**
 * labels.md § partners, a country only mentioned: a language («на казахском, русском и английском языках», "in Kazakh,
 * Russian and English", «қазақ, орыс және ағылшын тілдерінде», "Russian-language") is no state, however its name is its
 * people's adjective. The peoples' adjectives of a list joined by commas or "and" and followed by the word for a language,
 * or in English after "in" or "into" and ending the phrase, name languages; so do countries' names with no ending before
 * the word for a language, as Kazakh names some («Беларусь тілі мен мәдениеті орталығы»). So is a list of countries or
 * their adjectives within two words before the word for studies ("the Centre for Afghanistan and Regional Studies",
 * «Ауғанстан және аймақтық зерттеулер орталығы», «центр корейских исследований»): a field's subject is no state taking
 * part, as a language is not (isStudiesSubject). They stay mentions, read as the models were
 * fitted (a language taught beside its country's university tells of that country's part); only a country named as
 * nothing but a language is no partner (partnersOf), nor a party the relevance model counts (estimateParties).
 */
function languageNames(sentence: Sentence, mentions: readonly Mention[]): Set<Mention> {
  const named = new Set<Mention>()
  let first = 0
  while (first < mentions.length) {
    let last = first
    while (last + 1 < mentions.length && isJoined(sentence, mentions[last] as Mention, mentions[last + 1] as Mention)) last += 1
    const run = mentions.slice(first, last + 1)
    first = last + 1
    const final = run.at(-1) as Mention
    if (run.every((m) => m.kind === 'country') && isStudiesSubject(sentence, final)) {
      for (const m of run) named.add(m)
      continue
    }
    const isBare = run.some(isBareName)
    if (!run.every((m) => (m.isDemonym && m.kind === 'country') || isBareName(m))) continue
    const next = sentence.tokens[final.end]
    const before = sentence.tokens[(run[0] as Mention).start - 1]
    const isNamed = next !== undefined && (next.sep === 'space' || next.sep === 'hyphen')
      ? (isBare ? KAZAKH_LANGUAGE_WORD : LANGUAGE_WORD).test(next.norm)
      : before !== undefined && LANGUAGE_PREPOSITION.has(before.norm) && !isBare
    if (isNamed) for (const m of run) named.add(m)
  }
  return named
}

/*
 * The lists of mentions and signals are built by push into one array each, never by map, filter or spread: those make
 * an empty list of small integers, whose other map than a filled list's cost the optimised readers of every sentence
 * a deoptimisation and a compile in a fresh process.
 */
function mentionsOf(sentence: Sentence, home: string, isAboutCommunities: boolean): Mention[] {
  const named: Mention[] = []
  for (const m of sentence.countries) {
    named.push({ code: m.code, isOrg: false, isHome: m.code === home, kind: m.kind, isDemonym: m.isDemonym, start: m.start, end: m.end, suffix: m.suffix })
  }
  // Names inside another name: a home-country school's, the Games', an organisation's. A capital in lower case names none:
  // «Моңғолия астанасы», «Түркия астанасында», «түркі әлемінің мәдени астанасы» are a capital, the common noun, and no Astana.
  const inNames = homeSchoolNames(sentence, named)
  for (const m of named) {
    if (isGamesName(sentence, m) || isHonourName(sentence, m) || isInOrganisationName(sentence, m) || isInForeignName(sentence, m) || isSurname(sentence, m) || (m.kind === 'capital' && !m.isDemonym && !isProperName(sentence, m))) inNames.add(m)
  }
  const isCommunity = isAboutCommunities || isCommunitySentence(sentence)
  const roster = rosterStart(sentence)
  const isEveryName = inNames.size === 0 && !isCommunity && roster === sentence.tokens.length
  const mentions: Mention[] = []
  for (const m of named) {
    if (isEveryName || (!inNames.has(m) && !(isCommunity && isCommunityAdjective(sentence, m, isAboutCommunities)) && m.start < roster)) mentions.push(m)
  }
  for (const o of sentence.orgs) {
    // «стран ШОС», «ШЫҰ елдерінің мәдениет министрлері», "SCO member states" still name the organisation: its states' ministers
    // meeting is its council (labels.md § judgement calls), and where they are a group of states only, c.org_countries and
    // isOnlyOrgName say so.
    if (sentence.countries.some((c) => c.start < o.end && o.start < c.end) || isUnderAuspices(sentence, o.start, o.end) || isInNationalBodyName(sentence, home, o.start, o.end)) continue
    mentions.push({ code: o.code, isOrg: true, isHome: false, kind: 'org', isDemonym: false, start: o.start, end: o.end, suffix: o.suffix })
  }
  return mentions.sort((a, b) => a.start - b.start)
}

function isJoined(sentence: Sentence, left: Mention, right: Mention): boolean {
  const gap = right.start - left.end
  if (gap === 0) {
    const sep = sentence.tokens[right.start]?.sep
    return sep === 'hyphen' || sep === 'dash' || sep === 'comma'
  }
  if (gap > MAX_PAIR_GAP) return false
  for (let i = left.end; i < right.start; i += 1) {
    const token = sentence.tokens[i]
    if (!token) return false
    if (!hasCue(sentence, i, 'and') && !hasCue(sentence, i, 'between') && !PAIR_FILLER.has(token.norm)) return false
  }
  return true
}

/** Chains of names joined by "and", commas or hyphens, in one pass. */
function chainsOf(sentence: Sentence, mentions: readonly Mention[]): Mention[][] {
  const chains: Mention[][] = []
  let chain: Mention[] = []
  for (const mention of mentions) {
    const previous = chain.at(-1)
    if (previous && !isJoined(sentence, previous, mention)) {
      chains.push(chain)
      chain = []
    }
    chain.push(mention)
  }
  if (chain.length > 0) chains.push(chain)
  return chains
}

/** The most words an item of an enumeration carries before the next country. */
const MAX_ITEM_WORDS = 10

/**
 * A comma or other punctuation before the next name, or "and", makes it the list's next item, also where the item's own
 * words come between them and its name («… Индии Шри Кунал, замглавы Главного управления по спорту КНР …», "Lithuania's
 * Meno Fortas, TR Warszawa from Poland"); not where those words place it ("…'s deputy minister, in Kazan, Russia").
 */
function isNextItem(sentence: Sentence, left: Mention, right: Mention): boolean {
  if (right.start - left.end > MAX_ITEM_WORDS) return false
  const sep = sentence.tokens[right.start]?.sep
  if (sep === 'comma' || sep === 'other') return true
  for (let i = right.start - 1; i >= left.end; i -= 1) {
    if (hasCue(sentence, i, 'and')) return true
    if (hasCue(sentence, i, 'venue')) return false
    const before = sentence.tokens[i]?.sep
    if (before === 'comma' || before === 'other') return true
  }
  return false
}

/** The enumeration each country mention is an item of (one of a single item when it stands alone). */
function enumerationsOf(sentence: Sentence, mentions: readonly Mention[]): Map<Mention, Enumeration> {
  const found = new Map<Mention, Enumeration>()
  const countries: Mention[] = []
  for (const m of mentions) if (!m.isOrg) countries.push(m)
  let first = 0
  for (let i = 1; i <= countries.length; i += 1) {
    const next = countries[i]
    if (next && isNextItem(sentence, countries[i - 1] as Mention, next)) continue
    const items = countries.slice(first, i)
    const enumeration = { countries: new Set(items.map((m) => m.code)).size, start: (items[0] as Mention).start, end: (items[items.length - 1] as Mention).end }
    for (const m of items) found.set(m, enumeration)
    first = i
  }
  return found
}

/**
 * Words joined by spaces alone: a comma or a dash ends the phrase an official belongs to ("In Paris, the
 * Secretary of State …"). An English possessive's «s» is joined to its name: "Turkey's Ministry of Culture".
 */
function isSpaced(sentence: Sentence, index: number): boolean {
  const token = index < sentence.tokens.length ? sentence.tokens[index] : undefined
  return token?.sep === 'space' || token?.sep === 'hyphen' || (token?.norm === 's' && token.sep === 'other')
}

/** Words that end the noun phrase an official heads: "ministers meet in Minsk" gives Minsk no minister. */
const PHRASE_BREAKS: readonly Cue[] = ['venue', 'meet', 'sign', 'with', 'from', 'visit', 'host', 'event', 'participate']

function breaksPhrase(sentence: Sentence, index: number): boolean {
  return PHRASE_BREAKS.some((cue) => hasCue(sentence, index, cue))
}

/** How far after a dash an official stands for the name before it: «Таджикистан — заместитель председателя». */
const OFFICIAL_AFTER_DASH = 2

/**
 * «Россию представлял министр спорта …, Таджикистан — заместитель председателя Комитета …»: a dash that stands for the verb
 * a list of delegations leaves out puts the official right after it to the name before it. A name that opens the sentence
 * is a dateline's city («АНКАРА — Министр культуры Казахстана …»), no item of a list.
 */
function isOfficialAfterDash(sentence: Sentence, mention: Mention, covered: Uint8Array): boolean {
  if (mention.start === 0 || sentence.tokens[mention.end]?.sep !== 'dash') return false
  const last = Math.min(sentence.tokens.length - 1, mention.end + OFFICIAL_AFTER_DASH - 1)
  for (let i = mention.end; i <= last; i += 1) {
    if (covered[i] === 1) return false
    if (hasCue(sentence, i, 'official')) return true
  }
  return false
}

/** The verb whose subject is the country an official after it stands for: «представит», «представлял», "was represented by", «атынан». */
const REPRESENT_WORD = /^(?:представ(?:ит|ят|ил|ила|или|ило|лял|ляла|ляли|ляло|ляет|ляют)|represented|атынан|atynan)$/u
/** How many words may stand between the country and that verb («Азербайджан на встрече представит …»), and the verb and the official. */
const REPRESENT_AFTER_NAME = 3
const OFFICIAL_AFTER_REPRESENT = 3

/**
 * A country an official stands for, named before the verb that says so: «Азербайджан на встрече представит заместитель
 * министра», "Azerbaijan was represented by Deputy Minister …", «Әзербайжан атынан министрдің орынбасары қатысты»: the
 * official is the country's, however far past the words of the meeting (a phrase break for isOfficialAround) he stands.
 */
function isRepresentedBy(sentence: Sentence, mention: Mention, covered: Uint8Array): boolean {
  const lastVerb = Math.min(sentence.tokens.length - 1, mention.end + REPRESENT_AFTER_NAME - 1)
  for (let i = mention.end; i <= lastVerb; i += 1) {
    if (covered[i] === 1 || !isSpaced(sentence, i)) return false
    if (!REPRESENT_WORD.test(sentence.tokens[i]?.norm ?? '')) continue
    const lastOfficial = Math.min(sentence.tokens.length - 1, i + OFFICIAL_AFTER_REPRESENT)
    for (let j = i + 1; j <= lastOfficial; j += 1) {
      if (covered[j] === 1 || !isSpaced(sentence, j)) return false
      if (hasCue(sentence, j, 'official')) return true
    }
    return false
  }
  return false
}

function isOfficialAround(sentence: Sentence, mention: Mention, covered: Uint8Array, lang: Lang | 'other'): boolean {
  if (isOfficialAfterDash(sentence, mention, covered) || isRepresentedBy(sentence, mention, covered)) return true
  for (let i = mention.start - 1; i >= Math.max(0, mention.start - OFFICIAL_BEFORE); i -= 1) {
    if (covered[i] === 1 || !isSpaced(sentence, i + 1)) break
    if (hasCue(sentence, i, 'official')) return true
    if (breaksPhrase(sentence, i)) break
  }
  const last = Math.min(sentence.tokens.length - 1, mention.end - 1 + (OFFICIAL_AFTER.get(lang) as number))
  for (let i = mention.end; i <= last; i += 1) {
    if (covered[i] === 1 || !isSpaced(sentence, i)) break
    if (hasCue(sentence, i, 'official')) return true
    if (breaksPhrase(sentence, i)) break
  }
  return false
}

const KAZAKH_ATTRIBUTIVE_ENDING = /(?:да|де|та|те)(?:ғы|гі)$/
const MEET_BEFORE_VENUE = 3
/** Kazakh puts the verb last: «Минскіде … кездесті». */
const KAZAKH_MEET_AFTER_VENUE = 4
const SIDELINES_WINDOW = 6

/**
 * labels.md § judgement calls: a venue where the parties merely meet is no party, unlike the host
 * of a tour or days of culture abroad. A place right after the meeting ("held talks in Minsk",
 * «встретились в Минске»), or one beside a forum's sidelines in a sentence that reports a meeting.
 */
function isMeetingVenueOf(sentence: Sentence, mention: Mention, isLocation: boolean, lang: Lang | 'other'): boolean {
  if (!isLocation || !sentence.cueSet.has('meet')) return false
  // Kazakh «Қытайдағы орталық» (the centre in China) places the word after it: a venue only of a meeting («Бакудегі отырыс»).
  if (lang === 'kk' && KAZAKH_ATTRIBUTIVE_ENDING.test(mention.suffix)) return hasCue(sentence, mention.end, 'meet')
  return isCueNear(sentence, mention.start - 1, 'meet', MEET_BEFORE_VENUE, 0)
    || (lang === 'kk' && isCueNear(sentence, mention.end, 'meet', 0, KAZAKH_MEET_AFTER_VENUE))
    || isCueNear(sentence, mention.start, 'sidelines', SIDELINES_WINDOW, mention.end - mention.start + SIDELINES_WINDOW)
}

function isInstitutionAround(sentence: Sentence, mention: Mention): boolean {
  if (mention.kind === 'institution') return true
  return isCueNear(sentence, mention.start, 'actor', INSTITUTION_WINDOW, mention.end - mention.start + INSTITUTION_WINDOW - 1)
}

/** The word that puts an institution's seat after its name: "the University of Vigo in Spain", «Университет Виго в Испании». */
const SEAT_WORDS: ReadonlySet<string> = new Set(['in', 'в', 'во'])
/** How many words an institution's name may run before its seat: "the Museum of Anatolian Civilizations in Ankara". */
const SEAT_NAME_WORDS = 5
/** The small words inside an institution's proper name: "University of Applied Sciences", "Institute for Oriental Studies". */
const NAME_LINK_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'и', 'имени'])

function isCapitalised(token: Token): boolean {
  return token.raw !== token.raw.toLowerCase()
}

/**
 * labels.md § partners, an institution names its country: a place right after an institution's proper name ("the
 * University of Vigo in Spain", "the Museum of Anatolian Civilizations in Ankara", «Университет Виго в Испании») is its
 * seat, the country whose institution it is, though still a place where something happens. The name is an institution's word
 * among capitalised words and the small words of names, no other name in it («the Kazakh Cultural Centre in Rome» is the
 * home country's, in Rome); "a university in Spain", with no proper name, stays a place.
 */
function isInstitutionsSeat(sentence: Sentence, mention: Mention, covered: Uint8Array): boolean {
  const seat = mention.start - 1
  if (seat < 1 || !SEAT_WORDS.has(sentence.tokens[seat]?.norm ?? '') || !isSpaced(sentence, seat) || !isSpaced(sentence, mention.start)) return false
  let isNamed = false
  let hasInstitutionWord = false
  for (let i = seat - 1; i >= Math.max(0, seat - SEAT_NAME_WORDS); i -= 1) {
    const token = sentence.tokens[i] as Token
    if (covered[i] === 1) return false
    const isInstitutionWord = hasCue(sentence, i, 'actor')
    if (!isInstitutionWord && !isCapitalised(token) && !NAME_LINK_WORDS.has(token.norm)) break
    if (isCapitalised(token) && i > 0) isNamed = true
    hasInstitutionWord ||= isInstitutionWord
    if (!isSpaced(sentence, i)) break
  }
  return hasInstitutionWord && isNamed
}

/** A capital or city named before its country: «в столице Казахстана», "in the capital of Kazakhstan", «в городах Узбекистана». */
const PLACE_NOUN = /^(?:capital|city|cities|столиц[аеуы]|город|города|городе|городах)$/

/**
 * «В столице Казахстана состоялся концерт», "the festival in the capital of Uzbekistan": the country named as the owner
 * of the place where something happens is that place, as «в Астане» is, not a party acting.
 */
function isPlaceOfCountry(sentence: Sentence, mention: Mention): boolean {
  let i = mention.start - 1
  if (sentence.tokens[i]?.norm === 'of') i -= 1
  if (i < 1 || !PLACE_NOUN.test(sentence.tokens[i]?.norm ?? '')) return false
  if (sentence.tokens[i - 1]?.norm === 'the') i -= 1
  return i > 0 && hasCue(sentence, i - 1, 'venue')
}

/** A part of a country by its side of the compass: "East Kazakhstan", "in eastern Turkey", «в Восточном Казахстане». */
const COMPASS_WORD = /^(?:east|west|north|south|eastern|western|northern|southern|восточн\p{L}*|западн\p{L}*|северн\p{L}*|южн\p{L}*)$/u

/**
 * The token before a name, past the side of the compass that makes it one of its regions and an English "the" before that:
 * "moves to the East Kazakhstan region" goes to Kazakhstan as "moves to Kazakhstan" does.
 */
function compassWordsBefore(sentence: Sentence, start: number): number {
  let i = start - 1
  if (!COMPASS_WORD.test(sentence.tokens[i]?.norm ?? '') || sentence.tokens[start]?.sep !== 'space') return i
  i -= 1
  return sentence.tokens[i]?.norm === 'the' ? i - 1 : i
}

/** The words that open a route's list of countries ("a tour through Kazakhstan, Kyrgyzstan and Uzbekistan", «маршрут через …»), and Kazakh's after it («… арқылы»). */
const ROUTE_BEFORE: ReadonlySet<string> = new Set(['through', 'via', 'через'])
const ROUTE_AFTER = 'арқылы'

/**
 * labels.md § partners, a country only mentioned: "The forum is to close with the presentation of a new Silk Road
 * transnational tour through Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan", «Қазақстан, Қырғызстан және Өзбекстан арқылы
 * өтетін маршрут»: the items of a list a route runs through are places it passes, not parties.
 */
export function isRouteList(sentence: Sentence, enumeration: Enumeration): boolean {
  if (enumeration.countries < 2) return false
  return ROUTE_BEFORE.has(sentence.tokens[enumeration.start - 1]?.norm ?? '') || sentence.tokens[enumeration.end]?.norm === ROUTE_AFTER
}

function signalsOf(
  sentence: Sentence, mention: Mention, chain: readonly Mention[], enumeration: Enumeration, covered: Uint8Array, lang: Lang | 'other',
): Omit<MentionSignals, 'mention' | 'sentence' | 'isLanguage' | 'isEmbassySeat' | 'isPersonNationality' | 'isModelNationality' | 'isPlaceBesideHome'> {
  const before = mention.start - 1
  const isKazakh = lang === 'kk'
  const hasHome = chain.some((m) => m.isHome)
  const foreign = new Set(chain.filter((m) => !m.isHome).map((m) => m.code))
  const placeBefore = compassWordsBefore(sentence, mention.start)
  const venueBefore = placeBefore >= 0 && hasCue(sentence, placeBefore, 'venue')
  const placePrevious = sentence.tokens[placeBefore]?.norm ?? ''
  const isDestination = (DESTINATION_WORDS.has(placePrevious) && (lang === 'en' || RU_ACCUSATIVE_ENDING.test(mention.suffix)))
    || (isKazakh && KAZAKH_DATIVE_ENDING.test(mention.suffix))
  const isLocation = (venueBefore && !isDestination) || (isKazakh && KAZAKH_LOCATIVE_ENDING.test(mention.suffix)) || isPlaceOfCountry(sentence, mention)
  return {
    isPairedWithHome: chain.length > 1 && hasHome && !mention.isHome,
    isInForeignPair: !hasHome && foreign.size > 1,
    chainLength: chain.length,
    enumeration,
    isWith: (before >= 0 && hasCue(sentence, before, 'with')) || (isKazakh && KAZAKH_COMITATIVE_ENDING.test(mention.suffix)),
    isSide: isCueNear(sentence, mention.end, 'side', 0, 1) || (mention.start > 0 && isCueNear(sentence, mention.start - 1, 'side', 1, 0)),
    // «Франциядағы елшісі», «хатшы Парижге барып»: an official beside a place or destination is someone else's, there.
    hasOfficial: !(isKazakh && (KAZAKH_LOCATIVE_ENDING.test(mention.suffix) || KAZAKH_DATIVE_ENDING.test(mention.suffix)))
      && isOfficialAround(sentence, mention, covered, lang),
    hasInstitution: isInstitutionAround(sentence, mention),
    isInstitutionSeat: !isKazakh && !mention.isHome && isInstitutionsSeat(sentence, mention, covered),
    isLocation,
    isMeetingVenue: isMeetingVenueOf(sentence, mention, isLocation, lang),
    isDestination,
    isOrigin: (before >= 0 && hasCue(sentence, before, 'from')) || (isKazakh && KAZAKH_ABLATIVE_ENDING.test(mention.suffix)),
    isBetween: isCueNear(sentence, mention.start, 'between', 3, 3) || (isKazakh && isCueNear(sentence, mention.end, 'between', 0, 4)),
  }
}

export interface SentenceMentions {
  sentence: Sentence
  signals: MentionSignals[]
  /** The home country acts here: named as a party, or a ministry or minister with no country beside it. */
  isHomeActing: boolean
  /** It acts only as a ministry or minister with no country beside it. */
  isUnnamedMinister: boolean
  isHomeNamed: boolean
  /** The home country is named here as what acts («Қазақстан мен Түркия …»), not only as a place («в Нур-Султане»). */
  isHomeNamedActing: boolean
  /** labels.md § judgement calls: a foreign country's event held in the home country («Астанада Өзбекстан мәдениеті күндері») has it as host. */
  isHomeHosting: boolean
  /** The home country or a home place is named as where something happens or someone goes («Қазақстандағы фестивальде», "moves to East Kazakhstan"). */
  namesHomePlace: boolean
}

/** A sentence with no names covers none of its tokens (reading past the end gives undefined, not 1). */
const NOTHING_COVERED = new Uint8Array(0)

/** Kazakh puts the country first and titles run long: «Венгрияның Сыртқы істер және сауда министрі». */
const MINISTER_QUALIFIER_WINDOW = perLanguage({ en: 4, ru: 4, kk: 7, other: 4 })

/** How far after the head of state its country may stand: "the Head of State of Turkey"; Kazakh names it before («Түркия Мемлекет басшысы»). */
const HEAD_QUALIFIER_AFTER = perLanguage({ en: 2, ru: 2, kk: 0, other: 2 })

/**
 * The head of state named without a country («Мемлекет басшысы Қасым-Жомарт Тоқаев», «Глава государства») is the home
 * country's on a home-country site, as an unqualified minister is; an organisation's name after it («Мемлекет басшысы …
 * ТМД мемлекеттері басшылары кеңесінің отырысында») is where he spoke, not whose head he is.
 */
function hasUnqualifiedHead(sentence: Sentence, covered: Uint8Array, lang: Lang | 'other'): boolean {
  if (!sentence.cueSet.has('head')) return false
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, 'head') || hasCue(sentence, i + 1, 'head')) continue
    const first = Math.max(0, i - (MINISTER_QUALIFIER_WINDOW.get(lang) as number))
    const last = Math.min(sentence.tokens.length - 1, i + (HEAD_QUALIFIER_AFTER.get(lang) as number))
    let isQualified = false
    for (let j = first; j <= last && !isQualified; j += 1) isQualified = (covered[j] === 1 && !hasCue(sentence, j, 'head')) || hasCue(sentence, j, 'both')
    if (!isQualified) return true
  }
  return false
}

/** The most words a ministry's list of portfolios runs to: «министра культуры, информации, спорта и молодёжной политики». */
const MAX_PORTFOLIO_WORDS = 10

/** A portfolio's words carry no cue but a field's or "and": «информации», «спорта», «и», «молодёжной», "Tourism". */
function isPortfolioWord(sentence: Sentence, index: number): boolean {
  return (sentence.cues[index] ?? []).every((cue) => cue === 'and' || cue === 'culture' || isSector(cue))
}

/**
 * «Заместитель министра культуры, информации, спорта и молодёжной политики Кыргызстана», "Minister of Culture, Information
 * and Tourism of Kyrgyzstan": a ministry's portfolios, listed with commas, run past the minister's window to the country
 * that names it.
 */
function isPortfolioOf(sentence: Sentence, index: number, covered: Uint8Array): boolean {
  const last = Math.min(sentence.tokens.length - 1, index + MAX_PORTFOLIO_WORDS)
  for (let j = index + 1; j <= last; j += 1) {
    if (covered[j] === 1) return true
    const sep = sentence.tokens[j]?.sep
    if ((sep !== 'space' && sep !== 'comma') || (!isPortfolioWord(sentence, j) && sentence.tokens[j]?.norm !== 'of')) return false
  }
  return false
}

/**
 * A minister or ministry with no country named beside it is the home side speaking on a home-country site; an institution
 * is read against `owners`, the names that may be whose it is (ownersOf), the names covered unless told.
 */
function hasUnqualifiedMinister(sentence: Sentence, covered: Uint8Array, lang: Lang | 'other', owners = covered): boolean {
  if (hasUnqualifiedHead(sentence, covered, lang) || hasUnqualifiedInstitution(sentence, owners, lang)) return true
  if (!sentence.cueSet.has('minister')) return false
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!hasCue(sentence, i, 'minister')) continue
    let isQualified = false
    const window = MINISTER_QUALIFIER_WINDOW.get(lang) as number
    const last = Math.min(sentence.tokens.length - 1, i + window)
    for (let j = Math.max(0, i - window); j <= last && !isQualified; j += 1) {
      isQualified = covered[j] === 1 || hasCue(sentence, j, 'both')
    }
    if (!isQualified && !isPortfolioOf(sentence, i, covered)) return true
  }
  return false
}

/** Institutions of the cultural fields: a museum, library, archive, school, theatre, orchestra or studio. */
function isCulturalInstitution(sentence: Sentence, index: number): boolean {
  const cues = sentence.cues[index] ?? []
  return cues.includes('actor') && cues.some(isSector)
}

/**
 * One side named as whose it is: «со стороны университета», «университет тарапынан», "on its side", «с казахстанской
 * стороны». The institution beside it is that side, not one of "the parties".
 */
const ONE_SIDE = /^(?:side|сторона|стороне|сторону|стороной|тарап|тарапы|тарапынан|тарапына|тарапқа|тараптан)$/

/**
 * "The two universities", «екі оқу орны», «двух музеев», «екі тарап», «стороны», «тараптар»: the parties the text has named already, not
 * the home side. "Two" only before the institutions it counts: a bilateral agreement («екі жақты», «двустороннее») or two
 * countries' artists («екі елдің суретшілері») call no institution one of the parties.
 */
function isPartiesWord(sentence: Sentence, index: number): boolean {
  if (hasCue(sentence, index, 'both')) return isCulturalInstitution(sentence, index + 1) || hasCue(sentence, index + 1, 'side')
  if (!hasCue(sentence, index, 'side') && !hasCue(sentence, index, 'parties')) return false
  // «екі тарап», "two sides": a side counted with the other is one of the parties.
  if (hasCue(sentence, index - 1, 'both')) return true
  const norm = sentence.tokens[index]?.norm ?? ''
  return !ONE_SIDE.test(norm) && !(norm === 'стороны' && /^со?$/.test(sentence.tokens[index - 1]?.norm ?? ''))
}

/**
 * Kazakh names an institution's place right before it: in «Уәлиханов университеті Небраска университетімен …» the name
 * after the first university is the second one's («Небраска университеті»), not the first's.
 */
function namesNextInstitution(sentence: Sentence, index: number, covered: Uint8Array): boolean {
  let after = index
  while (covered[after] === 1) after += 1
  return sentence.tokens[after]?.sep === 'space' && isCulturalInstitution(sentence, after)
}

/**
 * «Жетісу университеті түрік университеттерімен келісімге қол қойды», "Margulan University partners Curtin Malaysia": a
 * university, museum or theatre named in the headline or lead with no country beside it is a home-country institution on
 * a home-country site, as an unqualified minister is (labels.md § relevant: the home country is a party as its
 * institutions). A foreign country's own («Турецкий культурный центр», "Curtin Malaysia") has its name beside it; in
 * Kazakh, not the name that opens the next institution's (namesNextInstitution).
 */
function hasUnqualifiedInstitution(sentence: Sentence, covered: Uint8Array, lang: Lang | 'other'): boolean {
  if (sentence.region === 'body') return false
  const window = MINISTER_QUALIFIER_WINDOW.get(lang) as number
  const isKazakh = lang === 'kk'
  for (let i = 0; i < sentence.tokens.length; i += 1) {
    if (!isCulturalInstitution(sentence, i)) continue
    let isQualified = false
    const last = Math.min(sentence.tokens.length - 1, i + window)
    for (let j = Math.max(0, i - window); j <= last && !isQualified; j += 1) {
      isQualified = (covered[j] === 1 && !(isKazakh && j > i && namesNextInstitution(sentence, j, covered))) || isPartiesWord(sentence, j)
    }
    if (!isQualified) return true
  }
  return false
}

/**
 * The names that may be whose an institution is: a country or city named as where it goes («ансамблі Барнаулға барып»,
 * "the museum takes its exhibition to Turkey") is its destination, not its owner. The names covered, copied only where
 * a destination is named.
 */
function ownersOf(covered: Uint8Array, signals: readonly MentionSignals[]): Uint8Array {
  if (!signals.some((s) => s.isDestination)) return covered
  const owners = covered.slice()
  for (const s of signals) if (s.isDestination) owners.fill(0, s.mention.start, s.mention.end)
  return owners
}

/** How far after the country that has it a comparison word stands: «Kazakhstan also has a similar programme». */
const COMPARISON_WINDOW = 4
/**
 * Acts a compared country may still do itself, at any time: "ENU has earlier opened similar centres in Iran";
 * «осындай ынтымақтастық», such cooperation, or "also has ties" is its own cooperating.
 */
const ACTS: readonly Cue[] = ['sign', 'meet', 'opening', 'event', 'visit', 'coop', 'exchange', 'agreed', 'joint']

/**
 * «Kazakhstan has a similar programme», «У Казахстана есть подобная программа», «Қазақстанның да
 * осындай бағдарламасы бар»: a home country that has something like what is reported, in a
 * sentence where it does nothing, takes no part in it.
 */
function isHomeComparedOnly(sentence: Sentence, mention: Mention): boolean {
  return isCueNear(sentence, mention.end, 'similar', 0, COMPARISON_WINDOW - 1)
    && !ACTS.some((cue) => sentence.cueSet.has(cue))
}

/**
 * labels.md § relevant: the home country is a party as the state or its institutions. Its adjective before a word of
 * its communities abroad («қазақ диаспорасы», "the Kazakh diaspora", «казахская диаспора», "Kazakh compatriots") names
 * the community, which is no institution of the state, as isCommunityAdjective does for other countries' at home.
 */
function isDiasporaName(sentence: Sentence, mention: Mention): boolean {
  return mention.isDemonym && isSpaced(sentence, mention.end) && hasCue(sentence, mention.end, 'ethnic')
}

/** A list of participants: the home country and three others at least (candidates.ts reads such lists; envoys listed so attend). */
export const PARTICIPANT_LIST = 4
/** Envoys who sign, meet or sit in a council or commission act. */
const ENVOY_LIST_ACTS: readonly Cue[] = ['sign', 'meet', 'agreed', 'commission', 'council', 'session']

/**
 * «На открытие пришли … руководители дипмиссий Казахстана, Омана, Сомали, Чили …»: the home country named in a list of
 * envoys attending only attended, as a foreign embassy only attending is no party (corpus/README.md); a council's or
 * commission's list is its members'.
 */
function isEnvoyListed(sentence: Sentence, enumeration: Enumeration | undefined): boolean {
  if (enumeration === undefined || enumeration.countries < PARTICIPANT_LIST || !sentence.cueSet.has('envoy')) return false
  if (ENVOY_LIST_ACTS.some((cue) => sentence.cueSet.has(cue))) return false
  const end = Math.max(...sentence.countries.filter((m) => m.start >= enumeration.start).map((m) => m.end))
  return isCueNear(sentence, enumeration.start, 'envoy', 4, end - enumeration.start + 2)
}

/** Kazakh «астана+сы»: its capital, the common noun with a possessive ending. */
const KAZAKH_POSSESSIVE_ENDING = /^с[ыі]/

/**
 * «Тәжікстан астанасында», in the capital of Tajikistan, is no Astana: written in lower case, or in
 * a title in capitals («ТӘЖІКСТАН АСТАНАСЫНДА») where only the possessive ending tells.
 */
function isProperName(sentence: Sentence, mention: Mention): boolean {
  const first = sentence.tokens[mention.start]?.raw ?? ''
  return first !== first.toLowerCase() && !KAZAKH_POSSESSIVE_ENDING.test(mention.suffix)
}

/**
 * «Азербайджанский национальный музей ковра и Национальный музей Таджикистана заключили меморандум»: two other
 * states' institutions joined by "and" or "with", in a headline or lead where the home country neither acts nor is
 * named, pair their countries as «Uzbekistan and Georgia» does (labels.md § relevant: cultural cooperation between
 * other countries), though the institutions' words stand between the names. A city opening its institution's name
 * ("Baku State University signs memorandums with Samarkand State University", «Ош мемлекеттік университеті мен Самарқанд
 * педагогикалық институты») names its country so, where it is no place («in Samarkand»). Only there: in the body the home's
 * minister may be the unnamed subject («министр Түркияның … министрімен және Өзбекстанның … директорымен кездесті»).
 */
/** Words from a country or city to its institution's word: «Самарқанд мемлекеттік педагогикалық институтымен». */
const MAX_INSTITUTION_WORDS = 4

function pairForeignInstitutions(sentence: Sentence, signals: MentionSignals[]): void {
  if (signals.some((s) => s.mention.isOrg)) {
    pairOrganisationWithForeignBody(sentence, signals)
    return
  }
  const isCity = (s: MentionSignals): boolean => s.mention.kind === 'capital' || s.mention.kind === 'city'
  const linked = signals.filter((s) => (s.hasInstitution || s.hasOfficial) && (!isCity(s) || (s.hasInstitution && !s.isLocation && !s.isDestination)))
  const codes = new Set(linked.map((s) => s.mention.code))
  if (codes.size !== 2 || signals.some((s) => !codes.has(s.mention.code))) return
  const first = linked[0] as MentionSignals
  const other = linked.find((s) => s.mention.code !== first.mention.code) as MentionSignals
  let isJoined = false
  for (let i = first.mention.end; i < other.mention.start && !isJoined; i += 1) isJoined = hasCue(sentence, i, 'and') || hasCue(sentence, i, 'with')
  // Kazakh joins the second on its institution's word: «Ош мемлекеттік университеті Самарқанд педагогикалық институтымен».
  const last = Math.min(sentence.tokens.length, other.mention.end + MAX_INSTITUTION_WORDS)
  for (let i = other.mention.end; i < last && !isJoined; i += 1) {
    isJoined = hasCue(sentence, i, 'actor') && KAZAKH_COMITATIVE_ENDING.test(sentence.tokens[i]?.norm ?? '')
  }
  if (isJoined) for (const s of linked) s.isInForeignPair = true
}

/**
 * «Генсек ТЮРКСОЙ и новый министр культуры Кыргызстана договорились о совместных проектах», "Uzbek culture and tourism
 * ministry meets TURKSOY Secretary General": an international organisation and one other state's ministry, official or
 * institution joined by "and" or "with", in a headline or lead where the home country neither acts nor is named, are that
 * organisation's cooperation with that state (labels.md § judgement calls: an international organisation is not the home
 * country, even when a home-country national heads it; § relevant: cooperation where the home country is no party), paired
 * as two other states' institutions are. One organisation and one state only: a list of member states is its council's. Only
 * where they meet, agree or sign: an organisation's secretariat that organised a gathering together with its host's ministry
 * ("organised by China's ministry of education together with the SCO secretariat") hosts its member states' council.
 */
const ORGANISATION_TALKS: readonly Cue[] = ['meet', 'agreed', 'sign']

function pairOrganisationWithForeignBody(sentence: Sentence, signals: MentionSignals[]): void {
  if (!ORGANISATION_TALKS.some((cue) => sentence.cueSet.has(cue))) return
  const orgs = signals.filter((s) => s.mention.isOrg)
  const countries = signals.filter((s) => !s.mention.isOrg)
  if (new Set(orgs.map((s) => s.mention.code)).size !== 1 || new Set(countries.map((s) => s.mention.code)).size !== 1) return
  const isCity = (s: MentionSignals): boolean => s.mention.kind === 'capital' || s.mention.kind === 'city'
  const body = countries.find((s) => (s.hasInstitution || s.hasOfficial) && !s.isLocation && !s.isDestination && (!isCity(s) || s.hasInstitution))
  if (body === undefined) return
  const org = orgs[0] as MentionSignals
  const [first, other] = org.mention.start < body.mention.start ? [org, body] : [body, org]
  let isJoined = false
  for (let i = first.mention.end; i < other.mention.start && !isJoined; i += 1) isJoined = hasCue(sentence, i, 'and') || hasCue(sentence, i, 'with')
  const last = Math.min(sentence.tokens.length, other.mention.end + MAX_INSTITUTION_WORDS)
  for (let i = other.mention.end; i < last && !isJoined; i += 1) {
    isJoined = (hasCue(sentence, i, 'actor') || hasCue(sentence, i, 'official')) && KAZAKH_COMITATIVE_ENDING.test(sentence.tokens[i]?.norm ?? '')
  }
  if (isJoined) for (const s of signals) s.isInForeignPair = true
}

/** How many words may stand between a home city and the body it names: «Қызылорда облысының делегациясы», "Pavlodar Pedagogical Institute", «облысының әкімі». */
const CITY_BODY_WINDOW = 2

/**
 * labels.md § relevant: the home country is a party as its institutions, and a region's or city's delegation, university
 * or theatre is one («Қызылорда облысының делегациясы Орынборда концерт берді», "Pavlodar Pedagogical Institute receives
 * scholars from Lithuania"): a home city or region named right before such a body (no place where something happens) acts.
 */
function namesHomeBody(sentence: Sentence, mention: Mention, covered: Uint8Array): boolean {
  const last = Math.min(sentence.tokens.length - 1, mention.end - 1 + CITY_BODY_WINDOW)
  for (let i = mention.end; i <= last; i += 1) {
    if (covered[i] === 1 || !isSpaced(sentence, i)) return false
    if (hasCue(sentence, i, 'actor') || hasCue(sentence, i, 'official') || hasCue(sentence, i, 'akim')) return true
    if (breaksPhrase(sentence, i)) return false
  }
  return false
}

/** How many words may stand between a region's or city's akim and its name: "the akim of Turkistan region", «аким Туркестанской области». */
const AKIM_WINDOW = 2

/** labels.md § relevant: the akim of a home region or city named after him is the home side acting, as a minister is. */
function isAkimOf(sentence: Sentence, mention: Mention): boolean {
  if (!sentence.cueSet.has('akim')) return false
  for (let i = mention.start - 1; i >= Math.max(0, mention.start - AKIM_WINDOW); i -= 1) {
    if (!isSpaced(sentence, i + 1)) return false
    if (hasCue(sentence, i, 'akim')) return true
  }
  return false
}

/** Every country and organisation a sentence names, with how it is linked. Linear in the sentence's length. */
export function readMentions(sentence: Sentence, home: string, lang: Lang | 'other', isAboutCommunities = false): SentenceMentions {
  const signals: MentionSignals[] = []
  // Most sentences name nothing: they are read without the lists and marks a name needs.
  if (sentence.countries.length === 0 && sentence.orgs.length === 0) {
    const isUnnamedMinister = !sentence.cueSet.has('home') && hasUnqualifiedMinister(sentence, NOTHING_COVERED, lang)
    return { sentence, signals, isHomeActing: isUnnamedMinister || sentence.cueSet.has('home'), isUnnamedMinister, isHomeNamed: false, isHomeNamedActing: false, isHomeHosting: false,
      namesHomePlace: false }
  }
  const mentions = mentionsOf(sentence, home, isAboutCommunities)
  const covered = new Uint8Array(sentence.tokens.length)
  for (const m of mentions) for (let i = m.start; i < m.end; i += 1) covered[i] = 1
  let isHomeActing = false
  let isHomeNamed = false
  let isHomeNamedActing = false
  let isHomePlace = false
  let namesHomePlace = false
  const enumerations = enumerationsOf(sentence, mentions)
  const languages = languageNames(sentence, mentions)
  for (const chain of chainsOf(sentence, mentions)) {
    // "travels to Kyrgyzstan and East Kazakhstan": a home name in a chain of places is one of them, though only the first reads the "to".
    let isChainPlace = false
    let isChainHome = false
    let isChainWith = false
    let isChainOrigin = false
    const chainSignals: MentionSignals[] = []
    for (const mention of chain) {
      const alone = { countries: 1, start: mention.start, end: mention.end }
      const found = signalsOf(sentence, mention, chain, enumerations.get(mention) ?? alone, covered, lang)
      if (found.isLocation || found.isDestination) isChainPlace = true
      isChainWith ||= found.isWith
      isChainOrigin ||= found.isOrigin
      if (mention.isHome) {
        if (isHomeComparedOnly(sentence, mention)) continue
        isHomeNamed = true
        if (isEnvoyListed(sentence, enumerations.get(mention))) continue
        isChainHome = true
        const isCity = mention.kind === 'capital' || mention.kind === 'city'
        const isPlace = found.isLocation || found.isDestination
        // «Бюро ЮНЕСКО в Алматы и узбекский институт …»: a home city where something is, in a chain of names, is still a place.
        const isCityPlace = isCity && isPlace
        // A home city's body («Павлодарский педагогический институт»): the home side acting through it; the capital's too
        // ("Astana Ballet Theatre", «Астана қаласының әкімі»), which no reading made the home side's. A body named where something
        // happens ("at Karaganda Medical University") is no less the home side's: the place word before the city is the body's.
        const isCityBody = isCity && ((!isPlace && isAkimOf(sentence, mention)) || namesHomeBody(sentence, mention, covered))
        // labels.md § judgement calls: a home city's or region's days abroad («Дни Алматы в Стамбуле», "Days of Astana held in
        // Tokyo") are the home country's days of culture there, as «Дни казахстанской культуры» are.
          || (isCity && !isPlace && ownsPlaceDays(sentence, mention.start, mention.end))
        if ((chain.length > 1 && !isCityPlace) || (!isCity && !isPlace && !isDiasporaName(sentence, mention)) || isCityBody) {
          isHomeActing = true
          isHomeNamedActing = true
        }
        else if (isProperName(sentence, mention)) isHomePlace = true
        continue
      }
      chainSignals.push({ mention, sentence, ...found, isLanguage: languages.has(mention), isEmbassySeat: isEmbassySeat(sentence, mention, mentions, found.isLocation, lang),
        isPersonNationality: isPersonNationality(sentence, mention), isModelNationality: isModelNationality(sentence, mention), isPlaceBesideHome: false })
    }
    if (isChainHome && isChainPlace) namesHomePlace = true
    for (const s of chainSignals) {
      // A list's preposition stands before its first name and a Kazakh list's case ends its last: "with Russia, Belarus and
      // Ukraine", «из России, Беларуси и Украины», «Ресей, Беларусь және Украинамен» make every name of the chain a with or a from.
      if (isChainWith) s.isWith = true
      if (isChainOrigin) s.isOrigin = true
      // A list of four or more names ("experts in Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan") names participants, no stops.
      if (isChainHome && isChainPlace && !s.mention.isOrg && s.enumeration.countries < PARTICIPANT_LIST) s.isPlaceBesideHome = true
      signals.push(s)
    }
  }
  const isUnnamedMinister = !isHomeActing && !sentence.cueSet.has('home') && hasUnqualifiedMinister(sentence, covered, lang, ownersOf(covered, signals))
  if (!isHomeActing) isHomeActing = isUnnamedMinister || sentence.cueSet.has('home')
  if (sentence.region !== 'body' && !isHomeNamed && !isHomeActing) pairForeignInstitutions(sentence, signals)
  // Two other states cooperating there («Кыргызстан и Узбекистан обсудили Дни культуры … в Нур-Султане») hold their talks in
  // the home country, whose days or festival they speak of: it hosts the talks, not a foreign country's event. It does host a
  // foreign institution's or delegation's tour, festival or exhibition there («Анкара мемлекеттік театрының қойылымы …
  // Қазақстандағы фестивальде», "a Polish museum delegation joins an Almaty conference"), and its arrival or visit, a tour
  // named by its coming ("The Vakhtangov Theatre arrives in Kazakhstan").
  const isForeignPairCooperating = signals.some((s) => s.isInForeignPair) && isCooperationSentence(sentence)
  const isForeignBodysEvent = (sentence.cueSet.has('event') || sentence.cueSet.has('arrive') || sentence.cueSet.has('visit')) && signals.some((s) => !s.mention.isOrg && (s.hasInstitution || s.hasOfficial))
  const isHomeHosting = isHomePlace && !isHomeActing && !isForeignPairCooperating && signals.some((s) => !s.mention.isOrg)
    && (isForeignBodysEvent || sentence.cues.some((cues) => cues.includes('event') && cues.includes('culture') && !cues.includes('staged')))
  return { sentence, signals, isHomeActing, isUnnamedMinister, isHomeNamed, isHomeNamedActing, isHomeHosting, namesHomePlace }
}

/**
 * The sentences where the home country acts. A minister named without a country is the home side on a
 * home-country site, but another country's site names its own ministry so after the first mention («Түркияның
 * Сыртқы істер министрі …», then «Сыртқы істер министрлігінің қызметкерлері»): in an article that never names
 * the home country as what acts, an unnamed minister after a sentence where only a foreign one acts is that country's. A home
 * country named only as the place («беседа прошла … в Нур-Султане») is where another country's ministry met, not its own.
 */
export function homeActingSentences(mentions: readonly SentenceMentions[]): Set<Sentence> {
  const foreignMinister = mentions.some((m) => m.isHomeNamedActing)
    ? -1
    : mentions.findIndex((m) => !m.isHomeActing && m.sentence.cueSet.has('minister') && m.signals.some((s) => !s.mention.isOrg && s.hasOfficial))
  return new Set(mentions.filter((m, i) => m.isHomeActing && !(m.isUnnamedMinister && foreignMinister >= 0 && i > foreignMinister)).map((m) => m.sentence))
}
