import type { Lang } from '../classify/types.js'
import { escapeAttribute } from './escape.js'
import type { Translate } from './translate.js'

/**
 * A list header followed by a link to the same list in the web archive (issue 16), when
 * PUBLIC_URL is set; the header alone otherwise. `path` is the archive's address of the list.
 */
export function withArchiveLink(header: string, archive: { publicUrl: string; path: string; lang: Lang }, t: Translate): string {
  if (!archive.publicUrl) return header
  const url = new URL(archive.path, `${archive.publicUrl}/`)
  url.searchParams.set('lang', archive.lang)
  return `${header}\n<a href="${escapeAttribute(url.toString())}">${t('web-bot-archive-link')}</a>`
}
