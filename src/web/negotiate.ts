import { LANGS, type Lang } from '../classify/types.js'

/** Weighted tokens of an Accept-* header, best first ("ru-RU,ru;q=0.9,en;q=0.5"). */
function weighted(header: string | undefined): { token: string; q: number }[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [token = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { token: token.trim(), q: q === undefined ? 1 : Number(q), i }
    })
    .filter((t) => t.token !== '' && t.q > 0 && !Number.isNaN(t.q))
    .sort((a, b) => b.q - a.q || a.i - b.i)
}

/** ?lang= when it names one of ours, else the best of Accept-Language, else English (as the bot). */
export function chooseLang(requested: string | null, acceptLanguage: string | undefined): { lang: Lang; isExplicit: boolean } {
  const explicit = LANGS.find((l) => l === requested)
  if (explicit) return { lang: explicit, isExplicit: true }
  for (const { token } of weighted(acceptLanguage)) {
    const base = token.split('-')[0]
    const lang = LANGS.find((l) => l === base)
    if (lang) return { lang, isExplicit: false }
  }
  return { lang: 'en', isExplicit: false }
}

export type Encoding = 'br' | 'gzip' | 'identity'

/** Brotli, then gzip, when the client accepts them; identity otherwise. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(weighted(acceptEncoding).map((t) => t.token))
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip') || accepted.has('x-gzip')) return 'gzip'
  return 'identity'
}
