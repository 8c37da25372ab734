/** Query parameters that track campaigns and never change what a page shows. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|_openstat)$/i

/**
 * The dedup key of an article URL: scheme and `www.` folded, fragment, tracking parameters
 * and trailing slash dropped, remaining parameters sorted. Not a fetchable URL.
 */
export function normalizeUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return raw.trim().toLowerCase()
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : ''
  const params = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAM.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
  let path = url.pathname.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  if (path === '/') path = ''
  return `${host}${port}${path}${query}`
}

/** Resolves a possibly relative link against the page it was found on; null when unusable. */
export function resolveUrl(href: string | undefined | null, base: string): string | null {
  if (!href) return null
  const trimmed = href.trim()
  if (trimmed === '' || /^(javascript|mailto|tel|data):/i.test(trimmed)) return null
  try {
    const url = new URL(trimmed, base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.hash = ''
    return url.toString()
  } catch {
    return null
  }
}

/** The host a request goes to, for per-host pacing. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return ''
  }
}

/** A scheme as typed ("https:"); a colon before a port ("inform.kz:8080") is no scheme's. */
const TYPED_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i

/** An address as a person types it, https:// added when it names no scheme ("inform.kz/rss"). */
export function withDefaultScheme(typed: string): string {
  return TYPED_SCHEME.test(typed) ? typed : `https://${typed}`
}

/**
 * Whether typed text without a scheme names a host at all: a name (inform.kz, localhost), an
 * IPv4 in four parts or an IPv6 in brackets. URL parsing reads a bare number («12345», «3.14»)
 * as an IPv4 address (0.0.48.57), which nobody typing it meant. A typed scheme is judged later.
 */
export function namesWebHost(typed: string): boolean {
  if (TYPED_SCHEME.test(typed)) return true
  const host = (/^[^/?#]*/.exec(typed)?.[0] ?? '').replace(/^[^@]*@/, '').replace(/:\d*$/, '')
  return /\p{L}/u.test(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || /^\[[\d:a-f.]+\]$/i.test(host)
}

/** A user name or password typed before the host (`user:password@`, with http(s):// or no scheme at all). */
const TYPED_CREDENTIALS = /^((?:https?:\/\/)?)[^/?#\s]*@/i

/**
 * The address typed with any `user:password@` before its host taken out, and whether it had one: a
 * source's address is shown to every admin and written in logs and exports, so none is kept.
 */
export function withoutTypedCredentials(typed: string): { address: string; hasCredentials: boolean } {
  if (/^(mailto|tel|data|javascript|file|ftp):/i.test(typed)) return { address: typed, hasCredentials: false }
  const address = typed.replace(TYPED_CREDENTIALS, '$1')
  return { address, hasCredentials: address !== typed }
}

/** An address with any user name or password taken out, for showing it (unchanged when it has none or cannot be read). */
export function withoutCredentials(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  if (url.username === '' && url.password === '') return raw
  url.username = ''
  url.password = ''
  return url.href
}
