import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { describe, expect, it } from 'vitest'
import { KINDS, SECTORS } from '../../src/classify/types.js'

interface CorpusLine {
  id: string
  lang: 'en' | 'ru' | 'kk'
  title: string
  body: string
  split: 'train' | 'heldout'
  date: string | null
  source_id: string
  source_item?: string
  label: { relevant: boolean; kind: string | null; partners: string[]; orgs: string[]; sectors: string[] }
}

const text = readFileSync(new URL('../../corpus/events.jsonl', import.meta.url), 'utf8')
const lines = text.split('\n').filter((line) => line.trim())
const items = lines.map((line) => JSON.parse(line) as CorpusLine)
/** Written in corpus/README.md when the split was frozen, before any model was fitted. */
const HELDOUT_SHA256 = '21e29e0c8a76976fefbca898af4dc1da4e0f9ead9b53ae4db86aa5f8bc3a4405'

describe('the corpus of real events', () => {
  it('has the held-out part it was frozen with', () => {
    const heldout = lines.filter((line) => line.includes('"split": "heldout"')).map((line) => `${line}\n`).join('')
    expect(createHash('sha256').update(heldout).digest('hex')).toBe(HELDOUT_SHA256)
  })

  it('holds out, per language, only articles no older than any it trains on', () => {
    const bySourceId = new Map(items.map((item) => [item.source_id, item]))
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const own = items.filter((item) => item.lang === lang && !item.source_item)
      const newestTrain = own.filter((item) => item.split === 'train' && item.date).map((item) => item.date as string).sort().at(-1) ?? ''
      const oldestHeldout = own.filter((item) => item.split === 'heldout').map((item) => item.date as string).sort()[0] ?? ''
      expect(newestTrain <= oldestHeldout, `${lang}: train up to ${newestTrain}, held out from ${oldestHeldout}`).toBe(true)
      const heldShare = own.filter((item) => item.split === 'heldout').length / own.length
      expect(heldShare).toBeGreaterThan(0.28)
      expect(heldShare).toBeLessThan(0.4)
    }
    for (const copy of items.filter((item) => item.source_item)) {
      expect(copy.split, `${copy.id} tells the story of ${copy.source_item}`).toBe(bySourceId.get(copy.source_item as string)?.split)
    }
  })

  it('is as large as the issue asks, with the Kazakh it asks for', () => {
    expect(items.length).toBeGreaterThanOrEqual(400)
    expect(items.filter((item) => item.lang === 'kk').length).toBeGreaterThanOrEqual(100)
    const relevantShare = items.filter((item) => item.label.relevant).length / items.length
    expect(relevantShare).toBeGreaterThan(0.4)
    expect(relevantShare).toBeLessThan(0.6)
  })

  it('labels every item by the contract of labels.md', () => {
    for (const { id, label } of items) {
      const where = `${id}: ${JSON.stringify(label)}`
      if (!label.relevant) {
        expect(label, where).toEqual({ relevant: false, kind: null, partners: [], orgs: [], sectors: [] })
        continue
      }
      expect(KINDS, where).toContain(label.kind)
      expect(label.partners, where).toEqual([...label.partners].sort())
      expect(label.partners, where).not.toContain('KZ')
      for (const code of label.partners) expect(countries.isValid(code), where).toBe(true)
      for (const org of label.orgs) expect(org, where).toMatch(/^[A-Z]{2,8}$/)
      for (const sector of label.sectors) expect(SECTORS, where).toContain(sector)
    }
  })

  it('has unique ids and no two items from one page in one language', () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    const pages = items.map((item) => `${item.lang} ${(item as CorpusLine & { provenance: string }).provenance}`)
    expect(new Set(pages).size).toBe(items.length)
  })
})
