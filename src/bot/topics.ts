import type { CountryIndex, CountryRef, MentionKind } from '../classify/countries.js'
import { lookupOrganisation } from '../classify/organisations.js'
import { KINDS, LANGS, type Kind, type Lang, SECTORS, type Sector } from '../classify/types.js'
import type { Topic } from '../db/subscriptions.js'
import { cleanTypedWords, decodeTypedEntities, searchLowerCase, tokenize } from '../language/normalize.js'
import { normalizeQuotes, withKazakhLatinCapitalI } from '../language/search-query.js'
import type { BotContext } from './context.js'
import { findRegion } from '../regions.js'

const ALL_WORDS = new Set(['all', 'everything', 'все', 'всё', 'барлығы', 'бәрі', 'барлық'])
/** Words that say what an institution is, beside its name: "Hermitage Museum", «Мариинский театр», «Эрмитаж мұражайы». */
const INSTITUTION_WORDS = new Set([
  'the', 'state', 'national', 'museum', 'gallery', 'theatre', 'theater', 'institute', 'university', 'library', 'conservatory', 'orchestra',
  'государственный', 'государственная', 'национальный', 'национальная', 'музей', 'галерея', 'театр', 'институт', 'университет', 'библиотека', 'консерватория', 'оркестр',
  'мемлекеттік', 'ұлттық', 'мұражайы', 'галереясы', 'театры', 'институты', 'университеті', 'кітапханасы', 'консерваториясы', 'оркестрі',
])
/** A keyword in quotes (any double ones once normalizeQuotes made them plain); an apostrophe inside double quotes is part of it ("Musée d'Orsay"), single quotes close at one. */
const QUOTED = /^(?:"([^"]+)"|'([^']+)')$/u
/** A quoted word longer than this is not taken (UTF-16 units, as typed and lower-cased). */
export const MAX_KEYWORD_LENGTH = 50
/** Subscriptions are separated by commas (or ; or new lines) outside quotes. */
const PIECE_SEPARATOR = /[,;\n]/
/** Parts of one narrowed subscription: «Россия + музеи + соглашения». */
const PART_SEPARATOR = '+'

/** A name typed for a country that is not the country's own (an institution, a capital, a city). */
export interface IndirectName {
  text: string
  code: string
  kind: Exclude<MentionKind, 'country'>
  /** The subscription the name became part of (Louvre + museums: France + museums); null when none (the home country, a piece too narrow). */
  topic: Topic | null
}

/** What `/subscribe …` and `/unsubscribe …` understood, and the pieces they did not. */
export interface ParsedTopics {
  topics: Topic[]
  unknown: string[]
  /** Pieces understood as a country through something else (Louvre → France), to say so. */
  indirect: IndirectName[]
  /** Pieces that combine more than one subscription can (two countries joined with +). */
  tooNarrow: string[]
  /** The home country was named: every item is about it, so it is no topic. */
  isHomeNamed: boolean
  /**
   * Pieces joined with + of which a part was not understood (France + exhibitions): followed not at all, as the parts
   * read alone would follow more than was asked, with the subscription those parts make and the words not understood.
   */
  unreadNarrowing: { piece: string; understood: Topic; unknown: string[] }[]
}

/** Sector and kind names as users may type them: the ids and their translations in every language. */
export interface TopicNames {
  sectors: Map<Sector, string[]>
  kinds: Map<Kind, string[]>
}

/**
 * Words for a kind that its names leave out but readers type: "meetings" and "events" are the ids' own plurals, «встречи» and
 * «кездесулер» are no form of «переговоры» or «келіссөздер», and «мероприятия» and «іс-шаралар» lack the «совместные» and «бірлескен» before them.
 */
const KIND_WORDS: Partial<Record<Kind, string[]>> = {
  meeting: ['встреча', 'встречи', 'кездесу', 'кездесулер'],
  event: ['мероприятие', 'мероприятия', 'іс-шара', 'іс-шаралар'],
}

