import type { Transaction } from 'kysely'
import type { Classification, Kind } from '../classify/types.js'
import type { Db } from './database.js'
import type { ArticleStatus, Database, DateOrigin } from './schema.js'

/** What ingestion needs to know of an article it may already have. */
export interface KnownArticle {
  id: number
  sourceId: number | null
  urlKey: string
  guid: string | null
  title: string
  contentHash: string
  bodyLength: number
  updatedAt: string
}

/** Keys bound per lookup query: SQLite refuses a statement with more than 32,766 variables (issue 13: a 100,000-item feed). */
const LOOKUP_CHUNK = 1_000

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) out.push(values.slice(i, i + LOOKUP_CHUNK))
  return out
}

/**
 * Articles matching any of the URL keys, this source's GUIDs, or content hashes (dedup:
 * normalised URL, GUID, content): one query per thousand keys, each article once.
 */
export async function findKnownArticles(
  db: Db,
  keys: { sourceId: number; urlKeys: readonly string[]; guids: readonly string[]; contentHashes?: readonly string[] },
): Promise<KnownArticle[]> {
  const { urlKeys, guids, contentHashes = [] } = keys
  const base = db
    .selectFrom('article')
    .select(['id', 'source_id', 'url_key', 'guid', 'title', 'content_hash', 'updated_at', (eb) => eb.fn<number>('length', ['body']).as('body_length')])
  const queries = [
    ...chunks(urlKeys).map((chunk) => base.where('url_key', 'in', chunk)),
    ...chunks(guids).map((chunk) => base.where('source_id', '=', keys.sourceId).where('guid', 'in', chunk)),
    ...chunks(contentHashes).map((chunk) => base.where('content_hash', 'in', chunk)),
  ]
  const byId = new Map<number, KnownArticle>()
  for (const query of queries) {
    for (const r of await query.execute()) {
      byId.set(r.id, {
        id: r.id, sourceId: r.source_id, urlKey: r.url_key, guid: r.guid, title: r.title,
        contentHash: r.content_hash, bodyLength: r.body_length, updatedAt: r.updated_at,
      })
    }
  }
  return [...byId.values()]
}

export interface ArticleInput {
  sourceId: number
  url: string
  urlKey: string
  guid: string | null
  title: string
  body: string
  lang: string
  publishedAt: Date
  publishedAtOrigin: DateOrigin
  fetchedAt: Date
  contentHash: string
  storyKey: string
  isBacklog: boolean
  classification: Classification
  /** From the classification and the confidence threshold (published / flagged / rejected). */
  status: ArticleStatus
}

export interface SavedArticle {
  id: number
  isNew: boolean
  /** The status after saving: an admin-curated article keeps its own. */
  status: ArticleStatus
  isRelevant: boolean
  /** Published now and not before: its alerts are due. */
  isNewlyPublished: boolean
  /**
   * Published before this update and still, with the classifier's labels: the version the update
   * replaced. The chats it matched were considered for alerts then; those only the new one matches are due.
   */
  replaced: ArticleVersion | null
}

/** An article's date, text and labels, as alert matching reads them. */
export interface ArticleVersion {
  publishedAt: string
  title: string
  body: string
  partners: string[]
  orgs: string[]
  sectors: string[]
  kind: Kind | null
}

/** Rows per multi-row INSERT: article has 14 columns, well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 100

function articleRow(input: ArticleInput, at: string) {
  return {
    source_id: input.sourceId,
    url: input.url,
    url_key: input.urlKey,
    guid: input.guid,
    title: input.title,
    body: input.body,
    lang: input.lang,
    published_at: input.publishedAt.toISOString(),
    published_at_origin: input.publishedAtOrigin,
    fetched_at: input.fetchedAt.toISOString(),
    updated_at: at,
    content_hash: input.contentHash,
    story_key: input.storyKey,
  }
}

function labelsOf(c: Classification, at: string) {
  return {
    is_relevant: c.relevant ? (1 as const) : (0 as const),
    kind: c.relevant ? c.kind : null,
    confidence: c.confidence,
    sectors: JSON.stringify(c.sectors),
    orgs: JSON.stringify(c.orgs),
    evidence: JSON.stringify(c.evidence),
    classified_at: at,
  } as const
}

function partnerRows(articleId: number, partners: readonly string[], status: ArticleStatus, publishedAt: string) {
  return [...new Set(partners)].map((country) => ({ article_id: articleId, country, status, published_at: publishedAt }))
}

/**
 * Stores new articles with their classifications and partners in the caller's transaction,
 * a few multi-row statements for the lot (a poll stores up to dozens at once). Returns one
 * entry per input, in order: null when the URL was taken meanwhile (another source stored the
 * same story first).
 */
