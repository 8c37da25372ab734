import { parseDate } from './dates.js'
import { CookieJar, type FetchFailure, type Fetcher } from './fetch.js'
import { htmlToText } from './html-text.js'

/** Items asked for per request (a poll reads the first page). */
const GOVKZ_PAGE_SIZE = 20

export interface GovkzItem {
  id: string
  title: string
  text: string
  publishedAt: Date | null
  /** The article's public page on the portal. */
  url: string
}

/** A failure keeps the fetcher's status and Retry-After, for the source's backoff. */
export type FetchGovkzResult = { ok: true; items: GovkzItem[] } | FetchFailure

export interface GovkzSource {
  /** Any page of the portal (its origin is the API's host), e.g. https://www.gov.kz/memleket/entities/mam/press/news?lang=ru */
  url: string
  /** The entity slug, e.g. "mam". */
  project: string
  lang: 'en' | 'ru' | 'kk'
}

interface RawNews {
  id?: unknown
  title?: unknown
  body?: unknown
  created_date?: unknown
  createdDate?: unknown
}

function asList(data: unknown): RawNews[] | null {
  if (Array.isArray(data)) return data as RawNews[]
  if (data && typeof data === 'object') {
    for (const key of ['content', 'data', 'items', 'results']) {
      const value = (data as Record<string, unknown>)[key]
      if (Array.isArray(value)) return value as RawNews[]
    }
  }
  return null
}

/**
 * Reads the newest news of one gov.kz entity through the portal's public JSON API, or an
 * older `page` of them. The portal answers 400 "notAllowed" unless the same cookie session
 * first POSTs to /api/v1/public/_/c/k6, so each poll opens a fresh session; a walk through
 * many pages passes its `session` along and opens it again only when the portal forgets it.
 */
export async function fetchGovkzNews(
  fetcher: Fetcher,
  source: GovkzSource,
  { signal, isAddressGuarded, page = 1, session }: { signal?: AbortSignal; isAddressGuarded?: boolean; page?: number; session?: CookieJar } = {},
): Promise<FetchGovkzResult> {
  let origin: string
  try {
    origin = new URL(source.url).origin
  } catch {
    return { ok: false, reason: 'invalid URL' }
  }
  const cookies = session ?? new CookieJar()
  const headers = { 'accept-language': source.lang, accept: 'application/json', referer: source.url }
  const openSession = async (): Promise<FetchFailure | null> => {
    const opened = await fetcher.fetch({
      url: `${origin}/api/v1/public/_/c/k6`, method: 'POST', body: '{}',
      headers: { ...headers, 'content-type': 'application/json' }, cookies, isAddressGuarded, signal,
    })
    return opened.ok ? null : { ...opened, reason: `session handshake failed: ${opened.reason}` }
  }
  const isReused = cookies.header(origin) !== null
  const refused = isReused ? null : await openSession()
  if (refused) return refused
  const query = new URLSearchParams({ projects: `eq:${source.project}`, 'sort-by': 'created_date:DESC', page: String(page), size: String(GOVKZ_PAGE_SIZE) })
  const request = () => fetcher.fetch({ url: `${origin}/api/v1/public/content-manager/news?${query}`, headers, cookies, isAddressGuarded, signal })
  let response = await request()
  if (!response.ok && response.status === 400 && isReused) {
    const again = await openSession()
    if (again) return again
    response = await request()
  }
  if (!response.ok) return response.status === 400 ? { ...response, reason: 'portal refused the request (400 notAllowed: no session)' } : response
  let data: unknown
  try {
    data = JSON.parse(response.body.toString('utf8'))
  } catch {
    return { ok: false, reason: 'portal answered with invalid JSON' }
  }
  const list = asList(data)
  if (!list) return { ok: false, reason: 'portal answered with an unexpected JSON shape' }
  const items = list.flatMap((raw): GovkzItem[] => {
    const id = typeof raw.id === 'number' || typeof raw.id === 'string' ? String(raw.id) : null
    const title = typeof raw.title === 'string' ? htmlToText(raw.title).replace(/\n/g, ' ') : ''
    if (!id || !title) return []
    return [{
      id,
      title,
      text: typeof raw.body === 'string' ? htmlToText(raw.body) : '',
      publishedAt: parseDate(typeof raw.created_date === 'string' ? raw.created_date : typeof raw.createdDate === 'string' ? raw.createdDate : null),
      url: `${origin}/memleket/entities/${encodeURIComponent(source.project)}/press/news/details/${encodeURIComponent(id)}?lang=${source.lang}`,
    }]
  })
  return { ok: true, items }
}
