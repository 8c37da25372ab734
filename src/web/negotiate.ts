import { LANGS, type Lang } from '../classify/types.js'
import { READ_AS_RUSSIAN } from '../language/read-as-russian.js'

/** Each token of an Accept-* header with its q-value, refusals (q=0) included, in the header's order. */
function qualities(header: string | undefined): { token: string; q: number }[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [token = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { token: token.trim(), q: q === undefined ? 1 : Number(q) }
    })
    .filter((t) => t.token !== '' && !Number.isNaN(t.q))
}

/** The accepted tokens of an Accept-* header, best first, in the header's order on a tie ("ru-RU,ru;q=0.9,en;q=0.5"). */
function weighted(header: string | undefined): { token: string; q: number }[] {
  return qualities(header)
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q)
}

/** The language a ?lang= value names, read as people and tools write it (`KK`, `ru-RU`, `kk_KZ`), or undefined. */
function requestedLang(requested: string | null): Lang | undefined {
  const base = requested?.trim().toLowerCase().split(/[-_]/)[0]
  return LANGS.find((l) => l === base)
}

/**
 * ?lang= when it names one of ours, else the best of ours Accept-Language names, else Russian for a reader of a
 * language whose speakers read it more readily than English (Ukrainian, Belarusian…: READ_AS_RUSSIAN, which the bot reads too,
 * so both answer one reader alike), else English (as the bot).
 */
export function chooseLang(requested: string | null, acceptLanguage: string | undefined): { lang: Lang; isExplicit: boolean } {
  const explicit = requestedLang(requested)
  if (explicit) return { lang: explicit, isExplicit: true }
  const bases = weighted(acceptLanguage).map(({ token }) => token.split('-')[0] ?? '')
  // A language of ours the reader names, even below theirs ("uk, en;q=0.8"), is one they said they read.
  const named = bases.map((base) => LANGS.find((l) => l === base)).find((lang) => lang !== undefined)
  if (named) return { lang: named, isExplicit: false }
  return { lang: bases.some((base) => READ_AS_RUSSIAN.has(base)) ? 'ru' : 'en', isExplicit: false }
}

export type Encoding = 'br' | 'gzip' | 'identity'

/**
 * The coding the client weighs highest (RFC 9110 §12.5.3): a coding's own q-value (gzip's under x-gzip too), else that of `*`,
 * else it is refused; brotli on a tie with gzip, and a coding on a tie with identity. Identity, which
 * the client need not name, is the answer when it weighs more than either coding or both are refused.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const listed = qualities(acceptEncoding)
  const qualityOf = (...names: string[]): number => {
    const own = listed.filter((t) => names.includes(t.token)).map((t) => t.q)
    // A coding listed twice (x-gzip is gzip, §8.4.1.3): a q=0 on either refuses it, as §12.5.3 refuses one "accompanied by a qvalue of 0"; else the higher q counts.
    if (own.length > 0) return own.includes(0) ? 0 : Math.max(...own)
    return listed.find((t) => t.token === '*')?.q ?? 0
  }
  const br = qualityOf('br')
  const gzip = qualityOf('gzip', 'x-gzip')
  const best = br >= gzip ? { encoding: 'br' as const, q: br } : { encoding: 'gzip' as const, q: gzip }
  const identity = listed.find((t) => t.token === 'identity')?.q ?? 0
  return best.q > 0 && best.q >= identity ? best.encoding : 'identity'
}
