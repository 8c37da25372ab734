/**
 * A compass word cut short before a country's name, as people type it: "S. Korea", "N. Korea", "E. Timor", «Юж. Корея»,
 * «Сев. Македония», «Вост. Тимор», «Оңт. Корея». Russian agrees the word with the name, so each of its genders is one spelling.
 */
const ENGLISH: Readonly<Record<string, string>> = { s: 'South', n: 'North', e: 'East', w: 'West' }
const RUSSIAN: Readonly<Record<string, readonly string[]>> = {
  ю: ['Южная', 'Южный', 'Южное'],
  юж: ['Южная', 'Южный', 'Южное'],
  южн: ['Южная', 'Южный', 'Южное'],
  сев: ['Северная', 'Северный', 'Северное'],
  зап: ['Западная', 'Западный', 'Западное'],
  вост: ['Восточная', 'Восточный', 'Восточное'],
}
const KAZAKH: Readonly<Record<string, string>> = { оңт: 'Оңтүстік', солт: 'Солтүстік', шығ: 'Шығыс', бат: 'Батыс' }
const GENDERS = 3

/**
 * A cut word: one of those above with its full stop ("S.", «Юж.»), or one of the English capitals followed by a space ("S Korea");
 * never a letter of dotted initials ("U.S.", "U.K."), which ends a word of its own.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}.])(?:([SNEW]|юж|южн|сев|зап|вост|ю|оңт|солт|шығ|бат)\.\s*|([SNEW])\s+)(?=\p{L}{2})/giu

/** `text` with its cut compass words spelt out, one spelling per Russian gender; empty when it has none. */
export function spelledOutCompassWords(text: string): string[] {
  let found = false
  const spellings = Array.from({ length: GENDERS }, (_, gender) =>
    text.replace(ABBREVIATION, (whole, dotted: string | undefined, spaced: string | undefined) => {
      const cut = (dotted ?? spaced)!
      // Without a full stop only a capital is a compass word: "S Korea", not «с Кореей».
      if (spaced !== undefined && spaced !== spaced.toUpperCase()) return whole
      const word = cut.toLowerCase()
      const full = ENGLISH[word] ?? RUSSIAN[word]?.[gender] ?? KAZAKH[word]
      if (full === undefined) return whole
      found = true
      return `${full} `
    }),
  )
  return found ? [...new Set(spellings)] : []
}