export function topicNames(translate: (lang: Lang, key: string) => string): TopicNames {
  const forms = (id: string, keys: string[]) => [id, ...LANGS.flatMap((l) => keys.map((key) => translate(l, key).toLowerCase()))]
  return {
    sectors: new Map(SECTORS.map((s) => [s, forms(s, [`sector-${s}`])])),
    kinds: new Map(KINDS.map((k) => [k, [...forms(k, [`kind-${k}`, `kinds-${k}`]), ...(KIND_WORDS[k] ?? [])]])),
  }
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return i
}

const wordCount = (text: string): number => text.split(/\s+/).length

/**
 * «музеев», "theatres", «мұражайлар» → the sector (or kind); inflections match by a long enough common start, unless `isExact`,
 * and only as many words as the name has: «музеи театры» is no inflection of «музыка».
 */
export function findByName<T>(word: string, names: Map<T, string[]>, { isExact = false } = {}): T | null {
  const w = word.toLowerCase().trim()
  let best: { id: T; score: number } | null = null
  for (const [id, forms] of names) {
    for (const form of forms) {
      const shared = commonPrefixLength(w, form)
      const needed = Math.min(form.length, Math.max(3, Math.min(form.length, w.length) - 3))
      const isMatch = w === form || (!isExact && shared >= needed && shared >= 3 && w.length <= form.length + 6 && wordCount(w) === wordCount(form))
      if (isMatch && (!best || shared > best.score)) best = { id, score: shared }
    }
  }
  return best?.id ?? null
}

/** Splits at `separator` characters outside "quotes" (balanced ones: normalizeQuotes). */
function splitOutsideQuotes(text: string, isSeparator: (char: string) => boolean): string[] {
  const pieces: string[] = []
  let current = ''
  let isQuoted = false
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted
    if (!isQuoted && isSeparator(char)) {
      pieces.push(current)
      current = ''
    } else current += char
  }
  pieces.push(current)
  return pieces.map((p) => p.trim()).filter(Boolean)
}

type Part =
  | { type: 'all' }
  | { type: 'keyword'; value: string }
  | { type: 'country'; value: string }
  | { type: 'org'; value: string }
  | { type: 'sector'; value: Sector }
  | { type: 'kind'; value: Kind }

interface Reading {
  parts: Part[]
  unknown: string[]
  indirect: Omit<IndirectName, 'topic'>[]
  /** A country beside a sector ("French museums"): its parts make one subscription, as if joined with +. */
  isNarrowing?: boolean
}

const isInstitutionWord = (word: string): boolean => INSTITUTION_WORDS.has(word.toLowerCase())

/**
 * An institution named with what it is ("Hermitage Museum"): its country, rather than Russia and every
 * museum. The name is read without those words, else without the leading ones only, for a name that holds one
 * («Государственный Русский музей»).
 */
function lookupInstitution(text: string, index: CountryIndex): CountryRef | null {
  const words = text.split(/\s+/)
  const firstNameWord = words.findIndex((w) => !isInstitutionWord(w))
  if (firstNameWord === -1) return null
  for (const name of [words.filter((w) => !isInstitutionWord(w)), words.slice(firstNameWord)]) {
    if (name.length === words.length) continue
    const ref = index.lookup(name.join(' '))
    if (ref?.kind === 'institution') return ref
  }
  return null
}

/** Words that join a list («Россия и музеи», "France and museums"): what they join is followed apart, as after a comma. */
const LIST_WORD = /^(?:and|и|мен|және|&)$/iu

/** A sector or a kind by its name, exact or inflected; not a country's name that starts like one («Перу», «Турция»). */
function readSectorOrKind(text: string, index: CountryIndex, names: TopicNames): Part | null {
  const sector = findByName(text, names.sectors, { isExact: true })
  if (sector) return { type: 'sector', value: sector }
  const kind = findByName(text, names.kinds, { isExact: true })
  if (kind) return { type: 'kind', value: kind }
  if (index.lookup(text)) return null
  const inflectedSector = findByName(text, names.sectors)
  if (inflectedSector) return { type: 'sector', value: inflectedSector }
  const inflectedKind = findByName(text, names.kinds)
  return inflectedKind ? { type: 'kind', value: inflectedKind } : null
}

