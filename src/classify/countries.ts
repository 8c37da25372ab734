import { distance } from 'fastest-levenshtein'
import countries from 'i18n-iso-countries/index.js'
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import kkNames from 'i18n-iso-countries/langs/kk.json' with { type: 'json' }
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' }
import {
  AMBIGUOUS_NAMES, CAPITALS, INSTITUTIONS, IRREGULAR_DEMONYMS, KAZAKH_PEOPLE_WORDS, LOWER_CASE_NOUNS, NOT_NAMES, PLACES, REGIONS_WITH_OWN_CODE, SHORT_FORMS,
} from './lexicon/country-tables.js'
import { createLexicon, type MatchOptions, phrasePatterns, suffixOf, type Lexicon, type LexiconEntry, type LexiconMatch, type WordPattern } from './lexicon/lexicon.js'
import {
  CYRILLIC_TAIL, KK_TAIL, LATIN_TAIL, RU_ADJECTIVE_TAIL, englishDemonyms, isCyrillic, isShortPlaceStem, nameWordPatterns, shortPlaceStemPattern, stanDemonymStem,
} from './lexicon/morphology.js'
import { cyrillicToLatin, foldRomanized, latinToCyrillic } from '../language/kazakh-latin.js'
import { latinSpellings } from './lexicon/latin-spellings.js'
import { cleanTyped, normalizeWord, tokenize, type Token } from '../language/normalize.js'
import { russianLatinToCyrillic } from '../language/russian-latin.js'
import type { CountryAlias, Lang } from './types.js'

countries.registerLocale(enNames)
countries.registerLocale(ruNames)
countries.registerLocale(kkNames)

/** How a country was named: capitals, cities and institutions count as a party under stricter rules. */
export type MentionKind = 'country' | 'capital' | 'city' | 'institution'

export interface CountryRef {
  code: string
  kind: MentionKind
  /** A people's adjective ("French", «французский», «неміс») rather than the state's name. */
  isDemonym: boolean
  /**
   * For a name `lookup` read: the name as listed that its words matched, and those words («British Museum», ["british",
   * "museums"]). A name is matched by its words' stems, which cannot tell its plural, or another word that starts alike, from it.
   */
  reading?: { listed: string; words: readonly string[] }
}

/** A lexicon's value: the reference, and the name as listed that gave it. */
interface ListedRef extends CountryRef {
  listed: string
}

export interface CountryMention extends CountryRef {
  /** Token range, end exclusive. */
  start: number
  end: number
  /** The ending after the name: «де» in «Ресейде». */
  suffix: string
}

export interface CountryIndex {
  /** A user-typed or text name → ISO alpha-2, or null. Any case, en/ru/kk, aliases (RU, РФ, USA, UK, Белоруссия, Ресей, Türkiye/Turkey, Korea→KR), inflections (России, Францией, Франциямен, Ресеймен), adjectives (российская, French). */
  resolve(name: string): string | null
  /** As `resolve`, and how the name was understood: a country's own name, or its capital, a city or an institution (Louvre → FR). */
  lookup(name: string): CountryRef | null
  /**
   * Every country a name already stands for: as `lookup` reads it, and every country whose name,
   * alias or institution is spelt so, whole, in any case, those the index leaves out included
   * (ambiguous Chad or Jersey, Congo claimed by two countries).
   */
  claimsOf(name: string): string[]
  /** Closest country codes for a typo ("rusia" → ['RU', ...]), best first. */
  suggest(name: string, limit?: number): string[]
  /** "Франция, Германия" / "fr de" / "France and Germany" → codes found + tokens not understood. */
  parseList(text: string): { codes: string[]; unknown: string[] }
  /** Every country named in tokenized text, in order (abbreviations only in capitals). */
  mentionsIn(tokens: readonly Token[]): CountryMention[]
}

/** Lower wins when two countries claim the same spelling; a tie drops the spelling (Congo). */
const Priority = { Taught: 0, Listed: 1, Derived: 2 } as const
type Priority = (typeof Priority)[keyof typeof Priority]

interface NameSource {
  text: string
  code: string
  kind: MentionKind
  isDemonym: boolean
  priority: Priority
  /** Set for stems whose endings are fixed (demonyms): «французск» + ая. */
  tail?: RegExp
}

