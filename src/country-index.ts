import type { CountryAlias } from './classify/types.js'
import countries from 'i18n-iso-countries/index.js'
import beNames from 'i18n-iso-countries/langs/be.json' with { type: 'json' }
import ukNames from 'i18n-iso-countries/langs/uk.json' with { type: 'json' }
import { type CountryIndex, type CountryRef, countryName, createCountryIndex, nameSpelling, type PlaceName } from './classify/countries.js'
import { LANGS } from './language/langs.js'
import { isStopWord } from './language/stop-words.js'
import { spelledOutCompassWords } from './language/compass-abbreviations.js'
import { nameFormOf } from './language/name-forms.js'
import { decodeTypedEntities, tokenize } from './language/normalize.js'

/**
 * Russian names people type that the country tables lack, their official ones being abbreviations (ЮАР, САДР): a compass word
 * cut short before them («Зап. Сахара», «Юж. Африка») is spelt out to these.
 */
const TYPED_NAMES: readonly CountryAlias[] = [
  { alias: 'Западная Сахара', country: 'EH' },
  { alias: 'Южная Африка', country: 'ZA' },
  // Official names a press attaché copies from a document, which the tables lack: «Южно-Африканская Республика» was offered
  // the Dominican Republic, «Федеративная Республика Германия» had «Федеративная Республика» not understood.
  ...['Южно-Африканская Республика', 'Южно Африканская Республика'].map((alias) => ({ alias, country: 'ZA' })),
  { alias: 'Федеративная Республика Германия', country: 'DE' },
  { alias: 'Исламская Республика Иран', country: 'IR' },
  { alias: 'Арабская Республика Египет', country: 'EG' },
  ...['Соединённое Королевство', 'Соединенное Королевство'].map((alias) => ({ alias, country: 'GB' })),
  // Former names readers still type, which the tables lack: "Persia" was offered Serbia, "Swaziland" Thailand beside Eswatini.
  ...['Persia', 'Персия', 'Парсы'].map((alias) => ({ alias, country: 'IR' })),
  ...['Burma', 'Бирма'].map((alias) => ({ alias, country: 'MM' })),
  ...['Swaziland', 'Свазиленд'].map((alias) => ({ alias, country: 'SZ' })),
  ...['Ceylon', 'Цейлон'].map((alias) => ({ alias, country: 'LK' })),
  ...['Siam', 'Сиам'].map((alias) => ({ alias, country: 'TH' })),
  // The tables give both Congos the short name "Congo", which reads as neither: the names that tell them apart.
  ...['Republic of Congo', 'Congo-Brazzaville', 'Congo Brazzaville', 'Конго-Браззавиль'].map((alias) => ({ alias, country: 'CG' })),
  ...['Democratic Republic of Congo', 'Congo-Kinshasa', 'Congo Kinshasa', 'Конго-Киншаса', 'ДР Конго', 'ДРК'].map((alias) => ({ alias, country: 'CD' })),
]

/**
 * A one-word Ukrainian name's other cases, by its ending: «Франція» → «Франції», «Францію», «Францією»; «Німеччина» →
 * «Німеччини», «Німеччині», «Німеччину», «Німеччиною»; names ending in a consonant → «Казахстану», «Казахстані»,
 * «Казахстаном», «Єгипту» (its «е» dropped), and in «-ль», «-й», «-ея», «-и» as those nouns decline. The Russian rules the index inflects names by read none of them («ї», «і», «є» are no Russian letters).
 */