/** The sector and kinds `words` name, together («совместные мероприятия») or each on its own; null when any word is none. */
function readNarrowing(words: readonly string[], index: CountryIndex, names: TopicNames): Part[] | null {
  const whole = readSectorOrKind(words.join(' '), index, names)
  if (whole) return [whole]
  const parts = words.length > 1 ? words.map((word) => readSectorOrKind(word, index, names)) : [null]
  return parts.every((part) => part !== null) ? parts : null
}

/**
 * A country or an organisation with what narrows it in one piece, on either side: "French museums", «Қытай мұражайлары»,
 * "museums of France", «музеи Франции», «Франция соглашения», «соглашения с Францией», "UNESCO museums" are it narrowed to
 * the sector and kinds, which is what the reader asks for, not it and every museum or agreement (a name such as «Русский
 * музей» was read as its institution before). A comma or «и», "and" lists them apart. A name read as no country beside
 * such words, but near one («Frnace museums»), is a narrowing not understood, as with +.
 */
function readNarrowed(text: string, index: CountryIndex, names: TopicNames): Reading | null {
  const words = text.trim().split(/\s+/)
  if (words.some((word) => LIST_WORD.test(word))) return null
  const splits: [string[], string[]][] = []
  for (let split = words.length - 1; split > 0; split--) splits.push([words.slice(0, split), words.slice(split)], [words.slice(-split), words.slice(0, -split)])
  const narrowed = splits.flatMap(([name, rest]) => {
    const narrowing = readNarrowing(rest, index, names)
    return narrowing ? [{ name: name.join(' '), narrowing }] : []
  })
  for (const { name, narrowing } of narrowed) {
    const org = lookupOrganisation(name)
    if (org) return { parts: [{ type: 'org', value: org }, ...narrowing], unknown: [], indirect: [], isNarrowing: true }
    const ref = index.lookup(name)
    if (ref) {
      const indirect = ref.kind === 'country' ? [] : [{ text: name, code: ref.code, kind: ref.kind }]
      return { parts: [{ type: 'country', value: ref.code }, ...narrowing], unknown: [], indirect, isNarrowing: true }
    }
  }
  const misspelt = narrowed.find(({ name }) => !name.includes(' ') && index.suggest(name, 1).length > 0)
  if (misspelt) return { parts: misspelt.narrowing, unknown: [misspelt.name], indirect: [], isNarrowing: true }
  // «большие театры России», "big theatres of Russia", «үлкен Ресей театрлары»: a country with a sector or kinds beside it and a word that is neither is a
  // narrowing not understood, as with + (nothing followed, what was read said), not the country alone or it and every theatre.
  // The country may stand among the words («үлкен Ресей театрлары»): every run of words, the longest first.
  const spans: [string[], string[]][] = []
  for (let length = words.length - 1; length > 0; length--) {
    for (let at = 0; at + length <= words.length; at++) spans.push([words.slice(at, at + length), [...words.slice(0, at), ...words.slice(at + length)]])
  }
  for (const [name, rest] of spans) {
    const ref = index.lookup(name.join(' '))
    if (!ref || rest.some((word) => index.lookup(word) !== null)) continue
    const read = rest.map((word) => readSectorOrKind(word, index, names))
    const narrowing = read.filter((part) => part !== null)
    if (narrowing.length === 0) continue
    const unknown = rest.filter((_, i) => read[i] === null)
    const indirect = ref.kind === 'country' ? [] : [{ text: name.join(' '), code: ref.code, kind: ref.kind }]
    return { parts: [{ type: 'country', value: ref.code }, ...narrowing], unknown, indirect, isNarrowing: true }
  }
  return null
}