const LOCALES: readonly Lang[] = ['en', 'ru', 'kk']
const MAX_ABBREVIATION_LENGTH = 5
/** A country's name ends at a comma: «Корея, Республика Конго» is Korea and the Republic of the Congo. */
const WITHIN_CLAUSE: MatchOptions = { withinClause: true }
/** A romanised word shorter than this is read as no Russian name: «ssha», «oae» are no country's. */
const MIN_ROMANISED_LETTERS = 5
const LOOSE_TAIL = /^\p{L}{0,6}$/u
/** A letter only Kazakh's Latin alphabet uses (or q, or the 2021 alphabet's capital İ): a typed name may be Kazakh in Latin letters. */
const KAZAKH_LATIN_MARK = /[áǵıńóúýqäñūİ]/iu
/** «российская», «китайских»: a name read as an adjective. */
const RU_ADJECTIVE_SUFFIX = /(?:ск|цк)(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ую|им|ым|их|ых|ими|ыми|ом)$/
const EN_POLITICAL_PREFIX =
  /^(?:the\s+)?(?:(?:islamic|democratic|federal|united|people's|plurinational|bolivarian|socialist|arab|co-operative|independent)\s+)*(?:republic|kingdom|state|federation|principality|sultanate|commonwealth|grand duchy)\s+of\s+(?:the\s+)?/i
const RU_POLITICAL_PREFIX = /^(?:республика|королевство|государство|княжество|султанат|содружество)\s+/i
const POLITICAL_SUFFIX = /\s+(?:republic|республикасы|корольдігі|мемлекеті|аймақтары)$/i
const FILLER_WORDS = new Set(['the', 'of', 'and', 'republic', 'kingdom', 'state', 'республика', 'республики', 'республикасы', 'королевство', 'государство', 'мемлекеті'])
const LIST_SEPARATOR = /[,;/\n]+|\s+(?:and|и|мен|және|&)\s+/i
/** Words a question puts before a name: «по России», «с Францией», "with France", "to the Netherlands". */
const LEADING_PREPOSITION = /^(?:по|с|со|в|во|для|из|о|об|обо|про|от|на|with|in|to|from|for|of|the|about)\s+/iu
/** Kazakh puts them after the name, in Cyrillic or Latin letters: «Ресей туралы», «Ресеймен бірге», «Qytaı úshin». */
const TRAILING_POSTPOSITION = /\s+(?:туралы|үшін|бірге|бойынша|жөнінде|týraly|turaly|úshin|ushin|birge|boıynsha|boiynsha)$/iu

function officialVariants(name: string): string[] {
  const variants = new Set<string>()
  const parenthetical = /^(.*?)\s*\((.*)\)\s*$/.exec(name)
  const bases = parenthetical ? [parenthetical[1] ?? '', parenthetical[2] ?? ''] : [name]
  for (const base of bases) {
    const beforeComma = base.split(',')[0]?.trim().replace(/^the\s+/i, '') ?? ''
    if (!beforeComma) continue
    variants.add(beforeComma)
    const stripped = beforeComma.replace(EN_POLITICAL_PREFIX, '').replace(RU_POLITICAL_PREFIX, '').replace(POLITICAL_SUFFIX, '').trim()
    if (stripped && stripped !== beforeComma) variants.add(stripped)
  }
  return [...variants].filter((v) => tokenize(v).some((t) => !FILLER_WORDS.has(t.norm)))
}

/**
 * Cities in -ск whose adjective names something else first: «Уральский федеральный университет», «Уральская опера» are the
 * Urals' (Yekaterinburg's), «Петропавловская крепость», «Петропавловский собор» Peter and Paul's, not Uralsk's or Petropavl's.
 */
const ADJECTIVE_NAMES_ANOTHER: ReadonlySet<string> = new Set(['Уральск', 'Петропавловск'])

function collectBaseSources(): NameSource[] {
  const sources: NameSource[] = []
  const add = (text: string, code: string, kind: MentionKind, priority: Priority, tail?: RegExp, isDemonym = false): void => {
    sources.push(tail ? { text, code, kind, isDemonym, priority, tail } : { text, code, kind, isDemonym, priority })
  }
  for (const locale of LOCALES) {
    const names = countries.getNames(locale, { select: 'all' })
    for (const [code, list] of Object.entries(names)) {
      if (REGIONS_WITH_OWN_CODE.has(code)) continue
      for (const official of list) {
        const variants = officialVariants(official)
        variants.forEach((variant, i) => add(variant, code, 'country', i === 0 ? Priority.Listed : Priority.Derived))
        if (locale === 'en') for (const variant of variants) for (const demonym of englishDemonyms(variant)) add(demonym, code, 'country', Priority.Derived, undefined, true)
        for (const variant of variants) {
          const stem = stanDemonymStem(variant)
          if (stem) add(stem, code, 'country', Priority.Derived, isCyrillic(stem) ? CYRILLIC_TAIL : LATIN_TAIL, true)
        }
      }
    }
  }
  for (const [code, names] of Object.entries(SHORT_FORMS)) for (const name of names) add(name, code, 'country', Priority.Listed)
  for (const [code, { en = [], ru = [], kk = [] }] of Object.entries(IRREGULAR_DEMONYMS)) {
    for (const word of en) add(word, code, 'country', Priority.Listed, undefined, true)
    for (const stem of ru) add(stem, code, 'country', Priority.Listed, RU_ADJECTIVE_TAIL, true)
    for (const stem of kk) add(stem, code, 'country', Priority.Listed, KK_TAIL, true)
  }
  for (const [code, stems] of Object.entries(KAZAKH_PEOPLE_WORDS)) for (const stem of stems) add(stem, code, 'country', Priority.Listed, KK_TAIL, true)
  for (const [code, names] of Object.entries(CAPITALS)) for (const name of names) add(name, code, 'capital', Priority.Listed)
  for (const [code, names] of Object.entries(PLACES)) {
    for (const name of names) {
      add(name, code, 'city', Priority.Listed)
      // A Russian city in -ск names its institutions by its adjective («Омский университет», «Челябинского госуниверситета»).
      if (isCyrillic(name) && name.endsWith('ск') && !ADJECTIVE_NAMES_ANOTHER.has(name)) add(name, code, 'city', Priority.Listed, RU_ADJECTIVE_TAIL)
    }
  }
  for (const [code, names] of Object.entries(INSTITUTIONS)) {
    for (const name of names) add(name, code, 'institution', Priority.Listed, name.endsWith('ск') ? RU_ADJECTIVE_TAIL : undefined)
  }
  return [...sources, ...latinRoundTrips(sources)]
}

/** Kazakh in Latin letters is read in Cyrillic after a round trip that changes some names («Франция» → «Франсия»). */
function latinRoundTrips(sources: readonly NameSource[]): NameSource[] {
  const trips: NameSource[] = []
  for (const source of sources) {
    if (!isCyrillic(source.text)) continue
    for (const text of latinSpellings(source.text)) trips.push({ ...source, text, priority: Priority.Derived })
  }
  return trips
}

/**
 * Countries' Cyrillic names romanised and folded (foldRomanized: «Қытай» → «kitai», «Германия» →
 * «germania»): a name typed in Kazakh Latin without ı, á, ó… (Qytai, Germaniia) or as Russian names
 * are transliterated (Kitay, Rossiya, Frantsiya) is still read. Capitals, cities, institutions,
 * adjectives and abbreviations stay out: in plain Latin they spell English words (Рим → rim) and codes (РК → rk).
 */
function foldedCountryNames(sources: readonly NameSource[]): NameSource[] {
  return sources
    .filter((source) => source.kind === 'country' && !source.tail && isCyrillic(source.text) && !isAbbreviation(source.text))
    .map((source) => ({ ...source, text: foldRomanized(cyrillicToLatin(source.text)) }))
}

/** The name without the prepositions around it, or null when there were none (or nothing else). */
function withoutPrepositions(name: string): string | null {
  let bare = name.trim()
  for (let before = ''; before !== bare; ) {
    before = bare
    bare = bare.replace(LEADING_PREPOSITION, '').replace(TRAILING_POSTPOSITION, '')
  }
  return bare === name.trim() || bare === '' ? null : bare
}

/** A country's own name, not its capital, a city, an institution or a people's adjective. */
function asCountryName(ref: CountryRef | null): CountryRef | null {
  return ref?.kind === 'country' && !ref.isDemonym ? ref : null
}

/** Kazakh case endings, as a hyphen sets them off after an abbreviation («АҚШ-тың», «ЮНЕСКО-ға», «AQSh-pen»). */
function isCaseEnding(word: string): boolean {
  return KK_TAIL.test(isCyrillic(word) ? word : latinToCyrillic(word))
}

/** Long enough to be read as a romanised Russian or Kazakh name: «ssha», «oae» are none. */
function isRomanisedWord(name: string): boolean {
  return (name.match(/\p{L}/gu)?.length ?? 0) >= MIN_ROMANISED_LETTERS
}

function isAbbreviation(text: string): boolean {
  return text.length <= MAX_ABBREVIATION_LENGTH && !/\s/.test(text) && text === text.toUpperCase() && text !== text.toLowerCase()
}

function looseWordPattern(word: string): WordPattern {
  if (!isCyrillic(word)) return { stem: word, tail: word.length >= 4 ? LATIN_TAIL : null, upperOnly: false }
  return word.length >= 5 ? { stem: word.slice(0, -2), tail: LOOSE_TAIL, upperOnly: false } : { stem: word, tail: CYRILLIC_TAIL, upperOnly: false }
}

function phrasesOf(source: NameSource): WordPattern[][] {
  const words = tokenize(source.text).map((t) => t.norm)
  if (words.length === 0 || (words.length === 1 && (words[0]?.length ?? 0) < 2)) return []
  // A one-letter word inside a name («Босния и Герцеговина», «Кот-д’Ивуар») is that letter alone.
  if (words.length > 1) return [words.map((w) => (w.length < 2 ? { stem: w, tail: null, upperOnly: false } : looseWordPattern(w)))]
  const word = words[0] ?? ''
  if (AMBIGUOUS_NAMES.has(word)) return []
  if (isAbbreviation(source.text)) return [nameWordPatterns(word, true)]
  if (source.tail) return [[{ stem: word, tail: source.tail, upperOnly: false }]]
  const shortStem = source.kind === 'capital' || source.kind === 'city' ? shortPlaceStemPattern(word) : null
  return [...nameWordPatterns(word), ...(shortStem ? [shortStem] : [])].map((pattern) => [pattern])
}

function phraseKey(words: readonly WordPattern[]): string {
  return words.map((w) => `${w.stem}/${w.tail?.source ?? ''}/${w.upperOnly}`).join(' ')
}

interface Claim {
  words: WordPattern[]
  ref: ListedRef
  priority: Priority
  contested: boolean
}

/** Keeps, for each spelling, the claim with the lowest priority; equal claims cancel out. */
function withClaims(held: ReadonlyMap<string, Claim>, sources: readonly NameSource[]): Map<string, Claim> {
  const claims = new Map(held)
  for (const source of sources) {
    for (const words of phrasesOf(source)) {
      const key = phraseKey(words)
      const claim = claims.get(key)
      const ref = { code: source.code, kind: source.kind, isDemonym: source.isDemonym, listed: source.text }
      if (!claim || source.priority < claim.priority) claims.set(key, { words, ref, priority: source.priority, contested: false })
      else if (source.priority === claim.priority && claim.ref.code !== source.code) claims.set(key, { ...claim, contested: true })
    }
  }
  return claims
}

const ENDS_IN_CYRILLIC_VOWEL = /[аәеиоөұүыіэюя]$/
/** The Kazakh possessive endings after «н» that spell a vowel-final name's accusative «-ны» or genitive «-ның» (Доминикан + ың is Доминика + ның). */
const NOT_POSSESSIVE_AFTER_N = '(?!(?:ы|і|ың|ің)$)'

/**
 * A one-word name in «н» kept from the accusative and genitive of another country's name one
 * letter shorter that ends in a vowel: «Доминиканы», «Доминиканың» are Dominica's (Доминика),
 * not the Dominican Republic's short name «Доминикан» with a possessive ending, which the longer
 * stem would win. The name in «н» keeps its own cases («Доминиканның», «Доминиканды»).
 */
function yieldingToVowelFinalNames(entries: readonly LexiconEntry<ListedRef>[]): LexiconEntry<ListedRef>[] {
  const vowelFinal = new Map<string, Set<string>>()
  for (const { words, value } of entries) {
    const [word] = words
    if (words.length !== 1 || !word?.tail?.test('ны') || !ENDS_IN_CYRILLIC_VOWEL.test(word.stem)) continue
    vowelFinal.set(word.stem, (vowelFinal.get(word.stem) ?? new Set()).add(value.code))
  }
  return entries.map((entry) => {
    const [word] = entry.words
    const shorter = word?.stem.endsWith('н') ? vowelFinal.get(word.stem.slice(0, -1)) : undefined
    if (entry.words.length !== 1 || !word?.tail || !shorter || [...shorter].every((code) => code === entry.value.code)) return entry
    return { ...entry, words: [{ ...word, tail: new RegExp(`^${NOT_POSSESSIVE_AFTER_N}${word.tail.source.slice(1)}`, word.tail.flags) }] }
  })
}

function uncontested(claims: ReadonlyMap<string, Claim>): LexiconEntry<ListedRef>[] {
  return yieldingToVowelFinalNames([...claims.values()].filter((c) => !c.contested).map((c) => ({ words: c.words, value: c.ref })))
}

function taughtSources(aliases: readonly CountryAlias[]): NameSource[] {
  return aliases.map((a) => ({ text: a.alias, code: a.country.toUpperCase(), kind: 'country', isDemonym: false, priority: Priority.Taught }))
}

/** A place or institution the tables lack, read by an index of typed names (country-index.ts), never by the classifier's. */
export interface PlaceName {
  name: string
  code: string
  kind: Exclude<MentionKind, 'country'>
}

function placeSources(places: readonly PlaceName[]): NameSource[] {
  const sources = places.map(({ name, code, kind }): NameSource => ({ text: name, code, kind, isDemonym: false, priority: Priority.Listed }))
  return [...sources, ...latinRoundTrips(sources)]
}

/** NOT_NAMES: a name found inside one of them is no mention. */
const NOT_NAME_LEXICON = createLexicon(NOT_NAMES.map((phrase) => ({ words: phrasePatterns(phrase), value: phrase })))

/** Built once at load: every index starts from these and adds the aliases admins taught. */
const BASE_SOURCES: readonly NameSource[] = collectBaseSources()
const BASE_CLAIMS: ReadonlyMap<string, Claim> = withClaims(new Map(), BASE_SOURCES)

interface SuggestionTarget {
  norm: string
  code: string
  /** A Cyrillic name romanised (foldedCountryNames), compared with what was typed in Latin letters so folded: Kitay is near Китай, not Italy. */
  isRomanized: boolean
}

function suggestionTargets(sources: readonly NameSource[]): SuggestionTarget[] {
  const seen = new Set<string>()
  const targets: SuggestionTarget[] = []
  const add = (norm: string, code: string, isRomanized: boolean): void => {
    const key = `${norm}/${code}/${isRomanized}`
    if (seen.has(key)) return
    seen.add(key)
    targets.push({ norm, code, isRomanized })
  }
  for (const source of sources) if (source.kind === 'country' && !source.tail) add(normalizeWord(source.text), source.code, false)
  for (const source of foldedCountryNames(sources)) add(source.text, source.code, true)
  return targets
}

const REGIONAL_INDICATOR_A = 0x1f1e6
const FLAG = /^\s*(\p{Regional_Indicator}{2})\s*$/u
const FLAGS = /\p{Regional_Indicator}{2}/gu

/** 🇫🇷 → FR: a flag is two regional indicator letters. */
function codeFromFlag(text: string): string | null {
  const pair = FLAG.exec(text)?.[1]
  if (!pair) return null
  const code = String.fromCharCode(...[...pair].map((c) => c.codePointAt(0)! - REGIONAL_INDICATOR_A + 65))
  return countries.isValid(code) ? code : null
}

/** Initials written with dots ("U.S.", "U.K.", "U.S.A"), read as the abbreviation. */
const DOTTED_INITIALS = /(?<![\p{L}.])((?:\p{L}\.)+\p{L})\.?(?![\p{L}.])/gu

/** A name as typed, pasted with invisible characters (cleanTyped) or in dotted initials. */
function cleanTypedName(text: string): string {
  return cleanTyped(text).replace(DOTTED_INITIALS, (_, initials: string) => initials.replaceAll('.', ''))
}

function codeFromIsoCode(word: string): string | null {
  const upper = word.toUpperCase()
  if (upper.length === 2 && countries.isValid(upper)) return upper
  if (upper.length === 3) return countries.alpha3ToAlpha2(upper) ?? null
  return null
}

export function createCountryIndex(extraAliases: readonly CountryAlias[] = [], places: readonly PlaceName[] = []): CountryIndex {
  const taught = [...taughtSources(extraAliases), ...placeSources(places)]
  const sources = [...BASE_SOURCES, ...taught]
  const lexicon: Lexicon<ListedRef> = createLexicon(uncontested(withClaims(BASE_CLAIMS, taught)))
  let targets: SuggestionTarget[] | undefined
  let foldedLexicon: Lexicon<ListedRef> | undefined

  const readAs = ({ code, kind, isDemonym, listed }: ListedRef, tokens: readonly Token[]): CountryRef => ({ code, kind, isDemonym, reading: { listed, words: tokens.map((t) => t.norm) } })

  /** `isCodeRead`: a lone word may be an ISO code in any case («deu»), as it may not be after what a hyphen set off («Sen-Bartelemi»). */
  function resolveTokens(tokens: readonly Token[], { isCodeRead = true } = {}): CountryRef | null {
    if (tokens.length === 0) return null
    const whole = lexicon.matchAt(tokens, 0, { ignoreCase: true })
    if (whole && whole.end === tokens.length) return readAs(whole.value, tokens)
    const found = lexicon.findAll(tokens, { ignoreCase: true })
    const codes = new Set(found.map((m) => m.value.code))
    const covered = new Set(found.flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)))
    const onlyFillerLeft = tokens.every((t, i) => covered.has(i) || FILLER_WORDS.has(t.norm))
    const [first] = found
    if (codes.size === 1 && first && onlyFillerLeft) return readAs(first.value, tokens.slice(first.start, first.end))
    const code = isCodeRead && tokens.length === 1 && tokens[0] ? codeFromIsoCode(tokens[0].raw) : null
    return code ? { code, kind: 'country', isDemonym: false } : null
  }

  /**
   * The name as written («Гвинея-Бисау»), else without what hyphens set off: case endings («АҚШ-пен») or other words
   * («Россия-2024», "China-Kazakhstan"), though then not down to a word read as an ISO code only, as «Sen-Bartelemi»
   * without «Bartelemi» would be SEN, Senegal.
   */
  function lookupText(name: string): CountryRef | null {
    const tokens = tokenize(name.trim())
    let found = resolveTokens(tokens)
    while (!found && tokens.length > 1 && tokens.at(-1)?.sep === 'hyphen') {
      const cut = tokens.pop()!
      found = resolveTokens(tokens, { isCodeRead: isCaseEnding(cut.norm) })
    }
    return found
  }

  /** A country's name typed in Kazakh Latin without its marks (Qytai, Germaniia) or transliterated from Russian (Kitay, Rossiya): whole, uninflected. */
  function lookupFolded(name: string): CountryRef | null {
    foldedLexicon ??= createLexicon(uncontested(withClaims(new Map(), foldedCountryNames(sources))))
    const tokens = tokenize(foldRomanized(name.trim()))
    const whole = tokens.length > 0 ? foldedLexicon.matchAt(tokens, 0, { ignoreCase: true }) : null
    return whole?.end === tokens.length ? readAs(whole.value, tokens) : null
  }

  /** Kazakh Latin read in Cyrillic («Reseı», «Fransııa», «Ресеймен» inflected), else with its marks made plain («Qytai»). */
  function lookupKazakhLatin(name: string): CountryRef | null {
    if (KAZAKH_LATIN_MARK.test(name)) return lookupText(latinToCyrillic(name)) ?? lookupFolded(name) ?? lookupInflectedWithoutMarks(name)
    // In capitals the mark is gone (the capital of ı is I): «RESEI» is «Reseı», «FRANSIIA» «Fransııa».
    if (/^[\p{Lu}\s-]+$/u.test(name) && /[A-Z]/.test(name)) return lookupText(latinToCyrillic(name.toLowerCase().replace(/i/g, 'ı'))) ?? lookupFolded(name)
    return lookupFolded(name) ?? lookupInflectedWithoutMarks(name)
  }

  /**
   * An inflected Kazakh name typed without its marks («Qytaidyn» for «Qytaıdyń», «Reseidin» for «Reseıdiń»): i read as ı
   * everywhere, else only beside a vowel (ı's place in «Reseı», «Germanııa»), and a last n as ń too, the genitive's ending.
   */
  function lookupInflectedWithoutMarks(name: string): CountryRef | null {
    if (!isRomanisedWord(name)) return null
    for (const marked of [name.replace(/i/g, 'ı'), name.replace(/i(?=[aeiouy])|(?<=[aeiouy])i/g, 'ı')]) {
      const cyrillic = latinToCyrillic(marked, 2018)
      const found = asCountryName(lookupText(cyrillic) ?? lookupText(cyrillic.replace(/н$/u, 'ң')))
      if (found) return found
    }
    return null
  }

  /**
   * A Russian name romanised and inflected («Rossii», «Frantsii», «Kitaya») or romanised with j for й («Rossija»), read in
   * Cyrillic. Only a country's own name: in Latin letters a capital, a city or an abbreviation spells other words (Рим → rim, США → ssha).
   */
  function lookupRussianLatin(name: string): CountryRef | null {
    return isRomanisedWord(name) ? asCountryName(lookupText(russianLatinToCyrillic(name))) : null
  }

  /** Kazakh Latin spellings, then romanised Russian, are read when the Latin reading finds nothing. */
  function lookupName(name: string): CountryRef | null {
    const found = lookupText(name)
    if (found || isCyrillic(name)) return found
    return lookupKazakhLatin(name) ?? lookupRussianLatin(name)
  }

  /** A country's name that running text uses as a word (Chad, «Того»): asked for alone, it is the country. */
  function lookupWordLikeName(name: string): CountryRef | null {
    const word = normalizeWord(name.trim())
    if (!AMBIGUOUS_NAMES.has(word)) return null
    const source = sources.find((s) => s.kind === 'country' && normalizeWord(s.text) === word)
    return source ? { code: source.code, kind: 'country', isDemonym: false } : null
  }

  /** A name as typed; a flag (🇫🇷) stands for its country; a name asked with a preposition («по России», "in Germany") is read without it. */
  function lookup(typed: string): CountryRef | null {
    const flagged = codeFromFlag(typed)
    if (flagged) return { code: flagged, kind: 'country', isDemonym: false }
    const name = cleanTypedName(typed)
    const bare = withoutPrepositions(name)
    return lookupName(name) ?? (bare === null ? null : lookupName(bare)) ?? lookupWordLikeName(bare ?? name)
  }

  const resolve = (name: string): string | null => lookup(name)?.code ?? null

  const spelling = nameSpelling
  let spelt: Map<string, Set<string>> | undefined

  function claimsOf(name: string): string[] {
    if (!spelt) {
      spelt = new Map()
      for (const source of sources) {
        const key = spelling(source.text)
        spelt.set(key, (spelt.get(key) ?? new Set()).add(source.code))
      }
    }
    const codes = new Set(spelt.get(spelling(name)))
    const found = resolve(name)
    if (found) codes.add(found)
    return [...codes].sort()
  }

  function suggest(name: string, limit = 5): string[] {
    const typed = cleanTypedName(name).trim()
    const norm = normalizeWord(withoutPrepositions(typed) ?? typed)
    // One or two letters (or none: «?», an emoji) are within reach of every two-letter alias.
    if ((norm.match(/\p{L}/gu)?.length ?? 0) < 3) return []
    targets ??= suggestionTargets(sources)
    const folded = isCyrillic(norm) ? '' : foldRomanized(norm)
    // Doubled letters fold to one: «qqqqqqqq» is no name.
    const romanized = (folded.match(/\p{L}/gu)?.length ?? 0) < 3 ? null : folded
    const best = new Map<string, number>()
    for (const target of targets) {
      const typed = target.isRomanized ? romanized : norm
      if (typed === null) continue
      const compared = target.norm.length > typed.length + 2 ? target.norm.slice(0, typed.length + 1) : target.norm
      // A romanised name is one guess of the spelling away: it is near only when a name as listed is no nearer.
      const score = Math.min(distance(typed, target.norm), distance(typed, compared) + 1) + (target.isRomanized ? 1 : 0)
      const held = best.get(target.code)
      if (held === undefined || score < held) best.set(target.code, score)
    }
    const maxDistance = Math.max(2, Math.ceil(norm.length / 3))
    return [...best.entries()]
      .filter(([, score]) => score <= maxDistance)
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([code]) => code)
  }

  function parseList(text: string): { codes: string[]; unknown: string[] } {
    const codes: string[] = []
    const unknown: string[] = []
    const addCode = (code: string): void => {
      if (!codes.includes(code)) codes.push(code)
    }
    for (const chunk of cleanTypedName(text).split(LIST_SEPARATOR).map((c) => c.trim()).filter(Boolean)) {
      const tokens = tokenize(chunk)
      const whole = resolveTokens(tokens)?.code ?? codeFromFlag(chunk)
      if (whole) {
        addCode(whole)
        continue
      }
      // Flags side by side (🇫🇷🇩🇪, 🇫🇷 🇩🇪): each its country; tokenize reads no words in them.
      for (const [flag] of chunk.matchAll(FLAGS)) {
        const code = codeFromFlag(flag)
        if (code) addCode(code)
      }
      let i = 0
      while (i < tokens.length) {
        const token = tokens[i] as Token
        const match = lexicon.matchAt(tokens, i, { ignoreCase: true })
        if (match) {
          addCode(match.value.code)
          i = match.end
          continue
        }
        const code = codeFromIsoCode(token.raw)
        if (code) addCode(code)
        else if (!FILLER_WORDS.has(token.norm)) unknown.push(token.raw)
        i += 1
      }
    }
    return { codes, unknown }
  }

  /**
   * Built in one array by push, never by filter and map: an empty list and a filled one then share their elements kind,
   * where map and filter make an empty list of small integers, whose other map cost the optimised readers of every
   * sentence's countries a deoptimisation and a compile in a fresh process.
   */
  function mentionsIn(tokens: readonly Token[]): CountryMention[] {
    const mentions: CountryMention[] = []
    let notNames: readonly LexiconMatch<string>[] | null = null
    let writesCapitals: boolean | null = null
    let writesLowerCase: boolean | null = null
    let i = 0
    while (i < tokens.length) {
      const named = lexicon.matchAt(tokens, i, WITHIN_CLAUSE)
      const m = tokens[named ? named.end : i + 1]?.sep === 'comma' ? invertedNameAt(tokens, i, named) ?? named : named
      if (!m) {
        i += 1
        continue
      }
      i = m.end
      if (isLocalPlaceName(tokens, m.start, m.end) || isLowerCaseNoun(tokens, m.value.code, m.start, m.end)) continue
      const suffix = suffixOf(tokens, m)
      if ((m.value.kind === 'capital' || m.value.kind === 'city') && SURNAME_SUFFIX.test(suffix)) continue
      if ((m.value.kind === 'capital' || m.value.kind === 'city') && m.end - m.start === 1 && !isPlaceCase(tokens, m.start, suffix, m.value.listed)) continue
      if (m.value.kind === 'city' && isLowerCaseWord(tokens[m.start]!) && !CITY_ADJECTIVE_ENDING.test(suffix) && (writesCapitals ??= tokens.some(isCapitalised))) continue
      if (m.value.kind === 'city' && m.end - m.start === 1 && isAcronym(tokens, m.start) && (writesLowerCase ??= tokens.some(isLowerCaseWord))) continue
      notNames ??= NOT_NAME_LEXICON.findAll(tokens)
      if (notNames.some((n) => n.start <= m.start && m.end <= n.end)) continue
      const { code, kind, isDemonym } = m.value
      const ending = hyphenatedEnding(tokens, m.end, suffix)
      if (ending !== null) {
        mentions.push({ code, kind, isDemonym, start: m.start, end: m.end + 1, suffix: ending })
        i = m.end + 1
        continue
      }
      mentions.push({ code, kind, isDemonym: isDemonym || RU_ADJECTIVE_SUFFIX.test(suffix), start: m.start, end: m.end, suffix })
    }
    return withListedWordLikeNames(tokens, mentions)
  }

  /**
   * A country's name that running text uses as a word (AMBIGUOUS_NAMES: «Того», Chad) is the country as an item of a list of
   * countries: capitalised, after a comma that follows a country's name, and before another's after a comma or a conjunction
   * («… Сербия, АҚШ, Того және Түркия …», «Нигер, Чад и Мали», "Niger, Chad and Mali"). «Кроме того», «Того же дня» are no item.
   */
  function withListedWordLikeNames(tokens: readonly Token[], mentions: CountryMention[]): CountryMention[] {
    let listed: CountryMention[] | null = null
    for (let k = 0; k + 1 < mentions.length; k += 1) {
      const at = mentions[k]!.end
      const token = tokens[at]
      if (token === undefined || token.sep !== 'comma' || !AMBIGUOUS_NAMES.has(token.norm) || !isCapitalised(token)) continue
      const next = mentions[k + 1]!
      const after = tokens[at + 1]
      const isItem = (next.start === at + 1 && after?.sep === 'comma') ||
        (next.start === at + 2 && after?.sep === 'space' && LIST_CONJUNCTION.test(after.norm) && tokens[at + 2]?.sep === 'space')
      const ref = isItem ? lookupWordLikeName(token.raw) : null
      if (ref === null) continue
      listed ??= [...mentions]
      listed.push({ ...ref, start: at, end: at + 1, suffix: '' })
    }
    return listed === null ? mentions : listed.sort((a, b) => a.start - b.start)
  }

  /**
   * An ISO 3166 short name, its form of state after a comma ("Korea, Democratic People's Republic of", "Congo, Democratic
   * Republic of the", «Корея, Народно-Демократическая Республика»), read as one country: the one the name in its usual
   * order names (North Korea, DR Congo), else `named`, the one before the comma (Venezuela). Null when a country's name
   * starts in the form of state or right after it («Корея, Республика Конго», "Korea, Republic of the Congo" are two).
   */
  function invertedNameAt(tokens: readonly Token[], start: number, named: LexiconMatch<ListedRef> | null): LexiconMatch<ListedRef> | null {
    const comma = named ? named.end : start + 1
    if (tokens[comma]?.sep !== 'comma' || !FORM_OF_STATE_WORD.test(tokens[comma].norm)) return null
    const end = formOfStateEnd(tokens, comma)
    if (end < 0) return null
    const isRunOn = tokens[end]?.sep === 'space'
    for (let j = comma; j < end || (j === end && isRunOn); j += 1) {
      const other = lexicon.matchAt(tokens, j, WITHIN_CLAUSE)
      if (other && (other.end <= end || isRunOn)) return null
    }
    const usualOrder: Token[] = []
    for (let j = comma; j < end; j += 1) usualOrder.push(j === comma ? { ...tokens[j]!, sep: 'start' } : tokens[j]!)
    for (let j = start; j < comma; j += 1) usualOrder.push(j === start ? { ...tokens[j]!, sep: 'space' } : tokens[j]!)
    const whole = lexicon.matchAt(usualOrder, 0, WITHIN_CLAUSE)
    const value = whole?.end === usualOrder.length ? whole.value : named?.value
    return value ? { value, start, end, lastStemLength: tokens[end - 1]!.norm.length } : null
  }

  return { resolve, lookup, claimsOf, suggest, parseList, mentionsIn }
}

