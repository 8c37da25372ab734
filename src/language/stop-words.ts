import { createRequire } from 'node:module'
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

// The stopword package (all its 62 languages in one module, ~20 ms to load) is read on first use and
// kept: the same ~1,000 words every call.
const require = createRequire(import.meta.url)
let stopWords: ReadonlySet<string> | undefined

function commonWords(): ReadonlySet<string> {
  if (!stopWords) {
    const { eng, rus } = require('stopword') as { eng: string[]; rus: string[] }
    stopWords = new Set([...eng, ...rus, ...KAZAKH_STOP_WORDS].flatMap((word) => tokenize(word).map((t) => t.norm)))
  }
  return stopWords
}

/** Whether `word` (one word, lower case) is a common word of English, Russian or Kazakh: "the", «при», «және». */
export function isStopWord(word: string): boolean {
  return commonWords().has(word)
}

/**
 * Whether every word of `text` is a common word of English, Russian or Kazakh ("all", "of the",
 * «все», «және»): taught as a name, it would be found in almost any text.
 */
export function isOnlyStopWords(text: string): boolean {
  const common = commonWords()
  const words = tokenize(text)
  return words.length > 0 && words.every((t) => common.has(t.norm))
}
