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

  it("keep at most maxPerChat of a chat's texts, forgetting the least recently used, never another chat's", async () => {
    const other = await keepText(db, kind, 8, 'музей', at('01-01'))
    const ids = [await keepText(db, kind, 7, 'first', at('01-01')), await keepText(db, kind, 7, 'second', at('01-02')), await keepText(db, kind, 7, 'third', at('01-03'))]
    // 'first' used again: 'second' is now the least recently used.
    await keepText(db, kind, 7, 'first', at('01-04'), { maxPerChat: 3 })
    const fourth = await keepText(db, kind, 7, 'fourth', at('01-05'), { maxPerChat: 3 })
    const found = async (id: number, chatId = 7) => findKeptText(db, kind, id, chatId)
    expect(await Promise.all([...ids, fourth].map((id) => found(id)))).toEqual(['first', null, 'third', 'fourth'])
    expect(await found(other, 8)).toBe('музей')
  })
})