function readPart(text: string, index: CountryIndex, names: TopicNames): Reading {
  const none: Reading = { parts: [], unknown: [], indirect: [] }
  if (ALL_WORDS.has(text.toLowerCase())) return { ...none, parts: [{ type: 'all' }] }
  const quoted = QUOTED.exec(text)
  if (quoted) {
    // In lower case as search reads it: «İzmir» is «izmir», not «i» with a combining dot and «zmir», and typed in Kazakh Latin
    // a capital I is ı; but NOT, the operator only in capitals (search-query.ts), stays so, or «museum NOT Louvre» would
    // alert on the Louvre's museum.
    const typedKeyword = withKazakhLatinCapitalI((quoted[1] ?? quoted[2])!.replace(/\s+/g, ' ').trim())
    const keyword = typedKeyword.split(' ').map((word) => (word === 'NOT' ? word : searchLowerCase(word))).join(' ')
    return /[\p{L}\p{N}]/u.test(keyword) && keyword.length <= MAX_KEYWORD_LENGTH ? { ...none, parts: [{ type: 'keyword', value: keyword }] } : { ...none, unknown: [text] }
  }
  // A sector or kind by its exact name, then a country, and only then a sector or kind by its
  // start: «турция» shares «тур» with «туризм», «перу» «пер» with «переговоры».
  const sector = findByName(text, names.sectors, { isExact: true })
  if (sector) return { ...none, parts: [{ type: 'sector', value: sector }] }
  const kind = findByName(text, names.kinds, { isExact: true })
  if (kind) return { ...none, parts: [{ type: 'kind', value: kind }] }
  // An organisation before a country: TURKSOY is no misspelt Turkey, nor «ШОС» a country's abbreviation.
  const org = lookupOrganisation(text)
  if (org) return { ...none, parts: [{ type: 'org', value: org }] }
  const ref = index.lookup(text) ?? lookupInstitution(text, index)
  if (ref) {
    return { ...none, parts: [{ type: 'country', value: ref.code }], indirect: ref.kind === 'country' ? [] : [{ text, code: ref.code, kind: ref.kind }] }
  }
  const narrowed = readNarrowed(text, index, names)
  if (narrowed) return narrowed
  const inflectedSector = findByName(text, names.sectors)
  if (inflectedSector) return { ...none, parts: [{ type: 'sector', value: inflectedSector }] }
  const inflectedKind = findByName(text, names.kinds)
  if (inflectedKind) return { ...none, parts: [{ type: 'kind', value: inflectedKind }] }
  const listed = index.parseList(text)
  const reading: Reading = { ...none, parts: listed.codes.map((code) => ({ type: 'country', value: code })) }
  for (const word of listed.unknown) {
    const named = findByName(word, names.sectors)
    if (named) reading.parts.push({ type: 'sector', value: named })
    else reading.unknown.push(word)
  }
  // Nothing understood: the words as typed, not the letters the index read in them («<b>» is no «b»).
  if (reading.parts.length === 0 && reading.unknown.length > 0) reading.unknown = [text.trim()]
  else reading.unknown = unreadAsTyped(text, reading.unknown)
  return reading
}

/**
 * The words of `text` as typed (between spaces) that hold nothing but what was not read, for the echo: «Russia <b>» did
 * not read «<b>», not «b». A word read in part keeps the index's tokens ("Russia/<b>": «b»), and so does a token no word
 * holds; a full stop or comma ending a word is the sentence's, not the word's («Ю.» is echoed «Ю»).
 */
export function unreadAsTyped(text: string, unread: readonly string[]): string[] {
  const echoed: string[] = []
  let next = 0
  for (const word of text.split(/\s+/)) {
    const tokens = tokenize(word).map((token) => token.raw)
    const taken = tokens.filter((raw) => next < unread.length && raw === unread[next] && ++next > 0)
    if (taken.length === 0) continue
    echoed.push(...(taken.length === tokens.length ? [word.replace(/[.,]+$/, '')] : taken))
  }
  return [...echoed, ...unread.slice(next)]
}

/** One subscription from the parts joined with "+": one country, organisation, word or everything, at most one more sector, any kinds. */
function combine(parts: readonly Part[]): Topic | null {
  const subjects = parts.filter((p) => p.type === 'country' || p.type === 'org' || p.type === 'keyword' || p.type === 'all')
  const sectors = [...new Set(parts.flatMap((p) => (p.type === 'sector' ? [p.value] : [])))]
  const kinds = KINDS.filter((k) => parts.some((p) => p.type === 'kind' && p.value === k))
  const narrowing = kinds.length > 0 ? { kinds } : {}
  const subject = subjects[0]
  if (subjects.length > 1 || sectors.length > 1) return null
  if (!subject || subject.type === 'all') {
    const [sector] = sectors
    return sector ? { type: 'sector', value: sector, ...narrowing } : { type: 'all', value: '', ...narrowing }
  }
  return { type: subject.type, value: subject.value, ...(sectors[0] ? { sector: sectors[0] } : {}), ...narrowing }
}

