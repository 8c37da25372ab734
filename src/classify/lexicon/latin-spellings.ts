import { latinRoundTrip } from '../../language/kazakh-latin.js'

/*
 * Kazakh pages in Latin letters are read in Cyrillic (read-article.ts), and a word comes back from them in the form the
 * way it was typed gives, which the lexicons add beside its Cyrillic form: the official alphabet's trip («Франция» →
 * «Fransııa» → «Франсия»), and the spellings pages use where the alphabet has no letter or the keyboard no key.
 */

/**
 * ц, which neither Latin alphabet has, is typed ts («delegatsııa», «kontsert», «konferentsiialar»): read back as тс. Not where ц
 * ends a stem that takes any ending: «полиц*» as «политс*» would read Russian «политсовет».
 */
const TS_OPEN_END = /ц\*/u

function withTs(word: string): string | null {
  if (!word.includes('ц') || TS_OPEN_END.test(word)) return null
  const typed = word.replaceAll('ц', 'тс')
  return latinRoundTrip(typed) ?? typed
}

/** The forms a Cyrillic word or phrase («делегаци*», «Түркі кеңесі») comes back in from Kazakh Latin pages, itself left out. */
export function latinSpellings(word: string): string[] {
  const forms = new Set<string>()
  for (const form of [latinRoundTrip(word), withTs(word)]) if (form !== null && form !== word) forms.add(form)
  return [...forms]
}
