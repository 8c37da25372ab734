import { CompiledQuery, type QueryId, type RootOperationNode } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { updateArticle } from '../../src/db/articles.js'
import type { Db } from '../../src/db/database.js'
import { findRuledCopies, readAlertRevisions } from '../../src/db/outbox.js'
import { approveItem, type CurationResult, setItemKind, setItemPartners, undoAction } from '../../src/db/review.js'
import { seedAlertItems } from '../alerts/alert-fixtures.js'
import { createTestDb } from '../helpers/test-app.js'

describe('alert revisions', () => {
  let db: Db
  beforeEach(async () => {
    db = await createTestDb()
  })
  afterEach(async () => db.destroy())

  it('move with each admin action on the item or on another copy of its story and each rewrite by ingest, and only then', async () => {
    const now = new Date('2026-11-21T09:00:00Z')
    const admin = { adminId: 1, now }
    const noAlerts = () => Promise.resolve(0)
    const [id, copy, other] = await seedAlertItems(db, [
      { partners: ['RU'], status: 'flagged', storyKey: 'kz-ru-memorandum' },
      { partners: ['RU'], storyKey: 'kz-ru-memorandum', source: 'Kazinform' },
      { partners: ['FR'] },
    ])
    const revision = async () => (await readAlertRevisions(db, [id!, 999_999])).get(id!)
    const seen = [await revision()]
    expect([...(await readAlertRevisions(db, [id!, 999_999])).keys()]).toEqual([id])

    await approveItem(db, { articleId: id!, ...admin }, noAlerts)
    seen.push(await revision())
    await setItemPartners(db, { articleId: other!, ...admin, partners: ['CN'] }, noAlerts)
    expect(await revision()).toBe(seen.at(-1))
    // An admin's ruling on another source's copy holds for the whole story.
    await setItemKind(db, { articleId: copy!, ...admin, kind: 'meeting' }, noAlerts)
    seen.push(await revision())
    const edit = await setItemPartners(db, { articleId: id!, ...admin, partners: ['FR'] }, noAlerts)
    seen.push(await revision())
    expect(await undoAction(db, { auditId: (edit as Extract<CurationResult, { ok: true }>).auditId, ...admin }, noAlerts)).toMatchObject({ ok: true })
    seen.push(await revision())
    // Ingest rewrites a changed article (the text a keyword matches) even when an admin set its labels.
    await db.transaction().execute(async (trx) => {
      const stored = await trx.selectFrom('article').select(['url', 'url_key', 'source_id']).where('id', '=', id!).executeTakeFirstOrThrow()
      const classification = { relevant: true, kind: 'meeting' as const, partners: ['DE'], orgs: [], sectors: [], confidence: 0.9, lang: 'ru' as const, evidence: [] }
      await updateArticle(trx, id!, {
        sourceId: stored.source_id!, url: stored.url, urlKey: stored.url_key, guid: null, title: 'Rewritten', body: 'Body', lang: 'ru', publishedAt: now,
        publishedAtOrigin: 'page', fetchedAt: now, contentHash: 'h', storyKey: 's', isBacklog: false, classification, status: 'published',
      }, new Date('2026-11-21T09:05:00Z'))
    })
    seen.push(await revision())
    expect(await revision()).toBe(seen.at(-1))
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('are read in one query, through indexes alone: the sender reads one before each message it sends', async () => {
    const queries: { node: RootOperationNode; queryId: QueryId }[] = []
    const watched = db.withPlugin({ transformQuery: (args) => (queries.push(args), args.node), transformResult: ({ result }) => Promise.resolve(result) })
    const [id] = await seedAlertItems(db, [{ storyKey: 'kz-ru-memorandum' }])
    await readAlertRevisions(watched, [id!])
    expect(queries).toHaveLength(1)
    const { sql, parameters } = db.getExecutor().compileQuery(queries[0]!.node, queries[0]!.queryId)
    const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]))
    const details = plan.rows.map((r) => r.detail)
    expect(details.filter((d) => /^(SEARCH|SCAN)/.test(d))).toEqual([
      'SEARCH a USING INTEGER PRIMARY KEY (rowid=?)',
      'SEARCH l USING COVERING INDEX audit_log_article_idx (article_id=?)',
      'SEARCH s USING INDEX article_content_hash_idx (content_hash=?)',
      'SEARCH s USING INDEX article_story_key_idx (story_key=?)',
    ])
  })

  it('of a story\'s copies, and the ruling of each, are read through the story\'s indexes: an approval reads one for each copy, in its transaction', async () => {
    const now = new Date('2026-11-21T09:00:00Z')
    const [id, ...copies] = await seedAlertItems(db, [
      { partners: ['RU'], status: 'flagged', storyKey: 'kz-ru-memorandum' },
      ...Array.from({ length: 3 }, (_, i) => ({ partners: ['RU'], storyKey: 'kz-ru-memorandum', source: `Copy ${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ partners: ['FR'], title: `Other item ${i}` })),
    ])
    await approveItem(db, { articleId: id!, adminId: 1, now }, () => Promise.resolve(0))
    const queries: { node: RootOperationNode; queryId: QueryId }[] = []
    const watched = db.withPlugin({ transformQuery: (args) => (queries.push(args), args.node), transformResult: ({ result }) => Promise.resolve(result) })
    expect(await findRuledCopies(watched, id!)).toEqual(copies.slice(0, 3))
    const details: string[] = []
    for (const query of queries) {
      const { sql, parameters } = db.getExecutor().compileQuery(query.node, query.queryId)
      const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]))
      details.push(...plan.rows.map((r) => r.detail).filter((d) => /^(SEARCH|SCAN)/.test(d)))
    }
    // Not the published items one by one (classification_status_idx): a large archive made that several ms a copy.
    expect(details.filter((d) => !/USING INTEGER PRIMARY KEY|article_content_hash_idx|article_story_key_idx/.test(d))).toEqual([])
  })
})
