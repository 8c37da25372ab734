import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const TSX = fileURLToPath(import.meta.resolve('tsx'))
const HELPER = fileURLToPath(new URL('./peak-rss.ts', import.meta.url))

describe('peakRssMb', () => {
  it.runIf(process.platform === 'linux')('gives a spawned process its own peak, not the resident memory of the parent that spawned it', () => {
    const held = Buffer.alloc(256 * 1024 * 1024, 1)
    const script = `import { peakRssMb } from ${JSON.stringify(HELPER)}; console.log(JSON.stringify({ own: peakRssMb(), maxRss: process.resourceUsage().maxRSS / 1024 }))`
    const child = JSON.parse(execFileSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script]).toString()) as { own: number; maxRss: number }
    expect(held.length).toBeGreaterThan(0)
    // The child inherits the 256 MB held here in getrusage's figure, and not in its own.
    expect(child.maxRss).toBeGreaterThan(250)
    expect(child.own).toBeLessThan(200)
  })
})