/** A conjunction joining a list's last item: «және», «мен», «и», "and". */
const LIST_CONJUNCTION = /^(?:және|мен|пен|бен|и|and)$/u

/** The words of a form of state, in English and Russian: "Democratic People's Republic of", «Объединенная Республика». */
const FORM_OF_STATE_WORD =
  /^(?:republic|democratic|people|s|islamic|united|federated|federal|states?|bolivarian|plurinational|socialist|arab|kingdom|principality|sultanate|commonwealth|grand|duchy|of|the|республика|государство|народно|демократическая|исламская|объединенная|объединённая|боливарианская|многонациональное|федеративные|штаты|социалистическая|арабская|королевство)$/
/** The word a form of state ends in: "of" (or "of the") in English, the head noun in Russian. */
const FORM_OF_STATE_LAST = /^(?:of|республика|государство|королевство|штаты)$/

/** Where the form of state after a comma at `from` ends (exclusive), or -1 when the words there are none. */
function formOfStateEnd(tokens: readonly Token[], from: number): number {
  let end = -1
  for (let j = from; j < tokens.length && FORM_OF_STATE_WORD.test(tokens[j]!.norm); j += 1) {
    if (j > from && tokens[j]!.sep !== 'space' && tokens[j]!.sep !== 'other' && tokens[j]!.sep !== 'hyphen') break
    const norm = tokens[j]!.norm
    if (FORM_OF_STATE_LAST.test(norm)) end = j + 1
    else if (norm === 'the' && tokens[j - 1]?.norm === 'of') end = j + 1
  }
  return end
}