function ukrainianCases(name: string): string[] {
  if (/\s/u.test(name)) return []
  if (/ія$/u.test(name)) return ['ії', 'ію', 'ією'].map((end) => name.slice(0, -2) + end)
  if (/[жчшщ]а$/u.test(name)) return ['і', 'у', 'ею'].map((end) => name.slice(0, -1) + end)
  if (/а$/u.test(name)) return ['и', 'і', 'у', 'ою'].map((end) => name.slice(0, -1) + end)
  // «Єгипет»: the «е» before the last consonant drops in every other case (Єгипту, Єгипті, Єгиптом).
  if (/ет$/u.test(name)) return ['у', 'а', 'і', 'ом'].map((end) => name.slice(0, -2) + 'т' + end)
  if (/[бвгдзклмнпрстфхц]$/u.test(name)) return ['у', 'а', 'і', 'ом'].map((end) => name + end)
  // «Ізраїль» → Ізраїлю, Ізраїлі, Ізраїлем; «Китай», «Уругвай», «Маврикій» → Китаю, Китаї, Китаєм.
  if (/ль$/u.test(name)) return ['ю', 'я', 'і', 'ем'].map((end) => name.slice(0, -1) + end)
  if (/[аеиіоуя]й$/u.test(name)) return ['ю', 'ї', 'єм'].map((end) => name.slice(0, -1) + end)
  // «Гвінея», «Еритрея» → Гвінеї, Гвінею, Гвінеєю.
  if (/[еиую]я$/u.test(name)) return ['ї', 'ю', 'єю'].map((end) => name.slice(0, -1) + end)
  // Plurals in «-и» («Нідерланди», «Філіппіни», «Мальдіви») → Нідерландів, Нідерландам, Нідерландах; Філіппін. Names in «-і» (Гернсі, Малі) do not decline.
  if (/[бвгдзклмнпрстфхц]и$/u.test(name)) return ['ів', '', 'ам', 'ах', 'ами'].map((end) => name.slice(0, -1) + end)
  return []
}

/** A one-word Belarusian name's other cases: «Францыя» → «Францыі», «Францыю», «Францыяй»; «Германія» → «Германіі». */
function belarusianCases(name: string): string[] {
  if (/\s/u.test(name)) return []
  if (/[ыі]я$/u.test(name)) return ['і', 'ю', 'яй'].map((end) => name.slice(0, -1) + end)
  if (/а$/u.test(name)) return ['ы', 'е', 'у', 'ай'].map((end) => name.slice(0, -1) + end)
  return []
}

/**
 * Countries' Ukrainian and Belarusian names («Франція», «Німеччина», «Расія», «Францыя»): readers whose Telegram speaks them are
 * answered in Russian, and type names in their own language. A name any of our three languages has already (for any country,
 * «Макао», «Гонконг») is left as those read it, and so is one with a comma or parentheses.
 */
