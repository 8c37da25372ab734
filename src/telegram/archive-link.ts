import type { Lang } from '../classify/types.js'
import type { ListFilter } from '../db/list-filters.js'
import { escapeAttribute } from './escape.js'
import type { Translate } from './translate.js'

/**
 * A list header followed by a link to the same list in the web archive (issue 16), when
 * PUBLIC_URL is set; the header alone otherwise. `path` is the archive's address of the list,
 * `filter` the narrowing the list was asked for (year or day, sector, kind).
 */
export function withArchiveLink(header: string, archive: { publicUrl: string; path: string; lang: Lang; filter?: ListFilter }, t: Translate): string {
  if (!archive.publicUrl) return header
  const url = new URL(archive.path, `${archive.publicUrl}/`)
  const { filter = {} } = archive
  if (filter.day !== undefined) url.searchParams.set('day', filter.day)
  else if (filter.year !== undefined) url.searchParams.set('year', String(filter.year))
  if (filter.sector !== undefined) url.searchParams.set('sector', filter.sector)
  // The archive narrows by one kind: a list of several kinds links to the wider list, never a narrower one.
  if (filter.kinds?.length === 1) url.searchParams.set('kind', filter.kinds[0]!)
  url.searchParams.set('lang', archive.lang)
  return `${header}\n<a href="${escapeAttribute(url.toString())}">${t('web-bot-archive-link')}</a>`
}