/** The countries `name` stands for once `aliases` are taught: teaching an alias asks it (db/country-aliases.ts). */
/** How the index spells a name for claimsOf: two names spelt alike are one name to the classifier (Gallia, gallia). */
export function nameSpelling(text: string): string {
  return tokenize(cleanTyped(text)).map((t) => t.norm).join(' ')
}

export function claimsWithAliases(aliases: readonly CountryAlias[], name: string): string[] {
  return createCountryIndex(aliases).claimsOf(name)
}

/** A street, village or district named after a country or city: «Астрахан ауылы», «улица Москва», "Moscow Street". */
const SETTLEMENT_WORDS = /^(?:street|avenue|village|district|square|ауыл\p{L}*|аудан\p{L}*|көше\p{L}*|даңғыл\p{L}*|село|селе|селу|района|район|районе|улиц\p{L}*|проспект\p{L}*|микрорайон\p{L}*|ул|пр)$/u

/**
 * A city's name is written with a capital: in lower case it is a word that spells one («oral traditions», Kazakh «оралды»,
 * returned, are no Uralsk), unless it is the city's adjective («алматинского театра», «стамбульском музее», «алматылық әртістер»)
 * or the sentence writes no capitals at all («алматы театры түркияда», a headline styled in lower case), where case tells nothing.
 */