const NEIGHBOUR_NAMES: readonly CountryAlias[] = (() => {
  const ours = new Set(
    ['en', 'ru', 'kk'].flatMap((locale) => Object.values(countries.getNames(locale, { select: 'all' })).flat().map((name) => name.toLowerCase())),
  )
  const found = new Map<string, CountryAlias>()
  for (const [table, casesOf] of [[ukNames, ukrainianCases], [beNames, belarusianCases]] as const) {
    for (const [country, names] of Object.entries(table.countries)) {
      for (const name of [names].flat()) {
        for (const alias of [name, ...casesOf(name)]) {
          const key = alias.toLowerCase()
          if (!/[,(]/u.test(alias) && !ours.has(key) && !found.has(key)) found.set(key, { alias, country })
        }
      }
    }
  }
  return [...found.values()]
})()

/**
 * Ukrainian and Belarusian prepositions a name is asked with («з Францією», «у Німеччині», «до Єгипту», «ад Расіі», «пра
 * Францыю»), and Russian ones the classifier's list leaves out, running text having no use for them before a name
 * («у России», «к Франции», «до Германии»): read without them, as «по России» is.
 */
const NEIGHBOUR_PREPOSITION = /^(?:з|із|зі|зо|у|ў|в|до|від|щодо|про|пра|для|на|по|па|ад|да|са|аб|к|ко|між|поміж)\s+(?=\S)/iu
/** The same before each piece of a list («з Францією та з Німеччиною»), kept from the separator before it. */
const NEIGHBOUR_PREPOSITION_IN_LIST = new RegExp(`(^|[,;/\\n]\\s*|\\s(?:and|и|і|та|й|мен|және|&)\\s+)${NEIGHBOUR_PREPOSITION.source.slice(1)}`, 'giu')

const withoutNeighbourPreposition = (name: string): string => name.trim().replace(NEIGHBOUR_PREPOSITION, '')

const placesOf = (kind: PlaceName['kind'], byCountry: Readonly<Record<string, readonly string[]>>): PlaceName[] =>
  Object.entries(byCountry).flatMap(([code, names]) => names.map((name) => ({ name, code, kind })))

/**
 * Well-known places and institutions abroad that readers ask for by name and the classifier's tables lack, or know in English
 * only («Британский музей» is the British Museum, as "British Museum" is). Only typed names are read so: in the tables, the
 * classifier would read them in articles too, which is the classifier's to take up.
 */
const TYPED_PLACES: readonly PlaceName[] = [
  ...placesOf('capital', {
    NL: ['Amsterdam', 'Амстердам'],
    CD: ['Kinshasa', 'Киншаса'],
    CG: ['Brazzaville', 'Браззавиль'],
    TW: ['Taipei', 'Тайбэй', 'Тайбей'],
    IS: ['Reykjavik', 'Рейкьявик'],
    MT: ['Valletta', 'Валлетта'],
    TM: ['Ашгабат'],
  }),
  ...placesOf('city', {
    NL: ['The Hague', 'Hague', 'Den Haag', 'Гаага', 'Rotterdam', 'Роттердам'],
    CH: ['Geneva', 'Женева', 'Zurich', 'Цюрих'],
    GB: ['Glasgow', 'Глазго', 'Liverpool', 'Ливерпуль'],
    AU: ['Sydney', 'Сидней', 'Melbourne', 'Мельбурн'],
    CA: ['Toronto', 'Торонто', 'Montreal', 'Монреаль'],
    ZA: ['Cape Town', 'Кейптаун'],
    ES: ['Bilbao', 'Бильбао'],
    FR: ['Versailles', 'Версаль'],
    IL: ['Tel Aviv', 'Тель-Авив'],
  }),
  ...placesOf('institution', {
    GB: ['Британский музей', 'Британ музейі', 'Британ мұражайы', 'Британский совет', 'Tate Modern', 'Tate Britain'],
    NL: ['Rijksmuseum', 'Рейксмузеум', 'Рейксмузей', 'Van Gogh Museum', 'Музей Ван Гога'],
    FR: ["Musée d'Orsay", 'Orsay', 'Орсе'],
    RU: ['Пушкинский музей', 'ГМИИ'],
    US: ['Метрополитен-музей', 'MoMA'],
    IT: ['Уффици'],
    GR: ['Acropolis', 'Акрополь'],
    TR: ['Topkapi', 'Топкапы', 'Hagia Sophia', 'Айя-София'],
    DE: ['Berlinale', 'Берлинале', 'Pergamon', 'Пергамон'],
  }),
]

/**
 * An institution's name read in words that are not it: its plural («Русские музеи», "British museums": Russia's or the
 * United Kingdom's museums, which the stems it is matched by cannot tell from the Russian Museum), or other words that
 * start as its words do («Британская музыка»). Its cases («Британского музея») are the institution.
 */
const isInstitutionMisread = (ref: CountryRef): boolean =>
  ref.kind === 'institution' && ref.reading !== undefined && nameFormOf(ref.reading.words, tokenize(ref.reading.listed).map((t) => t.norm)) !== 'name'

/**
 * A word holding < or > (`<br/>`, `</b>`, `<b>Russia</b>`): markup typed or pasted, which names no country, though the index
 * would read the letters in it («br»: Brazil). A bare code typed alone (`BR`) is still read.
 */
const MARKUP = /[^\s,;]*[<>][^\s,;]*/gu
const hasMarkup = (text: string): boolean => /[<>]/u.test(text)

/** Spellings a country's official names hold only in parentheses, with those countries: «сша» → UM, VI. */
const NAMED_IN_PARENTHESES_ONLY: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const found = new Map<string, Set<string>>()
  for (const locale of ['en', 'ru', 'kk']) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      const outside = new Set(names.map((n) => nameSpelling(n.replace(/\([^)]*\)/gu, ' '))))
      for (const [, inside] of names.flatMap((n) => [...n.matchAll(/\(([^)]*)\)/gu)])) {
        const spelt = nameSpelling(inside!)
        if (!outside.has(spelt)) found.set(spelt, (found.get(spelt) ?? new Set()).add(code))
      }
    }
  }
  return found
})()

/** How the classifier's index splits a list of names («Конго, Франция», «Конго и Франция», "Congo and France"). */
const LIST_SEPARATOR = /[,;/\n]+|\s+(?:and|и|мен|және|&)\s+/iu

/**
 * The words that join a list's names, Ukrainian and Belarusian «та», «і», «й» too («Франція та Німеччина»), and that join the
 * words of one country's name («Trinidad and Tobago», «Тринидад и Тобаго», "Trinidad & Tobago", «Тринидад және Тобаго»).
 */
