/*
 * Russian typed in Latin letters, as people romanise it without a scheme in mind: BGN/PCGN's
 * (Rossiya, Frantsii, Kitaya), the scholarly one's j for й (Rossija, Kitaj) and their mixtures.
 */

/** Several letters for one Cyrillic letter, longest first so «shch» is not read as «ш» + «ч». */
const DIGRAPHS: readonly (readonly [latin: string, cyrillic: string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'ё'], ['jo', 'ё'], ['ye', 'е'],
]

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', w: 'в', q: 'к',
}

const LATIN_VOWELS = new Set([...'aeiouy'])

/** y is й after a vowel and ы after a consonant; i is й after a vowel other than i when no vowel follows («Franciei», «Kitai»). */
function letterAt(lower: string, i: number): string | undefined {
  const letter = lower[i]!
  const afterVowel = LATIN_VOWELS.has(lower[i - 1] ?? '')
  if (letter === 'y') return afterVowel ? 'й' : 'ы'
  if (letter === 'i' && afterVowel && lower[i - 1] !== 'i' && !LATIN_VOWELS.has(lower[i + 1] ?? '')) return 'й'
  return LETTERS[letter]
}

/**
 * Latin letters read as the Russian they romanise («Rossii» → «России», «Frantsiyey» → «Францией»,
 * «Rossija» → «Россия»). For reading typed names only;
 * anything that is not a Latin letter passes through.
 */
export function russianLatinToCyrillic(text: string): string {
  const lower = text.toLowerCase()
  // A letter whose lower case is longer (İ) would shift the two apart: read the lower case alone then.
  const typed = lower.length === text.length ? text : lower
  let out = ''
  let i = 0
  while (i < lower.length) {
    const digraph = DIGRAPHS.find(([latin]) => lower.startsWith(latin, i))
    const [latin, cyrillic] = digraph ?? [lower[i]!, letterAt(lower, i)]
    const written = cyrillic ?? typed[i]!
    out += typed[i] !== lower[i] ? written.charAt(0).toUpperCase() + written.slice(1) : written
    i += latin.length
  }
  return out
}