/**
 * A Russian surname's suffix and its endings: a capital's or a city's name before it is a longer name, a person's
 * («Каиров», «Каировой», «Ташкентова»); no case of a place's name ends so.
 */
const SURNAME_SUFFIX = /^(?:ов|ев|ёв)(?:а|у|ы|ым|ой|ом|ых|е)?$/u
const CITY_ADJECTIVE_ENDING = /^ь?(?:ск|цк)?(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ую|им|ым|их|ых|ими|ыми|ом)$|^(?:лық|лік|дық|дік|тық|тік|lyq|lik|dyq|dik|tyq|tik)/u

/** Russian prepositions that put a place in its case: «в Риме», «из Рима», «под Римом», «по Риму», «между … и Римом». */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'из', 'до', 'от', 'около', 'под', 'над', 'к', 'ко', 'по', 'через', 'с', 'со', 'между'])
/** Kazakh's cases of where, where to and where from: «Римде», «Римдегі», «Римге», «Римнен». */
const KAZAKH_PLACE_CASE = /^(?:[дт][ае](?:ғы|гі)?|[гғкқ][ае]|[дтн][ае]н)$/u
/** A capitalised surname after a given name: «Ахметов», «Батталова», «Сапарұлы». */
const PERSON_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы)(?:а|у|ым|ой|ом|е)?$/u
/** A city's word next to its name: «город Рим», «в городе Риме», «Рим қаласында». */
const CITY_WORD = /^(?:город\p{L}*|қала\p{L}*|city)$/u

