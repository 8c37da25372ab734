import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../../src/db/database.js'
import { ATTACKS, GOOD_SOURCE, startHostileWeb } from './attacks.js'
import { type HostileRun, runAttacks } from './hostile-run.js'

let web: Awaited<ReturnType<typeof startHostileWeb>>
/** Three polls of a third of the attacks each, each in a process of its own beside the good source. */
let runs: HostileRun[]
const lineOf = (name: string) => runs.map((r) => r.lines.get(name)).find((line) => line !== undefined)

beforeAll(async () => {
  web = await startHostileWeb()
  // Every third attack in one process: 100,000 items and the gzip bomb share one, the 50 MB body is in another.
  const thirds = [0, 1, 2].map((k) => ATTACKS.filter((_, i) => i % 3 === k))
  runs = []
  for (const third of thirds) runs.push(await runAttacks(web, [GOOD_SOURCE, ...third]))
}, 360_000)
afterAll(() => web.stop())

describe('one poll of a hostile web (issue 13)', () => {
  it('ends, exits 0, and stays under 300 MB', () => {
    for (const run of runs) {
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.peakRssMb).toBeLessThan(300)
    }
  })

  it('stores the good source beside the attacks, in each run', () => {
    for (const run of runs) expect(run.lines.get(GOOD_SOURCE.name)).toMatch(GOOD_SOURCE.summary)
  })

  it.each(ATTACKS.map((a) => [a.name, a]))('names the problem of %s', (name, attack) => {
    expect(lineOf(name)).toMatch(attack.summary)
  })

  it('stores what the attacks carried cleanly: titles bounded, NUL gone, no entity expanded or file read, Cyrillic decoded', async () => {
    const rows = []
    for (const run of runs) {
      const db = openDb(run.databasePath)
      rows.push(...(await db.selectFrom('article as a').innerJoin('source as s', 's.id', 'a.source_id').select(['s.name', 'a.title', 'a.body']).execute()))
      await db.destroy()
    }
    const titles = new Map(rows.map((r) => [r.name, r]))
    expect(titles.get('huge-title')!.title.length).toBeLessThanOrEqual(1000)
    expect(titles.get('nul-title')).toMatchObject({ title: 'Казахстан и Франция подписали меморандум о музеях', body: expect.not.stringContaining('\u0000') })
    expect(titles.get('billion-laughs')!.title.length).toBeLessThan(100)
    expect(titles.get('xxe')!.title).not.toMatch(/root:/)
    expect(titles.get('mislabelled-cp1251')!.title).toBe('Казахстан и Россия провели подкомиссию по культуре')
    expect(titles.get('unlabelled-koi8r')!.title).toBe('Казахстан и Беларусь обменяются выставками')
  })

  it('never fetched a private address for a source an admin added', () => {
    expect(web.site.hits('/private-links/secret')).toHaveLength(0)
    expect(web.site.hits('/private-feed/feed.xml')).toHaveLength(0)
    expect(web.site.hits('/redirect-to-private/feed.xml')).toHaveLength(0)
  })
})
