import type { Kind, Sector } from '../classify/types.js'
import type { Db } from './database.js'
import type { ArticleStatus } from './schema.js'

/** A stored article with its labels, as lists, alerts and the review queue show it. */
export interface ItemView {
  id: number
  url: string
  title: string
  publishedAt: string
  sourceName: string | null
  lang: string
  status: ArticleStatus
  isRelevant: boolean
  kind: Kind | null
  partners: string[]
  orgs: string[]
  sectors: Sector[]
  confidence: number
}

/** Items by id, in the order asked; unknown ids are left out. */
export async function getItemsByIds(db: Db, ids: readonly number[]): Promise<ItemView[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('article as a')
    .innerJoin('classification as c', 'c.article_id', 'a.id')
    .leftJoin('source as s', 's.id', 'a.source_id')
    .select([
      'a.id', 'a.url', 'a.title', 'a.published_at', 'a.lang', 's.name as source_name',
      'c.status', 'c.is_relevant', 'c.kind', 'c.orgs', 'c.sectors', 'c.confidence',
      (eb) => eb.selectFrom('article_partner as p').whereRef('p.article_id', '=', 'a.id').select((e) => e.fn<string | null>('group_concat', ['p.country']).as('codes')).as('partners'),
    ])
    .where('a.id', 'in', ids)
    .execute()
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        url: r.url,
        title: r.title,
        publishedAt: r.published_at,
        sourceName: r.source_name,
        lang: r.lang,
        status: r.status,
        isRelevant: r.is_relevant === 1,
        kind: r.kind,
        partners: r.partners ? r.partners.split(',').sort() : [],
        orgs: JSON.parse(r.orgs) as string[],
        sectors: JSON.parse(r.sectors) as Sector[],
        confidence: r.confidence,
      } satisfies ItemView,
    ]),
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}