/**
 * A three-letter place name with an ending («Риме», «Рима», «Римом», «Римде») names the place only in a place's context, capitalised:
 * after a Russian preposition of place or a city's word, in a Kazakh case of where, or before «қаласы». Elsewhere it is a
 * person («Рима Батталова», «Римом Ахметовым») or a Roman numeral's word («рим цифрлары»). Longer names need no context.
 */
function isPlaceCase(tokens: readonly Token[], start: number, suffix: string, listed: string): boolean {
  const token = tokens[start]!
  if (!isShortPlaceStem(normalizeWord(listed))) return true
  if (!isCapitalised(token)) return false
  // Uninflected, it is the place («Рим — столица Италии», «РИМ, 5 марта») unless a surname follows it: «Рим Ахметов».
  if (suffix === '') return !(tokens[start + 1]?.sep === 'space' && PERSON_SURNAME.test(tokens[start + 1]!.raw))
  const previous = start > 0 && token.sep === 'space' ? tokens[start - 1]!.norm : ''
  const next = tokens[start + 1]
  return PLACE_PREPOSITIONS.has(previous) || CITY_WORD.test(previous) || KAZAKH_PLACE_CASE.test(suffix)
    || (next !== undefined && next.sep === 'space' && CITY_WORD.test(next.norm))
}