export async function saveNewArticles(trx: Transaction<Database>, inputs: readonly ArticleInput[], now: Date): Promise<(SavedArticle | null)[]> {
  const at = now.toISOString()
  const results: (SavedArticle | null)[] = []
  for (let i = 0; i < inputs.length; i += INSERT_CHUNK) {
    const chunk = inputs.slice(i, i + INSERT_CHUNK)
    const rows = chunk.map((input) => ({ ...articleRow(input, at), is_backlog: input.isBacklog ? (1 as const) : (0 as const) }))
    const inserted = await trx.insertInto('article').values(rows).onConflict((oc) => oc.column('url_key').doNothing()).returning(['id', 'url_key']).execute()
    const idByKey = new Map(inserted.map((r) => [r.url_key, r.id]))
    const labels = []
    const partners = []
    for (const [j, input] of chunk.entries()) {
      const id = idByKey.get(input.urlKey)
      if (id === undefined) {
        results.push(null)
        continue
      }
      const c = input.classification
      labels.push({ article_id: id, ...labelsOf(c, at), status: input.status, status_changed_at: at })
      partners.push(...partnerRows(id, c.partners, input.status, rows[j]!.published_at))
      results.push({ id, isNew: true, status: input.status, isRelevant: c.relevant, isNewlyPublished: input.status === 'published', replaced: null })
    }
    if (labels.length > 0) await trx.insertInto('classification').values(labels).execute()
    for (let k = 0; k < partners.length; k += INSERT_CHUNK) await trx.insertInto('article_partner').values(partners.slice(k, k + INSERT_CHUNK)).execute()
  }
  return results
}

/** The stored text of an article. */
export async function readStoredBody(db: Db, id: number): Promise<string> {
  return (await db.selectFrom('article').select('body').where('id', '=', id).executeTakeFirst())?.body ?? ''
}

/**
 * Updates a changed article in place, with its classification and partners, in the caller's
 * transaction. An article an admin curated keeps its labels and status; only its text is
 * refreshed. One published before and still says what it was (SavedArticle.replaced).
 */
export async function updateArticle(trx: Transaction<Database>, existingId: number, input: ArticleInput, now: Date): Promise<SavedArticle> {
  const at = now.toISOString()
  const labels = labelsOf(input.classification, at)
  const previous = await trx
    .selectFrom('classification as c')
    .innerJoin('article as a', 'a.id', 'c.article_id')
    .select(['c.status', 'c.curated_by', 'c.is_relevant', 'c.kind', 'c.orgs', 'c.sectors', 'a.published_at', 'a.title', 'a.body'])
    .where('c.article_id', '=', existingId)
    .executeTakeFirst()
  // url_key and backlog flag stay as first stored: the URL may differ only by tracking noise.
  const { url_key: _urlKey, ...changed } = articleRow(input, at)
  await trx.updateTable('article').set(changed).where('id', '=', existingId).execute()
  if (previous?.curated_by != null) {
    return { id: existingId, isNew: false, status: previous.status, isRelevant: previous.is_relevant === 1, isNewlyPublished: false, replaced: null }
  }
  const isStillPublished = previous?.status === 'published' && input.status === 'published'
  const replaced: ArticleVersion | null = isStillPublished
    ? {
        publishedAt: previous.published_at,
        title: previous.title,
        body: previous.body,
        partners: (await trx.selectFrom('article_partner').select('country').where('article_id', '=', existingId).execute()).map((p) => p.country),
        orgs: JSON.parse(previous.orgs) as string[],
        sectors: JSON.parse(previous.sectors) as string[],
        kind: previous.kind,
      }
    : null
  const statusChanged = previous?.status !== input.status
  await trx
    .insertInto('classification')
    .values({ article_id: existingId, ...labels, status: input.status, status_changed_at: at })
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ ...labels, status: input.status, ...(statusChanged ? { status_changed_at: at } : {}) }))
    .execute()
  await trx.deleteFrom('article_partner').where('article_id', '=', existingId).execute()
  const partners = partnerRows(existingId, input.classification.partners, input.status, changed.published_at)
  if (partners.length > 0) await trx.insertInto('article_partner').values(partners).execute()
  const c = input.classification
  return { id: existingId, isNew: false, status: input.status, isRelevant: c.relevant, isNewlyPublished: input.status === 'published' && statusChanged, replaced }
}
