import { latinRoundTrip, latinToCyrillic } from '../../language/kazakh-latin.js'

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

/** The 2021 alphabet's letters for Cyrillic ones: ı is і, i is и and й, ū is ұ and u is у. */
const LATIN_2021: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l',
  м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts',
  ч: 'ç', ш: 'ş', щ: 'ş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
}
/**
 * A keyboard without ı (a Turkish one, or an English one on which pages leave ı out) types one i for і and и («kelisim»,
 * «kitaphana», «birlesken»), which the 2021 reading takes for и, or й after a vowel.
 */
const ONE_I: Readonly<Record<string, string>> = { ...LATIN_2021, і: 'i' }

/** A stem of three letters or fewer that takes any ending: «дін*» typed so («дин*») would read «динамика». */
const SHORT_OPEN_STEM = /(?:^|[\s-])[^\s-]{1,3}\*/u

/** How the 2021 reading reads `word` back typed with `letters` (i's capital as İ, or as I where `plainCapitalI`); null for a short open stem. */
function typedIn2021(word: string, letters: Readonly<Record<string, string>>, plainCapitalI = false): string | null {
  let typed = ''
  for (const letter of word) {
    const lower = letter.toLowerCase()
    const latin = letters[lower]
    // The 2021 reading takes a capital I for ı's: i's capital is İ.
    typed += latin === undefined ? letter : letter === lower ? latin : plainCapitalI ? latin.toUpperCase() : latin.toUpperCase().replace('I', 'İ')
  }
  const read = latinToCyrillic(typed, 2021)
  return SHORT_OPEN_STEM.test(read) ? null : read
}

function withOneI(word: string): string | null {
  return /[іІ]/u.test(word) ? typedIn2021(word, ONE_I) : null
}

/** ū, which neither a Turkish nor an English keyboard has, typed u («ulttyq», «uiym»), which the 2021 reading takes for у; with one i too. */
const PLAIN_U: Readonly<Record<string, string>> = { ...LATIN_2021, ұ: 'u' }
const PLAIN_U_ONE_I: Readonly<Record<string, string>> = { ...ONE_I, ұ: 'u' }

function withPlainU(word: string): (string | null)[] {
  if (!/[ұҰ]/u.test(word)) return []
  return [typedIn2021(word, PLAIN_U), /[іІ]/u.test(word) ? typedIn2021(word, PLAIN_U_ONE_I) : null]
}

/**
 * A keyboard without İ (an English one) types the capital of и as I, which the 2021 reading takes for ı's capital, і: a name
 * opening on И comes back opening on І («Ispaniia» → «Іспания», «Italiia» → «Італия», «Iran» → «Іран»).
 */
function withPlainCapitalI(word: string): string | null {
  return /(?:^|[\s-])И/u.test(word) ? typedIn2021(word, LATIN_2021, true) : null
}

/** The forms a Cyrillic word or phrase («делегаци*», «Түркі кеңесі») comes back in from Kazakh Latin pages, itself left out. */
export function latinSpellings(word: string): string[] {
  const forms = new Set<string>()
  for (const form of [latinRoundTrip(word), withTs(word), withOneI(word), ...withPlainU(word), withPlainCapitalI(word)]) if (form !== null && form !== word) forms.add(form)
  return [...forms]
}