const JOINING_WORD = /^(?:and|и|і|й|та|мен|және|&)$/iu
/** How a joining word reads inside a name, in each language's index: "Trinidad & Tobago" is looked up as "Trinidad and Tobago". */
const JOINED_NAME_WORDS = ['and', 'и', 'және'] as const
/** Ukrainian and Belarusian «та», «і», «й» between names, read as the comma the classifier's index splits a list at. */
const SLAVIC_LIST_JOINER = /\s+(?:та|і|й)\s+/giu

/**
 * How many words a country's name holds on either side of its joining word, with a word to spare: the names' tables hold at
 * most four («Острова Святой Елены, Вознесения и Тристан-да-Кунья» before it, "South Georgia and the South Sandwich Islands"
 * after). A span is never tried wider, so a long message with an «и» in it is read in time proportional to its length,
 * where every span around it had been looked up.
 */
const MAX_NAME_WORDS_BEFORE_JOINER = 5
const MAX_NAME_WORDS_AFTER_JOINER = 5

/** A flag as the text of a country's code: a name read whole stands in a list as its flag does. */
const flagOf = (code: string): string => String.fromCodePoint(...[...code.toUpperCase()].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65))

const HAS_FLAG = /\p{Regional_Indicator}{2}/u
const FLAGS = /\p{Regional_Indicator}{2}/gu

/** Flags set off from the words beside them as items of a list («Россия 🇨🇳»: Russia, China), as flags side by side are. */
const setOffFlags = (text: string): string => text.replace(FLAGS, (flag) => `, ${flag}, `)

/**
 * Russian adjective endings («большие», «новых», «старого»): a country's name, in any case, ends in none of them but «-ие»
 * of a misspelt «Бельгии», which begins as the name does.
 */
const RUSSIAN_ADJECTIVE_ENDING = /(?:[ыи]е|[ыи]й|[ое]е|[ыи]х|[ыи]ми|[ое]го|[ое]му)$/u

/**
 * English words readers type beside or instead of a country that are near a name by their letters only, and no stop word:
 * "great" (Great Britain, Greece), "capital" (Italy), "central" (the Central African Republic), "national" (Nauru).
 */
const ENGLISH_ORDINARY_WORDS = new Set(
  (
    'great greater grand capital central national international cultural global regional local general special official social ' +
    'historical historic ancient modern classical traditional contemporary famous major main big small large little good best top ' +
    'recent latest joint bilateral foreign art arts music musical film films cinema theatre theater opera ballet museum library ' +
    'exhibition festival concert tour days week year news cooperation agreement memorandum meeting talks visit minister ministry ' +
    'embassy ambassador president government education science youth sport sports tourism heritage language literature book books ' +
    'university culture region country countries world abroad'
  ).split(' '),
)

/** English adjective endings no country's name has: "famous", "beautiful", "creative", "remarkable", "endless". */
const ENGLISH_ADJECTIVE_ENDING = /[a-z]{3}(?:ous|ful|ive|able|ible|less)$/u

/** A single common word («this», «said», "great") or a Russian or English adjective: near a country's name by its letters only. */
function isOrdinaryWord(name: string): boolean {
  const words = tokenize(name)
  if (words.length !== 1) return false
  const norm = words[0]!.norm
  return isStopWord(norm) || RUSSIAN_ADJECTIVE_ENDING.test(norm) || ENGLISH_ORDINARY_WORDS.has(norm) || ENGLISH_ADJECTIVE_ENDING.test(norm)
}

/**
 * Whether a word begins as the country's name does in one of the three languages, its first four letters (all of a shorter
 * name): «Француские» France, «Бельгие» Belgium, but «большие» neither Belgium nor Bolivia.
 */
function beginsAsName(word: string, code: string): boolean {
  const typed = word.toLowerCase().replaceAll('ё', 'е')
  return LANGS.some((lang) => {
    const start = countryName(code, lang).toLowerCase().replaceAll('ё', 'е').slice(0, 4)
    return !isStopWord(typed) && typed.startsWith(start)
  })
}

/**
 * The country index for names people type (the bot, the web archive): a compass word cut short ("S. Korea",
 * «Юж. Корея», "N. Korea") is read spelt out, where the index would read "S." as an unknown word beside Korea, which
 * alone is South Korea. Running text is read by the classifier's own index, which this leaves alone.
 */
