/**
 * A compass word cut short before a country's name, as people type it: "S. Korea", "N. Korea", "E. Timor", "W. Sahara",
 * «Юж. Корея», «Сев. Македония», «Вост. Тимор», «Зап. Сахара», «Оңт. Корея». Each of a word's forms is one spelling:
 * English has two ("South Korea", "Western Sahara"), Russian agrees the word with the name, in each gender and the plural
 * («Северные Марианские острова»).
 */
const ENGLISH: Readonly<Record<string, readonly string[]>> = { s: ['South', 'Southern'], n: ['North', 'Northern'], e: ['East', 'Eastern'], w: ['West', 'Western'] }
const RUSSIAN: Readonly<Record<string, readonly string[]>> = {
  ю: ['Южная', 'Южный', 'Южное', 'Южные'],
  юж: ['Южная', 'Южный', 'Южное', 'Южные'],
  южн: ['Южная', 'Южный', 'Южное', 'Южные'],
  сев: ['Северная', 'Северный', 'Северное', 'Северные'],
  зап: ['Западная', 'Западный', 'Западное', 'Западные'],
  вост: ['Восточная', 'Восточный', 'Восточное', 'Восточные'],
}
const KAZAKH: Readonly<Record<string, string>> = { оңт: 'Оңтүстік', солт: 'Солтүстік', шығ: 'Шығыс', бат: 'Батыс' }
/** Spellings tried: as many as a word has forms (a word with fewer keeps its last in the others). */
const FORMS = 4

/**
 * A cut word: one of those above with its full stop ("S.", «Юж.»), or one of the English capitals followed by a space ("S Korea");
 * never a letter of dotted initials ("U.S.", "U.K."), which ends a word of its own.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}.])(?:([SNEW]|юж|южн|сев|зап|вост|ю|оңт|солт|шығ|бат)\.\s*|([SNEW])\s+)(?=\p{L}{2})/giu

/** `text` with its cut compass words spelt out, one spelling per form of the words; empty when it has none. */
export function spelledOutCompassWords(text: string): string[] {
  let found = false
  const formOf = (forms: readonly string[] | undefined, form: number) => forms?.[Math.min(form, forms.length - 1)]
  const spellings = Array.from({ length: FORMS }, (_, form) =>
    text.replace(ABBREVIATION, (whole, dotted: string | undefined, spaced: string | undefined) => {
      const cut = (dotted ?? spaced)!
      // Without a full stop only a capital is a compass word: "S Korea", not «с Кореей».
      if (spaced !== undefined && spaced !== spaced.toUpperCase()) return whole
      const word = cut.toLowerCase()
      const full = formOf(ENGLISH[word], form) ?? formOf(RUSSIAN[word], form) ?? KAZAKH[word]
      if (full === undefined) return whole
      found = true
      return `${full} `
    }),
  )
  return found ? [...new Set(spellings)] : []
}

/**
 * A compass word on its own, whole or cut short, in any of its forms ("N", "Northern", «Сев», «Северной», «Солтүстік»): beside a
 * country's name it names another place ("Southern Ireland", «Юж. Ирландия» are no Ireland, "W. Germany" no Germany), which no table
 * may know.
 */
const COMPASS_WORD = /^(?:[snew]|(?:north|south|east|west)(?:ern)?|ю|юж|сев|зап|вост|(?:южн|северн|западн|восточн)\p{L}{0,3}|оңт|солт|шығ|бат|оңтүстік|солтүстік|шығыс|батыс)$/iu

export function isCompassWord(word: string): boolean {
  return COMPASS_WORD.test(word)
}
