import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/export-labels.js'
import { openDb } from '../../src/db/database.js'
import { migrateToLatestOrThrow } from '../../src/db/migrate.js'
import { approveItem, rejectItem, setItemKind, setItemPartners, undoAction } from '../../src/db/review.js'
import { runCommand } from '../helpers/command-io.js'
import { seedItems } from '../helpers/seed-items.js'

describe('npm run export-labels', () => {
  it('exports the items admins corrected, as they stand, in the evaluation set format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopwatch-export-'))
    const path = join(dir, 'coopwatch.db')
    const db = openDb(path)
    await migrateToLatestOrThrow(db)
    const [approved, rejected, undone] = await seedItems(db, [
      { status: 'flagged', title: 'Memorandum with France', body: 'Body one', lang: 'ru', kind: 'meeting', partners: ['BY'], sectors: ['museums'], url: 'https://a.kz/1' },
      { status: 'flagged', title: 'Concert', body: 'Body two', kind: 'event', partners: ['RU'], url: 'https://a.kz/2' },
      { status: 'flagged', title: 'Undone', body: 'Body three', url: 'https://a.kz/3' },
      { status: 'published', title: 'Classifier only', url: 'https://a.kz/4' },
    ])
    const now = new Date('2026-11-21T09:00:00.000Z')
    const who = { adminId: 1, now }
    await setItemKind(db, { articleId: approved!, kind: 'agreement', ...who }, () => Promise.resolve(0))
    await setItemPartners(db, { articleId: approved!, partners: ['FR', 'DE'], ...who }, () => Promise.resolve(0))
    await approveItem(db, { articleId: approved!, ...who }, () => Promise.resolve(0))
    await rejectItem(db, { articleId: rejected!, ...who })
    const rejection = await rejectItem(db, { articleId: undone!, ...who })
    if (!rejection.ok) throw new Error('reject failed')
    await undoAction(db, { auditId: rejection.auditId, ...who }, () => Promise.resolve(0))
    await db.destroy()

    const result = await runCommand(run, [], { DATABASE_PATH: path })
    expect(result.stderr).toContain('exported 2 labelled items')
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toEqual([
      { id: 'https://a.kz/1', lang: 'ru', title: 'Memorandum with France', body: 'Body one', label: { relevant: true, kind: 'agreement', partners: ['DE', 'FR'], orgs: [], sectors: ['museums'] } },
      { id: 'https://a.kz/2', lang: 'ru', title: 'Concert', body: 'Body two', label: { relevant: false, kind: null, partners: [], orgs: [], sectors: [] } },
    ])

    const out = join(dir, 'labels.jsonl')
    expect((await runCommand(run, ['--out', out], { DATABASE_PATH: path })).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(result.stdout)
    expect(await runCommand(run, [], { DATABASE_PATH: join(dir, 'missing.db') })).toMatchObject({ code: 1, stderr: expect.stringMatching(/DATABASE_PATH: no database/) })
  })
})
