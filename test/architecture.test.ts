import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

/** Every relative import of every file under src/, as paths from the project root. */
function importsOf(): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = []
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const file = join(entry.parentPath, entry.name)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      edges.push({ from: relative(ROOT, file), to: relative(ROOT, resolve(dirname(file), match[1]!)).replace(/\.js$/, '.ts') })
    }
  }
  return edges
}

const edges = importsOf()
const crossing = (from: string, allowed: (to: string) => boolean) =>
  edges.filter((e) => e.from.startsWith(from) && !e.to.startsWith(from) && !allowed(e.to)).map((e) => `${e.from} → ${e.to}`)

describe('the import graph', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(300)
  })

  it('keeps db/ free of everything but pure modules', () => {
    expect(crossing('src/db/', (to) => ['src/classify/types.ts', 'src/time-zone.ts', 'src/url.ts'].includes(to) || to.startsWith('src/language/'))).toEqual([])
  })

  // URL normalisation and the address helpers serve db/ (dedup keys), bot/ (/addsource, /suggest, exports) and ingest/
  // alike: they are shared, top-level, and a shared module reaches into no running part, so no part leans on another's
  // internals through it.
  it('keeps the shared top-level modules out of the running parts (only app.ts and main.ts compose them)', () => {
    const runningParts = ['src/alerts/', 'src/bot/', 'src/cli/', 'src/http/', 'src/ingest/', 'src/web/']
    const shared = edges.filter((e) => /^src\/[^/]+\.ts$/.test(e.from) && !['src/app.ts', 'src/main.ts'].includes(e.from))
    expect(shared.filter((e) => runningParts.some((part) => e.to.startsWith(part))).map((e) => `${e.from} → ${e.to}`)).toEqual([])
    expect(edges.filter((e) => e.to === 'src/url.ts').length).toBeGreaterThan(0)
  })

  it('keeps language knowledge pure: src/language/ imports nothing else of ours', () => {
    expect(crossing('src/language/', () => false)).toEqual([])
  })

  it('keeps the classifier pure: classify/ imports only language/', () => {
    expect(crossing('src/classify/', (to) => to.startsWith('src/language/'))).toEqual([])
  })

  it('keeps src/ out of test/', () => {
    expect(edges.filter((e) => !e.to.startsWith('src/')).map((e) => `${e.from} → ${e.to}`)).toEqual([])
  })

  it('keeps the Telegram layer under bot/ and alerts/', () => {
    expect(crossing('src/telegram/', (to) => !to.startsWith('src/bot/') && !to.startsWith('src/alerts/'))).toEqual([])
  })

  // The running parts reach one another only through the entry modules named here (house style: "never another part's
  // internals"); the shared layers (db/, classify/, language/, telegram/, top-level modules) are open to all of them.
  // Publishing queues an item's alerts in the publisher's own transaction, so both publishers (a poll in ingest/, an
  // admin's approval or edit in bot/) call alerts/enqueue.ts, and nothing else of alerts/: delivery, digests and pacing
  // stay alerts' own. bot/ drives ingest's source checks, exchange and history walk for admins; http/ mounts the bot
  // and the archive. alerts/ and web/ need no other part.
  const ENTRIES: Record<string, readonly string[]> = {
    'src/alerts/': [],
    'src/ingest/': ['src/alerts/enqueue.ts'],
    'src/bot/': [
      'src/alerts/enqueue.ts',
      ...['address-guard', 'backfill', 'backfill-since', 'discover-source', 'poller', 'source-exchange', 'sources-file'].map((m) => `src/ingest/${m}.ts`),
    ],
    'src/web/': [],
    'src/http/': ['src/bot/context.ts', 'src/web/archive.ts'],
  }
  const PARTS = Object.keys(ENTRIES)

  it.each(PARTS)('lets %s import another part only through the entry modules it is allowed', (part) => {
    const allowed = new Set(ENTRIES[part])
    expect(crossing(part, (to) => !PARTS.some((other) => to.startsWith(other)) || allowed.has(to))).toEqual([])
  })

  it('names only entry modules that exist and are used', () => {
    const used = new Set(edges.map((e) => e.to))
    expect(Object.values(ENTRIES).flat().filter((to) => !used.has(to))).toEqual([])
  })

})
