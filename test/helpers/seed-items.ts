import { readFileSync } from 'node:fs'
import type { Kind, Sector } from '../../src/classify/types.js'
import type { Db } from '../../src/db/database.js'
import type { ArticleStatus } from '../../src/db/schema.js'

/** What a test says about an item; everything else gets a plausible default. */
export interface SeedItem {
  title?: string
  body?: string
  url?: string
  lang?: 'en' | 'ru' | 'kk'
  publishedAt?: string
  status?: ArticleStatus
  kind?: Kind | null
  partners?: string[]
  orgs?: string[]
  sectors?: Sector[]
  confidence?: number
  /** Name of a source row, created on first use; null for an article without a source. */
  source?: string | null
}

let seq = 0

/** A published item with the given partners (`extra` overrides the rest). */
export function itemWithPartner(partners: string | string[], extra: SeedItem = {}): SeedItem {
  return { partners: Array.isArray(partners) ? partners : [partners], ...extra }
}

/** `n` published items with `partners`, one a day going back from `newest`. */
export function dailyItems(n: number, partners: string[], newest = '2026-11-20T06:00:00.000Z', extra: SeedItem = {}): SeedItem[] {
  const start = new Date(newest).getTime()
  return Array.from({ length: n }, (_, i) => ({ partners, publishedAt: new Date(start - i * 86_400_000).toISOString(), title: `Item ${i + 1} with ${partners.join(', ')}`, ...extra }))
}

/**
 * Inserts articles with their classification and partners (as ingest stores them) and
 * returns their ids in order. Sources are created by name as needed.
 */
export async function seedItems(db: Db, items: readonly SeedItem[]): Promise<number[]> {
  const ids: number[] = []
  const now = '2026-11-21T00:00:00.000Z'
  // Default dates count back from the items already in this database, not from every item any
  // test file seeded before in the worker (files share it): a long suite must not age them.
  let stored = Number((await db.selectFrom('article').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  for (const item of items) {
    seq += 1
    stored += 1
    const url = item.url ?? `https://www.gov.kz/memleket/entities/mam/press/news/details/${seq}`
    const sourceName = item.source === undefined ? 'Ministry of Culture' : item.source
    let sourceId: number | null = null
    if (sourceName !== null) {
      const existing = await db.selectFrom('source').select('id').where('name', '=', sourceName).executeTakeFirst()
      sourceId =
        existing?.id ??
        (await db
          .insertInto('source')
          .values({ name: sourceName, url: `https://source-${seq}.example/feed`, type: 'rss', lang: 'ru', list_selectors: null, project: null, etag: null, last_modified: null, first_polled_at: null, last_polled_at: null, last_success_at: null, last_error: null, last_error_at: null, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()).id
    }
    const publishedAt = item.publishedAt ?? new Date(Date.parse('2026-11-20T06:00:00.000Z') - stored * 60_000).toISOString()
    const status = item.status ?? 'published'
    const { id } = await db
      .insertInto('article')
      .values({
        source_id: sourceId,
        url,
        url_key: `${url}#${seq}`,
        guid: null,
        title: item.title ?? `Cooperation item ${seq}`,
        body: item.body ?? 'Министр культуры и информации провела переговоры о сотрудничестве.',
        lang: item.lang ?? 'ru',
        published_at: publishedAt,
        published_at_origin: 'feed',
        fetched_at: now,
        updated_at: now,
        content_hash: `hash-${seq}`,
        story_key: `story-${seq}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('classification')
      .values({
        article_id: id,
        is_relevant: status === 'rejected' ? 0 : 1,
        kind: item.kind === undefined ? 'agreement' : item.kind,
        confidence: item.confidence ?? 0.9,
        sectors: JSON.stringify(item.sectors ?? []),
        orgs: JSON.stringify(item.orgs ?? []),
        status,
        status_changed_at: now,
        classified_at: now,
      })
      .execute()
    const partners = item.partners ?? []
    if (partners.length > 0) {
      await db.insertInto('article_partner').values(partners.map((country) => ({ article_id: id, country, status, published_at: publishedAt }))).execute()
    }
    ids.push(id)
  }
  return ids
}

/** The first `perFile` articles of the corpus's events and other outlets, an hour apart: real texts in three languages for searches. */
export function corpusItems(perFile = 150): SeedItem[] {
  return ['events.jsonl', 'more-outlets.jsonl'].flatMap((file) =>
    readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, perFile).map((line, i) => {
      const { title, body, lang } = JSON.parse(line) as { title: string; body: string; lang: 'en' | 'ru' | 'kk' }
      return { title, body, lang, publishedAt: new Date(Date.parse('2026-11-01T00:00:00.000Z') - i * 3_600_000 - (file.length % 7) * 60_000).toISOString() }
    }),
  )
}

/** Words spelled in the ways a start must find alike: Kazakh in two Latin alphabets, Russian forms, accented French. */
export const spelledItems: SeedItem[] = [
  { title: 'Qazaqstan Respýblıkasy mádenıet kúnderi', body: 'Mádenıettanýshylar Şymkentte jınaldy.', lang: 'kk' },
  { title: 'Qazaqstan Respublikasy madeniet aptalygy', body: 'Madeniettanushylar Shymkentte jinaldy.', lang: 'kk' },
  { title: 'Культурологи обсудили «Дни культуры»', body: 'Культурологический форум. Культурная программа.' },
  { title: 'Théâtre du Soleil', body: 'Museums and museum-goers, the Société des amis.', lang: 'en' },
  { title: 'Встреча с послом Казахстана', body: 'Программа дня культуры. После концерта — культурный обмен.' },
]

/** Searches with starts longer than the index's four-letter prefixes, for corpusItems() and spelledItems. */
export const starredQueries = [
  'культур*', 'культуролог*', 'мәдениет*', 'ынтымақтас*', 'сотрудничеств*', 'cooperat*', 'culture*', 'museum*', 'madeniet*', 'mádenıet*',
  'Respýblıkasy*', 'shymkent*', 'Şymkent*', 'théâtre*', 'museum* OR театр', 'министр культур*', 'культур* -Казахстан',
  '"Дни культуры" культур*', 'ministr* OR museum*', 'делегаци*', 'zzzzzzz*', 'культур* посол', 'культур* день', '"посол Казахстана" культур*',
  // A start OR joined to a phrase, looked up with it as it is alone.
  '"Дни культуры" OR культур*', 'сотрудничеств* OR "посол Казахстана" OR театр',
]
