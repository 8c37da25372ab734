import { KINDS, type Kind, LANGS, type Lang, SECTORS, type Sector } from '../classify/types.js'
import type { ArchiveFilter } from '../db/archive.js'
import { findTypedDate } from '../language/typed-date.js'

/** A reason the address cannot be read, as a Fluent key and its variables. */
export interface Problem {
  key: string
  vars?: Record<string, string | number>
}

/** The parameters a list understands; any other (utm_…, a cache buster) is ignored. */
export const LIST_PARAMS = ['kind', 'sector', 'year', 'day', 'language', 'before', 'after', 'q', 'lang'] as const

export interface ListQuery {
  filter: Pick<ArchiveFilter, 'kind' | 'sector' | 'year' | 'day' | 'language'>
  /** Continue after (older than) or before (newer than) this item. */
  position: { before: number } | { after: number } | null
  /** Search words, as typed. */
  q: string | null
}

const MIN_YEAR = 1991
const MAX_YEAR = 2100
const MAX_QUERY_LENGTH = 200

/** One of `allowed`, in any case (a hand-typed `kind=Agreement`, `language=RU`), else a problem. */
function pick<T extends string>(value: string, allowed: readonly T[], name: string, problems: Problem[]): T | undefined {
  const found = allowed.find((a) => a === value.toLowerCase())
  if (!found) problems.push({ key: 'web-bad-value', vars: { name, value, allowed: allowed.join(', ') } })
  return found
}

/** An item id; one past any item (a hand-edited `before=99999999999999999999`) is held to the largest safe one, which no item reaches. */
function itemNumber(value: string, problems: Problem[]): number | undefined {
  if (/^\d+$/.test(value) && /[1-9]/.test(value)) return Math.min(Number(value), Number.MAX_SAFE_INTEGER)
  problems.push({ key: 'web-bad-position', vars: { value } })
  return undefined
}

const readComponent = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '))
  } catch {
    return null
  }
}

/**
 * Whether every parameter a list reads is validly percent-encoded UTF-8. `URLSearchParams` reads a lone or cut-off
 * escape (`q=%E0`) or another encoding's bytes (windows-1251's «музей», `%EC%F3%E7%E5%E9`) as «�», which would be
 * searched for or named as a bad value the reader never typed.
 */
export function isQueryEncoded(search: string): boolean {
  const read = new Set<string>(LIST_PARAMS)
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const [rawName = '', ...rest] = pair.split('=')
    // A name that cannot be read is no parameter the archive reads (a mangled utm_…): left alone, as any other.
    if (!read.has(readComponent(rawName) ?? '')) continue
    if (readComponent(rest.join('=')) === null) return false
  }
  return true
}

/** Parameters given with an empty value (an "any" in the filter form), which the canonical address leaves out. */
export function emptyParams(params: URLSearchParams): string[] {
  return LIST_PARAMS.filter((name) => params.has(name) && params.getAll(name).every((v) => v.trim() === ''))
}

/** The filters, page position and search words of a list address, or every problem with it. */
export function parseListQuery(params: URLSearchParams): { ok: true; query: ListQuery } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = []
  const one = (name: (typeof LIST_PARAMS)[number]): string | undefined => {
    const values = params.getAll(name)
    if (values.length > 1) problems.push({ key: 'web-bad-repeated', vars: { name } })
    const value = values[0]?.trim()
    return value === '' ? undefined : value
  }
  const filter: ListQuery['filter'] = {}
  const kind = one('kind')
  if (kind !== undefined) filter.kind = pick<Kind>(kind, KINDS, 'kind', problems)
  const sector = one('sector')
  if (sector !== undefined) filter.sector = pick<Sector>(sector, SECTORS, 'sector', problems)
  const language = one('language')
  if (language !== undefined) filter.language = pick<Lang>(language, LANGS, 'language', problems)
  const year = one('year')
  if (year !== undefined) {
    const n = Number(year)
    if (/^\d{4}$/.test(year) && n >= MIN_YEAR && n <= MAX_YEAR) filter.year = n
    else problems.push({ key: 'web-bad-year', vars: { value: year } })
  }
  // A day (YYYY-MM-DD, the bot's lists narrowed to one: /search музей 03.03.2025) or a month (YYYY-MM: /latest март 2026) is in its
  // year, whatever `year` says.
  const day = one('day')
  if (day !== undefined) {
    const read = findTypedDate([day])
    if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(day) && read?.day === day) {
      filter.day = day
      filter.year = Number(day.slice(0, 4))
    } else problems.push({ key: 'web-bad-day', vars: { value: day } })
  }
  const before = one('before')
  const after = one('after')
  if (before !== undefined && after !== undefined) problems.push({ key: 'web-bad-both-directions' })
  const beforeId = before === undefined ? undefined : itemNumber(before, problems)
  const afterId = after === undefined ? undefined : itemNumber(after, problems)
  one('lang')
  const q = one('q')?.slice(0, MAX_QUERY_LENGTH) ?? null
  if (problems.length > 0) return { ok: false, problems }
  for (const key of Object.keys(filter) as (keyof typeof filter)[]) if (filter[key] === undefined) delete filter[key]
  const position = beforeId !== undefined ? { before: beforeId } : afterId !== undefined ? { after: afterId } : null
  return { ok: true, query: { filter, position, q } }
}