/** One subscription as a key, narrowing included: Russia and Russia + museums are two. */
export const topicKey = (topic: Topic): string => JSON.stringify([topic.type, topic.value, topic.sector ?? '', topic.kinds ?? []])

/** The subscriptions one comma-separated piece makes from its parts, or null when one subscription cannot hold them. */
function readPiece(parts: readonly Part[], partCount: number): Topic[] | null {
  if (parts.length === 0) return []
  // A plain list ("France and Germany", «музеи театры»): one subscription each.
  if (partCount === 1 && parts.every((p) => p.type === 'country' || p.type === 'sector')) return parts.map((p) => ({ type: p.type, value: p.value }))
  const topic = combine(parts)
  return topic && [topic]
}

/**
 * Parses a subscription argument: `all`, a keyword in quotes, a list of countries and sectors
 * in any of the three languages ("Россия, museums", "France and Germany"), an international
 * organisation by any of its names (UNESCO, «ТҮРКСОЙ»), and narrowed subscriptions joined with "+"
 * ("russia + museums + agreements", "UNESCO + museums").
 */
export function parseTopics(typed: string, index: CountryIndex, names: TopicNames, homeCountry: string): ParsedTopics {
  const text = normalizeQuotes(cleanTypedWords(decodeTypedEntities(typed)))
  const parsed: ParsedTopics = { topics: [], unknown: [], indirect: [], tooNarrow: [], isHomeNamed: false, unreadNarrowing: [] }
  for (const piece of splitOutsideQuotes(text.trim(), (c) => PIECE_SEPARATOR.test(c))) {
    // «Латын Америкасы», «Латинская Америка»: a region is none of the countries its words name (the USA), left for the answer to offer its countries.
    if (findRegion(piece) !== null) {
      parsed.unknown.push(piece.trim())
      continue
    }
    const readings = splitOutsideQuotes(piece, (c) => c === PART_SEPARATOR).map((part) => readPart(part, index, names))
    const unknown = readings.flatMap((r) => r.unknown)
    const parts = readings.flatMap((r) => r.parts).filter((p) => {
      const isHome = p.type === 'country' && p.value === homeCountry
      if (isHome) parsed.isHomeNamed = true
      return !isHome
    })
    const isJoined = readings.length > 1 || readings.some((r) => r.isNarrowing)
    const understood = isJoined && unknown.length > 0 && parts.length > 0 ? combine(parts) : null
    if (understood) {
      parsed.unreadNarrowing.push({ piece, understood, unknown })
      continue
    }
    parsed.unknown.push(...unknown)
    const topics = readPiece(parts, readings.length + (readings.some((r) => r.isNarrowing) ? 1 : 0))
    if (topics === null) parsed.tooNarrow.push(piece)
    else parsed.topics.push(...topics)
    for (const name of readings.flatMap((r) => r.indirect)) {
      parsed.indirect.push({ ...name, topic: topics?.find((t) => t.type === 'country' && t.value === name.code) ?? null })
    }
  }
  // Nothing recognised as either (a lone quote mark, only invisible characters): the whole argument as typed is what was not understood.
  const isNothingRead = parsed.topics.length === 0 && parsed.unknown.length === 0 && parsed.tooNarrow.length === 0 && parsed.unreadNarrowing.length === 0 && !parsed.isHomeNamed
  if (isNothingRead && typed.trim()) parsed.unknown.push(typed.trim())
  const seen = new Set<string>()
  parsed.topics = parsed.topics.filter((t) => !seen.has(topicKey(t)) && seen.add(topicKey(t)))
  return parsed
}

/** Sector and kind names in every language, from the bot's translations. */
export const topicNamesOf = (ctx: BotContext): TopicNames => topicNames((l: Lang, key) => ctx.i18n.fluent.translate(l, key))

/** A /subscribe or /unsubscribe argument read with the chat's country index and the names of sectors and kinds. */
export async function parseTopicArgument(ctx: BotContext, arg: string): Promise<ParsedTopics> {
  return parseTopics(arg, await ctx.countryIndex(), topicNamesOf(ctx), ctx.deps.config.homeCountry)
}