/** The longest case ending after a hyphen: «АҚШ-тағы», «ҚХР-мен». */
const MAX_HYPHENATED_ENDING = 6

/**
 * Kazakh writes an abbreviation's case ending after a hyphen: «АҚШ-қа», «ҚХР-да», «РФ-тың», «КХДР-мен». The ending, in lower
 * case and no word of its own, is the name's (where to, where, whose, with whom), as «Ресейде»'s is; null where none follows.
 */
function hyphenatedEnding(tokens: readonly Token[], end: number, suffix: string): string | null {
  const last = tokens[end - 1]
  const next = tokens[end]
  if (suffix !== '' || last === undefined || next === undefined || next.sep !== 'hyphen' || !isCyrillic(next.raw)) return null
  if (last.raw !== last.raw.toUpperCase() || next.raw !== next.raw.toLowerCase() || next.norm.length > MAX_HYPHENATED_ENDING) return null
  return KK_TAIL.test(next.norm) ? next.norm : null
}

function isLowerCaseWord(token: Token): boolean {
  const first = token.raw.charAt(0)
  return first !== first.toUpperCase()
}

/**
 * A city's one-word name written in capitals where the sentence writes lower case too is an acronym that spells it: the
 * OECD's PISA tests are no Pisa, OSH (occupational safety and health) no Osh. A headline set in capitals, or a dateline
 * opening the text before its colon or dash ("KARACHI: the University of Karachi"), still names the city.
 */