export function createTypedCountryIndex(aliases: readonly CountryAlias[] = []): CountryIndex {
  const index = createCountryIndex([...TYPED_NAMES, ...NEIGHBOUR_NAMES, ...aliases], TYPED_PLACES)
  const readings = (name: string): string[] => {
    const bare = withoutNeighbourPreposition(name)
    return [...spelledOutCompassWords(name), name, ...(bare === name.trim() ? [] : [...spelledOutCompassWords(bare), bare])]
  }
  // A spelling out that reads no more than the text as typed («Франция Ю. Гагарин»: an initial) leaves the words as typed,
  // not «Южная», which the reader never wrote.
  // An institution's name misread in a piece of the list («большие театры»: big theatres, no Bolshoi) is its words, each read alone.
  const withoutMisreadInstitutions = (text: string): string =>
    text
      .split(LIST_SEPARATOR)
      .map((piece) => piece.trim())
      .filter((piece) => {
        const found = /\s/u.test(piece) ? index.lookup(piece) : null
        return found !== null && isInstitutionMisread(found)
      })
      .reduce((read, piece) => read.replace(piece, piece.split(/\s+/u).join(', ')), text)
  const readList = (typed: string) => {
    const text = typed.replace(NEIGHBOUR_PREPOSITION_IN_LIST, '$1')
    return [text, ...spelledOutCompassWords(text)]
      .map((reading) => index.parseList(setOffFlags(withoutMisreadInstitutions(reading))))
      .reduce((best, listed) => (listed.unknown.length < best.unknown.length ? listed : best))
  }
  // Markup is read as a list's separator and is not understood, as typed (after the words the index did not read).
  const parseList: CountryIndex['parseList'] = (text) => {
    const markup = text.match(MARKUP) ?? []
    if (markup.length === 0) return readUnlessShared(text)
    const rest = text.replace(MARKUP, ', ')
    const listed = /[\p{L}\p{N}\p{Regional_Indicator}]/u.test(rest) ? readUnlessShared(rest) : { codes: [], unknown: [] }
    return { codes: listed.codes, unknown: [...listed.unknown, ...markup] }
  }
  // A name two countries share is no country in a list either («Конго, Франция», "France and Congo"): it is left unread, as
  // typed, for the reader to be asked which, where the index would read the DR Congo.
  const readUnlessShared = (text: string): { codes: string[]; unknown: string[] } => {
    if (sharedClaims(text).length > 0) return { codes: [], unknown: [text.trim()] }
    const shared: string[] = []
    const rest: string[] = []
    for (const piece of text.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
      if (sharedClaims(piece).length > 0) shared.push(piece)
      // Names side by side with no comma («Конго Франция», as a list's filter words leave them): a word of them that two
      // countries share, unless the piece is one name with it («ДР Конго», «Республика Конго»).
      else if (index.lookup(piece) === null && /\s/u.test(piece)) {
        const words = piece.split(/\s+/u)
        shared.push(...words.filter((word) => sharedClaims(word).length > 0))
        const others = words.filter((word) => sharedClaims(word).length === 0).join(' ')
        if (others !== '') rest.push(others)
      } else rest.push(piece)
    }
    if (shared.length === 0) return readList(text)
    const listed = rest.length === 0 ? { codes: [], unknown: [] } : readList(rest.join(', '))
    return { codes: listed.codes, unknown: [...listed.unknown, ...shared] }
  }
  // «Конго» is listed as the DR Congo's Russian short name, though the Republic of the Congo is «Конго» too, as "Congo" is
  // both in English: a name (in any of its forms, «Конгомен») that two countries claim reads as neither, and is asked about.
  // A state named in parentheses after a territory of its («США» in «Внешние малые острова (США)», «Великобритания» in
  // «Британские Виргинские острова (Великобритания)») is no name of the territory: not a second country to ask about.
  const sharedClaims = (name: string): string[] => {
    const listed = index.lookup(name)?.reading?.listed
    const inParentheses = listed === undefined ? undefined : NAMED_IN_PARENTHESES_ONLY.get(nameSpelling(listed))
    const claims = listed === undefined ? [] : index.claimsOf(listed).filter((code) => !inParentheses?.has(code))
    return claims.length > 1 ? claims : []
  }
  const lookup: CountryIndex['lookup'] = (name) => {
    if (hasMarkup(name) || sharedClaims(name).length > 0) return null
    // «Russia 🇫🇷»: the index reads a word and a flag beside it as the word alone; two countries are no one name.
    if (HAS_FLAG.test(name) && /[\p{L}\p{N}]/u.test(name) && parseList(name).codes.length > 1) return null
    for (const reading of readings(name)) {
      const found = index.lookup(reading)
      if (found) return isInstitutionMisread(found) ? null : found
    }
    return null
  }
  // "Trinidad & Tobago", «Франция и Тринидад и Тобаго»: a name holding a joining word is read whole, as its flag, before the
  // list is split at the joining words, where "&" and a list's «и» split it into two unknown words. A span is tried from the
  // words between the joining words on either side, longest first; names that are each a country ("Russia and China") are
  // no one country's name and stay a list.
  const joinNamesWithJoiningWords = (text: string): string =>
    text
      .split(/([,;/\n]+)/u)
      .map((chunk) => {
        const words = chunk.replace(/(\p{L})&(?=\p{L})/gu, '$1 & ').split(/\s+/u).filter(Boolean)
        if (!words.some((word, i) => i > 0 && i < words.length - 1 && JOINING_WORD.test(word))) return chunk
        const read: string[] = []
        let emitted = 0
        let start = 0
        for (let at = 1; at < words.length - 1; at += 1) {
          if (!JOINING_WORD.test(words[at]!)) continue
          const nextJoiner = words.findIndex((word, i) => i > at && JOINING_WORD.test(word))
          const found = joinedName(words, start, at, nextJoiner === -1 ? words.length : nextJoiner)
          if (!found) {
            start = at + 1
            continue
          }
          read.push(...words.slice(emitted, found.from), flagOf(found.code))
          emitted = start = found.to
          at = found.to - 1
        }
        return read.length === 0 ? chunk : ` ${[...read, ...words.slice(emitted)].join(' ')} `
      })
      .join('')
  // The longest span of words around the joining word at `at` (from `start`, before `end`) that the index reads as one country.
  const joinedName = (words: readonly string[], start: number, at: number, end: number): { code: string; from: number; to: number } | null => {
    for (let from = Math.max(start, at - MAX_NAME_WORDS_BEFORE_JOINER); from < at; from += 1) {
      for (let to = Math.min(end, at + 1 + MAX_NAME_WORDS_AFTER_JOINER); to > at + 1; to -= 1) {
        for (const joining of new Set([words[at]!, ...JOINED_NAME_WORDS])) {
          const found = index.lookup([...words.slice(from, at), joining, ...words.slice(at + 1, to)].join(' '))
          if (found?.kind === 'country') return { code: found.code, from, to }
        }
      }
    }
    return null
  }
  // «&lt;Франция&gt;», "Trinidad &amp; Tobago": text copied from a page's source is read as the page shows it, where «lt» and
  // «gt» read as Lithuania and Guatemala; «&lt;b&gt;» is then markup, as «<b>» typed is.
  const decoded = decodeTypedEntities
  const lookupTyped = (typed: string): CountryRef | null => {
    const name = decoded(typed)
    const found = lookup(name)
    if (found || !/\s|&/u.test(name)) return found
    const joined = joinNamesWithJoiningWords(name).trim()
    return joined !== name.trim() && /^\p{Regional_Indicator}{2}$/u.test(joined) ? lookup(joined) : null
  }
  return {
    ...index,
    lookup: lookupTyped,
    resolve: (name) => lookupTyped(name)?.code ?? null,
    // A spelling out that names no country ("S. Ireland": "South Ireland", nearest South Korea) is no reading of it:
    // the text as typed is looked up ("S. Ireland": Ireland).
    suggest: (typed, limit) => {
      const name = decoded(typed).replace(MARKUP, ' ').trim()
      if (!/[\p{L}\p{N}]/u.test(name)) return []
      const bare = withoutNeighbourPreposition(name)
      const suggested = index.suggest(spelledOutCompassWords(bare).find((reading) => index.lookup(reading) !== null) ?? bare, limit)
      return isOrdinaryWord(name) ? suggested.filter((code) => beginsAsName(name, code)) : suggested
    },
    claimsOf: (typed) => {
      const name = decoded(typed)
      if (hasMarkup(name)) return []
      const shared = sharedClaims(name)
      return shared.length > 0 ? shared : index.claimsOf(name)
    },
    parseList: (text) => parseList(joinNamesWithJoiningWords(decoded(text)).replace(SLAVIC_LIST_JOINER, ', ')),
  }
}
