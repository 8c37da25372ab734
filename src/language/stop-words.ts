import { tokenize } from './normalize.js'

/**
 * Kazakh's commonest function words (the stopword package has no Kazakh list): conjunctions,
 * postpositions, pronouns, particles and the forms of «бол-»/«е-» that fill any sentence.
 */
const KAZAKH_STOP_WORDS = [
  'және', 'мен', 'бен', 'пен', 'әрі', 'бірақ', 'алайда', 'немесе', 'әлде', 'яғни', 'себебі', 'сондықтан', 'егер', 'өйткені',
  'үшін', 'туралы', 'арқылы', 'бойынша', 'дейін', 'кейін', 'бері', 'сияқты', 'секілді', 'қарай', 'қатар', 'бірге', 'басқа',
  'бұл', 'осы', 'сол', 'мына', 'ана', 'анау', 'мынау', 'сонау', 'ол', 'олар', 'оның', 'оны', 'оған', 'онда', 'одан', 'біз',
  'біздің', 'сіз', 'сіздер', 'сен', 'сендер', 'менің', 'маған', 'өз', 'өзі', 'өзінің', 'кім', 'не', 'неге', 'нені', 'қалай',
  'қайда', 'қашан', 'қандай', 'қанша', 'барлық', 'бәрі', 'әр', 'әрбір', 'бір', 'екі', 'кез', 'келген', 'тек', 'ғана', 'қана',
  'тағы', 'енді', 'қазір', 'әлі', 'өте', 'ең', 'де', 'да', 'те', 'та', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ғой', 'ше',
  'бар', 'жоқ', 'емес', 'еді', 'екен', 'болып', 'болды', 'болады', 'болған', 'болатын', 'бола', 'деп', 'деген', 'дейді', 'керек',
]

async function buildStopWords(): Promise<ReadonlySet<string>> {
  const { eng, rus } = await import('stopword')
  return new Set([...eng, ...rus, ...KAZAKH_STOP_WORDS].flatMap((word) => tokenize(word).map((t) => t.norm)))
}

// Built on first use and kept: the same ~1,000 words every call. Holding the promise lets concurrent first calls share one build.
let stopWords: Promise<ReadonlySet<string>> | undefined

/**
 * Whether every word of `text` is a common word of English, Russian or Kazakh ("all", "of the",
 * «все», «және»): taught as a name, it would be found in almost any text. The stopword package
 * (all its 62 languages in one module, ~60 ms to load) loads when an admin first teaches a name.
 */
export async function isOnlyStopWords(text: string): Promise<boolean> {
  // A failed load is not kept: the next call tries again.
  stopWords ??= buildStopWords().catch((error: unknown) => {
    stopWords = undefined
    throw error
  })
  const common = await stopWords
  const words = tokenize(text)
  return words.length > 0 && words.every((t) => common.has(t.norm))
}
