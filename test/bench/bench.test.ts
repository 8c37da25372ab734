import { describe, expect, it } from 'vitest'
import { run } from './bench.js'
import { type Figure, isMet, percentile } from './figure.js'
import { referenceWork, referenceWorkMs } from './machine-pace.js'
import { runCommand } from '../helpers/command-io.js'

describe('npm run bench helpers', () => {
  const figure = (value: number, target: Figure['target'], peer?: number): Figure => ({ name: 'x', value, unit: '', target, ...(peer === undefined ? {} : { peer: { name: 'p', value: peer } }) })

  it.each([
    [figure(5000, { op: '>=', value: 5000 }), true],
    [figure(4999, { op: '>=', value: 5000 }), false],
    [figure(4.9, { op: '<=', value: 5 }), true],
    [figure(0.95, { op: '>', peer: true }, 0.95), false],
    [figure(0.96, { op: '>', peer: true }, 0.95), true],
    [figure(1, { op: '>', peer: true }), undefined],
    [figure(1, undefined), undefined],
  ])('judges %o as %s', (f, expected) => {
    expect(isMet(f)).toBe(expected)
  })

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect([percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100), percentile([7], 99)]).toEqual([50, 99, 100, 7])
  })

  it('times the same reference work on every run, so runs compare by it', () => {
    // A change to the work would make earlier headers incomparable: this checksum pins it.
    expect(referenceWork()).toBe(525_791)
    expect(referenceWorkMs()).toBeGreaterThan(0)
  })

  it('refuses an unknown scenario with the usage', async () => {
    const refused = await runCommand(run, ['--only', 'classify,nope'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^--only: unknown scenario nope\nusage: npm run bench/)
  })
})
