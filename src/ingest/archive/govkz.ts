import * as v from 'valibot'
import { CookieJar } from '../fetch.js'
import { fetchGovkzNews } from '../govkz.js'
import { govkzCandidate } from '../listing/govkz.js'
import { archiveEnd, type CreateArchiveReader } from './archive.js'

const POSITION = v.object({ page: v.pipe(v.number(), v.integer(), v.minValue(1)) })

/** The gov.kz API's pages, newest first, on one cookie session for the whole walk. */
export const createGovkzArchive: CreateArchiveReader = (ctx, source) => {
  const session = new CookieJar()
  return {
    async read(position) {
      const page = v.is(POSITION, position) ? position.page : 1
      const result = await fetchGovkzNews(ctx.fetcher, { url: source.url, project: source.project ?? '', lang: source.lang }, {
        signal: ctx.signal, isAddressGuarded: ctx.isAddressGuarded, page, session,
      })
      if (!result.ok) return result
      if (result.items.length === 0) return archiveEnd()
      return { ok: true, page: { candidates: result.items.map(govkzCandidate), next: { page: page + 1 }, nextWhenOlder: null } }
    },
  }
}
