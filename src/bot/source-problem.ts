import { escapeHtml } from '../telegram/escape.js'
import { truncateText } from '../telegram/length.js'
import type { Translate } from '../telegram/translate.js'

/** What an HTTP error status means to the admin: no such page, no entry, too many requests, the server failing. */
export function httpMeaning(status: number | null): string {
  if (status === 404 || status === 410) return 'missing'
  if (status === 401 || status === 403) return 'denied'
  if (status === 429) return 'busy'
  return status !== null && status >= 500 ? 'server' : 'other'
}

/**
 * A source's last error as ingestion recorded it (the fetcher's, parser's or guard's English words, kept as they
 * are for logs and `npm run ingest`), read back into the kind of problem an admin is told of in their language.
 * The patterns are those of our own reasons (fetch.ts, address-guard.ts, feed.ts, list-page.ts, govkz.ts…).
 */
const PROBLEMS: [problem: string, pattern: RegExp][] = [
  ['blocked', /refused to connect to .* address|EADDRBLOCKED/],
  ['timeout', /timeout|timed out|ETIMEDOUT/i],
  ['redirects', /redirect/i],
  ['network', /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|getaddrinfo|socket|connection closed|other side closed|fetch failed|certificate|TLS|SSL/i],
  ['unreadable', /malformed feed|not a sitemap|empty body|no element matches|bad selector|invalid JSON|unexpected JSON|not a feed|bad (gzip|deflate|br) body|body larger than/i],
]

/**
 * A source's last error for /sources, /stats and the failing-source notice: a sentence in the admin's language, the
 * recorded words following as the technical detail where they say more than the sentence ("HTTP 404" does not).
 */
export function renderSourceProblem(error: string, t: Translate, maxDetailChars = 120): string {
  const status = /\bHTTP (\d{3})\b/.exec(error)?.[1]
  const problem = status ? 'http' : (PROBLEMS.find(([, pattern]) => pattern.test(error))?.[0] ?? 'other')
  const sentence = t(`admin-source-problem-${problem}`, { status: status ?? '', meaning: httpMeaning(status ? Number(status) : null) })
  if (error === `HTTP ${status}`) return sentence
  return `${sentence} ${t('admin-source-problem-detail', { detail: escapeHtml(truncateText(error, maxDetailChars)) })}`
}