function isAcronym(tokens: readonly Token[], index: number): boolean {
  const raw = tokens[index]?.raw ?? ''
  const isDateline = index === 0 && tokens[1] !== undefined && tokens[1].sep !== 'space'
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && !isDateline
}

function isCapitalised(token: Token): boolean {
  const first = token.raw.charAt(0)
  return first !== first.toLowerCase()
}

/** «перец чили», «бутан»: a country's name in lower case that is a common noun (LOWER_CASE_NOUNS). */
function isLowerCaseNoun(tokens: readonly Token[], code: string, start: number, end: number): boolean {
  const noun = LOWER_CASE_NOUNS[code]
  const token = tokens[start]
  if (!noun || !token || end - start !== 1) return false
  const first = token.raw.charAt(0)
  return first !== first.toUpperCase() && noun.test(token.norm)
}

function isLocalPlaceName(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end]?.norm
  const previous = start > 0 ? tokens[start - 1]?.norm : undefined
  return (next !== undefined && SETTLEMENT_WORDS.test(next)) || (previous !== undefined && /^(?:улица|улице|улицы|ул|проспект|проспекте|село|селе)$/.test(previous))
}

/** Every country named in `text`, with token offsets into `tokenize(text)`. */
export function findCountryMentions(text: string, index: CountryIndex): CountryMention[] {
  return index.mentionsIn(tokenize(text))
}

/** Short display forms where the dataset's first choice is an official or bracketed name. */
const DISPLAY_OVERRIDES: Readonly<Record<string, Partial<Record<Lang, string>>>> = {
  CN: { ru: 'Китай' },
  KG: { ru: 'Кыргызстан' },
  MD: { ru: 'Молдова', en: 'Moldova' },
  TM: { ru: 'Туркменистан' },
  KP: { ru: 'КНДР' },
  GB: { en: 'United Kingdom' },
  US: { en: 'United States' },
  // The dataset's short English name of both is «Congo»: two buttons and cards alike.
  CD: { en: 'DR Congo' },
  CG: { en: 'Republic of the Congo' },
  LA: { en: 'Laos' },
  SY: { en: 'Syria' },
  BN: { en: 'Brunei' },
  VA: { en: 'Vatican City' },
  FM: { en: 'Micronesia' },
  MM: { kk: 'Мьянма' },
}

/** Every ISO 3166-1 alpha-2 code. */
export function listCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes())
}

const homeVariables = new Map<string, Record<'home' | 'homeEn' | 'homeRu' | 'homeKk', string>>()

/** The home country as translations name it: `$home`, its code (texts keep their Kazakh wording for KZ), and its name in each language. */
export function homeCountryVariables(code: string): Record<'home' | 'homeEn' | 'homeRu' | 'homeKk', string> {
  let held = homeVariables.get(code)
  if (!held) {
    held = { home: code, homeEn: countryName(code, 'en'), homeRu: countryName(code, 'ru'), homeKk: countryName(code, 'kk') }
    homeVariables.set(code, held)
  }
  return held
}

export function countryName(code: string, locale: Lang): string {
  const upper = code.toUpperCase()
  const override = DISPLAY_OVERRIDES[upper]?.[locale]
  if (override) return override
  const names = countries.getName(upper, locale, { select: 'all' }) ?? []
  const plain = names.filter((n) => !/[,(]/.test(n) && !isAbbreviation(n)).sort((a, b) => a.length - b.length)
  return plain[0] ?? names[0] ?? countries.getName(upper, 'en') ?? upper
}


export function countryFlag(code: string): string {
  const upper = code.toUpperCase()
  if (!/^[A-Z]{2}$/.test(upper)) return ''
  return String.fromCodePoint(...[...upper].map((c) => REGIONAL_INDICATOR_A + c.charCodeAt(0) - 65))
}
