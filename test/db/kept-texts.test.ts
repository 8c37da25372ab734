import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { findKeptText, keepText, type KeptTextKind, pruneKeptTexts } from '../../src/db/kept-texts.js'
import { createTestDb } from '../helpers/test-app.js'

const at = (day: string): Date => new Date(`2026-${day}T00:00:00Z`)

describe.each<KeptTextKind>(['search', 'word'])('texts kept for %s buttons', (kind) => {
  let db: Db
  beforeEach(async () => {
    db = await createTestDb()
  })
  afterEach(async () => db.destroy())

  it("keep a chat's text under one id, found only in that chat, until pruned", async () => {
    const id = await keepText(db, kind, 7, 'театр', at('01-01'))
    expect(await keepText(db, kind, 7, 'театр', at('02-01'))).toBe(id)
    expect(await keepText(db, kind, 8, 'театр', at('02-01'))).not.toBe(id)
    expect(await findKeptText(db, kind, id, 7)).toBe('театр')
    expect(await findKeptText(db, kind, id, 8)).toBeNull()
    expect(await findKeptText(db, kind, id, 7, at('02-01'))).toBe('театр')
    expect(await findKeptText(db, kind, id, 7, at('02-02'))).toBeNull()
    expect(await pruneKeptTexts(db, kind, at('01-15'))).toBe(0)
    expect(await pruneKeptTexts(db, kind, at('03-01'))).toBe(2)
    expect(await findKeptText(db, kind, id, 7)).toBeNull()
  })
})
